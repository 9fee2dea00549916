"""Every change of a gig's status, in one order: SQLite first, the index after, then the announcement."""

from __future__ import annotations

import logging
import time

from core.models import Gig, GigStatus
from core.store import Store
from jobs.alerts import Alerts
from retrieval.index import MatchIndex

log = logging.getLogger(__name__)


class GigService:
    """Publishes, holds, closes and expires gigs, so no match, digest or alert shows one it should not."""

    def __init__(self, store: Store, index: MatchIndex, alerts: Alerts) -> None:
        self.store = store
        self.index = index
        self.alerts = alerts

    async def publish(self, gig: Gig, *, expires_at: float) -> Gig:
        """Open a gig until `expires_at`: stored, indexed, then announced in the background."""
        gig = await self.store.save_gig(
            gig.model_copy(update={"status": GigStatus.OPEN, "expires_at": expires_at})
        )
        await self.index.upsert_gigs([gig])
        # Queued, not awaited: ranking the instant-alert workers must not hold up the employer's answer.
        self.alerts.announce_soon(gig)
        return gig

    async def hold(self, gig: Gig) -> Gig:
        """Hold a gig for an admin: from here no match, digest or alert shows it."""
        held = await self.store.save_gig(gig.model_copy(update={"status": GigStatus.HELD}))
        await self.index.remove_gigs([held.id or 0])
        return held

    async def close(self, gig_id: int, status: GigStatus) -> Gig | None:
        """Close a gig (filled, cancelled, rejected); it stops being matched at once."""
        gig = await self.store.set_gig_status(gig_id, status)
        await self.index.remove_gigs([gig_id])
        return gig

    async def expire(self, now: float | None = None) -> list[int]:
        """Close the gigs past their expiry and take them out of the index; return their ids."""
        expired = await self.store.expire_gigs(time.time() if now is None else now)
        if expired:
            await self.index.remove_gigs(expired)
            log.info("expired %d gig(s)", len(expired))
        return expired
