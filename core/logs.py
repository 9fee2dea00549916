"""Logging for every command: one handler whose filter takes secrets and message bodies out of each record."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

REDACTED = "<redacted>"
# A Bot API token (digits, a colon, a long secret), alone or inside a URL path.
_TOKEN = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}")
# What users wrote or are called, however a library prints it: key='value', 'key': "value", "key": value.
_BODY_FIELDS = (
    "text",
    "caption",
    "data",
    "callback_data",
    "query",
    "phone_number",
    "username",
    "first_name",
    "last_name",
    "title",
    "latitude",
    "longitude",
    "vcard",
)
_QUOTED = r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\""""
_FIELD = re.compile(
    rf"""(?P<key>['"]?\b(?:{"|".join(_BODY_FIELDS)})\b['"]?\s*[:=]\s*)(?P<value>{_QUOTED}|[^,)}}\]\s]+)"""
)
# Libraries print whole requests, updates and SQL parameters at DEBUG: every string value in them goes.
_LITERAL = re.compile(rf"(?P<literal>{_QUOTED})(?P<key>\s*:)?")
_OUR_PACKAGES = frozenset({"bot", "core", "jobs", "prompts", "retrieval", "understanding"})
_HANDLE = re.compile(r"(?<![\w@])@\w{3,}")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d -]{8,}\d(?!\w)")


class Redactor(logging.Filter):
    """Rewrite each record so that no handler can print a secret, a message body, a phone or a @handle."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets = sorted({secret for secret in secrets if len(secret) >= 6}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """Return the text with everything sensitive replaced."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = _TOKEN.sub(REDACTED, text)
        text = _FIELD.sub(lambda match: match["key"] + REDACTED, text)
        text = _HANDLE.sub("@" + REDACTED, text)
        return _PHONE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = self.redact(record.getMessage())
        if record.name.partition(".")[0] not in _OUR_PACKAGES:
            message = _LITERAL.sub(_keep_keys, message)
        record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _keep_keys(match: re.Match[str]) -> str:
    """Replace a quoted value, keeping a quoted dictionary key (a field name, not what a user wrote)."""
    return match[0] if match["key"] else repr(REDACTED)


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Send every record at ``level`` and above through the redactor to stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor(secrets))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level.upper())
    # httpx logs every request URL at INFO, and Bot API URLs contain the bot token.
    for noisy in ("httpx", "httpcore", "chromadb", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
