"""Hindi names of the data the bot shows: trades, places, languages and pay units.

A name written by hand in data/hindi_names.tsv wins; any other name is shown word by word, each word as
the same file spells it in Devanagari or else transliterated (never left in Latin letters), so a Hindi
reader never meets English in the middle of a Hindi reply.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import Literal

from understanding.script import has_indic, indic_to_devanagari, to_devanagari
from understanding.text import fold

NameKind = Literal["trade", "place", "language", "unit"]
_FILE = "hindi_names.tsv"
_WORD = "word"
_LATIN_WORD = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
# Upper-case letters in a trade name are an abbreviation people write as it is ("AC", "CCTV", "JCB").
_ABBREVIATION = re.compile(r"[A-Z0-9]{2,}")


class HindiNames:
    """Knows the hand-written Hindi names and spells every other name in Devanagari."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], str] = {}
        self._stored: dict[tuple[str, str], str] = {}  # (kind, Hindi) -> the name as stored
        with resources.files("understanding.data").joinpath(_FILE).open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if len(row) >= 3 and not row[0].startswith("#"):
                    self._names[row[0], fold(row[1])] = row[2]
                    self._stored.setdefault((row[0], row[2]), row[1])

    def written(self, kind: NameKind, name: str) -> str | None:
        """Return the hand-written Hindi name, or None when the file has none."""
        return self._names.get((kind, fold(name)))

    def stored(self, kind: NameKind, hindi: str) -> str | None:
        """Return the name a Hindi name stands for ("ऑडियो" -> "audio"), or None."""
        return self._stored.get((kind, hindi))

    def name(self, kind: NameKind, name: str) -> str:
        """Return the Hindi name of a stored name: hand-written, else word by word in Devanagari."""
        written = self.written(kind, name)
        if written is not None:
            return written
        if has_indic(name):
            return indic_to_devanagari(name)
        # Trade names are English words; places and the rest are Indian names spelled in Latin letters.
        english = kind == "trade"
        return _LATIN_WORD.sub(lambda match: self._word(match.group(), english=english), name)

    def _word(self, word: str, *, english: bool) -> str:
        if _ABBREVIATION.fullmatch(word):
            return word
        low = word.lower()
        # "officers", "drivers": a plural is spelled as its listed singular, as Hindi does ("ड्राइवर").
        listed = self._names.get((_WORD, low)) or self._names.get((_WORD, low.removesuffix("s")))
        return listed or to_devanagari(word, english=english)


@cache
def get_hindi_names() -> HindiNames:
    """Return the process-wide table of Hindi names (read once)."""
    return HindiNames()
