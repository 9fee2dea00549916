"""The conversation engine: takes what a user did, decides the turn, returns the replies."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import replace

from app.services import Services
from bot.dialogue import account, applications, interview, matching, outcomes, posting, reports
from bot.dialogue.messages import Button, Incoming, InputKind, Reply
from bot.dialogue.render import profile_card
from bot.dialogue.turn import IDLE, Turn
from bot.i18n import guess_language, translate
from core.models import Extraction, GigStatus
from core.store import Conversation
from understanding.base import message_budget

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000
GRID_DECIMALS = 2  # shared locations are stored to 0.01° (~1.1 km)
MAX_ID = 2**62  # below SQLite's and Chroma's integer limits, above any id or offset we hand out
CHOOSE_ROLE = "choose_role"
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

Handler = Callable[[Turn, list[str], Conversation], Awaitable[None]]


class Dialogue:
    """Turns an `Incoming` into replies; all state lives in SQLite, so any process can continue."""

    def __init__(self, services: Services) -> None:
        self.services = services
        # Turns of one user run one at a time; different users never wait for each other.
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._commands: dict[str, Handler] = {
            "start": self._on_start,
            "profile": self._on_profile,
            "matches": lambda turn, _args, _c: matching.show_matches(turn, 0),
            "applications": lambda turn, _args, _c: applications.show_applications(turn),
            "post": lambda turn, _args, _c: posting.begin(turn),
            "mygigs": lambda turn, _args, _c: posting.my_gigs(turn),
            "review": lambda turn, _args, _c: posting.review_queue(turn),
            "alerts": lambda turn, _args, _c: account.alerts_menu(turn),
            "stop": lambda turn, _args, _c: account.stop(turn),
            "language": lambda turn, _args, _c: account.choose_language(turn),
            "delete": lambda turn, _args, _c: account.ask_delete(turn),
            "cancel": self._on_cancel,
            "help": lambda turn, _args, _c: self._help(turn, ""),
        }
        self._buttons: dict[str, Handler] = {
            "profile": self._on_profile_button,
            "matches": lambda turn, args, _: matching.show_matches(turn, _int(args, 0)),
            "int": lambda turn, args, _: matching.ask_consent(turn, _int(args, 0)),
            "send": self._on_send_button,
            "hide": lambda turn, args, _: matching.hide(turn, _int(args, 0)),
            "sl": lambda turn, args, _: matching.employer_decision(
                turn, _int(args, 0), _int(args, 1), shortlist=True
            ),
            "dc": lambda turn, args, _: matching.employer_decision(
                turn, _int(args, 0), _int(args, 1), shortlist=False
            ),
            "fw": lambda turn, args, _: matching.find_workers(turn, _int(args, 0)),
            "inv": lambda turn, args, _: matching.invite(turn, _int(args, 0), _int(args, 1)),
            "apps": lambda turn, _args, _c: applications.show_applications(turn),
            "wd": lambda turn, args, _: applications.withdraw(turn, _int(args, 0)),
            "ap": lambda turn, args, _: applications.show_applicants(turn, _int(args, 0)),
            "oc": lambda turn, args, _: outcomes.answer(turn, args),
            "rep": self._on_report_button,
            "gig": self._on_gig_button,
            "mygigs": lambda turn, _args, _c: posting.my_gigs(turn),
            "post": lambda turn, _args, _c: posting.begin(turn),
            "review": self._on_review_button,
            "role": self._on_role_button,
            "delete": self._on_delete_button,
            "lang": lambda turn, args, _: account.set_language(turn, args[0] if args else ""),
            "alerts": self._on_alerts_button,
            "help": lambda turn, args, _: self._help(turn, args[0] if args else ""),
            "noop": self._on_cancel,
        }

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Answer one input; never raises for anything a user can send."""
        if incoming.kind is InputKind.GROUP:
            language = guess_language(incoming.text, incoming.language_code) or "en"
            return [Reply(translate(language, "group.unsupported"))]
        async with self._locks[incoming.user_id]:
            turn = await self._start_turn(incoming)
            conversation = await self.services.store.get_conversation(incoming.user_id) or Conversation(
                IDLE, {}
            )
            with message_budget(self.services.settings.llm_budget_seconds):
                await self._route(turn, conversation)
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
        return Turn(self.services, user, incoming)

    async def _route(self, turn: Turn, conversation: Conversation) -> None:
        incoming = turn.incoming
        match incoming.kind:
            case InputKind.COMMAND:
                await self._on_command(turn, incoming.text.lower(), conversation)
            case InputKind.BUTTON:
                verb, *args = incoming.text.split(":")
                handler = self._buttons.get(verb)
                if handler is None:
                    await self._expired(turn, conversation)
                else:
                    await handler(turn, args, conversation)
            case InputKind.TEXT:
                await self._on_text(turn, incoming.text[:MAX_TEXT_CHARS], conversation)
            case InputKind.CONTACT if conversation.state == matching.SHARE_CONTACT and incoming.phone:
                await matching.on_contact(turn, conversation.data, incoming.phone)
            case InputKind.CONTACT:
                turn.say(turn.t("contact.not_needed"))
            case InputKind.LOCATION:
                await self._on_location(turn)
            case InputKind.EDITED:
                turn.say(turn.t("edits.unsupported"))
            case _:
                turn.say(turn.t("media.unsupported"))

    async def _on_command(self, turn: Turn, command: str, conversation: Conversation) -> None:
        handler = self._commands.get(command)
        if handler is None:
            turn.say(turn.t("command.unknown"))
        else:
            await handler(turn, [], conversation)

    async def _on_start(self, turn: Turn, _args: list[str], conversation: Conversation) -> None:
        if await self.services.store.get_profile(turn.user.id) is not None:
            turn.say(turn.t("start.welcome_back"), interview.profile_buttons(turn))
        elif conversation.state in (interview.INTERVIEW, interview.CONFIRM_PROFILE):
            turn.say(turn.t("start.continue"))
        else:
            turn.say(turn.t("start.welcome"), _role_buttons(turn))

    async def _on_profile(self, turn: Turn, _args: list[str], _conversation: Conversation) -> None:
        profile = await self.services.store.get_profile(turn.user.id)
        if profile is None:
            turn.say(turn.t("profile.none"), [[turn.button("button.start_profile", "profile:start")]])
        else:
            card = profile_card(turn.lang, profile) + "\n\n" + turn.t("profile.how_to_change")
            turn.say(card, interview.profile_buttons(turn))

    async def _help(self, turn: Turn, topic: str) -> None:
        turn.say(turn.t("help.location") if topic == "location" else turn.t("help.text"))

    async def _on_text(self, turn: Turn, text: str, conversation: Conversation) -> None:
        if not text.strip():
            turn.say(turn.t("text.empty"))
            return
        state, data = conversation.state, conversation.data
        if state == interview.INTERVIEW:
            await interview.answer(turn, text, data)
        elif state == interview.CONFIRM_PROFILE:
            await interview.correct_draft(turn, text, data)
        elif state in (posting.GIG_DRAFT, posting.GIG_EDIT):
            await posting.add_details(turn, text, data)
        else:
            await self._on_free_text(turn, text)

    async def _on_free_text(self, turn: Turn, text: str) -> None:
        """Decide whether a message outside any flow is a gig, a self-description, or a correction."""
        services = self.services
        reading = await services.understanding.extract(text, None)
        profile = await services.store.get_profile(turn.user.id)
        if reading.intent == "gig":
            await posting.start(turn, text)
        elif profile is not None and await interview.correct_profile(turn, text, profile):
            return
        elif reading.intent == "worker":
            await interview.answer(turn, text, {})
        elif reading.skills or reading.city or reading.pay:
            await turn.save_state(CHOOSE_ROLE, {"text": text})
            turn.say(turn.t("role.ask"), _role_buttons(turn))
        elif profile is None:
            # "hi", "namaste" from someone new: greet and offer the two ways in.
            turn.say(turn.t("start.welcome"), _role_buttons(turn))
        else:
            turn.say(turn.t("text.not_understood"))

    async def _on_role_button(self, turn: Turn, args: list[str], conversation: Conversation) -> None:
        pending = str(conversation.data.get("text") or "") if conversation.state == CHOOSE_ROLE else ""
        role = args[0] if args else ""
        if role == "employer":
            await (posting.start(turn, pending) if pending else posting.begin(turn))
        elif pending:
            await interview.answer(turn, pending, {})
        else:
            await interview.begin(turn)

    async def _on_profile_button(self, turn: Turn, args: list[str], conversation: Conversation) -> None:
        action = args[0] if args else ""
        if action == "start":
            await interview.begin(turn)
        elif conversation.state != interview.CONFIRM_PROFILE:
            await self._expired(turn, conversation)
        elif action == "save":
            await interview.save(turn, conversation.data)
        else:
            await interview.ask_change(turn, conversation.data)

    async def _on_send_button(self, turn: Turn, args: list[str], _conversation: Conversation) -> None:
        gig_id = _int(args, 0)
        with_contact = len(args) > 1 and args[1] == "c"
        contact = matching.contact_of(turn.user) if with_contact else None
        await matching.send_interest(turn, gig_id, contact=contact or None)

    async def _on_gig_button(self, turn: Turn, args: list[str], conversation: Conversation) -> None:
        action = args[0] if args else ""
        if action in ("filled", "cancel"):
            status = GigStatus.FILLED if action == "filled" else GigStatus.CANCELLED
            await posting.close(turn, _int(args, 1), status)
        elif action == "change":
            await posting.edit_published(turn, _int(args, 1))
        elif conversation.state != posting.GIG_DRAFT:
            await self._expired(turn, conversation)
        elif action == "publish":
            await posting.publish(turn, conversation.data)
        elif action == "publish_low":
            await posting.publish(turn, conversation.data, accept_low_pay=True)
        elif action == "edit":
            await posting.ask_edit(turn, conversation.data)
        else:
            await posting.discard(turn)

    async def _on_report_button(self, turn: Turn, args: list[str], _conversation: Conversation) -> None:
        if len(args) > 1:
            await reports.report(turn, _int(args, 0), args[1])
        else:
            await reports.ask_reason(turn, _int(args, 0))

    async def _on_review_button(self, turn: Turn, args: list[str], _conversation: Conversation) -> None:
        action = args[0] if args else "list"
        if action in ("approve", "reject"):
            await posting.decide(turn, _int(args, 1), approve=action == "approve")
        else:
            await posting.review_queue(turn)

    async def _on_delete_button(self, turn: Turn, args: list[str], conversation: Conversation) -> None:
        action = args[0] if args else ""
        if action == "ask":
            await account.ask_delete(turn)
        elif action == "yes" and conversation.state == account.CONFIRM_DELETE:
            await account.delete_everything(turn)
        elif action == "yes":
            await self._expired(turn, conversation)
        else:
            await account.keep(turn)

    async def _on_alerts_button(self, turn: Turn, args: list[str], _conversation: Conversation) -> None:
        action = args[0] if args else "menu"
        if action == "mode":
            await account.set_alert_mode(turn, args[1] if len(args) > 1 else "")
        elif action == "time":
            await account.set_alert_time(turn, ":".join(args[1:]))
        else:
            await account.alerts_menu(turn)

    async def _expired(self, turn: Turn, conversation: Conversation) -> None:
        """Say a button no longer applies, then show where the user is now."""
        turn.expired()
        state, data = conversation.state, conversation.data
        if state == interview.CONFIRM_PROFILE:
            await interview.show_for_confirmation(turn, Extraction.model_validate(data.get("draft") or {}))
        elif state == posting.GIG_DRAFT and data.get("draft"):
            await posting.show_draft(turn, data)
        elif state == account.CONFIRM_DELETE:
            await account.ask_delete(turn)
        else:
            await self._on_start(turn, [], conversation)

    async def _on_cancel(self, turn: Turn, _args: list[str], _conversation: Conversation) -> None:
        await turn.clear_state()
        turn.say(turn.t("cancelled"))

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


def _role_buttons(turn: Turn) -> list[list[Button]]:
    """Ask whether the user looks for work or hires."""
    return [[turn.button("button.find_work", "role:worker"), turn.button("button.hire", "role:employer")]]


def _int(args: list[str], position: int) -> int:
    """Read an id or offset from button data; anything no row can have (huge, negative, not a number) is 0."""
    try:
        value = int(args[position])
    except (IndexError, ValueError):
        return 0
    return value if 0 < value <= MAX_ID else 0
