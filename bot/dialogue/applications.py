"""Following applications: the worker's /applications with Withdraw, and each gig's applicants."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.dialogue.callbacks import (
    Decline,
    NowPaid,
    Shortlist,
    ShowApplicants,
    ShowApplications,
    ShowMatches,
    Withdraw,
)
from bot.dialogue.matching import InterestStatus, gig_buttons, show_matches
from bot.dialogue.messages import Button
from bot.dialogue.outcomes import UNPAID_ANSWERS, gig_title
from bot.dialogue.posting import my_gigs, own_gig
from bot.dialogue.render import anonymous_worker_card, gig_card, shared_card
from bot.dialogue.routes import Router
from bot.dialogue.turn import Turn
from bot.i18n import translate
from core.models import Gig, GigStatus
from core.store import Interest
from understanding.lexicon import says_only

MAX_LISTED = 10
router = Router()
# What the worker reads for each application; a closed gig says so over a standing that no longer matters.
STATE_KEYS: dict[str, str] = {
    "sent": "application.sent",
    "invited": "application.invited",
    "shortlisted": "application.shortlisted",
    "declined": "application.declined",
    "withdrawn": "application.withdrawn",
    "refused": "application.refused",
    "filled": "application.filled",
    "expired": "application.expired",
    "cancelled": "application.cancelled",
}
ANSWER_KEYS: dict[str, str] = {
    "paid": "application.answer_paid",
    "not_yet": "application.answer_not_yet",
    "unpaid": "application.answer_unpaid",
    "paid_less": "application.answer_paid_less",
}
# What the employer reads for an applicant.
APPLICANT_KEYS: dict[str, str] = {
    "interested": "applicants.new",
    "shortlisted": "applicants.shortlisted",
    "declined": "applicants.declined",
}
_CLOSING = {GigStatus.FILLED: "filled", GigStatus.EXPIRED: "expired", GigStatus.CANCELLED: "cancelled"}
_WITHDRAWABLE = {InterestStatus.INTERESTED, InterestStatus.SHORTLISTED}


def application_state(interest: Interest, gig: Gig) -> str:
    """Say where one application stands, from the worker's side."""
    if interest.status == InterestStatus.WITHDRAWN:
        return "withdrawn"
    if interest.status == InterestStatus.HIDDEN:
        return "refused"
    if interest.status in (InterestStatus.INVITED, InterestStatus.INTERESTED) and gig.status in _CLOSING:
        return _CLOSING[gig.status]
    return {"interested": "sent"}.get(interest.status, interest.status)


@router.command("applications")
@router.button(ShowApplications)
async def show_applications(turn: Turn, _button: ShowApplications | None = None) -> None:
    """List every gig the worker applied to or was invited to, with its state and what they can do."""
    store = turn.services.store
    items = await store.applications_of(turn.user.id)
    if not items:
        turn.say(turn.t("applications.none"), [[turn.button("button.show_gigs", ShowMatches())]])
        return
    answers = await store.outcome_answers(turn.user.id)
    turn.say(turn.t("applications.intro", count=len(items)))
    for interest, gig in items[:MAX_LISTED]:
        gig_id = gig.id or 0
        state = application_state(interest, gig)
        lines = [
            gig_card(turn.lang, gig, await store.employer_record(gig.employer_id)),
            turn.t("applications.state", state=turn.t(STATE_KEYS[state])),
        ]
        answer = answers.get(gig_id)
        if answer in ANSWER_KEYS:
            lines.append(turn.t(ANSWER_KEYS[answer]))
        buttons: list[list[Button]] = []
        if state == "invited":
            buttons = gig_buttons(turn.lang, gig_id)
        elif interest.status in _WITHDRAWABLE and gig.status is GigStatus.OPEN and answer is None:
            buttons = [[turn.button("button.withdraw", Withdraw(gig_id=gig_id))]]
        if answer in UNPAID_ANSWERS:
            buttons.append([turn.button("button.outcome_now_paid", NowPaid(gig_id=gig_id))])
        turn.say("\n".join(lines), buttons)


@router.button(Withdraw)
async def withdraw(turn: Turn, button: Withdraw) -> None:
    """Take back an application; the employer is told and no longer sees the worker's card."""
    store, gig_id = turn.services.store, button.gig_id
    interest = await store.get_interest(gig_id, turn.user.id)
    gig = await store.get_gig(gig_id)
    if gig is None or interest is None or interest.status not in _WITHDRAWABLE:
        turn.say(turn.t("applications.cannot_withdraw"))
        return
    await store.set_interest(gig_id, turn.user.id, InterestStatus.WITHDRAWN)
    turn.say(turn.t("applications.withdrawn"))
    employer = await store.get_user(gig.employer_id)
    if employer is not None and employer.active:
        lang = employer.language
        turn.tell(employer, translate(lang, "applicants.withdrew", gig=gig_title(lang, gig)))


