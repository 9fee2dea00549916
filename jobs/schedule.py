"""Register alerts on PTB's JobQueue: cron jobs per digest time, a start-up catch-up, and maintenance."""

from __future__ import annotations

import logging
import time
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from telegram.ext import Application, CallbackContext, JobQueue

from jobs.alerts import Alerts
from jobs.timing import WEEKLY_CRON_DAY, in_quiet_hours, parse_hhmm

log = logging.getLogger(__name__)

# A run that fires up to an hour late (the bot was busy or the clock jumped) still goes out.
MISFIRE_GRACE_SECONDS = 3600
MAINTENANCE_INTERVAL_SECONDS = 300.0
STARTUP_DELAY_SECONDS = 5.0
SLOT_PREFIX = "alerts-digest"

AnyContext = CallbackContext[Any, Any, Any, Any]


def register_jobs(
    application: Application,
    alerts: Alerts,
    *,
    startup_delay: float = STARTUP_DELAY_SECONDS,
    maintenance_interval: float = MAINTENANCE_INTERVAL_SECONDS,
) -> None:
    """Schedule digests from the preferences in SQLite, catch up after a restart, expire gigs, flush."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("install python-telegram-bot[job-queue] to schedule alerts")
    job_queue.run_once(_start_up, when=startup_delay, data=alerts, name="alerts-startup")
    job_queue.run_repeating(
        _maintain,
        interval=maintenance_interval,
        first=startup_delay + maintenance_interval,
        data=alerts,
        name="alerts-maintenance",
    )


async def schedule_digest_slots(job_queue: JobQueue[Any], alerts: Alerts) -> list[str]:
    """Make sure one cron job exists per digest time some worker chose; return the new jobs' names.

    Workers sharing a time share a job: one run plans all of them in bulk.
    """
    rows = await alerts.store.fetch_all(
        "SELECT DISTINCT mode, time FROM alert_prefs WHERE mode IN ('daily', 'weekly')"
    )
    slots = {("daily", alerts.settings.digest_time)} | {(str(row["mode"]), str(row["time"])) for row in rows}
    added = []
    for mode, at in sorted(slots):
        name = f"{SLOT_PREFIX}:{mode}:{at}"
        if job_queue.get_jobs_by_name(name):
            continue
        slot = parse_hhmm(at)
        trigger = CronTrigger(
            hour=slot.hour,
            minute=slot.minute,
            day_of_week=WEEKLY_CRON_DAY if mode == "weekly" else None,
            timezone=alerts.zone,
        )
        job_queue.run_custom(
            _run_digests,
            job_kwargs={"trigger": trigger, "misfire_grace_time": MISFIRE_GRACE_SECONDS, "coalesce": True},
            data=alerts,
            name=name,
        )
        added.append(name)
    if added:
        log.info("scheduled digest jobs: %s", ", ".join(added))
    return added


async def _run_digests(context: AnyContext) -> None:
    """Run a digest pass (a cron slot fired)."""
    await _alerts_of(context).run()


async def _start_up(context: AnyContext) -> None:
    """Register the cron jobs, finish any run a crash interrupted, and send digests missed while down."""
    alerts = _alerts_of(context)
    await schedule_digest_slots(_job_queue_of(context), alerts)
    if in_quiet_hours(time.time(), alerts.zone):
        # Recorded messages finish going out; digests nobody planned yet wait for their next slot.
        await alerts.deliver()
    else:
        await alerts.run()


async def _maintain(context: AnyContext) -> None:
    """Expire gigs, pick up new digest times, send what waits (retries, instant alerts after 08:00)."""
    alerts = _alerts_of(context)
    await alerts.expire_gigs()
    await schedule_digest_slots(_job_queue_of(context), alerts)
    await alerts.deliver()


def _job_queue_of(context: AnyContext) -> JobQueue[Any]:
    assert context.job_queue is not None
    return context.job_queue


def _alerts_of(context: AnyContext) -> Alerts:
    assert context.job is not None and isinstance(context.job.data, Alerts)
    return context.job.data
