"""Chroma as the bot's own server: started with it, reached over HTTP, stopped with it, never left behind."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from app.services import Services
from core.models import Profile
from core.settings import Settings
from retrieval.chroma_server import ChromaDirectoryBusy, chroma_cli
from retrieval.index import GIG_SHARD_PREFIX, WORKERS_COLLECTION
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot

GIGMATCH = str(Path(sys.executable).with_name("gigmatch"))
ELECTRICIAN = "I am an electrician, house wiring, I live in Andheri, 700 per day, 5 years"

pytestmark = pytest.mark.skipif(not chroma_cli().is_file(), reason="the chroma CLI is not installed")


def chroma_processes(data_dir: Path) -> list[int]:
    """Return the live `chroma run` processes serving anything under this data dir."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rpartition(")")[2].split()[0]
        except (FileNotFoundError, ProcessLookupError, NotADirectoryError, PermissionError):
            continue
        if b"run" in command and any(str(data_dir).encode() in part for part in command) and state != "Z":
            found.append(int(entry.name))
    return found


def indexed(url: str) -> tuple[int, int]:
    """Return how many workers and gigs the server itself holds."""
    client = chromadb.HttpClient(
        host="127.0.0.1",
        port=int(url.rsplit(":", 1)[1]),
        settings=ChromaSettings(anonymized_telemetry=False),
    )
    counts = {collection.name: collection.count() for collection in client.list_collections()}
    gigs = sum(count for name, count in counts.items() if name.startswith(GIG_SHARD_PREFIX))
    return counts[WORKERS_COLLECTION], gigs


def offered(messages: list[dict[str, str]]) -> list[str]:
    """Return the pay of each gig card shown."""
    return sorted(pay for message in messages for pay in ("₹800/day", "₹900/day") if pay in message["text"])


async def test_profiles_and_gigs_live_in_the_bot_s_server_and_either_mode_finds_them_after_a_restart(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    managed = make_settings(tmp_path, telegram_server, GIGMATCH_CHROMA_SERVER="managed")
    employer, worker = User(telegram_server, 700), User(telegram_server, 501)
    async with running_bot(managed) as bot:
        assert bot.services.chroma is not None and bot.services.chroma.url is not None
        url, pid = bot.services.chroma.url, bot.services.chroma.pid
        assert chroma_processes(tmp_path) == [pid]
        await post_gig(employer, "Need 2 electricians in Andheri this Saturday, 800/day, wiring work")
        await onboard(worker, ELECTRICIAN)
        assert offered(await worker.command("matches", expect=2)) == ["₹800/day"]
        assert indexed(url) == (1, 1)
    assert chroma_processes(tmp_path) == []  # stopped with the bot

    async with running_bot(managed) as bot:  # a restart: a new server on the same files
        assert bot.services.chroma is not None and bot.services.chroma.url is not None
        assert indexed(bot.services.chroma.url) == (1, 1)
        assert offered(await worker.command("matches", expect=2)) == ["₹800/day"]

    embedded = make_settings(tmp_path, telegram_server, GIGMATCH_CHROMA_SERVER="embedded")
    async with running_bot(embedded) as bot:  # the same files opened in the bot's own process
        assert bot.services.chroma is not None and bot.services.chroma.url is None
        assert chroma_processes(tmp_path) == []
        assert offered(await worker.command("matches", expect=2)) == ["₹800/day"]
        await post_gig(employer, "Electrician needed in Andheri, wiring work, 900 per day")

    async with running_bot(managed) as bot:  # and what the embedded run wrote, back in a server
        assert bot.services.chroma is not None and bot.services.chroma.url is not None
        assert indexed(bot.services.chroma.url) == (1, 2)
        assert offered(await worker.command("matches", expect=3)) == ["₹800/day", "₹900/day"]
    assert chroma_processes(tmp_path) == []


@contextmanager
def bot_process(data_dir: Path, server: FakeTelegramServer) -> Iterator[subprocess.Popen[bytes]]:
    """Start `gigmatch run` (its defaults) in a folder whose .env also sets Chroma's own names."""
    (data_dir / ".env").write_text("ANONYMIZED_TELEMETRY=True\nIS_PERSISTENT=FALSE\n", encoding="utf-8")
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("GIGMATCH")},
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "GIGMATCH_DATA_DIR": str(data_dir / "data"),
    }
    process = subprocess.Popen([GIGMATCH, "run"], env=environment, cwd=data_dir, stderr=subprocess.PIPE)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def wait_until_gone(data_dir: Path, seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while chroma_processes(data_dir) and time.monotonic() < deadline:
        time.sleep(0.1)
    return chroma_processes(data_dir)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL])
