"""Send the outbox and the bot's replies within Telegram's rate limits, surviving errors one at a time."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from core.locks import UserLocks
from core.messages import Reply
from core.repositories.outbox import (
    BLOCKED,
    FAILED,
    INSTANT,
    SENT,
    SKIPPED,
    Outbox,
    OutboxMessage,
    Outcome,
)
from core.settings import Settings
from core.store import Store
from jobs.sending import Blocked, Rejected, RetryAfter, Sender, SendError, reply_from_payload
from jobs.timing import in_quiet_hours, quiet_hours_end

log = logging.getLogger(__name__)

# Sends are spaced this much wider than the limit; the window count below keeps jitter from squeezing one
# more into any second.
PACING_MARGIN = 0.01
WINDOW_SECONDS = 1.0
# A send this late for its slot (a busy machine did not run the loop) keeps the pace: the next few go at
# once, within the window rule. After a longer stall the pace starts again from the late send.
CATCH_UP_SECONDS = 0.1
# While replies keep coming, every this many-th slot still goes to a queued alert.
BULK_EVERY = 5
# While a send's answer is awaited, it may reach Telegram at any moment: look again this often.
ANSWER_POLL_SECONDS = 0.005
MAX_ATTEMPTS = 6
MAX_BACKOFF_SECONDS = 60.0
# A drain keeps waiting for postponed messages only this long; later ones go out with a later pass.
MAX_IDLE_WAIT_SECONDS = 30.0
READ_TIMEOUT_SECONDS = 20.0
# Small batches keep each read of the outbox short, so it never stalls the paced sends for long; the
# next one is read while the last sends of this one are in flight.
READY_BATCH = 50
# Requests in flight at once. One round trip per message cannot reach 30/s over a real network (~100 ms),
# and each one in flight is a message a crash may leave unconfirmed, resent at restart: keep it small.
DEFAULT_MAX_IN_FLIGHT = 4


class RateLimiter:
    """Evenly spaced sends: never more than the global rate overall nor the chat rate to one chat.

    Spacing alone is not enough with several requests in flight: one held up on its way (a busy machine)
    reaches Telegram together with the next ones. So a send also waits until no one-second window can
    hold too many: a send counts from its slot until its answer came back, when it has surely arrived.
    Replies to people who just wrote take the next slot before any queued alert; alerts still get one
    slot in every `BULK_EVERY` while replies keep coming, so a digest run finishes under any chat load.
    """

    def __init__(
        self, global_per_second: float, chat_per_second: float, *, margin: float = PACING_MARGIN
    ) -> None:
        self.global_interval = (1.0 + margin) / global_per_second
        self.chat_interval = (1.0 + margin) / chat_per_second
        self.per_window = max(1, int(global_per_second * WINDOW_SECONDS))
        self._next_global = 0.0
        self._next_for_chat: dict[int, float] = {}
        self._arrived: deque[float] = deque()  # when recent sends had surely reached Telegram, in order
        self._awaiting = 0  # sends whose answer is still awaited
        # Sends waiting for the turn to take a slot, replies and alerts apart; one holds the turn at a time.
        self._queued: dict[bool, deque[asyncio.Future[None]]] = {True: deque(), False: deque()}
        self._turn_taken = False
        self._replies_in_a_row = 0

    def pause(self, seconds: float) -> None:
        """Hold every send, to every chat, for this long: Telegram's 429 is about the bot, not one message."""
        self._next_global = max(self._next_global, time.monotonic() + seconds)

    def chat_wait(self, chat_id: int) -> float:
        """Return how many seconds the chat must still wait before its next message."""
        return max(0.0, self._next_for_chat.get(chat_id, 0.0) - time.monotonic())

    async def acquire(self, chat_id: int, *, reply: bool = False, answered_later: bool = False) -> None:
        """Wait for this send's slot, then book the next ones.

        The pace is booked from the planned slot while the send goes within `CATCH_UP_SECONDS` of it, and
        from the moment it really goes after a longer stall, so a stalled event loop delays the following
        sends instead of letting them out in a burst. A `reply` to someone who just
        wrote goes before queued alerts and does not wait for its chat's slot (Telegram allows a short
        burst), but still books it. With `answered_later`, the send counts in the window until `answered`.
        """
        async with self._turn(reply):
            chat_slot = 0.0 if reply else self._next_for_chat.get(chat_id, 0.0)
            # A pause (429) or an answer may arrive while we sleep: look again until the slot is really now.
            while (slot := max(self._next_global, chat_slot, self._window_slot())) > time.monotonic():
                await asyncio.sleep(slot - time.monotonic())
            sent_at = time.monotonic()
            # Booked from each wake-up, the time a wake-up is late (the loop's timer, a busy machine: ~1 ms,
            # at times tens) would stretch every interval: 229/s instead of 297/s at 300, 28.6/s at 30.
            caught_up = sent_at - slot < CATCH_UP_SECONDS
            self._next_global = (slot if caught_up else sent_at) + self.global_interval
            self._next_for_chat[chat_id] = sent_at + self.chat_interval
            if answered_later:
                self._awaiting += 1
            else:
                self._arrived.append(sent_at)

    @asynccontextmanager
    async def _turn(self, reply: bool) -> AsyncIterator[None]:
        """Hold the one turn to take a slot, given to waiting replies first."""
        waiter = asyncio.get_running_loop().create_future()
        self._queued[reply].append(waiter)
        self._pass_turn()
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.cancelled():
                self._queued[reply].remove(waiter)
            else:  # given the turn just as it was cancelled
                self._turn_taken = False
            self._pass_turn()
            raise
        try:
            yield
        finally:
            self._turn_taken = False
            self._pass_turn()

    def _pass_turn(self) -> None:
        """Give the free turn to the next reply; to the next alert when no reply waits or it is their go."""
        replies, alerts = self._queued[True], self._queued[False]
        if self._turn_taken or not (replies or alerts):
            return
        reply = bool(replies) and not (alerts and self._replies_in_a_row >= BULK_EVERY - 1)
        self._replies_in_a_row = self._replies_in_a_row + 1 if reply else 0
        self._turn_taken = True
        (replies if reply else alerts).popleft().set_result(None)

    def answered(self) -> None:
        """Note that a send acquired with `answered_later` got its answer (or gave up): it arrived by now."""
        self._awaiting -= 1
        self._arrived.append(time.monotonic())

    def _window_slot(self) -> float:
        """Return when one more send leaves every window it may share at Telegram within the limit."""
        now = time.monotonic()
        while self._arrived and self._arrived[0] <= now - WINDOW_SECONDS:
            self._arrived.popleft()
        excess = self._awaiting + len(self._arrived) - (self.per_window - 1)
        if excess <= 0:
            return 0.0
        if excess > len(self._arrived):
            return now + ANSWER_POLL_SECONDS
        return self._arrived[excess - 1] + WINDOW_SECONDS


