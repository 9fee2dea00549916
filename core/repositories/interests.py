"""Interests and offers: where each worker stands with a gig, and whom "Find workers" showed."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

import aiosqlite

from core.db import Database, chunks, marks
from core.models import Gig, Profile
from core.repositories.gigs import gig_from_row


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
    record: int | None = None  # "N gigs confirmed by employers" as sent with the card, if they chose to


def interest_from_row(row: aiosqlite.Row) -> Interest:
    """Map an `interests` row to an Interest."""
    return Interest(
        gig_id=row["gig_id"],
        worker_id=row["worker_id"],
        status=row["status"],
        share_contact=bool(row["share_contact"]),
        invited=row["invited_at"] is not None,
        contact=row["contact"],
        card=Profile.model_validate_json(row["card"]) if row["card"] else None,
        updated_at=float(row["updated_at"]),
        record=row["record_shared"],
    )


class InterestRepository(Database):
    """The `interests` and `offers` tables."""

    async def set_interest(
        self,
        gig_id: int,
        worker_id: int,
        status: str,
        *,
        share_contact: bool = False,
        contact: str | None = None,
        card: Profile | None = None,
        record: int | None = None,
    ) -> None:
        """Record where a worker stands with a gig (hidden, invited, interested, shortlisted ...).

        A card sent replaces the record sent with the last one (``record`` None: not shared this time).
        """
        now = time.time()
        applied = now if status == "interested" else None
        shortlisted = now if status == "shortlisted" else None
        async with self._transaction() as db:
            await db.execute(
                """INSERT INTO interests (gig_id, worker_id, status, share_contact, contact, card,
                       record_shared, applied_at, shortlisted_at, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(gig_id, worker_id) DO UPDATE SET status = excluded.status,
                       share_contact = excluded.share_contact,
                       contact = COALESCE(excluded.contact, contact),
                       card = COALESCE(excluded.card, card),
                       record_shared = CASE WHEN excluded.card IS NULL THEN record_shared
                                       ELSE excluded.record_shared END,
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
                    record,
                    applied,
                    shortlisted,
                    now,
                    now,
                ),
            )

    async def add_invitation(self, gig_id: int, worker_id: int) -> bool:
        """Record an invitation unless the worker already stands somewhere with the gig; True if recorded."""
        now = time.time()
        async with self._transaction() as db:
            cursor = await db.execute(
                """INSERT OR IGNORE INTO interests (gig_id, worker_id, status, share_contact, invited_at,
                       created_at, updated_at) VALUES (?, ?, 'invited', 0, ?, ?, ?)""",
                (gig_id, worker_id, now, now, now),
            )
            return cursor.rowcount == 1

    async def get_interest(self, gig_id: int, worker_id: int) -> Interest | None:
        """Return the worker's standing with a gig."""
        row = await self._fetch_one(
            "SELECT * FROM interests WHERE gig_id = ? AND worker_id = ?", (gig_id, worker_id)
        )
        if row is None:
            return None
        return interest_from_row(row)

    async def record_offers(self, gig_id: int, worker_ids: Iterable[int]) -> None:
        """Remember which workers were shown to the employer for a gig: only they may be invited."""
        now = time.time()
        async with self._transaction() as db:
            await db.executemany(
                "INSERT OR IGNORE INTO offers (gig_id, worker_id, created_at) VALUES (?, ?, ?)",
                [(gig_id, worker_id, now) for worker_id in worker_ids],
            )

    async def was_offered(self, gig_id: int, worker_id: int) -> bool:
        """Tell whether "Find workers" showed this worker for this gig."""
        row = await self._fetch_one(
            "SELECT 1 FROM offers WHERE gig_id = ? AND worker_id = ?", (gig_id, worker_id)
        )
        return row is not None

    async def gig_ids_excluded_for(self, worker_id: int) -> set[int]:
        """Return the gigs a worker must not be shown again (hidden or already answered)."""
        rows = await self._fetch_all("SELECT gig_id FROM interests WHERE worker_id = ?", (worker_id,))
        return {int(row["gig_id"]) for row in rows}

    async def gig_ids_excluded_for_each(self, worker_ids: list[int]) -> dict[int, set[int]]:
        """Return, per worker, the gigs they must not be shown again (as `gig_ids_excluded_for`)."""
        excluded: dict[int, set[int]] = {}
        for chunk in chunks(worker_ids):
            rows = await self._fetch_all(
                f"SELECT worker_id, gig_id FROM interests WHERE worker_id IN ({marks(chunk)})", chunk
            )
            for row in rows:
                excluded.setdefault(int(row["worker_id"]), set()).add(int(row["gig_id"]))
        return excluded

    async def interest_counts(self, employer_id: int) -> dict[int, int]:
        """Return, per gig of an employer, how many workers said they are interested."""
        rows = await self._fetch_all(
            """SELECT i.gig_id, COUNT(*) AS n FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE g.employer_id = ? AND i.status IN ('interested', 'shortlisted') GROUP BY i.gig_id""",
            (employer_id,),
        )
        return {int(row["gig_id"]): int(row["n"]) for row in rows}

    async def applications_of(self, worker_id: int) -> list[tuple[Interest, Gig]]:
        """Return every gig the worker applied to or was invited to, newest first."""
        rows = await self._fetch_all(
            """SELECT i.*, g.data FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE i.worker_id = ? AND (i.invited_at IS NOT NULL OR i.applied_at IS NOT NULL)
               ORDER BY i.updated_at DESC""",
            (worker_id,),
        )
        return [(interest_from_row(row), gig_from_row(row)) for row in rows]

    async def pending_invitations(self, worker_id: int) -> list[Gig]:
        """Return the open gigs an employer invited the worker to that the worker has not answered."""
        rows = await self._fetch_all(
            """SELECT g.data FROM interests i JOIN gigs g ON g.id = i.gig_id
               WHERE i.worker_id = ? AND i.status = 'invited' AND g.status = 'open'
               ORDER BY i.invited_at DESC""",
            (worker_id,),
        )
        return [gig_from_row(row) for row in rows]

    async def interests_in(self, gig_id: int) -> list[Interest]:
        """Return everyone who applied to a gig or was invited to it, in the order it happened."""
        rows = await self._fetch_all(
            """SELECT * FROM interests WHERE gig_id = ?
               AND (invited_at IS NOT NULL OR applied_at IS NOT NULL) ORDER BY created_at""",
            (gig_id,),
        )
        return [interest_from_row(row) for row in rows]

    async def worker_ids_known_to(self, gig_id: int) -> set[int]:
        """Return the workers who already stand somewhere with a gig: Find workers leaves them out."""
        rows = await self._fetch_all("SELECT worker_id FROM interests WHERE gig_id = ?", (gig_id,))
        return {int(row["worker_id"]) for row in rows}
