"""`gigmatch bench` digests: workers a nightly digest run plans per second at 10k and 100k workers."""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from core.models import Gig, GigStatus, Profile
from core.settings import Settings
from core.store import Store
from jobs.alerts import Alerts, DigestRenderer, measure_digest_planning
from retrieval.bench import render_bench, run_bench_async, synthetic_text
from retrieval.embeddings import build_embedder
from retrieval.index import MatchIndex
from retrieval.ranking import Matcher
from retrieval.records import gig_document, gig_from_extraction, profile_from_extraction
from understanding.gazetteer import get_gazetteer
from understanding.offline import OfflineUnderstanding
from understanding.screening import GigScreener

DIGEST_POPULATIONS = (10_000, 100_000)
# Planning runs at a few hundred workers a second on 2 cores: a fixed sample keeps 100k under minutes.
DIGEST_SAMPLE = 2000
DIGEST_GIGS = 3000
DISTINCT_WORKER_TEXTS = 1000
DIGEST_ROUNDS = 3
EMPLOYER_ID = 1
FIRST_WORKER_ID = 1_000_000
INSERT_CHUNK = 10_000
_DAY = 86400.0


def _vocabulary() -> dict[str, Any]:
    text = resources.files("retrieval").joinpath("data/bench_vocabulary.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


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

    Only `sample` workers, drawn at random from the whole population, are due in each run; the rest are
    stored and scanned by the due query but were digested already. Nothing is written to the outbox.
    """
    rng = random.Random(11)
    vocabulary = _vocabulary()
    understanding = OfflineUnderstanding()
    embedder = build_embedder(settings)
    now = time.time()
    result: dict[str, Any] = {"gigs": 0, "rounds": DIGEST_ROUNDS, "populations": {}, "notes": []}
    with tempfile.TemporaryDirectory(prefix="gigmatch-digest-bench-") as data_dir:
        local = settings.model_copy(update={"data_dir": Path(data_dir), "chroma_url": None})
        store, index = Store(local.database_path), MatchIndex(local, embedder)
        await store.initialize()
        await index.initialize()
        progress = Progress(disable=not show_progress, transient=True, console=Console(stderr=True))
        try:
            with progress:
                await store.upsert_user(EMPLOYER_ID, EMPLOYER_ID, None, "en")
                result["gigs"] = await _open_gigs(
                    store, index, vocabulary, understanding, rng, gigs, now, local.wage_floor_day
                )
                templates = [
                    profile_from_extraction(0, understanding.extract(text, "worker"))
                    for text in (
                        synthetic_text(vocabulary, "worker_templates", rng)
                        for _ in range(DISTINCT_WORKER_TEXTS)
                    )
                ]
                alerts = Alerts(store, Matcher(store, index), renderer, local)
                stored = 0
                for population in sorted(populations):
                    task = progress.add_task(
                        f"adding workers up to {population:,}", total=population - stored
                    )
                    while stored < population:
                        count = min(INSERT_CHUNK, population - stored)
                        await _add_workers(
                            store, templates, vocabulary, rng, stored, count, now, local.digest_time
                        )
                        stored += count
                        progress.advance(task, count)
                    due = await _mark_due(store, rng, population, min(sample, population), now)
                    progress.update(task, description=f"planning {due:,} of {population:,} workers")
                    result["populations"][str(population)] = await _time_planning(
                        alerts, index, population, now
                    )
        finally:
            await index.shutdown()
            await store.shutdown()
    result["notes"] = [
        f"{result['gigs']} open synthetic gigs posted in the last day; workers are copies of "
        f"{DISTINCT_WORKER_TEXTS} parsed synthetic introductions placed in varied cities and localities",
        f"a random sample of at most {sample} workers is due in each run (a dry run: matching and "
        "rendering, nothing written or sent); the due query still scans the whole population",
        f"workers/s is the median of {DIGEST_ROUNDS} rounds, query embeddings recomputed each round; "
        "worker vectors are not indexed because digest planning never searches the worker collection",
    ]
    return result


async def _open_gigs(
    store: Store,
    index: MatchIndex,
    vocabulary: dict[str, Any],
    understanding: OfflineUnderstanding,
    rng: random.Random,
    count: int,
    now: float,
    wage_floor_per_day: float | None,
) -> int:
    """Post `count` synthetic gigs through understanding and screening, all within the last day."""
    screener = GigScreener(wage_floor_per_day)
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
    store: Store,
    templates: list[Profile],
    vocabulary: dict[str, Any],
    rng: random.Random,
    first: int,
    count: int,
    now: float,
    digest_time: str,
) -> None:
    """Insert users, profiles and daily alert preferences in one transaction (one by one takes minutes)."""
    profiles = [
        _placed(rng.choice(templates), FIRST_WORKER_ID + number, rng.choice(vocabulary["places"]))
        for number in range(first, first + count)
    ]
    joined = now - 30 * _DAY
    async with store.transaction() as db:
        await db.executemany(
            """INSERT INTO users (id, chat_id, username, language, created_at, updated_at)
               VALUES (?, ?, NULL, ?, ?, ?)""",
            [(p.user_id, p.user_id, rng.choice(("en", "hi")), joined, joined) for p in profiles],
        )
        await db.executemany(
            "INSERT INTO profiles (user_id, data, updated_at) VALUES (?, ?, ?)",
            [(p.user_id, p.model_dump_json(), joined) for p in profiles],
        )
        await db.executemany(
            "INSERT INTO alert_prefs (user_id, mode, time, last_digest_at) VALUES (?, 'daily', ?, ?)",
            [(p.user_id, digest_time, now) for p in profiles],
        )


async def _mark_due(store: Store, rng: random.Random, population: int, sample: int, now: float) -> int:
    """Make a random `sample` of the population due (last digest two days ago) and everyone else done."""
    due = rng.sample(range(FIRST_WORKER_ID, FIRST_WORKER_ID + population), sample)
    async with store.transaction() as db:
        await db.execute("UPDATE alert_prefs SET last_digest_at = ?", (now,))
        await db.executemany(
            "UPDATE alert_prefs SET last_digest_at = ? WHERE user_id = ?",
            [(now - 2 * _DAY, user_id) for user_id in due],
        )
    return sample


async def _time_planning(alerts: Alerts, index: MatchIndex, population: int, now: float) -> dict[str, Any]:
    """Plan the due workers `DIGEST_ROUNDS` times; return the medians."""
    rounds = []
    for _ in range(DIGEST_ROUNDS):
        index.forget_queries()
        rounds.append(await measure_digest_planning(alerts, now=now))
    due = int(rounds[0]["workers"])
    return {
        "population": population,
        "workers": due,
        "sampled": due < population,
        "digests": int(statistics.median(r["digests"] for r in rounds)),
        "seconds": round(statistics.median(r["seconds"] for r in rounds), 2),
        "workers_per_second": round(statistics.median(r["workers_per_second"] for r in rounds), 1),
    }


def render_digest_bench(result: dict[str, Any]) -> Table:
    """Lay the digest bench out as a table that says plainly when a run was a sample."""
    table = Table(title=f"digest planning against {result['gigs']:,} open gigs (medians)")
    for column in ("workers stored", "workers planned", "digests", "seconds", "workers/s"):
        table.add_column(column, justify="right")
    for row in result["populations"].values():
        planned = f"{row['workers']:,}" + (" (random sample)" if row["sampled"] else "")
        table.add_row(
            f"{row['population']:,}",
            planned,
            f"{row['digests']:,}",
            f"{row['seconds']:.1f}",
            f"{row['workers_per_second']:.1f}",
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
