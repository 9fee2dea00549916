"""Where a worker who was not paid can call: a labour helpline per state, else the national one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from understanding.gazetteer import get_gazetteer


@dataclass(frozen=True)
class Helpline:
    name: str
    number: str


@cache
def _helplines() -> tuple[Helpline | None, dict[str, Helpline]]:
    data = json.loads(
        resources.files("understanding.data").joinpath("helplines.json").read_text(encoding="utf-8")
    )
    national = data.get("national")
    states = {state: Helpline(entry["name"], entry["number"]) for state, entry in data["states"].items()}
    return (Helpline(national["name"], national["number"]) if national else None), states


def helpline_for(city: str | None) -> Helpline | None:
    """Return the helpline of the city's state (data/helplines.json), else the national one, if any."""
    national, states = _helplines()
    state = get_gazetteer().state_of(city) if city else None
    return states.get(state or "", national)
