"""`gigmatch bench` digests: workers a nightly digest run plans per second at 10k, 100k and 1M workers."""
# Both planners are timed: from the gigs (every worker due) and, on a sample, one search per worker.

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from app.bench import bench_vocabulary, render_bench, run_bench_async, synthetic_text
from app.services import Services
from core.models import Gig, GigStatus, Profile
from core.settings import Settings
from core.store import Store
from jobs.alerts import Alerts, DigestRenderer, measure_digest_planning
from retrieval.index import MatchIndex, MetadataColumns, StoredWorkers, Where, profile_metadata
from retrieval.ranking import Matcher
from retrieval.records import gig_document, gig_from_extraction, profile_from_extraction, worker_document
from understanding.gazetteer import get_gazetteer
from understanding.offline import OfflineUnderstanding

log = logging.getLogger(__name__)

DIGEST_POPULATIONS = (10_000, 100_000, 1_000_000)
# Per-worker planning runs at ~50 workers a second on 2 cores: a fixed sample keeps 100k under minutes.
DIGEST_SAMPLE = 2000
# The way before reads every stored profile to find the due ones: above this it would not fit in memory.
PER_WORKER_MAX_POPULATION = 100_000
DIGEST_GIGS = 3000
DISTINCT_WORKER_TEXTS = 1000
DIGEST_ROUNDS = 3
EMPLOYER_ID = 1
FIRST_WORKER_ID = 1_000_000
INSERT_CHUNK = 10_000
_DAY = 86400.0


@dataclass
class WorkerCopies:
    """The bench's workers: copies of parsed introductions, each placed in a city its id picks.

    A copy's stored query vector is its introduction's, served by worker id through the planner's
    `WorkerVectors` seam, so a million workers need a thousand vectors, not a million copies in Chroma.
    Nothing about a worker is held per worker: its introduction and place follow from its id.
    """

    profiles: list[Profile]
    passages: np.ndarray
    queries: np.ndarray
    places: list[list[str]]
    stored: int = 0
    _metadata: dict[tuple[int, int], Mapping[str, Any]] = field(default_factory=dict)

    def copy_of(self, user_id: int) -> tuple[int, int]:
        """Return which introduction and which place a worker is a copy of."""
        pick = random.Random(user_id)
        return pick.randrange(len(self.profiles)), pick.randrange(len(self.places))

    def profile(self, user_id: int) -> Profile:
        """Return a worker's profile: its introduction's, living in its place."""
        template, place = self.copy_of(user_id)
        return _placed(self.profiles[template], user_id, self.places[place])

    def is_stored(self, user_id: int) -> bool:
        """Say whether this id is one of the workers added so far."""
        return FIRST_WORKER_ID <= user_id < FIRST_WORKER_ID + self.stored

    async def worker_queries_of(self, worker_ids: Sequence[int], where: Where | None = None) -> StoredWorkers:
        """Return these workers' query vectors and metadata, as Chroma stores them for each copy."""
        return await asyncio.to_thread(self._stored, worker_ids, where)

    def _stored(self, worker_ids: Sequence[int], where: Where | None) -> StoredWorkers:
        ids = [user_id for user_id in worker_ids if self.is_stored(user_id)]
        copies = [self.copy_of(user_id) for user_id in ids]
        metadatas = [self._metadata_of(copy) for copy in copies]
        rows = np.flatnonzero(MetadataColumns(metadatas).satisfying(where)).tolist()
        return StoredWorkers(
            np.asarray([ids[row] for row in rows], dtype=np.int64),
            self.queries[[copies[row][0] for row in rows]],
            [metadatas[row] for row in rows],
        )

    def _metadata_of(self, copy: tuple[int, int]) -> Mapping[str, Any]:
        # At most introductions x places distinct records: a worker's metadata depends on nothing else.
        metadata = self._metadata.get(copy)
        if metadata is None:
            template, place = copy
            metadata = self._metadata[copy] = profile_metadata(
                _placed(self.profiles[template], 0, self.places[place])
            )
        return metadata


