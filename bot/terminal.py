"""The same dialogue in a terminal: no token, no key, on the embedded defaults."""

from __future__ import annotations

import asyncio
import time
from functools import partial

from rich.console import Console

from app.services import Services
from bot.dialogue.engine import Dialogue
from bot.dialogue.messages import Button, Incoming, InputKind, Reply
from bot.dialogue.outcomes import due_questions
from bot.digest import render_digest
from core.settings import Settings

TERMINAL_USER_ID = 1
_SWITCH_USER = "/as"


def parse_line(line: str, user_id: int, buttons: list[Button]) -> Incoming:
    """Read a typed line: a number presses a shown button, /cmd is a command, anything else is text."""
    stripped = line.strip()
    incoming = partial(Incoming, user_id=user_id, chat_id=user_id, username=f"user{user_id}")
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        button = buttons[int(stripped) - 1]
        if button.request_contact:
            # A terminal has no phone to share: a stand-in number shows what the employer would get.
            return incoming(kind=InputKind.CONTACT, phone=f"+91 90000 {user_id:05d}")
        return incoming(kind=InputKind.BUTTON, text=button.data)
    if stripped.startswith("/"):
        command, _, args = stripped[1:].partition(" ")
        return incoming(kind=InputKind.COMMAND, text=command, args=args)
    return incoming(kind=InputKind.TEXT, text=stripped)


class Screens:
    """What each simulated user has in front of them: the messages since their own last turn.

    On Telegram every user keeps the buttons of the messages they received; here each user's buttons are
    numbered in their own list, so a Shortlist sent to an employer is pressed by that employer after `/as`.
    """

    def __init__(self) -> None:
        self._replies: dict[int, list[Reply]] = {}

    def knows(self, user_id: int) -> bool:
        """Say whether this user has spoken or been written to in this session."""
        return user_id in self._replies

    def buttons(self, user_id: int) -> list[Button]:
        """Return the user's pressable buttons, in the order they are numbered."""
        return [button for reply in self._replies.get(user_id, []) for row in reply.buttons for button in row]

    def show_turn(self, console: Console, replies: list[Reply], speaker: int) -> None:
        """Print a turn's replies, the speaker's screen starting afresh, others' growing by what they got."""
        self._replies[speaker] = []
        for reply in replies:
            recipient = speaker if reply.chat_id is None else reply.chat_id
            if recipient != speaker:
                console.print(f"[dim]── message to user {recipient} (/as {recipient} to answer) ──[/dim]")
            first = len(self.buttons(recipient)) + 1
            self._replies.setdefault(recipient, []).append(reply)
            _print(console, reply, first)

    def show_screen(self, console: Console, user_id: int) -> None:
        """Print what the user has not answered yet, numbered as they will press it."""
        first = 1
        for reply in self._replies.get(user_id, []):
            _print(console, reply, first)
            first += sum(len(row) for row in reply.buttons)


def _print(console: Console, reply: Reply, first: int) -> None:
    """Print one message with its buttons numbered from ``first``."""
    console.print(f"[bold green]bot:[/bold green] {reply.text}", highlight=False)
    number = first
    for row in reply.buttons:
        labels = []
        for button in row:
            labels.append(f"[cyan][{number}][/cyan] {button.label}")
            number += 1
        console.print("     " + "   ".join(labels), highlight=False)


def switch_target(line: str) -> int | None:
    """Return N for a typed '/as N', else None."""
    command, _, rest = line.strip().partition(" ")
    target = rest.strip()
    return int(target) if command == _SWITCH_USER and target.isdigit() and int(target) > 0 else None


async def chat(settings: Settings) -> None:
    """Talk to the bot in this terminal until Ctrl-D."""
    console = Console()
    services = Services.build(settings, renderer=render_digest)
    console.print("[dim]Starting gigmatch (embedded SQLite + Chroma, offline understanding)...[/dim]")
    await services.initialize()
    dialogue = Dialogue(services)
    screens = Screens()

    async def turn(line: str, user_id: int) -> None:
        replies = await dialogue.handle(parse_line(line, user_id, screens.buttons(user_id)))
        # No scheduler runs here: outcome questions that fell due go out with the next answer.
        replies += await due_questions(services, time.time())
        screens.show_turn(console, replies, user_id)

    user_id = TERMINAL_USER_ID
    console.print(
        "[bold]gigmatch[/bold] in your terminal. Type as a worker or an employer would; "
        "type a number to press a button; /help for commands; "
        f"'{_SWITCH_USER} N' to speak as another user; Ctrl-D to quit.\n"
    )
    await turn("/start", user_id)
    try:
        while True:
            try:
                line = await asyncio.to_thread(input, f"you (user {user_id})> ")
            except EOFError:
                break
            target = switch_target(line)
            if target is not None:
                user_id = target
                console.print(f"[dim]now speaking as user {user_id}[/dim]")
                if screens.knows(user_id):
                    screens.show_screen(console, user_id)
                else:
                    # Someone new starts where a Telegram user would, so "1" means the menu's first choice.
                    await turn("/start", user_id)
            elif line.strip().startswith(_SWITCH_USER):
                console.print(f"[dim]type '{_SWITCH_USER} 2' to speak as user 2[/dim]")
            elif line.strip():
                await turn(line, user_id)
    finally:
        await services.shutdown()
        console.print("[dim]bye[/dim]")
