"""The alerts outbox in SQLite: what a run will send, recorded before sending, marked as it goes out."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from core.db import Database, chunks, marks
from core.models import Match

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
BLOCKED = "blocked"
SKIPPED = "skipped"
DIGEST = "digest"
INSTANT = "instant"
# Each match's gig id in the stored JSON (`_dump_matches`): an unescaped quote is never inside a string.
_GIG_ID = re.compile(r'\{"gig_id": (\d+),')


@dataclass(frozen=True)
class PlannedMessage:
    """One alert to record: to whom, about which matches, and the exact rendered message."""

    user_id: int
    chat_id: int
    kind: str
    matches: list[Match]
    payload: dict[str, Any]
    not_before: float


@dataclass(frozen=True)
class OutboxMessage:
    """One recorded alert as the sender sees it: its gigs' ids, the matches themselves only when asked."""

    id: int
    run_id: int
    user_id: int
    chat_id: int
    kind: str
    gig_ids: tuple[int, ...]
    payload: dict[str, Any]
    attempts: int
    user_active: bool
    matches_json: str = field(repr=False)

    @property
    def matches(self) -> list[Match]:
        """Return the recorded matches (validated now: sending a message needs only its gig ids)."""
        return [Match.model_validate(item) for item in json.loads(self.matches_json)]

    def rewritten(self, matches: list[Match], payload: dict[str, Any]) -> OutboxMessage:
        """Return this message with fewer matches, rendered anew."""
        return replace(
            self,
            gig_ids=tuple(match.gig_id for match in matches),
            payload=payload,
            matches_json=_dump_matches(matches),
        )


@dataclass(frozen=True)
class Outcome:
    """How one message ended: sent (and when), failed, blocked or skipped."""

    message_id: int
    status: str
    error: str | None
    sent_at: float | None

    @classmethod
    def now(cls, message_id: int, status: str, error: str | None = None) -> Outcome:
        """Return the outcome decided now (a sent message is stamped with this moment)."""
        return cls(message_id, status, error, time.time() if status == SENT else None)


@dataclass
class DigestProgress:
    """What planning one batch of workers decided, written in one transaction."""

    messages: list[PlannedMessage] = field(default_factory=list)
    digested_workers: list[int] = field(default_factory=list)  # workers whose digest moment is now used up