async def bench_digests(
    settings: Settings,
    *,
    renderer: DigestRenderer,
    populations: Sequence[int] = DIGEST_POPULATIONS,
    sample: int = DIGEST_SAMPLE,
    gigs: int = DIGEST_GIGS,
    rounds: int = DIGEST_ROUNDS,
    show_progress: bool = True,
) -> dict[str, Any]:
    """Time dry-run digest planning (real Matcher, the caller's renderer) as the worker population grows.

    Planning from the gigs runs with every stored worker due; per-worker planning (the way before) with
    a random `sample` of them due (0: not timed), up to `PER_WORKER_MAX_POPULATION` workers. Nothing is
    written to the outbox.
    """
    rng = random.Random(11)
    vocabulary = bench_vocabulary()
    now = time.time()
    send_rate = settings.rate_limit_global_per_second
    distinct = min(DISTINCT_WORKER_TEXTS, max(populations, default=0))
    result: dict[str, Any] = {
        "gigs": 0,
        "rounds": rounds,
        "send_rate": send_rate,
        "populations": {},
        "notes": [],
    }
    with tempfile.TemporaryDirectory(prefix="gigmatch-digest-bench-") as data_dir:
        local = settings.model_copy(
            update={"data_dir": Path(data_dir), "chroma_url": None, "chroma_server": "embedded"}
        )
        services = Services.build(local, renderer=renderer)
        store = services.store
        await services.initialize()
        progress = Progress(disable=not show_progress, transient=True, console=Console(stderr=True))
        try:
            with progress:
                posted, copies = await seed_digest_bench(services, vocabulary, rng, gigs, distinct, now)
                result["gigs"] = posted
                # The production planner, reading the workers' vectors from the copies instead of Chroma.
                matcher = Matcher(store, services.index, worker_vectors=copies)
                alerts = Alerts(store, matcher, renderer, local)
                for population in sorted(populations):
                    task = progress.add_task(
                        f"adding workers up to {population:,}", total=population - copies.stored
                    )
                    while copies.stored < population:
                        count = min(INSERT_CHUNK, population - copies.stored)
                        await add_worker_copies(services, copies, count, now)
                        progress.advance(task, count)
                    per_worker = min(sample, population) if population <= PER_WORKER_MAX_POPULATION else 0
                    rows = []
                    for planner, due in (("gigs", population), ("workers", per_worker)):
                        if due:
                            await _mark_due(store, rng, population, due, now)
                            progress.update(
                                task, description=f"planning {due:,} of {population:,} workers ({planner})"
                            )
                            row = await _time_planning(
                                alerts, services.index, population, now, rounds, per_worker=planner != "gigs"
                            )
                            rows.append(
                                {**row, "send_ratio": round(row["workers_per_second"] / send_rate, 1)}
                            )
                    result["populations"][str(population)] = rows
        finally:
            await services.shutdown()
    result["notes"] = [
        f"{result['gigs']} open synthetic gigs posted in the last day, all new to every due worker; workers "
        f"are copies of {distinct} parsed synthetic introductions placed in varied cities and localities "
        "(stored in SQLite, one row each); every copy reuses its introduction's query vector, served by "
        "worker id through the planner's worker-vector seam instead of a million copies in Chroma",
        "from gigs: every stored worker is due; the schedule is read a page at a time and the due workers "
        "planned a batch of 500 at a time (query vectors and metadata read per batch, every new gig's "
        "filter checked on each batch), nothing embedded",
        *(
            [
                f"per worker (the way before): a random sample of at most {sample} workers is due, each "
                "embedded and searched; the due query still reads every stored profile, so it is not run "
                f"above {PER_WORKER_MAX_POPULATION:,} workers"
            ]
            if sample
            else []
        ),
        f"a dry run: matching and rendering, nothing written or sent; medians of {rounds} rounds; "
        f"x send = workers/s over the {send_rate:g} msg/s send rate; workers/CPU-s divides by this process's "
        "CPU time (all its threads), which other work does not inflate; peak RSS is the process's so far; "
        "load is the 1-minute load average when the row was measured (2 cores shared with other work)",
    ]
    return result


