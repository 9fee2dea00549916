"""A fake Telegram Bot API server on 127.0.0.1 that a real python-telegram-bot talks HTTP to.

Usage (the ``telegram_server`` fixture in tests/conftest.py starts and stops one)::

    server = FakeTelegramServer().start()
    app = (
        ApplicationBuilder().token(server.token)
        .base_url(server.base_url).base_file_url(server.base_file_url).build()
    )
    # ... add handlers, start the app and its updater's polling ...
    server.push_text(42, "hello")                    # a user writes; returns the update_id
    server.push_command(42, "start", "ref1")         # "/start ref1" with a bot_command entity
    [reply] = await server.wait_for_messages(42, 1)  # what the bot sent to chat 42
    reply["text"], reply["buttons"]                  # text, inline callback_data in order
    server.push_callback(42, reply["buttons"][0], reply["message_id"])  # press a button
    server.stop()

Every bot-sent message is stored per chat in order (``sent_to``), edits update it in place, and
``calls`` keeps every API call.  For delivery tests the server can enforce Telegram's limits
(``enforce_limits=True``: more than ``global_per_second`` sends in any one-second window, or more
than ``chat_per_second`` to one chat, is counted as a violation and answered 429 with
``retry_after``), reject users who blocked the bot (403) or unknown chats (400 "chat not found"),
play scripted faults per chat (``script_faults(chat_id, [Fault(429, retry_after=2), Fault(500),
Fault(delay=3)])``) and slow every response (``response_delay``) or one method's
(``method_delays``).  Once the bot calls ``setWebhook``, pushed
updates are POSTed to its URL with its secret header instead of waiting for ``getUpdates``
(``post_to_webhook`` sends one with any secret).  ``stats()`` reports the highest
rate seen in any window, globally and per chat, the violations and the duplicates per (chat, text).

The server is a stdlib ``ThreadingHTTPServer`` in a daemon thread, so it serves a bot running in the
test's event loop or in another process alike; every test-side method is thread-safe.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_USER: dict[str, Any] = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "GigMatch",
    "username": "gigmatch_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}

# Parameters PTB sends JSON-encoded inside form fields; everything else stays a string or an int.
_JSON_PARAMETERS = frozenset(
    {
        "reply_markup",
        "commands",
        "scope",
        "allowed_updates",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
    }
)
_INT_PARAMETERS = frozenset({"chat_id", "message_id", "offset", "limit", "timeout", "user_id", "cache_time"})
_SEND_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "sendSticker", "sendLocation", "sendContact"}
)
_CHAT_NOT_FOUND = "Bad Request: chat not found"
_BLOCKED = "Forbidden: bot was blocked by the user"


@dataclass(frozen=True)
class Fault:
    """One scripted answer to a send attempt: an HTTP error status, or a delay before serving."""

    status: int | None = None
    retry_after: int = 1
    delay: float = 0.0
    description: str = ""


@dataclass
class _Limits:
    enforce: bool = False
    global_per_second: float = 30.0
    chat_per_second: float = 1.0
    window_seconds: float = 1.0
    paid_per_second: float = 1000.0  # sends with allow_paid_broadcast (Telegram's paid broadcasts)


@dataclass
class _State:
    """Everything the server knows; guarded by ``FakeTelegramServer._lock``."""

    updates: list[dict[str, Any]] = field(default_factory=list)
    messages_by_chat: dict[int, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    messages_by_id: dict[int, dict[str, Any]] = field(default_factory=dict)
    user_messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    callback_answers: list[dict[str, Any]] = field(default_factory=list)
    chat_actions: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    attempts: list[tuple[float, int]] = field(default_factory=list)  # (time, chat_id) of every send attempt
    accepted_recent: deque[float] = field(default_factory=deque)
    accepted_by_chat: dict[int, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    violations_global: int = 0
    violations_chat: int = 0
    errors_sent: Counter[int] = field(default_factory=Counter)
    faults: dict[int, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))


class _ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


class FakeTelegramServer:
    """A thread-safe in-memory Bot API: updates in, bot messages out, limits and faults on demand."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        enforce_limits: bool = False,
        global_per_second: float = 30.0,
        chat_per_second: float = 1.0,
    ) -> None:
        self.token = token
        self.limits = _Limits(enforce_limits, global_per_second, chat_per_second)
        self.blocked_users: set[int] = set()
        self.unknown_chats: set[int] = set()
        self.response_delay = 0.0
        # Seconds to hold every call of a method before serving it ({"answerCallbackQuery": 1.0}).
        self.method_delays: dict[str, float] = {}
        # True: answer every answerCallbackQuery as Telegram does a press older than its answer window.
        self.callback_queries_too_old = False
        self._lock = threading.Condition()
        self._state = _State()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        # Telegram sends a user's @username with every update they cause: remember it per user.
        self._usernames: dict[int, str] = {}
        self._closed = False
        self._webhook: dict[str, Any] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> FakeTelegramServer:
        """Listen on a free port of 127.0.0.1 in a background thread."""
        handler = type("_BoundHandler", (_Handler,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-telegram", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake pending long polls and shut the listener down."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeTelegramServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start() the server first"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """The value for ``ApplicationBuilder().base_url`` / ``Bot(base_url=...)``."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """The value for ``ApplicationBuilder().base_file_url``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- configuration -----------------------------------------------------------------------------

    def enforce_limits(
        self,
        global_per_second: float = 30.0,
        chat_per_second: float = 1.0,
        window_seconds: float = 1.0,
        paid_per_second: float = 1000.0,
    ) -> None:
        """Answer sends beyond Telegram's rates with 429, as Telegram does, and count them.

        A send is a violation when the window ending now would hold more than rate x window sends.
        """
        with self._lock:
            self.limits = _Limits(True, global_per_second, chat_per_second, window_seconds, paid_per_second)

    def script_faults(self, chat_id: int, faults: Iterable[Fault]) -> None:
        """Answer the next send attempts to a chat with these faults, one per attempt, in order."""
        with self._lock:
            self._state.faults[chat_id].extend(faults)

    # --- the test side: users write ----------------------------------------------------------------

    def push_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_type: str = "private",
        language_code: str = "en",
        username: str | None = None,
        chat_id: int | None = None,
    ) -> int:
        """Deliver a text message from a user to the bot; returns the update_id."""
        message = self._user_message(user_id, chat_id, chat_type, language_code, username, text=text)
        return self._push({"message": message})

    def push_command(
        self,
        user_id: int,
        command: str,
        args: str = "",
        *,
        language_code: str = "en",
        username: str | None = None,
    ) -> int:
        """Deliver ``/command args`` with the bot_command entity Telegram attaches."""
        head = "/" + command.lstrip("/")
        text = f"{head} {args}".strip()
        message = self._user_message(user_id, None, "private", language_code, username, text=text)
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(head)}]
        return self._push({"message": message})

    def push_group_text(
        self,
        user_id: int,
        group_chat_id: int,
        text: str,
        *,
        language_code: str = "en",
        chat_type: str = "group",
    ) -> int:
        """Deliver a text written in a group (or supergroup) the bot is in."""
        message = self._user_message(user_id, group_chat_id, chat_type, language_code, None, text=text)
        return self._push({"message": message})

    def push_sticker(self, user_id: int, *, language_code: str = "en") -> int:
        """Deliver a sticker."""
        sticker = {
            "file_id": "sticker-file",
            "file_unique_id": "sticker-unique",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        message = self._user_message(user_id, None, "private", language_code, None, sticker=sticker)
        return self._push({"message": message})

    def push_photo(self, user_id: int, caption: str | None = None, *, language_code: str = "en") -> int:
        """Deliver a photo, optionally captioned."""
        photo = [{"file_id": "photo-file", "file_unique_id": "photo-unique", "width": 90, "height": 90}]
        extra: dict[str, Any] = {"photo": photo}
        if caption is not None:
            extra["caption"] = caption
        message = self._user_message(user_id, None, "private", language_code, None, **extra)
        return self._push({"message": message})

    def push_contact(self, user_id: int, phone: str, *, language_code: str = "en") -> int:
        """Deliver the user's own contact, as a request_contact button shares it."""
        contact = {"phone_number": phone, "first_name": f"User{user_id}", "user_id": user_id}
        message = self._user_message(user_id, None, "private", language_code, None, contact=contact)
        return self._push({"message": message})

    def push_location(
        self, user_id: int, latitude: float, longitude: float, *, language_code: str = "en"
    ) -> int:
        """Deliver a shared location."""
        location = {"latitude": latitude, "longitude": longitude}
        message = self._user_message(user_id, None, "private", language_code, None, location=location)
        return self._push({"message": message})

    def push_edited_text(self, user_id: int, update_id_of_original: int, new_text: str) -> int:
        """Deliver an edit of a text the user sent earlier (named by the update that carried it)."""
        with self._lock:
            original = self._state.user_messages[update_id_of_original]
        edited = {**original, "text": new_text, "edit_date": int(time.time())}
        return self._push({"edited_message": edited})

    def push_raw(self, update: dict[str, Any]) -> int:
        """Deliver any update as given (a channel post, a forged callback); returns the update_id."""
        return self._push(update)

    def channel_post(self, channel_id: int, text: str) -> dict[str, Any]:
        """Build a channel's post, to deliver with ``push_raw`` as a channel_post or edited_channel_post."""
        chat = {"id": channel_id, "type": "channel", "title": f"Channel {channel_id}"}
        return {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat, "text": text}

    def _username_of(self, user_id: int, username: str | None) -> str | None:
        if username:
            self._usernames[user_id] = username
        return self._usernames.get(user_id)

    def push_callback(self, user_id: int, data: str, message_id: int, *, language_code: str = "en") -> int:
        """Press an inline button: ``data`` on the bot message ``message_id``."""
        with self._lock:
            message = self._state.messages_by_id[message_id]["message"]
        query = {
            "id": str(next(self._callback_ids)),
            "from": _user(user_id, language_code, self._username_of(user_id, None)),
            "chat_instance": f"ci-{message['chat']['id']}",
            "data": data,
            "message": message,
        }
        return self._push({"callback_query": query})

    # --- the test side: what the bot did -----------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        """Return every message the bot sent to a chat, in order, as it is now (edits applied)."""
        with self._lock:
            return [_public(record) for record in self._state.messages_by_chat.get(chat_id, [])]

    def all_sent(self) -> dict[int, list[dict[str, Any]]]:
        """Return every chat's messages."""
        with self._lock:
            return {
                chat: [_public(r) for r in records] for chat, records in self._state.messages_by_chat.items()
            }

    def last_buttons(self, chat_id: int) -> list[str]:
        """Return the callback_data of the last bot message in a chat that has inline buttons."""
        for record in reversed(self.sent_to(chat_id)):
            if record["buttons"]:
                return list(record["buttons"])
        return []

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait until the bot sent at least ``count`` messages to a chat; return them all."""
        deadline = time.monotonic() + timeout
        while True:
            sent = self.sent_to(chat_id)
            if len(sent) >= count:
                return sent
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"chat {chat_id}: {len(sent)} of {count} messages after {timeout}s: {sent}"
                )
            await asyncio.sleep(0.02)

    def wait_for_messages_blocking(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[dict[str, Any]]:
        """Like ``wait_for_messages`` for synchronous tests."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._state.messages_by_chat.get(chat_id, [])) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"chat {chat_id}: fewer than {count} messages after {timeout}s")
                self._lock.wait(remaining)
        return self.sent_to(chat_id)

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until a condition over the server's state holds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met in time")
            await asyncio.sleep(0.02)

    @property
    def commands_registered(self) -> list[dict[str, Any]]:
        """Return the default-scope command list set with setMyCommands."""
        with self._lock:
            return list(self._state.commands.get(("default", ""), []))

    def commands_for(self, language_code: str) -> list[dict[str, Any]]:
        """Return the default-scope commands registered for one language."""
        with self._lock:
            return list(self._state.commands.get(("default", language_code), []))

    @property
    def calls(self) -> list[tuple[str, dict[str, Any]]]:
        """Return every (method, parameters) the bot called, in order."""
        with self._lock:
            return list(self._state.calls)

    @property
    def callback_answers(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._state.callback_answers)

    @property
    def chat_actions(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._state.chat_actions)

    def pending_updates(self) -> int:
        """Return how many pushed updates the bot has not confirmed yet."""
        with self._lock:
            return len(self._state.updates)

    def attempt_log(self) -> list[tuple[float, int]]:
        """Return (monotonic time, chat id) of every send attempt, in order of arrival."""
        with self._lock:
            return list(self._state.attempts)

    def attempt_times(self) -> list[float]:
        """Return the monotonic time of every send attempt, in order of arrival."""
        with self._lock:
            return [at for at, _ in self._state.attempts]

    def stats(self) -> dict[str, Any]:
        """Return the highest send rates seen in any window, the violations, errors and duplicates."""
        with self._lock:
            attempts = list(self._state.attempts)
            window = self.limits.window_seconds
            by_chat: dict[int, list[float]] = defaultdict(list)
            for at, chat in attempts:
                by_chat[chat].append(at)
            texts = Counter(
                (chat, record["message"].get("text", ""))
                for chat, records in self._state.messages_by_chat.items()
                for record in records
            )
            return {
                "attempts": len(attempts),
                "delivered": sum(len(r) for r in self._state.messages_by_chat.values()),
                "max_global_in_window": _max_in_window([at for at, _ in attempts], window),
                "max_chat_in_window": max((_max_in_window(t, window) for t in by_chat.values()), default=0),
                "violations_global": self._state.violations_global,
                "violations_chat": self._state.violations_chat,
                "errors_sent": dict(self._state.errors_sent),
                "duplicates": {key: n - 1 for key, n in texts.items() if n > 1},
            }

    # --- internals ---------------------------------------------------------------------------------

    def _push(self, update: dict[str, Any]) -> int:
        with self._lock:
            update_id = next(self._update_ids)
            update = {"update_id": update_id, **update}
            if "message" in update:
                self._state.user_messages[update_id] = update["message"]
            webhook = self.webhook
            if webhook is None:
                self._state.updates.append(update)
                self._lock.notify_all()
        if webhook is not None:
            self.post_to_webhook(update, secret=webhook.get("secret_token"))
        return update_id

    def post_to_webhook(self, update: dict[str, Any], *, secret: str | None) -> int:
        """POST one update to the webhook as Telegram does, with this secret header; return its status."""
        webhook = self.webhook
        assert webhook is not None, "the bot has not set a webhook"
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        request = urllib.request.Request(
            webhook["url"], data=json.dumps(update).encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    @property
    def webhook(self) -> dict[str, Any] | None:
        """Return what the bot's setWebhook asked for (url, secret_token, ...), None without a webhook."""
        with self._lock:
            return dict(self._webhook) if self._webhook else None

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        chat_type: str,
        language_code: str,
        username: str | None,
        **content: Any,
    ) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id if chat_id is not None else user_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"User{user_id}"
        else:
            chat["title"] = f"Group {chat['id']}"
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": _user(user_id, language_code, self._username_of(user_id, username)),
            **content,
        }

    def handle(self, method: str, params: dict[str, Any]) -> Any:
        """Serve one Bot API call; raise ``_ApiError`` for a Telegram error answer."""
        with self._lock:
            self._state.calls.append((method, params))
        if self.response_delay or method in self.method_delays:
            time.sleep(self.response_delay + self.method_delays.get(method, 0.0))
        if method in _SEND_METHODS:
            return self._send(method, params)
        if method == "getUpdates":
            return self._get_updates(params)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            raise _ApiError(404, "Not Found: method not found")
        return handler(params)

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._lock:
            while True:
                if offset:
                    self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
                if self._state.updates or self._closed:
                    return self._state.updates[:limit]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._lock.wait(min(remaining, 0.5))

    def _send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        now = time.monotonic()
        with self._lock:
            self._state.attempts.append((now, chat_id))
            fault = self._state.faults[chat_id].popleft() if self._state.faults.get(chat_id) else None
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        with self._lock:
            if fault is not None and fault.status is not None:
                raise self._error(_fault_error(fault))
            if chat_id in self.blocked_users:
                raise self._error(_ApiError(403, _BLOCKED))
            if chat_id in self.unknown_chats:
                raise self._error(_ApiError(400, _CHAT_NOT_FOUND))
            if self.limits.enforce:
                self._enforce_rates(chat_id, time.monotonic(), paid=_flag(params.get("allow_paid_broadcast")))
            record = self._record_bot_message(chat_id, method, params)
            self._lock.notify_all()
            return dict(record["message"])

    def _enforce_rates(self, chat_id: int, now: float, *, paid: bool) -> None:
        """Reject a send that would put more than the allowed number in the last window.

        A paid broadcast may go past the free global rate, up to the paid one; the chat rate holds for all.
        """
        window = self.limits.window_seconds
        recent = self._state.accepted_recent
        chat_recent = self._state.accepted_by_chat[chat_id]
        for times in (recent, chat_recent):
            while times and times[0] <= now - window:
                times.popleft()
        ceiling = self.limits.paid_per_second if paid else self.limits.global_per_second
        if len(recent) + 1 > ceiling * window:
            self._state.violations_global += 1
            raise self._error(_ApiError(429, "Too Many Requests: retry after 1", retry_after=1))
        if len(chat_recent) + 1 > self.limits.chat_per_second * window:
            self._state.violations_chat += 1
            raise self._error(_ApiError(429, "Too Many Requests: retry after 1", retry_after=1))
        recent.append(now)
        chat_recent.append(now)

    def _error(self, error: _ApiError) -> _ApiError:
        self._state.errors_sent[error.status] += 1
        return error

    def _record_bot_message(self, chat_id: int, method: str, params: dict[str, Any]) -> dict[str, Any]:
        message_id = next(self._message_ids)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
        }
        if "text" in params:
            message["text"] = str(params["text"])
        if "caption" in params:
            message["caption"] = str(params["caption"])
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        record = {"method": method, "message": message, "reply_markup": markup, "deleted": False, "edits": 0}
        self._state.messages_by_chat[chat_id].append(record)
        self._state.messages_by_id[message_id] = record
        return record

    def _edited(self, params: dict[str, Any]) -> dict[str, Any]:
        message_id = int(params["message_id"])
        with self._lock:
            record = self._state.messages_by_id.get(message_id)
            if record is None or record["message"]["chat"]["id"] != int(params["chat_id"]):
                raise _ApiError(400, "Bad Request: message to edit not found")
            if "text" in params:
                record["message"]["text"] = str(params["text"])
            markup = params.get("reply_markup")
            record["reply_markup"] = markup
            if isinstance(markup, dict) and "inline_keyboard" in markup:
                record["message"]["reply_markup"] = markup
            else:
                record["message"].pop("reply_markup", None)
            record["edits"] += 1
            record["message"]["edit_date"] = int(time.time())
            self._lock.notify_all()
            return dict(record["message"])

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._edited(params)

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._edited(params)

    def _api_deleteMessage(self, params: dict[str, Any]) -> bool:
        with self._lock:
            record = self._state.messages_by_id.get(int(params["message_id"]))
            if record is None:
                raise _ApiError(400, "Bad Request: message to delete not found")
            record["deleted"] = True
        return True

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self._webhook = {}
            if params.get("drop_pending_updates"):
                self._state.updates.clear()
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith(("http://", "https://")):
            raise _ApiError(400, "Bad Request: bad webhook: an HTTPS URL must be provided for webhook")
        with self._lock:
            self._webhook = dict(params)
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        url = (self.webhook or {}).get("url", "")
        return {"url": url, "has_custom_certificate": False, "pending_update_count": self.pending_updates()}

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        scope = (params.get("scope") or {}).get("type", "default")
        with self._lock:
            self._state.commands[(scope, str(params.get("language_code") or ""))] = list(params["commands"])
        return True

    def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        scope = (params.get("scope") or {}).get("type", "default")
        with self._lock:
            return list(self._state.commands.get((scope, str(params.get("language_code") or "")), []))

    def _api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        scope = (params.get("scope") or {}).get("type", "default")
        with self._lock:
            self._state.commands.pop((scope, str(params.get("language_code") or "")), None)
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self._state.callback_answers.append(params)
        if self.callback_queries_too_old:
            raise _ApiError(
                400, "Bad Request: query is too old and response timeout expired or query id is invalid"
            )
        return True

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self._state.chat_actions.append(params)
        return True

    def _api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        if chat_id in self.unknown_chats:
            raise _ApiError(400, _CHAT_NOT_FOUND)
        kind = "private" if chat_id > 0 else "group"
        return {
            "id": chat_id,
            "type": kind,
            "first_name": f"User{chat_id}",
            "accent_color_id": 0,
            "max_reaction_count": 0,
        }

    def _api_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params["file_id"])
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": 4,
            "file_path": f"files/{file_id}",
        }

    def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _api_logOut(self, params: dict[str, Any]) -> bool:
        return True


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive front of the fake; ``fake`` is bound per server instance."""

    fake: FakeTelegramServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def _serve(self) -> None:
        path = urlsplit(self.path)
        if path.path.startswith("/file/bot"):
            self._reply(200, b"FAKE", "application/octet-stream")
            return
        prefix = f"/bot{self.fake.token}/"
        if not path.path.startswith(prefix):
            self._reply_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = path.path[len(prefix) :]
        params = _normalise({**dict(parse_qsl(path.query)), **self._body()})
        try:
            result = self.fake.handle(method, params)
        except _ApiError as error:
            body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            self._reply_json(error.status, body)
            return
        self._reply_json(200, {"ok": True, "result": result})

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "")
        if not raw:
            return {}
        if kind.startswith("application/json"):
            return dict(json.loads(raw))
        if kind.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode() + raw
            )
            fields: dict[str, Any] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                assert isinstance(payload, bytes)
                fields[str(name)] = payload if part.get_filename() else payload.decode("utf-8")
            return fields
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))

    def _reply_json(self, status: int, body: dict[str, Any]) -> None:
        self._reply(status, json.dumps(body).encode("utf-8"), "application/json")

    def _reply(self, status: int, payload: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        try:
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a read timeout): Telegram, too, may act on a request nobody awaits.
            self.close_connection = True


def _flag(value: Any) -> bool:
    """Read a boolean Bot API parameter, sent as JSON or as a form string."""
    return value is True or str(value).lower() == "true"


def _normalise(params: dict[str, Any]) -> dict[str, Any]:
    """Decode PTB's form encoding: JSON inside some fields, integers as text."""
    result: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, str) and name in _JSON_PARAMETERS:
            value = json.loads(value)
        elif isinstance(value, str) and name in _INT_PARAMETERS and value.lstrip("-").isdigit():
            value = int(value)
        result[name] = value
    return result