@dataclass
class DeliveryCounts:
    """What one drain of the outbox did."""

    sent: int = 0
    blocked: int = 0
    failed: int = 0
    skipped: int = 0
    retried: int = 0
    recovered_in_flight: int = 0

    def add(self, other: DeliveryCounts) -> None:
        """Accumulate another drain's counts."""
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


# Brings recorded messages up to date just before sending; None for one with nothing worth sending now.
Refresh = Callable[[list[OutboxMessage]], Awaitable[list[OutboxMessage | None]]]


@dataclass(frozen=True)
class DeliveryConfig:
    """How the outbox drains: the quiet hours' zone, requests in flight, their timeout, paid broadcasts."""

    zone: ZoneInfo
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT
    read_timeout: float = READ_TIMEOUT_SECONDS
    paid_broadcast: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> DeliveryConfig:
        """Return the configuration the settings ask for."""
        return cls(
            zone=ZoneInfo(settings.timezone),
            max_in_flight=settings.alerts_in_flight,
            paid_broadcast=settings.paid_broadcast,
        )


class Deliverer:
    """Drains the outbox: a few requests in flight, paced, each marked 'sending' before it leaves."""

    def __init__(
        self, store: Store, outbox: Outbox, sender: Sender, limiter: RateLimiter, config: DeliveryConfig
    ) -> None:
        self.store = store
        self.outbox = outbox
        self.sender = sender
        self.limiter = limiter
        self.config = config
        self.zone = config.zone
        self._drain_lock = asyncio.Lock()
        self._recovered = False

    async def drain(self, refresh: Refresh | None = None) -> DeliveryCounts:
        """Send every pending message that is due, waiting briefly for postponed ones."""
        counts = DeliveryCounts()
        async with self._drain_lock:
            if not self._recovered:
                # Only this process sends, so 'sending' rows at its first drain were in flight at a crash.
                recovered = await self.outbox.recover_in_flight()
                self._recovered = True
                if recovered:
                    counts.recovered_in_flight = len(recovered)
                    log.warning(
                        "resending %d alert(s) in flight at the last crash: ids %s", len(recovered), recovered
                    )
                await asyncio.sleep(await self._quiet_after_previous_sender(bool(recovered)))
            slots = asyncio.Semaphore(self.config.max_in_flight)
            journal = _Journal(self.outbox)
            active: dict[int, asyncio.Task[None]] = {}  # message id -> its send, until its outcome is written
            while True:
                batch = await self.outbox.ready(time.time(), limit=READY_BATCH, skip=active)
                if not batch:
                    if active:
                        await asyncio.wait(list(active.values()), return_when=asyncio.FIRST_COMPLETED)
                        continue
                    next_at = await self.outbox.next_not_before()
                    if next_at is None or next_at - time.time() > MAX_IDLE_WAIT_SECONDS:
                        return counts
                    await asyncio.sleep(max(0.0, next_at - time.time()))
                    continue
                current: list[OutboxMessage | None] = list(batch) if refresh is None else await refresh(batch)
                for message, fresh in zip(batch, current, strict=True):
                    await slots.acquire()
                    task = asyncio.create_task(self._deliver_one(message, fresh, counts, journal))
                    active[message.id] = task
                    task.add_done_callback(_releasing(slots, active, message.id))

    async def _quiet_after_previous_sender(self, crashed: bool) -> float:
        """Return how long to wait so this process's sends never share a rate window with a dead one's.

        A crashed sender may have sent right up to its end, with no time recorded for what was in flight.
        """
        window = max(1.0, self.limiter.chat_interval)
        if crashed:
            return window
        last_sent = await self.outbox.last_sent_at()
        return max(0.0, last_sent + window - time.time()) if last_sent is not None else 0.0

    async def _deliver_one(
        self, message: OutboxMessage, fresh: OutboxMessage | None, counts: DeliveryCounts, journal: _Journal
    ) -> None:
        """Send one message as refreshed (`fresh`), record how it went; never raise (it cannot stop a run)."""
        try:
            await self._attempt(message, fresh, counts, journal)
        except Exception:
            log.exception("alert %d: unexpected error; will retry", message.id)
            await self.outbox.postpone(
                message.id, time.time() + MAX_BACKOFF_SECONDS, error="unexpected error"
            )

    async def _attempt(
        self, message: OutboxMessage, fresh: OutboxMessage | None, counts: DeliveryCounts, journal: _Journal
    ) -> None:
        now = time.time()
        if not message.user_active:
            await journal.finish(message.id, BLOCKED, error="worker inactive")
            counts.blocked += 1
            return
        if message.kind == INSTANT and in_quiet_hours(now, self.zone):
            await self.outbox.postpone(message.id, quiet_hours_end(now, self.zone))
            return
        if self.limiter.chat_wait(message.chat_id) > 0:
            # Another message to this chat went out under a second ago: let the rest of the queue pass.
            await self.outbox.postpone(message.id, now + self.limiter.chat_wait(message.chat_id))
            return
        if fresh is None:
            await journal.finish(message.id, SKIPPED, error="every gig closed before sending")
            counts.skipped += 1
            return
        message = fresh
        await journal.claim(message.id)
        await self.limiter.acquire(message.chat_id, answered_later=True)
        try:
            await self._send(message)
        except RetryAfter as error:
            log.info("alert %d: Telegram asks to wait %.0fs", message.id, error.seconds)
            self.limiter.pause(error.seconds)
            await self.outbox.postpone(message.id, time.time() + error.seconds, error="429")
            counts.retried += 1
        except Blocked as error:
            await journal.finish(message.id, BLOCKED, error=error.reason)
            await self._give_up_on_worker(message, counts, error.reason)
        except Rejected as error:
            log.error("alert %d: Telegram refused it (%s)", message.id, error.reason)
            await journal.finish(message.id, FAILED, error=error.reason)
            counts.failed += 1
        except SendError as error:
            # Timeouts and 5xx: try again later, backing off, until the attempts run out.
            attempts = message.attempts + 1
            if attempts >= MAX_ATTEMPTS:
                log.error("alert %d: giving up after %d attempts (%s)", message.id, attempts, error.reason)
                await journal.finish(message.id, FAILED, error=error.reason)
                counts.failed += 1
            else:
                backoff = min(MAX_BACKOFF_SECONDS, 2.0 ** (attempts - 1))
                await self.outbox.postpone(message.id, time.time() + backoff, error=error.reason)
                counts.retried += 1
        else:
            await journal.finish(message.id, SENT)
            counts.sent += 1

    async def _send(self, message: OutboxMessage) -> None:
        """Send a claimed message in its slot; whatever the answer, it has reached Telegram by then."""
        try:
            await self.sender.send(
                message.chat_id,
                reply_from_payload(message.payload),
                timeout=self.config.read_timeout,
                paid_broadcast=self.config.paid_broadcast,
            )
        finally:
            self.limiter.answered()

    async def _give_up_on_worker(self, message: OutboxMessage, counts: DeliveryCounts, reason: str) -> None:
        """Never write again to a worker who blocked the bot or whose chat is gone."""
        await self.store.mark_inactive(message.user_id)
        counts.blocked += 1 + await self.outbox.block_user(message.user_id)
        log.info("worker %d marked inactive: %s", message.user_id, reason)


