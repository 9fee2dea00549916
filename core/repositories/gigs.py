"""Gigs: every post, its status and its life span; the row's `created_at` is the gig's one creation moment."""

from __future__ import annotations

import time
from collections.abc import Iterable

import aiosqlite

from core.db import Database, chunks, marks
from core.models import Gig, GigStatus


def gig_from_row(row: aiosqlite.Row) -> Gig:
    """Map a row selecting a gig's `data` to the Gig."""
    return Gig.model_validate_json(row["data"])


class GigRepository(Database):
    """The `gigs` table."""

    async def save_gig(self, gig: Gig) -> Gig:
        """Insert or update a gig; returns it with its id and the creation moment stored with it.

        An edit keeps the gig's first creation moment, so the throttle (which counts rows) and the
        digests and ranking (which read the gig) see the same one.
        """
        now = time.time()
        published_at = now if gig.status is GigStatus.OPEN else None
        async with self._transaction() as db:
            if gig.id is None:
                gig = gig.model_copy(update={"created_at": gig.created_at or now})
                cursor = await db.execute(
                    """INSERT INTO gigs (employer_id, status, data, created_at, expires_at, updated_at)
                       VALUES (?, ?, '{}', ?, ?, ?)""",
                    (gig.employer_id, gig.status.value, gig.created_at, gig.expires_at, now),
                )
                gig = gig.model_copy(update={"id": cursor.lastrowid})
            else:
                async with db.execute("SELECT created_at FROM gigs WHERE id = ?", (gig.id,)) as cursor:
                    stored = await cursor.fetchone()
                gig = gig.model_copy(
                    update={"created_at": float(stored[0]) if stored else gig.created_at or now}
                )
            await db.execute(
                """UPDATE gigs SET status = ?, data = ?, expires_at = ?, updated_at = ?,
                       published_at = COALESCE(published_at, ?) WHERE id = ?""",
                (gig.status.value, gig.model_dump_json(), gig.expires_at, now, published_at, gig.id),
            )
        return gig

    async def add_open_gigs(self, gigs: list[Gig]) -> list[Gig]:
        """Insert many open gigs, published as created, in one transaction (the bench's corpus)."""
        async with self._transaction() as db:
            async with db.execute("SELECT COALESCE(MAX(id), 0) FROM gigs") as cursor:
                row = await cursor.fetchone()
            first = int(row[0]) + 1 if row else 1
            saved = [
                gig.model_copy(update={"id": first + offset, "status": GigStatus.OPEN})
                for offset, gig in enumerate(gigs)
            ]
            await db.executemany(
                """INSERT INTO gigs
                       (id, employer_id, status, data, created_at, published_at, expires_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (
                        g.id,
                        g.employer_id,
                        g.status.value,
                        g.model_dump_json(),
                        g.created_at,
                        g.created_at,
                        g.expires_at,
                        g.created_at,
                    )
                    for g in saved
                ],
            )
        return saved

    async def get_gig(self, gig_id: int) -> Gig | None:
        """Return one gig by id."""
        row = await self._fetch_one("SELECT data FROM gigs WHERE id = ?", (gig_id,))
        return gig_from_row(row) if row else None

    async def gigs_of(self, employer_id: int) -> list[Gig]:
        """Return an employer's gigs, newest first."""
        rows = await self._fetch_all(
            "SELECT data FROM gigs WHERE employer_id = ? ORDER BY created_at DESC", (employer_id,)
        )
        return [gig_from_row(row) for row in rows]

    async def gigs_with_status(self, status: GigStatus) -> list[Gig]:
        """Return every gig in one status, oldest first."""
        rows = await self._fetch_all("SELECT data FROM gigs WHERE status = ? ORDER BY id", (status.value,))
        return [gig_from_row(row) for row in rows]

    async def gigs_posted_since(self, employer_id: int, since: float) -> int:
        """Count the gigs an employer created after a moment, for throttling."""
        row = await self._fetch_one(
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
        """Mark open gigs past their expiry as expired, in one statement; returns their ids."""
        rows = await self._fetch_all(
            """UPDATE gigs SET status = ?1, data = json_set(data, '$.status', ?1), updated_at = ?3
               WHERE status = ?2 AND expires_at <= ?3 RETURNING id""",
            (GigStatus.EXPIRED.value, GigStatus.OPEN.value, now),
        )
        return sorted(int(row["id"]) for row in rows)

    async def open_gigs(self, gig_ids: Iterable[int], now: float) -> list[Gig]:
        """Return those of the gigs that are open, unexpired and not held for screening (ranking's check)."""
        gigs: list[Gig] = []
        for chunk in chunks(sorted(set(gig_ids))):
            # The unary + keeps SQLite on the primary key: otherwise it may pick the status index and walk
            # every open gig (12 ms at 100k gigs) to find a few dozen ids.
            rows = await self._fetch_all(
                f"SELECT data FROM gigs WHERE id IN ({marks(chunk)}) AND +status = ? AND +expires_at > ?",
                [*chunk, GigStatus.OPEN.value, now],
            )
            gigs += [gig for gig in map(gig_from_row, rows) if not gig.scam_reasons]
        return gigs

    async def open_gigs_since(self, since: float, now: float) -> list[Gig]:
        """Return the open, unexpired, unflagged gigs published since a moment, oldest first."""
        rows = await self._fetch_all(
            "SELECT data FROM gigs WHERE status = ? AND expires_at > ? AND created_at >= ? ORDER BY id",
            (GigStatus.OPEN.value, now, since),
        )
        return [gig for gig in map(gig_from_row, rows) if not gig.scam_reasons]
