"""Replies in the user's own language and script, down to the data, over HTTP against the fake Bot API."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, running_bot
from understanding.names import get_hindi_names

LATIN = re.compile(r"[A-Za-z]")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def card_line(text: str, icon: str) -> str:
    """Return the value on a card's line that starts with an icon ("📍 रहते हैं: पटना" -> "पटना")."""
    [line] = [line for line in text.splitlines() if line.startswith(icon)]
    return line.split(":", 1)[1].strip()


async def first_card(worker: User, text: str) -> dict[str, Any]:
    """Start as a worker and describe the work in one message; return the card to confirm."""
    await worker.command("start")
    await worker.press("role:worker")
    [card] = await worker.say(text)
    return card


async def test_a_hinglish_writer_gets_hinglish_and_can_switch_language(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 711)
    async with running_bot(settings):
        card = await first_card(worker, "main electrician hu, Patna me rehta hu, 700 roz chahiye, har din")
        assert "Kya yeh sahi hai?" in card["text"]
        # Hinglish keeps the data in Latin letters, with Hinglish units and days.
        assert card_line(card["text"], "📍") == "Patna"
        assert card_line(card["text"], "💰") == "₹700/din"
        assert card_line(card["text"], "📅") == "har din"

        [saved] = await worker.press("profile:save")
        assert "Save ho gaya" in saved["text"]

        [menu] = await worker.command("language")
        assert {"lang:en", "lang:hi", "lang:hi-Latn"} <= set(menu["buttons"])
        [chosen] = await worker.press("lang:en")
        assert chosen["text"] == "Okay, I'll write in English."
        # A choice made with /language holds even when the person writes Hinglish again.
        [changed] = await worker.say("ab main Danapur me rehta hu")
        assert "Lives in" in changed["text"] and "Danapur" in changed["text"]


async def test_a_hindi_card_names_trade_city_and_days_in_devanagari(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 712, language_code="hi")
    async with running_bot(settings):
        card = await first_card(worker, "मैं इलेक्ट्रीशियन हूँ, पटना में रहता हूँ, 700 रोज़, सोमवार से शनिवार")
        text = card["text"]
        assert "📍 रहते हैं: पटना" in text
        skills = card_line(text, "🛠")
        assert "घर की वायरिंग" in skills and not LATIN.search(skills), skills
        assert card_line(text, "💰") == "₹700/दिन"
        assert card_line(text, "📅") == "सोम–शनि"
        assert "गिग" not in text


async def test_a_trade_without_a_hindi_name_is_spelled_in_devanagari(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 713)
    async with running_bot(settings):
        await worker.command("language")
        await worker.press("lang:hi")
        card = await first_card(worker, "I work as a sommelier in Jaipur, 900 per day, Mon to Sat")
        skills = card_line(card["text"], "🛠")
        assert get_hindi_names().written("trade", "sommelier") is None  # no hand-written name
        assert DEVANAGARI.search(skills) and not LATIN.search(skills), skills
        assert card_line(card["text"], "📍") == "जयपुर"


async def test_english_replies_carry_english_units_for_a_rate_written_in_hindi(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 714)
    async with running_bot(settings):
        card = await first_card(worker, "मैं घर से हिंदी ऑडियो ट्रांसक्रिप्शन करता हूँ, 20 रुपये प्रति ऑडियो, हर दिन")
        assert card_line(card["text"], "💰") == "₹20/ऑडियो"
        await worker.press("profile:save")
        await worker.command("language")
        await worker.press("lang:en")
        [shown] = await worker.command("profile")
        assert card_line(shown["text"], "💰") == "₹20/audio"
        assert not DEVANAGARI.search(card_line(shown["text"], "🛠")), shown["text"]
