"""Nightly digests and instant alerts over HTTP: the real alerts runner, Matcher and Bot, the fake Bot API."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core.models import GigStatus
from core.repositories.outbox import PENDING
from core.settings import Settings
from jobs.preferences import AlertPreferences
from tests.alerts_support import (
    AlertsStack,
    open_stack,
    seed_gigs,
    seed_workers,
    settings_for,
    trade_of,
)
from tests.fakes.telegram_server import FakeTelegramServer, Fault

REPO = Path(__file__).resolve().parent.parent
WORKERS = 200
GIGS = 500
PAID_WORKERS = 1500
DAY = 86400.0


def gig_ids_in(message: dict[str, object]) -> list[int]:
    """Read the gig ids off a digest's buttons."""
    return [int(str(data).split(":")[1]) for data in message["buttons"]]  # type: ignore[attr-defined]


@pytest.fixture
async def stack(tmp_path: Path, telegram_server: FakeTelegramServer) -> AsyncIterator[AlertsStack]:
    """An alerts stack on fresh files, sending to the fake server, which enforces Telegram's limits."""
    telegram_server.enforce_limits(global_per_second=30, chat_per_second=1)
    opened = await open_stack(
        settings_for(tmp_path), base_url=telegram_server.base_url, token=telegram_server.token
    )
    try:
        yield opened
    finally:
        await opened.close()


async def test_digest_run_reaches_every_worker_once_within_limits_despite_faults(
    stack: AlertsStack, telegram_server: FakeTelegramServer
) -> None:
    workers = await seed_workers(stack, WORKERS)
    gigs = {gig.id: gig for gig in await seed_gigs(stack, GIGS)}
    blocked, gone = set(workers[:7]), set(workers[7:10])
    telegram_server.blocked_users.update(blocked)
    telegram_server.unknown_chats.update(gone)
    telegram_server.script_faults(workers[20], [Fault(429, retry_after=2)])
    telegram_server.script_faults(workers[21], [Fault(500), Fault(502)])
    # Times out on our side and is never delivered (the stack's read timeout is 2 s): retried.
    telegram_server.script_faults(workers[22], [Fault(503, delay=3)])

    summary = await stack.alerts.run(now=time.time() + DAY)

    reachable = [w for w in workers if w not in blocked | gone]
    assert summary.due == WORKERS
    assert (summary.sent, summary.blocked, summary.failed) == (len(reachable), len(blocked | gone), 0)
    for worker_id in reachable:
        [digest] = telegram_server.sent_to(worker_id)
        family, _, city = trade_of(worker_id)
        shown = [gigs[gig_id] for gig_id in gig_ids_in(digest)]
        assert len(shown) == 5
        assert all(gig.skill_families == [family] and gig.city == city for gig in shown)
    for worker_id in blocked | gone:
        user = await stack.store.get_user(worker_id)
        assert user is not None and not user.active
    stats = telegram_server.stats()
    assert stats["violations_global"] == 0 and stats["violations_chat"] == 0
    assert stats["max_global_in_window"] <= 30 and stats["max_chat_in_window"] <= 1
    assert stats["duplicates"] == {}


async def test_a_second_run_announces_only_new_gigs_and_never_writes_to_blocked_workers(
    stack: AlertsStack, telegram_server: FakeTelegramServer
) -> None:
    workers = await seed_workers(stack, 20)
    await seed_gigs(stack, 60)
    telegram_server.blocked_users.add(workers[1])
    first = await stack.alerts.run(now=time.time() + DAY)
    assert first.sent == 19 and first.blocked == 1

    [new_gig] = await seed_gigs(stack, 1, created_at=time.time() + 1.5 * DAY)  # cooking in Mumbai
    second = await stack.alerts.run(now=time.time() + 2 * DAY)

    fitting = [
        w for w in workers if w != workers[1] and trade_of(w)[0] == "cooking" and trade_of(w)[2] == "Mumbai"
    ]
    assert fitting and second.sent == len(fitting) and second.skipped == 19 - len(fitting)
    for worker_id in fitting:
        assert gig_ids_in(telegram_server.sent_to(worker_id)[-1]) == [new_gig.id]
    assert telegram_server.stats()["attempts"] == 20 + len(fitting)  # the blocked worker was not tried again

    third = await stack.alerts.run(now=time.time() + 3 * DAY)
    assert (third.due, third.sent) == (19, 0)


