"""Chroma is derived data: lose it, run `gigmatch reindex`, and workers see the same gigs again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, running_bot

GIGMATCH = str(Path(sys.executable).with_name("gigmatch"))


async def test_reindex_rebuilds_the_index_from_sqlite(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 540)
    employer = User(telegram_server, 740)
    async with running_bot(settings):
        await employer.say("Need a carpenter in Kothrud, Pune for wardrobe repair, 900 per day")
        await employer.press("gig:publish")
        await worker.command("start")
        await worker.press("role:worker")
        await worker.say("carpenter hu, furniture repair, Kothrud Pune, 800 per day")
        await worker.press("profile:save")

    shutil.rmtree(settings.chroma_path)
    environment = {**os.environ, "GIGMATCH_DATA_DIR": str(tmp_path)}
    rebuilt = subprocess.run(
        [GIGMATCH, "reindex"], env=environment, capture_output=True, text=True, timeout=120
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "reindexed 1 open gigs and 1 profiles" in rebuilt.stdout

    async with running_bot(settings):
        shown = await worker.command("matches", expect=2)
        assert any("Kothrud" in message["text"] and "₹900/day" in message["text"] for message in shown)
