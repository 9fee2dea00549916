"""Telegram handlers: turn an Update into an `Incoming`, ask the dialogue, send its replies."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.dialogue.engine import COMMANDS, Dialogue
from bot.dialogue.messages import Incoming, InputKind, Reply
from bot.i18n import LANGUAGES, guess_language, translate
from bot.services import Services

log = logging.getLogger(__name__)


@dataclass
class BotData:
    """What every handler can reach through ``context.bot_data``: set in post_init."""

    services: Services | None = None
    dialogue: Dialogue | None = None


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


Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


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
    dialogue = context.bot_data.dialogue
    if incoming is None or dialogue is None:
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
    await send_replies(context, incoming, replies)


async def send_replies(context: GigmatchContext, incoming: Incoming, replies: list[Reply]) -> None:
    """Send the dialogue's replies; a recipient who blocked the bot is marked inactive, not retried."""
    services = context.bot_data.services
    for position, reply in enumerate(replies):
        chat_id = reply.chat_id if reply.chat_id is not None else incoming.chat_id
        markup: Markup | None = reply_markup(reply)
        if markup is None and position == 0 and incoming.kind is InputKind.CONTACT:
            markup = ReplyKeyboardRemove()
        try:
            await context.bot.send_message(chat_id, reply.text, reply_markup=markup)
        except (Forbidden, BadRequest) as error:
            log.warning("could not message chat %s: %s", chat_id, error.message)
            if services is not None and isinstance(error, Forbidden):
                await services.store.mark_inactive(chat_id)


async def on_error(update: object, context: GigmatchContext) -> None:
    """Log the failure and apologise to the user, so the bot never goes silent."""
    log.error("update failed", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    language = (
        guess_language("", update.effective_user.language_code if update.effective_user else None) or "en"
    )
    try:
        await context.bot.send_message(update.effective_chat.id, translate(language, "error.apology"))
    except TelegramError:
        log.warning("could not send the apology either")


async def register_commands(application: Application) -> None:
    """Publish the command menu in every catalog language."""
    for language in LANGUAGES:
        commands = [BotCommand(name, translate(language, key)) for name, key in COMMANDS.items()]
        await application.bot.set_my_commands(commands, language_code=None if language == "en" else language)
