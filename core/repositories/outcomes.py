"""Outcomes: what workers and employers said about how a shortlisting ended, and what that adds up to."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterable
from dataclasses import dataclass

import aiosqlite

from core.db import Database, chunks, marks

# What an employer's record counts, over their gigs `g` joined with the outcomes `o` about them.
_RECORD_COUNTS = """COUNT(DISTINCT CASE WHEN g.published_at IS NOT NULL THEN g.id END) AS gigs,
    COUNT(CASE WHEN o.role = 'worker' AND o.answer = 'paid' THEN 1 END) AS paid,
    COUNT(CASE WHEN o.role = 'worker' AND o.answer IN ('unpaid', 'paid_less')
          AND o.resolved_at IS NULL THEN 1 END) AS unpaid"""
# An employer's answer that names the worker they hired: what a worker's record counts.
_HIRED = "o.role = 'employer' AND o.answer = 'hired'"
ROLES = ("worker", "employer")


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

    def plus(self, other: EmployerRecord) -> EmployerRecord:
        """Add the counts kept from an earlier account of the same person."""
        return EmployerRecord(self.gigs + other.gigs, self.paid + other.paid, self.unpaid + other.unpaid)


def record_key(salt: bytes, user_id: int) -> str:
    """Return the pseudonym an employer's counts are kept under after their /delete."""
    return hmac.new(salt, str(user_id).encode(), hashlib.sha256).hexdigest()


async def keep_records_of(db: aiosqlite.Connection, salt: bytes, user_id: int) -> None:
    """Before a user is erased: add their employer counts to the ledger, and credit the workers they hired.

    Runs inside the erasing transaction. The ledger row holds three numbers under a salted hash; the
    workers keep the number of gigs this employer confirmed, not which employer or gig it was.
    """
    async with db.execute(
        f"""SELECT {_RECORD_COUNTS} FROM gigs g LEFT JOIN outcomes o ON o.gig_id = g.id
            WHERE g.employer_id = ?""",
        (user_id,),
    ) as cursor:
        row = await cursor.fetchone()
    if row is not None and (row["gigs"] or row["paid"] or row["unpaid"]):
        await db.execute(
            """INSERT INTO employer_ledger (key, gigs, paid, unpaid, updated_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(key) DO UPDATE SET gigs = gigs + excluded.gigs, paid = paid + excluded.paid,
                   unpaid = unpaid + excluded.unpaid, updated_at = excluded.updated_at""",
            (record_key(salt, user_id), row["gigs"], row["paid"], row["unpaid"], time.time()),
        )
    await db.execute(
        f"""UPDATE users SET confirmed_kept = confirmed_kept + hired.n
            FROM (SELECT o.worker_id, COUNT(DISTINCT o.gig_id) AS n FROM outcomes o
                  JOIN gigs g ON g.id = o.gig_id
                  WHERE g.employer_id = ? AND {_HIRED} AND o.worker_id IS NOT NULL
                  GROUP BY o.worker_id) AS hired
            WHERE users.id = hired.worker_id""",
        (user_id,),
    )


