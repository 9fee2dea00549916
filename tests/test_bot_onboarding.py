"""A worker onboards over HTTP with the real PTB Application against the fake Bot API server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, running_bot

ONE_MESSAGE = "mai electrician hu 6 saal, Andheri, 800 per din, sunday off"


def _rows_about(database: Path, user_id: int) -> dict[str, int]:
    tables = {
        "users": "id",
        "profiles": "user_id",
        "conversations": "user_id",
        "gigs": "employer_id",
        "interests": "worker_id",
        "alert_prefs": "user_id",
    }
    with sqlite3.connect(database) as db:
        return {
            table: db.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (user_id,)).fetchone()[0]
            for table, column in tables.items()
        }


async def test_worker_onboards_in_two_turns_then_sees_fixes_and_deletes(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 501, username="ravi_e")
    async with running_bot(settings):
        commands = {command["command"] for command in telegram_server.commands_registered}
        assert {"start", "profile", "delete", "help", "language"} <= commands

        [welcome] = await worker.command("start")
        assert "role:worker" in welcome["buttons"]

        # Turn 1: everything in one message, in Hinglish, so the bot answers in Hinglish. Turn 2: one tap.
        [card] = await worker.say(ONE_MESSAGE)
        assert "Mumbai" in card["text"] and "Andheri" in card["text"]
        assert "₹800/din" in card["text"] and "Som–Shani" in card["text"]
        assert "6 saal" in card["text"] and "Kya yeh sahi hai?" in card["text"]
        [saved] = await worker.press("profile:save")
        assert "Save ho gaya" in saved["text"] and "house wiring" in saved["text"]

        [shown] = await worker.command("profile")
        assert "Andheri, Mumbai" in shown["text"]

        [changed] = await worker.say("moved to Thane")
        assert "Thane" in changed["text"] and "Andheri" not in changed["text"]
        await worker.press("profile:save")
        [shown] = await worker.command("profile")
        assert "Thane" in shown["text"]

        [confirm] = await worker.command("delete")
        assert "delete:yes" in confirm["buttons"]
        [done] = await worker.press("delete:yes")
        assert "mita diya" in done["text"].lower()

    assert _rows_about(settings.database_path, worker.id) == dict.fromkeys(
        ["users", "profiles", "conversations", "gigs", "interests", "alert_prefs"], 0
    )


async def test_unusable_updates_get_a_short_helpful_answer(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    user = User(telegram_server, 502)
    async with running_bot(settings):
        before = len(user.inbox)
        telegram_server.push_sticker(user.id)
        telegram_server.push_photo(user.id, caption="my work")
        original = telegram_server.push_text(user.id, "hello")
        telegram_server.push_edited_text(user.id, original, "hello again")
        telegram_server.push_command(user.id, "frobnicate")
        telegram_server.push_text(user.id, "x" * 4000)
        messages = await telegram_server.wait_for_messages(user.id, before + 6, timeout=20)
        texts = [message["text"] for message in messages[before:]]
        assert any("only read text" in text for text in texts)
        assert any("edited" in text for text in texts)
        assert any("/help" in text and "command" in text for text in texts)
        assert any("role:worker" in message["buttons"] for message in messages[before:])  # "hello" is greeted

        group_before = len(telegram_server.sent_to(-100777))
        telegram_server.push_group_text(user.id, -100777, "/start")
        [answer] = (await telegram_server.wait_for_messages(-100777, group_before + 1, timeout=10))[
            group_before:
        ]
        assert "private" in answer["text"]


async def test_replies_follow_the_users_language_and_language_switches_it(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    hindi_phone = User(telegram_server, 503, language_code="hi")
    writes_devanagari = User(telegram_server, 504)
    async with running_bot(settings):
        [welcome] = await hindi_phone.command("start")
        assert "नमस्ते" in welcome["text"]
        hindi_commands = {command["description"] for command in telegram_server.commands_for("hi")}
        assert any("प्रोफ़ाइल" in description for description in hindi_commands)

        [card] = await writes_devanagari.say("मैं ड्राइवर हूँ, अहमदाबाद में रहता हूँ, 18000 महीना, 5 साल का अनुभव")
        assert (
            "📍 रहते हैं: अहमदाबाद" in card["text"]
            and "आपकी प्रोफ़ाइल" in card["text"]
            and "₹18,000/महीना" in card["text"]
        )
        assert "profile:save" in card["buttons"]

        [choice] = await writes_devanagari.command("language")
        assert "lang:en" in choice["buttons"]
        [switched] = await writes_devanagari.press("lang:en")
        assert "English" in switched["text"]
        [shown] = await writes_devanagari.command("help")
        assert "I find paid work" in shown["text"]
