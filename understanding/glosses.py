"""Plain English for the everyday words Indian languages describe work with ("काटने" -> cut).

People often say what they do rather than name a trade: "बाल काटने और दाढ़ी बनाने का काम", "ഞാൻ റബ്ബർ
വെട്ടും". The encoder links such Indian-script clauses poorly and English ones well, so a clause is read
word by word into English ("hair cut beard make") and that is linked by meaning, as an English clause is.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from understanding.text import phrase_key, stems

GLOSSES_FILE = "work_glosses.tsv"
_MAX_ENDING = 4  # "काटने" cut, "വെട്ടാൻ" to cut: the glossary holds stems and the common forms
_MIN_STEM = 2


class WorkGlossary:
    """Reads the work words of a text in plain English."""

    def __init__(self) -> None:
        self._glosses = _glosses()

    def gloss(self, word: str) -> str | None:
        """Return the English of a folded Indian-script word, also with an ending on, or None."""
        found = self._glosses.get(word)
        if found is not None or word.isascii():
            return found
        return next(
            (self._glosses[stem] for stem in stems(word, _MAX_ENDING, _MIN_STEM) if stem in self._glosses),
            None,
        )


@cache
def _glosses() -> dict[str, str]:
    """Read the glossary's Indian-script words (folded) with the first English given for each."""
    glosses: dict[str, str] = {}
    with resources.files("understanding.data").joinpath(GLOSSES_FILE).open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) == 3 and not row[0].startswith("#") and not row[0].endswith("-Latn"):
                key = phrase_key(row[1])
                if len(key) == 1:
                    glosses.setdefault(key[0], row[2])
    return glosses
