"""With an LLM the bot reads messages through the real ChatOpenAI; when it fails, users still get answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.settings import Settings
from tests.fakes.openai_server import FakeOpenAIServer
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, running_bot

WORKER_TEXT = "electrician hu, wiring ka kaam, Kothrud me rehta hu"


def _llm_settings(tmp_path: Path, telegram: FakeTelegramServer, openai: FakeOpenAIServer) -> Settings:
    return make_settings(
        tmp_path,
        telegram,
        OPENAI_API_KEY="sk-test",
        OPENAI_BASE_URL=openai.base_url,
        GIGMATCH_LLM_TIMEOUT_SECONDS=1.0,
    )


async def test_the_llm_reads_the_message_and_asks_the_next_question(
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
        openai_server.say("Roz ka kam se kam kitna paisa chahiye, aur kaun se din kaam kar sakte ho?")
        [question] = await worker.say(WORKER_TEXT)
        assert question["text"] == "Roz ka kam se kam kitna paisa chahiye, aur kaun se din kaam kar sakte ho?"
        openai_server.answer(
            {"pay_amount": 900, "pay_unit": "day", "days": ["mon", "tue", "wed", "thu", "fri", "sat"]}
        )
        [card] = await worker.say("900 roz, sunday chhutti")
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
        [card] = await worker.say("mai electrician hu 6 saal, Andheri, 800 per din, sunday off")
        assert (
            "house wiring" in card["text"]
            and "Andheri, Mumbai" in card["text"]
            and "₹800/day" in card["text"]
        )
