"""Drive the real bot as a Telegram user would: type, tap buttons, read what comes back."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update

from bot.app import build_application
from bot.telegram import BotData
from core.settings import Settings
from tests.fakes.telegram_server import FakeTelegramServer


def make_settings(data_dir: Path, server: FakeTelegramServer, **overrides: Any) -> Settings:
    """Settings for a bot in a temporary data dir, talking to the fake Bot API server."""
    return Settings(
        TELEGRAM_BOT_TOKEN=server.token,
        TELEGRAM_API_BASE_URL=server.base_url,
        GIGMATCH_DATA_DIR=data_dir,
        **overrides,
    )


class User:
    """One Telegram user of the bot under test."""

    def __init__(
        self,
        server: FakeTelegramServer,
        user_id: int,
        *,
        username: str | None = None,
        language_code: str = "en",
    ) -> None:
        self.server = server
        self.id = user_id
        self.username = username
        self.language_code = language_code

    @property
    def inbox(self) -> list[dict[str, Any]]:
        return self.server.sent_to(self.id)

    async def _after(self, push: Any, expect: int) -> list[dict[str, Any]]:
        before = len(self.inbox)
        push()
        messages = await self.server.wait_for_messages(self.id, before + expect, timeout=20)
        await asyncio.sleep(0.3)  # let any further reply of the same turn arrive
        return self.inbox[before:] or messages[before:]

    async def say(self, text: str, expect: int = 1) -> list[dict[str, Any]]:
        """Type a message; returns the bot's replies to this turn."""
        return await self._after(
            lambda: self.server.push_text(
                self.id, text, username=self.username, language_code=self.language_code
            ),
            expect,
        )

    async def command(self, name: str, expect: int = 1) -> list[dict[str, Any]]:
        """Send /name."""
        return await self._after(
            lambda: self.server.push_command(
                self.id, name, username=self.username, language_code=self.language_code
            ),
            expect,
        )

    async def press(self, data_prefix: str, expect: int = 1) -> list[dict[str, Any]]:
        """Tap the newest button whose callback data starts with ``data_prefix``."""
        data, message_id = self._find_button(data_prefix)
        return await self._after(
            lambda: self.server.push_callback(self.id, data, message_id, language_code=self.language_code),
            expect,
        )

    async def forge(self, data: str, expect: int = 1) -> list[dict[str, Any]]:
        """Send button data of our choosing, as a modified client can, from the newest bot message."""
        message_id = self.inbox[-1]["message_id"]
        return await self._after(
            lambda: self.server.push_callback(self.id, data, message_id, language_code=self.language_code),
            expect,
        )

    def _find_button(self, data_prefix: str) -> tuple[str, int]:
        for message in reversed(self.inbox):
            for data in message.get("buttons") or []:
                if data.startswith(data_prefix):
                    return data, message["message_id"]
        raise AssertionError(f"no button {data_prefix!r} in {[m.get('buttons') for m in self.inbox]}")


async def onboard(worker: User, text: str) -> None:
    """Become a worker: /start, "find work", describe the work, save the profile."""
    await worker.command("start")
    await worker.press("role:worker")
    await worker.say(text)
    await worker.press("profile:save")


async def post_gig(employer: User, text: str) -> int:
    """Post a gig and publish it; returns its id."""
    [card] = await employer.say(text)
    assert "gig:publish" in card["buttons"], card["text"]
    [published] = await employer.press("gig:publish")
    match = re.search(r"#(\d+)", published["text"])
    assert match, published["text"]
    return int(match.group(1))


@asynccontextmanager
async def running_bot(settings: Settings) -> AsyncIterator[BotData]:
    """Run the real Application (post_init included) against the fake server until the block ends."""
    application = build_application(settings)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await application.start()
    try:
        yield application.bot_data
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
