"""Understanding through an OpenAI-compatible LLM, validated field by field, with the offline path as the net.

The LLM answers in a permissive schema (plain strings and numbers) so that one impossible value costs
only that field: the validator rejects it and the offline extraction fills it in. Any failure of the
call itself (HTTP error, timeout, unparsable or schema-violating answer) returns the offline extraction.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import TypeVar

from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, Field, SecretStr

from core.models import WEEKDAYS, Extraction, Pay, PayUnit, TextKind, Weekday
from core.settings import Settings
from prompts import load_prompt, render_prompt
from understanding.base import MessageBudget, current_budget
from understanding.gazetteer import get_gazetteer
from understanding.grounding import Grounding
from understanding.offline import OfflineUnderstanding
from understanding.protected import redact_protected
from understanding.skills import get_skill_vocabulary

logger = logging.getLogger(__name__)

MAX_PAY_AMOUNT = 10_000_000  # INR per unit: more than any honest rate, even a one-off project fee
MAX_EXPERIENCE_YEARS = 60
MAX_SLOTS = 500
MAX_SHORT_TEXT = 80  # locality, hours, dates: longer means the model pasted prose
MAX_LIST_ITEMS = 12
MAX_QUESTION_CHARS = 400
# Local OpenAI-compatible servers need no key, but the client refuses to start without one.
_NO_KEY = SecretStr("not-needed")
_PAY_UNITS: tuple[PayUnit, ...] = ("hour", "day", "week", "month", "task")
_LANGUAGE_NAMES = {
    "en": "simple English",
    "hi": "Hindi written in Devanagari",
    "hi-Latn": "Hinglish: Hindi written in Latin letters, the way people type it in chats",
}
_DAY_NAMES: dict[str, Weekday] = {
    **{day: day for day in WEEKDAYS},
    **dict(
        zip(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            WEEKDAYS,
            strict=True,
        )
    ),
}
_ROLE_PROMPTS: dict[TextKind | None, str] = {"gig": "role_gig", "worker": "role_worker", None: "role_unknown"}

V = TypeVar("V")
R = TypeVar("R")
F = TypeVar("F")


class LLMFields(BaseModel):
    """What the LLM is asked to fill in: plain types, so impossible values reach the validator."""

    skills: list[str] = Field(default_factory=list, description="the work, as short English skill names")
    city: str | None = Field(default=None, description="city in its usual English name")
    locality: str | None = Field(default=None, description="neighbourhood as written")
    travel_cities: list[str] = Field(default_factory=list, description="other cities a worker can work in")
    remote: bool | None = Field(default=None, description="online, remote or from home")
    pay_amount: float | None = Field(default=None, description="rupees per pay_unit; low end of a range")
    pay_max: float | None = Field(default=None, description="high end of a stated range only")
    pay_unit: str | None = Field(default=None, description="hour, day, week, month or task")
    pay_per: str | None = Field(default=None, description="what one task is for piece rates")
    pay_negotiable: bool | None = Field(default=None, description="the text says negotiable")
    days: list[str] | None = Field(default=None, description="working days: mon tue wed thu fri sat sun")
    hours: str | None = Field(default=None, description="working hours, HH:MM-HH:MM when stated")
    dates: str | None = Field(default=None, description="when the work happens, as written")
    urgent: bool | None = Field(default=None, description="urgent, immediate or today")
    experience_years: float | None = Field(default=None, description="years of experience, never age")
    slots: int | None = Field(default=None, description="number of workers wanted, if stated")
    languages: list[str] = Field(default_factory=list, description="languages spoken or written in")
    languages_required: list[str] = Field(default_factory=list, description="languages a gig says are a must")
    intent: str | None = Field(default=None, description="gig when hiring, worker when looking for work")


class LLMUnderstanding:
    """Extract fields and write interview questions with an LLM; fall back to the offline path."""

    def __init__(self, settings: Settings, offline: OfflineUnderstanding | None = None) -> None:
        self._budget_seconds = settings.llm_budget_seconds
        chat = ChatOpenAI(
            model=settings.llm_model,
            api_key=settings.openai_api_key or _NO_KEY,
            base_url=settings.openai_base_url,
            timeout=min(settings.llm_timeout_seconds, settings.llm_budget_seconds),
            # One request per message: a retry would double the wait the budget exists to bound.
            max_retries=0,
            temperature=0,
            use_responses_api=False,
        )
        self._chat = chat
        self._extractor = chat.with_structured_output(LLMFields, method=settings.llm_structured_method)
        self._offline = offline or OfflineUnderstanding()

    async def extract(self, text: str, kind: TextKind | None) -> Extraction:
        """Return the fields of a text: the LLM's where valid and grounded, the offline reading's elsewhere.

        Within one message (see `message_budget`) the model is asked once; a second reading of the same
        text reuses that answer, and any other reading, or one past the budget, is the offline one.
        """
        offline = await asyncio.to_thread(self._offline.extract, text, kind)
        budget = current_budget(self._budget_seconds)
        if text not in budget.answers:
            budget.answers[text] = None if budget.used else await self._ask(text, kind, budget)
        fields = budget.answers[text]
        return merge_validated(fields, offline, text) if isinstance(fields, LLMFields) else offline

    async def _ask(self, text: str, kind: TextKind | None, budget: MessageBudget) -> LLMFields | None:
        budget.used = True
        try:
            answer = await asyncio.wait_for(
                self._extractor.ainvoke(self._extraction_messages(text, kind)), budget.remaining()
            )
            return answer if isinstance(answer, LLMFields) else LLMFields.model_validate(answer)
        except Exception as error:  # any failure of the call must leave the user with the offline answer
            logger.warning("LLM extraction failed, using offline extraction: %s", type(error).__name__)
            return None

    async def interview_question(self, missing: list[str], known: Extraction, language: str) -> str | None:
        """Return the LLM's next question for the missing fields, or None on any failure or spent budget."""
        budget = current_budget(self._budget_seconds)
        if budget.used:
            return None
        budget.used = True
        prompt = render_prompt(
            "interview_question",
            missing=", ".join(missing),
            known=_known_summary(known),
            language_name=_LANGUAGE_NAMES.get(language, _LANGUAGE_NAMES["en"]),
        )
        try:
            reply = await asyncio.wait_for(self._chat.ainvoke([HumanMessage(prompt)]), budget.remaining())
        except Exception as error:  # the caller has catalog text for exactly this case
            logger.warning("LLM interview question failed: %s", type(error).__name__)
            return None
        question = reply.text.strip() if isinstance(reply.text, str) else ""
        if not question or len(question) > MAX_QUESTION_CHARS or redact_protected(question) != question:
            return None
        return question

    @staticmethod
    def _extraction_messages(text: str, kind: TextKind | None) -> list[SystemMessage | HumanMessage]:
        system = render_prompt("extract", role=load_prompt(_ROLE_PROMPTS[kind]).strip())
        return [SystemMessage(system), HumanMessage(redact_protected(text))]


