"""What the bot sends, free of any transport: a reply's text and its buttons."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    """An inline button (``data`` comes back as a BUTTON input) or a share-contact request."""

    label: str
    data: str = ""
    request_contact: bool = False


@dataclass
class Reply:
    """A message to send; ``chat_id`` None means "to whoever wrote".

    ``remove_keyboard`` takes down a share-contact keyboard shown earlier (a message without buttons).
    ``replaces_pressed`` rewrites the message whose button was pressed instead of sending a new one, so a
    settings panel stays one message while it changes.
    """

    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    chat_id: int | None = None
    remove_keyboard: bool = False
    replaces_pressed: bool = False

    @property
    def asks_for_contact(self) -> bool:
        return any(button.request_contact for row in self.buttons for button in row)
