"""`gigmatch eval matching`: rank gigs for benchmark workers through the bot's own code, with baselines."""

from __future__ import annotations

import asyncio
import json
import math
import re
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from app.services import Services
from core.models import Gig, GigStatus, Profile
from core.settings import Settings
from core.store import Store
from retrieval.embeddings import Embedder, build_embedder
from retrieval.records import gig_from_extraction, profile_from_extraction
from understanding.offline import OfflineUnderstanding
from understanding.screening import GigScreener

CUTOFF = 10
METRICS = ("ndcg@10", "recall@10", "mrr@10", "p@5")
# Benchmark people get user ids far from each other so workers and employers never collide.
EMPLOYER_ID_BASE = 1_000_000
_TOKEN = re.compile(r"\w+", re.UNICODE)

Run = dict[str, list[tuple[str, float]]]  # worker id -> ranked (gig id, score)
Qrels = dict[str, dict[str, int]]  # worker id -> gig id -> grade


@dataclass
class MatchingReport:
    """Metric means for the system and each baseline, the system's runs, and any shown gig that was held."""

    system: dict[str, float]
    baselines: dict[str, dict[str, float]]
    run: Run
    held_shown: list[str] = field(default_factory=list)
    shown: dict[str, float] = field(default_factory=dict)  # what workers see, when the facts are known

    def as_dict(self) -> dict[str, object]:
        """Return the JSON shape of `gigmatch eval matching --json`."""
        return {
            "system": self.system,
            "baselines": self.baselines,
            "held_gigs_in_top10": self.held_shown,
            "shown": self.shown,
        }


def shown_quality(run: Run, qrels: Qrels, gig_facts: Path, worker_facts: Path) -> dict[str, float]:
    """Say what workers are shown: unrelated trades and scams in their top 5, fitting gigs missed.

    A top-5 gig is unrelated when its labelled trade family is not the worker's; a worker misses out
    when the labels give them a fitting gig and none is in their top 5.
    """
    gigs = {fact["id"]: fact for fact in read_jsonl(gig_facts)}
    workers = {fact["id"]: fact for fact in read_jsonl(worker_facts)}
    top5 = {worker_id: [gig_id for gig_id, _ in ranked[:5]] for worker_id, ranked in run.items()}
    shown = [(worker_id, gig_id) for worker_id, ids in top5.items() for gig_id in ids]
    unrelated = sum(
        1 for worker_id, gig_id in shown if gigs[gig_id]["skill_family"] != workers[worker_id]["skill_family"]
    )
    scams = sum(1 for _, gig_id in shown if gigs[gig_id].get("scam"))
    with_fit = [worker_id for worker_id in workers if qrels.get(worker_id)]
    missed = [w for w in with_fit if not any(qrels[w].get(gig_id, 0) > 0 for gig_id in top5.get(w, []))]
    return {
        "top5_shown": len(shown),
        "top5_unrelated_share": round(unrelated / len(shown), 4) if shown else 0.0,
        "top5_scams": scams,
        "workers_with_a_fit": len(with_fit),
        "workers_without_a_fit_in_top5": len(missed),
        "workers_with_empty_top5": sum(1 for w in workers if not top5.get(w)),
    }