def _known_summary(known: Extraction) -> str:
    """Return the known profile fields as compact JSON for the prompt (empty fields left out)."""
    data = known.model_dump(exclude_defaults=True, exclude={"intent", "skill_families"})
    return json.dumps(data, ensure_ascii=False) if data else "nothing yet"


def merge_validated(fields: LLMFields, offline: Extraction, text: str) -> Extraction:
    """Return the LLM's fields where they are possible and present, the offline ones where they are not."""
    """Return the LLM's fields where the text supports them, the offline reading's where it does not.

    A value must be possible, free of links, contact details and scam wording, and grounded in the text:
    a place it names, a number it writes, words it uses, a skill of a trade the text's words belong to.
    """
    ground = Grounding(text)

    def phrase(value: str) -> str | None:
        value = _free_text(value) or ""
        return value if value and ground.clean(value) and ground.uses_words(value) else None

    def hours(value: str) -> str | None:
        value = _free_text(value) or ""
        return value if value and ground.clean(value) and ground.states_hours(value) else None

    def city(name: str) -> str | None:
        canonical = _valid_city(name)
        return canonical if canonical and ground.names_city(canonical) else None

    def cities(names: list[str]) -> list[str] | None:
        found = [city(name) for name in names]
        return None if None in found else list(dict.fromkeys(name for name in found if name))

    def stated(number: float, offline_value: float | None) -> bool:
        return number == offline_value or ground.states_number(number)

    skills = _checked(fields.skills, lambda values: _grounded_skills(values, offline, ground), None)
    pay = _checked(fields.pay_amount, lambda _: _valid_pay(fields, phrase), None)
    offline_pay = offline.pay or Pay()
    if pay is not None and not (
        stated(pay.amount or 0, offline_pay.amount)
        and (pay.max_amount is None or stated(pay.max_amount, offline_pay.max_amount))
    ):
        pay = None
    experience = _checked(fields.experience_years, _valid_experience, None)
    slots = _checked(fields.slots, _valid_slots, None)
    return Extraction(
        skills=skills or offline.skills,
        # A skill the vocabulary cannot place keeps the offline families, so matching still has a family.
        skill_families=(_families(skills) if skills else []) or offline.skill_families,
        city=_checked(fields.city, city, offline.city),
        locality=_checked(fields.locality, phrase, offline.locality),
        travel_cities=_checked(fields.travel_cities, cities, offline.travel_cities),
        remote=_checked(fields.remote, _as_is, offline.remote),
        pay=pay or offline.pay,
        # Days are read from day names; without any the offline reading found, the model's days are a guess.
        days=_checked(fields.days, _valid_days, offline.days) if offline.days else None,
        hours=_checked(fields.hours, hours, offline.hours),
        dates=_checked(fields.dates, phrase, offline.dates),
        urgent=_checked(fields.urgent, _as_is, offline.urgent),
        experience_years=(
            experience
            if experience is not None and stated(experience, offline.experience_years)
            else offline.experience_years
        ),
        slots=slots if slots is not None and stated(slots, offline.slots) else offline.slots,
        languages=_checked(fields.languages, lambda words: _valid_words(words, ground), offline.languages),
        languages_required=_checked(
            fields.languages_required, lambda words: _valid_words(words, ground), offline.languages_required
        ),
        intent=_checked(fields.intent, _valid_intent, offline.intent),
    )


