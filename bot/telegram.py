"""Telegram handlers: turn an Update into an `Incoming`, ask the dialogue, send its replies."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.dialogue.engine import COMMANDS, Dialogue
from bot.dialogue.messages import Incoming, InputKind, Reply
from bot.dialogue.outcomes import due_questions
from bot.i18n import LANGUAGES, guess_language, translate
from bot.services import Services
from jobs.delivery import retry_after_seconds

log = logging.getLogger(__name__)


# A reply is tried this often (429, timeouts, 5xx) before it is given up, waiting at most this long between.
MAX_SEND_ATTEMPTS = 6
MAX_RETRY_WAIT_SECONDS = 30.0
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


class ReplySender:
    """Deliver each turn's replies in order, paced with the alerts, retried through 429s and timeouts."""

    def __init__(self, bot: Bot, services: Services) -> None:
        self.bot = bot
        self.services = services
        # Holds one user's turn while its replies go out, so the next turn's replies cannot overtake them.
        self._turns: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def send_turn(self, user_id: int, messages: list[tuple[int, str, Markup | None]]) -> None:
        """Send (chat, text, markup) messages one after another."""
        async with self._turns[user_id]:
            for chat_id, text, markup in messages:
                await self._send(chat_id, text, markup)

    async def _send(self, chat_id: int, text: str, markup: Markup | None) -> None:
        """Send one message, or give it up only for a reason that retrying cannot change."""
        limiter = self.services.alerts.limiter
        for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
            await limiter.acquire(chat_id, wait_for_chat=False)
            try:
                await self.bot.send_message(chat_id, text, reply_markup=markup)
                return
            except RetryAfter as error:
                wait = retry_after_seconds(error.retry_after)
                limiter.pause(wait)
            except Forbidden as error:
                log.warning("could not message chat %s: %s", chat_id, error.message)
                await self.services.store.mark_inactive(chat_id)
                return
            except BadRequest as error:
                log.warning("could not message chat %s: %s", chat_id, error.message)
                return
            except NetworkError as error:
                # A timeout may have delivered it: a rare repeat is better than a lost reply.
                log.info("reply to chat %s failed (%s), retrying", chat_id, type(error).__name__)
                wait = 0.5 * 2 ** (attempt - 1)
            await asyncio.sleep(min(wait, MAX_RETRY_WAIT_SECONDS))
        log.error("gave up a reply to chat %s after %d attempts", chat_id, MAX_SEND_ATTEMPTS)


@dataclass
class BotData:
    """What every handler can reach through ``context.bot_data``: set in post_init."""

    services: Services | None = None
    dialogue: Dialogue | None = None
    sender: ReplySender | None = None


GigmatchContext = CallbackContext[ExtBot[None], dict[object, object], dict[object, object], BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)


def incoming_from(update: Update) -> Incoming | None:
    """Describe what the user did, whatever kind of update it is."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    incoming = partial(
        Incoming, user_id=user.id, chat_id=chat.id, username=user.username, language_code=user.language_code
    )
    # Checked before anything else: a group's chat id must never become where a user's private news goes.
    if chat.type != ChatType.PRIVATE:
        message = update.effective_message
        return incoming(kind=InputKind.GROUP, text=(message.text or "") if message else "")
    if update.callback_query is not None:
        return incoming(kind=InputKind.BUTTON, text=update.callback_query.data or "")
    if update.edited_message is not None:
        return incoming(kind=InputKind.EDITED)
    message = update.message
    if message is None:
        return None
    if message.contact is not None and message.contact.user_id == user.id:
        return incoming(kind=InputKind.CONTACT, phone=message.contact.phone_number)
    if message.location is not None:
        location = message.location
        return incoming(kind=InputKind.LOCATION, latitude=location.latitude, longitude=location.longitude)
    if message.text is None:
        return incoming(kind=InputKind.UNSUPPORTED)
    if message.text.startswith("/"):
        command, _, args = message.text[1:].partition(" ")
        return incoming(kind=InputKind.COMMAND, text=command.split("@")[0], args=args)
    return incoming(kind=InputKind.TEXT, text=message.text)


def reply_markup(reply: Reply) -> Markup | None:
    """Build Telegram buttons: inline ones, or a one-time keyboard to share the phone number."""
    if not reply.buttons:
        return None
    if reply.asks_for_contact:
        rows = [
            [KeyboardButton(button.label, request_contact=True) for button in row] for row in reply.buttons
        ]
        return ReplyKeyboardMarkup(rows, one_time_keyboard=True, resize_keyboard=True)
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(button.label, callback_data=button.data) for button in row]
            for row in reply.buttons
        ]
    )


async def on_update(update: Update, context: GigmatchContext) -> None:
    """Answer any update a user sends."""
    incoming = incoming_from(update)
    dialogue, sender = context.bot_data.dialogue, context.bot_data.sender
    if incoming is None or dialogue is None or sender is None:
        return
    if update.callback_query is not None:
        # A press answered late ("Query is too old") or twice is still a press: the turn runs anyway.
        try:
            await update.callback_query.answer()
        except TelegramError as error:
            log.info("could not acknowledge a button press: %s", type(error).__name__)
        # The choice is made: drop the buttons so a second tap cannot repeat it.
        try:
            await update.callback_query.edit_message_reply_markup(None)
        except TelegramError:
            log.debug("could not remove buttons from a pressed message")
    replies = await dialogue.handle(incoming)
    await sender.send_turn(incoming.user_id, outgoing(incoming, replies))


def outgoing(incoming: Incoming, replies: list[Reply]) -> list[tuple[int, str, Markup | None]]:
    """Address and mark up the dialogue's replies; a shared contact also removes the share keyboard."""
    messages = []
    for position, reply in enumerate(replies):
        chat_id = reply.chat_id if reply.chat_id is not None else incoming.chat_id
        markup: Markup | None = reply_markup(reply)
        if markup is None and position == 0 and incoming.kind is InputKind.CONTACT:
            markup = ReplyKeyboardRemove()
        messages.append((chat_id, reply.text, markup))
    return messages


async def ask_outcomes(context: GigmatchContext) -> None:
    """Ask the outcome questions that are due (a repeating job), each through its recipient's turn queue."""
    services, sender = context.bot_data.services, context.bot_data.sender
    if services is None or sender is None:
        return
    replies = await due_questions(services, time.time())
    if replies:
        log.info("asking %d outcome question(s)", len(replies))
    for reply in replies:
        assert reply.chat_id is not None  # every question is addressed
        await sender.send_turn(reply.chat_id, [(reply.chat_id, reply.text, reply_markup(reply))])


async def on_error(update: object, context: GigmatchContext) -> None:
    """Log the failure and apologise to the user, so the bot never goes silent."""
    log.error("update failed", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    language = (
        guess_language("", update.effective_user.language_code if update.effective_user else None) or "en"
    )
    apology = (update.effective_chat.id, translate(language, "error.apology"), None)
    sender = context.bot_data.sender
    if sender is not None:
        await sender.send_turn(update.effective_user.id if update.effective_user else 0, [apology])


async def register_commands(application: Application) -> None:
    """Publish the command menu in every catalog language."""
    for language in LANGUAGES:
        commands = [BotCommand(name, translate(language, key)) for name, key in COMMANDS.items()]
        await application.bot.set_my_commands(commands, language_code=None if language == "en" else language)