def _releasing(
    slots: asyncio.Semaphore, active: dict[int, asyncio.Task[None]], message_id: int
) -> Callable[[asyncio.Task[None]], None]:
    """Return the callback that frees a send's slot once its outcome is written."""

    def release(_: asyncio.Task[None]) -> None:
        slots.release()
        del active[message_id]

    return release


class _Journal:
    """The claims and outcomes of the sends in flight, written together: one transaction for all waiting.

    Each caller still waits for its own write: a claim is in SQLite before its request leaves, and a send
    frees its slot only once its outcome is, so a crash never leaves more 'sending' than are in flight.
    """

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox
        self._claims: list[int] = []
        self._outcomes: list[Outcome] = []
        self._waiting: list[asyncio.Future[None]] = []
        self._writer: asyncio.Task[None] | None = None

    async def claim(self, message_id: int) -> None:
        """Mark a message as on its way."""
        self._claims.append(message_id)
        await self._written()

    async def finish(self, message_id: int, status: str, *, error: str | None = None) -> None:
        """Record a message's final outcome."""
        self._outcomes.append(Outcome.now(message_id, status, error))
        await self._written()

    async def _written(self) -> None:
        future = asyncio.get_running_loop().create_future()
        self._waiting.append(future)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write())
        await future

    async def _write(self) -> None:
        try:
            while self._waiting:
                claims, outcomes, waiting = self._claims, self._outcomes, self._waiting
                self._claims, self._outcomes, self._waiting = [], [], []
                try:
                    await self.outbox.settle(claims, outcomes)
                except Exception as error:
                    for future in waiting:
                        if not future.done():
                            future.set_exception(error)
                else:
                    for future in waiting:
                        if not future.done():
                            future.set_result(None)
        finally:
            self._writer = None