def _checked(value: V | None, check: Callable[[V], R | None], fallback: F) -> R | F:
    """Return check(value), or the fallback when the value is missing or the check rejects it."""
    if value is None or value == []:
        return fallback
    checked = check(value)
    return fallback if checked is None else checked


def _as_is(value: V) -> V:
    return value


def _grounded_skills(skills: list[str], offline: Extraction, ground: Grounding) -> list[str] | None:
    """Keep the skills the text's words name, or that belong to a trade the offline reading found there."""
    vocabulary = get_skill_vocabulary()
    kept = [
        skill
        for skill in _valid_words(skills, ground) or []
        if ground.uses_words(skill) or vocabulary.family_of(skill) in offline.skill_families
    ]
    return kept[:MAX_LIST_ITEMS] or None


def _families(skills: list[str]) -> list[str]:
    vocabulary = get_skill_vocabulary()
    return list(dict.fromkeys(family for skill in skills if (family := vocabulary.family_of(skill))))


def _valid_city(name: str) -> str | None:
    return get_gazetteer().canonical_city(name)


def _valid_cities(names: list[str]) -> list[str] | None:
    cities = [_valid_city(name) for name in names]
    if any(city is None for city in cities):
        return None
    return list(dict.fromkeys(city for city in cities if city))


def _valid_pay(fields: LLMFields, phrase: Callable[[str], str | None]) -> Pay | None:
    amount, top, unit = fields.pay_amount, fields.pay_max, fields.pay_unit
    if amount is None or not 0 < amount <= MAX_PAY_AMOUNT:
        return None
    if top is not None and not amount <= top <= MAX_PAY_AMOUNT:
        return None
    if unit is not None and unit not in _PAY_UNITS:
        return None
    return Pay(
        amount=amount,
        max_amount=top,
        unit=next((u for u in _PAY_UNITS if u == unit), None),
        per=phrase(fields.pay_per) if fields.pay_per else None,
        negotiable=bool(fields.pay_negotiable),
    )


def _valid_days(days: list[str]) -> list[Weekday] | None:
    picked = [_DAY_NAMES.get(day.strip().lower()) for day in days]
    if any(day is None for day in picked):
        return None
    return [day for day in WEEKDAYS if day in picked]


def _valid_experience(years: float) -> float | None:
    return years if 0 <= years <= MAX_EXPERIENCE_YEARS else None


def _valid_slots(slots: int) -> int | None:
    return slots if 1 <= slots <= MAX_SLOTS else None


def _valid_intent(intent: str) -> TextKind | None:
    return "gig" if intent == "gig" else "worker" if intent == "worker" else None


def _free_text(value: str) -> str | None:
    """Accept a short phrase that states no protected attribute."""
    value = value.strip()
    if not 0 < len(value) <= MAX_SHORT_TEXT or redact_protected(value).strip() != value:
        return None
    return value


def _valid_words(words: list[str], ground: Grounding) -> list[str] | None:
    """Accept a list only if every item is a clean short phrase (skill or language names)."""
    cleaned = [word for raw in words if (word := _free_text(raw)) and ground.clean(word)]
    return list(dict.fromkeys(cleaned)) if len(cleaned) == len(words) else None
