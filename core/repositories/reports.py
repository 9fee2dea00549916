"""Reports: workers' reports of gigs and the admins' verdicts."""

from __future__ import annotations

import time

from core.db import Database


class ReportRepository(Database):
    """The `reports` table."""

    async def add_report(self, gig_id: int, reporter_id: int, reason: str) -> bool:
        """Record a worker's report of a gig; False when this worker already reported it."""
        async with self._transaction() as db:
            cursor = await db.execute(
                """INSERT OR IGNORE INTO reports (gig_id, reporter_id, reason, created_at)
                   VALUES (?, ?, ?, ?)""",
                (gig_id, reporter_id, reason, time.time()),
            )
            return cursor.rowcount > 0

    async def report_counts(self, gig_id: int) -> dict[str, int]:
        """Return how many workers reported the gig, per reason (undecided reports only)."""
        rows = await self._fetch_all(
            """SELECT reason, COUNT(*) AS n FROM reports WHERE gig_id = ? AND verdict IS NULL
               GROUP BY reason ORDER BY n DESC, reason""",
            (gig_id,),
        )
        return {str(row["reason"]): int(row["n"]) for row in rows}

    async def decide_reports(self, gig_id: int, *, upheld: bool) -> None:
        """Close a gig's open reports with the admin's verdict."""
        async with self._transaction() as db:
            await db.execute(
                "UPDATE reports SET verdict = ? WHERE gig_id = ? AND verdict IS NULL",
                ("upheld" if upheld else "dismissed", gig_id),
            )

    async def upheld_reports(self, employer_id: int) -> int:
        """Return how many reports about the employer's gigs an admin upheld."""
        row = await self._fetch_one(
            """SELECT COUNT(*) AS n FROM reports r JOIN gigs g ON g.id = r.gig_id
               WHERE g.employer_id = ? AND r.verdict = 'upheld'""",
            (employer_id,),
        )
        return int(row["n"]) if row else 0
