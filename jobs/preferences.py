"""Each worker's choice of alerts: daily, weekly, instant or off, and the digest time."""

from __future__ import annotations

from core.repositories.alerts import ALERT_MODES, AlertPreference
from core.store import Store

__all__ = ["ALERT_MODES", "AlertPreference", "AlertPreferences"]


class AlertPreferences:
    """Read and change alert preferences; a worker who never chose gets the defaults."""

    def __init__(self, store: Store, default_time: str = "19:00") -> None:
        self.store = store
        self.default_time = default_time

    async def get(self, user_id: int) -> AlertPreference:
        """Return the worker's preference, or the default (daily at the default time)."""
        return await self.store.get_alert_preference(user_id, self.default_time)

    async def set_mode(self, user_id: int, mode: str) -> AlertPreference:
        """Choose daily, weekly, instant or off."""
        if mode not in ALERT_MODES:
            raise ValueError(f"unknown alert mode {mode!r}")
        current = await self.get(user_id)
        return await self._save(AlertPreference(user_id, mode, current.time, current.last_digest_at))

    async def set_time(self, user_id: int, time: str) -> AlertPreference:
        """Choose when the digest arrives (HH:MM)."""
        current = await self.get(user_id)
        return await self._save(AlertPreference(user_id, current.mode, time, current.last_digest_at))

    async def _save(self, preference: AlertPreference) -> AlertPreference:
        await self.store.save_alert_preference(preference)
        return preference
