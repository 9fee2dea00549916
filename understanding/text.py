"""Text normalisation and tokenisation shared by every extractor."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

# Messages longer than this are cut: nobody describes a job in more, and it bounds the cost per message.
MAX_CHARS = 6000


class _DigitFolding(dict[int, str]):
    """A translate() table, filled on demand: every decimal digit of any script becomes ASCII.

    Circled, superscript and other non-decimal number signs ("①", "²") become a space: NFKC would
    turn them into digits, and nobody writes a wage that way.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isascii():
            folded = char
        elif char.isdecimal():
            folded = str(unicodedata.digit(char))
        elif unicodedata.category(char) == "No":
            folded = " "
        else:
            folded = char
        self[code] = folded
        return folded


_DIGITS = _DigitFolding()
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_SECTOR = re.compile(r"\bsec(?:tor)?\.?\s*-?\s*(\d)", re.IGNORECASE)
# A word: letters or digits of any script, with the combining marks Indic scripts need.
_TOKEN = re.compile(
    r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0DFF\u200c\u200d])+(?:['’.](?:[^\W_]|[\u0900-\u0DFF])+)*"
)


def normalise(text: str) -> str:
    """Return text in NFKC with ASCII digits, no control bytes, 'sec 22' spelled 'sector 22'."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS].translate(_DIGITS))
    text = _CONTROL.sub(" ", text)
    return _SECTOR.sub(r"Sector \1", text)


_NUKTA = "\u093c"  # ज़ and ज are one letter to most writers: "गाज़ियाबाद" = "गाजियाबाद"


def fold(text: str) -> str:
    """Return a lower-case form with Latin accents and the Devanagari nukta removed, for matching."""
    lowered = text.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered).replace(_NUKTA, "")
    stripped = "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and ord(ch) < 0x0900))
    return unicodedata.normalize("NFC", stripped)


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a message with its place in the normalised text."""

    text: str  # folded
    raw: str  # as written
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split normalised text into folded word tokens with offsets."""
    return [Token(fold(m.group()), m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def stems(word: str, longest_ending: int, shortest_stem: int) -> list[str]:
    """Return a word's stems with up to longest_ending letters cut off, longest stem first.

    Indian languages join case, plural and verb endings to the word ("वेल्डरों", "വെട്ടാൻ"); a word list
    holds the bare forms.
    """
    longest_cut = min(longest_ending, len(word) - shortest_stem)
    return [word[:-cut] for cut in range(1, longest_cut + 1)]


@cache
def phrase_key(phrase: str) -> tuple[str, ...]:
    """Return the token tuple a vocabulary phrase matches."""
    return tuple(token.text for token in tokenize(normalise(phrase)))


def contains_phrase(folded_text: str, phrase: str) -> bool:
    """Tell whether a folded phrase occurs in folded text on word boundaries."""
    return _phrase_regex(phrase).search(folded_text) is not None


@cache
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    left = r"(?<![^\W_])" if phrase[:1].isalnum() else ""
    right = r"(?![^\W_])" if phrase[-1:].isalnum() else ""
    return re.compile(left + re.escape(phrase) + right)


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Return a regex alternation of phrases, longest first, escaped."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


_VOWELS = frozenset("aeiouy")


def typo_cost(x: str, y: str) -> int:
    """Return the cost of writing y for x: vowels swap cheaply ("carpanter"), other letters do not.

    People misspell vowels and drop or double letters; a changed consonant is usually another word
    ("wedding" is not "welding", "printer" is not "painter").
    """
    if x == y:
        return 0
    return 1 if x in _VOWELS and y in _VOWELS else 2


def edit_distance(a: str, b: str, limit: int, substitution: Callable[[str, str], int] | None = None) -> int:
    """Return the optimal-string-alignment distance of a and b, or limit + 1 when it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if substitution is None:
                cost = 0 if a[i - 1] == b[j - 1] else 1
            else:
                cost = substitution(a[i - 1], b[j - 1])
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def deletions(word: str, depth: int) -> set[str]:
    """Return every string reachable from word by deleting up to depth characters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found
