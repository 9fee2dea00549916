"""SQLite, the source of truth: one connection and every repository on it, as one object to share."""

from __future__ import annotations

from pathlib import Path

from core.repositories.alerts import AlertPreference, AlertRecipient, AlertRepository
from core.repositories.conversations import Conversation, ConversationRepository
from core.repositories.gigs import GigRepository
from core.repositories.interests import Interest, InterestRepository
from core.repositories.outcomes import EmployerRecord, OutcomeQuestion, OutcomeRepository
from core.repositories.profiles import ProfileRepository
from core.repositories.reports import ReportRepository
from core.repositories.users import User, UserRepository

__all__ = [
    "AlertPreference",
    "AlertRecipient",
    "Conversation",
    "EmployerRecord",
    "Interest",
    "OutcomeQuestion",
    "Store",
    "User",
]


class Store(
    UserRepository,
    ConversationRepository,
    ProfileRepository,
    GigRepository,
    InterestRepository,
    OutcomeRepository,
    ReportRepository,
    AlertRepository,
):
    """The process's one SQLite connection (`core.db.Database`) with each table's repository on it.

    Each repository is its own module in `core/repositories/` and owns its SQL; the store joins them so
    every coroutine shares one connection and one lock. The outbox (`core.repositories.outbox.Outbox`)
    runs on the same connection. ``record_salt`` salts the pseudonym an employer's counts outlive them under.
    """

    def __init__(self, path: Path, *, record_salt: bytes = b"") -> None:
        super().__init__(path)
        self._record_salt = record_salt
