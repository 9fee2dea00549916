"""Fuzz the running bot over HTTP with random updates of every kind; count tracebacks and silent updates.

    python -m tests.fuzz_updates --users 40 --updates 50 [--seed 1] [--json]

Each simulated user sends one update at a time (text, command, real or forged button data, contact,
location, sticker, photo, edit, group message) and waits for the bot to finish answering it. Reports
tracebacks (records of failed updates in the log), silent updates (a private update that got no message
back), the reply latency p50/p95 and the updates handled per second. Rerunnable: a fresh data folder
and a seeded generator each run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import make_settings, running_bot

TEXTS = [
    "electrician hu, wiring ka kaam, Andheri me rehta hu, 800 per day",
    "Need 2 electricians in Andheri this Saturday, 800/day, wiring + DB fitting",
    "cook hu, ghar ka khana, Indore, 10000 per month",
    "Need a cook in Indore for home, 9000 per month",
    "driver chahiye Pune 18000 pm",
    "hi",
    "namaste",
    "moved to Thane",
    "skip",
    "   ",
    "₹₹₹ 𐹦𐹧 ① ² ٣ ৪ 🚀🚀",
    "Registration fee Rs 500, earn 50000 per week from home, WhatsApp 98200 12345",
    "<script>alert(1)</script> http://x.example",
    "a" * 5000,
    "\u202e\u200b\x00 weird",
]
COMMANDS = ["start", "profile", "matches", "post", "mygigs", "alerts", "stop", "language", "delete", "help"]
COMMANDS += ["review", "cancel", "nonsense", "start@gigmatch_test_bot", "matches 99999"]
VERBS = ["profile", "matches", "int", "send", "hide", "sl", "dc", "fw", "inv", "gig", "mygigs", "post"]
VERBS += ["review", "role", "delete", "lang", "alerts", "help", "noop", "zzz", ""]
ARGS = [
    "",
    "0",
    "1",
    "2",
    "-1",
    "7",
    "99999999999999999999999",
    "abc",
    "c",
    "p",
    "publish",
    "yes",
    "en",
    "xx",
]
ARGS += ["mode", "time", "instant", "25:00", "19:00", "filled", "change", "approve", "save", "employer"]
GROUP = -100777
SETTLE_SECONDS = 0.15
# A private update with no message back within this long counts as silent (a busy machine is slow, not mute).
SILENT_AFTER_SECONDS = 30.0


@dataclass
class Report:
    """What a fuzz run saw."""

    updates: int = 0
    private_updates: int = 0
    silent: int = 0
    tracebacks: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    silent_examples: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """Return the figures, latency in milliseconds."""
        ordered = sorted(self.latencies) or [0.0]
        return {
            "updates": self.updates,
            "private_updates": self.private_updates,
            "tracebacks": self.tracebacks,
            "silent_updates": self.silent,
            "p50_reply_ms": round(1000 * statistics.median(ordered)),
            "p95_reply_ms": round(1000 * ordered[int(0.95 * (len(ordered) - 1))]),
            "updates_per_second": round(self.updates / self.seconds, 1) if self.seconds else 0.0,
            "silent_examples": self.silent_examples[:10],
        }


class _Failures(logging.Handler):
    """Count the records of updates that raised."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _button_data(rng: random.Random, server: FakeTelegramServer, user_id: int) -> str:
    """Return a real button of the user's (half the time) or forged data."""
    real = [data for message in server.sent_to(user_id) for data in message["buttons"]]
    if real and rng.random() < 0.5:
        return rng.choice(real)
    return ":".join([rng.choice(VERBS), *rng.choices(ARGS, k=rng.randint(0, 3))])


