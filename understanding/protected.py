"""Removal of protected attributes (gender, religion, caste, age, marital status) from text."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

_KEEP_PREFIX_GROUP = "age_after_introduction"


@cache
def _data() -> dict[str, Any]:
    text = resources.files("understanding.data").joinpath("protected.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@cache
def _statements() -> re.Pattern[str]:
    patterns = [
        p
        for key, group in _data().items()
        if not key.startswith("_") and key != _KEEP_PREFIX_GROUP
        for p in group
    ]
    return re.compile("|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)), re.IGNORECASE)


@cache
def _after_introduction() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in _data()[_KEEP_PREFIX_GROUP]]


def redact_protected(text: str) -> str:
    """Return text with every statement of gender, religion, caste, age or marital status removed."""
    for pattern in _after_introduction():
        text = pattern.sub(r"\1 ", text)  # keep "I am Meera", drop ", 61"
    return _statements().sub(" ", text)
