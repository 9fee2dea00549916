"""The worker's interview: ask only for what is missing, confirm, and keep the profile current."""

from __future__ import annotations

from bot.dialogue.callbacks import (
    AlertsMenu,
    AskDelete,
    ChangeProfile,
    Help,
    SaveProfile,
    ShowApplications,
    ShowMatches,
    StartProfile,
)
from bot.dialogue.messages import Button
from bot.dialogue.render import name_list, profile_card
from bot.dialogue.routes import Router
from bot.dialogue.state import ConfirmProfile, Interview, State
from bot.dialogue.turn import Reading, Turn
from core.models import Extraction, Profile
from retrieval.records import profile_from_extraction
from understanding.lexicon import mentions, says_only
from understanding.trades import get_trade_vocabulary

router = Router()

# Asked until answered (twice at most); without them a profile cannot be matched well.
REQUIRED_FIELDS = ("skills", "place", "pay")
# Asked only together with a required field, so a worker who said enough is never held up by them.
OPTIONAL_FIELDS = ("days",)
MAX_ASKS = 2


def merge(old: Extraction, new: Extraction, *, replace_skills: bool = False) -> Extraction:
    """Combine what the worker said before with what they just said; newer statements win."""
    merged = old.model_copy(deep=True)
    for name in Extraction.model_fields:
        value = getattr(new, name)
        if name in ("skills", "skill_families", "travel_cities", "languages", "languages_required"):
            keep = (
                []
                if (replace_skills and name in ("skills", "skill_families") and value)
                else getattr(old, name)
            )
            setattr(merged, name, list(dict.fromkeys([*keep, *value])))
        elif name in ("skills_removed", "travel_removed"):
            continue
        elif value is not None and value is not False:
            setattr(merged, name, value)
    merged.travel_cities = [city for city in merged.travel_cities if city != merged.city]
    return _without_denied(merged, new)


def says_nothing_new(before: Extraction, after: Extraction) -> bool:
    """Tell whether a message changed no field of a draft (how it reads, worker or post, is no field)."""
    return before.model_copy(update={"intent": None}) == after.model_copy(update={"intent": None})


def _without_denied(merged: Extraction, new: Extraction) -> Extraction:
    """Take off what the worker just said they no longer do or will not travel to."""
    if not (new.skills_removed or new.travel_removed):
        return merged
    trades = get_trade_vocabulary()
    kept = [
        skill
        for skill in merged.skills
        if not any(trades.relation(skill, d) == "same" for d in new.skills_removed)
    ]
    families = [family for skill in kept if (family := trades.family_of(skill))]
    return merged.model_copy(
        update={
            "skills": kept,
            "skill_families": list(dict.fromkeys(families)),
            "travel_cities": [city for city in merged.travel_cities if city not in new.travel_removed],
        }
    )


def extraction_from_profile(profile: Profile) -> Extraction:
    """Express a saved profile as a draft, so corrections merge into it like interview answers."""
    return Extraction(
        skills=profile.skills,
        skill_families=profile.skill_families,
        city=profile.city,
        locality=profile.locality,
        travel_cities=profile.travel_cities,
        remote=profile.remote_ok or None,
        pay=profile.min_pay,
        days=profile.days,
        hours=profile.hours,
        experience_years=profile.experience_years,
        languages=profile.languages,
    )


def missing_fields(draft: Extraction) -> list[str]:
    """Return the profile fields the worker has not told us yet."""
    missing = []
    if not draft.skills:
        missing.append("skills")
    if not draft.city and not draft.remote:
        missing.append("place")
    if draft.pay is None or draft.pay.amount is None:
        missing.append("pay")
    if not draft.days:
        missing.append("days")
    return missing


@router.button(StartProfile)
async def begin(turn: Turn, _button: StartProfile | None = None) -> None:
    """Open the interview with one question, or go on with a profile draft the worker already started."""
    state = turn.state
    if isinstance(state, ConfirmProfile):
        await show_for_confirmation(turn, state.draft, state.said)
    elif isinstance(state, Interview) and state.draft != Extraction():
        await next_step(turn, state)
    else:
        await turn.save_state(Interview())
        turn.say(turn.t("interview.open_question") + " " + _progress(turn, Extraction()))


@router.text(State.INTERVIEW, kind="worker")
async def answer(turn: Turn, reading: Reading) -> None:
    """Take the worker's words, then ask for what is still missing or show the card to confirm."""
    state = turn.state if isinstance(turn.state, Interview) else Interview()
    draft, asked = state.draft, dict(state.asked)
    if says_only("skip_words", reading.text):
        # "skip" answers the last question: count it as asked to the limit.
        asked = {name: MAX_ASKS for name in asked}
    else:
        draft = merge(draft, await reading.extraction())
    await next_step(turn, Interview(draft=draft, asked=asked, said=joined(state.said, reading.text)))


async def next_step(turn: Turn, state: Interview) -> None:
    """Ask for the next missing field (with the days when it is the pay), or show the card to confirm."""
    missing = missing_fields(state.draft)
    to_ask = [name for name in missing if name in REQUIRED_FIELDS and state.asked.get(name, 0) < MAX_ASKS]
    if not to_ask:
        await show_for_confirmation(turn, state.draft, state.said)
        return
    # One question at a time; the pay and the days are one thought ("800 a day, Mon-Sat").
    to_ask = to_ask[:1]
    if to_ask == ["pay"] and "days" in missing and "days" not in state.asked:
        to_ask.append("days")
    asked = {**state.asked, **{name: state.asked.get(name, 0) + 1 for name in to_ask}}
    await turn.save_state(state.model_copy(update={"asked": asked}))
    turn.say(await _question(turn, to_ask, state.draft) + " " + _progress(turn, state.draft))


