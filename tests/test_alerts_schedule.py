"""Alerts on PTB's JobQueue: cron jobs from the preferences in SQLite and the catch-up after a restart."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger
from telegram.ext import Application, ApplicationBuilder

from bot.app import JobQueueScheduler
from bot.telegram import TelegramSender
from jobs.alerts import Alerts
from jobs.preferences import AlertPreferences
from jobs.schedule import MISFIRE_GRACE_SECONDS, register_jobs
from retrieval.ranking import Matcher
from tests.alerts_support import (
    AlertsStack,
    open_stack,
    plain_renderer,
    seed_gigs,
    seed_workers,
    settings_for,
)
from tests.fakes.telegram_server import FakeTelegramServer

DAY = 86400.0


@pytest.fixture
async def daytime_stack(tmp_path: Path) -> AsyncIterator[AlertsStack]:
    """An alerts stack whose timezone shows midday now, so a start-up catch-up is allowed to send."""
    opened = await open_stack(settings_for(tmp_path, local_hour=12), base_url=None, token="unused")
    try:
        yield opened
    finally:
        await opened.close()


async def test_restart_registers_each_digest_time_and_sends_the_missed_digests(
    daytime_stack: AlertsStack, telegram_server: FakeTelegramServer
) -> None:
    stack = daytime_stack
    workers = await seed_workers(stack, 10, created_at=time.time() - 3 * DAY)
    await seed_gigs(stack, 40, created_at=time.time() - 2 * DAY)
    await AlertPreferences(stack.store).set_time(workers[0], "07:30")
    await AlertPreferences(stack.store).set_mode(workers[1], "weekly")  # due or not depending on the weekday
    daily = [workers[0], *workers[2:]]
    application: Application = (
        ApplicationBuilder().token(telegram_server.token).base_url(telegram_server.base_url).build()
    )
    alerts = Alerts(
        stack.store,
        Matcher(stack.store, stack.index),
        plain_renderer,
        stack.settings,
        sender=TelegramSender(application.bot),
    )
    register_jobs(
        JobQueueScheduler(application.job_queue), alerts, stack.services.gigs.expire, startup_delay=0.1
    )

    async with application:
        await application.start()
        try:
            for worker_id in daily:
                await telegram_server.wait_for_messages(worker_id, 1, timeout=60)
            assert application.job_queue is not None
            jobs = {job.name: job.job for job in application.job_queue.jobs()}
        finally:
            await application.stop()

    for name, hour, minute, weekday in [
        ("alerts-digest:daily:19:00", "19", "0", "*"),
        ("alerts-digest:daily:07:30", "7", "30", "*"),
        ("alerts-digest:weekly:19:00", "19", "0", "sun"),
    ]:
        trigger = jobs[name].trigger
        assert isinstance(trigger, CronTrigger)
        fields = {field.name: str(field) for field in trigger.fields}
        assert (fields["hour"], fields["minute"], fields["day_of_week"]) == (hour, minute, weekday)
        assert str(trigger.timezone) == stack.settings.timezone
        assert jobs[name].misfire_grace_time == MISFIRE_GRACE_SECONDS and jobs[name].coalesce
    assert "alerts-maintenance" in jobs
    assert all(len(telegram_server.sent_to(w)) == 1 for w in daily)
