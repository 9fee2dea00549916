"""Trades by meaning: every taxonomy skill and ESCO occupation as a vector, and linking text to them.

The hand taxonomy (taxonomy.json + skill_families_extra.json, with the Indian-language synonyms of
skill_synonyms.tsv as extra labels) says how trades relate for matching; ESCO's ~3,600 occupations make
the vocabulary open. A phrase in any script the encoder reads is linked to its nearest entry when the two
mean the same closely enough. An ESCO occupation that means the same as a taxonomy skill takes that
skill's family, so "domestic electrician" and "house wiring" meet; any other occupation's family is the
ISCO-08 unit group it sits nearest to ("credit risk analyst" and "credit adviser" are both "Credit and
loans officers"), so related occupations meet and unrelated ones never do. ISCO groups are families only:
no phrase links to one.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

from understanding.encoder import ENCODER_NAME, shared_e5
from understanding.lexicon import lexicon
from understanding.script import sound_key
from understanding.skills import Relation, get_skill_vocabulary
from understanding.text import fold, phrase_key, stems

log = logging.getLogger(__name__)

DATA_DIR = Path(str(resources.files("understanding.data")))
ESCO_FILE = "esco_occupations.tsv"
VECTORS_FILE = "trade_vectors.npz"
ESCO_PREFIX = "esco:"
ISCO_PREFIX = "isco:"  # ESCO's file also lists the ISCO-08 groups occupations belong to ("C2264")
SKILL_PREFIX = "skill:"
_ISCO_UNIT_GROUP_DIGITS = 4
_SURFACES_PER_SKILL = 6

# Cosine similarities of multilingual-e5-small between short labels. LINK_THRESHOLD was chosen on the dev
# set and the first fresh set (tests/data/extract_fresh1.jsonl), never on a sealed set; the other two were
# set by reading pairs near them, not measured.
LINK_THRESHOLD = 0.895  # a phrase names an entry
# When nothing else in a message names a trade, its clauses are linked a little more loosely: on the
# training pool (dev and extract_fresh1-8) 0.88 read six more trades right and lost none, 0.87 lost one. A
# single word still needs LINK_THRESHOLD (offline._loose_ok).
LAST_RESORT_LINK_THRESHOLD = 0.88
SAME_TRADE_THRESHOLD = 0.92  # an ESCO occupation is the same trade as a taxonomy skill
RELATED_THRESHOLD = 0.90  # two phrases name related trades
SAME_PHRASE_THRESHOLD = 0.96  # two phrases name the same trade
# A sound key this short ("trnr") could be many words: a romanised phrase must carry more to be linked.
_MIN_SOUND_KEY = 5
# One word of the hand vocabulary ("prpr", barber) may be shorter than a phrase; ESCO's thousands of
# single-word labels meet ordinary loanwords too often at that length ("sntr": centre, senator).
_MIN_WORD_SOUND_KEY = 4
MAX_SOUND_WORDS = 3
MAX_LABEL_WORDS = 4
# A label word of two to four consonants is initials ("jcb", "cnc", "gnm"), read out letter by letter.
_INITIALS = re.compile(r"[b-df-hj-np-tv-xz]{2,4}")
_MIN_STEM = 6
_MIN_ING_KEY = 3
# Trade words of nine Indian languages: in their scripts, and as people type them in Latin letters.
NATIVE_WORDS_FILES = ("trade_words.tsv", "trade_words_latin.tsv")
MAX_NATIVE_WORDS = 3
# Indian scripts glue plural and case endings to a trade word ("நெசவாளர்கள்" = weavers): this many
# trailing letters may be dropped, keeping a stem at least _MIN_NATIVE_STEM letters long.
_MAX_NATIVE_ENDING = 5
_MIN_NATIVE_STEM = 3
_PARENTHESIS = re.compile(
    r"\s*\([^)]*\)"
)  # "planbing" (plnpn) may be a plumber; a two-consonant word in -in is too short to tell


class Encoder(Protocol):
    """What the vocabulary needs from a sentence encoder."""

    name: str

    def queries(self, texts: list[str]) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class TradeEntry:
    """One trade the vocabulary knows: a taxonomy skill or an ESCO occupation."""

    key: str
    label: str  # what the bot stores and shows
    family: str | None  # taxonomy family (None until an ESCO entry is placed)
    text: str  # what is embedded: the label and the ways people write it

    @property
    def trade_family(self) -> str:
        """Return the family matching filters on: its own label when it has none."""
        return self.family or self.label


@dataclass(frozen=True, slots=True)
class NativeTrade:
    """A trade named in an Indian language: its English phrase, and the entry it names if any."""

    phrase: str
    entry: TradeEntry | None


@dataclass(frozen=True, slots=True)
class SoundMatch:
    """A trade romanised words sound like: the entry, and its label or synonym of that sound."""

    entry: TradeEntry
    spoken: str  # the name as it sounds ("ee see" for "AC")
    name: str


@dataclass(frozen=True, slots=True)
class TradeLink:
    """A phrase linked to an entry, with how sure the link is (cosine similarity)."""

    entry: TradeEntry
    score: float


@cache
def trade_entries() -> tuple[TradeEntry, ...]:
    """Return every entry: taxonomy skills first, then ESCO occupations."""
    vocabulary = get_skill_vocabulary()
    entries = [
        TradeEntry(
            SKILL_PREFIX + skill,
            skill,
            vocabulary.family_of(skill),
            ", ".join(dict.fromkeys([skill, *vocabulary.surfaces(skill)[:_SURFACES_PER_SKILL]])),
        )
        for skill in vocabulary.skills()
    ]
    with (DATA_DIR / ESCO_FILE).open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                is_group = row[0].startswith("C") and row[0][1:].isdigit()
                entries.append(
                    TradeEntry((ISCO_PREFIX if is_group else ESCO_PREFIX) + row[0], row[1], None, row[2])
                )
    return tuple(entries)


class TradeVocabulary:
    """Links phrases to trades by meaning and says how related two trades are."""

    def __init__(self, encoder: Encoder | None = None) -> None:
        self._encoder: Encoder = encoder or shared_e5()
        raw = trade_entries()
        self._vectors = self._load_vectors([entry.text for entry in raw])
        self._entries = self._place_esco(raw)
        self._linkable = np.array([not entry.key.startswith(ISCO_PREFIX) for entry in raw])
        self._by_label = {
            fold(entry.label): i for i, entry in reversed(list(enumerate(self._entries))) if self._linkable[i]
        }
        self._by_sound = self._sound_index()
        self._native = _native_words()
        self._native_entries: dict[str, TradeEntry | None] = {}
        self._by_words = {
            tuple(label.split()): i
            for label, i in self._by_label.items()
            for label in (label, label + "s")
            if len(label.split()) <= MAX_LABEL_WORDS
        }

    def _sound_index(self) -> dict[tuple[str, ...], tuple[int, str, str]]:
        """Index every Latin label and synonym by how it sounds; the taxonomy's claim wins."""
        vocabulary = get_skill_vocabulary()
        index: dict[tuple[str, ...], tuple[int, str, str]] = {}
        for i, entry in reversed(list(enumerate(self._entries))):
            if not self._linkable[i]:
                continue
            names = [entry.label]
            if entry.key.startswith(SKILL_PREFIX):
                names += vocabulary.surfaces(entry.label)
            hand = entry.key.startswith(SKILL_PREFIX)
            spelled = [(spoken, name) for name in names if (spoken := _initials_spelled_out(name))]
            for spoken, name in [*zip(names, names, strict=True), *spelled]:
                key = _sound_phrase(spoken)
                if key is not None and (hand or sum(map(len, key)) >= _MIN_SOUND_KEY):
                    index[key] = (i, spoken, name)
        return index

    @property
    def encoder(self) -> Encoder:
        """Return the sentence encoder the vocabulary's vectors come from."""
        return self._encoder

    def trade_nouns(self) -> frozenset[str]:
        """Return the nouns trade labels end in ("technician", "operator"), and the lexicon's skill heads."""
        linkable = zip(self._entries, self._linkable, strict=True)
        labels = (entry.label.lower().split() for entry, can_link in linkable if can_link)
        words = lexicon()
        ends = {label[-1] for label in labels if label and label[-1].isalpha()}
        return frozenset((ends | set(words["skill_heads"])) - set(words["vague_skill_heads"]))

    def by_words(self, words: list[str]) -> TradeEntry | None:
        """Return the entry these folded words name: a label exactly ("tour guide", "weavers"), or the
        trade a last word in -ing names ("weaving" -> weaver, "tailoring" -> tailor)."""
        index = self._by_words.get(tuple(words))
        last = words[-1] if words else ""
        if index is None and last.endswith("ing") and len(last) > _MIN_STEM:
            for stem in (last[:-3] + "er", last[:-3], last[:-3] + "e" + "r"):
                index = index if index is not None else self._by_words.get((*words[:-1], stem))
        return self._entries[index] if index is not None else None

    def by_sound(self, words: list[str]) -> SoundMatch | None:
        """Return the entry whose label sounds like these romanised words ("aptometrist"), or None; a last
        word in -ing may name the trade's doer or its stem ("planbing" -> plumber, "peinting" -> painter)."""
        key = _sound_phrase(" ".join(words))
        if key is None:
            return None
        keys = [key]
        if words[-1].endswith(("ing", "in")) and len(key[-1]) >= _MIN_ING_KEY and key[-1].endswith("n"):
            keys += [(*key[:-1], key[-1][:-1] + "r"), (*key[:-1], key[-1][:-1])]
        found = next((self._by_sound[k] for k in keys if k in self._by_sound), None)
        if found is None:
            return None
        index, spoken, name = found
        return SoundMatch(self._entries[index], spoken, name)

    def by_native_words(self, words: list[str]) -> NativeTrade | None:
        """Return the trade folded Indian-language words name ("नाई" -> barber), also with an ending on.

        The entry is None when the English phrase names no trade of the vocabulary ("potter"): the
        phrase itself is then the skill.
        """
        phrase = self._native.get(tuple(words))
        if phrase is None and len(words) == 1 and not words[0].isascii():
            cut = stems(words[0], _MAX_NATIVE_ENDING, _MIN_NATIVE_STEM)
            phrase = next((self._native[(stem,)] for stem in cut if (stem,) in self._native), None)
        if phrase is None:
            return None
        if phrase not in self._native_entries:
            self._native_entries[phrase] = self._resolve_vocabulary_phrase(phrase)
        return NativeTrade(phrase, self._native_entries[phrase])

    def _resolve_vocabulary_phrase(self, phrase: str) -> TradeEntry | None:
        """Return the entry a trade-word file's English phrase names: as a whole, or by its head words
        ("handloom weaver" -> weaver), never by a generic head alone ("labourer", "driver")."""
        plain = _PARENTHESIS.sub("", phrase).strip()
        words = plain.split()
        heads = (" ".join(words[first:]) for first in range(1, len(words)))
        skills = get_skill_vocabulary()
        by_head = (self.entry(skills.resolve(head) or head) for head in heads if head not in _generic_heads())
        return self.resolve(plain) or next((entry for entry in by_head if entry is not None), None)

    def _load_vectors(self, texts: list[str]) -> np.ndarray:
        cached: dict[str, np.ndarray] = {}
        path = DATA_DIR / VECTORS_FILE
        if path.exists():
            with np.load(path) as data:
                if str(data["model"]) == self._encoder.name == ENCODER_NAME:
                    cached = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))
        missing = [text for text in dict.fromkeys(texts) if text not in cached]
        if missing:
            # A synonym added since the cache was built: embed it now (python -m understanding.build_trades
            # refreshes the cache so startup stays fast).
            log.info("embedding %d trade labels missing from the vector cache", len(missing))
            cached.update(zip(missing, self._encoder.queries(missing), strict=True))
        matrix = np.asarray([cached[text] for text in texts], dtype=np.float32)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)

    def _place_esco(self, raw: tuple[TradeEntry, ...]) -> list[TradeEntry]:
        """Give each ESCO occupation a family: the taxonomy's if it is the same trade, else its ISCO group."""
        taxonomy = [i for i, entry in enumerate(raw) if entry.key.startswith(SKILL_PREFIX)]
        groups = [
            i
            for i, entry in enumerate(raw)
            if entry.key.startswith(ISCO_PREFIX)
            and len(entry.key) == len(ISCO_PREFIX) + 1 + _ISCO_UNIT_GROUP_DIGITS
        ]
        placed = list(raw)
        occupations = [i for i, entry in enumerate(raw) if entry.family is None]
        if not taxonomy or not groups or not occupations:
            return placed
        to_skill = self._vectors[occupations] @ self._vectors[taxonomy].T
        to_group = self._vectors[occupations] @ self._vectors[groups].T
        vocabulary = get_skill_vocabulary()
        for row, i in enumerate(occupations):
            entry, skill = raw[i], int(np.argmax(to_skill[row]))
            # "barber" is a synonym of the taxonomy's barbering: the label itself says it is that trade
            family = vocabulary.family_of(entry.label)
            if family is None and to_skill[row, skill] >= SAME_TRADE_THRESHOLD:
                family = raw[taxonomy[skill]].family
            if family is None:
                family = raw[groups[int(np.argmax(to_group[row]))]].label
            placed[i] = TradeEntry(entry.key, entry.label, family, entry.text)
        return placed

    def entry(self, label: str) -> TradeEntry | None:
        """Return the entry a stored skill label names, or None for a person's own phrase."""
        index = self._by_label.get(fold(label.strip()))
        return self._entries[index] if index is not None else None

    def resolve(self, phrase: str) -> TradeEntry | None:
        """Return the entry a phrase names: by the vocabulary's words first, else by meaning."""
        skill = get_skill_vocabulary().resolve(phrase)
        found = self.entry(skill or phrase)
        if found is not None:
            return found
        link = self.link([phrase])[0]
        return link.entry if link else None

    def link(self, phrases: list[str], threshold: float = LINK_THRESHOLD) -> list[TradeLink | None]:
        """Return, per phrase, its nearest entry when it names one closely enough."""
        if not phrases:
            return []
        vectors = self._encoder.queries(phrases)
        return [self._nearest(vector, threshold) for vector in vectors]

    def _nearest(self, vector: np.ndarray, threshold: float) -> TradeLink | None:
        scores = np.where(
            self._linkable, self._vectors @ (vector / max(float(np.linalg.norm(vector)), 1e-12)), -1.0
        )
        best = int(np.argmax(scores))
        if scores[best] < threshold:
            return None
        return TradeLink(self._entries[best], float(scores[best]))

    def family_of(self, label: str) -> str | None:
        """Return the family of a stored skill: the hand taxonomy's, or its ESCO entry's."""
        found = get_skill_vocabulary().family_of(label)
        if found is not None:
            return found
        entry = self.entry(label)
        return entry.family if entry else None

    @lru_cache(maxsize=65536)  # noqa: B019 - the vocabulary lives for the whole process; ranking asks often
    def relation(self, a: str, b: str) -> Relation:
        """Say how two stored skills relate: by the hand taxonomy when both are in it, else by meaning."""
        vocabulary = get_skill_vocabulary()
        if vocabulary.family_of(a) and vocabulary.family_of(b):
            return vocabulary.relation(a, b)
        first, second = self.entry(a), self.entry(b)
        if first is not None and second is not None:
            if first.key == second.key:
                return "same"
            if first.family != second.family:
                return "none"
            # Two occupations of one ISCO group are neighbours; an occupation placed in a hand family
            # is only as close to that family's skills as the family itself.
            in_taxonomy = first.key.startswith(SKILL_PREFIX) or second.key.startswith(SKILL_PREFIX)
            return "family" if in_taxonomy else "subgroup"
        similarity = float(self._phrase_vector(a) @ self._phrase_vector(b))
        if similarity >= SAME_PHRASE_THRESHOLD:
            return "same"
        return "subgroup" if similarity >= RELATED_THRESHOLD else "none"

    @lru_cache(maxsize=4096)  # noqa: B019 - the vocabulary lives for the whole process
    def _phrase_vector(self, phrase: str) -> np.ndarray:
        index = self._by_label.get(fold(phrase.strip()))
        if index is not None:
            return self._vectors[index]
        vector = self._encoder.queries([phrase])[0]
        return vector / max(float(np.linalg.norm(vector)), 1e-12)