class Outbox:
    """Repository of alert runs, outbox messages and the announced (worker, gig) pairs.

    It runs its SQL on the store's connection, through the helpers core's repositories share.
    """

    def __init__(self, store: Database, default_time: str) -> None:
        self.store = store
        self.default_time = default_time

    async def start_run(self, kind: str, now: float) -> int:
        """Open a run and return its id."""
        async with self.store._transaction() as db:
            cursor = await db.execute("INSERT INTO alert_runs (kind, started_at) VALUES (?, ?)", (kind, now))
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    async def finish_planning(self, run_id: int, *, due: int, skipped: int) -> None:
        """Note that every message of the run is recorded."""
        async with self.store._transaction() as db:
            await db.execute(
                "UPDATE alert_runs SET planned_at = ?, due = ?, skipped = ? WHERE id = ?",
                (time.time(), due, skipped, run_id),
            )

    async def record(self, run_id: int, progress: DigestProgress, now: float) -> None:
        """Record messages, their announced pairs and the workers' digest moment, all or nothing."""
        async with self.store._transaction() as db:
            await db.executemany(
                """INSERT INTO outbox
                       (run_id, user_id, chat_id, kind, matches, payload, not_before, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (
                        run_id,
                        message.user_id,
                        message.chat_id,
                        message.kind,
                        _dump_matches(message.matches),
                        json.dumps(message.payload, ensure_ascii=False),
                        message.not_before,
                        now,
                    )
                    for message in progress.messages
                ],
            )
            await db.executemany(
                "INSERT OR IGNORE INTO announced (worker_id, gig_id, announced_at) VALUES (?, ?, ?)",
                [
                    (message.user_id, match.gig_id, now)
                    for message in progress.messages
                    for match in message.matches
                ],
            )
            await db.executemany(
                """INSERT INTO alert_prefs (user_id, mode, time, last_digest_at) VALUES (?, 'daily', ?, ?)
                   ON CONFLICT(user_id) DO UPDATE SET last_digest_at = excluded.last_digest_at""",
                [(worker_id, self.default_time, now) for worker_id in progress.digested_workers],
            )

    async def announced_to(self, worker_ids: Iterable[int]) -> dict[int, set[int]]:
        """Return, per worker, the gigs already announced to them."""
        announced: dict[int, set[int]] = {}
        for chunk in chunks(worker_ids):
            rows = await self.store._fetch_all(
                f"SELECT worker_id, gig_id FROM announced WHERE worker_id IN ({marks(chunk)})", chunk
            )
            for row in rows:
                announced.setdefault(int(row["worker_id"]), set()).add(int(row["gig_id"]))
        return announced

    async def recover_in_flight(self) -> list[int]:
        """Put messages left 'sending' by a crash back to pending; return their ids.

        Telegram may or may not have delivered them: resending risks one duplicate each, dropping them
        risks a loss, and a duplicate digest is the lesser harm.
        """
        rows = await self.store._fetch_all("SELECT id FROM outbox WHERE status = ?", (SENDING,))
        ids = [int(row["id"]) for row in rows]
        if ids:
            async with self.store._transaction() as db:
                await db.execute("UPDATE outbox SET status = ? WHERE status = ?", (PENDING, SENDING))
        return ids

    async def ready(self, now: float, limit: int, *, skip: Iterable[int] = ()) -> list[OutboxMessage]:
        """Return pending messages whose time has come, oldest first, except those in `skip`."""
        skipped = list(skip)
        rows = await self.store._fetch_all(
            f"""SELECT o.*, u.active FROM outbox o JOIN users u ON u.id = o.user_id
                WHERE o.status = ? AND o.not_before <= ? AND o.id NOT IN ({marks(skipped)})
                ORDER BY o.not_before, o.id LIMIT ?""",
            (PENDING, now, *skipped, limit),
        )
        return [_message(row) for row in rows]

    async def mentioning(self, gig_ids: Iterable[int]) -> list[tuple[str, OutboxMessage]]:
        """Return (status, message) of every recorded alert, sent or not, that lists one of these gigs."""
        wanted = set(gig_ids)
        found: dict[int, tuple[str, OutboxMessage]] = {}
        for gig_id in wanted:
            rows = await self.store._fetch_all(
                """SELECT o.*, u.active FROM outbox o JOIN users u ON u.id = o.user_id
                   WHERE o.matches LIKE ?""",
                (f'%"gig_id": {gig_id},%',),
            )
            for row in rows:
                message = _message(row)
                if not wanted.isdisjoint(message.gig_ids):
                    found[message.id] = (str(row["status"]), message)
        return list(found.values())

    async def next_not_before(self) -> float | None:
        """Return when the next pending message may go out, if any is pending."""
        row = await self.store._fetch_one("SELECT MIN(not_before) FROM outbox WHERE status = ?", (PENDING,))
        return float(row[0]) if row is not None and row[0] is not None else None

    async def last_sent_at(self) -> float | None:
        """Return when the most recent message went out, if any did."""
        row = await self.store._fetch_one("SELECT MAX(sent_at) FROM outbox")
        return float(row[0]) if row is not None and row[0] is not None else None

    async def settle(self, claimed: list[int], finished: list[Outcome]) -> None:
        """Mark messages as on their way and record final outcomes of others, in one transaction.

        A claim is written before its request leaves (a crash then leaves it 'sending'); a message is
        finished only after its claim was written, so claims go first.
        """
        async with self.store._transaction() as db:
            await db.executemany(
                "UPDATE outbox SET status = ?, attempts = attempts + 1 WHERE id = ?",
                [(SENDING, message_id) for message_id in claimed],
            )
            await db.executemany(
                "UPDATE outbox SET status = ?, last_error = ?, sent_at = ? WHERE id = ?",
                [(o.status, o.error, o.sent_at, o.message_id) for o in finished],
            )

    async def finish(self, message_id: int, status: str, *, error: str | None = None) -> None:
        """Record a final outcome: sent, failed, blocked or skipped."""
        await self.settle([], [Outcome.now(message_id, status, error)])

    async def postpone(self, message_id: int, not_before: float, *, error: str | None = None) -> None:
        """Put a message back in the queue until a later moment (retry_after, backoff, quiet hours)."""
        async with self.store._transaction() as db:
            await db.execute(
                """UPDATE outbox SET status = ?, not_before = ?, last_error = COALESCE(?, last_error)
                   WHERE id = ?""",
                (PENDING, not_before, error, message_id),
            )

    async def block_user(self, user_id: int) -> int:
        """Give up every pending message to a worker who blocked the bot; return how many."""
        async with self.store._transaction() as db:
            cursor = await db.execute(
                "UPDATE outbox SET status = ? WHERE user_id = ? AND status = ?", (BLOCKED, user_id, PENDING)
            )
            return cursor.rowcount

    async def replace(self, message_id: int, matches: list[Match], payload: dict[str, Any]) -> None:
        """Store a re-rendered message (some gigs closed meanwhile) before it is sent."""
        async with self.store._transaction() as db:
            await db.execute(
                "UPDATE outbox SET matches = ?, payload = ? WHERE id = ?",
                (_dump_matches(matches), json.dumps(payload, ensure_ascii=False), message_id),
            )

    async def status_counts(self, run_id: int | None = None) -> dict[str, int]:
        """Count messages per status, for one run or overall."""
        where, params = ("WHERE run_id = ?", (run_id,)) if run_id is not None else ("", ())
        rows = await self.store._fetch_all(
            f"SELECT status, COUNT(*) AS n FROM outbox {where} GROUP BY status", params
        )
        return {str(row["status"]): int(row["n"]) for row in rows}


def _message(row: Any) -> OutboxMessage:
    matches = str(row["matches"])
    return OutboxMessage(
        id=int(row["id"]),
        run_id=int(row["run_id"]),
        user_id=int(row["user_id"]),
        chat_id=int(row["chat_id"]),
        kind=str(row["kind"]),
        gig_ids=tuple(int(gig_id) for gig_id in _GIG_ID.findall(matches)),
        payload=json.loads(row["payload"]),
        attempts=int(row["attempts"]),
        user_active=bool(row["active"]),
        matches_json=matches,
    )


def _dump_matches(matches: list[Match]) -> str:
    return json.dumps([match.model_dump(mode="json") for match in matches], ensure_ascii=False)
