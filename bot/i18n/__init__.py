"""Message catalogs: every text the bot sends, in English and Hindi."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी"}
DEFAULT_LANGUAGE = "en"
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@cache
def _catalog(language: str) -> dict[str, str]:
    text = resources.files("bot.i18n").joinpath(f"{language}.json").read_text(encoding="utf-8")
    catalog: dict[str, str] = json.loads(text)
    return catalog


def translate(language: str, key: str, /, **params: object) -> str:
    """Return the catalog text for ``key`` in ``language``, falling back to English."""
    template = _catalog(language).get(key) if language in LANGUAGES else None
    if template is None:
        template = _catalog(DEFAULT_LANGUAGE)[key]
    return template.format(**params) if params else template


def catalog_keys(language: str) -> set[str]:
    """Return the keys a catalog defines, so tests can prove the catalogs are complete."""
    return set(_catalog(language))


def guess_language(text: str, language_code: str | None) -> str | None:
    """Guess the reply language from the script the user writes in, else Telegram's language_code."""
    if _DEVANAGARI.search(text):
        return "hi"
    if language_code:
        code = language_code.split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return None
