"""The word lists the extractors and the dialogue share, loaded once from data/lexicon.json."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from understanding.text import alternation


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


@cache
def _phrases(key: str, whole: bool) -> re.Pattern[str]:
    words = alternation(_lookup(key))
    if whole:
        return re.compile(r"^\s*(?:" + words + r")\s*[.!।]*\s*$", re.IGNORECASE)
    return re.compile(r"(?<![^\W_])(?:" + words + r")(?![^\W_])", re.IGNORECASE)


def _lookup(key: str) -> list[str]:
    """Return the phrases under a key; "a.b" reads the list b inside the mapping a."""
    value: Any = lexicon()
    for part in key.split("."):
        value = value[part]
    return list(value)


def mentions(key: str, text: str) -> bool:
    """Tell whether the text uses any phrase listed under the key, as whole words."""
    return _phrases(key, False).search(unicodedata.normalize("NFKC", text)) is not None


def says_only(key: str, text: str) -> bool:
    """Tell whether the whole message is one phrase listed under the key ("skip", "ruko!")."""
    return _phrases(key, True).match(unicodedata.normalize("NFKC", text)) is not None
