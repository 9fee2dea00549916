"""Matches for workers, interest with consent on both sides, and employers inviting workers."""

from __future__ import annotations

from dataclasses import replace

from bot.dialogue.callbacks import (
    AlertsMenu,
    Callback,
    ConfirmDecline,
    ConfirmHide,
    Decline,
    Dismiss,
    FindWorkers,
    HideGig,
    Interested,
    Invite,
    KeepIt,
    SendInterest,
    ShareRecord,
    Shortlist,
    ShowMatches,
    StartProfile,
)
from bot.dialogue.messages import Button
from bot.dialogue.outcomes import gig_title, outcome_due_at
from bot.dialogue.render import (
    anonymous_worker_card,
    coarse_distances,
    gig_card,
    reason_line,
    shared_card,
)
from bot.dialogue.reports import report_button
from bot.dialogue.routes import Router
from bot.dialogue.state import SharingContact
from bot.dialogue.turn import Turn, localized_button
from bot.i18n import translate
from core.models import Gig, GigStatus, Match, Profile
from core.repositories.outcomes import ROLES
from core.store import EmployerRecord, Interest, User

PAGE_SIZE = 5
MAX_OFFSET = 500  # "More" never goes deeper than this: a page beyond it is forged or stale
router = Router()


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
            localized_button(language, "button.interested", Interested(gig_id=gig_id)),
            localized_button(language, "button.not_for_me", HideGig(gig_id=gig_id)),
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


@router.command("matches")
async def on_matches(turn: Turn) -> None:
    """Answer /matches with the first page."""
    await show_matches(turn, ShowMatches())


@router.button(ShowMatches)
async def show_matches(turn: Turn, page: ShowMatches) -> None:
    """Show the best open gigs for the worker, five at a time."""
    services = turn.services
    offset = page.offset
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
        turn.say(turn.t(key), [[turn.button("button.alerts", AlertsMenu())]])
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
            turn.t("matches.more_prompt"),
            [[turn.button("button.more", ShowMatches(offset=offset + PAGE_SIZE))]],
        )


@router.button(HideGig)
async def ask_hide(turn: Turn, button: HideGig) -> None:
    """Ask before hiding a gig from this worker for good."""
    if await turn.services.store.get_gig(button.gig_id) is None:
        turn.say(turn.t("gig.no_longer_open"))
        return
    yes = turn.button("button.yes_hide", ConfirmHide(gig_id=button.gig_id))
    turn.say(turn.t("confirm.hide"), [[yes, turn.button("button.keep_it", KeepIt())]])


@router.button(ConfirmHide)
async def hide(turn: Turn, button: ConfirmHide) -> None:
    """Hide a gig from this worker for good."""
    gig_id = button.gig_id
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


@router.button(Interested)
async def ask_consent(turn: Turn, button: Interested) -> None:
    """Before anything is sent, show the worker exactly what the employer will receive."""
    gig_id = button.gig_id
    gig = await _open_gig(turn, gig_id)
    if gig is None:
        return
    profile = await _profile_or_ask(turn)
    if profile is None:
        return
    confirmed = await turn.services.store.worker_record(turn.user.id)
    card = shared_card(turn.lang, profile, confirmed if turn.user.shares_record else None)
    preview = turn.t("interest.preview", card=card)
    record_row = _record_choice(turn, gig_id, confirmed)
    if turn.user.username:
        buttons = [
            [
                turn.button(
                    "button.send_with_contact",
                    SendInterest(gig_id=gig_id, share="c"),
                    username=turn.user.username,
                )
            ],
            [turn.button("button.send_profile_only", SendInterest(gig_id=gig_id, share="p"))],
            *record_row,
            [turn.button("button.cancel", Dismiss())],
        ]
        turn.say(
            preview + "\n\n" + turn.t("interest.ask_contact_username", username=turn.user.username), buttons
        )
        return
    await turn.save_state(SharingContact(gig_id=gig_id))
    turn.say(
        preview + "\n\n" + turn.t("interest.ask_contact_phone"),
        [[Button(label=turn.t("button.share_phone"), request_contact=True)]],
    )
    turn.say(
        turn.t("interest.or_profile_only"),
        [
            [
                turn.button("button.send_profile_only", SendInterest(gig_id=gig_id, share="p")),
                turn.button("button.cancel", Dismiss()),
            ],
            *record_row,
        ],
    )


def record_buttons(turn: Turn, confirmed: int, on: Callback, off: Callback) -> list[list[Button]]:
    """Offer to add the worker's record to their cards, or to leave it off; nothing when there is none."""
    if not confirmed:
        return []
    if turn.user.shares_record:
        return [[turn.button("button.record_off", off)]]
    return [[turn.button("button.record_on", on, gigs=confirmed)]]


def _record_choice(turn: Turn, gig_id: int, confirmed: int) -> list[list[Button]]:
    """Offer the record's switch at the consent step for this gig."""
    return record_buttons(
        turn, confirmed, ShareRecord(gig_id=gig_id, on="y"), ShareRecord(gig_id=gig_id, on="n")
    )


async def set_record_sharing(turn: Turn, shares: bool) -> None:
    """Turn the record on the cards the worker sends on or off, and say which."""
    await turn.services.store.set_shares_record(turn.user.id, shares)
    turn.user = replace(turn.user, shares_record=shares)
    turn.say(turn.t("interest.record_on" if shares else "interest.record_off"))


@router.button(ShareRecord)
async def share_record(turn: Turn, button: ShareRecord) -> None:
    """Switch the record at the consent step, and show the card as it now goes."""
    await set_record_sharing(turn, button.shares)
    await ask_consent(turn, Interested(gig_id=button.gig_id))


