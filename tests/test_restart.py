"""`gigmatch run` as a real process: killed mid-interview, a new process continues where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User

GIGMATCH = str(Path(sys.executable).with_name("gigmatch"))


@contextmanager
def bot_process(
    data_dir: Path, server: FakeTelegramServer, **settings: str
) -> Iterator[subprocess.Popen[bytes]]:
    """Start `gigmatch run` against the fake Bot API server; kill -9 it on exit."""
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "GIGMATCH_DATA_DIR": str(data_dir),
        **settings,
    }
    process = subprocess.Popen([GIGMATCH, "run"], env=environment, stderr=subprocess.PIPE)
    try:
        yield process
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)


async def test_a_new_process_continues_the_interview(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    worker = User(telegram_server, 601)
    with bot_process(tmp_path, telegram_server):
        await telegram_server.wait_until(lambda: bool(telegram_server.commands_registered), timeout=60)
        await worker.command("start")
        await worker.press("role:worker")
        [question] = await worker.say("I am an electrician, wiring work, I live in Andheri")
        assert "pay" in question["text"].lower()
    # The first process is gone (kill -9). A new one picks up the same SQLite file.
    with bot_process(tmp_path, telegram_server) as second:
        [card] = await worker.say("800 per day, sunday off")
        assert second.poll() is None
        assert (
            "house wiring" in card["text"]
            and "Andheri, Mumbai" in card["text"]
            and "₹800/day" in card["text"]
        )
        assert "profile:save" in card["buttons"]


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
async def test_no_token_or_message_body_reaches_the_logs(
    tmp_path: Path, telegram_server: FakeTelegramServer, level: str
) -> None:
    worker = User(telegram_server, 602, username="ravi_wires")
    with bot_process(tmp_path, telegram_server, GIGMATCH_LOG_LEVEL=level) as process:
        await telegram_server.wait_until(lambda: bool(telegram_server.commands_registered), timeout=60)
        await worker.command("start")
        await worker.press("role:worker")
        await worker.say("mera naam Ravi, electrician hu Andheri me, 800 per day, call 98200 12345")
    assert process.stderr is not None
    logs = process.stderr.read().decode()
    assert "services ready" in logs  # the logs are really captured
    if level == "DEBUG":
        assert "sendMessage" in logs and " DEBUG " in logs  # the chatty level really ran
    assert telegram_server.token not in logs and telegram_server.token.split(":")[1] not in logs
    for private in ("Ravi", "800 per day", "98200 12345", "ravi_wires", "role:worker", "Andheri"):
        assert private not in logs, private