async def test_gigmatch_run_keeps_chroma_in_a_clean_child_that_never_outlives_it(
    tmp_path: Path, telegram_server: FakeTelegramServer, stop: signal.Signals
) -> None:
    worker = User(telegram_server, 601)
    with bot_process(tmp_path, telegram_server) as bot:
        await telegram_server.wait_until(lambda: bool(telegram_server.commands_registered), timeout=90)
        await onboard(worker, ELECTRICIAN)
        [child] = chroma_processes(tmp_path)
        assert Path(f"/proc/{child}/stat").read_text().rpartition(")")[2].split()[1] == str(bot.pid)
        environment = dict(
            item.split("=", 1) for item in Path(f"/proc/{child}/environ").read_text().split("\0") if item
        )
        # Nothing of ours reaches Chroma (no token), and its telemetry stays off whatever a .env says.
        assert not [name for name in environment if name.startswith(("TELEGRAM", "GIGMATCH", "OPENAI"))]
        assert environment["ANONYMIZED_TELEMETRY"] == "False"
        assert os.readlink(f"/proc/{child}/cwd") == str(tmp_path / "data" / "chroma")
        bot.send_signal(stop)
        if stop == signal.SIGINT:
            assert bot.wait(timeout=60) == 0
        assert wait_until_gone(tmp_path) == []
    assert bot.stderr is not None
    logs = bot.stderr.read().decode()
    assert "Chroma server ready" in logs
    if stop == signal.SIGINT:
        assert "Chroma server stopped" in logs and "Traceback" not in logs


async def test_a_server_that_does_not_answer_in_time_gives_way_to_embedded_chroma(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        GIGMATCH_DATA_DIR=tmp_path,
        GIGMATCH_CHROMA_SERVER="managed",
        GIGMATCH_CHROMA_START_TIMEOUT_SECONDS=0.05,
    )
    with caplog.at_level(logging.WARNING, logger="retrieval.chroma_server"):
        async with Services.running(settings) as services:
            assert services.chroma is not None and services.chroma.url is None
            assert chroma_processes(tmp_path) == []  # the slow child was stopped, not left running
            worker = Profile(user_id=1, skills=["house wiring"], skill_families=["electrical"], city="Mumbai")
            await services.index.upsert_profiles([worker])
            assert services.index.workers.count() == 1  # the index works, in this process
    assert "did not answer" in caplog.text and "Chroma runs embedded in this process instead" in caplog.text


async def test_a_second_server_on_the_same_files_is_refused(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, GIGMATCH_DATA_DIR=tmp_path, GIGMATCH_CHROMA_SERVER="managed"
    )
    async with Services.running(settings) as first:
        assert first.chroma is not None and first.chroma.url is not None
        second = Services.build(settings.model_copy(update={"chroma_start_timeout_seconds": 1.0}))
        with pytest.raises(ChromaDirectoryBusy, match="another Chroma server still uses"):
            await second.initialize()
        await second.shutdown()
        assert chroma_processes(tmp_path) == [first.chroma.pid]


async def test_an_embedded_command_while_the_bot_s_server_runs_uses_that_server(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, GIGMATCH_DATA_DIR=tmp_path, GIGMATCH_CHROMA_SERVER="managed"
    )
    async with Services.running(settings) as bot:
        assert bot.chroma is not None and bot.chroma.url is not None
        # `gigmatch reindex` or `alerts run` meanwhile: into the bot's server, never under it.
        one_shot = settings.model_copy(update={"chroma_server": "embedded"})
        async with Services.running(one_shot) as command:
            assert command.chroma is not None and command.chroma.url == bot.chroma.url
            worker = Profile(user_id=1, skills=["house wiring"], skill_families=["electrical"], city="Mumbai")
            await command.index.upsert_profiles([worker])
        assert chroma_processes(tmp_path) == [bot.chroma.pid]  # the command left the bot's server running
        assert bot.index.workers.count() == 1
    async with Services.running(settings.model_copy(update={"chroma_server": "embedded"})) as alone:
        assert alone.chroma is not None and alone.chroma.url is None  # no server runs: embedded
        assert alone.index.workers.count() == 1
