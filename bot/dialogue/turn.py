"""One turn of the conversation: who is speaking, in which language, and what we will answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.services import Services
from bot.dialogue.messages import Button, Incoming, Reply
from bot.i18n import translate
from core.store import User


@dataclass
class Turn:
    """The context a flow works in; flows add replies and save state through it."""

    services: Services
    user: User
    incoming: Incoming
    replies: list[Reply] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.user.language

    def t(self, key: str, /, **params: object) -> str:
        """Translate a catalog key into the user's language."""
        return translate(self.lang, key, **params)

    def say(self, text: str, buttons: list[list[Button]] | None = None) -> None:
        """Answer the user who wrote."""
        self.replies.append(Reply(text=text, buttons=buttons or []))

    def expired(self) -> None:
        """Say that the button pressed no longer applies; the caller shows the current view after it."""
        self.say(self.t("button.expired"))

    def tell(self, recipient: User, text: str, buttons: list[list[Button]] | None = None) -> None:
        """Send a message to another user (an employer, a worker, an admin), already in their language."""
        self.replies.append(Reply(text=text, buttons=buttons or [], chat_id=recipient.chat_id))

    def button(self, key: str, data: str, /, **params: object) -> Button:
        """Build an inline button labelled from the catalog in the speaker's language."""
        return localized_button(self.lang, key, data, **params)

    async def save_state(self, state: str, data: dict[str, Any] | None = None) -> None:
        """Remember where the user is, so a restart continues from here."""
        await self.services.store.save_conversation(self.user.id, state, data or {})

    async def clear_state(self) -> None:
        """Return the user to the idle state."""
        await self.save_state(IDLE)


IDLE = "idle"


def localized_button(language: str, key: str, data: str, /, **params: object) -> Button:
    """Build an inline button labelled from the catalog in a given language."""
    return Button(label=translate(language, key, **params), data=data)
