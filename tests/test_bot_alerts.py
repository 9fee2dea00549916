"""Alerts as a worker meets them: /alerts, instant alerts, /stop, and a digest from `gigmatch alerts run`."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, running_bot

GIGMATCH = str(Path(sys.executable).with_name("gigmatch"))
WORKER_TEXT = "I am an electrician, wiring work, Andheri, 800 per day, 6 years"
GIG_TEXT = "Need an electrician in Andheri for wiring, 900 per day"


def daytime_zone() -> str:
    """Pick a timezone where it is daytime now, so instant alerts are not held for quiet hours."""
    for zone in ("Asia/Kolkata", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo"):
        if 9 <= datetime.now(ZoneInfo(zone)).hour < 20:
            return zone
    return "Pacific/Kiritimati"


async def _onboard(worker: User) -> None:
    await worker.command("start")
    await worker.press("role:worker")
    await worker.say(WORKER_TEXT)
    await worker.press("profile:save")


async def test_instant_alerts_arrive_and_stop_stops_them(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_TIMEZONE=daytime_zone())
    worker = User(telegram_server, 520)
    employer = User(telegram_server, 720)
    async with running_bot(settings):
        await _onboard(worker)
        await worker.command("alerts")
        saved = await tap_in_place(worker, "Instant")
        assert "as soon as new work that fits you is posted" in saved["text"]

        before = len(worker.inbox)
        await employer.say(GIG_TEXT)
        await employer.press("gig:publish")
        [alert] = (await telegram_server.wait_for_messages(worker.id, before + 1, timeout=20))[before:]
        assert "house wiring" in alert["text"] and "✓" in alert["text"]
        assert "new employer" in alert["text"]  # the employer's record goes with every gig card
        assert any(data.startswith("int:") for data in alert["buttons"])

        [stopped] = await worker.command("stop")
        assert "off" in stopped["text"]
        before = len(worker.inbox)
        await employer.say("Electrician wanted in Powai, wiring, 950 per day")
        await employer.press("gig:publish")
        await asyncio.sleep(2)
        assert len(worker.inbox) == before


async def test_a_gig_never_reaches_the_person_who_posted_it(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_TIMEZONE=daytime_zone())
    contractor = User(telegram_server, 521)  # an electrician who also hires for bigger jobs
    other = User(telegram_server, 522)
    async with running_bot(settings):
        for electrician in (contractor, other):
            await _onboard(electrician)
            await electrician.command("alerts")
            await tap_in_place(electrician, "Instant")

        before = {user.id: len(user.inbox) for user in (contractor, other)}
        await contractor.command("post")
        await contractor.say(GIG_TEXT)
        await contractor.press("gig:publish")
        [alert] = (await telegram_server.wait_for_messages(other.id, before[other.id] + 1, timeout=20))[
            before[other.id] :
        ]
        assert "house wiring" in alert["text"]
        await asyncio.sleep(2)
        offered = [
            m
            for m in contractor.inbox[before[contractor.id] :]
            if any(d.startswith("int:") for d in m["buttons"])
        ]
        assert offered == []
        [matches] = await contractor.command("matches")
        assert "₹900" not in matches["text"] and not any(d.startswith("int:") for d in matches["buttons"])


async def tap_in_place(user: User, label: str) -> dict[str, Any]:
    """Tap the newest button with this label; return the message it sits on once the bot rewrote it."""
    message = next(m for m in reversed(user.inbox) if label in m["button_labels"])
    data = message["buttons"][message["button_labels"].index(label)]
    sent_before = len(user.inbox)
    user.server.push_callback(user.id, data, message["message_id"], language_code=user.language_code)
    for _ in range(100):
        [now] = [m for m in user.inbox if m["message_id"] == message["message_id"]]
        # Two edits: the pressed buttons come down at once, then the panel is rewritten.
        if now["edits"] >= message["edits"] + 2:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.3)
    assert len(user.inbox) == sent_before, "the settings answered with a new message"
    return now


async def test_alert_settings_stay_in_one_message_until_done_and_read_as_a_sentence(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    worker = User(telegram_server, 521)
    hindi_worker = User(telegram_server, 522, language_code="hi")
    async with running_bot(make_settings(tmp_path, telegram_server)):
        await _onboard(worker)
        [panel] = await worker.command("alerts")
        assert "You'll get one message each evening at 7 pm with new work that fits you." in panel["text"]
        assert "✓ Daily" in panel["button_labels"] and "✓ 19:00" in panel["button_labels"]

        # Mode and time change in the same message: no second /alerts, no new message.
        instant = await tap_in_place(worker, "Instant")
        assert "as soon as new work that fits you is posted" in instant["text"]
        assert "✓ Instant" in instant["button_labels"] and "21:00" not in instant["button_labels"]
        await tap_in_place(worker, "Weekly")
        late = await tap_in_place(worker, "21:00")
        assert "every Sunday night at 9 pm" in late["text"] and "✓ 21:00" in late["button_labels"]
        done = await tap_in_place(worker, "✅ Done")
        assert done["message_id"] == panel["message_id"] and done["buttons"] == []
        assert (
            "You'll get one message every Sunday night at 9 pm with new work that fits you." in done["text"]
        )
        with sqlite3.connect(tmp_path / "gigmatch.sqlite3") as db:
            assert db.execute("SELECT mode, time FROM alert_prefs").fetchall() == [("weekly", "21:00")]

        await onboard(hindi_worker, "मैं इलेक्ट्रीशियन हूँ, पटना में रहता हूँ, 700 रोज़, सोमवार से शनिवार")
        [panel] = await hindi_worker.command("alerts")
        assert "आपको रोज़ शाम 7 बजे एक संदेश मिलेगा" in panel["text"]
        off = await tap_in_place(hindi_worker, "बंद")
        assert "अलर्ट बंद हैं।" in off["text"]


async def test_alerts_run_sends_one_digest_once(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 521)
    employer = User(telegram_server, 721)
    async with running_bot(settings):
        await _onboard(worker)
        await employer.say(GIG_TEXT)
        await employer.press("gig:publish")
    # The worker joined a day ago, so this evening's digest is due for them.
    with sqlite3.connect(settings.database_path) as db:
        db.execute("UPDATE users SET created_at = created_at - 86400 WHERE id = ?", (worker.id,))
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": telegram_server.token,
        "TELEGRAM_API_BASE_URL": telegram_server.base_url,
        "GIGMATCH_DATA_DIR": str(tmp_path),
    }
    before = len(worker.inbox)
    first = subprocess.run(
        [GIGMATCH, "alerts", "run"], env=environment, capture_output=True, text=True, timeout=120
    )
    assert first.returncode == 0, first.stderr
    assert "sent 1" in first.stdout
    digest = worker.inbox[before]
    assert "New gigs for you" in digest["text"] and "house wiring" in digest["text"]
    assert "new employer" in digest["text"]
    assert any(data.startswith("int:") for data in digest["buttons"])

    second = subprocess.run(
        [GIGMATCH, "alerts", "run"], env=environment, capture_output=True, text=True, timeout=120
    )
    assert "sent 0" in second.stdout
    assert len(worker.inbox) == before + 1
