"""The way in, and what works from anywhere: /start, role, free text, and the universal words.

Universal words ("help", "cancel", "ruko", "wapas", "undo", "start over", "talk to a person") and a
clear "I am looking for work" / "I want to hire" are heard in every state, before any flow reads the
message; the words live in understanding/data/lexicon.json.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.dialogue import account, applications, interview, posting
from bot.dialogue.callbacks import (
    ChooseRole,
    Dismiss,
    Help,
    KeepIt,
    ProfileRecord,
    ShowMatches,
    StartProfile,
)
from bot.dialogue.matching import record_buttons, set_record_sharing, show_matches
from bot.dialogue.messages import Button
from bot.dialogue.render import profile_card
from bot.dialogue.routes import Router
from bot.dialogue.state import (
    ChoosingRole,
    ConfirmingDelete,
    ConfirmProfile,
    GigDraft,
    GigEdit,
    GigWork,
    Idle,
    Interview,
    State,
    StateData,
    load_state,
)
from bot.dialogue.turn import Reading, Turn
from bot.i18n import translate
from core.models import TextKind
from understanding.lexicon import mentions, says_only

router = Router()
UNDO_SECONDS = 600  # "undo" reaches back this far; later the step it would restore is stale
MAX_FORWARDED_CHARS = 500


@router.command("start")
async def on_start(turn: Turn) -> None:
    """Welcome a new user, a returning worker, or one halfway through their profile."""
    if await turn.services.store.get_profile(turn.user.id) is not None:
        turn.say(turn.t("start.welcome_back"), interview.profile_buttons(turn))
    elif turn.state.state in (State.INTERVIEW, State.CONFIRM_PROFILE):
        turn.say(turn.t("start.continue"))
    else:
        turn.say(turn.t("start.welcome"), role_buttons(turn))


@router.command("profile")
async def on_profile(turn: Turn) -> None:
    """Show the worker's profile, or the draft they have not saved yet, with what they can do next."""
    profile = await turn.services.store.get_profile(turn.user.id)
    if profile is not None:
        card = profile_card(turn.lang, profile) + "\n\n" + turn.t("profile.how_to_change")
        confirmed = await turn.services.store.worker_record(turn.user.id)
        if confirmed:
            key = "profile.record_on" if turn.user.shares_record else "profile.record_off"
            card += "\n\n" + turn.t(key, gigs=confirmed)
        switch = record_buttons(turn, confirmed, ProfileRecord(on="y"), ProfileRecord(on="n"))
        turn.say(card, interview.profile_buttons(turn) + switch)
    elif not await interview.show_waiting_draft(turn):
        turn.say(turn.t("profile.none"), [[turn.button("button.start_profile", StartProfile())]])


@router.button(ProfileRecord)
async def on_profile_record(turn: Turn, button: ProfileRecord) -> None:
    """Switch the record on the cards the worker sends, from /profile, and show the profile again."""
    await set_record_sharing(turn, button.shares)
    await on_profile(turn)


@router.command("help")
async def on_help(turn: Turn) -> None:
    """Say what the bot does and how to use it."""
    turn.say(turn.t("help.text"))


@router.button(Help)
async def on_help_button(turn: Turn, button: Help) -> None:
    """Explain a topic (sharing a location) or everything."""
    turn.say(turn.t("help.location") if button.topic == "location" else turn.t("help.text"))


@router.command("cancel")
@router.button(Dismiss)
async def on_cancel(turn: Turn, _button: Dismiss | None = None) -> None:
    """Leave whatever the user was doing."""
    await turn.clear_state()
    turn.say(turn.t("cancelled"))


@router.button(KeepIt)
async def on_keep(turn: Turn, _button: KeepIt) -> None:
    """Answer No to a confirmation."""
    turn.say(turn.t("confirm.kept"))


