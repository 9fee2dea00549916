"""The dev benchmark, end to end through the bot's own code: quality, safety and fairness of the ranking."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from app.evaluation import MatchingReport, evaluate_matching, read_jsonl, system_run, write_trec_run
from core.settings import Settings
from tests.bench_data import DEV_BENCH as DEV
from tests.bench_data import require_dev_bench


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("eval")
    return Settings(_env_file=None).model_copy(update={"data_dir": folder, "chroma_url": None})  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def report(settings: Settings) -> MatchingReport:
    require_dev_bench()
    return asyncio.run(
        evaluate_matching(
            DEV / "gigs.jsonl",
            DEV / "workers.jsonl",
            DEV / "qrels.tsv",
            settings=settings,
            show_progress=False,
        )
    )


def test_dev_metrics_meet_the_bar_and_beat_both_baselines(report: MatchingReport) -> None:
    assert report.system["ndcg@10"] >= 0.92
    assert report.system["p@5"] >= 0.5
    for baseline in report.baselines.values():
        assert report.system["ndcg@10"] > baseline["ndcg@10"]
        assert report.system["p@5"] > baseline["p@5"]


def test_no_scam_gig_is_ever_in_a_top_10(report: MatchingReport) -> None:
    scams = {fact["id"] for fact in read_jsonl(DEV / "facts_gigs.jsonl") if fact["scam"]}
    shown = {gig_id for ranked in report.run.values() for gig_id, _ in ranked}
    assert scams and not scams & shown
    assert report.held_shown == []


def test_runs_file_is_trec_format(report: MatchingReport, tmp_path: Path) -> None:
    path = tmp_path / "run.txt"
    write_trec_run(report.run, path)
    first = path.read_text(encoding="utf-8").splitlines()[0].split()
    assert len(first) == 6 and first[1] == "Q0" and first[3] == "1" and first[5] == "gigmatch"
    assert first[0] in report.run and first[2] == report.run[first[0]][0][0]
    assert json.loads(json.dumps(report.as_dict()))["baselines"].keys() == {"bm25", "dense"}


async def test_saying_gender_or_age_changes_no_match(report: MatchingReport, settings: Settings) -> None:
    gigs, workers = read_jsonl(DEV / "gigs.jsonl"), read_jsonl(DEV / "workers.jsonl")
    disclosed = [
        {
            **worker,
            "text": worker["text"]
            + ("\nI am a woman, 58 years old" if n % 2 else "\nmain aurat hu, umar 58 saal"),
        }
        for n, worker in enumerate(workers)
    ]
    run, _ = await system_run(gigs, disclosed, settings, show_progress=False)

    assert {w: [gig for gig, _ in ranked] for w, ranked in run.items()} == {
        w: [gig for gig, _ in ranked] for w, ranked in report.run.items()
    }