class OutcomeRepository(Database):
    """The `outcomes` table, and the employer and worker records and activity counted from it."""

    _record_salt: bytes = b""

    async def schedule_outcome(
        self, gig_id: int, worker_id: int, due_at: float, roles: Iterable[str] = ROLES
    ) -> None:
        """Plan to ask the worker and/or the employer how an application ended (a question once each)."""
        now = time.time()
        async with self._transaction() as db:
            await db.executemany(
                """INSERT OR IGNORE INTO outcomes (gig_id, worker_id, role, due_at, created_at)
                   VALUES (?, ?, ?, ?, ?)""",
                [(gig_id, worker_id, role, due_at, now) for role in roles],
            )

    async def claim_due_outcomes(self, now: float) -> list[OutcomeQuestion]:
        """Return the questions due now and mark them asked, so each goes out once.

        Only applications still standing (sent or shortlisted) are asked about, on gigs not cancelled.
        """
        async with self._transaction() as db:
            async with db.execute(
                """SELECT o.id, o.gig_id, o.worker_id, o.role, g.employer_id FROM outcomes o
                   JOIN gigs g ON g.id = o.gig_id
                   JOIN interests i ON i.gig_id = o.gig_id AND i.worker_id = o.worker_id
                   JOIN users u ON u.id = CASE o.role WHEN 'worker' THEN o.worker_id ELSE g.employer_id END
                   WHERE o.asked_at IS NULL AND o.answer IS NULL AND o.due_at <= ? AND u.active = 1
                     AND i.status IN ('interested', 'shortlisted')
                     AND g.status NOT IN ('cancelled', 'rejected')
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
        async with self._transaction() as db:
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
        rows = await self._fetch_all(
            """SELECT worker_id FROM outcomes WHERE gig_id = ? AND role = ? AND asked_at IS NOT NULL
               AND answer IS NULL AND worker_id IS NOT NULL ORDER BY id""",
            (gig_id, role),
        )
        return [int(row["worker_id"]) for row in rows]

    async def unpaid_outcome_id(self, gig_id: int, worker_id: int) -> int | None:
        """Return the id of the worker's unresolved unpaid answer about a gig, if there is one."""
        row = await self._fetch_one(
            """SELECT id FROM outcomes WHERE gig_id = ? AND worker_id = ? AND role = 'worker'
               AND answer IN ('unpaid', 'paid_less') AND resolved_at IS NULL""",
            (gig_id, worker_id),
        )
        return int(row["id"]) if row else None

    async def resolve_unpaid(self, outcome_id: int, gig_id: int) -> bool:
        """Mark an unpaid answer resolved (an admin's decision); True if it was still open."""
        async with self._transaction() as db:
            cursor = await db.execute(
                """UPDATE outcomes SET resolved_at = ? WHERE id = ? AND gig_id = ? AND role = 'worker'
                   AND answer IN ('unpaid', 'paid_less') AND resolved_at IS NULL""",
                (time.time(), outcome_id, gig_id),
            )
            return cursor.rowcount > 0

    async def outcome_answers(self, worker_id: int) -> dict[int, str]:
        """Return, per gig, the worker's own answer about payment."""
        rows = await self._fetch_all(
            """SELECT gig_id, answer FROM outcomes
               WHERE worker_id = ? AND role = 'worker' AND answer IS NOT NULL""",
            (worker_id,),
        )
        return {int(row["gig_id"]): str(row["answer"]) for row in rows}

    async def employer_record(self, employer_id: int) -> EmployerRecord:
        """Count the employer's live gigs and what workers said about being paid."""
        return (await self.employer_records([employer_id]))[employer_id]

    async def employer_records(self, employer_ids: Iterable[int]) -> dict[int, EmployerRecord]:
        """Return the record of each employer (one query for a whole digest run's employers).

        Each adds what the ledger kept of an earlier account of the same Telegram id.
        """
        ids = sorted(set(employer_ids))
        records = dict.fromkeys(ids, EmployerRecord(gigs=0, paid=0, unpaid=0))
        for chunk in chunks(ids):
            rows = await self._fetch_all(
                f"""SELECT g.employer_id, {_RECORD_COUNTS}
                    FROM gigs g LEFT JOIN outcomes o ON o.gig_id = g.id
                    WHERE g.employer_id IN ({marks(chunk)}) GROUP BY g.employer_id""",
                chunk,
            )
            for row in rows:
                records[int(row["employer_id"])] = EmployerRecord(
                    gigs=int(row["gigs"]), paid=int(row["paid"]), unpaid=int(row["unpaid"])
                )
            keys = {record_key(self._record_salt, employer_id): employer_id for employer_id in chunk}
            kept = await self._fetch_all(
                f"SELECT * FROM employer_ledger WHERE key IN ({marks(list(keys))})", list(keys)
            )
            for row in kept:
                employer_id = keys[str(row["key"])]
                earlier = EmployerRecord(int(row["gigs"]), int(row["paid"]), int(row["unpaid"]))
                records[employer_id] = records[employer_id].plus(earlier)
        return records

    async def kept_unpaid(self, employer_id: int) -> int:
        """Return the unresolved unpaid answers kept in the ledger from an earlier, deleted account."""
        row = await self._fetch_one(
            "SELECT unpaid FROM employer_ledger WHERE key = ?", (record_key(self._record_salt, employer_id),)
        )
        return int(row["unpaid"]) if row is not None else 0

    async def clear_kept_unpaid(self, employer_id: int) -> bool:
        """Mark the ledger's unpaid answers resolved (an admin's decision); True if there were any."""
        async with self._transaction() as db:
            cursor = await db.execute(
                "UPDATE employer_ledger SET unpaid = 0, updated_at = ? WHERE key = ? AND unpaid > 0",
                (time.time(), record_key(self._record_salt, employer_id)),
            )
            return cursor.rowcount > 0

    async def worker_record(self, worker_id: int) -> int:
        """Count the gigs whose employer answered that they hired this worker (kept past their /delete)."""
        row = await self._fetch_one(
            f"""SELECT (SELECT COUNT(DISTINCT o.gig_id) FROM outcomes o WHERE o.worker_id = ? AND {_HIRED})
                   + COALESCE((SELECT confirmed_kept FROM users WHERE id = ?), 0) AS n""",
            (worker_id, worker_id),
        )
        return int(row["n"]) if row is not None else 0

    async def activity(self) -> list[tuple[str, float, str]]:
        """Return every countable event as (kind, epoch seconds, the gig's trade), for operators' stats."""
        trade = "COALESCE(json_extract(g.data, '$.skill_families[0]'), json_extract(g.data, '$.skills[0]'))"
        rows = await self._fetch_all(
            f"""SELECT 'posts' AS kind, g.published_at AS at, {trade} AS trade FROM gigs g
                  WHERE g.published_at IS NOT NULL
                UNION ALL SELECT 'applications', i.applied_at, {trade} FROM interests i
                  JOIN gigs g ON g.id = i.gig_id WHERE i.applied_at IS NOT NULL
                UNION ALL SELECT 'shortlists', i.shortlisted_at, {trade} FROM interests i
                  JOIN gigs g ON g.id = i.gig_id WHERE i.shortlisted_at IS NOT NULL
                UNION ALL SELECT 'hires', o.answered_at, {trade} FROM outcomes o
                  JOIN gigs g ON g.id = o.gig_id WHERE {_HIRED}
                UNION ALL SELECT 'paid', o.answered_at, {trade} FROM outcomes o
                  JOIN gigs g ON g.id = o.gig_id WHERE o.role = 'worker' AND o.answer = 'paid'"""
        )
        return [(str(row["kind"]), float(row["at"]), str(row["trade"] or "-")) for row in rows]
