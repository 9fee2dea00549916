"""One turn of the conversation: who is speaking, in which language, where they are, what we will answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services import Services
from bot.dialogue.callbacks import Callback
from bot.dialogue.messages import Button, Incoming, Reply
from bot.dialogue.state import Idle, StateData
from bot.i18n import translate
from core.models import Extraction, TextKind
from core.store import User

UNDO_KEY = "undo"


@dataclass
class Reading:
    """One message and what it says, read at most once per turn (and only if a flow asks)."""

    services: Services
    text: str
    kind: TextKind | None
    _extraction: Extraction | None = None

    def read_as(self, kind: TextKind | None) -> Reading:
        """Return this message to be read as another kind (a fresh reading unless the kind is the same)."""
        return self if kind == self.kind else Reading(self.services, self.text, kind)

    async def extraction(self) -> Extraction:
        """Return what the message states, reading it in a worker thread the first time."""
        if self._extraction is None:
            self._extraction = await self.services.understanding.extract(self.text, self.kind)
        return self._extraction


@dataclass
class Turn:
    """The context a flow works in; flows add replies and save state through it."""

    services: Services
    user: User
    incoming: Incoming
    state: StateData = field(default_factory=Idle)
    # Where the turn began, and what "undo" would restore: kept with the state, for a few minutes.
    started: StateData = field(default_factory=Idle)
    undo: dict[str, object] | None = None
    replies: list[Reply] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.user.language

    def now(self) -> float:
        """Return the time of the services' clock."""
        return self.services.clock.now()

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

    def button(self, key: str, callback: Callback, /, **params: object) -> Button:
        """Build an inline button labelled from the catalog in the speaker's language."""
        return localized_button(self.lang, key, callback, **params)

    async def save_state(self, data: StateData) -> None:
        """Remember where the user is, so a restart continues from here (and "undo" goes back a step)."""
        stored = data.model_dump(mode="json")
        undo = self.undo
        if data != self.started:
            undo = {"state": self.started.state.value, "data": self.started.model_dump(mode="json")}
            undo["at"] = self.now()
        if undo is not None:
            stored[UNDO_KEY] = undo
        await self.services.store.save_conversation(self.user.id, data.state.value, stored)
        self.state = data

    async def clear_state(self) -> None:
        """Return the user to the idle state."""
        await self.save_state(Idle())


def localized_button(language: str, key: str, callback: Callback, /, **params: object) -> Button:
    """Build an inline button labelled from the catalog in a given language."""
    return Button(label=translate(language, key, **params), data=callback.pack())
