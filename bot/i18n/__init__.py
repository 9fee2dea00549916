"""Message catalogs: every text the bot sends, in English, Hindi and Hinglish (Hindi in Latin letters)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from understanding.names import NameKind, get_hindi_names
from understanding.script import has_indic, romanise

LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी", "hi-Latn": "Hinglish"}
DEFAULT_LANGUAGE = "en"
HINDI = "hi"
_CATALOG_FILES = {"en": "en.json", "hi": "hi.json", "hi-Latn": "hinglish.json"}
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_LATIN_WORD = re.compile(r"[a-z]+")
# A short message carries few words: one Hinglish word and no English one is enough there.
_SHORT_MESSAGE_WORDS = 3


@cache
def _catalog(language: str) -> dict[str, str]:
    text = resources.files("bot.i18n").joinpath(_CATALOG_FILES[language]).read_text(encoding="utf-8")
    catalog: dict[str, str] = json.loads(text)
    return catalog


@cache
def _language_words() -> dict[str, frozenset[str]]:
    text = resources.files("bot.i18n").joinpath("language_words.json").read_text(encoding="utf-8")
    table = json.loads(text).items()
    return {language: frozenset(words) for language, words in table if not language.startswith("_")}


def translate(language: str, key: str, /, **params: object) -> str:
    """Return the catalog text for ``key`` in ``language``, falling back to English."""
    template = _catalog(language).get(key) if language in LANGUAGES else None
    if template is None:
        template = _catalog(DEFAULT_LANGUAGE)[key]
    return template.format(**params) if params else template


def catalog_keys(language: str) -> set[str]:
    """Return the keys a catalog defines, so tests can prove the catalogs are complete."""
    return set(_catalog(language))


def data_name(language: str, kind: NameKind, name: str) -> str:
    """Return a trade, place, language or unit name in the reply's script: Devanagari in Hindi, else Latin."""
    hindi_names = get_hindi_names()
    if language == HINDI:
        return hindi_names.name(kind, name)
    if not has_indic(name):
        return name
    return hindi_names.stored(kind, name) or romanise(name)


def guess_language(text: str, language_code: str | None) -> str | None:
    """Guess the reply language from how the user writes (script, Hinglish words), else Telegram's code."""
    if _DEVANAGARI.search(text):
        return "hi"
    words = _LATIN_WORD.findall(text.lower())
    vocabulary = _language_words()
    hinglish = sum(word in vocabulary["hi-Latn"] for word in words)
    english = sum(word in vocabulary["en"] for word in words)
    if hinglish > english and (hinglish >= 2 or len(words) <= _SHORT_MESSAGE_WORDS):
        return "hi-Latn"
    if english and english >= hinglish:
        return "en"
    if language_code:
        code = language_code.split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return None
