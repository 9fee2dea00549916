"""Turn understood text into the records we store and index; the bot and the evaluation share this code."""

from __future__ import annotations

import time

from core.models import Extraction, Gig, GigStatus, Profile, Screening
from understanding.gazetteer import get_gazetteer

DEFAULT_GIG_TTL_DAYS = 14


def _coordinates(city: str | None, locality: str | None) -> tuple[float | None, float | None]:
    """Return the best known point for a place: the locality's if known, else the city's."""
    if city is None and locality is None:
        return None, None
    point = get_gazetteer().coordinates(city or "", locality)
    return (point[0], point[1]) if point else (None, None)


def profile_from_extraction(user_id: int, extraction: Extraction) -> Profile:
    """Build a worker's profile from what they said; only work-related fields are carried over."""
    lat, lon = _coordinates(extraction.city, extraction.locality)
    return Profile(
        user_id=user_id,
        skills=list(extraction.skills),
        skill_families=list(extraction.skill_families),
        city=extraction.city,
        locality=extraction.locality,
        lat=lat,
        lon=lon,
        travel_cities=[city for city in extraction.travel_cities if city != extraction.city],
        remote_ok=extraction.remote is True,
        days=extraction.days,
        hours=extraction.hours,
        min_pay=extraction.pay,
        experience_years=extraction.experience_years,
        languages=list(extraction.languages),
    )


def gig_from_extraction(
    employer_id: int,
    text: str,
    extraction: Extraction,
    screening: Screening,
    *,
    now: float | None = None,
    ttl_days: int = DEFAULT_GIG_TTL_DAYS,
) -> Gig:
    """Build a gig from an employer's post: open at once, unless screening holds it as a likely scam."""
    created_at = time.time() if now is None else now
    lat, lon = _coordinates(extraction.city, extraction.locality)
    return Gig(
        employer_id=employer_id,
        text=text,
        title=gig_title(extraction),
        skills=list(extraction.skills),
        skill_families=list(extraction.skill_families),
        city=extraction.city,
        locality=extraction.locality,
        lat=lat,
        lon=lon,
        remote=extraction.remote is True,
        pay=extraction.pay,
        days=extraction.days,
        hours=extraction.hours,
        dates=extraction.dates,
        slots=extraction.slots or 1,
        experience_years=extraction.experience_years,
        languages_required=list(extraction.languages_required),
        status=GigStatus.HELD if screening.scam else GigStatus.OPEN,
        scam_reasons=list(screening.reason_codes) if screening.scam else [],
        underpaid=screening.underpaid,
        created_at=created_at,
        expires_at=created_at + ttl_days * 86400,
    )


def gig_title(extraction: Extraction) -> str:
    """Name the gig by its main skill (or trade) and place, e.g. "house wiring · Andheri"."""
    what = extraction.skills[0] if extraction.skills else (extraction.skill_families or ["work"])[0]
    where = "remote" if extraction.remote else (extraction.locality or extraction.city)
    return f"{what} · {where}" if where else what


def worker_document(profile: Profile) -> str:
    """Describe a worker for embedding from profile fields only, never from their raw words.

    Built from skills and trades alone, so nothing else a worker says (age, gender ...) can move a match.
    """
    skills = ", ".join(profile.skills) or "any work"
    families = ", ".join(profile.skill_families)
    return f"{skills}. {families}".strip(". ")


def gig_document(gig: Gig) -> str:
    """Describe a gig for embedding: its understood skills first, then the employer's own words."""
    understood = ", ".join([*gig.skills, *gig.skill_families])
    return f"{understood}. {gig.text}" if understood else gig.text
