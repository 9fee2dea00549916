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


@cache
def _requirements() -> re.Pattern[str]:
    text = (
        resources.files("understanding.data")
        .joinpath("protected_requirements.json")
        .read_text(encoding="utf-8")
    )
    groups: dict[str, list[str]] = json.loads(text)
    patterns = [p for key, group in groups.items() if not key.startswith("_") for p in group]
    return re.compile("|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)), re.IGNORECASE)


def protected_requirements(text: str) -> list[str]:
    """Return the requirements that filter people by gender, religion, caste, age or marital status."""
    return list(dict.fromkeys(match.group().strip() for match in _requirements().finditer(text)))


def drop_protected_requirements(text: str) -> str:
    """Return the post without those requirements, tidying the punctuation left behind."""
    dropped = _requirements().sub(" ", text)
    dropped = re.sub(r"\s+([,.;!?।])", r"\1", dropped)
    dropped = re.sub(r"([,;])(?:\s*[,;])+", r"\1", dropped)
    return re.sub(r"[ \t]{2,}", " ", dropped).strip(" ,;")


def redact_protected(text: str) -> str:
    """Return text with every statement of gender, religion, caste, age or marital status removed."""
    for pattern in _after_introduction():
        text = pattern.sub(r"\1 ", text)  # keep "I am Meera", drop ", 61"
    return _statements().sub(" ", text)


def volunteers_protected(text: str) -> bool:
    """Tell whether the text states the writer's gender, religion, caste, age or marital status."""
    return redact_protected(text) != text