def _initials_spelled_out(name: str) -> str | None:
    """Return a label with its initials written as letter names ("jcb operator" -> "jesibi operator"), or
    None when it has none: Indian scripts spell initials out, so only this spelling sounds alike."""
    letters = _letter_names()
    words = name.lower().split()
    spelled = [
        "".join(letters[letter] for letter in word) if _INITIALS.fullmatch(word) else word for word in words
    ]
    return " ".join(spelled) if spelled != words else None


@cache
def _generic_heads() -> frozenset[str]:
    """Return words that name no trade of their own ("worker", "driver", "helper")."""
    words = lexicon()
    return frozenset(
        [*words["generic_skill_words"], *words["vague_skill_heads"], *words["unspecified_labour_words"]]
    )


@cache
def _native_words() -> dict[tuple[str, ...], str]:
    """Read the trade-word files: Indian-language trade words (folded tokens) -> an English trade phrase."""
    words: dict[tuple[str, ...], str] = {}
    for name in NATIVE_WORDS_FILES:
        with resources.files("understanding.data").joinpath(name).open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if row and not row[0].startswith("#") and len(row) == 3:
                    words.setdefault(phrase_key(row[1]), row[2])
    return words


@cache
def _letter_names() -> dict[str, str]:
    with resources.files("understanding.data").joinpath("letter_names.json").open(encoding="utf-8") as handle:
        letters: dict[str, str] = json.load(handle)["letters"]
    return letters


def _sound_phrase(phrase: str) -> tuple[str, ...] | None:
    """Return the sound key of a Latin phrase of a few words, or None when it is too short to trust."""
    words = phrase.lower().split()
    if not words or len(words) > MAX_SOUND_WORDS or not phrase.isascii():
        return None
    key = tuple(sound_key(word) for word in words)
    shortest = _MIN_WORD_SOUND_KEY if len(key) == 1 else _MIN_SOUND_KEY
    return key if all(key) and sum(map(len, key)) >= shortest else None


@cache
def get_trade_vocabulary() -> TradeVocabulary:
    """Return the process-wide trade vocabulary (vectors loaded once)."""
    return TradeVocabulary()
