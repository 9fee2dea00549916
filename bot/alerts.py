"""`gigmatch alerts run`: one alerts pass from the command line."""

from __future__ import annotations

from app.services import Services
from bot.digest import render_digest
from bot.telegram import standalone_sender
from core.settings import Settings
from jobs.alerts import run_alerts


async def run_alerts_now(settings: Settings, *, dry_run: bool) -> int:
    """Run one alerts pass from the command line and print its summary; returns the exit code."""
    if settings.telegram_bot_token is None and not dry_run:
        print("TELEGRAM_BOT_TOKEN is not set: nothing can be sent. Use --dry-run to plan and count only.")
        return 2
    sender = standalone_sender(settings) if settings.telegram_bot_token is not None else None
    services = Services.build(settings, renderer=render_digest, sender=sender)
    await services.initialize()
    try:
        if sender is not None:
            async with sender:
                summary = await run_alerts(services.alerts, dry_run=dry_run)
        else:
            summary = await run_alerts(services.alerts, dry_run=dry_run)
    finally:
        await services.shutdown()
    print(summary.line())
    return 0
