"""Button data: one codec for every button, a verb and typed fields, validated when it comes back.

Modelled on aiogram's ``CallbackData`` factory: each button kind is a pydantic class with a ``verb``;
``pack()`` writes ``verb:field:field`` (the format buttons already sent carry, so they keep working) and
``unpack()`` finds the class by its verb and validates every field. Anything that does not validate —
forged, truncated, of another version, an id no row can have — is ``None``, which the engine answers with
"this button has expired". A verb whose fields change gets a new version, written ``verb.2``; data of
the old version then no longer validates and expires instead of being misread.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

MAX_BYTES = 64  # Telegram's limit for callback_data
MAX_ID = 2**62  # below SQLite's and Chroma's integer limits, above any id or offset we hand out
SEPARATOR = ":"
_DECIMAL = re.compile(r"[0-9]{1,19}")
_BY_VERB: dict[str, type[Callback]] = {}


def _decimal(value: Any) -> Any:
    """Accept only plain ASCII digits from the wire ("+1", " 1", "1_0", "١" are not ids)."""
    if isinstance(value, str) and not _DECIMAL.fullmatch(value):
        raise ValueError("not a decimal number")
    return value


Id = Annotated[int, BeforeValidator(_decimal), Field(gt=0, le=MAX_ID)]
Offset = Annotated[int, BeforeValidator(_decimal), Field(ge=0, le=MAX_ID)]
Word = Annotated[str, Field(pattern=r"^[a-z_]{1,16}$")]
WorkerAnswer = Literal["paid", "not_yet", "unpaid", "paid_less"]
ReportReason = Literal["money", "fake", "abusive", "discriminatory", "unpaid"]


class Callback(BaseModel):
    """One kind of button: ``verb`` names it, the fields are what it carries, in order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    verb: ClassVar[str]
    version: ClassVar[int] = 1

    def __init_subclass__(cls, *, verb: str = "", version: int = 1, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not verb:
            return
        if verb in _BY_VERB:
            raise TypeError(f"two button kinds share the verb {verb!r}")
        cls.verb, cls.version = verb, version
        _BY_VERB[verb] = cls

    @classmethod
    def wire_verb(cls) -> str:
        """Return the verb as written on the wire, with its version when above the first."""
        return cls.verb if cls.version == 1 else f"{cls.verb}.{cls.version}"

    def pack(self) -> str:
        """Write the button's data; trailing fields left at None are omitted."""
        values = [getattr(self, name) for name in type(self).model_fields]
        while values and values[-1] is None:
            values.pop()
        data = SEPARATOR.join([self.wire_verb(), *(str(value) for value in values)])
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"button data over {MAX_BYTES} bytes: {data!r}")
        return data


def unpack(data: str) -> Callback | None:
    """Read button data back into its kind, or None for anything unknown, stale or malformed."""
    if len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(SEPARATOR)
    # A verb may have two parts ("gig:publish", "oc:w"): the longer one wins.
    for length in (2, 1):
        kind = _BY_VERB.get(SEPARATOR.join(parts[:length])) if len(parts) >= length else None
        if kind is not None:
            return _fields(kind, parts[length:])
    versioned = _BY_VERB.get(parts[0].split(".")[0])
    if versioned is not None and versioned.wire_verb() == parts[0]:
        return _fields(versioned, parts[1:])
    return None


def _fields(kind: type[Callback], parts: list[str]) -> Callback | None:
    names = list(kind.model_fields)
    if len(parts) > len(names):
        # The last field takes the rest, so a value may hold the separator ("alerts:time:19:00").
        if not names:
            return None
        parts = [*parts[: len(names) - 1], SEPARATOR.join(parts[len(names) - 1 :])]
    try:
        return kind.model_validate(dict(zip(names, parts, strict=False)))
    except ValidationError:
        return None


def kinds() -> list[type[Callback]]:
    """Return every button kind, for the engine's route table and the codec's own tests."""
    return list(_BY_VERB.values())


# --- the button kinds ----------------------------------------------------------------------------------


class StartProfile(Callback, verb="profile:start"):
    """Begin the worker's interview."""


class SaveProfile(Callback, verb="profile:save"):
    """Store the profile card shown for confirmation."""


class ChangeProfile(Callback, verb="profile:change"):
    """Say what is wrong with the card shown."""


class ShowMatches(Callback, verb="matches"):
    offset: Offset = 0


class Interested(Callback, verb="int"):
    gig_id: Id


class SendInterest(Callback, verb="send"):
    gig_id: Id
    share: Literal["c", "p"]  # with the contact, or the profile only

    @property
    def with_contact(self) -> bool:
        return self.share == "c"