async def seed_digest_bench(
    services: Services,
    vocabulary: dict[str, Any],
    rng: random.Random,
    gigs: int,
    introductions: int,
    now: float,
) -> tuple[int, WorkerCopies]:
    """Post the bench's open gigs and parse its worker introductions; return the gigs posted, no workers."""
    understanding = OfflineUnderstanding()
    await services.store.upsert_user(EMPLOYER_ID, EMPLOYER_ID, None, "en")
    posted = await _open_gigs(services, vocabulary, understanding, rng, gigs, now)
    profiles = [
        profile_from_extraction(0, understanding.extract(text, "worker"))
        for text in (synthetic_text(vocabulary, "worker_templates", rng) for _ in range(introductions))
    ]
    documents = [worker_document(profile) for profile in profiles]
    embedder = services.index.embedder
    passages = await asyncio.to_thread(embedder.embed_passages, documents)
    queries = await asyncio.to_thread(embedder.embed_queries, documents)
    return posted, WorkerCopies(profiles, passages, queries, vocabulary["places"])


async def _open_gigs(
    services: Services,
    vocabulary: dict[str, Any],
    understanding: OfflineUnderstanding,
    rng: random.Random,
    count: int,
    now: float,
) -> int:
    """Post `count` synthetic gigs through understanding and screening, all within the last day."""
    store, index, screener = services.store, services.index, services.screener
    saved: list[Gig] = []
    for _ in range(count):
        text = synthetic_text(vocabulary, "gig_templates", rng)
        extraction = understanding.extract(text, "gig")
        gig = gig_from_extraction(
            EMPLOYER_ID, text, extraction, screener.screen(text, extraction), now=now - rng.uniform(0, _DAY)
        )
        saved.append(await store.save_gig(gig))
    open_gigs = [gig for gig in saved if gig.status is GigStatus.OPEN]
    # Many synthetic posts repeat word for word: embed each distinct document once.
    documents = [gig_document(gig) for gig in open_gigs]
    distinct = sorted(set(documents))
    vectors = await asyncio.to_thread(index.embedder.embed_passages, distinct)
    row_of = {document: row for row, document in enumerate(distinct)}
    await index.upsert_gigs(open_gigs, vectors=vectors[[row_of[document] for document in documents]])
    return len(open_gigs)


def _placed(template: Profile, user_id: int, place: list[str]) -> Profile:
    """Return a copy of a parsed profile for another worker living elsewhere."""
    city, locality = place
    point = get_gazetteer().coordinates(city, locality)
    return template.model_copy(
        update={
            "user_id": user_id,
            "city": city,
            "locality": locality,
            "lat": point[0] if point else None,
            "lon": point[1] if point else None,
        }
    )


async def add_worker_copies(
    services: Services, copies: WorkerCopies, count: int, now: float, *, in_chroma: bool = False
) -> None:
    """Store the next `count` workers (users, profiles, daily alerts) in bulk; in Chroma too if asked."""
    ids = range(FIRST_WORKER_ID + copies.stored, FIRST_WORKER_ID + copies.stored + count)
    profiles = [copies.profile(user_id) for user_id in ids]
    if in_chroma:
        chosen = [copies.copy_of(user_id)[0] for user_id in ids]
        await services.index.upsert_profiles(
            profiles, passages=copies.passages[chosen], queries=copies.queries[chosen]
        )
    languages = [random.Random(-user_id).choice(("en", "hi")) for user_id in ids]
    await services.store.add_workers(profiles, joined=now - 30 * _DAY, languages=languages)
    await services.store.set_daily_alerts(ids, services.settings.digest_time, now)
    copies.stored += count


async def _mark_due(store: Store, rng: random.Random, population: int, sample: int, now: float) -> None:
    """Make a random `sample` of the population due (last digest two days ago) and everyone else done."""
    if sample == population:  # everyone: no list of a million ids
        await store.mark_digests_due([], due_since=now - 2 * _DAY, others_since=now - 2 * _DAY)
        return
    due = rng.sample(range(FIRST_WORKER_ID, FIRST_WORKER_ID + population), sample)
    await store.mark_digests_due(due, due_since=now - 2 * _DAY, others_since=now)


