"""The one interface the bot uses to understand text, and the factory that picks the path."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Protocol

from core.clock import Clock
from core.models import Extraction, TextKind
from core.settings import Settings
from understanding.encoder import shared_e5
from understanding.offline import OfflineUnderstanding


class Understanding(Protocol):
    """Turn a message into fields, and (when an LLM leads) word the next interview question."""

    async def extract(self, text: str, kind: TextKind | None) -> Extraction:
        """Return what the text states; never raise."""
        ...

    async def interview_question(self, missing: list[str], known: Extraction, language: str) -> str | None:
        """Return the next question for the missing fields, or None to use the catalog text."""
        ...


@dataclass
class MessageBudget:
    """One message's allowance of LLM work: a single call, all of it within a total time."""

    seconds: float
    started: float = field(default_factory=time.monotonic)
    used: bool = False
    # The model's answer per text read in this message (None: it failed), reused by later readings.
    answers: dict[str, object] = field(default_factory=dict)

    def remaining(self) -> float:
        """Return the seconds left of the budget (never negative)."""
        return max(0.0, self.seconds - (time.monotonic() - self.started))


_BUDGET: ContextVar[MessageBudget | None] = ContextVar("message_budget", default=None)


@contextmanager
def message_budget(seconds: float) -> Iterator[MessageBudget]:
    """Give every understanding call inside the block one shared budget: one message, one LLM call."""
    budget = MessageBudget(seconds)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def current_budget(seconds: float) -> MessageBudget:
    """Return the enclosing message's budget, or a budget of its own for a call made outside one."""
    return _BUDGET.get() or MessageBudget(seconds)


class OfflineOnly:
    """The offline extraction behind the async interface; it writes no questions of its own."""

    def __init__(self, offline: OfflineUnderstanding | None = None) -> None:
        self._offline = offline or OfflineUnderstanding()

    async def extract(self, text: str, kind: TextKind | None) -> Extraction:
        """Return the offline extraction, read in a worker thread so other users never wait on it."""
        return await asyncio.to_thread(self._offline.extract, text, kind)

    async def interview_question(self, missing: list[str], known: Extraction, language: str) -> str | None:
        """Return None: the caller asks with its catalog text."""
        return None


def build_understanding(settings: Settings, clock: Clock | None = None) -> Understanding:
    """Return the LLM path when an API key or base URL is configured, else the offline path."""
    shared_e5().use_engines(settings.encoder_engines)
    offline = OfflineUnderstanding(clock=clock)
    if not settings.llm_enabled:
        return OfflineOnly(offline)
    from understanding.llm import LLMUnderstanding  # imported here: langchain is slow to load when unused

    return LLMUnderstanding(settings, offline=offline)
