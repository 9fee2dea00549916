"""The offline understanding on held-out cases written without looking at the parser (not the dev set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from understanding.evaluation import run_extraction_eval
from understanding.offline import OfflineUnderstanding

DATA = Path(__file__).parent / "data"
THRESHOLDS = {
    "city": 0.95,
    "pay_amount": 0.95,
    "pay_unit": 0.95,
    "days": 0.95,
    "experience_years": 0.9,
    "remote": 0.9,
    "slots": 0.9,
    "skills_any": 0.9,
}


@pytest.fixture(scope="module")
def heldout_result() -> dict[str, dict[str, dict[str, float]]]:
    return run_extraction_eval(DATA / "extract_heldout.jsonl")


@pytest.mark.parametrize("field", sorted(THRESHOLDS))
def test_heldout_field_accuracy_meets_threshold(
    heldout_result: dict[str, dict[str, dict[str, float]]], field: str
) -> None:
    row = heldout_result["fields"][field]
    assert row["n"] >= 20, f"too few held-out cases state {field}"
    assert row["accuracy"] >= THRESHOLDS[field], f"{field}: {row['accuracy']:.3f}"


def test_intent_routes_hiring_posts_and_job_seekers_apart() -> None:
    understanding = OfflineUnderstanding()
    cases = [json.loads(line) for line in (DATA / "intent_heldout.jsonl").read_text("utf-8").splitlines()]
    labels = {case["label"] for case in cases}
    assert labels == {"gig", "worker"}
    right = sum(understanding.extract(case["text"]).intent == case["label"] for case in cases)
    assert right / len(cases) >= 0.9, f"intent accuracy {right}/{len(cases)}"


def test_a_registration_fee_is_never_read_as_the_pay() -> None:
    reading = OfflineUnderstanding().extract(
        "Security guard needed Thane 15000/month. Registration fee Rs 500 before joining", "gig"
    )
    assert reading.pay is not None
    assert (reading.pay.amount, reading.pay.unit) == (15000, "month")