@router.text(State.IDLE, State.CHOOSE_ROLE, State.SHARE_CONTACT, State.CONFIRM_DELETE, kind=None)
async def on_free_text(turn: Turn, reading: Reading) -> None:
    """Decide whether a message outside any flow is a view's name, a gig, a self-description, a correction."""
    if await applications.show_typed_view(turn, reading.text):
        return
    profile = await turn.services.store.get_profile(turn.user.id)
    # A worker's message is most likely about their profile: read it as theirs ("can also travel to X").
    reading = reading.read_as("worker") if profile is not None else reading
    extraction = await reading.extraction()
    newcomer = profile is None and not await turn.services.store.gigs_of(turn.user.id)
    if extraction.intent == "gig" and newcomer and not mentions("gig_strong_cues", reading.text):
        # A first message that only reads like a post ("electrician, Goregaon, 700/day") may be a
        # worker describing themselves: ask instead of guessing.
        await ask_role(turn, reading.text)
    elif extraction.intent == "gig":
        await posting.start(turn, reading.read_as("gig" if profile is not None else None))
    elif profile is not None and await interview.correct_profile(turn, reading, profile):
        return
    elif extraction.intent == "worker":
        await interview.answer(turn, reading)
    elif extraction.skills or extraction.city or extraction.pay:
        await ask_role(turn, reading.text)
    elif profile is None:
        # "hi", "namaste" from someone new: greet and offer the two ways in.
        turn.say(turn.t("start.welcome"), role_buttons(turn))
    else:
        turn.say(turn.t("text.not_understood"))


async def ask_role(turn: Turn, text: str) -> None:
    """Keep the message and ask whether it is about the writer's own work or someone they hire."""
    await turn.save_state(ChoosingRole(text=text))
    turn.say(turn.t("role.ask"), role_buttons(turn))


@router.button(ChooseRole)
async def on_role(turn: Turn, button: ChooseRole) -> None:
    """Go on as an employer or a worker, with the message that made us ask, if any."""
    pending = turn.state.text if isinstance(turn.state, ChoosingRole) else ""
    if button.role == "employer":
        if pending:
            await posting.start(turn, Reading(turn.services, pending, "gig"))
        else:
            await posting.begin(turn)
    elif pending:
        await interview.answer(turn, Reading(turn.services, pending, "worker"))
    else:
        await interview.begin(turn)


async def show_where_they_are(turn: Turn) -> None:
    """Show the view the user is in now (after a button that no longer applies, "help", "undo")."""
    state = turn.state
    if isinstance(state, ConfirmProfile):
        await interview.show_for_confirmation(turn, state.draft, state.said)
    elif isinstance(state, Interview):
        await interview.ask_again(turn, state)
    elif isinstance(state, GigEdit) and state.text:
        # A draft waiting for changes is shown again as the draft, with its buttons.
        await turn.save_state(state.drafting())
        await posting.show_waiting_draft(turn)
    elif isinstance(state, GigDraft) and state.text:
        await posting.show_waiting_draft(turn)
    elif isinstance(state, GigEdit):
        turn.say(turn.t("post.ask"))
    elif isinstance(state, ConfirmingDelete):
        await account.ask_delete(turn)
    elif isinstance(state, ChoosingRole):
        turn.say(turn.t("role.ask"), role_buttons(turn))
    else:
        await on_start(turn)


def role_buttons(turn: Turn) -> list[list[Button]]:
    """Ask whether the user looks for work or hires."""
    return [
        [
            turn.button("button.find_work", ChooseRole(role="worker")),
            turn.button("button.hire", ChooseRole(role="employer")),
        ]
    ]


# --- heard in every state -------------------------------------------------------------------------------


def universal_word(text: str) -> str | None:
    """Return which universal word the whole message is ("ruko" is cancel), if any."""
    return next((word for word in _UNIVERSAL if says_only(f"universal_words.{word}", text)), None)


def switch_to(text: str) -> TextKind | None:
    """Return the side a message clearly says the writer is on ("I am looking for work": worker)."""
    if mentions("intent_switch.worker", text):
        return "worker"
    if mentions("intent_switch.employer", text):
        return "gig"
    return None


def _side(state: StateData) -> TextKind | None:
    if isinstance(state, Interview | ConfirmProfile):
        return "worker"
    return "gig" if isinstance(state, GigWork) else None


