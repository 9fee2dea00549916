"""Matches for workers, interest with consent on both sides, and employers inviting workers."""

from __future__ import annotations

from typing import Any

from bot.dialogue.messages import Button
from bot.dialogue.outcomes import gig_title, outcome_due_at
from bot.dialogue.render import (
    anonymous_worker_card,
    coarse_distances,
    gig_card,
    profile_card,
    reason_line,
)
from bot.dialogue.reports import report_button
from bot.dialogue.turn import Turn, localized_button
from bot.i18n import translate
from core.models import Gig, GigStatus, Match, Profile
from core.store import EmployerRecord, User

PAGE_SIZE = 5
MAX_OFFSET = 500  # "More" never goes deeper than this: a page beyond it is forged or stale
SHARE_CONTACT = "share_contact"


class InterestStatus:
    """Where a worker stands with a gig, as stored in `interests.status`."""

    HIDDEN = "hidden"
    INVITED = "invited"
    INTERESTED = "interested"
    SHORTLISTED = "shortlisted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


# A worker who sent their card for a gig, and one whose card was also answered.
_APPLIED = {InterestStatus.INTERESTED, InterestStatus.SHORTLISTED}
_SENT = {*_APPLIED, InterestStatus.DECLINED}


def gig_buttons(language: str, gig_id: int) -> list[list[Button]]:
    return [
        [
            localized_button(language, "button.interested", f"int:{gig_id}"),
            localized_button(language, "button.not_for_me", f"hide:{gig_id}"),
        ],
        [report_button(language, gig_id)],
    ]


def match_message(
    language: str, gig: Gig, match: Match, record: EmployerRecord | None = None
) -> tuple[str, list[list[Button]]]:
    """Render one matched gig with its reason line, the employer's record and the worker's two choices."""
    text = gig_card(language, gig, record) + "\n" + reason_line(language, match)
    return text, gig_buttons(language, gig.id or 0)


async def _show_invitations(turn: Turn) -> None:
    """Put the invitations the worker has not answered above their matches, marked as such."""
    store = turn.services.store
    for gig in await store.pending_invitations(turn.user.id):
        record = await store.employer_record(gig.employer_id)
        turn.say(
            turn.t("matches.invited_you") + "\n" + gig_card(turn.lang, gig, record),
            gig_buttons(turn.lang, gig.id or 0),
        )


async def show_matches(turn: Turn, offset: int) -> None:
    """Show the best open gigs for the worker, five at a time."""
    services = turn.services
    profile = await _profile_or_ask(turn)
    if profile is None:
        return
    if not 0 <= offset <= MAX_OFFSET or offset % PAGE_SIZE:
        turn.expired()
        offset = 0
    if offset == 0:
        await _show_invitations(turn)
    exclude = await services.store.gig_ids_excluded_for(turn.user.id)
    # One more than a page tells whether "More" would show anything.
    matches = await services.matcher.gigs_for_worker(
        profile, limit=PAGE_SIZE + 1, offset=offset, exclude=exclude
    )
    if not matches:
        key = "matches.no_more" if offset else "matches.none"
        turn.say(turn.t(key), [[turn.button("button.alerts", "alerts:menu")]])
        return
    if offset == 0:
        turn.say(turn.t("matches.intro"))
    for match in matches[:PAGE_SIZE]:
        gig = await services.store.get_gig(match.gig_id)
        if gig is not None:
            record = await services.store.employer_record(gig.employer_id)
            turn.say(*match_message(turn.lang, gig, match, record))
    if len(matches) > PAGE_SIZE:
        turn.say(
            turn.t("matches.more_prompt"), [[turn.button("button.more", f"matches:{offset + PAGE_SIZE}")]]
        )


async def hide(turn: Turn, gig_id: int) -> None:
    """Hide a gig from this worker for good."""
    if await turn.services.store.get_gig(gig_id) is None:
        turn.say(turn.t("gig.no_longer_open"))
        return
    await turn.services.store.set_interest(gig_id, turn.user.id, InterestStatus.HIDDEN)
    turn.say(turn.t("matches.hidden"))


