"""Nightly digests and instant alerts: plan in bulk, record in the outbox, send within Telegram's limits."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardMarkup

from core.models import Gig, GigStatus, Match, Profile
from core.settings import Settings
from core.store import EmployerRecord, Store, User
from jobs.delivery import DEFAULT_MAX_IN_FLIGHT, READ_TIMEOUT_SECONDS, Deliverer, DeliveryCounts, RateLimiter
from jobs.outbox import (
    DIGEST,
    INSTANT,
    PENDING,
    SKIPPED,
    DigestProgress,
    Outbox,
    OutboxMessage,
    PlannedMessage,
)
from jobs.timing import in_quiet_hours, latest_occurrence, quiet_hours_end

log = logging.getLogger(__name__)

DIGEST_SIZE = 5
# Ask the matcher for more than a digest holds: some of its best may have been announced already.
MATCHER_LIMIT = 2 * DIGEST_SIZE
PLANNING_BATCH = 500


class DigestRenderer(Protocol):
    """Turns a worker's fitting gigs into the message text and the same buttons as /matches."""

    def __call__(
        self, user: User, gigs: list[tuple[Gig, Match]], records: Mapping[int, EmployerRecord]
    ) -> tuple[str, InlineKeyboardMarkup | None]: ...


class DigestMatcher(Protocol):
    """Bulk matching for alerts (retrieval.ranking.Matcher)."""

    async def gigs_for_workers(
        self, profiles: list[Profile], *, since: float, limit: int = 5, now: float | None = None
    ) -> dict[int, list[Match]]: ...


class GigIndex(Protocol):
    """The part of the search index that expiry touches (retrieval.index.MatchIndex)."""

    async def remove_gigs(self, gig_ids: list[int]) -> None: ...


@dataclass(frozen=True)
class AlertRunSummary:
    """What one alerts pass did; `seconds` is wall time for planning and delivery together."""

    due: int
    sent: int
    skipped: int
    blocked: int
    failed: int
    seconds: float
    enqueued: int = 0
    retried: int = 0
    recovered_in_flight: int = 0
    dry_run: bool = False

    def line(self) -> str:
        """Return the one-line report `gigmatch alerts run` prints."""
        head = "dry run: " if self.dry_run else ""
        return (
            f"{head}due {self.due}, sent {self.sent}, skipped {self.skipped}, blocked {self.blocked}, "
            f"failed {self.failed}, {self.seconds:.1f} s (queued {self.enqueued}, retried {self.retried}, "
            f"resent after a crash {self.recovered_in_flight})"
        )


@dataclass(frozen=True)
class PlanResult:
    """What planning decided: workers due, messages recorded, workers with nothing that fits."""

    due: int
    enqueued: int
    skipped: int
    seconds: float


@dataclass(frozen=True)
class _Candidate:
    user: User
    profile: Profile
    since: float  # gigs created before this were already considered for the worker