async def test_gigs_that_close_before_sending_are_left_out_and_expired_gigs_never_go_out(
    stack: AlertsStack, telegram_server: FakeTelegramServer
) -> None:
    [worker] = await seed_workers(stack, 1)
    family, _, city = trade_of(worker)
    mine = [gig for gig in await seed_gigs(stack, 100) if gig.skill_families == [family] and gig.city == city]
    filled, expired, *closing, last = mine
    await stack.store.set_gig_status(filled.id or 0, GigStatus.FILLED)
    await stack.store.save_gig(expired.model_copy(update={"expires_at": time.time() + DAY / 2}))
    plan = await stack.alerts.plan_digests(time.time() + DAY)
    assert plan.enqueued == 1
    [recorded] = await stack.alerts.outbox.ready(time.time(), limit=10)
    assert {m.gig_id for m in recorded.matches} == {gig.id for gig in [*closing, last]}

    for gig in closing:
        await stack.store.set_gig_status(gig.id or 0, GigStatus.CANCELLED)
    await stack.alerts.deliver()

    [digest] = telegram_server.sent_to(worker)
    assert gig_ids_in(digest) == [last.id]
    assert digest["text"].startswith("1 new gig(s)")


async def test_alerts_off_and_weekly_follow_the_workers_choice(
    stack: AlertsStack, telegram_server: FakeTelegramServer
) -> None:
    zone = stack.alerts.zone
    today = datetime.now(zone).replace(hour=20, minute=0, second=0, microsecond=0)
    monday = today + timedelta(days=7 - today.weekday())
    wednesday, sunday = monday + timedelta(days=2, minutes=-30), monday + timedelta(days=6, minutes=-30)
    off, weekly, daily = await seed_workers(stack, 3, created_at=monday.timestamp(), same_trade=True)
    await seed_gigs(stack, 40, created_at=monday.timestamp() + 3600)
    preferences = AlertPreferences(stack.store)
    await preferences.set_mode(off, "off")
    await preferences.set_mode(weekly, "weekly")

    midweek = await stack.alerts.run(now=wednesday.timestamp())
    assert midweek.due == 1 and [m for m in (off, weekly) if telegram_server.sent_to(m)] == []
    assert len(telegram_server.sent_to(daily)) == 1
    await stack.alerts.run(now=sunday.timestamp())
    assert len(telegram_server.sent_to(weekly)) == 1 and telegram_server.sent_to(off) == []


