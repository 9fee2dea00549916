"""Wall-clock rules of alerts: when a digest is due and when instant alerts must wait (quiet hours)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

# Weekly digests go out on Sundays, the day most workers plan their week.
WEEKLY_WEEKDAY = 6  # datetime.weekday(): Monday is 0
WEEKLY_CRON_DAY = "sun"
QUIET_START = time(21, 0)
QUIET_END = time(8, 0)


def parse_hhmm(value: str) -> time:
    """Read "HH:MM" (24-hour) into a time; raise ValueError on anything else."""
    hours, _, minutes = value.partition(":")
    return time(int(hours), int(minutes))


def latest_occurrence(mode: str, at: str, now: float, zone: ZoneInfo) -> float:
    """Return the most recent scheduled digest moment at or before ``now`` (epoch seconds)."""
    local_now = datetime.fromtimestamp(now, zone)
    slot = parse_hhmm(at)
    candidate = datetime.combine(local_now.date(), slot, tzinfo=zone)
    if candidate > local_now:
        candidate -= timedelta(days=1)
    if mode == "weekly":
        candidate -= timedelta(days=(candidate.weekday() - WEEKLY_WEEKDAY) % 7)
    return candidate.timestamp()


def in_quiet_hours(now: float, zone: ZoneInfo) -> bool:
    """Say whether it is between 21:00 and 08:00 in the bot's timezone."""
    local = datetime.fromtimestamp(now, zone).time()
    return local >= QUIET_START or local < QUIET_END


def quiet_hours_end(now: float, zone: ZoneInfo) -> float:
    """Return the next 08:00 after ``now`` (epoch seconds)."""
    local_now = datetime.fromtimestamp(now, zone)
    morning = datetime.combine(local_now.date(), QUIET_END, tzinfo=zone)
    if morning <= local_now:
        morning += timedelta(days=1)
    return morning.timestamp()
