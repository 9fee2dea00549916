"""`gigmatch chat` as a person uses it: a subprocess on stdin/stdout, two users taking turns with /as."""

from __future__ import annotations

import os
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.i18n import translate

GIGMATCH = str(Path(sys.executable).with_name("gigmatch"))
PROMPT = re.compile(r"you \(user (\d+)\)> $")
BUTTON = re.compile(r"\[(\d+)\] ([^\[\n]+?)(?=\s{3}\[|\s*$)", re.MULTILINE)


class Terminal:
    """A running `gigmatch chat`: type a line, read everything printed up to the next prompt."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.screen = self._read_to_prompt()

    def type(self, line: str) -> str:
        """Type a line and return what the bot printed in answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()
        self.screen = self._read_to_prompt()
        return self.screen

    def press(self, label: str) -> str:
        """Press the button with this label, by the number the terminal printed beside it."""
        numbers = [number for number, shown in BUTTON.findall(self.screen) if shown.strip() == label]
        assert numbers, f"no {label!r} button in:\n{self.screen}"
        return self.type(numbers[-1])

    def _read_to_prompt(self, timeout: float = 180.0) -> str:
        assert self.process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        output = b""
        deadline = time.monotonic() + timeout
        while not PROMPT.search(output.decode(errors="replace")):
            assert time.monotonic() < deadline, f"no prompt after:\n{output.decode(errors='replace')}"
            if selector.select(timeout=1.0):
                chunk = os.read(self.process.stdout.fileno(), 65536)
                assert chunk, f"gigmatch chat ended:\n{output.decode(errors='replace')}"
                output += chunk
        return output.decode()


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """Start `gigmatch chat` on the embedded defaults in a temporary data folder."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI")}
    # A wide console keeps each button row on one line.
    environment.update({"GIGMATCH_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "400"})
    process = subprocess.Popen(
        [GIGMATCH, "chat"],
        cwd=tmp_path,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        yield Terminal(process)
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=60)


def label(key: str, **params: object) -> str:
    """Return an English button label from the catalog."""
    return translate("en", key, **params)


def test_two_users_post_apply_and_shortlist_in_one_terminal(terminal: Terminal) -> None:
    assert "Are you looking for work, or hiring?" in terminal.screen

    terminal.press(label("button.hire"))
    terminal.type("need 2 electricians in Andheri Mumbai on Saturday, 800/day")
    published = terminal.press(label("button.publish"))
    assert "Published" in published

    # A new user starts at the menu: "1" picks the menu's first choice, it does not start a gig post.
    first_look = terminal.type("/as 2")
    assert "Are you looking for work, or hiring?" in first_look
    terminal.type("1")
    terminal.type("electrician, house wiring, live in Andheri Mumbai, 700 per day")
    saved = terminal.press(label("button.looks_right"))
    assert "Saved" in saved
    matches = terminal.type("/matches")
    assert "house wiring" in matches and "₹800/day" in matches
    terminal.press(label("button.interested"))
    sent = terminal.press(label("button.send_with_contact", username="user2"))
    # The card goes to user 1, numbered among user 1's buttons, not among user 2's.
    assert "message to user 1" in sent
    assert "Sent" in sent

    employer_view = terminal.type("/as 1")
    assert "A worker is interested" in employer_view
    assert label("button.shortlist") in employer_view
    shortlisted = terminal.press(label("button.shortlist"))
    assert "Shortlisted" in shortlisted
    assert "message to user 2" in shortlisted

    worker_view = terminal.type("/as 2")
    assert "you are shortlisted" in worker_view
    assert "house wiring" in worker_view
