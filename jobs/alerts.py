"""Nightly digests and instant alerts: plan in bulk, record in the outbox, send within Telegram's limits."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from core.messages import Reply
from core.models import Gig, GigStatus, Match, Profile
from core.repositories.outbox import (
    DIGEST,
    INSTANT,
    PENDING,
    SKIPPED,
    DigestProgress,
    Outbox,
    OutboxMessage,
    PlannedMessage,
)
from core.settings import Settings
from core.store import EmployerRecord, Store, User
from jobs.delivery import Deliverer, DeliveryConfig, DeliveryCounts, RateLimiter
from jobs.sending import Sender, reply_payload
from jobs.timing import in_quiet_hours, latest_occurrence, quiet_hours_end
from retrieval.ranking import NewGigSearch
from retrieval.scoring import Scored

log = logging.getLogger(__name__)

DIGEST_SIZE = 5
# Ask the matcher for more than a digest holds: some of its best may have been announced already.
MATCHER_LIMIT = 2 * DIGEST_SIZE
PLANNING_BATCH = 500
SCHEDULE_PAGE = 10_000
DIGEST_MODES = ("daily", "weekly")
# Planning makes millions of short-lived objects. At Python's default thresholds the collector ran thousands
# of times a 10k run, each full pass scanning every long-lived object (models, Chroma): a quarter of the CPU.
PLANNING_GC_THRESHOLD = 20_000


class DigestRenderer(Protocol):
    """Turns a worker's fitting gigs into one message with the same buttons as /matches."""

    def __call__(
        self, user: User, gigs: list[tuple[Gig, Match]], records: Mapping[int, EmployerRecord]
    ) -> Reply: ...


