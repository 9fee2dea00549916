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

# Ids per `IN (...)` query, well under SQLite's variable limit.
_IN_CHUNK = 500


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
    invited: bool = False
    contact: str | None = None  # exactly what the worker agreed to send: @username or a phone number
    card: Profile | None = None  # the profile card as they sent it
    updated_at: float = 0.0


@dataclass(frozen=True)
class OutcomeQuestion:
    """An outcome question that is due: whom to ask about which gig and which worker."""

    id: int
    gig_id: int
    worker_id: int
    role: str  # worker | employer
    asked_user_id: int


@dataclass(frozen=True)
class EmployerRecord:
    """What the outcomes support about an employer, and nothing more."""

    gigs: int  # gigs that went live
    paid: int  # workers who confirmed they were paid what was agreed
    unpaid: int  # workers who said they were not paid, or paid less, and not since resolved


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

    async def write(self, sql: str, params: Iterable[object] = ()) -> int:
        """Run one write statement on its own (atomic by itself, one round trip); return rows changed."""
        async with self._write_lock, self.db.execute(sql, tuple(params)) as cursor:
            return int(cursor.rowcount)

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
        self,
        gig_id: int,
        worker_id: int,
        status: str,
        *,
        share_contact: bool = False,
        contact: str | None = None,
        card: Profile | None = None,
    ) -> None:
        """Record where a worker stands with a gig (hidden, invited, interested, shortlisted ...)."""
        now = time.time()
        applied = now if status == "interested" else None
        shortlisted = now if status == "shortlisted" else None
        async with self.transaction() as db:
            await db.execute(
                """INSERT INTO interests (gig_id, worker_id, status, share_contact, contact, card, applied_at,
                       shortlisted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(gig_id, worker_id) DO UPDATE SET status = excluded.status,
                       share_contact = excluded.share_contact,
                       contact = COALESCE(excluded.contact, contact),
                       card = COALESCE(excluded.card, card),
                       applied_at = COALESCE(applied_at, excluded.applied_at),
                       shortlisted_at = COALESCE(shortlisted_at, excluded.shortlisted_at),
                       updated_at = excluded.updated_at""",
                (
                    gig_id,
                    worker_id,
                    status,
                    int(share_contact),
                    contact,
                    card.model_dump_json() if card else None,
                    applied,
                    shortlisted,
                    now,
                    now,
                ),
            )

    async def add_invitation(self, gig_id: int, worker_id: int) -> bool:
        """Record an invitation unless the worker already stands somewhere with the gig; True if recorded."""
        now = time.time()
        async with self.transaction() as db:
            cursor = await db.execute(
                """INSERT OR IGNORE INTO interests (gig_id, worker_id, status, share_contact, invited_at,
                       created_at, updated_at) VALUES (?, ?, 'invited', 0, ?, ?, ?)""",
                (gig_id, worker_id, now, now, now),
            )
            return cursor.rowcount == 1

    async def get_interest(self, gig_id: int, worker_id: int) -> Interest | None:
        """Return the worker's standing with a gig."""
        row = await self.fetch_one(
            "SELECT * FROM interests WHERE gig_id = ? AND worker_id = ?", (gig_id, worker_id)
        )
        if row is None:
            return None
        return _interest(row)

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

    async def gig_ids_excluded_for_each(self, worker_ids: list[int]) -> dict[int, set[int]]:
        """Return, per worker, the gigs they must not be shown again (as `gig_ids_excluded_for`)."""
        excluded: dict[int, set[int]] = {}
        for start in range(0, len(worker_ids), _IN_CHUNK):
            chunk = worker_ids[start : start + _IN_CHUNK]
            rows = await self.fetch_all(
                f"SELECT worker_id, gig_id FROM interests WHERE worker_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for row in rows:
                excluded.setdefault(int(row["worker_id"]), set()).add(int(row["gig_id"]))
        return excluded

    async def alert_schedule(
        self, modes: Iterable[str], default_time: str
    ) -> list[tuple[int, str, str, float]]:
        """Return (id, alert mode, time, last digest or joining moment) of active workers in these modes."""
        modes = list(modes)
        rows = await self.fetch_all(
            f"""SELECT u.id, COALESCE(a.mode, 'daily') AS mode, COALESCE(a.time, ?) AS at,
                       COALESCE(a.last_digest_at, u.created_at) AS since
                FROM users u JOIN profiles p ON p.user_id = u.id LEFT JOIN alert_prefs a ON a.user_id = u.id
                WHERE u.active = 1 AND COALESCE(a.mode, 'daily') IN ({",".join("?" * len(modes))})
                ORDER BY u.id""",
            [default_time, *modes],
        )
        return [(int(row["id"]), str(row["mode"]), str(row["at"]), float(row["since"])) for row in rows]

    async def open_gigs_since(self, since: float, now: float) -> list[Gig]:
        """Return the open, unexpired, unflagged gigs published since a moment, oldest first."""
        rows = await self.fetch_all(
            "SELECT data FROM gigs WHERE status = ? AND expires_at > ? AND created_at >= ? ORDER BY id",
            (GigStatus.OPEN.value, now, since),
        )
        gigs = [Gig.model_validate_json(row["data"]) for row in rows]
        return [gig for gig in gigs if not gig.scam_reasons]

    async def interest_counts(self, employer_id: int) -> dict[int, int]:
        """Return, per gig of an employer, how many workers said they are interested."""
        rows = await self.fetch_all(
            """SELECT i.gig_id, COUNT(*) AS n FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE g.employer_id = ? AND i.status IN ('interested', 'shortlisted') GROUP BY i.gig_id""",
            (employer_id,),
        )
        return {int(row["gig_id"]): int(row["n"]) for row in rows}

    async def applications_of(self, worker_id: int) -> list[tuple[Interest, Gig]]:
        """Return every gig the worker applied to or was invited to, newest first."""
        rows = await self.fetch_all(
            """SELECT i.*, g.data FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE i.worker_id = ? AND (i.invited_at IS NOT NULL OR i.applied_at IS NOT NULL)
               ORDER BY i.updated_at DESC""",
            (worker_id,),
        )
        return [(_interest(row), Gig.model_validate_json(row["data"])) for row in rows]

    async def pending_invitations(self, worker_id: int) -> list[Gig]:
        """Return the open gigs an employer invited the worker to that the worker has not answered."""
        rows = await self.fetch_all(
            """SELECT g.data FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE i.worker_id = ? AND i.status = 'invited' AND g.status = 'open'
               ORDER BY i.invited_at DESC""",
            (worker_id,),
        )
        return [Gig.model_validate_json(row["data"]) for row in rows]

    async def interests_in(self, gig_id: int) -> list[Interest]:
        """Return everyone who applied to a gig or was invited to it, in the order it happened."""
        rows = await self.fetch_all(
            """SELECT * FROM interests WHERE gig_id = ?
               AND (invited_at IS NOT NULL OR applied_at IS NOT NULL) ORDER BY created_at""",
            (gig_id,),
        )
        return [_interest(row) for row in rows]

    async def worker_ids_known_to(self, gig_id: int) -> set[int]:
        """Return the workers who already stand somewhere with a gig: Find workers leaves them out."""
        rows = await self.fetch_all("SELECT worker_id FROM interests WHERE gig_id = ?", (gig_id,))
        return {int(row["worker_id"]) for row in rows}

    # --- outcomes ----------------------------------------------------------------------------------

    async def schedule_outcome(self, gig_id: int, worker_id: int, due_at: float) -> None:
        """Plan to ask both the worker and the employer how a shortlisting ended."""
        now = time.time()
        async with self.transaction() as db:
            await db.executemany(
                """INSERT OR IGNORE INTO outcomes (gig_id, worker_id, role, due_at, created_at)
                   VALUES (?, ?, ?, ?, ?)""",
                [(gig_id, worker_id, role, due_at, now) for role in ("worker", "employer")],
            )

    async def claim_due_outcomes(self, now: float) -> list[OutcomeQuestion]:
        """Return the questions due now and mark them asked, so each goes out once.

        Only shortlistings still standing are asked about, on gigs that were not cancelled.
        """
        async with self.transaction() as db:
            async with db.execute(
                """SELECT o.id, o.gig_id, o.worker_id, o.role, g.employer_id FROM outcomes o
                   JOIN gigs g ON g.id = o.gig_id
                   JOIN interests i ON i.gig_id = o.gig_id AND i.worker_id = o.worker_id
                   JOIN users u ON u.id = CASE o.role WHEN 'worker' THEN o.worker_id ELSE g.employer_id END
                   WHERE o.asked_at IS NULL AND o.answer IS NULL AND o.due_at <= ? AND u.active = 1
                     AND i.status = 'shortlisted' AND g.status NOT IN ('cancelled', 'rejected')
                   ORDER BY o.gig_id, o.id""",
                (now,),
            ) as cursor:
                rows = list(await cursor.fetchall())
            await db.executemany(
                "UPDATE outcomes SET asked_at = ? WHERE id = ?", [(now, row["id"]) for row in rows]
            )
        return [
            OutcomeQuestion(
                id=int(row["id"]),
                gig_id=int(row["gig_id"]),
                worker_id=int(row["worker_id"]),
                role=str(row["role"]),
                asked_user_id=int(row["worker_id"] if row["role"] == "worker" else row["employer_id"]),
            )
            for row in rows
        ]

    async def answer_outcome(
        self, gig_id: int, worker_id: int, role: str, answer: str, *, ask_again_at: float | None = None
    ) -> bool:
        """Store an answer (or with ``ask_again_at`` plan the question again); False if none was asked."""
        now = time.time()
        async with self.transaction() as db:
            if ask_again_at is not None:
                cursor = await db.execute(
                    """UPDATE outcomes SET due_at = ?, asked_at = NULL
                       WHERE gig_id = ? AND worker_id = ? AND role = ? AND asked_at IS NOT NULL
                         AND answer IS NULL""",
                    (ask_again_at, gig_id, worker_id, role),
                )
            else:
                cursor = await db.execute(
                    """UPDATE outcomes SET answer = ?, answered_at = ?,
                           resolved_at = CASE WHEN answer IS NOT NULL THEN ? END
                       WHERE gig_id = ? AND worker_id = ? AND role = ? AND asked_at IS NOT NULL
                         AND (answer IS NULL OR (answer IN ('unpaid', 'paid_less') AND ? = 'paid'))""",
                    (answer, now, now, gig_id, worker_id, role, answer),
                )
            return cursor.rowcount > 0

    async def unanswered_outcomes(self, gig_id: int, role: str) -> list[int]:
        """Return the workers a question about this gig was asked about and not yet answered."""
        rows = await self.fetch_all(
            """SELECT worker_id FROM outcomes WHERE gig_id = ? AND role = ? AND asked_at IS NOT NULL
               AND answer IS NULL AND worker_id IS NOT NULL ORDER BY id""",
            (gig_id, role),
        )
        return [int(row["worker_id"]) for row in rows]

    async def unpaid_outcome_id(self, gig_id: int, worker_id: int) -> int | None:
        """Return the id of the worker's unresolved unpaid answer about a gig, if there is one."""
        row = await self.fetch_one(
            """SELECT id FROM outcomes WHERE gig_id = ? AND worker_id = ? AND role = 'worker'
               AND answer IN ('unpaid', 'paid_less') AND resolved_at IS NULL""",
            (gig_id, worker_id),
        )
        return int(row["id"]) if row else None

    async def resolve_unpaid(self, outcome_id: int, gig_id: int) -> bool:
        """Mark an unpaid answer resolved (an admin's decision); True if it was still open."""
        async with self.transaction() as db:
            cursor = await db.execute(
                """UPDATE outcomes SET resolved_at = ? WHERE id = ? AND gig_id = ? AND role = 'worker'
                   AND answer IN ('unpaid', 'paid_less') AND resolved_at IS NULL""",
                (time.time(), outcome_id, gig_id),
            )
            return cursor.rowcount > 0

    async def outcome_answers(self, worker_id: int) -> dict[int, str]:
        """Return, per gig, the worker's own answer about payment."""
        rows = await self.fetch_all(
            """SELECT gig_id, answer FROM outcomes
               WHERE worker_id = ? AND role = 'worker' AND answer IS NOT NULL""",
            (worker_id,),
        )
        return {int(row["gig_id"]): str(row["answer"]) for row in rows}

    async def add_report(self, gig_id: int, reporter_id: int, reason: str) -> bool:
        """Record a worker's report of a gig; False when this worker already reported it."""
        async with self.transaction() as db:
            cursor = await db.execute(
                """INSERT OR IGNORE INTO reports (gig_id, reporter_id, reason, created_at)
                   VALUES (?, ?, ?, ?)""",
                (gig_id, reporter_id, reason, time.time()),
            )
            return cursor.rowcount > 0

    async def report_counts(self, gig_id: int) -> dict[str, int]:
        """Return how many workers reported the gig, per reason (undecided reports only)."""
        rows = await self.fetch_all(
            """SELECT reason, COUNT(*) AS n FROM reports WHERE gig_id = ? AND verdict IS NULL
               GROUP BY reason ORDER BY n DESC, reason""",
            (gig_id,),
        )
        return {str(row["reason"]): int(row["n"]) for row in rows}

    async def decide_reports(self, gig_id: int, *, upheld: bool) -> None:
        """Close a gig's open reports with the admin's verdict."""
        async with self.transaction() as db:
            await db.execute(
                "UPDATE reports SET verdict = ? WHERE gig_id = ? AND verdict IS NULL",
                ("upheld" if upheld else "dismissed", gig_id),
            )

    async def upheld_reports(self, employer_id: int) -> int:
        """Return how many reports about the employer's gigs an admin upheld."""
        row = await self.fetch_one(
            """SELECT COUNT(*) AS n FROM reports r JOIN gigs g ON g.id = r.gig_id
               WHERE g.employer_id = ? AND r.verdict = 'upheld'""",
            (employer_id,),
        )
        return int(row["n"]) if row else 0

    async def employer_record(self, employer_id: int) -> EmployerRecord:
        """Count the employer's live gigs and what workers said about being paid."""
        return (await self.employer_records([employer_id]))[employer_id]

    async def employer_records(self, employer_ids: Iterable[int]) -> dict[int, EmployerRecord]:
        """Return the record of each employer (one query for a whole digest run's employers)."""
        ids = sorted(set(employer_ids))
        records = dict.fromkeys(ids, EmployerRecord(gigs=0, paid=0, unpaid=0))
        marks = ",".join("?" * len(ids))
        rows = await self.fetch_all(
            f"""SELECT g.employer_id,
                   COUNT(DISTINCT CASE WHEN g.published_at IS NOT NULL THEN g.id END) AS gigs,
                   COUNT(CASE WHEN o.role = 'worker' AND o.answer = 'paid' THEN 1 END) AS paid,
                   COUNT(CASE WHEN o.role = 'worker' AND o.answer IN ('unpaid', 'paid_less')
                         AND o.resolved_at IS NULL THEN 1 END) AS unpaid
                FROM gigs g LEFT JOIN outcomes o ON o.gig_id = g.id
                WHERE g.employer_id IN ({marks}) GROUP BY g.employer_id""",
            ids,
        )
        for row in rows:
            records[int(row["employer_id"])] = EmployerRecord(
                gigs=int(row["gigs"]), paid=int(row["paid"]), unpaid=int(row["unpaid"])
            )
        return records

    async def activity(self) -> list[tuple[str, float, str]]:
        """Return every countable event as (kind, epoch seconds, the gig's trade), for operators' stats."""
        trade = "COALESCE(json_extract(g.data, '$.skill_families[0]'), json_extract(g.data, '$.skills[0]'))"
        rows = await self.fetch_all(
            f"""SELECT 'posts' AS kind, g.published_at AS at, {trade} AS trade FROM gigs g
                  WHERE g.published_at IS NOT NULL
                UNION ALL SELECT 'applications', i.applied_at, {trade} FROM interests i
                  JOIN gigs g ON g.id = i.gig_id WHERE i.applied_at IS NOT NULL
                UNION ALL SELECT 'shortlists', i.shortlisted_at, {trade} FROM interests i
                  JOIN gigs g ON g.id = i.gig_id WHERE i.shortlisted_at IS NOT NULL
                UNION ALL SELECT 'hires', o.answered_at, {trade} FROM outcomes o
                  JOIN gigs g ON g.id = o.gig_id WHERE o.role = 'employer' AND o.answer = 'hired'
                UNION ALL SELECT 'paid', o.answered_at, {trade} FROM outcomes o
                  JOIN gigs g ON g.id = o.gig_id WHERE o.role = 'worker' AND o.answer = 'paid'"""
        )
        return [(str(row["kind"]), float(row["at"]), str(row["trade"] or "-")) for row in rows]


def _interest(row: aiosqlite.Row) -> Interest:
    return Interest(
        gig_id=row["gig_id"],
        worker_id=row["worker_id"],
        status=row["status"],
        share_contact=bool(row["share_contact"]),
        invited=row["invited_at"] is not None,
        contact=row["contact"],
        card=Profile.model_validate_json(row["card"]) if row["card"] else None,
        updated_at=float(row["updated_at"]),
    )


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (our migrations contain no semicolons inside literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
