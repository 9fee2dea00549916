"""A plain-text transcript of a conversation over the fake Bot API: what each side did and received."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User


class Transcript:
    """Every message the bot sent to the people named, in the order it sent them, between their actions."""

    def __init__(self, server: FakeTelegramServer) -> None:
        self.server = server
        self.names: dict[int, str] = {}
        self.lines: list[str] = []
        self._seen: set[int] = set()

    def user(self, user_id: int, name: str, *, username: str | None = None) -> RecordedUser:
        """Return a user whose actions, and everything the bot sends them, go into the transcript."""
        self.names[user_id] = name
        return RecordedUser(self, user_id, username=username)

    def note(self, text: str) -> None:
        """Write a line of narration (what happens off-screen, such as time passing)."""
        self.flush()
        self.lines.append(f"\n-- {text} --")

    def did(self, user_id: int, action: str) -> None:
        self.flush()
        self.lines.append(f"\n{self.names[user_id]} > {action}")

    def flush(self) -> None:
        """Write the messages sent since the last action, to whomever, in the order they were sent."""
        sent = [message for chat in self.names for message in self.server.sent_to(chat)]
        for message in sorted(sent, key=lambda message: message["message_id"]):
            if message["message_id"] in self._seen:
                continue
            self._seen.add(message["message_id"])
            self.lines.append(f"  bot -> {self.names[message['chat_id']]}:")
            self.lines.extend(f"    | {line}" for line in message["text"].splitlines())
            labels = message["button_labels"] or message["keyboard"]
            if labels:
                self.lines.append("    [" + "] [".join(labels) + "]")

    def text(self) -> str:
        self.flush()
        return "\n".join(self.lines).strip() + "\n"

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.text(), encoding="utf-8")


class RecordedUser(User):
    """A test user whose typing, commands and taps are written into a transcript."""

    def __init__(self, transcript: Transcript, user_id: int, *, username: str | None = None) -> None:
        super().__init__(transcript.server, user_id, username=username)
        self.transcript = transcript

    async def say(self, text: str, expect: int = 1) -> list[dict[str, Any]]:
        self.transcript.did(self.id, f"types: {text}")
        return await super().say(text, expect)

    async def command(self, name: str, expect: int = 1) -> list[dict[str, Any]]:
        self.transcript.did(self.id, f"/{name}")
        return await super().command(name, expect)

    async def press(self, data_prefix: str, expect: int = 1) -> list[dict[str, Any]]:
        data, message_id = self._find_button(data_prefix)
        [message] = [m for m in self.inbox if m["message_id"] == message_id]
        label = message["button_labels"][message["buttons"].index(data)]
        self.transcript.did(self.id, f"taps [{label}]")
        return await super().press(data_prefix, expect)
