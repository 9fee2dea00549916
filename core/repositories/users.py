"""Users: who wrote to the bot, their chat, language, and whether the bot may still write to them."""

from __future__ import annotations

import time
from dataclasses import dataclass

import aiosqlite

from core.db import Database
from core.repositories.outcomes import keep_records_of


@dataclass(frozen=True)
class User:
    id: int
    chat_id: int
    username: str | None
    language: str
    language_locked: bool
    active: bool
    shares_record: bool = False  # adds "N gigs confirmed by employers" to the cards they send


def user_from_row(row: aiosqlite.Row) -> User:
    """Map a `users` row (or a join that selects `u.*`) to a User."""
    return User(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        username=row["username"],
        language=str(row["language"]),
        language_locked=bool(row["language_locked"]),
        active=bool(row["active"]),
        shares_record=bool(row["shares_record"]),
    )


class UserRepository(Database):
    """The `users` table."""

    _record_salt: bytes = b""

    async def upsert_user(self, user_id: int, chat_id: int, username: str | None, language: str) -> User:
        """Create the user on first contact; keep chat and username current afterwards."""
        now = time.time()
        row = await self._fetch_one(
            """INSERT INTO users (id, chat_id, username, language, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET chat_id = excluded.chat_id,
                   username = excluded.username, active = 1, updated_at = excluded.updated_at
               RETURNING *""",
            (user_id, chat_id, username, language, now, now),
        )
        assert row is not None
        return user_from_row(row)

    async def get_user(self, user_id: int) -> User | None:
        """Return the user, or None if they never wrote or deleted themselves."""
        row = await self._fetch_one("SELECT * FROM users WHERE id = ?", (user_id,))
        return user_from_row(row) if row is not None else None

    async def set_language(self, user_id: int, language: str, *, locked: bool) -> None:
        """Remember the user's language; a locked choice (from /language) is not overridden by guesses."""
        await self._write(
            "UPDATE users SET language = ?, language_locked = ?, updated_at = ? WHERE id = ?",
            (language, int(locked), time.time(), user_id),
        )

    async def mark_inactive(self, user_id: int) -> None:
        """Stop writing to a user who blocked the bot."""
        await self._write("UPDATE users SET active = 0, updated_at = ? WHERE id = ?", (time.time(), user_id))

    async def set_shares_record(self, user_id: int, shares: bool) -> None:
        """Turn the worker's record on the cards they send on or off."""
        await self._write(
            "UPDATE users SET shares_record = ?, updated_at = ? WHERE id = ?",
            (int(shares), time.time(), user_id),
        )

    async def delete_user(self, user_id: int) -> None:
        """Erase the user and, through foreign keys, their profile, conversation, gigs and interests.

        An employer's counts stay in the ledger under a salted hash, and workers they hired keep the count.
        """
        async with self._transaction() as db:
            await keep_records_of(db, self._record_salt, user_id)
            await db.execute("DELETE FROM users WHERE id = ?", (user_id,))