class Alerts:
    """Plans digests and instant alerts into the outbox and drains it through a real `telegram.Bot`."""

    def __init__(
        self,
        store: Store,
        matcher: DigestMatcher,
        renderer: DigestRenderer,
        settings: Settings,
        *,
        bot: Bot | None = None,
        index: GigIndex | None = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        read_timeout: float = READ_TIMEOUT_SECONDS,
    ) -> None:
        self.store = store
        self.matcher = matcher
        self.renderer = renderer
        self.settings = settings
        self.bot = bot
        self.index = index
        self.zone = ZoneInfo(settings.timezone)
        self.outbox = Outbox(store, settings.digest_time)
        self.max_in_flight = max_in_flight
        self.read_timeout = read_timeout
        # One pace for every send of the process: the bot's replies take their slots from it too.
        self.limiter = RateLimiter(settings.rate_limit_global_per_second, settings.rate_limit_chat_per_second)
        self._deliverer: Deliverer | None = None
        self._run_lock = asyncio.Lock()
        self._background: set[asyncio.Task[Any]] = set()

    # --- the passes ----------------------------------------------------------------------------------

    async def run(self, *, now: float | None = None, dry_run: bool = False) -> AlertRunSummary:
        """Run one digest pass: plan every due worker, record the messages, then send them."""
        started = time.monotonic()
        now = time.time() if now is None else now
        async with self._run_lock:
            plan = await self.plan_digests(now, dry_run=dry_run)
            counts = DeliveryCounts() if dry_run else await self.deliver()
        summary = AlertRunSummary(
            due=plan.due,
            sent=counts.sent,
            skipped=plan.skipped + counts.skipped,
            blocked=counts.blocked,
            failed=counts.failed,
            seconds=time.monotonic() - started,
            enqueued=plan.enqueued,
            retried=counts.retried,
            recovered_in_flight=counts.recovered_in_flight,
            dry_run=dry_run,
        )
        log.info("alerts run: %s", summary.line())
        return summary

    async def plan_digests(self, now: float, *, dry_run: bool = False) -> PlanResult:
        """Record a digest for every due worker with fitting new gigs, in batches, each batch atomic.

        A worker's digest moment is used up in the same transaction that records the message, so a
        crash part-way leaves the remaining workers due and a restart plans exactly them.
        """
        started = time.monotonic()
        candidates = await self.due_workers(now)
        run_id = 0 if dry_run else await self.outbox.start_run(DIGEST, now)
        enqueued = skipped = 0
        for start in range(0, len(candidates), PLANNING_BATCH):
            batch = candidates[start : start + PLANNING_BATCH]
            progress = await self._plan_batch(batch, now)
            enqueued += len(progress.messages)
            skipped += len(batch) - len(progress.messages)
            if not dry_run:
                await self.outbox.record(run_id, progress, now)
        if not dry_run:
            await self.outbox.finish_planning(run_id, due=len(candidates), skipped=skipped)
        return PlanResult(len(candidates), enqueued, skipped, time.monotonic() - started)

    async def announce(self, gig: Gig, *, now: float | None = None) -> int:
        """Queue instant alerts for a just-published gig and start sending; return how many were queued.

        Between 21:00 and 08:00 the messages wait in the outbox until 08:00.
        """
        if gig.id is None or gig.status is not GigStatus.OPEN or gig.scam_reasons:
            return 0
        now = time.time() if now is None else now
        candidates = [
            candidate
            for candidate in await self._workers_with_mode(("instant",), now)
            if not gig.skill_families or set(candidate.profile.skill_families) & set(gig.skill_families)
        ]
        if not candidates:
            return 0
        found = await self.matcher.gigs_for_workers(
            [c.profile for c in candidates], since=gig.created_at, limit=MATCHER_LIMIT, now=now
        )
        announced = await self.outbox.announced_to(c.user.id for c in candidates)
        not_before = quiet_hours_end(now, self.zone) if in_quiet_hours(now, self.zone) else now
        records = await self.store.employer_records([gig.employer_id])
        progress = DigestProgress()
        for candidate in candidates:
            match = next((m for m in found.get(candidate.user.id, []) if m.gig_id == gig.id), None)
            if match is None or gig.id in announced.get(candidate.user.id, set()):
                continue
            message = self._render(candidate, [(gig, match)], records, INSTANT, not_before)
            if message is not None:
                progress.messages.append(message)
        if progress.messages:
            run_id = await self.outbox.start_run(INSTANT, now)
            await self.outbox.record(run_id, progress, now)
            await self.outbox.finish_planning(run_id, due=len(candidates), skipped=0)
            if self.bot is not None:  # without a bot (the terminal) the outbox keeps them for the bot process
                self._spawn(self.deliver())
        return len(progress.messages)

    def announce_soon(self, gig: Gig) -> None:
        """Queue and send a new gig's instant alerts in the background, so its employer is answered first."""
        self._spawn(self._announce_logged(gig))

    async def _announce_logged(self, gig: Gig) -> None:
        try:
            await self.announce(gig)
        except Exception:  # a background task has nobody to raise to
            log.exception("instant alerts for gig %s failed", gig.id)

    async def deliver(self) -> DeliveryCounts:
        """Send whatever the outbox holds that is due now."""
        return await self._require_deliverer().drain(self._refresh)

    async def expire_gigs(self, now: float | None = None) -> list[int]:
        """Close gigs past their expiry and take them out of the index."""
        expired = await self.store.expire_gigs(time.time() if now is None else now)
        if expired and self.index is not None:
            await self.index.remove_gigs(expired)
        if expired:
            log.info("expired %d gig(s)", len(expired))
        return expired

    async def wait_idle(self) -> None:
        """Wait for background deliveries started by `announce`."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)

    # --- planning ------------------------------------------------------------------------------------

    async def due_workers(self, now: float) -> list[_Candidate]:
        """Return active workers whose daily or weekly digest moment has passed since their last digest."""
        return await self._workers_with_mode(("daily", "weekly"), now, due_only=True)

    async def _workers_with_mode(
        self, modes: Sequence[str], now: float, *, due_only: bool = False
    ) -> list[_Candidate]:
        marks = ",".join("?" * len(modes))
        rows = await self.store.fetch_all(
            f"""SELECT u.*, p.data AS profile, COALESCE(a.mode, 'daily') AS mode,
                       COALESCE(a.time, ?) AS at, a.last_digest_at
                FROM users u JOIN profiles p ON p.user_id = u.id LEFT JOIN alert_prefs a ON a.user_id = u.id
                WHERE u.active = 1 AND COALESCE(a.mode, 'daily') IN ({marks}) ORDER BY u.id""",
            [self.settings.digest_time, *modes],
        )
        candidates = []
        for row in rows:
            # A new worker's first digest covers gigs since they joined; /matches showed them the older ones.
            since = float(row["last_digest_at"] if row["last_digest_at"] is not None else row["created_at"])
            if due_only and since >= latest_occurrence(row["mode"], row["at"], now, self.zone):
                continue
            user = User(
                id=int(row["id"]),
                chat_id=int(row["chat_id"]),
                username=row["username"],
                language=str(row["language"]),
                language_locked=bool(row["language_locked"]),
                active=True,
            )
            candidates.append(_Candidate(user, Profile.model_validate_json(row["profile"]), since))
        return candidates

    async def _plan_batch(self, batch: list[_Candidate], now: float) -> DigestProgress:
        """Match a batch of workers in bulk and render each one's digest."""
        found = await self.matcher.gigs_for_workers(
            [c.profile for c in batch], since=min(c.since for c in batch), limit=MATCHER_LIMIT, now=now
        )
        announced = await self.outbox.announced_to(c.user.id for c in batch)
        gigs = await self._open_gigs({m.gig_id for matches in found.values() for m in matches}, now)
        records = await self.store.employer_records(gig.employer_id for gig in gigs.values())
        progress = DigestProgress()
        for candidate in batch:
            seen = announced.get(candidate.user.id, set())
            fitting = [
                (gigs[m.gig_id], m)
                for m in found.get(candidate.user.id, [])
                if m.gig_id in gigs and m.gig_id not in seen and gigs[m.gig_id].created_at >= candidate.since
            ][:DIGEST_SIZE]
            if fitting:
                message = self._render(candidate, fitting, records, DIGEST, not_before=0.0)  # at once
                if message is not None:
                    progress.messages.append(message)
            progress.digested_workers.append(candidate.user.id)
        return progress

    def _render(
        self,
        candidate: _Candidate,
        gigs: list[tuple[Gig, Match]],
        records: Mapping[int, EmployerRecord],
        kind: str,
        not_before: float,
    ) -> PlannedMessage | None:
        """Render one alert; a renderer failure skips this worker, never the run."""
        try:
            text, markup = self.renderer(candidate.user, gigs, records)
        except Exception:
            log.exception("could not render the %s for worker %d", kind, candidate.user.id)
            return None
        return PlannedMessage(
            user_id=candidate.user.id,
            chat_id=candidate.user.chat_id,
            kind=kind,
            matches=[match for _, match in gigs],
            payload=_payload(text, markup),
            not_before=not_before,
        )

    async def _open_gigs(self, gig_ids: Iterable[int], now: float) -> dict[int, Gig]:
        """Load gigs that are still open and unexpired, in one query per chunk."""
        ids = sorted(gig_ids)
        gigs: dict[int, Gig] = {}
        for start in range(0, len(ids), PLANNING_BATCH):
            chunk = ids[start : start + PLANNING_BATCH]
            rows = await self.store.fetch_all(
                f"""SELECT data FROM gigs WHERE id IN ({",".join("?" * len(chunk))})
                    AND status = ? AND expires_at > ?""",
                [*chunk, GigStatus.OPEN.value, now],
            )
            for row in rows:
                gig = Gig.model_validate_json(row["data"])
                if gig.id is not None and not gig.scam_reasons:
                    gigs[gig.id] = gig
        return gigs

    # --- delivery ------------------------------------------------------------------------------------

    async def forget_gigs(self, gig_ids: Iterable[int]) -> None:
        """Rewrite every recorded alert listing these deleted gigs: re-render what waits, blank the rest."""
        deleted = set(gig_ids)
        for status, message in await self.outbox.mentioning(deleted):
            if status == PENDING and await self._refresh(message) is not None:
                continue  # re-rendered without the deleted gigs
            kept = [match for match in message.matches if match.gig_id not in deleted]
            await self.outbox.replace(message.id, kept, {})
            if status == PENDING:
                await self.outbox.finish(message.id, SKIPPED, error="its gigs were deleted")

    async def _refresh(self, message: OutboxMessage) -> OutboxMessage | None:
        """Drop gigs that closed or expired since the message was recorded; re-render if any did."""
        gigs = await self._open_gigs((m.gig_id for m in message.matches), time.time())
        still_open = [(gigs[m.gig_id], m) for m in message.matches if m.gig_id in gigs]
        if len(still_open) == len(message.matches):
            return message
        user = await self.store.get_user(message.user_id)
        if not still_open or user is None:
            return None
        records = await self.store.employer_records(gig.employer_id for gig, _ in still_open)
        text, markup = self.renderer(user, still_open, records)
        matches = [match for _, match in still_open]
        payload = _payload(text, markup)
        await self.outbox.replace(message.id, matches, payload)
        return OutboxMessage(**{**vars(message), "matches": matches, "payload": payload})

    def _require_deliverer(self) -> Deliverer:
        if self._deliverer is None:
            if self.bot is None:
                raise RuntimeError("Alerts needs a telegram.Bot to deliver")
            self._deliverer = Deliverer(
                self.store,
                self.outbox,
                self.bot,
                self.limiter,
                self.zone,
                max_in_flight=self.max_in_flight,
                read_timeout=self.read_timeout,
            )
        return self._deliverer

    def _spawn(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)


async def run_alerts(alerts: Alerts, *, dry_run: bool = False, now: float | None = None) -> AlertRunSummary:
    """Run one alerts pass now (what `gigmatch alerts run` and the schedule both call)."""
    return await alerts.run(now=now, dry_run=dry_run)


async def measure_digest_planning(alerts: Alerts, *, now: float | None = None) -> dict[str, float]:
    """Time the matching and rendering of a digest run without writing or sending (for `gigmatch bench`)."""
    plan = await alerts.plan_digests(time.time() if now is None else now, dry_run=True)
    return {
        "workers": plan.due,
        "digests": plan.enqueued,
        "seconds": plan.seconds,
        "workers_per_second": plan.due / plan.seconds if plan.seconds else 0.0,
    }


def _payload(text: str, markup: InlineKeyboardMarkup | None) -> dict[str, Any]:
    return {"text": text, "reply_markup": markup.to_dict() if markup is not None else None}
