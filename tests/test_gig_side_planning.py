"""Planning digests from the gigs' side gives every dev worker the digest per-worker planning gives."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from pathlib import Path

import numpy as np
import pytest
from rich.progress import Progress

from app.bench import bench_vocabulary
from app.digest_bench import WorkerCopies, add_worker_copies, seed_digest_bench
from app.evaluation import ingest_gigs, ingest_workers, read_jsonl
from app.services import Services
from bot.digest import render_digest
from core.models import GigStatus
from jobs import alerts as alerts_module
from jobs.alerts import Alerts
from jobs.preferences import AlertPreferences
from retrieval.index import WORKER_QUERIES_COLLECTION, MetadataColumns, make_client
from retrieval.ranking import Matcher, workers_who_may_fit
from tests.alerts_support import open_stack, settings_for
from tests.bench_data import DEV_BENCH as DEV
from tests.bench_data import require_dev_bench
from understanding.offline import OfflineUnderstanding
from understanding.screening import GigScreener

DAY = 86400.0


async def _seed_dev(data_dir: Path) -> None:
    """Onboard the dev workers, then post the dev gigs, through the bot's own reading and screening."""
    stack = await open_stack(settings_for(data_dir), base_url=None, token="unused")
    understanding = OfflineUnderstanding()
    try:
        with Progress(disable=True) as progress:
            profiles = await ingest_workers(
                read_jsonl(DEV / "workers.jsonl"), stack.services, understanding, progress
            )
            await ingest_gigs(
                read_jsonl(DEV / "gigs.jsonl"),
                stack.services,
                understanding,
                GigScreener(stack.settings.wage_floor_day),
                time.time() + 60,
                progress,
            )
        first, second, *_ = sorted(profile.user_id for profile in profiles.values())
        # One worker on weekly digests, one who turned a gig down already: both planners must agree.
        await AlertPreferences(stack.store).set_mode(first, "weekly")
        oldest = (await stack.store.gigs_with_status(GigStatus.OPEN))[0]
        await stack.store.set_interest(oldest.id or 0, second, "hidden")
    finally:
        await stack.close()


async def _digests(data_dir: Path, *, per_worker: bool, now: float) -> dict[int, tuple[str, str]]:
    """Plan one digest run on a data folder; return each worker's recorded gigs and text."""
    stack = await open_stack(settings_for(data_dir), base_url=None, token="unused")
    try:
        await stack.alerts.plan_digests(now, per_worker=per_worker)
    finally:
        await stack.close()
    return _recorded(data_dir)


def _recorded(data_dir: Path) -> dict[int, tuple[str, str]]:
    """Return each worker's digest in a data folder's outbox: its gigs with their reasons, and its text."""
    with sqlite3.connect(settings_for(data_dir).database_path) as db:
        rows = db.execute("SELECT user_id, matches, payload FROM outbox").fetchall()
    return {int(user_id): (matches, json.loads(payload)["text"]) for user_id, matches, payload in rows}


async def test_gig_side_planning_gives_every_dev_worker_the_per_worker_digest(tmp_path: Path) -> None:
    require_dev_bench()
    await _seed_dev(tmp_path / "gigs")
    shutil.copytree(tmp_path / "gigs", tmp_path / "workers")
    now = time.time() + 8 * DAY  # every worker due, weekly ones too

    from_gigs = await _digests(tmp_path / "gigs", per_worker=False, now=now)
    from_workers = await _digests(tmp_path / "workers", per_worker=True, now=now)

    assert len(from_workers) >= 15  # most of the 24 dev workers get a digest
    assert from_gigs == from_workers


async def test_an_index_made_before_worker_query_vectors_gets_them_at_start(tmp_path: Path) -> None:
    await _seed_dev(tmp_path)
    settings = settings_for(tmp_path)
    make_client(settings).delete_collection(WORKER_QUERIES_COLLECTION)

    stack = await open_stack(settings, base_url=None, token="unused")
    try:
        assert stack.index.worker_queries.count() == stack.index.workers.count() == 24
        # And a digest run finds workers again.
        await stack.alerts.plan_digests(time.time() + 8 * DAY)
        assert len(await stack.alerts.outbox.ready(time.time() + 8 * DAY, limit=100)) >= 15
    finally:
        await stack.close()


async def test_each_gig_side_filter_finds_the_workers_chroma_would(tmp_path: Path) -> None:
    """Checked on a batch of stored workers at once, every dev gig's filter keeps whom Chroma keeps."""
    require_dev_bench()
    await _seed_dev(tmp_path)
    stack = await open_stack(settings_for(tmp_path), base_url=None, token="unused")
    try:
        stored = stack.index.worker_queries.get(include=["metadatas"])
        columns = MetadataColumns([metadata or {} for metadata in stored["metadatas"] or []])
        gigs = await stack.store.gigs_with_status(GigStatus.OPEN)
        filters = [workers_who_may_fit(gig) for gig in gigs]
        # And the operators the worker filters use, on keys some records lack.
        filters += [
            {"city": {"$ne": "Pune"}},
            {"city": {"$nin": ["Pune", ""]}},
            {"travel:Pune": {"$eq": True}},
        ]
        for where in filters:
            chroma = set(stack.index.worker_queries.get(where=where, include=[])["ids"])
            assert {stored["ids"][row] for row in np.flatnonzero(columns.satisfying(where))} == chroma, where
    finally:
        await stack.close()


async def _bench_digests(
    data_dir: Path, copies: WorkerCopies | None, now: float
) -> dict[int, tuple[str, str]]:
    """Plan one digest run on a bench population, reading worker vectors from Chroma or from the copies."""
    settings = settings_for(data_dir)
    services = Services.build(settings, renderer=render_digest)
    await services.initialize()
    try:
        matcher = Matcher(services.store, services.index, worker_vectors=copies)
        await Alerts(services.store, matcher, render_digest, settings).plan_digests(now)
    finally:
        await services.shutdown()
    return _recorded(data_dir)


async def test_bench_copies_served_by_id_get_the_digests_chroma_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 1M bench serves each copy its introduction's vector by id: the digests are those of Chroma's.

    The copies' run also reads the schedule in small pages and plans small batches, across page ends.
    """
    now = time.time()
    services = Services.build(settings_for(tmp_path / "chroma"), renderer=render_digest)
    await services.initialize()
    try:
        _, copies = await seed_digest_bench(services, bench_vocabulary(), random.Random(5), 300, 40, now)
        await add_worker_copies(services, copies, 400, now, in_chroma=True)
        await services.store.mark_digests_due([], due_since=now - 2 * DAY, others_since=now - 2 * DAY)
    finally:
        await services.shutdown()
    shutil.copytree(tmp_path / "chroma", tmp_path / "copies")

    from_chroma = await _bench_digests(tmp_path / "chroma", None, now)
    monkeypatch.setattr(alerts_module, "SCHEDULE_PAGE", 64)
    monkeypatch.setattr(alerts_module, "PLANNING_BATCH", 100)
    from_copies = await _bench_digests(tmp_path / "copies", copies, now)

    assert len(from_chroma) >= 100  # synthetic workers share cities and trades with the gigs
    assert from_copies == from_chroma
