"""The extraction benchmark: per-field accuracy of the offline understanding on labelled cases."""

from __future__ import annotations

import json
import math
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from core.models import Extraction
from understanding.gazetteer import get_gazetteer
from understanding.offline import OfflineUnderstanding
from understanding.text import fold
from understanding.trades import get_trade_vocabulary

_TYPICAL_CHARS = 300
FIELDS = ("city", "remote", "pay_amount", "pay_unit", "experience_years", "days", "slots", "skills_any")


@dataclass(frozen=True, slots=True)
class Miss:
    """One field of one case the extractor got wrong."""

    case_id: str
    field: str
    expected: Any
    got: Any


def _same_city(expected: Any, extraction: Extraction) -> bool:
    gazetteer = get_gazetteer()
    got = extraction.city
    if got is None or expected is None:
        return got == expected
    return (gazetteer.canonical_city(expected) or expected) == (gazetteer.canonical_city(got) or got)


def _same_number(expected: Any, got: float | int | None) -> bool:
    if expected is None or got is None:
        return expected == got
    return math.isclose(float(expected), float(got), abs_tol=1e-6)


def _same_trade(expected: list[str], extraction: Extraction) -> bool:
    """Tell whether a skill read is the trade a phrase names: the same phrase or the same linked entry.

    Strict on purpose: "residential security guard" read for "office security guard" is a miss.
    """
    trades = get_trade_vocabulary()
    wanted_phrases = {fold(phrase.strip()) for phrase in expected}
    if any(fold(skill.strip()) in wanted_phrases for skill in extraction.skills):
        return True
    wanted = {entry.key for phrase in expected if (entry := trades.resolve(phrase))}
    return any(
        (entry := trades.entry(skill)) is not None and entry.key in wanted for skill in extraction.skills
    )


_CHECKS: dict[str, Callable[[Any, Extraction], bool]] = {
    "city": _same_city,
    "remote": lambda expected, e: e.remote == expected,
    "pay_amount": lambda expected, e: _same_number(expected, e.pay.amount if e.pay else None),
    "pay_unit": lambda expected, e: (e.pay.unit if e.pay else None) == expected,
    "experience_years": lambda expected, e: _same_number(expected, e.experience_years),
    "days": lambda expected, e: (
        set(e.days or []) == set(expected or []) and (e.days is None) == (expected is None)
    ),
    "slots": lambda expected, e: e.slots == expected,
    "skills_any": _same_trade,
}


def _got(field: str, extraction: Extraction) -> Any:
    pay = extraction.pay
    return {
        "city": extraction.city,
        "remote": extraction.remote,
        "pay_amount": pay.amount if pay else None,
        "pay_unit": pay.unit if pay else None,
        "experience_years": extraction.experience_years,
        "days": extraction.days,
        "slots": extraction.slots,
        "skills_any": extraction.skills,
    }[field]


def score_cases(cases: Path, runs: Path | None = None) -> tuple[dict[str, Any], list[Miss]]:
    """Return the eval result object and every miss; with runs, write each case's full reading there."""
    understanding = OfflineUnderstanding()
    right = dict.fromkeys(FIELDS, 0)
    seen = dict.fromkeys(FIELDS, 0)
    misses: list[Miss] = []
    readings: list[str] = []
    timings: list[float] = []
    for line in cases.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        started = time.perf_counter()
        extraction = understanding.extract(case["text"], case.get("kind"))
        if len(case["text"]) <= _TYPICAL_CHARS:
            timings.append((time.perf_counter() - started) * 1000)
        readings.append(
            json.dumps({"id": case["id"], "extraction": extraction.model_dump()}, ensure_ascii=False)
        )
        for field, expected in case["expect"].items():
            if field not in _CHECKS:
                continue
            seen[field] += 1
            if _CHECKS[field](expected, extraction):
                right[field] += 1
            else:
                misses.append(Miss(case["id"], field, expected, _got(field, extraction)))
    fields = {
        f: {"accuracy": round(right[f] / seen[f], 4) if seen[f] else None, "n": seen[f]}
        for f in FIELDS
        if seen[f]
    }
    total = sum(seen.values())
    overall = round(sum(right.values()) / total, 4) if total else 0.0
    if runs is not None:
        runs.write_text("\n".join(readings) + "\n", encoding="utf-8")
    timing = {"typical_median_ms": _percentile(timings, 50), "typical_p95_ms": _percentile(timings, 95)}
    return {"fields": fields, "overall": overall, "timing": timing}, misses


def _percentile(values: list[float], percent: int) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, math.ceil(percent / 100 * len(ordered)) - 1)], 1)


def run_extraction_eval(cases: Path, runs: Path | None = None) -> dict[str, Any]:
    """Return {"fields": {name: {"accuracy", "n"}}, "overall", "timing"} for the cases in a JSONL file."""
    result, _ = score_cases(cases, runs)
    return result


def print_misses(misses: list[Miss]) -> None:
    """Print one line per miss: case, field, expected, read."""
    for miss in misses:
        print(f"{miss.case_id}\t{miss.field}\texpected={miss.expected!r}\tgot={miss.got!r}")


def print_extraction_report(result: dict[str, Any]) -> None:
    """Print the per-field accuracy as a table."""
    table = Table(title="Offline extraction accuracy")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("n", justify="right")
    for name, row in result["fields"].items():
        table.add_row(name, f"{row['accuracy']:.3f}", str(row["n"]))
    table.add_row("overall", f"{result['overall']:.3f}", "", style="bold")
    Console().print(table)
    timing = result.get("timing", {})
    Console().print(
        f"messages of ≤ {_TYPICAL_CHARS} characters: median {timing.get('typical_median_ms')} ms, "
        f"p95 {timing.get('typical_p95_ms')} ms (first reading of each case, encoder included)"
    )
    latency = measure_worst_case_latency()
    Console().print(
        f"median time to read a 4,000-character message: {latency['4000_chars_ms']} ms; "
        f"4,000 random bytes: {latency['4000_random_bytes_ms']} ms"
    )


def measure_worst_case_latency(rounds: int = 9) -> dict[str, float]:
    """Time extraction of a 4,000-character message and of 4,000 random bytes; medians in milliseconds."""
    rng = random.Random(7)
    long_message = ("mai electrician hu 6 saal, Andheri, 800 per din, sunday off. " * 70)[:4000]
    random_bytes = bytes(rng.getrandbits(8) for _ in range(4000)).decode("utf-8", errors="replace")
    understanding = OfflineUnderstanding()
    medians = {}
    for name, text in (("4000_chars_ms", long_message), ("4000_random_bytes_ms", random_bytes)):
        timings = []
        for _ in range(rounds):
            started = time.perf_counter()
            understanding.extract(text)
            timings.append((time.perf_counter() - started) * 1000)
        medians[name] = round(statistics.median(timings), 1)
    return medians