async def hear(turn: Turn, reading: Reading) -> bool:
    """Answer a universal word or a change of side; False when the message is for the current flow."""
    word = universal_word(reading.text)
    if word is not None:
        await _UNIVERSAL[word](turn, reading)
        return True
    side = switch_to(reading.text)
    if side is None or side == _side(turn.state):
        return False
    await _switch(turn, side, reading)
    return True


async def _switch(turn: Turn, side: TextKind, reading: Reading) -> None:
    """Go on as a worker or as an employer, keeping what the person said so far."""
    state = turn.state
    earlier = state.said if isinstance(state, Interview | ConfirmProfile) else ""
    earlier = state.text if isinstance(state, GigWork | ChoosingRole) else earlier
    words = interview.joined(earlier, reading.text)
    switched = _side(state) is not None or isinstance(state, ChoosingRole)
    if side == "worker":
        if await turn.services.store.get_profile(turn.user.id) is not None:
            await turn.clear_state()
            await show_matches(turn, ShowMatches())
            return
        if switched:
            turn.say(turn.t("role.switched_to_worker"))
        await interview.answer(turn, Reading(turn.services, words, "worker"))
    else:
        if switched:
            turn.say(turn.t("role.switched_to_employer"))
        await posting.start(turn, Reading(turn.services, words, "gig"))


async def _help(turn: Turn, _reading: Reading) -> None:
    """Say what the bot needs now, then show that view with its buttons again."""
    if isinstance(turn.state, Idle):
        turn.say(turn.t("help.text"))
        await on_start(turn)
        return
    turn.say(turn.t(f"help.{turn.state.state.value}"))
    await show_where_they_are(turn)


async def _cancel(turn: Turn, _reading: Reading) -> None:
    if isinstance(turn.state, Idle):
        turn.say(turn.t("universal.nothing_to_cancel"), role_buttons(turn))
        return
    await on_cancel(turn)


async def _back(turn: Turn, reading: Reading) -> None:
    """Go one step back: from a card to saying what to change, else to the step before."""
    if isinstance(turn.state, ConfirmProfile):
        turn.say(turn.t("profile.what_to_change"))
    elif isinstance(turn.state, GigDraft) and not posting.missing_essentials(turn.state.draft):
        await posting.ask_edit(turn)
    else:
        await _undo(turn, reading)


async def _undo(turn: Turn, _reading: Reading) -> None:
    """Restore the step before the last change, if it is recent."""
    undo = turn.undo or {}
    at = undo.get("at")
    state, data = undo.get("state"), undo.get("data")
    before = load_state(state, data) if isinstance(state, str) and isinstance(data, dict) else None
    if before is None or not isinstance(at, int | float) or turn.now() - at > UNDO_SECONDS:
        turn.say(turn.t("universal.nothing_to_undo"))
        return
    await turn.save_state(before)
    turn.say(turn.t("universal.undone"))
    await show_where_they_are(turn)


async def _start_over(turn: Turn, _reading: Reading) -> None:
    await turn.clear_state()
    turn.say(turn.t("universal.start_over"))
    await on_start(turn)


async def _human(turn: Turn, reading: Reading) -> None:
    """Pass the message to the admins, who can write to the person."""
    admins = [
        admin
        for admin_id in turn.services.settings.admin_ids
        if (admin := await turn.services.store.get_user(admin_id)) is not None
    ]
    if not admins:
        turn.say(turn.t("universal.human_none"))
        return
    who = f"@{turn.user.username}" if turn.user.username else f"#{turn.user.id}"
    for admin in admins:
        text = translate(
            admin.language,
            "universal.human_to_admin",
            who=who,
            where=turn.state.state.value,
            text=reading.text[:MAX_FORWARDED_CHARS],
        )
        turn.tell(admin, text)
    turn.say(turn.t("universal.human_sent"))


_UNIVERSAL: dict[str, Callable[[Turn, Reading], Awaitable[None]]] = {
    "help": _help,
    "cancel": _cancel,
    "back": _back,
    "undo": _undo,
    "start_over": _start_over,
    "human": _human,
}
