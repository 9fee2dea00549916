"""Declared routes: one button codec, one State, validated state data, a message read once, one clock."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, get_args, get_origin

import pytest

from app.services import Services
from bot.dialogue import callbacks
from bot.dialogue.callbacks import MAX_BYTES, MAX_ID, Callback, unpack
from bot.dialogue.engine import ROUTES, Dialogue
from bot.dialogue.messages import Incoming, InputKind
from bot.dialogue.state import State
from core.clock import FixedClock
from core.models import Extraction, Pay, TextKind
from core.settings import Settings
from retrieval.scoring import pay_ratio
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot
from understanding.base import OfflineOnly
from understanding.lexicon import lexicon
from understanding.offline import OfflineUnderstanding
from understanding.screening import GigScreener
from understanding.units import convert

EXPIRED = "This button has expired"
ROOT = Path(__file__).resolve().parents[1]


def _largest(kind: type[Callback]) -> Callback:
    """Build the longest data a button kind can carry: every id at its maximum."""
    values: dict[str, object] = {}
    for name, field in kind.model_fields.items():
        annotation = field.annotation
        choices = [
            a for arg in get_args(annotation) or [annotation] for a in get_args(arg) if isinstance(a, str)
        ]
        if annotation is int or int in get_args(annotation):
            values[name] = MAX_ID
        elif name == "time":
            values[name] = "21:00"
        elif name == "choice":
            values[name] = str(MAX_ID)
        elif name == "code":
            values[name] = "abc-Abcdefgh"
        elif choices or get_origin(annotation) is Literal:
            values[name] = max(choices or get_args(annotation), key=len)
        else:
            values[name] = "x" * 16
    return kind.model_validate(values)


def test_every_button_fits_telegram_and_reads_back_as_itself() -> None:
    kinds = callbacks.kinds()
    assert len(kinds) > 30
    for kind in kinds:
        button = _largest(kind)
        data = button.pack()
        assert len(data.encode()) <= MAX_BYTES, data
        assert unpack(data) == button, data


@pytest.mark.parametrize(
    "data",
    [
        "sl:0:5",  # no row has id 0: the old parser turned every bad id into 0
        "sl:abc:5",
        "sl:5",
        "sl:5:6:7",
        "hide:-3",
        "hide:+3",
        "hide: 3",
        "hide:٣",
        f"hide:{MAX_ID + 1}",
        "gig:publish:now",
        "oc:w:5:maybe",
        "rep:5:boring",
        "role:admin",
        "sl.2:5:6",  # a version this bot does not know
        "x" * 65,
        "",
    ],
)
def test_bad_forged_or_stale_data_reads_as_nothing(data: str) -> None:
    assert unpack(data) is None


def test_buttons_already_sent_keep_their_meaning() -> None:
    assert unpack("sl:12:34") == callbacks.Shortlist(gig_id=12, worker_id=34)
    assert unpack("alerts:time:19:00") == callbacks.AlertTime(time="19:00")
    assert unpack("rep:7") == callbacks.Report(gig_id=7)
    assert unpack("rep:7:money") == callbacks.Report(gig_id=7, reason="money")
    assert unpack("apps:0") == callbacks.ShowApplications()
    assert unpack("mygigs:list") == callbacks.MyGigs()


def test_the_route_table_covers_every_button_and_state() -> None:
    assert set(ROUTES.buttons) == set(callbacks.kinds())
    assert set(ROUTES.texts) == set(State)


async def test_forged_ids_get_the_expired_answer_over_http(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 781)
    worker = User(telegram_server, 581)
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need a cook in Indore for home, 9000 per month")
        await onboard(worker, "I am a cook, home food, Indore, 10000 per month")
        for data in (f"sl:{gig_id}:0", "hide:0", f"int:{gig_id}x", f"oc:e:{gig_id}:someone"):
            expired, view = await worker.forge(data, expect=2)
            assert EXPIRED in expired["text"], data
            assert "matches:0" in view["buttons"], data


async def test_an_old_state_row_falls_back_to_idle_with_a_word(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 582)
    async with running_bot(settings):
        await worker.command("start")
    # Rows an older bot wrote: a state that no longer exists, and a draft in a shape that no longer validates.
    for state, data in (("old_state", {}), ("confirm_profile", {"draft": {"skills": "wiring"}})):
        with sqlite3.connect(settings.database_path) as db:
            db.execute(
                "INSERT OR REPLACE INTO conversations (user_id, state, data, updated_at) VALUES (?, ?, ?, 0)",
                (worker.id, state, json.dumps(data)),
            )
        async with running_bot(settings):
            sorry, *rest = await worker.forge("profile:save", expect=3)
            texts = " ".join(m["text"] for m in rest)
            assert "lost track" in sorry["text"] and EXPIRED in texts
            assert "role:worker" in rest[-1]["buttons"]
        with sqlite3.connect(settings.database_path) as db:
            [(stored,)] = db.execute("SELECT state FROM conversations WHERE user_id = ?", (worker.id,))
        assert stored == "idle"


class CountingUnderstanding(OfflineOnly):
    """The real offline reader, counting how often a message is read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[tuple[str, TextKind | None]] = []

    async def extract(self, text: str, kind: TextKind | None) -> Extraction:
        self.reads.append((text, kind))
        return await super().extract(text, kind)


