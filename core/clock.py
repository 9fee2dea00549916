"""The one source of the current time for the dialogue and the understanding; tests pin it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    """Tell the time: seconds since the epoch, and the date somewhere."""

    def now(self) -> float:
        """Return the current time as a Unix timestamp."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> float:
        """Return the machine's current time."""
        return time.time()


@dataclass
class FixedClock:
    """A clock that stays where a test put it until the test moves it."""

    at: float

    def now(self) -> float:
        """Return the pinned time."""
        return self.at

    def advance(self, seconds: float) -> None:
        """Move the pinned time forward."""
        self.at += seconds


def today(clock: Clock, timezone: str) -> date:
    """Return the clock's date in a timezone."""
    return datetime.fromtimestamp(clock.now(), ZoneInfo(timezone)).date()


def current_year(clock: Clock) -> int:
    """Return the clock's year (in UTC: a year boundary a few hours off changes no experience count)."""
    return datetime.fromtimestamp(clock.now(), ZoneInfo("UTC")).year
