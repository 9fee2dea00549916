"""The one interface the bot uses to understand text, and the factory that picks the path."""

from __future__ import annotations

from typing import Protocol

from core.models import Extraction, TextKind
from core.settings import Settings
from understanding.offline import OfflineUnderstanding


class Understanding(Protocol):
    """Turn a message into fields, and (when an LLM leads) word the next interview question."""

    async def extract(self, text: str, kind: TextKind | None) -> Extraction:
        """Return what the text states; never raise."""
        ...

    async def interview_question(self, missing: list[str], known: Extraction, language: str) -> str | None:
        """Return the next question for the missing fields, or None to use the catalog text."""
        ...


class OfflineOnly:
    """The offline extraction behind the async interface; it writes no questions of its own."""

    def __init__(self, offline: OfflineUnderstanding | None = None) -> None:
        self._offline = offline or OfflineUnderstanding()

    async def extract(self, text: str, kind: TextKind | None) -> Extraction:
        """Return the offline extraction (CPU-only and fast, so it runs inline)."""
        return self._offline.extract(text, kind)

    async def interview_question(self, missing: list[str], known: Extraction, language: str) -> str | None:
        """Return None: the caller asks with its catalog text."""
        return None


def build_understanding(settings: Settings) -> Understanding:
    """Return the LLM path when an API key or base URL is configured, else the offline path."""
    if not settings.llm_enabled:
        return OfflineOnly()
    from understanding.llm import LLMUnderstanding  # imported here: langchain is slow to load when unused

    return LLMUnderstanding(settings)
