"""The long-lived services a bot process needs, started and stopped together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from core.settings import Settings
from core.store import Store
from jobs.preferences import AlertPreferences
from retrieval.embeddings import build_embedder
from retrieval.index import MatchIndex
from retrieval.ranking import Matcher
from understanding.base import Understanding, build_understanding
from understanding.screening import GigScreener

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything a turn of the dialogue may use; built once per process."""

    settings: Settings
    store: Store
    understanding: Understanding
    screener: GigScreener
    index: MatchIndex
    matcher: Matcher
    alert_preferences: AlertPreferences

    @classmethod
    def build(cls, settings: Settings) -> Services:
        """Wire the services from settings without starting them."""
        store = Store(settings.database_path)
        index = MatchIndex(settings, build_embedder(settings))
        return cls(
            settings=settings,
            store=store,
            understanding=build_understanding(settings),
            screener=GigScreener(settings.wage_floor_day),
            index=index,
            matcher=Matcher(store, index),
            alert_preferences=AlertPreferences(store, settings.digest_time),
        )

    async def initialize(self) -> None:
        """Open the database and the index."""
        await self.store.initialize()
        await self.index.initialize(self.store)
        log.info("services ready (LLM %s)", "on" if self.settings.llm_enabled else "off")

    async def shutdown(self) -> None:
        """Close the index and the database."""
        await self.index.shutdown()
        await self.store.shutdown()
