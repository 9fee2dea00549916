"""The one wiring point: build the Telegram Application with its services, handlers and jobs."""

from __future__ import annotations

import logging
import secrets
from typing import Any
from urllib.parse import urlsplit

from apscheduler.triggers.cron import CronTrigger
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackContext,
    CallbackQueryHandler,
    JobQueue,
    MessageHandler,
    filters,
)

from app.services import Services
from bot.dialogue.engine import Dialogue
from bot.digest import render_digest
from bot.telegram import (
    CONTEXT_TYPES,
    AiohttpRequest,
    BotData,
    TelegramSender,
    ask_outcomes,
    file_url_for,
    on_error,
    on_update,
    register_commands,
)
from core.settings import Settings
from jobs.delivery import ReplySender
from jobs.schedule import Job, register_jobs

log = logging.getLogger(__name__)


class JobQueueScheduler:
    """The alerts' `jobs.schedule.Scheduler` on PTB's JobQueue."""

    def __init__(self, job_queue: JobQueue[Any] | None) -> None:
        if job_queue is None:
            raise RuntimeError("install python-telegram-bot[job-queue] to schedule alerts")
        self.job_queue = job_queue

    def once(self, name: str, job: Job, *, delay: float) -> None:
        """Run the job once, `delay` seconds from now."""
        self.job_queue.run_once(_callback(job), when=delay, name=name)

    def repeating(self, name: str, job: Job, *, interval: float, first: float) -> None:
        """Run the job every `interval` seconds, the first time `first` seconds from now."""
        self.job_queue.run_repeating(_callback(job), interval=interval, first=first, name=name)

    def cron(self, name: str, job: Job, trigger: CronTrigger, *, misfire_grace_time: float) -> None:
        """Run the job at every time of the trigger; the runs missed meanwhile coalesce into one."""
        self.job_queue.run_custom(
            _callback(job),
            job_kwargs={"trigger": trigger, "misfire_grace_time": misfire_grace_time, "coalesce": True},
            name=name,
        )

    def has(self, name: str) -> bool:
        """Say whether a job of this name is scheduled."""
        return bool(self.job_queue.get_jobs_by_name(name))


def _callback(job: Job) -> Any:
    """Wrap a plain coroutine function as a JobQueue callback (which is given a context it does not need)."""

    async def run(_context: CallbackContext[Any, Any, Any, Any]) -> None:
        await job()

    return run


def build_application(settings: Settings) -> Application:
    """Build the bot: services start in post_init and stop in post_shutdown."""
    if settings.telegram_bot_token is None:
        raise SystemExit(
            "TELEGRAM_BOT_TOKEN is not set. Try `gigmatch chat` to use the bot in this terminal."
        )

    async def post_init(application: Application) -> None:
        await services.initialize()
        bot_data: BotData = application.bot_data
        bot_data.services = services
        bot_data.dialogue = Dialogue(services)
        bot_data.sender = ReplySender(sender, services.alerts.limiter, services.store)
        await register_commands(application)
        scheduler = JobQueueScheduler(application.job_queue)
        register_jobs(
            scheduler,
            services.alerts,
            services.gigs.expire,
            startup_delay=settings.alerts_startup_delay_seconds,
        )
        interval = settings.outcome_check_seconds
        scheduler.job_queue.run_repeating(ask_outcomes, interval=interval, first=interval, name="outcomes")

    async def post_shutdown(_application: Application) -> None:
        await services.shutdown()

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .context_types(CONTEXT_TYPES)
        # A slow LLM call for one user must not hold up anyone else; on_update orders each chat's updates.
        .concurrent_updates(True)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connections=1))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url).base_file_url(
            file_url_for(settings.telegram_api_base_url)
        )
    application = builder.build()
    sender = TelegramSender(application.bot)
    services = Services.build(settings, renderer=render_digest, sender=sender)
    application.add_handler(CallbackQueryHandler(on_update))
    application.add_handler(MessageHandler(filters.ALL, on_update))
    application.add_error_handler(on_error)
    return application


def run(settings: Settings, *, webhook_url: str | None = None) -> None:
    """Serve the bot until interrupted: by long polling, or on a webhook at `webhook_url`.

    On a webhook, PTB's web server listens at GIGMATCH_WEBHOOK_LISTEN:GIGMATCH_WEBHOOK_PORT on the URL's
    path (a TLS reverse proxy usually sits in front) and answers 403 to any post without the secret.
    """
    application = build_application(settings)
    if webhook_url is None:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    secret = (
        settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    )
    log.info(
        "serving the webhook on %s:%d (path %s)",
        settings.webhook_listen,
        settings.webhook_port,
        webhook_path(webhook_url),
    )
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=webhook_path(webhook_url),
        webhook_url=webhook_url,
        secret_token=secret,
        allowed_updates=Update.ALL_TYPES,
    )


def webhook_path(url: str) -> str:
    """Return the path the web server serves for a webhook URL ("https://host/tg/hook" -> "tg/hook")."""
    return urlsplit(url).path.strip("/")
