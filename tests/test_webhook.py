"""`gigmatch run --webhook URL` as a real process: Telegram (the fake Bot API) posts updates to it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User

GIGMATCH = str(Path(sys.executable).with_name("gigmatch"))
SECRET = "webhook-secret_42"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


async def test_the_bot_answers_updates_telegram_posts_to_its_webhook_and_refuses_forged_ones(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": telegram_server.token,
        "TELEGRAM_API_BASE_URL": telegram_server.base_url,
        "GIGMATCH_DATA_DIR": str(tmp_path),
        "GIGMATCH_WEBHOOK_LISTEN": "127.0.0.1",
        "GIGMATCH_WEBHOOK_PORT": str(port),
        "GIGMATCH_WEBHOOK_SECRET": SECRET,
    }
    process = subprocess.Popen([GIGMATCH, "run", "--webhook", url], env=environment, stderr=subprocess.PIPE)
    try:
        await telegram_server.wait_until(
            lambda: (
                telegram_server.webhook is not None
                and bool(telegram_server.commands_registered)
                and _listening(port)
            ),
            timeout=90,
        )
        webhook = telegram_server.webhook or {}
        assert webhook["url"] == url and webhook["secret_token"] == SECRET

        worker = User(telegram_server, 701)
        [welcome] = await worker.command("start")
        assert "role:worker" in welcome["buttons"]
        [question] = await worker.press("role:worker")
        assert question["text"]

        intruder = User(telegram_server, 702)
        sender = {"id": 702, "is_bot": False, "first_name": "X"}
        chat = {"id": 702, "type": "private"}
        message = {"message_id": 1, "date": 0, "chat": chat, "from": sender, "text": "/start"}
        forged = {"update_id": 10_001, "message": message}
        assert telegram_server.post_to_webhook(forged, secret="wrong") == 403
        assert telegram_server.post_to_webhook(forged, secret=None) == 403
        await worker.say("electrician hu, Andheri me")  # a later genuine turn goes through ...
        assert intruder.inbox == []  # ... and the forged ones never did
        assert not any(method == "getUpdates" for method, _ in telegram_server.calls)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    assert process.stderr is not None
    logs = process.stderr.read().decode()
    assert SECRET not in logs and telegram_server.token not in logs


def test_a_webhook_that_is_not_a_url_is_refused_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_code:
        main(["run", "--webhook", "bot.example.com"])
    assert exit_code.value.code == 2
    assert "https://bot.example.com/telegram" in capsys.readouterr().err
