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


def _skills_found(expected: list[str], extraction: Extraction) -> bool:
    wanted = [phrase.lower() for phrase in expected]
    have = [skill.lower() for skill in extraction.skills]
    return any(w in h or h in w for w in wanted for h in have)


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
    "skills_any": _skills_found,
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


def score_cases(cases: Path) -> tuple[dict[str, Any], list[Miss]]:
    """Return the eval result object and every miss, for reports and debugging."""
    understanding = OfflineUnderstanding()
    right = dict.fromkeys(FIELDS, 0)
    seen = dict.fromkeys(FIELDS, 0)
    misses: list[Miss] = []
    for line in cases.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        extraction = understanding.extract(case["text"], case.get("kind"))
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
    return {"fields": fields, "overall": overall}, misses


def run_extraction_eval(cases: Path) -> dict[str, Any]:
    """Return {"fields": {name: {"accuracy", "n"}}, "overall"} for the cases in a JSONL file."""
    result, _ = score_cases(cases)
    return result


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
