"""Localities have their own points, so gigs inside one city are ranked by how far they really are."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from understanding.gazetteer import Gazetteer, get_gazetteer

# Outer nodes (Navi Mumbai, Greater Noida, OMR) reach ~35 km from the centre; farther is misplaced.
_MAX_KM_FROM_CITY_CENTRE = 45.0


def _locality_rows() -> list[list[str]]:
    with resources.files("understanding.data").joinpath("localities.tsv").open(encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        return [
            [cell.strip() for cell in row]
            for row in rows
            if row and row[0].strip() and not row[0].startswith("#")
        ]


def _point(row: list[str]) -> tuple[float, float] | None:
    return (float(row[2]), float(row[3])) if len(row) >= 4 and row[2] and row[3] else None


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def _km(gazetteer: Gazetteer, a: tuple[str, str], b: tuple[str, str]) -> float:
    point_a, point_b = gazetteer.coordinates(*a), gazetteer.coordinates(*b)
    assert point_a is not None and point_b is not None
    return gazetteer.distance_km(point_a, point_b)


def test_andheri_to_powai_is_a_short_hop_not_zero(gazetteer: Gazetteer) -> None:
    assert 3 < _km(gazetteer, ("Mumbai", "Andheri"), ("Mumbai", "Powai")) < 10


def test_kurla_is_nearer_andheri_than_vashi_across_the_harbour(gazetteer: Gazetteer) -> None:
    to_kurla = _km(gazetteer, ("Mumbai", "Andheri"), ("Mumbai", "Kurla"))
    to_vashi = _km(gazetteer, ("Mumbai", "Andheri"), ("Navi Mumbai", "Vashi"))
    assert to_kurla < to_vashi
    assert to_vashi > 10


def test_a_locality_in_its_city_is_not_the_city_centre(gazetteer: Gazetteer) -> None:
    andheri = gazetteer.coordinates("Mumbai", "Andheri")
    assert andheri is not None
    assert andheri != gazetteer.coordinates("Mumbai", None)
    assert andheri == gazetteer.coordinates("Bombay", "andheri")  # any alias or case finds the same point


def test_a_locality_alone_gives_its_own_point(gazetteer: Gazetteer) -> None:
    # The bot passes "" when the worker named no city.
    assert gazetteer.coordinates("", "Koramangala") == gazetteer.coordinates("Bengaluru", "Koramangala")
    assert gazetteer.coordinates("", "Koramangala") != gazetteer.coordinates("Bengaluru")


def test_unknown_or_foreign_locality_falls_back_to_the_city(gazetteer: Gazetteer) -> None:
    assert gazetteer.coordinates("Mumbai", "Nowhere Nagar") == gazetteer.coordinates("Mumbai")
    # Andheri is in Mumbai: a Pune worker who says "Andheri" must not be placed 120 km away in Mumbai.
    assert gazetteer.coordinates("Pune", "Andheri") == gazetteer.coordinates("Pune")


def test_same_name_in_two_cities_gets_each_citys_point(gazetteer: Gazetteer) -> None:
    mumbai = gazetteer.coordinates("Mumbai", "Tilak Nagar")
    delhi = gazetteer.coordinates("Delhi", "Tilak Nagar")
    assert mumbai is not None and delhi is not None
    assert gazetteer.distance_km(mumbai, delhi) > 1000


def test_every_listed_point_is_loaded_and_lies_near_its_city(gazetteer: Gazetteer) -> None:
    rows = _locality_rows()
    misplaced, not_loaded = [], []
    for row in rows:
        name, city, point = row[0], row[1], _point(row)
        centre = gazetteer.coordinates(city)
        assert centre is not None, f"unknown city {city!r} for locality {name!r}"
        expected = point or centre  # a row without coordinates uses its city's point
        if gazetteer.coordinates(city, name) != expected:
            not_loaded.append(name)
        if point and gazetteer.distance_km(point, centre) > _MAX_KM_FROM_CITY_CENTRE:
            misplaced.append(f"{name} ({city}): {gazetteer.distance_km(point, centre):.0f} km")
    assert not misplaced, misplaced
    assert not not_loaded, not_loaded
    assert sum(1 for row in rows if _point(row)) >= 600
