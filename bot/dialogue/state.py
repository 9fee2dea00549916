"""Where a user is in a conversation: one `State` and, per state, a validated model of what it holds."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.dialogue.callbacks import Id
from core.models import Extraction

log = logging.getLogger(__name__)


class State(StrEnum):
    """Every place a conversation can wait in, as stored in `conversations.state`."""

    IDLE = "idle"
    CHOOSE_ROLE = "choose_role"
    INTERVIEW = "interview"
    CONFIRM_PROFILE = "confirm_profile"
    GIG_DRAFT = "gig_draft"
    GIG_EDIT = "gig_edit"
    SHARE_CONTACT = "share_contact"
    CONFIRM_DELETE = "confirm_delete"


class StateData(BaseModel):
    """What one state remembers; ``state`` says which state the model belongs to."""

    model_config = ConfigDict(extra="ignore")

    state: ClassVar[State]


class Idle(StateData):
    state = State.IDLE


class ChoosingRole(StateData):
    """A message that could be a post or a self-description, kept until the user says which."""

    state = State.CHOOSE_ROLE
    text: str = ""


class Interview(StateData):
    """The worker's profile so far, and how often each missing field was asked."""

    state = State.INTERVIEW
    draft: Extraction = Field(default_factory=Extraction)
    asked: dict[str, int] = Field(default_factory=dict)
    said: str = ""  # the worker's own words so far, kept if they turn out to be hiring


class ConfirmProfile(StateData):
    """A profile card waiting for Looks right or a correction."""

    state = State.CONFIRM_PROFILE
    draft: Extraction = Field(default_factory=Extraction)
    said: str = ""


class GigWork(StateData):
    """A gig post being written: the employer's words, what they say, and what was already told."""

    text: str = ""
    draft: Extraction = Field(default_factory=Extraction)
    told_protected: bool = False
    edit_of: Id | None = None  # a published gig being edited


class GigDraft(GigWork):
    """A gig draft shown with Publish."""

    state = State.GIG_DRAFT

    def editing(self) -> GigEdit:
        """Return the same draft, now waiting for what to change."""
        return GigEdit.model_validate(self.model_dump())


class GigEdit(GigWork):
    """A gig draft waiting for details or for what to change."""

    state = State.GIG_EDIT

    def drafting(self) -> GigDraft:
        """Return the same draft, to be shown with Publish."""
        return GigDraft.model_validate(self.model_dump())


class SharingContact(StateData):
    """An interest that waits for the worker's phone number."""

    state = State.SHARE_CONTACT
    gig_id: Id


class ConfirmingDelete(StateData):
    state = State.CONFIRM_DELETE


_MODELS: dict[State, type[StateData]] = {
    model.state: model
    for model in (
        Idle,
        ChoosingRole,
        Interview,
        ConfirmProfile,
        GigDraft,
        GigEdit,
        SharingContact,
        ConfirmingDelete,
    )
}


def load_state(state: str, data: dict[str, object]) -> StateData | None:
    """Read a stored conversation back; None when the row no longer fits its state (an old format)."""
    try:
        model = _MODELS[State(state)]
        return model.model_validate(data)
    except (ValueError, ValidationError):
        # The row came from an older version of the bot: its state or data no longer mean anything.
        log.warning("conversation state %r no longer validates; back to idle", state)
        return None
