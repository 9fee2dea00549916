"""The LLM path through the real ChatOpenAI against a scripted OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import time
from typing import Any

import pytest

from core.models import Extraction
from core.settings import Settings
from prompts import load_prompt
from tests.fakes.openai_server import FakeOpenAIServer
from understanding.base import OfflineOnly, build_understanding, message_budget
from understanding.llm import LLMUnderstanding
from understanding.offline import OfflineUnderstanding

GIG = "Need maid for jhadu pocha + bartan, 2BHK, Ghatkopar West. ₹3,500/month. Sunday off."
METHODS = ["function_calling", "json_schema", "json_mode"]
# What a good model reads from GIG; its skill names differ from the offline reading's: they mark its answer.
GOOD_ANSWER: dict[str, Any] = {
    "skills": ["house cleaning", "utensil washing"],
    "city": "Mumbai",
    "locality": "Ghatkopar West",
    "remote": False,
    "pay_amount": 3500,
    "pay_unit": "month",
    "days": ["mon", "tue", "wed", "thu", "fri", "sat"],
    "intent": "gig",
}
LLM_SKILLS = ["house cleaning", "utensil washing"]


def _settings(server: FakeOpenAIServer, method: str = "function_calling", timeout: float = 0.5) -> Settings:
    values: dict[str, Any] = {
        "OPENAI_API_KEY": "sk-test",
        "OPENAI_BASE_URL": server.base_url,
        "GIGMATCH_LLM_STRUCTURED_METHOD": method,
        "GIGMATCH_LLM_TIMEOUT_SECONDS": timeout,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _offline(text: str = GIG) -> Extraction:
    return OfflineUnderstanding().extract(text, "gig")


@pytest.mark.parametrize("method", METHODS)
async def test_a_good_answer_is_used(openai_server: FakeOpenAIServer, method: str) -> None:
    openai_server.answer(GOOD_ANSWER)
    result = await LLMUnderstanding(_settings(openai_server, method)).extract(GIG, "gig")

    assert result.skills == LLM_SKILLS
    assert result.skill_families == ["cleaning/domestic"]
    assert result.city == "Mumbai"
    assert result.pay is not None and (result.pay.amount, result.pay.unit) == (3500, "month")
    assert result.days == ["mon", "tue", "wed", "thu", "fri", "sat"]


@pytest.mark.parametrize(
    ("method", "expected_format"),
    [("function_calling", None), ("json_schema", "json_schema"), ("json_mode", "json_object")],
)
async def test_the_request_carries_the_prompt_file_and_the_structured_method(
    openai_server: FakeOpenAIServer, method: str, expected_format: str | None
) -> None:
    openai_server.answer(GOOD_ANSWER)
    await LLMUnderstanding(_settings(openai_server, method)).extract(GIG, "gig")

    (request,) = openai_server.requests
    system, user = request["messages"]
    assert system["role"] == "system" and load_prompt("role_gig").strip() in system["content"]
    assert load_prompt("extract").splitlines()[0] in system["content"]
    assert user["content"] == GIG
    assert request["model"] == "gpt-4o-mini"
    if expected_format is None:
        assert request["tools"][0]["function"]["name"] == "LLMFields"
    else:
        assert request["response_format"]["type"] == expected_format


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(lambda s: s.fail(500).fail(500), id="http-500"),
        pytest.param(lambda s: s.hang(5).hang(5), id="timeout"),
        pytest.param(lambda s: s.raw('{"city": "Mumbai", "pay_amount": '), id="invalid-json"),
        pytest.param(lambda s: s.answer({"pay_amount": "a lot", "days": "weekends"}), id="schema-violation"),
    ],
)
@pytest.mark.parametrize("method", METHODS)
async def test_failures_fall_back_to_the_offline_extraction(
    openai_server: FakeOpenAIServer, method: str, script: Any
) -> None:
    script(openai_server)
    result = await LLMUnderstanding(_settings(openai_server, method)).extract(GIG, "gig")

    offline = _offline()
    assert result == offline
    assert result.city == "Mumbai"
    assert result.pay is not None and result.pay.amount == 3500
    assert result.hours is None  # nothing invented


async def test_a_server_error_is_not_retried_within_the_message(openai_server: FakeOpenAIServer) -> None:
    openai_server.fail(500).answer(GOOD_ANSWER)
    result = await LLMUnderstanding(_settings(openai_server)).extract(GIG, "gig")

    assert len(openai_server.requests) == 1
    assert result == _offline()


async def test_impossible_values_are_replaced_field_by_field(openai_server: FakeOpenAIServer) -> None:
    openai_server.answer(
        {
            **GOOD_ANSWER,
            "city": "Atlantis",
            "pay_amount": -3500,
            "days": ["mon", "funday"],
            "experience_years": 99,
            "slots": 9999,
            "travel_cities": ["Thane", "Gotham"],
        }
    )
    result = await LLMUnderstanding(_settings(openai_server)).extract(GIG, "gig")

    offline = _offline()
    assert result.city == offline.city == "Mumbai"
    assert result.pay == offline.pay
    assert result.days == offline.days
    assert result.experience_years == offline.experience_years
    assert result.slots == offline.slots
    assert result.travel_cities == offline.travel_cities
    # The possible fields of the same answer are still the LLM's.
    assert result.skills == LLM_SKILLS


async def test_too_large_pay_and_unknown_unit_are_rejected(openai_server: FakeOpenAIServer) -> None:
    openai_server.answer({**GOOD_ANSWER, "pay_amount": 50_000_000}).answer(
        {**GOOD_ANSWER, "pay_unit": "fortnight"}
    )
    understanding = LLMUnderstanding(_settings(openai_server))

    for _ in range(2):
        result = await understanding.extract(GIG, "gig")
        assert result.pay == _offline().pay
        assert result.skills == LLM_SKILLS


async def test_protected_attributes_are_redacted_and_never_returned(openai_server: FakeOpenAIServer) -> None:
    text = "Main Muslim hoon, 34 saal ki hoon. Cook hoon, Andheri mein rehti hoon, 15000 per month chahiye."
    openai_server.answer(
        {"skills": ["muslim cook"], "city": "Mumbai", "pay_amount": 15000, "pay_unit": "month"}
    )
    result = await LLMUnderstanding(_settings(openai_server)).extract(text, "worker")

    sent = openai_server.requests[0]["messages"][1]["content"]
    assert "muslim" not in sent.lower()
    assert "34 saal" not in sent
    assert "Andheri" in sent
    assert not any("muslim" in skill.lower() for skill in result.skills)
    assert result.skills == OfflineUnderstanding().extract(text, "worker").skills
    assert result.city == "Mumbai"


async def test_the_interview_question_comes_from_the_llm(openai_server: FakeOpenAIServer) -> None:
    question = "आप किस शहर में रहते हैं, और एक दिन के कितने पैसे चाहिए? (जैसे 800 रोज़)"
    openai_server.say(question)
    known = Extraction(skills=["house painting"])
    asked = await LLMUnderstanding(_settings(openai_server)).interview_question(["city", "pay"], known, "hi")

    assert asked == question
    (message,) = openai_server.requests[0]["messages"]
    system = message["content"]
    assert "Still missing from the profile: city, pay" in system
    assert "house painting" in system
    assert "Hindi" in system


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(lambda s: s.fail(503).fail(503), id="http-503"),
        pytest.param(lambda s: s.say(""), id="empty"),
        pytest.param(lambda s: s.say("Are you Hindu or Muslim, and which city?"), id="protected"),
    ],
)
async def test_a_failed_interview_question_is_none(openai_server: FakeOpenAIServer, script: Any) -> None:
    script(openai_server)
    understanding = LLMUnderstanding(_settings(openai_server))
    assert await understanding.interview_question(["city"], Extraction(), "en") is None


async def test_the_factory_picks_the_path_from_settings(
    openai_server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    offline_only = build_understanding(Settings(_env_file=None))  # type: ignore[call-arg]
    assert isinstance(offline_only, OfflineOnly)
    assert await offline_only.extract(GIG, "gig") == _offline()
    assert await offline_only.interview_question(["city"], Extraction(), "en") is None

    assert isinstance(build_understanding(_settings(openai_server)), LLMUnderstanding)


# A hostile model's answer to GIG: every value below is possible, and none is supported by the text.
UNSUPPORTED: dict[str, Any] = {
    "pay_amount": 99_999,
    "locality": "https://jobs-now.example/apply",
    "dates": "Pay Rs 500 registration fee to 9876543210",
    "hours": "<script>alert(1)</script>",
    "city": "Delhi",
    "travel_cities": ["Pune"],
    "experience_years": 7,
    "slots": 4,
    "pay_per": "call +91 98765 43210",
    "skills": ["crypto trading", "mail@jobs-now.example"],
    "languages": ["t.me/jobsnow"],
}


@pytest.mark.parametrize("field", sorted(UNSUPPORTED))
async def test_a_value_the_text_does_not_support_falls_back_to_the_offline_reading(
    openai_server: FakeOpenAIServer, field: str
) -> None:
    openai_server.answer({**GOOD_ANSWER, field: UNSUPPORTED[field]})
    result = await LLMUnderstanding(_settings(openai_server)).extract(GIG, "gig")

    offline = _offline()
    published = result.model_dump_json()
    assert str(UNSUPPORTED[field]).strip("[]'") not in published
    for name in ("city", "locality", "pay", "dates", "hours", "experience_years", "slots", "travel_cities"):
        assert getattr(result, name) == getattr(offline, name), name


async def test_grounded_values_are_kept(openai_server: FakeOpenAIServer) -> None:
    text = "Need 2 electricians in Kothrud for 3 days, 800-1,000 per day, 9 to 6, 5 years experience"
    openai_server.answer(
        {
            "skills": ["house wiring"],
            "city": "Pune",  # named through its locality
            "locality": "Kothrud",
            "pay_amount": 800,
            "pay_max": 1000,
            "pay_unit": "day",
            "hours": "09:00-18:00",
            "dates": "3 days",
            "experience_years": 5,
            "slots": 2,
        }
    )
    result = await LLMUnderstanding(_settings(openai_server)).extract(text, "gig")

    assert (result.city, result.locality, result.hours, result.dates) == (
        "Pune",
        "Kothrud",
        "09:00-18:00",
        "3 days",
    )
    assert result.pay is not None and (result.pay.amount, result.pay.max_amount) == (800, 1000)
    assert (result.experience_years, result.slots) == (5, 2)


async def test_one_call_per_message_within_its_budget(openai_server: FakeOpenAIServer) -> None:
    openai_server.hang(30).answer(GOOD_ANSWER).say("Which city?")
    understanding = LLMUnderstanding(_settings(openai_server, timeout=20))
    started = time.monotonic()
    with message_budget(1.0):
        first = await understanding.extract(GIG, None)
        again = await understanding.extract(GIG, "gig")
        other = await understanding.extract("Ghatkopar West", "gig")
        question = await understanding.interview_question(["city"], Extraction(), "en")
    assert time.monotonic() - started < 2.0
    assert len(openai_server.requests) == 1
    assert first == OfflineUnderstanding().extract(GIG, None) and again == _offline()
    assert other == _offline("Ghatkopar West") and question is None
