"""Score one (worker, gig) pair: every ingredient is a ScorePart, so the reason line is the ranking itself."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from core.models import WEEKDAYS, Gig, Match, Pay, Profile, ScorePart
from understanding.timing import hours_span
from understanding.units import hours_per_unit

Relation = Literal["same", "subgroup", "adjacent", "family", "none"]
RelationOf = Callable[[str, str], Relation]
Point = tuple[float, float]
DistanceKm = Callable[[Point, Point], float]

# Floats, not the table's Fractions: scoring runs for every (worker, gig) pair of a nightly plan, and the
# ratios are rounded to _RATIO_DECIMALS so equal pay in two units still compares equal.
HOURS_PER_UNIT = {unit: float(hours) for unit, hours in hours_per_unit().items()}  # day 8 h, month 26 days
_RATIO_DECIMALS = 9
# Pay at least this share of the worker's minimum is a near miss, below it a clear miss.
PAY_NEAR_MISS = 0.75
RELATION_ORDER: tuple[Relation, ...] = ("same", "subgroup", "adjacent", "family", "none")


@dataclass(frozen=True)
class Weights:
    """How much each ingredient moves the score.

    A fit on every count sits a whole point above a single soft mismatch (a related rather than the
    same skill, pay slightly short, some days missing), which sits a point above two of them; the
    tie-breakers (similarity, distance, freshness, pay above the minimum) together stay under half
    a point so they order gigs within a tier and never across tiers.
    """

    skill: dict[str, float]
    skill_family_only: float = 1.5  # one side names a family but no specific skill
    soft_miss: float = -1.0
    hard_miss: float = -3.0
    unknown_location: float = -1.0
    preference_miss: float = -0.5  # experience or a required language falls short
    similarity: float = 0.1
    distance: float = 0.25
    distance_scale_km: float = 8.0  # a gig across town (~20 km) keeps a tenth of the bonus
    freshness: float = 0.05
    freshness_half_life_days: float = 7.0
    pay_above: float = 0.05


class Part(NamedTuple):
    """A score part as computed; it becomes a `ScorePart` only for pairs kept (most pairs are dropped)."""

    kind: str
    ok: bool | None
    weight: float
    params: dict[str, Any]


@dataclass(frozen=True)
class Scored:
    """One scored (worker, gig) pair before it becomes a `Match`."""

    gig_id: int
    worker_id: int
    score: float
    parts: list[Part]

    def match(self) -> Match:
        """Return the pair as a `Match` with every part of its score."""
        return Match(
            gig_id=self.gig_id,
            worker_id=self.worker_id,
            score=self.score,
            # Built without validating again: this module computes every field.
            parts=[
                ScorePart.model_construct(kind=kind, ok=ok, weight=weight, params=params)
                for kind, ok, weight, params in self.parts
            ],
        )


DEFAULT_WEIGHTS = Weights(skill={"same": 3.0, "subgroup": 2.0, "adjacent": 2.0, "family": 0.5, "none": 0.0})


def gig_pay_amount(pay: Pay | None) -> float | None:
    """Return the most the gig offers: the top of a range, else the stated amount."""
    if pay is None:
        return None
    return pay.max_amount if pay.max_amount is not None else pay.amount


def hourly_rate(pay: Pay | None) -> float | None:
    """Return a time rate converted to rupees per hour, or None for piece rates and unstated pay."""
    amount = gig_pay_amount(pay)
    if pay is None or amount is None or pay.unit not in HOURS_PER_UNIT:
        return None
    return amount / HOURS_PER_UNIT[pay.unit]


@functools.lru_cache(maxsize=4096)
def part_time_hours(hours: str | None) -> float | None:
    """Return the hours a day a gig's "HH:MM-HH:MM" span takes when it is shorter than a working day."""
    span = hours_span(hours)
    if span is None or span >= HOURS_PER_UNIT["day"]:
        return None
    return round(span * 60) / 60  # to the minute


def hours_in(unit: str, day_hours: float | None = None) -> float:
    """Return the working hours one unit of time pay buys; a part-time day is ``day_hours`` long."""
    if day_hours is None or unit == "hour":
        return HOURS_PER_UNIT[unit]
    return HOURS_PER_UNIT[unit] / HOURS_PER_UNIT["day"] * day_hours


def pay_ratio(offered: Pay | None, minimum: Pay | None, offered_hours: str | None = None) -> float | None:
    """Return offered / minimum in a common unit, or None when the two are not comparable.

    ``offered_hours`` is the gig's working span: a month's pay for two hours a day is compared per hour.
    """
    amount = gig_pay_amount(offered)
    if offered is None or minimum is None or amount is None or not minimum.amount:
        return None
    if offered.unit == "task" or minimum.unit == "task":
        # Piece rates compare only with the same piece: per word with per word, never per visit.
        if offered.unit == minimum.unit and _same_piece(offered.per, minimum.per):
            return round(amount / minimum.amount, _RATIO_DECIMALS)
        return None
    if offered.unit not in HOURS_PER_UNIT or minimum.unit not in HOURS_PER_UNIT:
        return None
    offered_hourly = amount / hours_in(offered.unit, part_time_hours(offered_hours))
    minimum_hourly = minimum.amount / HOURS_PER_UNIT[minimum.unit]
    return round(offered_hourly / minimum_hourly, _RATIO_DECIMALS)


