"""The long-lived services a bot process needs, started and stopped together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.digest import render_digest
from core.settings import Settings
from core.store import Store
from jobs.alerts import Alerts
from jobs.preferences import AlertPreferences
from jobs.sending import Sender
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
    alerts: Alerts

    @classmethod
    def build(cls, settings: Settings, *, sender: Sender | None = None) -> Services:
        """Wire the services from settings without starting them; alerts are sent only with a sender."""
        store = Store(settings.database_path)
        index = MatchIndex(settings, build_embedder(settings))
        matcher = Matcher(store, index)
        return cls(
            settings=settings,
            store=store,
            understanding=build_understanding(settings),
            screener=GigScreener(settings.wage_floor_day),
            index=index,
            matcher=matcher,
            alert_preferences=AlertPreferences(store, settings.digest_time),
            alerts=Alerts(
                store,
                matcher,
                render_digest,
                settings,
                sender=sender,
                index=index,
                max_in_flight=settings.alerts_in_flight,
            ),
        )

    async def initialize(self) -> None:
        """Open the database and the index."""
        await self.store.initialize()
        await self.index.initialize(self.store)
        log.info("services ready (LLM %s)", "on" if self.settings.llm_enabled else "off")

    async def shutdown(self) -> None:
        """Let alerts being sent finish, then close the index and the database."""
        await self.alerts.wait_idle()
        await self.index.shutdown()
        await self.store.shutdown()