def _user(user_id: int, language_code: str, username: str | None) -> dict[str, Any]:
    user: dict[str, Any] = {
        "id": user_id,
        "is_bot": False,
        "first_name": f"User{user_id}",
        "language_code": language_code,
    }
    if username:
        user["username"] = username
    return user


def _fault_error(fault: Fault) -> _ApiError:
    if fault.status == 429:
        return _ApiError(
            429, fault.description or f"Too Many Requests: retry after {fault.retry_after}", fault.retry_after
        )
    status = int(fault.status or 500)
    default = {403: _BLOCKED, 400: _CHAT_NOT_FOUND}.get(status, "Internal Server Error")
    return _ApiError(status, fault.description or default)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten a stored bot message into what tests assert on."""
    message = record["message"]
    markup = record["reply_markup"] if isinstance(record["reply_markup"], dict) else {}
    inline = [button for row in markup.get("inline_keyboard", []) for button in row]
    keyboard = [
        button if isinstance(button, dict) else {"text": button}
        for row in markup.get("keyboard", [])
        for button in row
    ]
    return {
        "message_id": message["message_id"],
        "chat_id": message["chat"]["id"],
        "method": record["method"],
        "text": message.get("text", message.get("caption", "")),
        "buttons": [button.get("callback_data", button.get("url", "")) for button in inline],
        "button_labels": [button["text"] for button in inline],
        "keyboard": [button["text"] for button in keyboard],
        "request_contact": any(button.get("request_contact") for button in keyboard),
        "remove_keyboard": bool(markup.get("remove_keyboard")),
        "reply_markup": record["reply_markup"],
        "edits": record["edits"],
        "deleted": record["deleted"],
    }


def _max_in_window(times: list[float], window: float) -> int:
    """Return the most timestamps that fall within any half-open window of the given length."""
    times = sorted(times)
    best = 0
    start = 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best
