"""One table for converting time pay between hour, day, week and month (data/pay_units.json)."""

from __future__ import annotations

import json
from fractions import Fraction
from functools import cache
from importlib import resources


@cache
def hours_per_unit() -> dict[str, Fraction]:
    """Return the working hours in one unit of time pay ("day" -> 8)."""
    text = resources.files("understanding.data").joinpath("pay_units.json").read_text(encoding="utf-8")
    return {unit: Fraction(hours) for unit, hours in json.loads(text)["hours"].items()}


def convert(amount: float, unit: str, to_unit: str) -> float | None:
    """Return an amount per ``unit`` expressed per ``to_unit``; None unless both are time units."""
    hours = hours_per_unit()
    if unit not in hours or to_unit not in hours:
        return None
    return float(Fraction(str(amount)) / hours[unit] * hours[to_unit])
