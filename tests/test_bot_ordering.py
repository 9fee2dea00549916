"""One chat's updates are answered in the order they were sent; other chats never wait for it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fakes.telegram_server import FakeTelegramServer, Fault
from tests.harness import User, make_settings, running_bot

DESCRIPTION = "I am an electrician, wiring work, Andheri, 800 per day, 6 years"


async def test_a_tap_and_a_message_sent_at_once_are_answered_as_if_sent_slowly(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    # Telegram answering the tap slowly must not let the message that followed it overtake it.
    telegram_server.method_delays["answerCallbackQuery"] = 1.0
    patient, hasty = User(telegram_server, 580), User(telegram_server, 581)
    async with running_bot(settings):
        await patient.command("start")
        await patient.press("role:worker")
        await patient.say(DESCRIPTION)
        [menu] = await hasty.command("start")
        data = next(data for data in menu["buttons"] if data.startswith("role:worker"))
        telegram_server.push_callback(hasty.id, data, menu["message_id"])
        telegram_server.push_text(hasty.id, DESCRIPTION)
        await telegram_server.wait_for_messages(hasty.id, len(patient.inbox), timeout=30)
        await asyncio.sleep(1.5)  # anything more would arrive now
    assert [m["text"] for m in hasty.inbox] == [m["text"] for m in patient.inbox]
    assert "profile:save" in hasty.inbox[-1]["buttons"]  # the description was read as a worker's


async def test_a_slow_reply_to_one_user_holds_up_nobody_else(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    stalled, other = User(telegram_server, 582), User(telegram_server, 583)
    async with running_bot(settings):
        await stalled.command("help")
        await other.command("help")
        telegram_server.script_faults(stalled.id, [Fault(delay=4.0)])
        telegram_server.push_command(stalled.id, "help")
        telegram_server.push_command(stalled.id, "profile")
        await asyncio.sleep(0.2)
        [answer] = await other.command("help")
        still_waiting = len(stalled.inbox)
        late = await telegram_server.wait_for_messages(stalled.id, 3, timeout=30)
    assert answer["text"] == other.inbox[0]["text"]
    assert still_waiting == 1  # the other user was answered while this one's reply was stuck
    assert late[1]["text"] == late[0]["text"]  # then /help, then /profile, in the order sent
    assert late[2]["text"] != late[0]["text"]