# A reply is tried this often (429, timeouts, 5xx) before it is given up, waiting at most this long between.
MAX_REPLY_ATTEMPTS = 6
MAX_REPLY_WAIT_SECONDS = 30.0


class ReplySender:
    """Deliver each turn's replies in order, paced with the alerts, retried through 429s and timeouts.

    The dialogue has committed a turn's state before its replies go out, so giving up a reply loses it for
    good: only a reason that retrying cannot change (blocked, refused) or running out of attempts does.
    """

    def __init__(self, sender: Sender, limiter: RateLimiter, store: Store) -> None:
        self.sender = sender
        self.limiter = limiter
        self.store = store
        # Holds one user's turn while its replies go out, so the next turn's replies cannot overtake them.
        self.turns = UserLocks()

    async def send_turn(self, user_id: int, messages: list[tuple[int, Reply]]) -> None:
        """Send (chat, reply) messages one after another."""
        async with self.turns.hold(user_id):
            for chat_id, reply in messages:
                await self._send(chat_id, reply)

    async def _send(self, chat_id: int, reply: Reply) -> None:
        """Send one message, or give it up only for a reason that retrying cannot change."""
        for attempt in range(1, MAX_REPLY_ATTEMPTS + 1):
            await self.limiter.acquire(chat_id, reply=True)
            try:
                await self.sender.send(chat_id, reply)
                return
            except RetryAfter as error:
                wait = error.seconds
                self.limiter.pause(wait)
            except Blocked as error:
                log.warning("could not message chat %s: %s", chat_id, error.reason)
                await self.store.mark_inactive(chat_id)
                return
            except Rejected as error:
                log.warning("could not message chat %s: %s", chat_id, error.reason)
                return
            except SendError as error:
                # A timeout may have delivered it: a rare repeat is better than a lost reply.
                log.info("reply to chat %s failed (%s), retrying", chat_id, type(error).__name__)
                wait = 0.5 * 2 ** (attempt - 1)
            await asyncio.sleep(min(wait, MAX_REPLY_WAIT_SECONDS))
        log.error("gave up a reply to chat %s after %d attempts", chat_id, MAX_REPLY_ATTEMPTS)
