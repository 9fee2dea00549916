"""The same dialogue in a terminal: no token, no key, on the embedded defaults."""

from __future__ import annotations

import asyncio
import time
from functools import partial

from rich.console import Console

from bot.dialogue.engine import Dialogue
from bot.dialogue.messages import Button, Incoming, InputKind, Reply
from bot.dialogue.outcomes import due_questions
from bot.services import Services
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


def show(console: Console, replies: list[Reply], user_id: int) -> list[Button]:
    """Print replies; returns the buttons, numbered in the order shown."""
    buttons: list[Button] = []
    for reply in replies:
        if reply.chat_id is not None and reply.chat_id != user_id:
            console.print(f"[dim]── message to user {reply.chat_id} ──[/dim]")
        console.print(f"[bold green]bot:[/bold green] {reply.text}", highlight=False)
        for row in reply.buttons:
            labels = []
            for button in row:
                buttons.append(button)
                labels.append(f"[cyan][{len(buttons)}][/cyan] {button.label}")
            console.print("     " + "   ".join(labels), highlight=False)
    return buttons


async def chat(settings: Settings) -> None:
    """Talk to the bot in this terminal until Ctrl-D."""
    console = Console()
    services = Services.build(settings)
    console.print("[dim]Starting gigmatch (embedded SQLite + Chroma, offline understanding)...[/dim]")
    await services.initialize()
    dialogue = Dialogue(services)
    user_id = TERMINAL_USER_ID
    console.print(
        "[bold]gigmatch[/bold] in your terminal. Type as a worker or an employer would; "
        "type a number to press a button; /help for commands; "
        f"'{_SWITCH_USER} N' to speak as another user; Ctrl-D to quit.\n"
    )
    buttons = show(console, await dialogue.handle(parse_line("/start", user_id, [])), user_id)
    try:
        while True:
            try:
                line = await asyncio.to_thread(input, f"you (user {user_id})> ")
            except EOFError:
                break
            if line.startswith(_SWITCH_USER + " ") and line.split()[1].isdigit():
                user_id = int(line.split()[1])
                console.print(f"[dim]now speaking as user {user_id}[/dim]")
                buttons = []
                continue
            if not line.strip():
                continue
            replies = await dialogue.handle(parse_line(line, user_id, buttons))
            # No scheduler runs here: outcome questions that fell due go out with the next answer.
            replies += await due_questions(services, time.time())
            buttons = show(console, replies, user_id)
    finally:
        await services.shutdown()
        console.print("[dim]bye[/dim]")