async def test_instant_alert_waits_out_quiet_hours(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    night = await open_stack(
        settings_for(tmp_path, local_hour=23), base_url=telegram_server.base_url, token=telegram_server.token
    )
    try:
        [worker] = await seed_workers(night, 1)
        await AlertPreferences(night.store).set_mode(worker, "instant")
        [gig] = await seed_gigs(night, 1)
        assert trade_of(worker)[0] in gig.skill_families

        assert await night.alerts.announce(gig) == 1
        await night.alerts.wait_idle()
        assert telegram_server.sent_to(worker) == []
        with sqlite3.connect(night.settings.database_path) as db:
            [(status, not_before)] = db.execute("SELECT status, not_before FROM outbox").fetchall()
        assert status == PENDING
        wake = datetime.fromtimestamp(not_before, night.alerts.zone)
        assert (wake.hour, wake.minute) == (8, 0) and not_before - time.time() < 10 * 3600
    finally:
        await night.close()


async def test_instant_alert_goes_out_at_once_by_day_and_never_twice(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    day = await open_stack(
        settings_for(tmp_path, local_hour=12), base_url=telegram_server.base_url, token=telegram_server.token
    )
    try:
        instant, daily = await seed_workers(day, 2, same_trade=True)
        await AlertPreferences(day.store).set_mode(instant, "instant")
        [gig] = await seed_gigs(day, 1)

        assert await day.alerts.announce(gig) == 1
        await day.alerts.wait_idle()
        [alert] = telegram_server.sent_to(instant)
        assert gig_ids_in(alert) == [gig.id]
        assert await day.alerts.announce(gig) == 0
        assert telegram_server.sent_to(daily) == []
        # Switching to the daily digest later does not bring the same gig back.
        await AlertPreferences(day.store).set_mode(instant, "daily")
        summary = await day.alerts.run(now=time.time() + DAY)
        assert summary.sent == 1
        assert len(telegram_server.sent_to(instant)) == 1 and len(telegram_server.sent_to(daily)) == 1
    finally:
        await day.close()


async def test_a_run_killed_mid_way_finishes_after_restart_without_loss_or_duplicates(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    telegram_server.enforce_limits(global_per_second=30, chat_per_second=1)
    seeding = await open_stack(settings_for(tmp_path), base_url=None, token=telegram_server.token)
    workers = await seed_workers(seeding, WORKERS)
    await seed_gigs(seeding, GIGS)
    await seeding.close()
    blocked = set(workers[-5:])
    telegram_server.blocked_users.update(blocked)
    command = [
        sys.executable, "-m", "tests.alerts_process",
        str(tmp_path), telegram_server.base_url, telegram_server.token, str(time.time() + DAY),
    ]  # fmt: skip

    first = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE)
    try:
        await telegram_server.wait_until(lambda: telegram_server.stats()["delivered"] >= 60, timeout=120)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    assert telegram_server.stats()["delivered"] < WORKERS - len(blocked)  # it really died mid-run

    second = subprocess.run(command, cwd=REPO, capture_output=True, check=True, timeout=300)
    summary = json.loads(second.stdout)

    reachable = [w for w in workers if w not in blocked]
    received = {w: len(telegram_server.sent_to(w)) for w in reachable}
    assert all(count >= 1 for count in received.values())
    duplicates = sum(count - 1 for count in received.values())
    print(
        f"kill -9: 0 lost, {duplicates} duplicate(s), {summary['recovered_in_flight']} resent after the crash"
    )
    # What was in flight at the kill (the default GIGMATCH_ALERTS_IN_FLIGHT, 4) may arrive twice, no more.
    assert duplicates <= summary["recovered_in_flight"] <= Settings().alerts_in_flight == 4
    assert all(telegram_server.sent_to(w) == [] for w in blocked)
    stats = telegram_server.stats()
    assert stats["violations_global"] == stats["violations_chat"] == 0, stats
    assert stats["max_global_in_window"] <= 30


async def test_a_429_pauses_every_send_not_only_the_refused_one(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    telegram_server.enforce_limits(global_per_second=30, chat_per_second=1)
    stack = await open_stack(
        settings_for(tmp_path),
        base_url=telegram_server.base_url,
        token=telegram_server.token,
        max_in_flight=4,
    )
    try:
        workers = await seed_workers(stack, 60)
        await seed_gigs(stack, 100)
        telegram_server.script_faults(workers[5], [Fault(429, retry_after=2)])
        summary = await stack.alerts.run(now=time.time() + DAY)
    finally:
        await stack.close()
    assert summary.sent == 60
    attempts = telegram_server.attempt_log()
    refused_at = next(at for at, chat in attempts if chat == workers[5])
    during = [at for at, _ in attempts if refused_at < at < refused_at + 2.0]
    assert len(during) <= 4  # only the sends already in flight when Telegram said to wait


async def test_paid_broadcasts_go_past_the_free_rate_up_to_their_own_ceiling_and_no_further(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    telegram_server.enforce_limits(global_per_second=30, chat_per_second=1, paid_per_second=300)
    settings = settings_for(tmp_path).model_copy(
        update={"paid_broadcast": True, "rate_limit_paid_per_second": 300.0}
    )
    paid = await open_stack(
        settings, base_url=telegram_server.base_url, token=telegram_server.token, max_in_flight=16
    )
    try:
        workers = await seed_workers(paid, PAID_WORKERS)
        await seed_gigs(paid, 40)
        summary = await paid.alerts.run(now=time.time() + DAY)
    finally:
        await paid.close()

    assert summary.sent == PAID_WORKERS
    assert all(len(telegram_server.sent_to(worker)) == 1 for worker in workers)  # none lost, none twice
    sends = [params for method, params in telegram_server.calls if method == "sendMessage"]
    assert all(str(params.get("allow_paid_broadcast")).lower() == "true" for params in sends)
    times = sorted(telegram_server.attempt_times())
    rate = (len(times) - 1) / (times[-1] - times[0])
    print(f"paid broadcast: {rate:.0f} msg/s sustained")
    assert rate > 60  # well past the free 30/s (the load test measures the top rate: README)
    stats = telegram_server.stats()
    assert stats["violations_global"] == stats["violations_chat"] == 0, stats
    assert stats["max_global_in_window"] <= 300 and stats["duplicates"] == {}
