"""Worker profiles: what each worker confirmed about their work."""

from __future__ import annotations

import time
from collections.abc import Iterable

import aiosqlite

from core.db import Database, chunks, marks
from core.models import Profile


def profile_from_row(row: aiosqlite.Row) -> Profile:
    """Map a row selecting a profile's `data` to the Profile."""
    return Profile.model_validate_json(row["data"])


class ProfileRepository(Database):
    """The `profiles` table."""

    async def get_profile(self, user_id: int) -> Profile | None:
        """Return the worker's confirmed profile."""
        row = await self._fetch_one("SELECT data FROM profiles WHERE user_id = ?", (user_id,))
        return profile_from_row(row) if row else None

    async def save_profile(self, profile: Profile) -> Profile:
        """Store the worker's profile as confirmed."""
        profile = profile.model_copy(update={"updated_at": time.time()})
        await self._write(
            """INSERT INTO profiles (user_id, data, updated_at) VALUES (?, ?, ?)
               ON CONFLICT(user_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at""",
            (profile.user_id, profile.model_dump_json(), profile.updated_at),
        )
        return profile

    async def active_profiles(self, user_ids: Iterable[int] | None = None) -> list[Profile]:
        """Return the profiles of workers the bot may still write to: every one, or those of `user_ids`."""
        query = "SELECT p.data FROM profiles p JOIN users u ON u.id = p.user_id WHERE u.active = 1"
        if user_ids is None:
            return [profile_from_row(row) for row in await self._fetch_all(query)]
        profiles = []
        for chunk in chunks(user_ids):
            rows = await self._fetch_all(f"{query} AND p.user_id IN ({marks(chunk)})", chunk)
            profiles += [profile_from_row(row) for row in rows]
        return profiles

    async def add_workers(self, profiles: list[Profile], *, joined: float, languages: list[str]) -> None:
        """Insert many new workers (user and profile, chat id = user id) in one transaction (seeding)."""
        async with self._transaction() as db:
            await db.executemany(
                """INSERT INTO users (id, chat_id, username, language, created_at, updated_at)
                   VALUES (?, ?, NULL, ?, ?, ?)""",
                [
                    (p.user_id, p.user_id, lang, joined, joined)
                    for p, lang in zip(profiles, languages, strict=True)
                ],
            )
            await db.executemany(
                "INSERT INTO profiles (user_id, data, updated_at) VALUES (?, ?, ?)",
                [(p.user_id, p.model_dump_json(), joined) for p in profiles],
            )
