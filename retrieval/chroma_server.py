"""`chroma run` as a child process serving the data dir's Chroma over HTTP, started and stopped with us."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import BinaryIO

import httpx

log = logging.getLogger(__name__)

HEARTBEAT_PATH = "/api/v2/heartbeat"
_CHILD = Path(__file__).with_name("chroma_child.py")
# Chroma reads its own settings from unprefixed and CHROMA_ names in the environment (and a .env in the
# working directory): the child gets only what any process needs, so none of ours or the operator's leak in.
_KEPT_ENVIRONMENT = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ")
_CHILD_SETTINGS = {"ANONYMIZED_TELEMETRY": "False", "RUST_LOG": "warn", "NO_COLOR": "1"}
_STOP_SECONDS = 10.0
_PORT_TRIES = 3


class ChromaServerError(RuntimeError):
    """The Chroma server could not be started; the message says why."""


class ChromaDirectoryBusy(RuntimeError):
    """Another Chroma server still serves this directory: neither a second server nor embedded may open it."""


def chroma_cli() -> Path:
    """Return the `chroma` CLI that the installed chromadb put beside this Python."""
    return Path(sys.executable).with_name("chroma")


def child_environment() -> dict[str, str]:
    """Return the Chroma server's environment: the basics of this one, telemetry off, warnings only."""
    kept = {name: os.environ[name] for name in _KEPT_ENVIRONMENT if name in os.environ}
    return {**kept, **_CHILD_SETTINGS}


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ChromaServer:
    """A `chroma run` child on the data dir's Chroma directory, for the index to reach over HTTP.

    Embedded Chroma holds the GIL through every write (20-50 ms each), stalling the bot's event loop; in a
    process of its own it holds nothing of ours. The files are the same either way, so switching between
    the two loses nothing. The child runs in a session of its own (a Ctrl-C in the terminal reaches only the
    bot, which stops it after the last write) and is sent SIGTERM by the kernel if the bot dies.
    """

    def __init__(self, path: Path, log_path: Path, *, timeout: float, managed: bool = True) -> None:
        self.path = path
        self.log_path = log_path
        # Locked while a server of ours runs on the directory (the child holds the lock as long as it lives),
        # and holding its URL, for the other commands to use it instead of opening the files under it.
        self.lock_path = path.with_name(path.name + "-server.lock")
        self.timeout = timeout
        self.managed = managed  # start a server; else only use one of ours that already runs
        self.url: str | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """Return the running server's process id, if one runs."""
        return self._process.pid if self._process is not None and self._process.poll() is None else None

    async def initialize(self) -> None:
        """Start the server when managed, else use the one of ours running on these files, if any.

        A managed server that cannot start is said why and leaves `url` unset (Chroma runs embedded).
        Raises ChromaDirectoryBusy if another server of ours still holds the files after the timeout.
        """
        if not self.managed:
            self.url = await asyncio.to_thread(self._running_url)
            if self.url is not None:
                log.info("using the Chroma server that already runs on %s (%s)", self.path, self.url)
            return
        try:
            await self.start()
        except ChromaServerError as error:
            log.warning("%s; Chroma runs embedded in this process instead", error)

    def _running_url(self) -> str | None:
        """Return the URL of the server of ours that holds the files' lock, once it has written it."""
        if not self.lock_path.is_file():
            return None
        deadline = time.monotonic() + self.timeout
        with self.lock_path.open("rb") as lock:
            while True:
                try:
                    fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
                    return None  # nobody serves the files (closing the file lets go of the lock)
                except BlockingIOError:
                    lock.seek(0)
                    url = lock.read().decode().strip()
                    if url:
                        return url
                if time.monotonic() > deadline:  # the server is still starting: its URL is not written yet
                    raise ChromaDirectoryBusy(
                        f"a Chroma server is starting on {self.path} and did not answer"
                    )
                time.sleep(0.2)

    async def start(self) -> None:
        """Start `chroma run` on a free port, wait for its heartbeat; raise ChromaServerError if it fails."""
        cli = chroma_cli()
        if not cli.is_file():
            raise ChromaServerError(f"no Chroma CLI at {cli}")
        self.path.mkdir(parents=True, exist_ok=True)
        # Appending, not truncating: the URL in it belongs to whoever holds the lock.
        with self.lock_path.open("a+b") as lock:
            await asyncio.to_thread(self._lock, lock)
            for attempt in range(1, _PORT_TRIES + 1):
                if await self._try(cli, lock, last=attempt == _PORT_TRIES):
                    lock.truncate(0)
                    lock.write(f"{self.url}\n".encode())
                    return

    def _lock(self, lock: BinaryIO) -> None:
        """Take the directory's lock, waiting a while for a server that is stopping (its bot was killed)."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise ChromaDirectoryBusy(
                        f"another Chroma server still uses {self.path} (see {self.lock_path})"
                    ) from None
                time.sleep(0.2)

    async def _try(self, cli: Path, lock: BinaryIO, *, last: bool) -> bool:
        """Start the server on a free port; False if that port was taken meanwhile (try another)."""
        port = free_port()
        # Started from the event loop's thread, which lives as long as the process: the parent-death
        # signal follows the thread that started the child, so a worker thread's end would stop it.
        self._process = self._spawn(cli, port, lock)
        url = f"http://127.0.0.1:{port}"
        try:
            await asyncio.to_thread(self._wait_for_heartbeat, url)
        except ChromaServerError as error:
            await self.shutdown()
            # Another process may take the free port before the child binds it.
            if last or "is not available" not in str(error):
                raise
            return False
        self.url = url
        log.info("Chroma server ready at %s (pid %d, data in %s)", url, self._process.pid, self.path)
        return True

    def _spawn(self, cli: Path, port: int, lock: BinaryIO) -> subprocess.Popen[bytes]:
        command = [str(cli), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(port)]
        with self.log_path.open("wb") as output:
            return subprocess.Popen(
                [sys.executable, "-I", str(_CHILD), str(os.getpid()), *command],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                cwd=self.path,
                env=child_environment(),
                start_new_session=True,
                pass_fds=(lock.fileno(),),  # the lock is held while any process keeps this file open
            )

    def _wait_for_heartbeat(self, url: str) -> None:
        """Wait for the server's heartbeat; raise ChromaServerError if it ends or takes too long."""
        assert self._process is not None
        deadline = time.monotonic() + self.timeout
        with httpx.Client(timeout=1.0) as client:
            while True:
                try:
                    if client.get(url + HEARTBEAT_PATH).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                if self._process.poll() is not None:
                    raise ChromaServerError(
                        f"the Chroma server exited with code {self._process.returncode}: {self._log_tail()}"
                    )
                if time.monotonic() > deadline:
                    raise ChromaServerError(
                        f"the Chroma server did not answer at {url} within {self.timeout:g} s "
                        f"(its log: {self.log_path})"
                    )
                time.sleep(0.1)

    def _log_tail(self) -> str:
        lines = self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        return lines[-1] if lines else f"nothing in {self.log_path}"

    async def shutdown(self) -> None:
        """Stop the server: SIGTERM, and SIGKILL if it has not ended within 10 s."""
        process, self._process, self.url = self._process, None, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            await asyncio.to_thread(process.wait, _STOP_SECONDS)
        except subprocess.TimeoutExpired:
            log.warning("the Chroma server did not stop within %g s: killing it", _STOP_SECONDS)
            process.kill()
            await asyncio.to_thread(process.wait)
        log.info("Chroma server stopped")
