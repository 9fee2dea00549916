"""When alerts run: cron jobs per digest time, a start-up catch-up and maintenance, on any `Scheduler`."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Protocol

from apscheduler.triggers.cron import CronTrigger

from jobs.alerts import Alerts
from jobs.timing import WEEKLY_CRON_DAY, in_quiet_hours, parse_hhmm

log = logging.getLogger(__name__)

# A run that fires up to an hour late (the bot was busy or the clock jumped) still goes out.
MISFIRE_GRACE_SECONDS = 3600
MAINTENANCE_INTERVAL_SECONDS = 300.0
STARTUP_DELAY_SECONDS = 5.0
SLOT_PREFIX = "alerts-digest"

Job = Callable[[], Awaitable[object]]


class Scheduler(Protocol):
    """Runs named jobs in the bot's event loop (PTB's JobQueue: bot/app.py's `JobQueueScheduler`)."""

    def once(self, name: str, job: Job, *, delay: float) -> None: ...

    def repeating(self, name: str, job: Job, *, interval: float, first: float) -> None: ...

    def cron(self, name: str, job: Job, trigger: CronTrigger, *, misfire_grace_time: float) -> None:
        """Run at every time of the trigger; the runs missed meanwhile coalesce into one."""
        ...

    def has(self, name: str) -> bool: ...


def register_jobs(
    scheduler: Scheduler,
    alerts: Alerts,
    expire_gigs: Job,
    *,
    startup_delay: float = STARTUP_DELAY_SECONDS,
    maintenance_interval: float = MAINTENANCE_INTERVAL_SECONDS,
) -> None:
    """Schedule digests from the preferences in SQLite, catch up after a restart, expire gigs, flush.

    `expire_gigs` is the application's (app/gigs.py), which takes expired gigs out of the index too.
    """
    scheduler.once("alerts-startup", partial(start_up, alerts, scheduler), delay=startup_delay)
    scheduler.repeating(
        "alerts-maintenance",
        partial(maintain, alerts, scheduler, expire_gigs),
        interval=maintenance_interval,
        first=startup_delay + maintenance_interval,
    )


async def schedule_digest_slots(scheduler: Scheduler, alerts: Alerts) -> list[str]:
    """Make sure one cron job exists per digest time some worker chose; return the new jobs' names.

    Workers sharing a time share a job: one run plans all of them in bulk.
    """
    slots = {("daily", alerts.settings.digest_time)} | await alerts.store.digest_slots()
    added = []
    for mode, at in sorted(slots):
        name = f"{SLOT_PREFIX}:{mode}:{at}"
        if scheduler.has(name):
            continue
        slot = parse_hhmm(at)
        trigger = CronTrigger(
            hour=slot.hour,
            minute=slot.minute,
            day_of_week=WEEKLY_CRON_DAY if mode == "weekly" else None,
            timezone=alerts.zone,
        )
        scheduler.cron(name, alerts.run, trigger, misfire_grace_time=MISFIRE_GRACE_SECONDS)
        added.append(name)
    if added:
        log.info("scheduled digest jobs: %s", ", ".join(added))
    return added


async def start_up(alerts: Alerts, scheduler: Scheduler) -> None:
    """Register the cron jobs, finish any run a crash interrupted, and send digests missed while down."""
    await schedule_digest_slots(scheduler, alerts)
    if in_quiet_hours(time.time(), alerts.zone):
        # Recorded messages finish going out; digests nobody planned yet wait for their next slot.
        await alerts.deliver()
    else:
        await alerts.run()


async def maintain(alerts: Alerts, scheduler: Scheduler, expire_gigs: Job) -> None:
    """Expire gigs, pick up new digest times, send what waits (retries, instant alerts after 08:00)."""
    await expire_gigs()
    await schedule_digest_slots(scheduler, alerts)
    await alerts.deliver()
