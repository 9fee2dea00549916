"""The word lists the extractors share, loaded once from data/lexicon.json."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib import resources
from typing import Any


def _nfkc(value: Any) -> Any:
    """Return value with every string in NFKC, the form normalise() gives message text ("ज़" -> "ज़")."""
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value)
    if isinstance(value, list):
        return [_nfkc(item) for item in value]
    if isinstance(value, dict):
        return {_nfkc(key): _nfkc(item) for key, item in value.items()}
    return value


@cache
def lexicon() -> dict[str, Any]:
    """Return the shared word lists (days, pay units, cues, languages ...)."""
    return _nfkc(
        json.loads(resources.files("understanding.data").joinpath("lexicon.json").read_text(encoding="utf-8"))
    )
