"""`gigmatch alerts run`: one alerts pass from the command line."""

from __future__ import annotations

from telegram import Bot

from bot.app import file_url_for
from bot.services import Services
from core.settings import Settings
from jobs.alerts import run_alerts

TELEGRAM_BASE_URL = "https://api.telegram.org/bot"


async def run_alerts_now(settings: Settings, *, dry_run: bool) -> int:
    """Run one alerts pass from the command line and print its summary; returns the exit code."""
    if settings.telegram_bot_token is None and not dry_run:
        print("TELEGRAM_BOT_TOKEN is not set: nothing can be sent. Use --dry-run to plan and count only.")
        return 2
    bot = None
    if settings.telegram_bot_token is not None:
        base_url = settings.telegram_api_base_url or TELEGRAM_BASE_URL
        bot = Bot(
            settings.telegram_bot_token.get_secret_value(),
            base_url=base_url,
            base_file_url=file_url_for(base_url),
        )
    services = Services.build(settings, bot=bot)
    await services.initialize()
    try:
        if bot is not None:
            async with bot:
                summary = await run_alerts(services.alerts, dry_run=dry_run)
        else:
            summary = await run_alerts(services.alerts, dry_run=dry_run)
    finally:
        await services.shutdown()
    print(summary.line())
    return 0