def read_jsonl(path: Path) -> list[dict[str, str]]:
    """Read one JSON object per non-blank line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_qrels(path: Path) -> Qrels:
    """Read `worker_id<TAB>gig_id<TAB>grade` lines."""
    qrels: Qrels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            worker_id, gig_id, grade = line.split("\t")[:3]
            qrels.setdefault(worker_id, {})[gig_id] = int(grade)
    return qrels


def ndcg(ranked: list[str], grades: Mapping[str, int], k: int = CUTOFF) -> float:
    """Return normalised discounted cumulative gain at k, with the grade as the gain."""
    dcg = sum(grades.get(gig, 0) / math.log2(rank + 2) for rank, gig in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum(grade / math.log2(rank + 2) for rank, grade in enumerate(ideal))
    return dcg / best if best else 0.0


def recall(ranked: list[str], grades: Mapping[str, int], k: int = CUTOFF) -> float:
    """Return the share of relevant gigs found in the top k."""
    relevant = {gig for gig, grade in grades.items() if grade > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: list[str], grades: Mapping[str, int], k: int = CUTOFF) -> float:
    """Return 1 / the rank of the first relevant gig in the top k."""
    return next((1.0 / (rank + 1) for rank, gig in enumerate(ranked[:k]) if grades.get(gig, 0) > 0), 0.0)


def precision(ranked: list[str], grades: Mapping[str, int], k: int = 5) -> float:
    """Return the share of the top k that is relevant."""
    return sum(1 for gig in ranked[:k] if grades.get(gig, 0) > 0) / k


def score_run(run: Run, qrels: Qrels) -> dict[str, float]:
    """Average each metric over every judged worker (a worker missing from the run scores 0)."""
    totals = dict.fromkeys(METRICS, 0.0)
    for worker_id, grades in qrels.items():
        ranked = [gig for gig, _ in run.get(worker_id, [])]
        totals["ndcg@10"] += ndcg(ranked, grades)
        totals["recall@10"] += recall(ranked, grades)
        totals["mrr@10"] += reciprocal_rank(ranked, grades)
        totals["p@5"] += precision(ranked, grades)
    return {name: round(total / max(len(qrels), 1), 4) for name, total in totals.items()}


def tokenize(text: str) -> list[str]:
    """Split into lower-case word tokens in any script."""
    return _TOKEN.findall(text.lower())


def bm25_run(gigs: list[dict[str, str]], workers: list[dict[str, str]]) -> Run:
    """Rank gig texts for each worker text with BM25, the lexical baseline."""
    bm25 = BM25Okapi([tokenize(gig["text"]) for gig in gigs])
    run: Run = {}
    for worker in workers:
        scores = bm25.get_scores(tokenize(worker["text"]))
        run[worker["id"]] = _top(gigs, scores)
    return run


def dense_run(gigs: list[dict[str, str]], workers: list[dict[str, str]], embedder: Embedder) -> Run:
    """Rank gig texts for each worker text by embedding similarity alone: no filters, no rerank."""
    passages = embedder.embed_passages([gig["text"] for gig in gigs])
    queries = embedder.embed_queries([worker["text"] for worker in workers])
    return {
        worker["id"]: _top(gigs, passages @ query) for worker, query in zip(workers, queries, strict=True)
    }


def _top(gigs: list[dict[str, str]], scores: np.ndarray) -> list[tuple[str, float]]:
    order = np.argsort(-np.asarray(scores), kind="stable")[:CUTOFF]
    return [(gigs[index]["id"], float(scores[index])) for index in order]


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress]:
    progress = Progress(disable=not enabled, transient=True, console=Console(stderr=True))
    with progress:
        yield progress


async def system_run(
    gigs: list[dict[str, str]],
    workers: list[dict[str, str]],
    settings: Settings,
    *,
    show_progress: bool = True,
) -> tuple[Run, list[str]]:
    """Parse, store, index and rank exactly as the bot does, in a throwaway data dir.

    Returns the run and the benchmark ids of any shown gig that SQLite does not hold as open.
    """
    understanding, screener = OfflineUnderstanding(), GigScreener()
    now = time.time()
    with tempfile.TemporaryDirectory(prefix="gigmatch-eval-") as data_dir:
        # The eval never touches a configured Chroma server: its collections are the product's.
        local = settings.model_copy(
            update={"data_dir": Path(data_dir), "chroma_url": None, "chroma_server": "embedded"}
        )
        async with Services.running(local) as services:
            with _progress(show_progress) as progress:
                gig_ids = await ingest_gigs(gigs, services, understanding, screener, now, progress)
                profiles = await ingest_workers(workers, services, understanding, progress)
                bench_id = {stored: given for given, stored in gig_ids.items()}
                status = {gig.id: gig.status for gig in await _all_gigs(services.store)}
                run: Run = {}
                held: list[str] = []
                task = progress.add_task("ranking", total=len(profiles))
                for worker_id, profile in profiles.items():
                    matches = await services.matcher.gigs_for_worker(profile, limit=CUTOFF, now=now)
                    run[worker_id] = [(bench_id[match.gig_id], match.score) for match in matches]
                    held += [
                        bench_id[m.gig_id] for m in matches if status.get(m.gig_id) is not GigStatus.OPEN
                    ]
                    progress.advance(task)
    return run, held


async def ingest_gigs(
    gigs: list[dict[str, str]],
    services: Services,
    understanding: OfflineUnderstanding,
    screener: GigScreener,
    now: float,
    progress: Progress,
) -> dict[str, int]:
    """Post every gig as its employer would; returns benchmark id -> stored id."""
    store = services.store
    task = progress.add_task("posting gigs", total=len(gigs))
    stored = []
    for number, item in enumerate(gigs):
        employer_id = EMPLOYER_ID_BASE + number
        await store.upsert_user(employer_id, employer_id, None, "en")
        extraction = understanding.extract(item["text"], "gig")
        screening = screener.screen(item["text"], extraction)
        stored.append(
            await store.save_gig(
                gig_from_extraction(employer_id, item["text"], extraction, screening, now=now)
            )
        )
        progress.advance(task)
    await services.index.upsert_gigs(stored)
    return {item["id"]: gig.id for item, gig in zip(gigs, stored, strict=True) if gig.id is not None}


async def ingest_workers(
    workers: list[dict[str, str]],
    services: Services,
    understanding: OfflineUnderstanding,
    progress: Progress,
) -> dict[str, Profile]:
    """Onboard every worker from their words; returns benchmark id -> stored profile."""
    task = progress.add_task("onboarding workers", total=len(workers))
    profiles = {}
    for number, item in enumerate(workers, start=1):
        await services.store.upsert_user(number, number, None, "en")
        profile = profile_from_extraction(number, understanding.extract(item["text"], "worker"))
        profiles[item["id"]] = await services.store.save_profile(profile)
        progress.advance(task)
    await services.index.upsert_profiles(list(profiles.values()))
    return profiles


async def _all_gigs(store: Store) -> list[Gig]:
    return [gig for status in GigStatus for gig in await store.gigs_with_status(status)]


async def evaluate_matching(
    gigs_path: Path,
    workers_path: Path,
    qrels_path: Path,
    *,
    settings: Settings,
    show_progress: bool = True,
) -> MatchingReport:
    """Score the system and the BM25 and dense-only baselines on one benchmark."""
    gigs, workers, qrels = read_jsonl(gigs_path), read_jsonl(workers_path), read_qrels(qrels_path)
    embedder = build_embedder(settings)
    run, held = await system_run(gigs, workers, settings, show_progress=show_progress)
    gig_facts, worker_facts = (
        gigs_path.with_name("facts_gigs.jsonl"),
        workers_path.with_name("facts_workers.jsonl"),
    )
    return MatchingReport(
        system=score_run(run, qrels),
        baselines={
            "bm25": score_run(bm25_run(gigs, workers), qrels),
            "dense": score_run(dense_run(gigs, workers, embedder), qrels),
        },
        run=run,
        held_shown=held,
        shown=shown_quality(run, qrels, gig_facts, worker_facts)
        if gig_facts.exists() and worker_facts.exists()
        else {},
    )


def write_trec_run(run: Run, path: Path, tag: str = "gigmatch") -> None:
    """Write `worker_id Q0 gig_id rank score tag` lines."""
    lines = [
        f"{worker_id} Q0 {gig_id} {rank} {score:.6f} {tag}"
        for worker_id, ranked in run.items()
        for rank, (gig_id, score) in enumerate(ranked, start=1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_table(report: MatchingReport) -> Table:
    """Lay the metrics out as one row per system."""
    table = Table(title="matching (dev)")
    table.add_column("system")
    for name in METRICS:
        table.add_column(name, justify="right")
    for label, scores in [("gigmatch", report.system), *report.baselines.items()]:
        table.add_row(label, *(f"{scores[name]:.3f}" for name in METRICS))
    return table


def run_matching_eval(
    gigs: Path,
    workers: Path,
    qrels: Path,
    *,
    settings: Settings,
    as_json: bool = False,
    runs: Path | None = None,
) -> int:
    """Run the evaluation for the CLI; returns the exit code (1 if a held gig was ever shown)."""
    report = asyncio.run(
        evaluate_matching(gigs, workers, qrels, settings=settings, show_progress=not as_json)
    )
    if runs is not None:
        write_trec_run(report.run, runs)
    console = Console()
    if as_json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        console.print(render_table(report))
        if report.shown:
            console.print(
                "top 5 shown: {top5_shown}, from an unrelated trade {top5_unrelated_share:.1%}, scams "
                "{top5_scams}; workers with a fitting gig but none in their top 5: "
                "{workers_without_a_fit_in_top5} of {workers_with_a_fit}".format(**report.shown)
            )
        if report.held_shown:
            console.print(f"[red]held gigs shown: {', '.join(report.held_shown)}[/red]")
    return 1 if report.held_shown else 0