async def _time_planning(
    alerts: Alerts, index: MatchIndex, population: int, now: float, times: int, *, per_worker: bool
) -> dict[str, Any]:
    """Plan the due workers `times` times; return the medians."""
    rounds = []
    for _ in range(times):
        index.forget_queries()
        measured = await measure_digest_planning(alerts, now=now, per_worker=per_worker)
        rounds.append({**measured, "load": os.getloadavg()[0]})
        # A 1M round takes half an hour on a shared machine: say each one as it ends.
        log.info(
            "digest bench: %d workers stored, %s, round %d: %.1f workers/s, %.1f workers/CPU-s, "
            "%d digests, peak RSS %d MB, load %.1f",
            population,
            "per worker" if per_worker else "from gigs",
            len(rounds),
            measured["workers_per_second"],
            measured["workers_per_cpu_second"],
            measured["digests"],
            round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            rounds[-1]["load"],
        )
    due = int(rounds[0]["workers"])
    return {
        "population": population,
        "planner": "per worker" if per_worker else "from gigs",
        "workers": due,
        "sampled": due < population,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load": round(os.getloadavg()[0], 1),
        # Each round's workers/s and the 1-minute load average at its end, to see what the machine gave.
        "per_round": [(round(r["workers_per_second"], 1), round(r["load"], 1)) for r in rounds],
        "digests": int(statistics.median(r["digests"] for r in rounds)),
        "seconds": round(statistics.median(r["seconds"] for r in rounds), 2),
        "workers_per_second": round(statistics.median(r["workers_per_second"] for r in rounds), 1),
        "workers_per_cpu_second": round(statistics.median(r["workers_per_cpu_second"] for r in rounds), 1),
    }


def render_digest_bench(result: dict[str, Any]) -> Table:
    """Lay the digest bench out as a table that says plainly when a run was a sample."""
    table = Table(title=f"digest planning against {result['gigs']:,} new open gigs (medians)")
    columns = ("workers stored", "planner", "workers planned", "digests", "seconds", "workers/s")
    for column in (*columns, "x send", "workers/CPU-s", "peak RSS MB", "load", "rounds: workers/s (load)"):
        table.add_column(column, justify="right")
    for rows in result["populations"].values():
        for row in rows:
            planned = f"{row['workers']:,}" + (" (random sample)" if row["sampled"] else "")
            table.add_row(
                f"{row['population']:,}",
                row["planner"],
                planned,
                f"{row['digests']:,}",
                f"{row['seconds']:.1f}",
                f"{row['workers_per_second']:.1f}",
                f"{row['send_ratio']:.1f}",
                f"{row['workers_per_cpu_second']:.1f}",
                f"{row['peak_rss_mb']:,}",
                f"{row['load']:.1f}",
                ", ".join(f"{speed:.1f} ({load:.1f})" for speed, load in row["per_round"]),
            )
    return table


def run_bench(
    settings: Settings,
    *,
    renderer: DigestRenderer,
    gigs: int,
    workers: int,
    digest_populations: Sequence[int],
    digest_sample: int = DIGEST_SAMPLE,
    digest_rounds: int = DIGEST_ROUNDS,
    as_json: bool = False,
) -> int:
    """Run the retrieval bench, then the digest bench unless no populations are given; print both."""
    report = asyncio.run(run_bench_async(settings, gigs=gigs, workers=workers, show_progress=not as_json))
    digests = (
        asyncio.run(
            bench_digests(
                settings,
                renderer=renderer,
                populations=digest_populations,
                sample=digest_sample,
                rounds=digest_rounds,
                show_progress=not as_json,
            )
        )
        if digest_populations
        else None
    )
    if as_json:
        print(json.dumps({**report.as_dict(), **({"digests": digests} if digests else {})}, indent=2))
        return 0
    console = Console()
    console.print(render_bench(report))
    for note in report.notes:
        console.print(f"· {note}")
    if digests:
        console.print(render_digest_bench(digests))
        for note in digests["notes"]:
            console.print(f"· {note}")
    return 0