async def test_a_message_is_read_once_per_turn(tmp_path: Path) -> None:
    services = Services.build(Settings(GIGMATCH_DATA_DIR=tmp_path))
    counting = CountingUnderstanding()
    services.understanding = counting
    await services.initialize()
    try:
        dialogue = Dialogue(services)

        async def say(text: str) -> None:
            await dialogue.handle(Incoming(5, 5, InputKind.TEXT, text))

        await dialogue.handle(Incoming(5, 5, InputKind.BUTTON, "role:worker"))
        await say("electrician hu, house wiring, Andheri me rehta hu, 700 per day, 5 saal")
        await dialogue.handle(Incoming(5, 5, InputKind.BUTTON, "profile:save"))
        # Outside any flow, with a profile: the old engine read this three times (intent, correction, answer).
        counting.reads.clear()
        await say("I also do fan fitting now")
        assert counting.reads == [("I also do fan fitting now", "worker")]
    finally:
        await services.shutdown()


async def test_the_lock_table_keeps_only_users_with_a_turn(tmp_path: Path) -> None:
    services = Services.build(Settings(GIGMATCH_DATA_DIR=tmp_path))
    await services.initialize()
    try:
        dialogue = Dialogue(services)
        replies = await asyncio.gather(
            *(dialogue.handle(Incoming(uid, uid, InputKind.COMMAND, "help")) for uid in range(1, 41)),
            *(dialogue.handle(Incoming(7, 7, InputKind.COMMAND, "help")) for _ in range(5)),
        )
        assert all(replies)
        assert len(dialogue.locks) == 0
    finally:
        await services.shutdown()


def test_experience_counts_from_the_injected_clock() -> None:
    pinned = FixedClock(datetime(2031, 6, 1, tzinfo=UTC).timestamp())
    reading = OfflineUnderstanding(clock=pinned).extract("carpenter since 2015, Pune", "worker")
    assert reading.experience_years == 16.0


def test_one_unit_table_for_matching_and_the_wage_floor() -> None:
    assert convert(700, "day", "month") == 18200.0
    assert convert(18000, "month", "day") == pytest.approx(692.3, abs=0.1)
    assert convert(5, "task", "day") is None
    # Matching and the floor read the same table: ₹18,200/month is exactly ₹700/day to both.
    month, day = Pay(amount=18200, unit="month"), Pay(amount=700, unit="day")
    assert pay_ratio(month, day) == 1.0
    screener = GigScreener(700)
    floor = screener.floor_for(month, None)
    assert floor is not None and floor.amount == pytest.approx(18200)


def test_every_lexicon_key_is_read_by_the_code() -> None:
    sources = subprocess.run(
        ["git", "grep", "-h", "-e", "", "--", "understanding/*.py", "bot/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    unread = [key for key in lexicon() if f'"{key}"' not in sources and f'"{key}.' not in sources]
    assert unread == []
