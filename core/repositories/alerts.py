"""Alert preferences and who is due what: each worker's mode and digest time, joined with their profile."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.db import Database, chunks, marks
from core.models import Profile
from core.repositories.profiles import profile_from_row
from core.repositories.users import User, user_from_row

ALERT_MODES = ("daily", "weekly", "instant", "off")


@dataclass(frozen=True)
class AlertPreference:
    user_id: int
    mode: str
    time: str  # HH:MM in the bot's timezone
    last_digest_at: float | None = None


@dataclass(frozen=True)
class AlertRecipient:
    """An active worker with a profile, their alert choice, and since when gigs are new to them."""

    user: User
    profile: Profile
    mode: str
    time: str
    since: float  # the last digest, or for a new worker the moment they joined


class AlertRepository(Database):
    """The `alert_prefs` table; a worker without a row gets daily digests at the default time."""

    async def get_alert_preference(self, user_id: int, default_time: str) -> AlertPreference:
        """Return the worker's preference, or the default (daily at the default time)."""
        row = await self._fetch_one("SELECT * FROM alert_prefs WHERE user_id = ?", (user_id,))
        if row is None:
            return AlertPreference(user_id, "daily", default_time)
        return AlertPreference(user_id, row["mode"], row["time"], row["last_digest_at"])

    async def save_alert_preference(self, preference: AlertPreference) -> None:
        """Store a worker's mode and time (the last digest moment is the outbox's to move)."""
        await self._write(
            """INSERT INTO alert_prefs (user_id, mode, time, last_digest_at) VALUES (?, ?, ?, ?)
               ON CONFLICT(user_id) DO UPDATE SET mode = excluded.mode, time = excluded.time""",
            (preference.user_id, preference.mode, preference.time, preference.last_digest_at),
        )

    async def digest_slots(self) -> set[tuple[str, str]]:
        """Return every (daily or weekly, HH:MM) some worker chose."""
        rows = await self._fetch_all(
            "SELECT DISTINCT mode, time FROM alert_prefs WHERE mode IN ('daily', 'weekly')"
        )
        return {(str(row["mode"]), str(row["time"])) for row in rows}

    async def alert_schedule(
        self, modes: Iterable[str], default_time: str, *, after: int = -(2**63), limit: int = -1
    ) -> list[tuple[int, str, str, float]]:
        """Return (id, alert mode, time, last digest or joining moment) of active workers in these modes.

        By id, from the first id above `after`, at most `limit` of them (-1: all): a page at a time.
        """
        modes = list(modes)
        rows = await self._fetch_all(
            f"""SELECT u.id, COALESCE(a.mode, 'daily') AS mode, COALESCE(a.time, ?) AS at,
                       COALESCE(a.last_digest_at, u.created_at) AS since
                FROM users u JOIN profiles p ON p.user_id = u.id LEFT JOIN alert_prefs a ON a.user_id = u.id
                WHERE u.active = 1 AND COALESCE(a.mode, 'daily') IN ({marks(modes)}) AND u.id > ?
                ORDER BY u.id LIMIT ?""",
            [default_time, *modes, after, limit],
        )
        return [(int(row["id"]), str(row["mode"]), str(row["at"]), float(row["since"])) for row in rows]

    async def alert_recipients(
        self, modes: Iterable[str], default_time: str, user_ids: Iterable[int] | None = None
    ) -> list[AlertRecipient]:
        """Return the active workers with a profile in these alert modes (all, or those of `user_ids`)."""
        modes = list(modes)
        query = f"""SELECT u.*, p.data, COALESCE(a.mode, 'daily') AS mode, COALESCE(a.time, ?) AS at,
                           COALESCE(a.last_digest_at, u.created_at) AS since
                    FROM users u JOIN profiles p ON p.user_id = u.id
                    LEFT JOIN alert_prefs a ON a.user_id = u.id
                    WHERE u.active = 1 AND COALESCE(a.mode, 'daily') IN ({marks(modes)})"""
        if user_ids is None:
            rows = await self._fetch_all(f"{query} ORDER BY u.id", [default_time, *modes])
        else:
            rows = []
            for chunk in chunks(sorted(set(user_ids))):
                rows += await self._fetch_all(
                    f"{query} AND u.id IN ({marks(chunk)}) ORDER BY u.id", [default_time, *modes, *chunk]
                )
        return [
            AlertRecipient(
                user_from_row(row),
                profile_from_row(row),
                str(row["mode"]),
                str(row["at"]),
                float(row["since"]),
            )
            for row in rows
        ]

    async def set_daily_alerts(self, user_ids: Iterable[int], time: str, last_digest_at: float) -> None:
        """Give many workers daily digests at `time`, last sent at a moment (seeding, in one transaction)."""
        async with self._transaction() as db:
            await db.executemany(
                "INSERT INTO alert_prefs (user_id, mode, time, last_digest_at) VALUES (?, 'daily', ?, ?)",
                [(user_id, time, last_digest_at) for user_id in user_ids],
            )

    async def mark_digests_due(self, due: Iterable[int], *, due_since: float, others_since: float) -> None:
        """Set every worker's last digest to `others_since`, except the `due` ones' to `due_since` (bench)."""
        async with self._transaction() as db:
            await db.execute("UPDATE alert_prefs SET last_digest_at = ?", (others_since,))
            await db.executemany(
                "UPDATE alert_prefs SET last_digest_at = ? WHERE user_id = ?",
                [(due_since, user_id) for user_id in due],
            )