async def _open_gig(turn: Turn, gig_id: int) -> Gig | None:
    gig = await turn.services.store.get_gig(gig_id)
    if gig is None or gig.status is not GigStatus.OPEN:
        turn.say(turn.t("gig.no_longer_open"))
        return None
    return gig


async def ask_consent(turn: Turn, gig_id: int) -> None:
    """Before anything is sent, show the worker exactly what the employer will receive."""
    gig = await _open_gig(turn, gig_id)
    if gig is None:
        return
    profile = await _profile_or_ask(turn)
    if profile is None:
        return
    preview = turn.t("interest.preview", card=profile_card(turn.lang, profile))
    if turn.user.username:
        buttons = [
            [turn.button("button.send_with_contact", f"send:{gig_id}:c", username=turn.user.username)],
            [turn.button("button.send_profile_only", f"send:{gig_id}:p")],
            [turn.button("button.cancel", "noop")],
        ]
        turn.say(
            preview + "\n\n" + turn.t("interest.ask_contact_username", username=turn.user.username), buttons
        )
        return
    await turn.save_state(SHARE_CONTACT, {"gig_id": gig_id})
    turn.say(
        preview + "\n\n" + turn.t("interest.ask_contact_phone"),
        [[Button(label=turn.t("button.share_phone"), request_contact=True)]],
    )
    turn.say(
        turn.t("interest.or_profile_only"),
        [[turn.button("button.send_profile_only", f"send:{gig_id}:p"), turn.button("button.cancel", "noop")]],
    )


async def send_interest(turn: Turn, gig_id: int, *, contact: str | None) -> None:
    """Send the worker's card (and contact, only if they agreed) to the employer."""
    services = turn.services
    gig = await _open_gig(turn, gig_id)
    if gig is None:
        return
    profile = await _profile_or_ask(turn)
    if profile is None:
        return
    await turn.clear_state()
    existing = await services.store.get_interest(gig_id, turn.user.id)
    status = InterestStatus.INTERESTED
    if existing is not None and existing.status in _SENT:
        # A second "Send" repeats nothing; only adding the contact to a card already sent goes out again.
        if existing.status not in _APPLIED or existing.share_contact or contact is None:
            turn.say(turn.t("interest.already_sent"))
            return
        status = existing.status
    employer = await services.store.get_user(gig.employer_id)
    await services.store.set_interest(
        gig_id, turn.user.id, status, share_contact=contact is not None, contact=contact, card=profile
    )
    if employer is None or not employer.active:
        turn.say(turn.t("gig.no_longer_open"))
        return
    lang = employer.language
    contact_line = contact or translate(lang, "interest.contact_not_shared")
    turn.tell(
        employer,
        translate(
            lang,
            "interest.to_employer",
            gig=gig_title(lang, gig),
            card=profile_card(lang, profile),
            contact=contact_line,
        ),
        [
            [
                localized_button(lang, "button.shortlist", f"sl:{gig_id}:{turn.user.id}"),
                localized_button(lang, "button.decline", f"dc:{gig_id}:{turn.user.id}"),
            ]
        ],
    )
    turn.say(turn.t("interest.sent"))


async def _profile_or_ask(turn: Turn) -> Profile | None:
    """Return the speaker's profile, or ask them to make one first."""
    profile = await turn.services.store.get_profile(turn.user.id)
    if profile is None:
        turn.say(turn.t("matches.need_profile"), [[turn.button("button.start_profile", "profile:start")]])
    return profile


def contact_of(user: User) -> str:
    """Describe how to reach a user by Telegram, for a user who agreed to share it."""
    return f"@{user.username}" if user.username else ""


