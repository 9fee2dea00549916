"""Every change of a worker's profile, and erasing a user, in one order: SQLite first, the index after."""

from __future__ import annotations

from core.models import Profile
from core.store import Store
from jobs.alerts import Alerts
from retrieval.index import MatchIndex
from retrieval.records import worker_document


class ProfileService:
    """Saves profiles and erases users, keeping the index and the recorded alerts in step with SQLite."""

    def __init__(self, store: Store, index: MatchIndex, alerts: Alerts) -> None:
        self.store = store
        self.index = index
        self.alerts = alerts

    async def save(self, profile: Profile) -> Profile:
        """Store a confirmed profile, then index it."""
        previous = await self.store.get_profile(profile.user_id)
        saved = await self.store.save_profile(profile)
        # Only skills and trades are embedded: a new city, pay or shared location keeps the vectors.
        same_words = previous is not None and worker_document(previous) == worker_document(saved)
        if not (same_words and await self.index.update_profile_facts(saved)):
            await self.index.upsert_profiles([saved])
        return saved

    async def delete(self, user_id: int) -> None:
        """Erase a user from SQLite, then from the index and its queue, then from others' recorded alerts."""
        gigs = [gig for gig in await self.store.gigs_of(user_id) if gig.id is not None]
        had_profile = await self.store.get_profile(user_id) is not None
        await self.store.delete_user(user_id)
        await self.index.forget(user_id, gigs, had_profile=had_profile)
        await self.alerts.forget_gigs(gig.id for gig in gigs if gig.id is not None)
