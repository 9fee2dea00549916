"""What goes into and comes out of the dialogue engine, free of any transport."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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


@dataclass(frozen=True)
class Button:
    """An inline button (``data`` comes back as a BUTTON input) or a share-contact request."""

    label: str
    data: str = ""
    request_contact: bool = False


@dataclass
class Reply:
    """A message the engine wants sent; ``chat_id`` None means "to whoever wrote"."""

    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    chat_id: int | None = None

    @property
    def asks_for_contact(self) -> bool:
        return any(button.request_contact for row in self.buttons for button in row)