def _same_piece(a: str | None, b: str | None) -> bool:
    return (a or "").strip().lower() == (b or "").strip().lower()


def best_skill_relation(
    worker_skills: list[str], gig_skills: list[str], relation_of: RelationOf
) -> tuple[Relation, str | None]:
    """Return the closest relation between any worker skill and any gig skill, and the gig skill it names."""
    best: Relation = "none"
    named: str | None = None
    for gig_skill in gig_skills:
        for worker_skill in worker_skills:
            relation = relation_of(worker_skill, gig_skill)
            if RELATION_ORDER.index(relation) < RELATION_ORDER.index(best):
                best, named = relation, gig_skill
    return best, named


def skill_part(profile: Profile, gig: Gig, relation_of: RelationOf, weights: Weights) -> Part:
    """Score how well the worker's skills fit the gig: same skill > subgroup/adjacent > family."""
    shared_families = sorted(set(profile.skill_families) & set(gig.skill_families))
    if profile.skills and gig.skills:
        relation, skill = best_skill_relation(profile.skills, gig.skills, relation_of)
        if relation == "none" and shared_families:
            relation, skill = "family", gig.skills[0]
        ok = True if relation == "same" else (None if relation in ("subgroup", "adjacent") else False)
        return Part(
            kind="skill",
            ok=ok,
            weight=weights.skill[relation],
            params={"skill": skill or gig.skills[0], "relation": relation, "family": _first(shared_families)},
        )
    if shared_families:
        return Part(
            kind="skill",
            ok=None,
            weight=weights.skill_family_only,
            params={"skill": _first(gig.skills), "relation": "family", "family": shared_families[0]},
        )
    unknown = not (profile.skill_families and gig.skill_families)
    return Part(
        kind="skill",
        ok=None if unknown else False,
        weight=weights.skill_family_only / 2 if unknown else weights.skill["none"],
        params={"skill": _first(gig.skills), "relation": "unknown" if unknown else "none", "family": None},
    )


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


def location_feasible(profile: Profile, gig: Gig) -> bool | None:
    """Say whether the worker can do the gig from where they are: True, False, or None when unknown."""
    if gig.remote and profile.remote_ok:
        return True
    if gig.city is None or profile.city is None:
        return None if not gig.remote else False
    return gig.city == profile.city or gig.city in profile.travel_cities


def location_part(profile: Profile, gig: Gig, distance_km: DistanceKm, weights: Weights) -> Part:
    """Score where the gig is for this worker: remote, in their city (nearer is better), or a travel city."""
    if gig.remote and profile.remote_ok:
        return Part(kind="location", ok=True, weight=0.0, params={"km": None, "place": "remote"})
    feasible = location_feasible(profile, gig)
    place = gig.locality or gig.city
    if feasible is None:
        return Part(
            kind="location", ok=None, weight=weights.unknown_location, params={"km": None, "place": place}
        )
    if not feasible:
        return Part(kind="location", ok=False, weight=weights.hard_miss, params={"km": None, "place": place})
    km: float | None = None
    if profile.lat is not None and profile.lon is not None and gig.lat is not None and gig.lon is not None:
        km = round(distance_km((profile.lat, profile.lon), (gig.lat, gig.lon)), 1)
    # Nearer is better, but distance never outweighs a skill or pay difference.
    closeness = math.exp(-km / weights.distance_scale_km) if km is not None else 0.5
    return Part(
        kind="location",
        ok=True,
        weight=weights.distance * closeness,
        params={
            "km": km,
            "place": place,
            "worker_place": profile.locality or profile.city,
            "travel": gig.city != profile.city,
        },
    )


def pay_part(profile: Profile, gig: Gig, weights: Weights) -> Part:
    """Compare the gig's pay with the worker's minimum in a common unit, and keep both in either's unit."""
    offered = gig.pay
    params: dict[str, str | float | int | list[str] | None] = {
        "amount": gig_pay_amount(offered),
        "unit": offered.unit if offered else None,
        "per": offered.per if offered else None,
        "min_amount": profile.min_pay.amount if profile.min_pay else None,
        "min_unit": profile.min_pay.unit if profile.min_pay else None,
        "min_per": profile.min_pay.per if profile.min_pay else None,
    }
    ratio = pay_ratio(offered, profile.min_pay, gig.hours)
    if ratio is None:
        return Part(kind="pay", ok=None, weight=0.0, params=params)
    params["ratio"] = round(ratio, 3)
    params.update(_converted_pay(offered, profile.min_pay, gig.hours))
    if ratio >= 1:
        return Part(kind="pay", ok=True, weight=weights.pay_above * min(ratio - 1, 1.0), params=params)
    weight = weights.soft_miss if ratio >= PAY_NEAR_MISS else weights.hard_miss
    return Part(kind="pay", ok=False, weight=weight, params=params)