async def ask_again(turn: Turn, state: Interview) -> None:
    """Ask the question the worker is on again, without counting it as asked once more."""
    missing = missing_fields(state.draft)
    waiting = [name for name in missing if name in REQUIRED_FIELDS and name in state.asked]
    if not waiting:
        turn.say(turn.t("interview.open_question") + " " + _progress(turn, state.draft))
        return
    turn.say(await _question(turn, waiting[:1], state.draft) + " " + _progress(turn, state.draft))


def _progress(turn: Turn, draft: Extraction) -> str:
    """Say how far the worker is: "(2 of 3)" while the second of the three needed fields is asked."""
    missing = [name for name in missing_fields(draft) if name in REQUIRED_FIELDS]
    step = len(REQUIRED_FIELDS) - len(missing) + 1
    return turn.t("progress", step=min(step, len(REQUIRED_FIELDS)), total=len(REQUIRED_FIELDS))


def joined(before: str, text: str) -> str:
    """Return a person's words so far with the new message after them."""
    return f"{before}\n{text}" if before else text


async def _question(turn: Turn, fields: list[str], draft: Extraction) -> str:
    written = await turn.services.understanding.interview_question(fields, draft, turn.lang)
    if written:
        return written
    lines = [turn.t(f"interview.ask_{name}") for name in fields]
    if draft.skills:
        lines.insert(0, turn.t("interview.got_skills", skills=name_list(turn.lang, "trade", draft.skills)))
    return "\n".join(lines)


async def show_for_confirmation(turn: Turn, draft: Extraction, said: str = "") -> None:
    """Show the card the worker is about to save, with Looks right / Change."""
    await turn.save_state(ConfirmProfile(draft=draft, said=said))
    profile = profile_from_extraction(turn.user.id, draft)
    turn.say(
        turn.t("profile.confirm_intro") + "\n\n" + profile_card(turn.lang, profile), _confirm_buttons(turn)
    )


def _confirm_buttons(turn: Turn) -> list[list[Button]]:
    return [[turn.button("button.looks_right", SaveProfile()), turn.button("button.change", ChangeProfile())]]


async def show_waiting_draft(turn: Turn) -> bool:
    """Show a profile draft that is not saved yet, with Continue; False when there is none."""
    state = turn.state
    if not isinstance(state, Interview | ConfirmProfile) or state.draft == Extraction():
        return False
    card = profile_card(turn.lang, profile_from_extraction(turn.user.id, state.draft))
    turn.say(
        turn.t("profile.draft_waiting") + "\n\n" + card,
        [[turn.button("button.continue", StartProfile())]],
    )
    return True


@router.text(State.CONFIRM_PROFILE, kind="worker")
async def correct_draft(turn: Turn, reading: Reading) -> None:
    """Apply a correction typed while the card waits for confirmation."""
    state = turn.state if isinstance(turn.state, ConfirmProfile) else ConfirmProfile()
    replace = mentions("replace_words", reading.text)
    updated = merge(state.draft, await reading.extraction(), replace_skills=replace)
    if says_nothing_new(state.draft, updated):
        # Off-topic ("what is the weather", "🙏"): say what is needed, with the buttons again.
        turn.say(turn.t("profile.need_answer"), _confirm_buttons(turn))
        return
    await show_for_confirmation(turn, updated, joined(state.said, reading.text))


async def correct_profile(turn: Turn, reading: Reading, profile: Profile) -> bool:
    """Apply "I also do AC repair now" or "moved to Thane" to a profile; False if nothing was understood."""
    extraction = await reading.extraction()
    draft = extraction_from_profile(profile)
    updated = merge(draft, extraction, replace_skills=mentions("replace_words", reading.text))
    if updated == draft:
        return False
    if extraction.city and extraction.city != profile.city and not extraction.locality:
        updated.locality = None  # a new city makes the old locality wrong
    await show_for_confirmation(turn, updated, reading.text)
    return True


@router.button(SaveProfile, when=State.CONFIRM_PROFILE)
async def save(turn: Turn, _button: SaveProfile) -> None:
    """Store the confirmed profile, index it, and offer matches."""
    draft = turn.state.draft if isinstance(turn.state, ConfirmProfile) else Extraction()
    existing = await turn.services.store.get_profile(turn.user.id)
    profile = profile_from_extraction(turn.user.id, draft)
    if existing is not None and existing.lat is not None and _same_place(existing, profile):
        # A location the worker shared is more precise than the gazetteer's locality; a move makes it stale.
        profile = profile.model_copy(update={"lat": existing.lat, "lon": existing.lon})
    profile = await turn.services.profiles.save(profile)
    await turn.clear_state()
    turn.say(
        turn.t("profile.saved") + "\n\n" + profile_card(turn.lang, profile),
        [[turn.button("button.show_gigs", ShowMatches())], [turn.button("button.alerts", AlertsMenu())]],
    )


def _same_place(before: Profile, after: Profile) -> bool:
    return (before.city, before.locality) == (after.city, after.locality)


@router.button(ChangeProfile, when=State.CONFIRM_PROFILE)
async def ask_change(turn: Turn, _button: ChangeProfile) -> None:
    """Invite the worker to say what is wrong, keeping the draft."""
    turn.say(turn.t("profile.what_to_change"))


def profile_buttons(turn: Turn) -> list[list[Button]]:
    """Buttons under /profile."""
    return [
        [
            turn.button("button.show_gigs", ShowMatches()),
            turn.button("button.share_location_help", Help(topic="location")),
        ],
        [
            turn.button("button.my_applications", ShowApplications()),
            turn.button("button.delete", AskDelete()),
        ],
    ]
