"""The skill vocabulary: taxonomy families, subgroups, canonical skills and their surface forms."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from understanding.text import Token, deletions, edit_distance, fold, phrase_key, typo_cost

Relation = Literal["same", "subgroup", "adjacent", "family", "none"]

NOT_A_SKILL = "-"
_MAX_PHRASE_TOKENS = 5
_FUZZY_MIN_LENGTH = 6


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """A span of tokens the vocabulary recognised: a canonical skill, a family, or a trap (neither)."""

    skill: str | None
    family: str | None
    first: int
    last: int  # inclusive


def _load_json(filename: str) -> Any:
    return json.loads(resources.files("understanding.data").joinpath(filename).read_text(encoding="utf-8"))


def _allowed_distance(word: str) -> int:
    return 1 if len(word) < 9 else 2


class SkillVocabulary:
    """Knows every canonical skill, where it sits in the taxonomy, and how people write it."""

    def __init__(self) -> None:
        taxonomy: dict[str, Any] = {**_load_json("taxonomy.json"), **_load_json("skill_families_extra.json")}
        self._family: dict[str, str] = {}
        self._subgroup: dict[str, str] = {}
        self._canonical: dict[str, str] = {}  # folded -> canonical spelling
        self._adjacent: set[tuple[str, str, str]] = set()
        self._families = list(taxonomy)
        for family, body in taxonomy.items():
            for subgroup, skills in body["subgroups"].items():
                for skill in skills:
                    self._canonical[fold(skill)] = skill
                    self._family[skill] = family
                    self._subgroup[skill] = subgroup
            for a, b in body["adjacent"]:
                self._adjacent |= {(family, a, b), (family, b, a)}
        self._phrases: dict[tuple[str, ...], str] = {}
        self._surfaces: dict[str, list[str]] = {}  # canonical -> how people write it, in file order
        for skill in self._family:
            self._phrases[phrase_key(skill)] = skill
        self._load_synonyms()
        self._fuzzy_index: dict[str, set[str]] = {}
        for key in self._phrases:
            if len(key) == 1 and len(key[0]) >= _FUZZY_MIN_LENGTH and key[0].isascii():
                for variant in deletions(key[0], _allowed_distance(key[0])):
                    self._fuzzy_index.setdefault(variant, set()).add(key[0])

    def _load_synonyms(self) -> None:
        with resources.files("understanding.data").joinpath("skill_synonyms.tsv").open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if len(row) < 2 or row[0].startswith("#"):
                    continue
                surface, target = row[0].strip(), row[1].strip()
                if target != NOT_A_SKILL and not target.startswith("@"):
                    target = self._canonical.get(fold(target), target)
                    if target not in self._family:
                        raise ValueError(f"synonym {surface!r} names unknown skill {target!r}")
                self._phrases[phrase_key(surface)] = target
                if target in self._family:
                    self._surfaces.setdefault(target, []).append(surface)

    def one_word_names(self) -> list[str]:
        """Return the one-word names of skills and trades in every script ("driver", "ड्राइवर", "ಕುಕ್")."""
        return [key[0] for key, target in self._phrases.items() if len(key) == 1 and target != NOT_A_SKILL]

    def skills(self) -> list[str]:
        """Return every canonical skill, in taxonomy order."""
        return list(self._family)

    def surfaces(self, skill: str) -> list[str]:
        """Return the ways people write a canonical skill (synonyms in every script), in file order."""
        return list(self._surfaces.get(skill, ()))

    def families(self) -> list[str]:
        """Return every skill family name."""
        return list(self._families)

    def canonical(self, skill: str) -> str | None:
        """Return the canonical spelling of a skill name, or None when it is not in the taxonomy."""
        return self._canonical.get(fold(skill.strip()))

    def family_of(self, skill: str) -> str | None:
        """Return the family of a canonical skill (or of any surface form the vocabulary knows)."""
        canonical = self.canonical(skill) or self._resolve_surface(skill)
        if canonical and canonical.startswith("@"):
            return canonical[1:]
        return self._family.get(canonical) if canonical else None

    def subgroup_of(self, skill: str) -> str | None:
        """Return the subgroup of a canonical skill, or None."""
        canonical = self.canonical(skill) or self._resolve_surface(skill)
        return self._subgroup.get(canonical) if canonical else None

    def _resolve_surface(self, surface: str) -> str | None:
        target = self._phrases.get(phrase_key(surface))
        return None if target in (None, NOT_A_SKILL) else target

    def resolve(self, phrase: str) -> str | None:
        """Return the canonical skill a whole phrase names ("bijli mistri" -> "house wiring"), or None."""
        target = self.canonical(phrase) or self._resolve_surface(phrase)
        return target if target in self._family else None

    def relation(self, a: str, b: str) -> Relation:
        """Say how two skills relate: same skill, same subgroup, adjacent subgroups, same family, none."""
        if fold(a.strip()) == fold(b.strip()):
            return "same"
        family_a, family_b = self.family_of(a), self.family_of(b)
        if family_a is None or family_a != family_b:
            return "none"
        sub_a, sub_b = self.subgroup_of(a), self.subgroup_of(b)
        if self.canonical(a) and self.canonical(a) == self.canonical(b):
            return "same"
        if sub_a is None or sub_b is None:
            return "family"
        if sub_a == sub_b:
            return "subgroup"
        if (family_a, sub_a, sub_b) in self._adjacent:
            return "adjacent"
        return "family"

    def find(self, tokens: list[Token], skip: set[int] | None = None) -> list[SkillMatch]:
        """Return vocabulary matches in tokens, longest phrase first, typos forgiven on single words."""
        skip = skip or set()
        texts = [t.text for t in tokens]
        matches: list[SkillMatch] = []
        i = 0
        while i < len(texts):
            if i in skip:
                i += 1
                continue
            for size in range(min(_MAX_PHRASE_TOKENS, len(texts) - i), 0, -1):
                if any(j in skip for j in range(i, i + size)):
                    continue
                key = tuple(texts[i : i + size])
                target = self._phrases.get(key)
                if target is None and size == 1:
                    corrected = self._correct(key[0])
                    target = self._phrases.get((corrected,)) if corrected else None
                if target is None:
                    continue
                matches.append(self._match(target, i, i + size - 1))
                i += size
                break
            else:
                i += 1
        return matches

    def _match(self, target: str, first: int, last: int) -> SkillMatch:
        if target == NOT_A_SKILL:
            return SkillMatch(None, None, first, last)
        if target.startswith("@"):
            return SkillMatch(None, target[1:], first, last)
        return SkillMatch(target, self._family[target], first, last)

    @lru_cache(maxsize=4096)  # noqa: B019 - the vocabulary lives for the whole process
    def _correct(self, word: str) -> str | None:
        """Return the vocabulary word a misspelt word most likely means, or None."""
        if len(word) < _FUZZY_MIN_LENGTH or not word.isascii() or not word.isalpha():
            return None
        limit = _allowed_distance(word)
        candidates: set[str] = set()
        for variant in deletions(word, limit):
            candidates |= self._fuzzy_index.get(variant, set())
        best: tuple[int, str] | None = None
        for candidate in sorted(candidates):
            if candidate[0] != word[0]:
                continue
            distance = edit_distance(word, candidate, min(limit, _allowed_distance(candidate)), typo_cost)
            if distance <= min(limit, _allowed_distance(candidate)) and (best is None or distance < best[0]):
                best = (distance, candidate)
        return best[1] if best else None


@cache
def get_skill_vocabulary() -> SkillVocabulary:
    """Return the process-wide skill vocabulary (built once)."""
    return SkillVocabulary()