def _converted_pay(offered: Pay | None, minimum: Pay | None, hours: str | None) -> dict[str, float | None]:
    """Say what two comparable time rates are in each other's unit, or per hour for a part-time gig.

    Empty when they need no converting (same unit, a full day); the reason line shows these figures, so
    "₹18,000/month < ₹700/day" reads "₹18,000/month ≈ ₹692/day < ₹700/day".
    """
    amount = gig_pay_amount(offered)
    if offered is None or minimum is None or amount is None or minimum.amount is None:
        return {}
    if offered.unit not in HOURS_PER_UNIT or minimum.unit not in HOURS_PER_UNIT:
        return {}
    day_hours = part_time_hours(hours)
    gig_hourly = amount / hours_in(offered.unit, day_hours)
    min_hourly = minimum.amount / HOURS_PER_UNIT[minimum.unit]
    if day_hours is not None and offered.unit != "hour":
        return {"hours": day_hours, "hourly": gig_hourly, "min_hourly": min_hourly}
    if offered.unit == minimum.unit:
        return {}
    return {
        "in_min_unit": gig_hourly * HOURS_PER_UNIT[minimum.unit],
        "min_in_unit": min_hourly * HOURS_PER_UNIT[offered.unit],
    }


def days_part(profile: Profile, gig: Gig, weights: Weights) -> Part:
    """Check the gig's working days against the worker's: the days the worker lacks are listed."""
    if not gig.days or not profile.days:
        return Part(kind="days", ok=None, weight=0.0, params={"missing": []})
    missing: list[str] = [day for day in WEEKDAYS if day in gig.days and day not in profile.days]
    if not missing:
        needed: list[str] = [day for day in WEEKDAYS if day in gig.days]
        return Part(kind="days", ok=True, weight=0.0, params={"missing": [], "days": needed})
    overlap = len(missing) < len(set(gig.days))
    return Part(
        kind="days",
        ok=False,
        weight=weights.soft_miss if overlap else weights.hard_miss,
        params={"missing": missing},
    )


def requirement_parts(profile: Profile, gig: Gig, weights: Weights) -> list[Part]:
    """Flag a stated experience or language requirement the worker's stated profile falls short of."""
    parts: list[Part] = []
    if gig.experience_years and profile.experience_years is not None:
        ok = profile.experience_years >= gig.experience_years
        parts.append(
            Part(
                kind="experience",
                ok=ok,
                weight=0.0 if ok else weights.preference_miss,
                params={"required": gig.experience_years, "have": profile.experience_years},
            )
        )
    if gig.languages_required and profile.languages:
        spoken = {language.lower() for language in profile.languages}
        lacking = [language for language in gig.languages_required if language.lower() not in spoken]
        parts.append(
            Part(
                kind="language",
                ok=not lacking,
                weight=weights.preference_miss if lacking else 0.0,
                params={"missing": lacking},
            )
        )
    return parts


def freshness_part(gig: Gig, now: float, weights: Weights) -> Part:
    """Prefer gigs posted recently."""
    age_days = max(now - gig.created_at, 0.0) / 86400 if gig.created_at else None
    if age_days is None:
        return Part(kind="freshness", ok=None, weight=0.0, params={"age_days": None})
    decay = 0.5 ** (age_days / weights.freshness_half_life_days)
    return Part(
        kind="freshness", ok=None, weight=weights.freshness * decay, params={"age_days": round(age_days, 1)}
    )


def similarity_part(closeness: float, weights: Weights) -> Part:
    """Carry the embedding similarity, as a 0..1 closeness among the candidates, as a tie-breaker."""
    return Part(
        kind="similarity",
        ok=None,
        weight=weights.similarity * closeness,
        params={"closeness": round(closeness, 3)},
    )


def score_pair(
    profile: Profile,
    gig: Gig,
    *,
    closeness: float,
    now: float,
    relation_of: RelationOf,
    distance_km: DistanceKm,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Scored:
    """Score one worker against one gig; the score is the sum of its parts."""
    assert gig.id is not None, "only stored gigs are ranked"
    parts = [
        skill_part(profile, gig, relation_of, weights),
        location_part(profile, gig, distance_km, weights),
        pay_part(profile, gig, weights),
        days_part(profile, gig, weights),
        *requirement_parts(profile, gig, weights),
        freshness_part(gig, now, weights),
        similarity_part(closeness, weights),
    ]
    return Scored(gig.id, profile.user_id, round(sum(p.weight for p in parts), 6), parts)


def is_unrelated(scored: Scored) -> bool:
    """Say whether the worker and gig share no trade at all, so the match is not worth showing."""
    return any(part.kind == "skill" and part.params.get("relation") == "none" for part in scored.parts)


def is_unknown_trade(scored: Scored) -> bool:
    """Say whether one side's trade was not understood, so only meaning can tell if the two fit."""
    return any(part.kind == "skill" and part.params.get("relation") == "unknown" for part in scored.parts)