@router.button(SendInterest)
async def on_send(turn: Turn, button: SendInterest) -> None:
    """Send the card, with the Telegram contact when the worker chose it."""
    contact = contact_of(turn.user) if button.with_contact else None
    await send_interest(turn, button.gig_id, contact=contact or None)


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
    record = await services.store.worker_record(turn.user.id) if turn.user.shares_record else 0
    await services.store.set_interest(
        gig_id,
        turn.user.id,
        status,
        share_contact=contact is not None,
        contact=contact,
        card=profile,
        record=record or None,
    )
    # The employer is asked whom they hired among applicants; one who came by invitation is asked too.
    roles = ROLES if existing is not None and existing.invited else ("employer",)
    due = outcome_due_at(services.settings, gig, turn.now())
    await services.store.schedule_outcome(gig_id, turn.user.id, due, roles)
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
            card=shared_card(lang, profile, record),
            contact=contact_line,
        ),
        [
            [
                localized_button(lang, "button.shortlist", Shortlist(gig_id=gig_id, worker_id=turn.user.id)),
                localized_button(lang, "button.decline", Decline(gig_id=gig_id, worker_id=turn.user.id)),
            ]
        ],
    )
    turn.say(turn.t("interest.sent"))


async def _profile_or_ask(turn: Turn) -> Profile | None:
    """Return the speaker's profile, or ask them to make one first."""
    profile = await turn.services.store.get_profile(turn.user.id)
    if profile is None:
        turn.say(turn.t("matches.need_profile"), [[turn.button("button.start_profile", StartProfile())]])
    return profile


def contact_of(user: User) -> str:
    """Describe how to reach a user by Telegram, for a user who agreed to share it."""
    return f"@{user.username}" if user.username else ""


@router.button(Shortlist)
async def on_shortlist(turn: Turn, button: Shortlist) -> None:
    """Shortlist an applicant."""
    await employer_decision(turn, button.gig_id, button.worker_id, shortlist=True)


@router.button(Decline)
async def ask_decline(turn: Turn, button: Decline) -> None:
    """Ask before declining an applicant: the worker is told at once."""
    if await _decidable(turn, button.gig_id, button.worker_id, shortlist=False) is not None:
        yes = turn.button(
            "button.yes_decline", ConfirmDecline(gig_id=button.gig_id, worker_id=button.worker_id)
        )
        turn.say(turn.t("confirm.decline"), [[yes, turn.button("button.keep_it", KeepIt())]])


@router.button(ConfirmDecline)
async def on_decline(turn: Turn, button: ConfirmDecline) -> None:
    """Decline an applicant."""
    await employer_decision(turn, button.gig_id, button.worker_id, shortlist=False)


async def _decidable(
    turn: Turn, gig_id: int, worker_id: int, *, shortlist: bool
) -> tuple[Gig, Interest, User] | None:
    """Return the gig, application and worker an employer may decide on, or say why not."""
    store = turn.services.store
    gig = await store.get_gig(gig_id)
    if gig is None or gig.employer_id != turn.user.id:
        turn.say(turn.t("gig.not_found"))
        return None
    interest = await store.get_interest(gig_id, worker_id)
    worker = await store.get_user(worker_id)
    allowed_from = {InterestStatus.INTERESTED} if shortlist else _APPLIED
    if interest is None or worker is None or interest.status not in allowed_from:
        # The same words whether the id is unknown, never applied, or was already decided.
        turn.say(turn.t("decision.unavailable"))
        return None
    return gig, interest, worker


async def employer_decision(turn: Turn, gig_id: int, worker_id: int, *, shortlist: bool) -> None:
    """Shortlist or decline a worker who applied, and tell the worker; each decision is told once."""
    store = turn.services.store
    decidable = await _decidable(turn, gig_id, worker_id, shortlist=shortlist)
    if decidable is None:
        return
    gig, interest, worker = decidable
    status = InterestStatus.SHORTLISTED if shortlist else InterestStatus.DECLINED
    await store.set_interest(gig_id, worker_id, status, share_contact=interest.share_contact)
    if shortlist:
        await store.schedule_outcome(
            gig_id, worker_id, outcome_due_at(turn.services.settings, gig, turn.now())
        )
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
            else [[localized_button(lang, "button.send_with_contact_now", Interested(gig_id=gig_id))]]
        )
        turn.tell(worker, translate(lang, key, gig=gig_title(lang, gig)), buttons)
    else:
        turn.say(turn.t("decision.declined_employer"))
        turn.tell(worker, translate(lang, "decision.declined_worker", gig=gig_title(lang, gig)))


@router.button(FindWorkers)
async def find_workers(turn: Turn, button: FindWorkers) -> None:
    """Show an employer the best-fitting workers for a gig as anonymous cards, with Invite."""
    gig_id = button.gig_id
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
        turn.say(text, [[turn.button("button.invite", Invite(gig_id=gig_id, worker_id=match.worker_id))]])
    await store.record_offers(gig_id, shown)
    if not shown:
        turn.say(turn.t("workers.none"))


@router.button(Invite)
async def invite(turn: Turn, button: Invite) -> None:
    """Send the gig, once, to a worker "Find workers" offered for it; the employer learns nothing of them."""
    gig_id, worker_id = button.gig_id, button.worker_id
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


async def on_contact(turn: Turn, waiting: SharingContact, phone: str) -> None:
    """Finish an interest when the worker shared their phone number through Telegram's button."""
    await send_interest(turn, waiting.gig_id, contact=phone)