@router.button(ShowApplicants)
async def show_applicants(turn: Turn, button: ShowApplicants) -> None:
    """Show an employer who applied to a gig (the cards they chose to send) and whom they invited."""
    store, gig_id = turn.services.store, button.gig_id
    gig = await own_gig(turn, gig_id)
    if gig is None:
        return
    interests = await store.interests_in(gig_id)
    if not interests:
        turn.say(turn.t("applicants.none", gig=gig_title(turn.lang, gig)))
        return
    turn.say(turn.t("applicants.intro", gig=gig_title(turn.lang, gig), count=len(interests)))
    for interest in interests[:MAX_LISTED]:
        text, buttons = await _applicant(turn, gig_id, interest)
        turn.say(text, buttons)


async def _applicant(turn: Turn, gig_id: int, interest: Interest) -> tuple[str, list[list[Button]]]:
    """Render one applicant or invited worker: only what the worker agreed to send is shown."""
    # An applicant's card is the one they sent; an invited worker's is the anonymous one Find workers showed.
    profile = interest.card or await turn.services.store.get_profile(interest.worker_id)
    invited = turn.t("applicants.you_invited") + "\n" if interest.invited else ""
    if interest.status == InterestStatus.WITHDRAWN or profile is None:
        return invited + turn.t("applicants.withdrawn"), []
    if interest.status in (InterestStatus.INVITED, InterestStatus.HIDDEN):
        key = "applicants.no_answer" if interest.status == InterestStatus.INVITED else "applicants.said_no"
        return invited + anonymous_worker_card(turn.lang, profile) + "\n" + turn.t(key), []
    contact = interest.contact or turn.t("interest.contact_not_shared")
    card = turn.t("applicants.card", card=shared_card(turn.lang, profile, interest.record), contact=contact)
    state = turn.t(APPLICANT_KEYS.get(interest.status, "applicants.new"))
    buttons: list[list[Button]] = []
    if interest.status == InterestStatus.INTERESTED:
        buttons = [
            [
                turn.button("button.shortlist", Shortlist(gig_id=gig_id, worker_id=interest.worker_id)),
                turn.button("button.decline", Decline(gig_id=gig_id, worker_id=interest.worker_id)),
            ]
        ]
    return invited + card + "\n" + state, buttons


# --- the same views, asked for in words ("shortlist", "I'm interested", "meri applications") ---------------


async def _typed_applications(turn: Turn) -> None:
    """Show the worker's applications; an employer with none who says "applications" means applicants."""
    store = turn.services.store
    if not await store.applications_of(turn.user.id) and await store.gigs_of(turn.user.id):
        await _typed_shortlist(turn)
    else:
        await show_applications(turn)


async def _typed_withdraw(turn: Turn) -> None:
    turn.say(turn.t("typed.withdraw"))
    await show_applications(turn)


async def _typed_interested(turn: Turn) -> None:
    turn.say(turn.t("typed.interested"))
    await show_matches(turn, ShowMatches())


async def _typed_shortlist(turn: Turn) -> None:
    """Show the applicants of the one gig that has any, else the gigs; a worker's own standing if no gigs."""
    store = turn.services.store
    if not await store.gigs_of(turn.user.id):
        await show_applications(turn)
        return
    counts = await store.interest_counts(turn.user.id)
    with_applicants = [gig_id for gig_id, count in counts.items() if count]
    if len(with_applicants) == 1:
        await show_applicants(turn, ShowApplicants(gig_id=with_applicants[0]))
        return
    turn.say(turn.t("typed.shortlist" if with_applicants else "typed.no_applicants"))
    await my_gigs(turn)


TYPED_VIEWS: dict[str, Callable[[Turn], Awaitable[None]]] = {
    "applications": _typed_applications,
    "withdraw": _typed_withdraw,
    "interested": _typed_interested,
    "shortlist": _typed_shortlist,
}


async def show_typed_view(turn: Turn, text: str) -> bool:
    """Show the view a whole message names (data/lexicon.json "typed_views"); False if it names none."""
    view = next((name for name in TYPED_VIEWS if says_only(f"typed_views.{name}", text)), None)
    if view is None:
        return False
    await TYPED_VIEWS[view](turn)
    return True
