"""Alerts as a worker meets them: /alerts, instant alerts, /stop, and a digest from `gigmatch alerts run`."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, running_bot

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
        [menu] = await worker.command("alerts")
        assert "Daily" in menu["text"] and "alerts:mode:instant" in menu["buttons"]
        [saved] = await worker.press("alerts:mode:instant")
        assert "Instant" in saved["text"]

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
