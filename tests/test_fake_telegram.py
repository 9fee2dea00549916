"""The fake Bot API server, proven with a real python-telegram-bot Application and Bot over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakes.telegram_server import FakeTelegramServer, Fault


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet with the command's argument and two inline buttons."""
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="pick:yes"),
                InlineKeyboardButton("No", callback_data="pick:no"),
            ]
        ]
    )
    await update.effective_message.reply_text(
        f"hello {' '.join(context.args or [])}".strip(), reply_markup=keyboard
    )


async def _pick(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press and replace the question with the choice."""
    query = update.callback_query
    assert query is not None
    await query.answer("noted")
    await query.edit_message_text(f"you chose {str(query.data).split(':')[1]}")


async def _phone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask for the phone number with a request_contact keyboard."""
    assert update.effective_message is not None
    button = KeyboardButton("Share my number", request_contact=True)
    await update.effective_message.reply_text(
        "share?", reply_markup=ReplyKeyboardMarkup([[button]], one_time_keyboard=True)
    )


async def _contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Confirm the shared number."""
    assert update.effective_message is not None and update.effective_message.contact is not None
    await update.effective_message.reply_text(f"got {update.effective_message.contact.phone_number}")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo text back, showing typing first."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await message.chat.send_action("typing")
    await message.reply_text(f"echo: {message.text}")


async def _edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge an edited message."""
    assert update.edited_message is not None
    await update.edited_message.reply_text(f"edited to: {update.edited_message.text}")


async def _other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Name what was received when it is not text."""
    message = update.effective_message
    assert message is not None
    kind = (
        "sticker"
        if message.sticker
        else "photo"
        if message.photo
        else "location"
        if message.location
        else "?"
    )
    await message.reply_text(f"got a {kind}")


async def _register_commands(application: Application) -> None:
    await application.bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("phone", "Share number")])


@pytest.fixture
async def echo_app(telegram_server: FakeTelegramServer) -> AsyncIterator[Application]:
    """A real PTB Application polling the fake server."""
    application = (
        ApplicationBuilder()
        .token(telegram_server.token)
        .base_url(telegram_server.base_url)
        .base_file_url(telegram_server.base_file_url)
        .post_init(_register_commands)
        .build()
    )
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(CommandHandler("phone", _phone))
    application.add_handler(CallbackQueryHandler(_pick, pattern="^pick:"))
    application.add_handler(MessageHandler(filters.CONTACT, _contact))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, _edited))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    application.add_handler(MessageHandler(filters.Sticker.ALL | filters.PHOTO | filters.LOCATION, _other))
    async with application:
        assert application.post_init is not None
        await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        yield application
        await application.updater.stop()
        await application.stop()


async def test_echo_bot_answers_text_commands_and_button_presses(
    telegram_server: FakeTelegramServer,
    echo_app: Application,
) -> None:
    telegram_server.push_command(11, "start", "friend")
    [greeting] = await telegram_server.wait_for_messages(11, 1)
    assert greeting["text"] == "hello friend"
    assert greeting["buttons"] == ["pick:yes", "pick:no"]
    assert telegram_server.last_buttons(11) == ["pick:yes", "pick:no"]

    telegram_server.push_callback(11, "pick:no", greeting["message_id"])
    await telegram_server.wait_until(lambda: telegram_server.sent_to(11)[0]["edits"] == 1)
    [edited] = telegram_server.sent_to(11)
    assert edited["text"] == "you chose no"
    assert edited["buttons"] == []
    assert telegram_server.callback_answers[0]["text"] == "noted"

    telegram_server.push_text(11, "kaam chahiye Andheri")
    messages = await telegram_server.wait_for_messages(11, 2)
    assert messages[1]["text"] == "echo: kaam chahiye Andheri"
    assert telegram_server.chat_actions[-1] == {"chat_id": 11, "action": "typing"}
    assert [c["command"] for c in telegram_server.commands_registered] == ["start", "phone"]


async def test_reply_keyboard_contact_edit_and_media_reach_the_bot(
    telegram_server: FakeTelegramServer,
    echo_app: Application,
) -> None:
    telegram_server.push_command(12, "phone")
    [ask] = await telegram_server.wait_for_messages(12, 1)
    assert ask["keyboard"] == ["Share my number"] and ask["request_contact"]

    telegram_server.push_contact(12, "+919812345678")
    await telegram_server.wait_for_messages(12, 2)
    original = telegram_server.push_text(12, "800 per din")
    await telegram_server.wait_for_messages(12, 3)
    telegram_server.push_edited_text(12, original, "900 per din")
    telegram_server.push_sticker(12)
    telegram_server.push_photo(12, caption="my work")
    telegram_server.push_location(12, 19.11, 72.84)
    texts = [m["text"] for m in await telegram_server.wait_for_messages(12, 7)]
    assert texts == [
        "share?",
        "got +919812345678",
        "echo: 800 per din",
        "edited to: 900 per din",
        "got a sticker",
        "got a photo",
        "got a location",
    ]


async def test_group_messages_are_answered_in_the_group(
    telegram_server: FakeTelegramServer,
    echo_app: Application,
) -> None:
    telegram_server.push_group_text(13, -100500, "hi all")
    [reply] = await telegram_server.wait_for_messages(-100500, 1)
    assert reply["text"] == "echo: hi all"
    assert telegram_server.sent_to(13) == []


@pytest.fixture
async def bot(telegram_server: FakeTelegramServer) -> AsyncIterator[Bot]:
    """A bare PTB Bot on the fake server."""
    async with Bot(telegram_server.token, base_url=telegram_server.base_url) as real_bot:
        yield real_bot


async def test_limits_are_enforced_and_counted_like_telegram(
    telegram_server: FakeTelegramServer, bot: Bot
) -> None:
    # A five-second window keeps the test independent of how fast this machine is.
    telegram_server.enforce_limits(global_per_second=1, chat_per_second=0.2, window_seconds=5)
    await bot.send_message(1, "first")
    with pytest.raises(RetryAfter) as too_fast:
        await bot.send_message(1, "second, same second")
    assert too_fast.value.retry_after == 1
    outcomes = await asyncio.gather(
        *(bot.send_message(100 + n, "hi") for n in range(8)), return_exceptions=True
    )
    assert sum(isinstance(o, RetryAfter) for o in outcomes) == 4  # 5 per window, "first" included
    stats = telegram_server.stats()
    assert stats["violations_chat"] == 1 and stats["violations_global"] == 4
    assert stats["delivered"] == 5
    assert stats["max_global_in_window"] == 10  # attempts seen, rejected ones included


async def test_blocked_unknown_scripted_and_slow_chats_fail_as_telegram_does(
    telegram_server: FakeTelegramServer, bot: Bot
) -> None:
    telegram_server.blocked_users.add(2)
    telegram_server.unknown_chats.add(3)
    telegram_server.script_faults(4, [Fault(429, retry_after=3), Fault(502), Fault(delay=1.5)])
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(2, "x")
    with pytest.raises(BadRequest, match=r"[Cc]hat not found"):
        await bot.send_message(3, "x")
    with pytest.raises(RetryAfter) as retry:
        await bot.send_message(4, "x")
    assert retry.value.retry_after == 3
    with pytest.raises(NetworkError):
        await bot.send_message(4, "x")
    with pytest.raises(TimedOut):
        await bot.send_message(4, "slow", read_timeout=0.3)
    await bot.send_message(4, "fine")
    await telegram_server.wait_until(lambda: len(telegram_server.sent_to(4)) == 2)
    assert [m["text"] for m in telegram_server.sent_to(4)] == [
        "fine",
        "slow",
    ]  # the timed-out one landed late
    await bot.send_message(4, "fine")
    assert telegram_server.stats()["duplicates"] == {(4, "fine"): 1}