def _push(rng: random.Random, server: FakeTelegramServer, user_id: int, sent: list[int]) -> tuple[str, bool]:
    """Push one random update; return its kind and whether it is private (so it must be answered)."""
    kind: str = rng.choice(["text", "text", "command", "button", "button", "contact", "location", "sticker"])
    kind = rng.choice([kind, kind, kind, "photo", "edit", "group", "group_edit"])
    if kind == "text":
        text = rng.choice(TEXTS)
        sent.append(server.push_text(user_id, text, username=rng.choice([None, f"u{user_id}"])))
        return f"text {text[:20]!r}", True
    elif kind == "command":
        name, _, args = rng.choice(COMMANDS).partition(" ")
        server.push_command(user_id, name, args)
    elif kind == "button":
        messages = server.sent_to(user_id)
        if not messages:
            server.push_command(user_id, "start")
            return "command", True
        server.push_callback(user_id, _button_data(rng, server, user_id), rng.choice(messages)["message_id"])
    elif kind == "contact":
        server.push_contact(user_id, f"+91 9{rng.randrange(10**8, 10**9)}")
    elif kind == "location":
        server.push_location(user_id, rng.uniform(-90, 90), rng.uniform(-180, 180))
    elif kind == "sticker":
        server.push_sticker(user_id)
    elif kind == "photo":
        caption = rng.choice([None, *TEXTS])
        server.push_photo(user_id, caption)
        return f"photo {caption and caption[:20]!r}", True
    elif kind == "edit" and sent:
        server.push_edited_text(user_id, rng.choice(sent), rng.choice(TEXTS))
    elif kind == "group_edit":
        group_message = server.push_group_text(user_id, GROUP, rng.choice(TEXTS))
        server.push_edited_text(user_id, group_message, rng.choice(TEXTS))
        return kind, False
    else:
        server.push_group_text(user_id, GROUP, rng.choice(TEXTS))
        return "group", False
    return kind, True


async def _settled(server: FakeTelegramServer, chat_id: int, count: int, timeout: float) -> float | None:
    """Wait for a first new message to a chat, then for the turn's messages to stop; return the latency."""
    started = time.monotonic()
    while len(server.sent_to(chat_id)) <= count:
        if time.monotonic() - started > timeout:
            return None
        await asyncio.sleep(0.01)
    latency = time.monotonic() - started
    seen = len(server.sent_to(chat_id))
    while True:
        await asyncio.sleep(SETTLE_SECONDS)
        now = len(server.sent_to(chat_id))
        if now == seen:
            return latency
        seen = now


async def _user(
    rng: random.Random, server: FakeTelegramServer, user_id: int, updates: int, report: Report
) -> None:
    sent: list[int] = []
    for _ in range(updates):
        chat = user_id
        before = len(server.sent_to(chat))
        group_before = len(server.sent_to(GROUP))
        kind, private = _push(rng, server, user_id, sent)
        report.updates += 1
        if not private:
            await _settled(server, GROUP, group_before, timeout=SILENT_AFTER_SECONDS)
            continue
        report.private_updates += 1
        latency = await _settled(server, chat, before, timeout=SILENT_AFTER_SECONDS)
        if latency is None:
            report.silent += 1
            report.silent_examples.append(kind)
        else:
            report.latencies.append(latency)


async def fuzz(data_dir: Path, *, users: int, updates: int, seed: int, **settings: Any) -> Report:
    """Run the bot on a fresh data folder and fuzz it; return what was seen."""
    server = FakeTelegramServer().start()
    failures = _Failures()
    logging.getLogger().addHandler(failures)
    report = Report()
    try:
        async with running_bot(make_settings(data_dir, server, GIGMATCH_ADMIN_IDS=[1000], **settings)):
            started = time.monotonic()
            await asyncio.gather(
                *(
                    _user(random.Random(seed * 1000 + n), server, 1000 + n, updates, report)
                    for n in range(users)
                )
            )
            report.seconds = time.monotonic() - started
    finally:
        logging.getLogger().removeHandler(failures)
        server.stop()
    report.tracebacks = failures.count
    return report


def main() -> None:
    """Run one fuzz pass from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--updates", type=int, default=50, help="updates per user")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = asyncio.run(fuzz(Path(folder), users=args.users, updates=args.updates, seed=args.seed))
    summary = report.summary()
    print(
        json.dumps(summary) if args.json else "\n".join(f"{key}: {value}" for key, value in summary.items())
    )


if __name__ == "__main__":
    main()
