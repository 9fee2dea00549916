"""A real alerts stack for tests and the load test: the app's services on one folder, a PTB sender.

Workers and gigs are spread over a few trades and cities taken from the taxonomy; every worker's
fitting gigs are the open gigs of their trade in their city. The renderer here is a plain one: the
bot layer passes its own in production.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from telegram import Bot

from app.services import Services
from bot.telegram import AiohttpRequest, TelegramSender
from core.messages import Button, Reply
from core.models import Gig, GigStatus, Match, Profile
from core.settings import Settings
from core.store import EmployerRecord, Store, User
from jobs.alerts import Alerts
from jobs.delivery import DeliveryConfig
from retrieval.index import MatchIndex
from retrieval.records import gig_document, worker_document

# (family, canonical skill) pairs from understanding/data/taxonomy.json, and cities of the gazetteer.
TRADES = [
    ("cooking", "north indian home cooking"),
    ("driving", "personal car driving"),
    ("electrical", "house wiring"),
    ("security", "residential security guard"),
    ("cleaning/domestic", "house cleaning (jhadu-pocha)"),
]
CITIES = ["Mumbai", "Pune", "Delhi", "Bengaluru"]
EMPLOYER_ID = 1
FIRST_WORKER_ID = 1000


def plain_renderer(user: User, gigs: list[tuple[Gig, Match]], records: Mapping[int, EmployerRecord]) -> Reply:
    """Render a digest: one line per gig with its score, an Interested button per gig (records unused)."""
    lines = [f"{len(gigs)} new gig(s) for you"]
    lines += [f"#{gig.id} {gig.title} ({match.score:.2f})" for gig, match in gigs]
    buttons = [[Button(f"Interested #{gig.id}", data=f"interest:{gig.id}")] for gig, _ in gigs]
    return Reply(text="\n".join(lines), buttons=buttons)


def settings_for(data_dir: Path, *, local_hour: int | None = None) -> Settings:
    """Settings on a data folder; with `local_hour`, a timezone where the wall clock now shows that hour."""
    zone = "Asia/Kolkata" if local_hour is None else zone_at_hour(local_hour)
    return Settings(GIGMATCH_DATA_DIR=str(data_dir), GIGMATCH_TIMEZONE=zone)  # type: ignore[call-arg]


def zone_at_hour(hour: int) -> str:
    """Return an Etc/GMT zone whose wall clock shows `hour` right now (how quiet hours are tested)."""
    offset = (hour - datetime.now(UTC).hour + 12) % 24 - 12
    # The Etc zones' signs are inverted by POSIX convention: Etc/GMT-5 is UTC+5.
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"


@dataclass
class AlertsStack:
    """The process's services (app.services) opened on one data folder, with a Bot if sending."""

    services: Services
    bot: Bot | None = None

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def index(self) -> MatchIndex:
        return self.services.index

    @property
    def alerts(self) -> Alerts:
        return self.services.alerts

    async def close(self) -> None:
        """Close the bot session, then the services."""
        if self.bot is not None:
            await self.bot.shutdown()
        await self.services.shutdown()


async def open_stack(
    settings: Settings, *, base_url: str | None, token: str, max_in_flight: int = 1, read_timeout: float = 2.0
) -> AlertsStack:
    """Open the services and a Bot pointed at `base_url` (None: planning only)."""
    bot = None
    if base_url is not None:
        bot = Bot(token, base_url=base_url, request=AiohttpRequest())  # the transport `gigmatch run` uses
        await bot.initialize()
    delivery = replace(
        DeliveryConfig.from_settings(settings), max_in_flight=max_in_flight, read_timeout=read_timeout
    )
    services = Services.build(
        settings,
        renderer=plain_renderer,
        sender=TelegramSender(bot) if bot is not None else None,
        delivery=delivery,
    )
    await services.initialize()
    return AlertsStack(services, bot)


def trade_of(worker_id: int) -> tuple[str, str, str]:
    """Return the (family, skill, city) a seeded worker has."""
    family, skill = TRADES[worker_id % len(TRADES)]
    return family, skill, CITIES[(worker_id // len(TRADES)) % len(CITIES)]


async def seed_workers(
    stack: AlertsStack, count: int, *, created_at: float | None = None, same_trade: bool = False
) -> list[int]:
    """Create `count` indexed workers with profiles (one trade and city if asked); chat id = user id."""
    store = stack.store
    stride = len(TRADES) * len(CITIES) if same_trade else 1
    ids = [FIRST_WORKER_ID + n * stride for n in range(count)]
    now = time.time() if created_at is None else created_at
    profiles = []
    for worker_id in ids:
        family, skill, city = trade_of(worker_id)
        profiles.append(
            Profile(user_id=worker_id, skills=[skill], skill_families=[family], city=city, updated_at=now)
        )
    await store.add_workers(profiles, joined=now, languages=["en"] * len(profiles))
    await index_profiles(stack.index, profiles)
    return ids


async def seed_gigs(stack: AlertsStack, count: int, *, created_at: float | None = None) -> list[Gig]:
    """Publish `count` open gigs across the trades and cities, indexed in Chroma."""
    if await stack.store.get_user(EMPLOYER_ID) is None:
        await stack.store.upsert_user(EMPLOYER_ID, EMPLOYER_ID, None, "en")
    now = time.time() if created_at is None else created_at
    gigs = []
    for n in range(count):
        family, skill = TRADES[n % len(TRADES)]
        city = CITIES[(n // len(TRADES)) % len(CITIES)]
        gig = Gig(
            employer_id=EMPLOYER_ID,
            text=f"Need {skill} in {city}, gig {n}",
            title=f"{skill} in {city}",
            skills=[skill],
            skill_families=[family],
            city=city,
            status=GigStatus.OPEN,
            created_at=now,
            expires_at=now + 7 * 86400,
        )
        gigs.append(await stack.store.save_gig(gig))
    await index_gigs(stack.index, gigs)
    return gigs


async def index_profiles(index: MatchIndex, profiles: list[Profile]) -> None:
    """Index profiles, embedding each distinct document once (seeded workers repeat theirs)."""
    documents = [worker_document(profile) for profile in profiles]
    distinct = sorted(set(documents))
    row_of = {document: row for row, document in enumerate(distinct)}
    rows = [row_of[document] for document in documents]
    await index.upsert_profiles(
        profiles,
        passages=index.embedder.embed_passages(distinct)[rows],
        queries=index.embedder.embed_queries(distinct)[rows],
    )


async def index_gigs(index: MatchIndex, gigs: list[Gig]) -> None:
    """Index gigs, embedding each distinct document once (seeded gigs repeat their documents)."""
    documents = [gig_document(gig) for gig in gigs]
    distinct = sorted(set(documents))
    vectors = index.embedder.embed_passages(distinct)
    row_of = {document: row for row, document in enumerate(distinct)}
    await index.upsert_gigs(gigs, vectors=np.stack([vectors[row_of[d]] for d in documents]))
