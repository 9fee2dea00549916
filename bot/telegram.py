"""Telegram handlers: turn an Update into an `Incoming`, ask the dialogue, send its replies."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field, replace
from functools import partial
from urllib.parse import urlencode

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    Update,
)
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter
from yarl import URL

from app.services import Services
from bot.dialogue.engine import COMMANDS, Dialogue
from bot.dialogue.messages import Incoming, InputKind, Reply
from bot.dialogue.outcomes import due_questions
from bot.i18n import LANGUAGES, guess_language, translate
from core.locks import UserLocks
from core.settings import Settings
from jobs import sending
from jobs.delivery import ReplySender

log = logging.getLogger(__name__)

TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
# Connections kept open to the Bot API: each carries one request at a time (~100 ms away from Telegram).
CONNECTIONS = 64
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0


class AiohttpRequest(BaseRequest):
    """PTB's transport on aiohttp: a request costs the event loop a fifth of httpx's CPU (0.55 vs 2.7 ms).

    Every reply, button answer and poll is a request on the event loop's thread, so under load that CPU
    is what every user waits behind.
    """

    def __init__(self, connections: int = CONNECTIONS, read_timeout: float | None = READ_TIMEOUT) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None
        # A proxy from the environment (HTTPS_PROXY, NO_PROXY) per origin, looked up at its first request.
        self._proxies: dict[str, tuple[URL | None, aiohttp.BasicAuth | None]] = {}

    @property
    def read_timeout(self) -> float | None:
        """The read timeout of a request that does not name one."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the connection pool (inside the running loop, as aiohttp requires)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections)
            # Not trust_env: aiohttp would then look the proxy and ~/.netrc up in a worker thread at every
            # request, two thread hops a message; the proxy is looked up once per origin instead.
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        """Close every connection."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make one request; a timeout becomes `TimedOut`, any other failure `NetworkError`."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = CONNECT_TIMEOUT if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = POOL_TIMEOUT if isinstance(pool_timeout, DefaultValue) else pool_timeout
        # aiohttp's connect timeout includes the wait for a free connection.
        timeout = aiohttp.ClientTimeout(
            sock_read=read,
            sock_connect=connect,
            connect=None if connect is None or pool is None else connect + pool,
        )
        proxy, proxy_auth = self._proxy_for(URL(url))
        try:
            async with self._session.request(
                method,
                url,
                data=_body(request_data),
                headers={"User-Agent": self.USER_AGENT},
                timeout=timeout,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _proxy_for(self, url: URL) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """Return the environment's proxy for the URL's origin, if it names one."""
        origin = str(url.origin())
        if origin not in self._proxies:
            try:
                self._proxies[origin] = get_env_proxy_for_url(url)
            except LookupError:
                self._proxies[origin] = (None, None)
        return self._proxies[origin]


def _body(request_data: RequestData | None) -> aiohttp.FormData | aiohttp.BytesPayload | None:
    """Encode a request's parameters as a form, with its files as multipart parts."""
    if request_data is None:
        return None
    files = request_data.multipart_data
    if not files:
        # The urlencoded form aiohttp's FormData sends, without the multipart writer it builds first (a
        # random boundary from os.urandom, on the event loop, for every request).
        encoded = urlencode(list(request_data.json_parameters.items()), doseq=True).encode()
        return aiohttp.BytesPayload(encoded, content_type="application/x-www-form-urlencoded")
    form = aiohttp.FormData(request_data.json_parameters)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename or name, content_type=mimetype)
    return form


async def call(bot: Bot, method: str, parameters: dict[str, object], *, timeout: float | None = None) -> None:
    """Make one Bot API call on the bot's own transport, which maps Telegram's answers to PTB's errors.

    PTB's own methods would also build objects from the arguments and parse the answer (a `Message` for
    every send or edit) that nothing here reads: event-loop CPU every user's turn waits behind.
    """
    # PTB's own methods log each call at DEBUG; this path says the same (never the text or the chat).
    log.debug("Calling Bot API endpoint `%s`", method)
    await bot.request.post(
        f"{bot.base_url}/{method}",
        RequestData([RequestParameter(name, value, None) for name, value in parameters.items()]),
        # Unset, the transport's own default applies (an explicit None would wait forever).
        read_timeout=BaseRequest.DEFAULT_NONE if timeout is None else timeout,
    )


