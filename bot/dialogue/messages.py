"""What goes into and comes out of the dialogue engine, free of any transport."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# The replies are shared with jobs/ (digests, alerts): they live in core and are re-exported here.
from core.messages import Button, Reply

__all__ = ["Button", "Incoming", "InputKind", "Reply"]


class InputKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    BUTTON = "button"
    CONTACT = "contact"
    LOCATION = "location"
    UNSUPPORTED = "unsupported"  # stickers, photos, voice, documents ...
    EDITED = "edited"
    GROUP = "group"


@dataclass(frozen=True)
class Incoming:
    """One thing a user did: typed, tapped, shared or sent something we cannot read."""

    user_id: int
    chat_id: int
    kind: InputKind
    text: str = ""  # the message text, the command without "/", or the button's data
    args: str = ""  # what followed a command
    username: str | None = None
    language_code: str | None = None
    phone: str | None = None
    latitude: float | None = None
    longitude: float | None = None
