"""With an LLM the bot reads messages through the real ChatOpenAI; when it fails, users still get answers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from core.settings import Settings
from tests.fakes.openai_server import FakeOpenAIServer
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, running_bot

WORKER_TEXT = "I am an electrician, wiring work, I live in Kothrud"


def _llm_settings(tmp_path: Path, telegram: FakeTelegramServer, openai: FakeOpenAIServer) -> Settings:
    return make_settings(
        tmp_path,
        telegram,
        OPENAI_API_KEY="sk-test",
        OPENAI_BASE_URL=openai.base_url,
        GIGMATCH_LLM_TIMEOUT_SECONDS=1.0,
    )


async def test_the_llm_reads_the_message_once_and_the_catalog_asks_the_next_question(
    tmp_path: Path, telegram_server: FakeTelegramServer, openai_server: FakeOpenAIServer
) -> None:
    worker = User(telegram_server, 801)
    async with running_bot(_llm_settings(tmp_path, telegram_server, openai_server)):
        await worker.command("start")
        await worker.press("role:worker")
        openai_server.answer(
            {
                "skills": ["house wiring", "inverter installation"],
                "city": "Pune",
                "locality": "Kothrud",
                "intent": "worker",
            }
        )
        openai_server.say("Roz ka kam se kam kitna paisa chahiye?")
        [question] = await worker.say(WORKER_TEXT)
        # One LLM call per message: it read the message, so the next question is the catalog's.
        assert "minimum pay" in question["text"] and len(openai_server.requests) == 1
        openai_server.answer(
            {"pay_amount": 900, "pay_unit": "day", "days": ["mon", "tue", "wed", "thu", "fri", "sat"]}
        )
        [card] = await worker.say("900 per day, sunday off")
        # "inverter installation" was never in the worker's words: it can only have come from the LLM.
        assert "inverter installation" in card["text"] and "Kothrud, Pune" in card["text"]
        assert "₹900/day" in card["text"]


@pytest.mark.parametrize("failure", ["error", "timeout", "invalid_json", "dead"])
async def test_a_failing_llm_falls_back_to_the_offline_path(
    tmp_path: Path, telegram_server: FakeTelegramServer, openai_server: FakeOpenAIServer, failure: str
) -> None:
    worker = User(telegram_server, 802)
    settings = _llm_settings(tmp_path, telegram_server, openai_server)
    for _ in range(6):  # enough for every call and retry of the turn
        if failure == "error":
            openai_server.fail(500)
        elif failure == "timeout":
            openai_server.hang(5)
        elif failure == "invalid_json":
            openai_server.raw("{not json at all")
    if failure == "dead":
        openai_server.stop()
    async with running_bot(settings):
        await worker.command("start")
        await worker.press("role:worker")
        [card] = await worker.say("I am an electrician, 6 years, Andheri, 800 per day, sunday off")
        assert (
            "house wiring" in card["text"]
            and "Andheri, Mumbai" in card["text"]
            and "₹800/day" in card["text"]
        )


async def test_a_hanging_llm_keeps_the_wait_within_the_budget(
    tmp_path: Path, telegram_server: FakeTelegramServer, openai_server: FakeOpenAIServer
) -> None:
    worker = User(telegram_server, 803)
    settings = make_settings(
        tmp_path,
        telegram_server,
        OPENAI_API_KEY="sk-test",
        OPENAI_BASE_URL=openai_server.base_url,
        GIGMATCH_LLM_TIMEOUT_SECONDS=20.0,
    )
    for _ in range(6):
        openai_server.hang(30)
    async with running_bot(settings):
        await worker.command("start")
        started = time.monotonic()
        [card] = await worker.say("I am an electrician, 6 years, Andheri, 800 per day, sunday off")
        waited = time.monotonic() - started
    assert waited <= 8.0, waited  # GIGMATCH_LLM_BUDGET_SECONDS is 6 by default
    assert "₹800/day" in card["text"] and len(openai_server.requests) == 1


async def test_a_hostile_answer_never_reaches_a_published_card(
    tmp_path: Path, telegram_server: FakeTelegramServer, openai_server: FakeOpenAIServer
) -> None:
    employer = User(telegram_server, 804)
    hostile = {
        "skills": ["cook"],
        "city": "Delhi",
        "locality": "98200 12345",
        "pay_amount": 99999,
        "pay_unit": "day",
        "dates": "Pay Rs 500 registration fee to 98200 12345",
        "hours": "<script>x</script>",
        "intent": "gig",
    }
    async with running_bot(_llm_settings(tmp_path, telegram_server, openai_server)):
        openai_server.answer(hostile)
        [card] = await employer.say("Need a cook in Indore for home, 9000 per month")
        openai_server.answer(hostile)
        [published] = await employer.press("gig:publish")
        [listed] = await employer.command("mygigs")
    assert "Published" in published["text"]
    for text in (card["text"], listed["text"]):
        assert "Indore" in text and "₹9,000/month" in text
        for invented in ("Delhi", "98200", "99,999", "registration", "script"):
            assert invented not in text, invented
