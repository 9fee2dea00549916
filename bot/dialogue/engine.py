"""The conversation engine: takes what a user did, decides the turn, returns the replies."""

from __future__ import annotations

import logging
from dataclasses import replace

from app.services import Services
from bot.dialogue import account, applications, intake, interview, matching, outcomes, posting, reports
from bot.dialogue.callbacks import unpack
from bot.dialogue.messages import Incoming, InputKind, Reply
from bot.dialogue.routes import Router
from bot.dialogue.state import GigWork, SharingContact, load_state
from bot.dialogue.turn import UNDO_KEY, Reading, Turn
from bot.i18n import guess_language, translate
from core.locks import UserLocks
from understanding.base import message_budget
from understanding.protected import volunteers_protected

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000
GRID_DECIMALS = 2  # shared locations are stored to 0.01° (~1.1 km)
COMMANDS: dict[str, str] = {
    "start": "command.start",
    "profile": "command.profile",
    "matches": "command.matches",
    "applications": "command.applications",
    "post": "command.post",
    "mygigs": "command.mygigs",
    "alerts": "command.alerts",
    "stop": "command.stop",
    "language": "command.language",
    "delete": "command.delete",
    "help": "command.help",
}

ROUTES = Router().include(
    intake.router,
    interview.router,
    posting.router,
    matching.router,
    applications.router,
    outcomes.router,
    reports.router,
    account.router,
)


class Dialogue:
    """Turns an `Incoming` into replies; all state lives in SQLite, so any process can continue."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.locks = UserLocks()

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Answer one input; never raises for anything a user can send."""
        if incoming.kind is InputKind.GROUP:
            language = guess_language(incoming.text, incoming.language_code) or "en"
            return [Reply(translate(language, "group.unsupported"))]
        async with self.locks.hold(incoming.user_id):
            turn = await self._start_turn(incoming)
            with message_budget(self.services.settings.llm_budget_seconds):
                await self._route(turn)
            return turn.replies

    async def _start_turn(self, incoming: Incoming) -> Turn:
        store = self.services.store
        text = incoming.text if incoming.kind is InputKind.TEXT else ""
        guessed = guess_language(text, incoming.language_code)
        # The language passed here applies to a new user only; existing users change it below, if at all.
        user = await store.upsert_user(incoming.user_id, incoming.chat_id, incoming.username, guessed or "en")
        # Telegram's language_code picks a new user's language; after that only what they write changes it.
        said = guess_language(text, None)
        if said and said != user.language and not user.language_locked:
            await store.set_language(user.id, said, locked=False)
            user = replace(user, language=said)
        turn = Turn(self.services, user, incoming)
        conversation = await store.get_conversation(user.id)
        if conversation is not None:
            state = load_state(conversation.state, conversation.data)
            if state is None:
                # Saved by an older version in a shape this one cannot read: start afresh, and say so.
                await turn.clear_state()
                turn.say(turn.t("state.reset"))
            else:
                turn.state = turn.started = state
                undo = conversation.data.get(UNDO_KEY)
                turn.undo = undo if isinstance(undo, dict) else None
        return turn

    async def _route(self, turn: Turn) -> None:
        incoming = turn.incoming
        match incoming.kind:
            case InputKind.COMMAND:
                command = ROUTES.commands.get(incoming.text.lower())
                if command is None:
                    turn.say(turn.t("command.unknown"))
                else:
                    await command(turn)
            case InputKind.BUTTON:
                callback = unpack(incoming.text)
                route = ROUTES.buttons.get(type(callback)) if callback is not None else None
                if route is None or not route.applies_in(turn.state.state):
                    turn.expired()
                    await intake.show_where_they_are(turn)
                else:
                    await route.handler(turn, callback)
            case InputKind.TEXT:
                await self._on_text(turn, incoming.text[:MAX_TEXT_CHARS])
            case InputKind.CONTACT if isinstance(turn.state, SharingContact) and incoming.phone:
                await matching.on_contact(turn, turn.state, incoming.phone)
            case InputKind.CONTACT:
                turn.say(turn.t("contact.not_needed"))
            case InputKind.LOCATION:
                await self._on_location(turn)
            case InputKind.EDITED:
                turn.say(turn.t("edits.unsupported"))
            case _:
                turn.say(turn.t("media.unsupported"))

    async def _on_text(self, turn: Turn, text: str) -> None:
        if not text.strip():
            turn.say(turn.t("text.empty"))
            return
        route = ROUTES.texts[turn.state.state]
        reading = Reading(self.services, text, route.kind)
        if await intake.hear(turn, reading):
            return
        await route.handler(turn, reading)
        if volunteers_protected(text) and not isinstance(turn.state, GigWork):
            # Said once, kindly; the words were already left out of everything read (protected.py).
            turn.say(turn.t("protected.not_needed"))

    async def _on_location(self, turn: Turn) -> None:
        profile = await self.services.store.get_profile(turn.user.id)
        if profile is None or turn.incoming.latitude is None:
            turn.say(turn.t("location.need_profile"))
            return
        # Kept to a grid cell of about a kilometre: enough to order gigs, too coarse to find a home.
        lat, lon = (
            round(value, GRID_DECIMALS) for value in (turn.incoming.latitude, turn.incoming.longitude or 0)
        )
        updated = profile.model_copy(update={"lat": lat, "lon": lon})
        await self.services.profiles.save(updated)
        turn.say(turn.t("location.saved"))
