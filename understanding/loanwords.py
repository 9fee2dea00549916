"""Trades named by English loanwords in an Indian script, read back as English ("ഡയാലിസിസ് ടെക്നീഷ്യൻ").

Modern trades are named with English words in every Indian language, often several of them; the sound index
of trade labels knows whole labels only. Here each word is read back on its own: its romanised consonants
(`script.sound_key`) give the English words of that sound (english_words.tsv), the vowels narrow them down,
and the encoder picks the one that means the same, which it must do closely: sound alone meets ordinary
words ("गाड़ी" sounds like "guard"). A phrase is read only up to a trade noun ("technician", "operator"),
so only a few words of a message are asked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from understanding.script import romanise, sound_class_spelling, sound_key
from understanding.text import edit_distance
from understanding.trades import Encoder

WORDS_FILE = "english_words.tsv"
# e5-small cosine of a word in an Indian script and its English source: "मेडिकल"/medical 0.96,
# "ক্রেন"/crane 0.90, "ରିପେୟାର"/repair 0.88; of a native word and an English word of the same sound:
# "गाड़ी"/god 0.84, "वाला"/wall 0.87. Read off these pairs, not tuned on an evaluation set.
SAME_WORD_THRESHOLD = 0.87
# The same cosine of a whole Indian-script trade name and the English name it sounds like is lower, ending
# and all ("ప్లంబర్"/plumber 0.83); of 845 sound readings of the training pool's Indian-script cases, none
# read right fell under this and 146 wrong ones did ("রবিবার ছুটি" Sunday off/rubber tapping 0.76).
SOUNDED_NAME_THRESHOLD = 0.82
MAX_MODIFIERS = 2  # "dialysis" technician, "granite polishing" operator
_MIN_KEY = 3  # a shorter sound ("kt") is the sound of too many words
_CANDIDATES = 4  # English words of one sound asked about
_MAX_VOWEL_DISTANCE = 2
_CLOSE_VOWELS = 1  # vowels are written loosely either way: this near counts as the same
_LATIN_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class LoanPhrase:
    """English words read back from a run of Indian-script words that ends in a trade noun."""

    first: int  # the token positions the phrase covers
    last: int
    english: str


@cache
def _english_by_sound() -> dict[str, tuple[str, ...]]:
    """Return, per sound key, the English words with that sound, most wanted first."""
    by_sound: dict[str, list[str]] = {}
    with resources.files("understanding.data").joinpath(WORDS_FILE).open(encoding="utf-8") as handle:
        for line in handle:
            word = line.strip()
            if word and not word.startswith("#") and len(key := sound_key(word)) >= _MIN_KEY:
                by_sound.setdefault(key, []).append(word)
    return {key: tuple(words) for key, words in by_sound.items()}


class LoanwordReader:
    """Reads the English trade phrases an Indian-script text borrows."""

    def __init__(self, encoder: Encoder, trade_nouns: Iterable[str]) -> None:
        self._encoder = encoder
        self._trade_nouns = frozenset(trade_nouns)

    def _candidates(self, word: str) -> list[str]:
        """Return the English words an Indian-script word may write, the most wanted of the nearest first."""
        latin = romanise(word)
        if not _LATIN_WORD.fullmatch(latin):
            return []
        spelling = sound_class_spelling(latin)
        near = sorted(
            (distance > _CLOSE_VOWELS, rank, english)
            # the word list is read on the first Indian-script text that needs it, not at start-up
            for rank, english in enumerate(_english_by_sound().get(sound_key(latin), ()))
            if (distance := edit_distance(spelling, sound_class_spelling(english), _MAX_VOWEL_DISTANCE))
            <= _MAX_VOWEL_DISTANCE
        )
        return [english for _, _, english in near[:_CANDIDATES]]

    def trade_phrases(self, words: list[str | None]) -> list[LoanPhrase]:
        """Return the English trade phrases of several words that runs of Indian-script words write.

        `words` holds each token, or None where it is no Indian-script word to read.
        """
        candidates = [self._candidates(word) if word else [] for word in words]
        heads = {i for i, found in enumerate(candidates) if self._trade_nouns.intersection(found)}
        spans = []
        for head in sorted(heads):
            first = head
            while first > 0 and head - first < MAX_MODIFIERS and candidates[first - 1]:
                first -= 1
            if first < head:
                spans.append((first, head))
        if not spans:
            return []
        asked = {i: words[i] or "" for first, head in spans for i in range(first, head + 1)}
        choices = {i: [c for c in candidates[i] if i not in heads or c in self._trade_nouns] for i in asked}
        read = self._read(asked, choices)
        phrases = []
        for first, head in spans:
            start = head
            while start > first and read.get(start - 1) is not None:
                start -= 1
            if read.get(head) is not None and start < head:
                english = " ".join(str(read[i]) for i in range(start, head + 1))
                phrases.append(LoanPhrase(start, head, english))
        return phrases

    def sound_alike(self, spoken: list[tuple[str, str, str, str]]) -> list[bool]:
        """Tell, per (Indian-script words, their romanisation, a name's sound, the name), whether the words
        say that name: the vowels heard nearly the same and the meaning close, in one encoder call.

        Consonants alone meet ordinary words and towns with an ending on ("కాకినాడలో" in Kakinada, kundli).
        """
        if not spoken:
            return []
        texts = list(dict.fromkeys(text for native, _, _, name in spoken for text in (native, name)))
        vectors = self._encoder.queries(texts)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        row = {text: i for i, text in enumerate(texts)}
        return [
            _vowels_near(latin, sound)
            and float(vectors[row[native]] @ vectors[row[name]]) >= SOUNDED_NAME_THRESHOLD
            for native, latin, sound, name in spoken
        ]

    def _read(self, words: dict[int, str], choices: dict[int, list[str]]) -> dict[int, str | None]:
        """Return, per position, the choice that means what the word means, or None: one encoder call."""
        texts = list(dict.fromkeys([*words.values(), *(c for found in choices.values() for c in found)]))
        vectors = self._encoder.queries(texts)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        row = {text: i for i, text in enumerate(texts)}
        read: dict[int, str | None] = {}
        for i, word in words.items():
            scores = [float(vectors[row[word]] @ vectors[row[choice]]) for choice in choices[i]]
            best = int(np.argmax(scores)) if scores else -1
            read[i] = choices[i][best] if scores and scores[best] >= SAME_WORD_THRESHOLD else None
        return read


def _vowels_near(latin: str, sound: str) -> bool:
    """Tell whether romanised words and a name of their consonants also sound alike in their vowels,
    within _MAX_VOWEL_DISTANCE a word ("phorkalipht opretr"/"forklift operator")."""
    limit = _MAX_VOWEL_DISTANCE * len(sound.split())
    heard, said = (sound_class_spelling(text.replace(" ", "").lower()) for text in (latin, sound))
    return edit_distance(heard, said, limit) <= limit
