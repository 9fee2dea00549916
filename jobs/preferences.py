"""Each worker's choice of alerts: daily, weekly, instant or off, and the digest time."""

from __future__ import annotations

from dataclasses import dataclass

from core.store import Store

ALERT_MODES = ("daily", "weekly", "instant", "off")


@dataclass(frozen=True)
class AlertPreference:
    user_id: int
    mode: str
    time: str  # HH:MM in the bot's timezone
    last_digest_at: float | None = None


class AlertPreferences:
    """Read and change alert preferences in SQLite; a worker without a row gets the defaults."""

    def __init__(self, store: Store, default_time: str = "19:00") -> None:
        self.store = store
        self.default_time = default_time

    async def get(self, user_id: int) -> AlertPreference:
        """Return the worker's preference, or the default (daily at the default time)."""
        row = await self.store.fetch_one("SELECT * FROM alert_prefs WHERE user_id = ?", (user_id,))
        if row is None:
            return AlertPreference(user_id, "daily", self.default_time)
        return AlertPreference(user_id, row["mode"], row["time"], row["last_digest_at"])

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
        async with self.store.transaction() as db:
            await db.execute(
                """INSERT INTO alert_prefs (user_id, mode, time, last_digest_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT(user_id) DO UPDATE SET mode = excluded.mode, time = excluded.time""",
                (preference.user_id, preference.mode, preference.time, preference.last_digest_at),
            )
        return preference
