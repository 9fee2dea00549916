"""`gigmatch stats`: posts, applications, shortlists, hires and paid confirmations per day and per trade."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from core.settings import Settings
from core.store import Store

KINDS = ("posts", "applications", "shortlists", "hires", "paid")


@dataclass
class Stats:
    """Counts of each kind of event, per local day and per trade of the gig, and in all."""

    by_day: dict[str, dict[str, int]] = field(default_factory=dict)
    by_trade: dict[str, dict[str, int]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


def tally(events: Iterable[tuple[str, float, str]], zone: ZoneInfo, since_day: str | None = None) -> Stats:
    """Count (kind, epoch seconds, trade) events by the day they happened in ``zone`` and by trade."""
    days: defaultdict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(KINDS, 0))
    trades: defaultdict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(KINDS, 0))
    stats = Stats()
    for kind, at, trade in events:
        day = datetime.fromtimestamp(at, zone).date().isoformat()
        if since_day is not None and day < since_day:
            continue
        days[day][kind] += 1
        trades[trade][kind] += 1
        stats.totals[kind] += 1
    stats.by_day = dict(sorted(days.items()))
    stats.by_trade = dict(sorted(trades.items(), key=lambda item: (-item[1]["posts"], item[0])))
    return stats


def render_table(stats: Stats, zone: str) -> str:
    """Lay the counts out as two plain-text tables: per day, then per trade, each with its total."""
    sections = [
        _table(f"day ({zone})", stats.by_day, stats.totals),
        _table("trade", stats.by_trade, stats.totals),
    ]
    return "\n\n".join(sections)


def _table(heading: str, rows: dict[str, dict[str, int]], totals: dict[str, int]) -> str:
    width = max([len(heading), len("total"), *(len(name) for name in rows)])
    lines = [f"{heading:<{width}}  " + "  ".join(f"{kind:>12}" for kind in KINDS)]
    for name, counts in [*rows.items(), ("total", totals)]:
        lines.append(f"{name:<{width}}  " + "  ".join(f"{counts[kind]:>12}" for kind in KINDS))
    return "\n".join(lines)


async def run_stats(settings: Settings, *, as_json: bool, since_day: str | None) -> int:
    """Print the operators' counts from SQLite; returns the exit code."""
    if since_day is not None and not _is_day(since_day):
        print(f"--since wants a day as YYYY-MM-DD, like 2026-12-01; got {since_day!r}")
        return 2
    if not settings.database_path.is_file():
        print(f"no database at {settings.database_path}: nothing has happened yet")
        return 2
    store = Store(settings.database_path)
    await store.initialize()
    try:
        events = await store.activity()
    finally:
        await store.shutdown()
    stats = tally(events, ZoneInfo(settings.timezone), since_day)
    if as_json:
        print(json.dumps({"days": stats.by_day, "trades": stats.by_trade, "totals": stats.totals}))
    else:
        print(render_table(stats, settings.timezone))
    return 0


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == len("2026-12-01")