class TelegramSender:
    """The `Sender` of jobs/ over a PTB `Bot`'s transport: Telegram's errors become our own.

    A message is one sendMessage request on the bot's own `BaseRequest`, which maps Telegram's answers to
    PTB's errors. `Bot.send_message` would also build markup objects and parse every answer into a
    `Message` that nothing reads: at hundreds of alerts a second that was most of the sender's CPU.
    """

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(
        self, chat_id: int, reply: Reply, *, timeout: float | None = None, paid_broadcast: bool = False
    ) -> None:
        """Send one reply, raising a `jobs.sending.SendError` subclass when Telegram did not take it."""
        parameters: dict[str, object] = {"chat_id": chat_id, "text": reply.text}
        markup = markup_data(reply)
        if markup is not None:
            parameters["reply_markup"] = markup
        if paid_broadcast:
            parameters["allow_paid_broadcast"] = True
        try:
            await call(self.bot, "sendMessage", parameters, timeout=timeout)
        except RetryAfter as error:
            raise sending.RetryAfter(error.message, retry_after_seconds(error.retry_after)) from error
        except Forbidden as error:
            raise sending.Blocked(f"403 {error.message}") from error
        except BadRequest as error:
            if "chat not found" in error.message.lower():
                raise sending.Blocked(f"400 {error.message}") from error
            raise sending.Rejected(f"400 {error.message}") from error
        except TelegramError as error:
            # NetworkError (timeouts, 5xx) and anything else Telegram answers: worth another try.
            raise sending.Unreachable(error.message) from error

    async def __aenter__(self) -> TelegramSender:
        await self.bot.initialize()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.bot.shutdown()


def standalone_sender(settings: Settings) -> TelegramSender:
    """Build a sender with a `Bot` of its own (for `gigmatch alerts run`); open it with `async with`."""
    assert settings.telegram_bot_token is not None
    base_url = settings.telegram_api_base_url or TELEGRAM_BASE_URL
    bot = Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=base_url,
        base_file_url=file_url_for(base_url),
        request=AiohttpRequest(),
    )
    return TelegramSender(bot)


def file_url_for(base_url: str) -> str:
    """Derive the file endpoint of a Bot API server: `/bot` becomes `/file/bot`."""
    head, sep, tail = base_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep else base_url


def retry_after_seconds(value: object) -> float:
    """Read retry_after, an int in PTB 22 and a timedelta in later versions."""
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]


@dataclass
class BotData:
    """What every handler can reach through ``context.bot_data``: set in post_init."""

    services: Services | None = None
    dialogue: Dialogue | None = None
    sender: ReplySender | None = None
    # One chat's updates are handled one at a time, in the order they came; other chats run meanwhile.
    chats: UserLocks = field(default_factory=UserLocks)


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


def markup_data(reply: Reply) -> dict[str, object] | None:
    """Return the Bot API's reply_markup: inline buttons, or a one-time keyboard to share the phone number."""
    if not reply.buttons:
        return {"remove_keyboard": True} if reply.remove_keyboard else None
    if reply.asks_for_contact:
        rows = [[{"text": button.label, "request_contact": True} for button in row] for row in reply.buttons]
        return {"keyboard": rows, "one_time_keyboard": True, "resize_keyboard": True}
    return sending.inline_keyboard(reply.buttons)


