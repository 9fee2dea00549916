"""`gigmatch bench`: ingest rate, match latency at 10k and 100k gigs, and peak memory, on synthetic data."""

from __future__ import annotations

import asyncio
import json
import random
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from app.services import Services
from core.models import Gig, GigStatus, Profile
from core.settings import Settings
from core.store import Store
from retrieval.index import MatchIndex
from retrieval.ranking import Matcher
from retrieval.records import gig_document, gig_from_extraction, profile_from_extraction
from understanding.gazetteer import get_gazetteer
from understanding.offline import OfflineUnderstanding
from understanding.screening import GigScreener

DISTINCT_GIG_TEXTS = 2000
CORPUS_SIZES = (10_000, 100_000)
LATENCY_ROUNDS = 3
EMPLOYER_ID = 1
_DAY = 86400


@dataclass
class BenchReport:
    """Medians of the measurements; `notes` says how the corpus was made."""

    ingest_gigs_per_s: float
    embed_texts_per_s: float
    latency_ms: dict[int, dict[str, float]] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the JSON shape of `gigmatch bench --json`."""
        return {
            "ingest_gigs_per_s": round(self.ingest_gigs_per_s, 1),
            "embed_texts_per_s": round(self.embed_texts_per_s, 1),
            "match_latency_ms": {str(size): value for size, value in self.latency_ms.items()},
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "notes": self.notes,
        }


def bench_vocabulary() -> dict[str, Any]:
    """Return the trades, places, pay and templates the synthetic texts are written from."""
    text = resources.files("retrieval").joinpath("data/bench_vocabulary.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def synthetic_text(vocabulary: dict[str, Any], templates: str, rng: random.Random) -> str:
    """Write one realistic gig post or worker introduction from the bench vocabulary."""
    trade = rng.choice(vocabulary["trades"])
    city, locality = rng.choice(vocabulary["places"])
    pay_pattern, amounts = rng.choice(vocabulary["pay"])
    return rng.choice(vocabulary[templates]).format(
        phrase=rng.choice(trade["phrases"]),
        city=city,
        locality=locality,
        pay=pay_pattern.format(amount=rng.choice(amounts)),
        days=rng.choice(vocabulary["days"]),
    )


def peak_rss_mb() -> float:
    """Return this process's peak resident memory in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _varied(gig: Gig, rng: random.Random, places: list[list[str]], now: float) -> Gig:
    """Return a copy of a parsed gig placed elsewhere, paid differently and posted at another time."""
    city, locality = rng.choice(places)
    point = get_gazetteer().coordinates(city, locality)
    pay = (
        gig.pay.model_copy(update={"amount": (gig.pay.amount or 0) * rng.uniform(0.8, 1.25)})
        if gig.pay
        else None
    )
    created = now - rng.uniform(0, 10) * _DAY
    return gig.model_copy(
        update={
            "id": None,
            "city": None if gig.remote else city,
            "locality": None if gig.remote else locality,
            "lat": point[0] if point and not gig.remote else None,
            "lon": point[1] if point and not gig.remote else None,
            "pay": pay,
            "created_at": created,
            "expires_at": created + 14 * _DAY,
        }
    )


async def run_bench_async(
    settings: Settings, *, gigs: int = CORPUS_SIZES[-1], workers: int = 50, show_progress: bool = True
) -> BenchReport:
    """Measure ingest, then match latency as the corpus grows to each size up to `gigs`."""
    rng = random.Random(7)
    vocabulary = bench_vocabulary()
    understanding, screener = OfflineUnderstanding(), GigScreener()
    sizes = sorted({size for size in CORPUS_SIZES if size < gigs} | {gigs})
    distinct = min(DISTINCT_GIG_TEXTS, gigs)
    now = time.time()
    with tempfile.TemporaryDirectory(prefix="gigmatch-bench-") as data_dir:
        local = settings.model_copy(
            update={"data_dir": Path(data_dir), "chroma_url": None, "chroma_server": "embedded"}
        )
        async with Services.running(local) as services:
            store, index, embedder = services.store, services.index, services.index.embedder
            await store.upsert_user(EMPLOYER_ID, EMPLOYER_ID, None, "en")
            progress = Progress(disable=not show_progress, transient=True, console=Console(stderr=True))
            with progress:
                texts = [synthetic_text(vocabulary, "gig_templates", rng) for _ in range(distinct)]
                embed_started = time.perf_counter()
                embedder.embed_passages(texts[:256])
                embed_rate = 256 / (time.perf_counter() - embed_started) if distinct >= 256 else 0.0

                # The real path, gig by gig: understand, screen, store, index.
                task = progress.add_task("ingesting distinct gigs", total=distinct)
                started = time.perf_counter()
                parsed: list[Gig] = []
                for text in texts:
                    extraction = understanding.extract(text, "gig")
                    gig = gig_from_extraction(
                        EMPLOYER_ID, text, extraction, screener.screen(text, extraction), now=now
                    )
                    gig = await store.save_gig(gig)
                    await index.upsert_gigs([gig])
                    parsed.append(gig)
                    progress.advance(task)
                ingest_rate = distinct / (time.perf_counter() - started)
                open_parsed = [gig for gig in parsed if gig.status is GigStatus.OPEN]
                vectors = embedder.embed_passages([gig_document(gig) for gig in open_parsed])

                profiles = await _bench_profiles(services, vocabulary, understanding, rng, workers)
                report = BenchReport(ingest_gigs_per_s=ingest_rate, embed_texts_per_s=embed_rate)
                report.notes.append(
                    f"{distinct} distinct synthetic gig texts went through the full path (understand, "
                    "screen, SQLite, embed, Chroma); larger corpora reuse their vectors with varied city, "
                    "pay and date"
                )
                corpus = _Corpus(store, index, open_parsed, vectors, vocabulary["places"], rng, now)
                total = distinct
                for size in sizes:
                    total = await _grow(corpus, total, size, progress)
                    report.latency_ms[size] = await _latency(
                        services.matcher, index, profiles, now, progress, size
                    )
                report.peak_rss_mb = peak_rss_mb()
                report.notes.append(
                    f"latency: {len(profiles)} workers x {LATENCY_ROUNDS} rounds, query embedding included "
                    "(cache cleared each round); p50/p95 are medians over rounds"
                )
    return report


