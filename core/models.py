"""Domain models shared by every layer."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

PayUnit = Literal["hour", "day", "week", "month", "task"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TextKind = Literal["gig", "worker"]


class Pay(BaseModel):
    """A rate of pay as stated: amount per unit, INR unless said otherwise."""

    amount: float | None = None
    max_amount: float | None = None  # set only for a range ("600-800/day")
    unit: PayUnit | None = None
    per: str | None = None  # what one task is for piece rates: word, blouse, visit ...
    negotiable: bool = False
    currency: str = "INR"


class Extraction(BaseModel):
    """Everything the understanding layer read from one text (a gig post or a worker's words).

    Every field is optional: ``None`` means "not stated", never "no".
    Protected attributes (gender, religion, caste, age, marital status) have no field on purpose.
    """

    skills: list[str] = Field(default_factory=list)  # canonical taxonomy names, or the user's own words
    skill_families: list[str] = Field(default_factory=list)
    city: str | None = None  # canonical city name from the gazetteer
    locality: str | None = None  # as written
    travel_cities: list[str] = Field(default_factory=list)  # canonical; workers only
    # What the person says they no longer do or will not travel to ("I don't do AC repair anymore"):
    # a correction removes these from a profile.
    skills_removed: list[str] = Field(default_factory=list)
    travel_removed: list[str] = Field(default_factory=list)
    remote: bool | None = None
    pay: Pay | None = None
    days: list[Weekday] | None = None
    hours: str | None = None  # "06:00-11:00", "evening", as understood
    dates: str | None = None  # free text: "this Saturday", "15 Dec"
    urgent: bool = False
    experience_years: float | None = None
    slots: int | None = None  # number of workers wanted; gigs only
    languages: list[str] = Field(default_factory=list)  # spoken (worker) or mentioned
    languages_required: list[str] = Field(default_factory=list)  # hard requirements (gig)
    intent: TextKind | None = None  # does the text read as hiring (gig) or seeking work (worker)?


class Role(StrEnum):
    WORKER = "worker"
    EMPLOYER = "employer"


class GigStatus(StrEnum):
    DRAFT = "draft"
    HELD = "held"  # waiting for an admin in the moderation queue
    OPEN = "open"
    FILLED = "filled"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    REJECTED = "rejected"


class Profile(BaseModel):
    """A worker's skill profile, as the worker confirmed it."""

    user_id: int
    skills: list[str] = Field(default_factory=list)
    skill_families: list[str] = Field(default_factory=list)
    city: str | None = None
    locality: str | None = None
    lat: float | None = None
    lon: float | None = None
    travel_cities: list[str] = Field(default_factory=list)
    remote_ok: bool = False
    days: list[Weekday] | None = None
    hours: str | None = None
    min_pay: Pay | None = None
    experience_years: float | None = None
    languages: list[str] = Field(default_factory=list)
    updated_at: float = 0.0  # epoch seconds


class Gig(BaseModel):
    """A posting by an employer: the original text plus what was understood from it."""

    id: int | None = None
    employer_id: int
    text: str  # the employer's original words, kept verbatim
    title: str = ""
    skills: list[str] = Field(default_factory=list)
    skill_families: list[str] = Field(default_factory=list)
    city: str | None = None
    locality: str | None = None
    lat: float | None = None
    lon: float | None = None
    remote: bool = False
    pay: Pay | None = None
    days: list[Weekday] | None = None
    hours: str | None = None
    dates: str | None = None
    slots: int = 1
    experience_years: float | None = None
    languages_required: list[str] = Field(default_factory=list)
    status: GigStatus = GigStatus.DRAFT
    scam_reasons: list[str] = Field(
        default_factory=list
    )  # screening reason codes; cleared when an admin approves
    underpaid: bool = False
    created_at: float = 0.0
    expires_at: float = 0.0


class Screening(BaseModel):
    """The verdict of screening a gig post at intake."""

    scam: bool = False
    reasons: list[str] = Field(
        default_factory=list
    )  # human-readable, e.g. "asks workers for a registration fee"
    reason_codes: list[str] = Field(default_factory=list)  # stable codes for i18n, e.g. "fee_registration"
    underpaid: bool = False
    floor: Pay | None = None  # the minimum-wage floor the pay was compared with


class ScorePart(BaseModel):
    """One ingredient of a match score, kept so the reason line is the ranking itself.

    ``kind`` is one of: skill, location, pay, days, experience, language, freshness, similarity.
    ``ok`` is True for a fit (✓), False for a mismatch (✗), None for "not comparable / not stated".
    ``params`` carries what the reason line shows (skill name, km, amounts, missing days ...).
    """

    kind: str
    ok: bool | None
    weight: float  # this part's contribution to the total score
    params: dict[str, str | float | int | list[str] | None] = Field(default_factory=dict)


class Match(BaseModel):
    """A gig ranked for a worker, or a worker ranked for a gig, with every part of its score."""

    gig_id: int
    worker_id: int
    score: float
    parts: list[ScorePart] = Field(default_factory=list)
