"""The long-lived services of a process, built from Settings in one place and started and stopped together."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from app.gigs import GigService
from app.profiles import ProfileService
from core.clock import Clock, SystemClock
from core.messages import Reply
from core.models import Gig, Match
from core.settings import Settings
from core.store import EmployerRecord, Store, User
from jobs.alerts import Alerts, DigestRenderer
from jobs.delivery import DeliveryConfig
from jobs.preferences import AlertPreferences
from jobs.sending import Sender
from retrieval.chroma_server import ChromaServer
from retrieval.embeddings import build_embedder
from retrieval.index import MatchIndex
from retrieval.ranking import Matcher
from understanding.base import Understanding, build_understanding
from understanding.screening import GigScreener

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything a turn of the dialogue, a job, an evaluation or a bench may use; built once per process."""

    settings: Settings
    store: Store
    understanding: Understanding
    screener: GigScreener
    index: MatchIndex
    matcher: Matcher
    alert_preferences: AlertPreferences
    alerts: Alerts
    gigs: GigService
    profiles: ProfileService
    clock: Clock = field(default_factory=SystemClock)  # every "now" of the dialogue and the understanding
    chroma: ChromaServer | None = None  # the `chroma run` child the index talks to, when managed

    @classmethod
    def build(
        cls,
        settings: Settings,
        *,
        renderer: DigestRenderer | None = None,
        sender: Sender | None = None,
        delivery: DeliveryConfig | None = None,
        clock: Clock | None = None,
    ) -> Services:
        """Wire the services from settings without starting them; alerts are sent only with a sender.

        The digest renderer comes from the caller (the bot's own, with its texts and buttons); without
        one (evaluations, the retrieval bench) no alert can be rendered.
        """
        clock = clock or SystemClock()
        store = Store(settings.database_path, record_salt=settings.record_salt_bytes())
        chroma = managed_chroma(settings)
        index = MatchIndex(settings, build_embedder(settings), server=chroma)
        matcher = Matcher(store, index)
        alerts = Alerts(store, matcher, renderer or _no_digests, settings, sender=sender, delivery=delivery)
        return cls(
            settings=settings,
            store=store,
            understanding=build_understanding(settings, clock),
            screener=GigScreener(settings.wage_floor_day),
            index=index,
            matcher=matcher,
            alert_preferences=AlertPreferences(store, settings.digest_time),
            alerts=alerts,
            gigs=GigService(store, index, alerts),
            profiles=ProfileService(store, index, alerts),
            clock=clock,
            chroma=chroma,
        )

    @classmethod
    @asynccontextmanager
    async def running(
        cls,
        settings: Settings,
        *,
        renderer: DigestRenderer | None = None,
        sender: Sender | None = None,
        delivery: DeliveryConfig | None = None,
    ) -> AsyncIterator[Services]:
        """Build, initialize, and after the block shut the services down (commands, evaluations, benches)."""
        services = cls.build(settings, renderer=renderer, sender=sender, delivery=delivery)
        await services.initialize()
        try:
            yield services
        finally:
            await services.shutdown()

    async def initialize(self) -> None:
        """Open the database, start the Chroma server when managed, and open the index."""
        await self.store.initialize()
        if self.chroma is not None:
            await self.chroma.initialize()
        await self.index.initialize(self.store)
        log.info(
            "services ready (LLM %s, Chroma %s)", "on" if self.settings.llm_enabled else "off", self._chroma
        )

    @property
    def _chroma(self) -> str:
        """Say where Chroma runs (a configured URL may hold credentials: it is not repeated)."""
        if self.settings.chroma_url:
            return "at GIGMATCH_CHROMA_URL"
        if self.chroma is not None and self.chroma.url:
            return f"server at {self.chroma.url}"
        return "embedded"

    async def shutdown(self) -> None:
        """Let alerts being sent finish, then close the index, stop the Chroma server, close the database."""
        try:
            await self.alerts.wait_idle()
            await self.index.shutdown()
        finally:
            if self.chroma is not None:
                await self.chroma.shutdown()
            await self.store.shutdown()


def managed_chroma(settings: Settings) -> ChromaServer | None:
    """Return the data dir's Chroma server (started when managed, else used if one runs); none with a URL."""
    if settings.chroma_url:
        return None
    return ChromaServer(
        settings.chroma_path,
        settings.data_dir / "chroma-server.log",
        timeout=settings.chroma_start_timeout_seconds,
        managed=settings.chroma_server == "managed",
    )


def _no_digests(user: User, gigs: list[tuple[Gig, Match]], records: Mapping[int, EmployerRecord]) -> Reply:
    """Stand in for the digest renderer where none was given: every alert is skipped, loudly."""
    raise RuntimeError("these services were built without a digest renderer")