class ShareRecord(Callback, verb="rec"):
    gig_id: Id
    on: Literal["y", "n"]  # add the worker's record to the cards they send, or leave it off

    @property
    def shares(self) -> bool:
        return self.on == "y"


class ProfileRecord(Callback, verb="rec:p"):
    on: Literal["y", "n"]  # the same switch as ShareRecord, pressed under /profile

    @property
    def shares(self) -> bool:
        return self.on == "y"


class HideGig(Callback, verb="hide"):
    gig_id: Id


class ConfirmHide(Callback, verb="hide_ok"):
    gig_id: Id


class Shortlist(Callback, verb="sl"):
    gig_id: Id
    worker_id: Id


class Decline(Callback, verb="dc"):
    gig_id: Id
    worker_id: Id


class ConfirmDecline(Callback, verb="dc_ok"):
    gig_id: Id
    worker_id: Id


class FindWorkers(Callback, verb="fw"):
    gig_id: Id


class Invite(Callback, verb="inv"):
    gig_id: Id
    worker_id: Id


class ShowApplications(Callback, verb="apps"):
    offset: Offset = 0


class Withdraw(Callback, verb="wd"):
    gig_id: Id


class ShowApplicants(Callback, verb="ap"):
    gig_id: Id


class WorkerOutcome(Callback, verb="oc:w"):
    gig_id: Id
    answer: WorkerAnswer


class EmployerOutcome(Callback, verb="oc:e"):
    gig_id: Id
    choice: Annotated[str, Field(pattern=r"^(?:[0-9]{1,19}|wait)$")]  # a worker's id, 0 (no one) or wait


class NowPaid(Callback, verb="oc:p"):
    gig_id: Id


class ResolveUnpaid(Callback, verb="oc:r"):
    gig_id: Id
    outcome_id: Id


class ClearKeptUnpaid(Callback, verb="oc:k"):
    gig_id: Id  # the held post the admin is reviewing; its employer's kept unpaid answers are cleared


class Report(Callback, verb="rep"):
    gig_id: Id
    reason: ReportReason | None = None


class Publish(Callback, verb="gig:publish"):
    """Publish the draft."""


class PublishLowPay(Callback, verb="gig:publish_low"):
    """Publish the draft after the low-pay warning."""


class EditDraft(Callback, verb="gig:edit"):
    """Say what to change in the draft."""


class DiscardDraft(Callback, verb="gig:discard"):
    """Drop the draft."""


class MarkFilled(Callback, verb="gig:filled"):
    gig_id: Id


class ConfirmFilled(Callback, verb="gig:filled_ok"):
    gig_id: Id


class CancelGig(Callback, verb="gig:cancel"):
    gig_id: Id


class ConfirmCancelGig(Callback, verb="gig:cancel_ok"):
    gig_id: Id


class KeepIt(Callback, verb="keep"):
    """Answer No to a confirmation: nothing changes."""


class EditGig(Callback, verb="gig:change"):
    gig_id: Id


class MyGigs(Callback, verb="mygigs"):
    view: Literal["list"] = "list"


class NewPost(Callback, verb="post:new"):
    """Start a gig post."""


class ReviewQueue(Callback, verb="review:list"):
    """List the held posts (admins)."""


class Approve(Callback, verb="review:approve"):
    gig_id: Id


class Reject(Callback, verb="review:reject"):
    gig_id: Id


class ChooseRole(Callback, verb="role"):
    role: Literal["worker", "employer"]


class AskDelete(Callback, verb="delete:ask"):
    """Ask before erasing everything."""


class ConfirmDelete(Callback, verb="delete:yes"):
    """Erase everything."""


class KeepAccount(Callback, verb="delete:no"):
    """Keep everything."""


class SetLanguage(Callback, verb="lang"):
    code: Annotated[str, Field(pattern=r"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,8})?$")]  # "hi", "hi-Latn"


class AlertsMenu(Callback, verb="alerts:menu"):
    """Show the alert settings."""


class AlertMode(Callback, verb="alerts:mode"):
    mode: Word


class AlertTime(Callback, verb="alerts:time"):
    time: Annotated[str, Field(pattern=r"^[0-2][0-9]:[0-5][0-9]$")]


class AlertsDone(Callback, verb="alerts:done"):
    """Close the alert settings."""


class Help(Callback, verb="help"):
    topic: Literal["location"] | None = None


class Dismiss(Callback, verb="noop"):
    """Close a question without doing anything."""
