"""Declared routes: each flow module lists its commands, buttons and texts beside its handlers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.dialogue.callbacks import Callback
from bot.dialogue.state import State
from bot.dialogue.turn import Reading, Turn
from core.models import TextKind

CommandHandler = Callable[[Turn], Awaitable[None]]
ButtonHandler = Callable[[Turn, Any], Awaitable[None]]
TextHandler = Callable[[Turn, Reading], Awaitable[None]]
# Decorators hand the function back unchanged, so one handler can carry a command and a button route.
F = TypeVar("F", bound=CommandHandler)
B = TypeVar("B", bound=ButtonHandler)
T = TypeVar("T", bound=TextHandler)


@dataclass(frozen=True)
class ButtonRoute:
    """A button kind's handler; with ``states``, it applies only while the conversation is in one."""

    handler: ButtonHandler
    states: frozenset[State] = frozenset()

    def applies_in(self, state: State) -> bool:
        return not self.states or state in self.states


@dataclass(frozen=True)
class TextRoute:
    """What answers text in a state, and as what the text is read (a worker's words, a gig post)."""

    handler: TextHandler
    kind: TextKind | None


@dataclass
class Router:
    """The routes of one flow module; the engine includes every module's router into one table."""

    commands: dict[str, CommandHandler] = field(default_factory=dict)
    buttons: dict[type[Callback], ButtonRoute] = field(default_factory=dict)
    texts: dict[State, TextRoute] = field(default_factory=dict)

    def command(self, *names: str) -> Callable[[F], F]:
        """Route /name (each name given) to the decorated handler."""

        def register(handler: F) -> F:
            for name in names:
                self._add(self.commands, name, handler)
            return handler

        return register

    def button(self, kind: type[Callback], *, when: State | tuple[State, ...] = ()) -> Callable[[B], B]:
        """Route a button kind to the decorated handler, only in the states ``when`` names (if any)."""
        states = frozenset((when,) if isinstance(when, State) else when)

        def register(handler: B) -> B:
            self._add(self.buttons, kind, ButtonRoute(handler, states))
            return handler

        return register

    def text(self, *states: State, kind: TextKind | None) -> Callable[[T], T]:
        """Route text typed in these states to the decorated handler, read as ``kind``."""

        def register(handler: T) -> T:
            for state in states:
                self._add(self.texts, state, TextRoute(handler, kind))
            return handler

        return register

    def include(self, *routers: Router) -> Router:
        """Add other routers' routes; a command, button kind or state routed twice is a bug."""
        for router in routers:
            for name, command in router.commands.items():
                self._add(self.commands, name, command)
            for kind, button in router.buttons.items():
                self._add(self.buttons, kind, button)
            for state, text in router.texts.items():
                self._add(self.texts, state, text)
        return self

    @staticmethod
    def _add(table: dict[Any, Any], key: object, value: object) -> None:
        if key in table:
            raise ValueError(f"{key!r} is routed twice")
        table[key] = value