class DigestMatcher(Protocol):
    """Bulk matching for alerts (retrieval.ranking.Matcher)."""

    async def gigs_for_workers(
        self, profiles: list[Profile], *, since: float, limit: int = 5, now: float | None = None
    ) -> dict[int, list[Match]]: ...

    async def new_gig_search(self, gigs: list[Gig]) -> NewGigSearch: ...

    def offered_gigs(
        self,
        profile: Profile,
        offered: list[tuple[Gig, float]],
        *,
        search: NewGigSearch,
        since: float,
        exclude: set[int],
        limit: int,
        now: float,
    ) -> list[Scored]: ...


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
    """Plans digests and instant alerts into the outbox and drains it through a `Sender`."""

    def __init__(
        self,
        store: Store,
        matcher: DigestMatcher,
        renderer: DigestRenderer,
        settings: Settings,
        *,
        sender: Sender | None = None,
        delivery: DeliveryConfig | None = None,
    ) -> None:
        self.store = store
        self.matcher = matcher
        self.renderer = renderer
        self.settings = settings
        self.sender = sender
        self.delivery = delivery or DeliveryConfig.from_settings(settings)
        self.zone = self.delivery.zone
        self.outbox = Outbox(store, settings.digest_time)
        # One pace for every send of the process: the bot's replies take their slots from it too.
        # With paid broadcasts on, the pace is their ceiling (the replies' retries absorb any 429 meanwhile).
        self.limiter = RateLimiter(settings.alerts_rate_per_second, settings.rate_limit_chat_per_second)
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

    async def plan_digests(
        self, now: float, *, dry_run: bool = False, per_worker: bool = False
    ) -> PlanResult:
        """Record a digest for every due worker with fitting new gigs, in batches, each batch atomic.

        Planning starts from the new gigs (`_plan_from_gigs`); `per_worker` runs one search per worker
        instead, the older way, kept to compare against. A worker's digest moment is used up in the
        same transaction that records the message, so a crash part-way leaves the remaining workers
        due and a restart plans exactly them.
        """
        started = time.monotonic()
        run_id = 0 if dry_run else await self.outbox.start_run(DIGEST, now)
        due = enqueued = 0
        batches = self._plan_per_worker(now) if per_worker else self._plan_from_gigs(now)
        with _collecting_less():
            async for workers, progress in batches:
                due += workers
                enqueued += len(progress.messages)
                if not dry_run:
                    await self.outbox.record(run_id, progress, now)
        if not dry_run:
            await self.outbox.finish_planning(run_id, due=due, skipped=due - enqueued)
        return PlanResult(due, enqueued, due - enqueued, time.monotonic() - started)

    async def _plan_from_gigs(self, now: float) -> AsyncIterator[tuple[int, DigestProgress]]:
        """Plan digests from the new gigs: a batch of due workers at a time, found by the gig-side search.

        Memory holds the new gigs and one batch of workers, never every due worker: the schedule is read
        twice, a page at a time, once for the oldest moment gigs are new since and once to plan.
        """
        window = None
        async for _, since in self._due_digests(now):
            window = since if window is None else min(window, since)
        if window is None:
            return
        search = await self.matcher.new_gig_search(await self.store.open_gigs_since(window, now))
        due: dict[int, float] = {}
        async for user_id, since in self._due_digests(now):
            due[user_id] = since
            if len(due) == PLANNING_BATCH:
                yield await self._planned_batch(due, search, window, now)
                due = {}
        if due:
            yield await self._planned_batch(due, search, window, now)

    async def _due_digests(self, now: float) -> AsyncIterator[tuple[int, float]]:
        """Yield (worker, since) for every worker whose digest moment passed, by id, a page at a time."""
        moments: dict[tuple[str, str], float] = {}  # workers share a few digest times
        after = -(2**63)
        while True:
            page = await self.store.alert_schedule(
                DIGEST_MODES, self.settings.digest_time, after=after, limit=SCHEDULE_PAGE
            )
            for user_id, mode, at, since in page:
                if (mode, at) not in moments:
                    moments[mode, at] = latest_occurrence(mode, at, now, self.zone)
                if since < moments[mode, at]:
                    yield user_id, since
            if len(page) < SCHEDULE_PAGE:
                return
            after = page[-1][0]

    async def _planned_batch(
        self, due: dict[int, float], search: NewGigSearch, window: float, now: float
    ) -> tuple[int, DigestProgress]:
        """Plan one batch of due workers; return how many were due and their digests."""
        offered = await search.workers(list(due)) if search.gigs else {}
        progress = await self._digests_for(offered, search, due, window, now)
        progress.digested_workers.extend(due)
        return len(due), progress

    async def _digests_for(
        self,
        offered: dict[int, list[tuple[Gig, float]]],
        search: NewGigSearch,
        due: dict[int, float],
        window: float,
        now: float,
    ) -> DigestProgress:
        """Rank each worker's offered gigs as their own search would, and render the digests."""
        progress = DigestProgress()
        worker_ids = sorted(offered)
        if not worker_ids:
            return progress
        candidates = await self._workers_with_mode(DIGEST_MODES, now, user_ids=worker_ids)
        excluded = await self.store.gig_ids_excluded_for_each(worker_ids)
        announced = await self.outbox.announced_to(worker_ids)
        records = await self.store.employer_records(
            {gig.employer_id for pairs in offered.values() for gig, _ in pairs}
        )

        def rank() -> list[tuple[_Candidate, list[Scored]]]:
            return [
                (
                    candidate,
                    self.matcher.offered_gigs(
                        candidate.profile,
                        offered[candidate.user.id],
                        search=search,
                        since=window,
                        exclude=excluded.get(candidate.user.id, set()),
                        limit=MATCHER_LIMIT,
                        now=now,
                    ),
                )
                for candidate in candidates
                if candidate.user.id in offered
            ]

        for candidate, ranked in await asyncio.to_thread(rank):
            seen = announced.get(candidate.user.id, set())
            since = due[candidate.user.id]
            fitting = [
                (search.gigs[pair.gig_id], pair.match())
                for pair in [
                    pair
                    for pair in ranked
                    if pair.gig_id not in seen and search.gigs[pair.gig_id].created_at >= since
                ][:DIGEST_SIZE]
            ]
            message = self._render(candidate, fitting, records, DIGEST, not_before=0.0) if fitting else None
            if message is not None:
                progress.messages.append(message)
        return progress

    async def _plan_per_worker(self, now: float) -> AsyncIterator[tuple[int, DigestProgress]]:
        """Plan digests with one search per due worker (the way before gig-side planning)."""
        candidates = await self.due_workers(now)
        for start in range(0, len(candidates), PLANNING_BATCH):
            batch = candidates[start : start + PLANNING_BATCH]
            yield len(batch), await self._plan_batch(batch, now)

    async def announce(self, gig: Gig, *, now: float | None = None) -> int:
        """Queue instant alerts for a just-published gig and start sending; return how many were queued.

        The workers come from the gig-side search, each ranked as their own search would rank the gig.
        Between 21:00 and 08:00 the messages wait in the outbox until 08:00.
        """
        if gig.id is None or gig.status is not GigStatus.OPEN or gig.scam_reasons:
            return 0
        now = time.time() if now is None else now
        search = await self.matcher.new_gig_search([gig])
        by_worker = await search.workers(await self._instant_workers()) if search.gigs else {}
        if not by_worker:
            return 0
        worker_ids = sorted(by_worker)
        candidates = await self._workers_with_mode(("instant",), now, user_ids=worker_ids)
        excluded = await self.store.gig_ids_excluded_for_each(worker_ids)
        announced = await self.outbox.announced_to(worker_ids)
        not_before = quiet_hours_end(now, self.zone) if in_quiet_hours(now, self.zone) else now
        records = await self.store.employer_records([gig.employer_id])
        progress = DigestProgress()
        for candidate in candidates:
            if gig.id in announced.get(candidate.user.id, set()):
                continue
            [(_, similarity)] = by_worker[candidate.user.id]
            ranked = self.matcher.offered_gigs(
                candidate.profile,
                [(gig, similarity)],
                search=search,
                since=gig.created_at,
                exclude=excluded.get(candidate.user.id, set()),
                limit=MATCHER_LIMIT,
                now=now,
            )
            if ranked:
                message = self._render(candidate, [(gig, ranked[0].match())], records, INSTANT, not_before)
                if message is not None:
                    progress.messages.append(message)
        if progress.messages:
            run_id = await self.outbox.start_run(INSTANT, now)
            await self.outbox.record(run_id, progress, now)
            await self.outbox.finish_planning(run_id, due=len(candidates), skipped=0)
            if (
                self.sender is not None
            ):  # without one (the terminal) the outbox keeps them for the bot process
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

    async def _instant_workers(self) -> list[int]:
        rows = await self.store.alert_schedule(("instant",), self.settings.digest_time)
        return [user_id for user_id, *_ in rows]

    async def deliver(self) -> DeliveryCounts:
        """Send whatever the outbox holds that is due now."""
        return await self._require_deliverer().drain(self._refresh)

    async def wait_idle(self) -> None:
        """Wait for background deliveries started by `announce`."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)

    # --- planning ------------------------------------------------------------------------------------

    async def due_workers(self, now: float) -> list[_Candidate]:
        """Return active workers whose daily or weekly digest moment has passed since their last digest."""
        return await self._workers_with_mode(DIGEST_MODES, now, due_only=True)

    async def _workers_with_mode(
        self, modes: Sequence[str], now: float, *, due_only: bool = False, user_ids: list[int] | None = None
    ) -> list[_Candidate]:
        # A new worker's first digest covers gigs since they joined; /matches showed them the older ones.
        return [
            _Candidate(recipient.user, recipient.profile, recipient.since)
            for recipient in await self.store.alert_recipients(modes, self.settings.digest_time, user_ids)
            if not due_only
            or recipient.since < latest_occurrence(recipient.mode, recipient.time, now, self.zone)
        ]

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
            reply = self.renderer(candidate.user, gigs, records)
        except Exception:
            log.exception("could not render the %s for worker %d", kind, candidate.user.id)
            return None
        return PlannedMessage(
            user_id=candidate.user.id,
            chat_id=candidate.user.chat_id,
            kind=kind,
            matches=[match for _, match in gigs],
            payload=reply_payload(reply),
            not_before=not_before,
        )

    async def _open_gigs(self, gig_ids: Iterable[int], now: float) -> dict[int, Gig]:
        """Load gigs that are still open and unexpired, in one query per chunk."""
        return {gig.id: gig for gig in await self.store.open_gigs(gig_ids, now) if gig.id is not None}

    # --- delivery ------------------------------------------------------------------------------------

    async def forget_gigs(self, gig_ids: Iterable[int]) -> None:
        """Rewrite every recorded alert listing these deleted gigs: re-render what waits, blank the rest."""
        deleted = set(gig_ids)
        for status, message in await self.outbox.mentioning(deleted):
            if status == PENDING and (await self._refresh([message]))[0] is not None:
                continue  # re-rendered without the deleted gigs
            kept = [match for match in message.matches if match.gig_id not in deleted]
            await self.outbox.replace(message.id, kept, {})
            if status == PENDING:
                await self.outbox.finish(message.id, SKIPPED, error="its gigs were deleted")

    async def _refresh(self, messages: list[OutboxMessage]) -> list[OutboxMessage | None]:
        """Drop gigs that closed or expired since the messages were recorded; re-render where any did."""
        gig_ids = {gig_id for message in messages for gig_id in message.gig_ids}
        gigs = await self._open_gigs(gig_ids, time.time())
        return [await self._refreshed(message, gigs) for message in messages]

    async def _refreshed(self, message: OutboxMessage, gigs: Mapping[int, Gig]) -> OutboxMessage | None:
        """Return the message without its gigs that are no longer open (None if none is left)."""
        if all(gig_id in gigs for gig_id in message.gig_ids):
            return message
        still_open = [(gigs[m.gig_id], m) for m in message.matches if m.gig_id in gigs]
        user = await self.store.get_user(message.user_id)
        if not still_open or user is None:
            return None
        records = await self.store.employer_records(gig.employer_id for gig, _ in still_open)
        matches = [match for _, match in still_open]
        payload = reply_payload(self.renderer(user, still_open, records))
        await self.outbox.replace(message.id, matches, payload)
        return message.rewritten(matches, payload)

    def _require_deliverer(self) -> Deliverer:
        if self._deliverer is None:
            if self.sender is None:
                raise RuntimeError("Alerts needs a Sender to deliver")
            self._deliverer = Deliverer(self.store, self.outbox, self.sender, self.limiter, self.delivery)
        return self._deliverer

    def _spawn(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)


@contextmanager
def _collecting_less() -> Iterator[None]:
    """Leave the objects that exist now out of garbage collection, and collect the young ones less often."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(PLANNING_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


async def run_alerts(alerts: Alerts, *, dry_run: bool = False, now: float | None = None) -> AlertRunSummary:
    """Run one alerts pass now (what `gigmatch alerts run` and the schedule both call)."""
    return await alerts.run(now=now, dry_run=dry_run)


async def measure_digest_planning(
    alerts: Alerts, *, now: float | None = None, per_worker: bool = False
) -> dict[str, float]:
    """Time the matching and rendering of a digest run without writing or sending (for `gigmatch bench`).

    CPU seconds are the process's own: on a machine shared with other work they say what wall time hides.
    """
    cpu = time.process_time()
    plan = await alerts.plan_digests(time.time() if now is None else now, dry_run=True, per_worker=per_worker)
    cpu = time.process_time() - cpu
    return {
        "workers": plan.due,
        "digests": plan.enqueued,
        "seconds": plan.seconds,
        "workers_per_second": plan.due / plan.seconds if plan.seconds else 0.0,
        "workers_per_cpu_second": plan.due / cpu if cpu else 0.0,
    }
