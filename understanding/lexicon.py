"""The word lists the extractors share, loaded once from data/lexicon.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """Return the shared word lists (days, pay units, cues, languages ...)."""
    return json.loads(
        resources.files("understanding.data").joinpath("lexicon.json").read_text(encoding="utf-8")
    )
