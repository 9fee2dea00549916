"""Measure the interview: how many turns each worker needs when their first message says what it says.

A worker record may carry "answers" (what this person says when asked for their work, place, pay or days) and
"expect" (their trade, city and pay): the simulated worker then answers each question the bot asks with those
words, in their language, and the saved profile is checked against what they said. Without answers every
question gets "skip".
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from app.services import Services
from bot.dialogue.engine import Dialogue
from bot.dialogue.messages import Incoming, InputKind, Reply
from bot.digest import render_digest
from bot.i18n import LANGUAGES, translate
from core.models import Profile
from core.settings import Settings
from understanding.trades import get_trade_vocabulary

SKIP = "skip"
MAX_TURNS = 10
QUESTIONS = ("skills", "place", "pay", "days")


def _has_button(replies: list[Reply], prefix: str) -> bool:
    return any(button.data.startswith(prefix) for reply in replies for row in reply.buttons for button in row)


async def run_interview_eval(workers_path: Path) -> dict[str, object]:
    """Feed each worker's text as their first message and answer the questions the bot asks."""
    workers = [
        json.loads(line) for line in workers_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    turns: dict[str, int] = {}
    checks: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir))
        async with Services.running(settings, renderer=render_digest) as services:
            dialogue = Dialogue(services)
            for number, worker in enumerate(workers, start=1):
                turns[worker["id"]] = await _turns_to_profile(dialogue, number, worker)
                profile = await services.store.get_profile(number)
                if "expect" in worker:
                    checks.update(_profile_checks(profile, worker["expect"]))
    distribution = Counter(turns.values())
    checked = sum(1 for worker in workers if "expect" in worker)
    return {
        "workers": len(turns),
        "turns": turns,
        "distribution": {str(count): distribution[count] for count in sorted(distribution)},
        "two_turns_share": round(distribution[2] / max(len(turns), 1), 3),
        "median_turns": sorted(turns.values())[len(turns) // 2] if turns else 0,
        "profiles_checked": checked,
        "right": {name: round(checks[name] / checked, 3) for name in ("saved", "trade", "city", "pay")}
        if checked
        else {},
    }


async def _turns_to_profile(dialogue: Dialogue, user_id: int, worker: dict[str, object]) -> int:
    def says(kind: InputKind, content: str) -> Incoming:
        return Incoming(user_id=user_id, chat_id=user_id, kind=kind, text=content)

    answers = worker.get("answers")
    await dialogue.handle(says(InputKind.COMMAND, "start"))
    await dialogue.handle(says(InputKind.BUTTON, "role:worker"))
    replies = await dialogue.handle(says(InputKind.TEXT, str(worker["text"])))
    turns = 1
    while not _has_button(replies, "profile:save") and turns < MAX_TURNS:
        reply = _answer(replies, answers) if isinstance(answers, dict) else SKIP
        replies = await dialogue.handle(says(InputKind.TEXT, reply))
        turns += 1
    await dialogue.handle(says(InputKind.BUTTON, "profile:save"))
    return turns + 1


def _answer(replies: list[Reply], answers: dict[str, str]) -> str:
    """Answer every question the replies ask, as this worker would; "skip" when none is recognised."""
    asked = " ".join(reply.text for reply in replies)
    said = [
        answers[field]
        for field in QUESTIONS
        if field in answers
        and any(translate(language, f"interview.ask_{field}") in asked for language in LANGUAGES)
    ]
    return ", ".join(said) if said else SKIP


def _profile_checks(profile: Profile | None, expect: dict[str, object]) -> list[str]:
    """Return which of the worker's facts the saved profile holds: saved, trade, city, pay."""
    if profile is None:
        return []
    right = ["saved"]
    trade = str(expect.get("trade", ""))
    trades = get_trade_vocabulary()
    # The profile names the worker's trade when a skill on it is that trade or a skill of the same kind.
    if trade and any(trades.relation(skill, trade) in ("same", "subgroup") for skill in profile.skills):
        right.append("trade")
    if expect.get("city") and profile.city == expect["city"]:
        right.append("city")
    pay = expect.get("pay")
    if isinstance(pay, dict) and profile.min_pay is not None and profile.min_pay.amount == pay.get("amount"):
        unit = "task" if pay.get("unit") in ("piece", "project") else pay.get("unit")
        if profile.min_pay.unit == unit:
            right.append("pay")
    return right


def print_interview_report(result: dict[str, object]) -> None:
    """Print the distribution of turns as a table."""
    table = Table(title=f"Turns to a confirmed profile ({result['workers']} workers)")
    table.add_column("turns")
    table.add_column("workers", justify="right")
    distribution = result["distribution"]
    assert isinstance(distribution, dict)
    for turns, count in distribution.items():
        table.add_row(turns, str(count))
    Console().print(table)
    Console().print(f"done in two turns (one message + one tap): {result['two_turns_share']:.0%}")
    Console().print(f"median turns (messages + the confirming tap): {result['median_turns']}")
    right = result.get("right")
    if isinstance(right, dict) and right:
        shares = ", ".join(f"{name} {share:.0%}" for name, share in right.items())
        Console().print(
            f"saved profiles that hold what the worker said ({result['profiles_checked']}): {shares}"
        )
