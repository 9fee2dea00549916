"""`gigmatch bench` digests: workers a nightly digest run plans per second at 10k and 100k workers."""
# Both planners are timed: from the gigs (every worker due) and, on a sample, one search per worker.

from __future__ import annotations

import asyncio
import json
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Sequence
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
from retrieval.index import MatchIndex
from retrieval.records import gig_document, gig_from_extraction, profile_from_extraction, worker_document
from understanding.gazetteer import get_gazetteer
from understanding.offline import OfflineUnderstanding

DIGEST_POPULATIONS = (10_000, 100_000)
# Per-worker planning runs at ~50 workers a second on 2 cores: a fixed sample keeps 100k under minutes.
DIGEST_SAMPLE = 2000
DIGEST_GIGS = 3000
DISTINCT_WORKER_TEXTS = 1000
DIGEST_ROUNDS = 3
EMPLOYER_ID = 1
FIRST_WORKER_ID = 1_000_000
INSERT_CHUNK = 10_000
_DAY = 86400.0


async def bench_digests(
    settings: Settings,
    *,
    renderer: DigestRenderer,
    populations: Sequence[int] = DIGEST_POPULATIONS,
    sample: int = DIGEST_SAMPLE,
    gigs: int = DIGEST_GIGS,
    show_progress: bool = True,
) -> dict[str, Any]:
    """Time dry-run digest planning (real Matcher, the caller's renderer) as the worker population grows.

    Planning from the gigs runs with every stored worker due; per-worker planning (the way before) with
    a random `sample` of them due (0: not timed). Nothing is written to the outbox.
    """
    rng = random.Random(11)
    vocabulary = bench_vocabulary()
    understanding = OfflineUnderstanding()
    now = time.time()
    send_rate = settings.rate_limit_global_per_second
    distinct = min(DISTINCT_WORKER_TEXTS, max(populations, default=0))
    result: dict[str, Any] = {
        "gigs": 0,
        "rounds": DIGEST_ROUNDS,
        "send_rate": send_rate,
        "populations": {},
        "notes": [],
    }
    with tempfile.TemporaryDirectory(prefix="gigmatch-digest-bench-") as data_dir:
        local = settings.model_copy(update={"data_dir": Path(data_dir), "chroma_url": None})
        services = Services.build(local, renderer=renderer)
        store, index, alerts = services.store, services.index, services.alerts
        await services.initialize()
        progress = Progress(disable=not show_progress, transient=True, console=Console(stderr=True))
        try:
            with progress:
                await store.upsert_user(EMPLOYER_ID, EMPLOYER_ID, None, "en")
                result["gigs"] = await _open_gigs(services, vocabulary, understanding, rng, gigs, now)
                templates = await _worker_templates(index, vocabulary, understanding, rng, distinct)
                stored = 0
                for population in sorted(populations):
                    task = progress.add_task(
                        f"adding workers up to {population:,}", total=population - stored
                    )
                    while stored < population:
                        count = min(INSERT_CHUNK, population - stored)
                        await _add_workers(services, templates, vocabulary, rng, stored, count, now)
                        stored += count
                        progress.advance(task, count)
                    rows = []
                    for planner, due in (("gigs", population), ("workers", min(sample, population))):
                        if due:
                            await _mark_due(store, rng, population, due, now)
                            progress.update(
                                task, description=f"planning {due:,} of {population:,} workers ({planner})"
                            )
                            row = await _time_planning(
                                alerts, index, population, now, per_worker=planner == "workers"
                            )
                            rows.append(
                                {**row, "send_ratio": round(row["workers_per_second"] / send_rate, 1)}
                            )
                    result["populations"][str(population)] = rows
        finally:
            await services.shutdown()
    result["notes"] = [
        f"{result['gigs']} open synthetic gigs posted in the last day, all new to every due worker; workers "
        f"are copies of {distinct} parsed synthetic introductions placed in varied cities and "
        "localities, each copy reusing its introduction's vectors (embedded once, as passage and query)",
        "from gigs: every stored worker is due; their stored query vectors are read a batch at a time and "
        "every new gig's filter is checked on each batch, nothing embedded",
        *(
            [
                f"per worker (the way before): a random sample of at most {sample} workers is due, each "
                "embedded and searched; the due query still scans the whole population"
            ]
            if sample
            else []
        ),
        f"a dry run: matching and rendering, nothing written or sent; medians of {DIGEST_ROUNDS} rounds; "
        f"x send = workers/s over the {send_rate:g} msg/s send rate; workers/CPU-s divides by this process's "
        "CPU time (all its threads), which other work does not inflate; peak RSS is the process's so far; "
        "load is the 1-minute load average when the row was measured (2 cores shared with other work)",
    ]
    return result


