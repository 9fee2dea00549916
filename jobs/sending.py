"""How jobs send a message without knowing the transport: the `Sender` protocol and the errors it raises."""

from __future__ import annotations

from typing import Any, Protocol

from core.messages import Button, Reply


class SendError(Exception):
    """A message was not delivered; ``reason`` is the transport's own words, for the logs and the outbox."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Blocked(SendError):
    """The chat cannot be written to again: the user blocked the bot, or the chat is gone."""


class Rejected(SendError):
    """The transport refused this message (a bad request): sending it again cannot help."""


class RetryAfter(SendError):
    """The transport asks every send of the bot to wait this many seconds (Telegram's 429)."""

    def __init__(self, reason: str, seconds: float) -> None:
        super().__init__(reason)
        self.seconds = seconds


class Unreachable(SendError):
    """A timeout, a dropped connection or a server error: the message may or may not have arrived."""


class Sender(Protocol):
    """Sends one reply to one chat, raising a `SendError` subclass when it could not (bot/telegram.py)."""

    async def send(
        self, chat_id: int, reply: Reply, *, timeout: float | None = None, paid_broadcast: bool = False
    ) -> None: ...


def reply_payload(reply: Reply) -> dict[str, Any]:
    """Return the outbox's JSON for a reply.

    The shape is the one rows already queued carry (Telegram's inline keyboard), so both stay readable.
    """
    return {"text": reply.text, "reply_markup": inline_keyboard(reply.buttons)}


def inline_keyboard(rows: list[list[Button]]) -> dict[str, Any] | None:
    """Return Telegram's inline keyboard for rows of buttons (None without buttons)."""
    keyboard = [[{"text": b.label, "callback_data": b.data} for b in row] for row in rows]
    return {"inline_keyboard": keyboard} if keyboard else None


def reply_from_payload(payload: dict[str, Any]) -> Reply:
    """Read a reply back from the outbox's JSON."""
    markup = payload.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    buttons = [[Button(label=b["text"], data=b.get("callback_data", "")) for b in row] for row in rows]
    return Reply(text=payload["text"], buttons=buttons)
