"""SQLite, the source of truth: connection, migrations and repositories returning models."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

from core.models import Gig, GigStatus, Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class User:
    id: int
    chat_id: int
    username: str | None
    language: str
    language_locked: bool
    active: bool


@dataclass(frozen=True)
class Conversation:
    state: str
    data: dict[str, object]


@dataclass(frozen=True)
class Interest:
    gig_id: int
    worker_id: int
    status: str
    share_contact: bool


def _migrations() -> list[tuple[int, str]]:
    """Return the numbered migration scripts in order."""
    folder = resources.files("core.migrations")
    scripts = [
        (int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(scripts)


class Store:
    """The one aiosqlite connection of a process, with WAL, foreign keys and a busy timeout."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: aiosqlite.Connection | None = None
        # One connection serves every coroutine: the lock keeps transactions from interleaving.
        self._write_lock = asyncio.Lock()

    async def initialize(self) -> None:
        """Open the database and bring its schema up to date."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path, isolation_level=None)
        self._db.row_factory = aiosqlite.Row
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA synchronous=NORMAL")
        await self._db.execute("PRAGMA foreign_keys=ON")
        await self._db.execute("PRAGMA busy_timeout=5000")
        await self._migrate()

    async def shutdown(self) -> None:
        """Close the connection."""
        if self._db is not None:
            await self._db.close()
            self._db = None

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("Store.initialize() has not been awaited")
        return self._db

    async def _migrate(self) -> None:
        async with self.db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        current = int(row[0]) if row else 0
        for number, script in _migrations():
            if number <= current:
                continue
            async with self.transaction() as db:
                for statement in _split_sql(script):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {number}")
            log.info("applied migration %04d", number)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run the enclosed writes atomically: all or nothing."""
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            await self.db.execute("COMMIT")

    async def fetch_all(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        """Return every row of a read query."""
        async with self.db.execute(sql, tuple(params)) as cursor:
            return list(await cursor.fetchall())

    async def fetch_one(self, sql: str, params: Iterable[object] = ()) -> aiosqlite.Row | None:
        """Return the first row of a read query, if any."""
        async with self.db.execute(sql, tuple(params)) as cursor:
            return await cursor.fetchone()

    # --- users -------------------------------------------------------------------------------------

    async def upsert_user(self, user_id: int, chat_id: int, username: str | None, language: str) -> User:
        """Create the user on first contact; keep chat and username current afterwards."""
        now = time.time()
        async with self.transaction() as db:
            await db.execute(
                """INSERT INTO users (id, chat_id, username, language, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET chat_id = excluded.chat_id,
                       username = excluded.username, active = 1, updated_at = excluded.updated_at""",
                (user_id, chat_id, username, language, now, now),
            )
        user = await self.get_user(user_id)
        assert user is not None
        return user

    async def get_user(self, user_id: int) -> User | None:
        """Return the user, or None if they never wrote or deleted themselves."""
        row = await self.fetch_one("SELECT * FROM users WHERE id = ?", (user_id,))
        if row is None:
            return None
        return User(
            id=row["id"],
            chat_id=row["chat_id"],
            username=row["username"],
            language=row["language"],
            language_locked=bool(row["language_locked"]),
            active=bool(row["active"]),
        )

    async def set_language(self, user_id: int, language: str, *, locked: bool) -> None:
        """Remember the user's language; a locked choice (from /language) is not overridden by guesses."""
        async with self.transaction() as db:
            await db.execute(
                "UPDATE users SET language = ?, language_locked = ?, updated_at = ? WHERE id = ?",
                (language, int(locked), time.time(), user_id),
            )

    async def mark_inactive(self, user_id: int) -> None:
        """Stop writing to a user who blocked the bot."""
        async with self.transaction() as db:
            await db.execute(
                "UPDATE users SET active = 0, updated_at = ? WHERE id = ?", (time.time(), user_id)
            )

    async def delete_user(self, user_id: int) -> None:
        """Erase the user and, through foreign keys, their profile, conversation, gigs and interests."""
        async with self.transaction() as db:
            await db.execute("DELETE FROM users WHERE id = ?", (user_id,))

    # --- conversations -----------------------------------------------------------------------------

    async def get_conversation(self, user_id: int) -> Conversation | None:
        """Return where the user is in a dialogue, surviving restarts."""
        row = await self.fetch_one("SELECT state, data FROM conversations WHERE user_id = ?", (user_id,))
        if row is None:
            return None
        return Conversation(state=row["state"], data=json.loads(row["data"]))

    async def save_conversation(self, user_id: int, state: str, data: dict[str, object]) -> None:
        """Persist the dialogue state before the reply goes out."""
        async with self.transaction() as db:
            await db.execute(
                """INSERT INTO conversations (user_id, state, data, updated_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, data = excluded.data,
                       updated_at = excluded.updated_at""",
                (user_id, state, json.dumps(data, ensure_ascii=False), time.time()),
            )

    # --- profiles ----------------------------------------------------------------------------------

    async def get_profile(self, user_id: int) -> Profile | None:
        """Return the worker's confirmed profile."""
        row = await self.fetch_one("SELECT data FROM profiles WHERE user_id = ?", (user_id,))
        return Profile.model_validate_json(row["data"]) if row else None

    async def save_profile(self, profile: Profile) -> Profile:
        """Store the worker's profile as confirmed."""
        profile = profile.model_copy(update={"updated_at": time.time()})
        async with self.transaction() as db:
            await db.execute(
                """INSERT INTO profiles (user_id, data, updated_at) VALUES (?, ?, ?)
                   ON CONFLICT(user_id) DO UPDATE SET data = excluded.data,
                       updated_at = excluded.updated_at""",
                (profile.user_id, profile.model_dump_json(), profile.updated_at),
            )
        return profile

    async def active_profiles(self) -> list[Profile]:
        """Return the profiles of every worker the bot may still write to."""
        rows = await self.fetch_all(
            "SELECT p.data FROM profiles p JOIN users u ON u.id = p.user_id WHERE u.active = 1"
        )
        return [Profile.model_validate_json(row["data"]) for row in rows]

    # --- gigs --------------------------------------------------------------------------------------

    async def save_gig(self, gig: Gig) -> Gig:
        """Insert or update a gig; returns it with its id."""
        now = time.time()
        gig = gig.model_copy(update={"created_at": gig.created_at or now})
        async with self.transaction() as db:
            if gig.id is None:
                cursor = await db.execute(
                    """INSERT INTO gigs (employer_id, status, data, created_at, expires_at, updated_at)
                       VALUES (?, ?, '{}', ?, ?, ?)""",
                    (gig.employer_id, gig.status.value, gig.created_at, gig.expires_at, now),
                )
                gig = gig.model_copy(update={"id": cursor.lastrowid})
            published_at = now if gig.status is GigStatus.OPEN else None
            await db.execute(
                """UPDATE gigs SET status = ?, data = ?, expires_at = ?, updated_at = ?,
                       published_at = COALESCE(published_at, ?) WHERE id = ?""",
                (gig.status.value, gig.model_dump_json(), gig.expires_at, now, published_at, gig.id),
            )
        return gig

    async def get_gig(self, gig_id: int) -> Gig | None:
        """Return one gig by id."""
        row = await self.fetch_one("SELECT data FROM gigs WHERE id = ?", (gig_id,))
        return Gig.model_validate_json(row["data"]) if row else None

    async def gigs_of(self, employer_id: int) -> list[Gig]:
        """Return an employer's gigs, newest first."""
        rows = await self.fetch_all(
            "SELECT data FROM gigs WHERE employer_id = ? ORDER BY created_at DESC", (employer_id,)
        )
        return [Gig.model_validate_json(row["data"]) for row in rows]

    async def gigs_with_status(self, status: GigStatus) -> list[Gig]:
        """Return every gig in one status, oldest first."""
        rows = await self.fetch_all("SELECT data FROM gigs WHERE status = ? ORDER BY id", (status.value,))
        return [Gig.model_validate_json(row["data"]) for row in rows]

    async def gigs_posted_since(self, employer_id: int, since: float) -> int:
        """Count the gigs an employer created after a moment, for throttling."""
        row = await self.fetch_one(
            "SELECT COUNT(*) FROM gigs WHERE employer_id = ? AND created_at >= ?", (employer_id, since)
        )
        return int(row[0]) if row else 0

    async def set_gig_status(self, gig_id: int, status: GigStatus) -> Gig | None:
        """Move a gig to a new status; returns the updated gig."""
        gig = await self.get_gig(gig_id)
        if gig is None:
            return None
        return await self.save_gig(gig.model_copy(update={"status": status}))

    async def expire_gigs(self, now: float) -> list[int]:
        """Mark open gigs past their expiry as expired; returns their ids."""
        rows = await self.fetch_all(
            "SELECT id FROM gigs WHERE status = ? AND expires_at <= ?", (GigStatus.OPEN.value, now)
        )
        expired = [int(row["id"]) for row in rows]
        for gig_id in expired:
            await self.set_gig_status(gig_id, GigStatus.EXPIRED)
        return expired

    # --- interests ---------------------------------------------------------------------------------

    async def set_interest(
        self, gig_id: int, worker_id: int, status: str, *, share_contact: bool = False
    ) -> None:
        """Record where a worker stands with a gig (hidden, invited, interested, shortlisted ...)."""
        now = time.time()
        async with self.transaction() as db:
            await db.execute(
                """INSERT INTO interests (gig_id, worker_id, status, share_contact, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(gig_id, worker_id) DO UPDATE SET status = excluded.status,
                       share_contact = excluded.share_contact, updated_at = excluded.updated_at""",
                (gig_id, worker_id, status, int(share_contact), now, now),
            )

    async def add_invitation(self, gig_id: int, worker_id: int) -> bool:
        """Record an invitation unless the worker already stands somewhere with the gig; True if recorded."""
        now = time.time()
        async with self.transaction() as db:
            cursor = await db.execute(
                """INSERT OR IGNORE INTO interests (gig_id, worker_id, status, share_contact, created_at,
                       updated_at) VALUES (?, ?, 'invited', 0, ?, ?)""",
                (gig_id, worker_id, now, now),
            )
            return cursor.rowcount == 1

    async def get_interest(self, gig_id: int, worker_id: int) -> Interest | None:
        """Return the worker's standing with a gig."""
        row = await self.fetch_one(
            "SELECT * FROM interests WHERE gig_id = ? AND worker_id = ?", (gig_id, worker_id)
        )
        if row is None:
            return None
        return Interest(row["gig_id"], row["worker_id"], row["status"], bool(row["share_contact"]))

    async def record_offers(self, gig_id: int, worker_ids: Iterable[int]) -> None:
        """Remember which workers were shown to the employer for a gig: only they may be invited."""
        now = time.time()
        async with self.transaction() as db:
            await db.executemany(
                "INSERT OR IGNORE INTO offers (gig_id, worker_id, created_at) VALUES (?, ?, ?)",
                [(gig_id, worker_id, now) for worker_id in worker_ids],
            )

    async def was_offered(self, gig_id: int, worker_id: int) -> bool:
        """Tell whether "Find workers" showed this worker for this gig."""
        row = await self.fetch_one(
            "SELECT 1 FROM offers WHERE gig_id = ? AND worker_id = ?", (gig_id, worker_id)
        )
        return row is not None

    async def gig_ids_excluded_for(self, worker_id: int) -> set[int]:
        """Return the gigs a worker must not be shown again (hidden or already answered)."""
        rows = await self.fetch_all("SELECT gig_id FROM interests WHERE worker_id = ?", (worker_id,))
        return {int(row["gig_id"]) for row in rows}

    async def interest_counts(self, employer_id: int) -> dict[int, int]:
        """Return, per gig of an employer, how many workers said they are interested."""
        rows = await self.fetch_all(
            """SELECT i.gig_id, COUNT(*) AS n FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE g.employer_id = ? AND i.status IN ('interested', 'shortlisted') GROUP BY i.gig_id""",
            (employer_id,),
        )
        return {int(row["gig_id"]): int(row["n"]) for row in rows}


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (our migrations contain no semicolons inside literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