async def on_update(update: Update, context: GigmatchContext) -> None:
    """Answer any update a user sends, after every earlier update of the same chat."""
    incoming = incoming_from(update)
    dialogue, sender = context.bot_data.dialogue, context.bot_data.sender
    if incoming is None or dialogue is None or sender is None:
        return
    # Taken before the first await: PTB starts the handlers in the order the updates came.
    async with context.bot_data.chats.hold(incoming.chat_id):
        query = update.callback_query
        # Telegram's acknowledgement goes out while the turn is decided, not before it.
        acknowledged = asyncio.create_task(_acknowledge(query)) if query is not None else None
        replies = await dialogue.handle(incoming)
        if query is not None and acknowledged is not None:
            await acknowledged
            if replies and replies[0].replaces_pressed and await _rewrite(query, replies[0]):
                replies = replies[1:]
        await sender.send_turn(incoming.user_id, outgoing(incoming, replies))


async def _acknowledge(query: CallbackQuery) -> None:
    """Answer a button press and take its buttons away, so a second tap cannot repeat the choice."""
    # A press answered late ("Query is too old") or twice is still a press: the turn runs anyway.
    bot = query.get_bot()
    try:
        await call(bot, "answerCallbackQuery", {"callback_query_id": query.id})
    except TelegramError as error:
        log.info("could not acknowledge a button press: %s", type(error).__name__)
    pressed = _pressed_message(query)
    if pressed is None:
        return
    try:
        await call(bot, "editMessageReplyMarkup", pressed)
    except TelegramError:
        log.debug("could not remove buttons from a pressed message")


def _pressed_message(query: CallbackQuery) -> dict[str, object] | None:
    """Return the Bot API's address of the message whose button was pressed, if the press names one."""
    if query.inline_message_id:
        return {"inline_message_id": query.inline_message_id}
    if query.message is not None:
        return {"chat_id": query.message.chat.id, "message_id": query.message.message_id}
    return None


async def _rewrite(query: CallbackQuery, reply: Reply) -> bool:
    """Put the reply in place of the message whose button was pressed; False when Telegram refused."""
    pressed = _pressed_message(query)
    if pressed is None:
        return False
    parameters = {**pressed, "text": reply.text}
    markup = markup_data(reply)
    # Only an inline keyboard can go with an edited message.
    if markup and "inline_keyboard" in markup:
        parameters["reply_markup"] = markup
    try:
        await call(query.get_bot(), "editMessageText", parameters)
    except TelegramError as error:
        # Too old to edit, or deleted: the reply goes out as a new message instead.
        log.info("could not rewrite a pressed message: %s", type(error).__name__)
        return False
    return True


def outgoing(incoming: Incoming, replies: list[Reply]) -> list[tuple[int, Reply]]:
    """Address the dialogue's replies; a shared contact also removes the share keyboard."""
    messages = []
    # The keyboard is the speaker's: it goes with their first answer, never with a note to someone else.
    keyboard_up = incoming.kind is InputKind.CONTACT
    for reply in replies:
        chat_id = reply.chat_id if reply.chat_id is not None else incoming.chat_id
        if keyboard_up and chat_id == incoming.chat_id:
            keyboard_up = False
            if not reply.buttons:
                reply = replace(reply, remove_keyboard=True)
        messages.append((chat_id, reply))
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
        await sender.send_turn(reply.chat_id, [(reply.chat_id, reply)])


async def on_error(update: object, context: GigmatchContext) -> None:
    """Log the failure and apologise to the user, so the bot never goes silent."""
    log.error("update failed", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    language = (
        guess_language("", update.effective_user.language_code if update.effective_user else None) or "en"
    )
    apology = (update.effective_chat.id, Reply(translate(language, "error.apology")))
    sender = context.bot_data.sender
    if sender is not None:
        await sender.send_turn(update.effective_user.id if update.effective_user else 0, [apology])


async def register_commands(application: Application) -> None:
    """Publish the command menu in every catalog language."""
    # Telegram names a menu's language by a two-letter code: Hinglish writers see their app's menu.
    for language in (code for code in LANGUAGES if len(code) == 2):
        commands = [BotCommand(name, translate(language, key)) for name, key in COMMANDS.items()]
        await application.bot.set_my_commands(commands, language_code=None if language == "en" else language)
