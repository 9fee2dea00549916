"""The one wiring point: build the Telegram Application with its services, handlers and jobs."""

from __future__ import annotations

import logging
import secrets
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

from bot.dialogue.engine import Dialogue
from bot.services import Services
from bot.telegram import (
    CONTEXT_TYPES,
    BotData,
    ReplySender,
    ask_outcomes,
    on_error,
    on_update,
    register_commands,
)
from core.settings import Settings
from jobs.schedule import register_jobs

log = logging.getLogger(__name__)


def file_url_for(base_url: str) -> str:
    """Derive the file endpoint of a Bot API server: `/bot` becomes `/file/bot`."""
    head, sep, tail = base_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep else base_url


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
        bot_data.sender = ReplySender(application.bot, services)
        await register_commands(application)
        register_jobs(application, services.alerts)
        assert application.job_queue is not None  # register_jobs has made sure of it
        interval = settings.outcome_check_seconds
        application.job_queue.run_repeating(ask_outcomes, interval=interval, first=interval, name="outcomes")

    async def post_shutdown(_application: Application) -> None:
        await services.shutdown()

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .context_types(CONTEXT_TYPES)
        # A slow LLM call for one user must not hold up anyone else; the dialogue orders each user's turns.
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url).base_file_url(
            file_url_for(settings.telegram_api_base_url)
        )
    application = builder.build()
    services = Services.build(settings, bot=application.bot)
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
