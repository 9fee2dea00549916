"""Measure the interview: how many turns each worker needs when their first message says what it says."""

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
from core.settings import Settings

SKIP = "skip"
MAX_TURNS = 10


def _has_button(replies: list[Reply], prefix: str) -> bool:
    return any(button.data.startswith(prefix) for reply in replies for row in reply.buttons for button in row)


async def run_interview_eval(workers_path: Path) -> dict[str, object]:
    """Feed each worker's text as their first message; answer every further question with "skip"."""
    workers = [
        json.loads(line) for line in workers_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir))
        async with Services.running(settings, renderer=render_digest) as services:
            dialogue = Dialogue(services)
            turns: dict[str, int] = {}
            for number, worker in enumerate(workers, start=1):
                turns[worker["id"]] = await _turns_to_profile(dialogue, number, worker["text"])
    distribution = Counter(turns.values())
    return {
        "workers": len(turns),
        "turns": turns,
        "distribution": {str(count): distribution[count] for count in sorted(distribution)},
        "two_turns_share": round(distribution[2] / max(len(turns), 1), 3),
    }


async def _turns_to_profile(dialogue: Dialogue, user_id: int, text: str) -> int:
    def says(kind: InputKind, content: str) -> Incoming:
        return Incoming(user_id=user_id, chat_id=user_id, kind=kind, text=content)

    await dialogue.handle(says(InputKind.COMMAND, "start"))
    await dialogue.handle(says(InputKind.BUTTON, "role:worker"))
    replies = await dialogue.handle(says(InputKind.TEXT, text))
    turns = 1
    while not _has_button(replies, "profile:save") and turns < MAX_TURNS:
        replies = await dialogue.handle(says(InputKind.TEXT, SKIP))
        turns += 1
    await dialogue.handle(says(InputKind.BUTTON, "profile:save"))
    return turns + 1


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