async def _bench_profiles(
    services: Services,
    vocabulary: dict[str, Any],
    understanding: OfflineUnderstanding,
    rng: random.Random,
    count: int,
) -> list[Profile]:
    """Onboard synthetic workers through the real path."""
    profiles = []
    for number in range(count):
        user_id = 10_000 + number
        await services.store.upsert_user(user_id, user_id, None, "en")
        text = synthetic_text(vocabulary, "worker_templates", rng)
        profile = profile_from_extraction(user_id, understanding.extract(text, "worker"))
        profiles.append(await services.store.save_profile(profile))
    await services.index.upsert_profiles(profiles)
    return profiles


@dataclass(frozen=True)
class _Corpus:
    """What growing the corpus copies from: the parsed open gigs, their vectors, and where to place them."""

    store: Store
    index: MatchIndex
    parsed: list[Gig]
    vectors: np.ndarray
    places: list[list[str]]
    rng: random.Random
    now: float


async def _grow(corpus: _Corpus, total: int, size: int, progress: Progress) -> int:
    """Add varied copies of parsed gigs until the corpus holds `size` gigs."""
    task = progress.add_task(f"growing corpus to {size}", total=max(size - total, 0))
    chunk = 5000
    rng = corpus.rng
    while total < size:
        picks = [rng.randrange(len(corpus.parsed)) for _ in range(min(chunk, size - total))]
        # One transaction per chunk: save_gig's one-by-one commits would dominate the bench.
        copies = await corpus.store.add_open_gigs(
            [_varied(corpus.parsed[pick], rng, corpus.places, corpus.now) for pick in picks]
        )
        await corpus.index.upsert_gigs(copies, vectors=corpus.vectors[picks])
        total += len(copies)
        progress.advance(task, len(copies))
    return total


async def _latency(
    matcher: Matcher, index: MatchIndex, profiles: list[Profile], now: float, progress: Progress, size: int
) -> dict[str, float]:
    """Time gigs_for_worker for each worker; return the median over rounds of p50 and p95 in ms."""
    task = progress.add_task(f"matching at {size} gigs", total=LATENCY_ROUNDS * len(profiles))
    p50s, p95s = [], []
    for _ in range(LATENCY_ROUNDS):
        index.forget_queries()
        timings = []
        for profile in profiles:
            started = time.perf_counter()
            await matcher.gigs_for_worker(profile, limit=5, now=now)
            timings.append((time.perf_counter() - started) * 1000)
            progress.advance(task)
        p50s.append(float(np.percentile(timings, 50)))
        p95s.append(float(np.percentile(timings, 95)))
    return {"p50": round(statistics.median(p50s), 1), "p95": round(statistics.median(p95s), 1)}


def render_bench(report: BenchReport) -> Table:
    """Lay the bench results out as a table."""
    table = Table(title="gigmatch bench (medians)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("ingest, full path", f"{report.ingest_gigs_per_s:.1f} gigs/s")
    table.add_row("embedder alone", f"{report.embed_texts_per_s:.1f} texts/s")
    for size, latency in report.latency_ms.items():
        table.add_row(f"match latency at {size:,} gigs", f"p50 {latency['p50']} ms · p95 {latency['p95']} ms")
    table.add_row("peak RSS", f"{report.peak_rss_mb:.0f} MB")
    return table


def run_bench(
    settings: Settings, *, gigs: int = CORPUS_SIZES[-1], workers: int = 50, as_json: bool = False
) -> int:
    """Run the benchmark for the CLI and print the report; returns the exit code."""
    report = asyncio.run(run_bench_async(settings, gigs=gigs, workers=workers, show_progress=not as_json))
    if as_json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        console = Console()
        console.print(render_bench(report))
        for note in report.notes:
            console.print(f"· {note}")
    return 0