async def employer_decision(turn: Turn, gig_id: int, worker_id: int, *, shortlist: bool) -> None:
    """Shortlist or decline a worker who applied, and tell the worker; each decision is told once."""
    store = turn.services.store
    gig = await store.get_gig(gig_id)
    if gig is None or gig.employer_id != turn.user.id:
        turn.say(turn.t("gig.not_found"))
        return
    interest = await store.get_interest(gig_id, worker_id)
    worker = await store.get_user(worker_id)
    allowed_from = {InterestStatus.INTERESTED} if shortlist else _APPLIED
    if interest is None or worker is None or interest.status not in allowed_from:
        # The same words whether the id is unknown, never applied, or was already decided.
        turn.say(turn.t("decision.unavailable"))
        return
    status = InterestStatus.SHORTLISTED if shortlist else InterestStatus.DECLINED
    await store.set_interest(gig_id, worker_id, status, share_contact=interest.share_contact)
    if shortlist:
        await store.schedule_outcome(gig_id, worker_id, outcome_due_at(turn.services.settings, gig))
    lang = worker.language
    if shortlist:
        turn.say(turn.t("decision.shortlisted_employer"))
        key = (
            "decision.shortlisted_worker"
            if interest.share_contact
            else "decision.shortlisted_worker_no_contact"
        )
        buttons = (
            []
            if interest.share_contact
            else [[localized_button(lang, "button.send_with_contact_now", f"int:{gig_id}")]]
        )
        turn.tell(worker, translate(lang, key, gig=gig_title(lang, gig)), buttons)
    else:
        turn.say(turn.t("decision.declined_employer"))
        turn.tell(worker, translate(lang, "decision.declined_worker", gig=gig_title(lang, gig)))


async def find_workers(turn: Turn, gig_id: int) -> None:
    """Show an employer the best-fitting workers for a gig as anonymous cards, with Invite."""
    store = turn.services.store
    gig = await store.get_gig(gig_id)
    if gig is None or gig.employer_id != turn.user.id:
        turn.say(turn.t("gig.not_found"))
        return
    if gig.status is not GigStatus.OPEN:
        turn.say(turn.t("workers.gig_not_open", status=turn.t(f"status.{gig.status.value}")))
        return
    # Those who applied, were invited or said no already are in the gig's applicants, not here.
    known = await store.worker_ids_known_to(gig_id) | {turn.user.id}
    matches = await turn.services.matcher.workers_for_gig(gig, limit=PAGE_SIZE + len(known))
    shown: list[int] = []
    for match in matches:
        profile = await store.get_profile(match.worker_id)
        if profile is None or match.worker_id in known or len(shown) == PAGE_SIZE:
            continue
        shown.append(match.worker_id)
        coarse = coarse_distances(match, profile, gig)
        reasons = reason_line(turn.lang, coarse, about_worker=True)
        text = anonymous_worker_card(turn.lang, profile) + "\n" + reasons
        turn.say(text, [[turn.button("button.invite", f"inv:{gig_id}:{match.worker_id}")]])
    await store.record_offers(gig_id, shown)
    if not shown:
        turn.say(turn.t("workers.none"))


async def invite(turn: Turn, gig_id: int, worker_id: int) -> None:
    """Send the gig, once, to a worker "Find workers" offered for it; the employer learns nothing of them."""
    store = turn.services.store
    gig = await store.get_gig(gig_id)
    if gig is None or gig.employer_id != turn.user.id or gig.status is not GigStatus.OPEN:
        turn.say(turn.t("gig.not_found"))
        return
    worker = await store.get_user(worker_id)
    # One answer for an unknown id, a worker never offered, one who applied, hid the gig or was invited.
    if (
        worker is None
        or not worker.active
        or not await store.was_offered(gig_id, worker_id)
        or not await store.add_invitation(gig_id, worker_id)
    ):
        turn.say(turn.t("invite.unavailable"))
        return
    lang = worker.language
    record = await store.employer_record(gig.employer_id)
    turn.tell(
        worker,
        translate(lang, "invite.to_worker") + "\n\n" + gig_card(lang, gig, record),
        gig_buttons(lang, gig_id),
    )
    turn.say(turn.t("invite.sent"))


async def on_contact(turn: Turn, data: dict[str, Any], phone: str) -> None:
    """Finish an interest when the worker shared their phone number through Telegram's button."""
    gig_id = int(data.get("gig_id") or 0)
    await send_interest(turn, gig_id, contact=phone)