async def _worker_templates(
    index: MatchIndex,
    vocabulary: dict[str, Any],
    understanding: OfflineUnderstanding,
    rng: random.Random,
    count: int,
) -> list[tuple[Profile, np.ndarray, np.ndarray]]:
    """Parse the distinct worker introductions and embed each once, as a passage and as a query."""
    profiles = [
        profile_from_extraction(0, understanding.extract(text, "worker"))
        for text in (synthetic_text(vocabulary, "worker_templates", rng) for _ in range(count))
    ]
    documents = [worker_document(profile) for profile in profiles]
    passages = await asyncio.to_thread(index.embedder.embed_passages, documents)
    queries = await asyncio.to_thread(index.embedder.embed_queries, documents)
    return [(profile, passages[row], queries[row]) for row, profile in enumerate(profiles)]


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


async def _add_workers(
    services: Services,
    templates: list[tuple[Profile, np.ndarray, np.ndarray]],
    vocabulary: dict[str, Any],
    rng: random.Random,
    first: int,
    count: int,
    now: float,
) -> None:
    """Insert users, profiles and daily alert preferences in bulk (one by one takes minutes)."""
    chosen = [rng.randrange(len(templates)) for _ in range(count)]
    profiles = [
        _placed(templates[template][0], FIRST_WORKER_ID + number, rng.choice(vocabulary["places"]))
        for number, template in zip(range(first, first + count), chosen, strict=True)
    ]
    await services.index.upsert_profiles(
        profiles,
        passages=np.stack([templates[template][1] for template in chosen]),
        queries=np.stack([templates[template][2] for template in chosen]),
    )
    languages = [rng.choice(("en", "hi")) for _ in profiles]
    await services.store.add_workers(profiles, joined=now - 30 * _DAY, languages=languages)
    await services.store.set_daily_alerts((p.user_id for p in profiles), services.settings.digest_time, now)


async def _mark_due(store: Store, rng: random.Random, population: int, sample: int, now: float) -> int:
    """Make a random `sample` of the population due (last digest two days ago) and everyone else done."""
    due = rng.sample(range(FIRST_WORKER_ID, FIRST_WORKER_ID + population), sample)
    await store.mark_digests_due(due, due_since=now - 2 * _DAY, others_since=now)
    return sample


async def _time_planning(
    alerts: Alerts, index: MatchIndex, population: int, now: float, *, per_worker: bool
) -> dict[str, Any]:
    """Plan the due workers `DIGEST_ROUNDS` times; return the medians."""
    rounds = []
    for _ in range(DIGEST_ROUNDS):
        index.forget_queries()
        rounds.append(await measure_digest_planning(alerts, now=now, per_worker=per_worker))
    due = int(rounds[0]["workers"])
    return {
        "population": population,
        "planner": "per worker" if per_worker else "from gigs",
        "workers": due,
        "sampled": due < population,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load": round(os.getloadavg()[0], 1),
        "digests": int(statistics.median(r["digests"] for r in rounds)),
        "seconds": round(statistics.median(r["seconds"] for r in rounds), 2),
        "workers_per_second": round(statistics.median(r["workers_per_second"] for r in rounds), 1),
        "workers_per_cpu_second": round(statistics.median(r["workers_per_cpu_second"] for r in rounds), 1),
    }


def render_digest_bench(result: dict[str, Any]) -> Table:
    """Lay the digest bench out as a table that says plainly when a run was a sample."""
    table = Table(title=f"digest planning against {result['gigs']:,} new open gigs (medians)")
    columns = ("workers stored", "planner", "workers planned", "digests", "seconds", "workers/s")
    for column in (*columns, "x send", "workers/CPU-s", "peak RSS MB", "load"):
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
