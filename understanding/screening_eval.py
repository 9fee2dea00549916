"""The screening benchmark: each case is read and screened exactly as a posted gig, then scored by label."""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from core.settings import Settings
from understanding.base import build_understanding
from understanding.screening import GigScreener


@dataclass(frozen=True, slots=True)
class Verdict:
    """What screening decided about one case."""

    case_id: str
    held: bool
    codes: list[str]
    seconds: float  # screening alone, in its worker thread, as the bot runs it


def _cases(path: Path) -> list[dict[str, Any]]:
    """Read {"id","text", ...} JSONL, skipping blank lines."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


async def screen_cases(cases: list[dict[str, Any]], settings: Settings) -> list[Verdict]:
    """Understand each text as a gig post and screen it with the bot's own screener."""
    understanding = build_understanding(settings)
    screener = GigScreener(settings.wage_floor_day)
    verdicts = []
    for number, case in enumerate(cases):
        text = str(case["text"])
        extraction = await understanding.extract(text, "gig")
        started = time.perf_counter()
        screening = await screener.screen_async(text, extraction)
        seconds = time.perf_counter() - started
        verdicts.append(
            Verdict(str(case.get("id", number)), screening.scam, list(screening.reason_codes), seconds)
        )
    return verdicts


def _share(held: int, total: int) -> float | None:
    return round(held / total, 4) if total else None


def score(cases: list[dict[str, Any]], verdicts: list[Verdict]) -> dict[str, Any]:
    """Return held counts overall and per typology and script for the labelled cases."""
    groups: dict[str, dict[str, list[int]]] = {"typology": defaultdict(lambda: [0, 0])}
    groups["script"] = defaultdict(lambda: [0, 0])
    totals = {"scam": [0, 0], "honest": [0, 0]}
    missed, false_holds = [], []
    for case, verdict in zip(cases, verdicts, strict=True):
        if "scam" not in case:
            continue
        kind = "scam" if case["scam"] else "honest"
        totals[kind][0] += verdict.held
        totals[kind][1] += 1
        for field, counts in groups.items():
            key = f"{kind}:{case.get(field) or 'unlabelled'}"
            counts[key][0] += verdict.held
            counts[key][1] += 1
        if kind == "scam" and not verdict.held:
            missed.append(verdict.case_id)
        if kind == "honest" and verdict.held:
            false_holds.append({"id": verdict.case_id, "codes": verdict.codes})
    times = sorted(verdict.seconds * 1000 for verdict in verdicts)
    return {
        "cases": len(cases),
        "ms_median": round(statistics.median(times), 1) if times else None,
        "ms_p95": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1) if times else None,
        "labelled": totals["scam"][1] + totals["honest"][1],
        "scams": totals["scam"][1],
        "scams_held": totals["scam"][0],
        "scams_held_share": _share(*totals["scam"]),
        "honest": totals["honest"][1],
        "honest_held": totals["honest"][0],
        "honest_held_share": _share(*totals["honest"]),
        **{
            f"by_{field}": {key: {"held": h, "n": n} for key, (h, n) in sorted(counts.items())}
            for field, counts in groups.items()
        },
        "missed_scams": missed,
        "held_honest": false_holds,
    }


def write_runs(path: Path, verdicts: list[Verdict]) -> None:
    """Write `<id>\\t<held|published>\\t<reason codes>` per case."""
    lines = [f"{v.case_id}\t{'held' if v.held else 'published'}\t{','.join(v.codes)}" for v in verdicts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_screening_report(result: dict[str, Any]) -> None:
    """Print scams held and honest posts held, overall and per typology and script."""
    console = Console()
    console.print(f"screening time per post: median {result['ms_median']} ms, p95 {result['ms_p95']} ms")
    if not result["labelled"]:
        console.print(f"screened {result['cases']} cases (no labels: see --runs for verdicts)")
        return
    console.print(
        f"scams held: {result['scams_held']}/{result['scams']} ({result['scams_held_share'] or 0:.1%})   "
        f"honest held: {result['honest_held']}/{result['honest']} ({result['honest_held_share'] or 0:.1%})"
    )
    for field in ("typology", "script"):
        table = Table(title=f"held by {field}")
        table.add_column("label · " + field)
        table.add_column("held", justify="right")
        table.add_column("n", justify="right")
        for key, counts in result[f"by_{field}"].items():
            table.add_row(key, str(counts["held"]), str(counts["n"]))
        console.print(table)
    if result["missed_scams"]:
        console.print("missed scams: " + ", ".join(result["missed_scams"]))
    if result["held_honest"]:
        console.print(
            "honest posts held: "
            + ", ".join(f"{h['id']} ({','.join(h['codes'])})" for h in result["held_honest"])
        )


async def run_screening_eval(path: Path, settings: Settings) -> tuple[dict[str, Any], list[Verdict]]:
    """Screen every case of a JSONL file and score it."""
    cases = _cases(path)
    verdicts = await screen_cases(cases, settings)
    return score(cases, verdicts), verdicts
