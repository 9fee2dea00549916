"""Employers post gigs by message: understand, show the card, screen, publish; /mygigs and /review."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.dialogue.callbacks import (
    Approve,
    CancelGig,
    ClearKeptUnpaid,
    ConfirmCancelGig,
    ConfirmFilled,
    DiscardDraft,
    EditDraft,
    EditGig,
    FindWorkers,
    KeepIt,
    MarkFilled,
    MyGigs,
    NewPost,
    Publish,
    PublishLowPay,
    Reject,
    ReviewQueue,
    ShowApplicants,
)
from bot.dialogue.interview import joined, merge, missing_fields, says_nothing_new
from bot.dialogue.messages import Button
from bot.dialogue.render import gig_card
from bot.dialogue.reports import notify_admins
from bot.dialogue.routes import Router
from bot.dialogue.state import GigDraft, GigEdit, GigWork, State
from bot.dialogue.turn import Reading, Turn
from bot.i18n import translate
from core.models import Extraction, Gig, GigStatus
from retrieval.records import gig_from_extraction
from understanding.protected import drop_protected_requirements, protected_requirements
from understanding.timing import last_named_day

router = Router()
ESSENTIAL_FIELDS = ("skills", "place", "pay")
_CLOSED = {GigStatus.FILLED, GigStatus.CANCELLED, GigStatus.EXPIRED, GigStatus.REJECTED}
UNPAID_HOLD = "unpaid_reports"  # a hold reason beside the screening codes, rendered like them
UPHELD_HOLD = "reports_upheld"
HOUR = 3600


def missing_essentials(draft: Extraction) -> list[str]:
    """Return what a gig cannot go out without: the work, the place (unless remote), the pay."""
    negotiable = draft.pay is not None and draft.pay.negotiable
    return [
        name
        for name in missing_fields(draft)
        if name in ESSENTIAL_FIELDS and not (name == "pay" and negotiable)
    ]


@router.command("post")
@router.button(NewPost)
async def begin(turn: Turn, _button: NewPost | None = None) -> None:
    """Answer /post: go on with a draft the employer started, or ask for the gig in one message."""
    if await _throttled(turn):
        return
    if isinstance(turn.state, GigWork) and turn.state.text:
        await _review_draft(turn, GigDraft.model_validate(turn.state.model_dump()))
        return
    await turn.save_state(GigEdit())
    turn.say(turn.t("post.ask"))


async def start(turn: Turn, reading: Reading) -> None:
    """Read a gig post and show what was understood (asking once for what is missing)."""
    if await _throttled(turn):
        return
    await _review_draft(turn, GigDraft(text=reading.text, draft=await reading.extraction()))


async def _throttled(turn: Turn) -> bool:
    """Say so and return True when the employer reached the hourly posting limit (one for every path)."""
    limit = turn.services.settings.max_gigs_per_hour
    if await turn.services.store.gigs_posted_since(turn.user.id, turn.now() - HOUR) < limit:
        return False
    turn.say(turn.t("post.throttled", limit=limit))
    return True


@router.text(State.GIG_DRAFT, State.GIG_EDIT, kind="gig")
async def add_details(turn: Turn, reading: Reading) -> None:
    """Merge an answer or a correction into the draft and show it again."""
    work = turn.state if isinstance(turn.state, GigWork) else GigDraft()
    merged = merge(work.draft, await reading.extraction())
    if says_nothing_new(work.draft, merged) and isinstance(work, GigDraft) and not missing_essentials(merged):
        # Off-topic while a complete draft waits: say what is needed, with the buttons again.
        turn.say(turn.t("post.need_answer"), _draft_buttons(turn))
        return
    combined = joined(work.text, reading.text)
    await _review_draft(turn, GigDraft(**{**work.model_dump(), "text": combined, "draft": merged}))


async def _review_draft(turn: Turn, work: GigDraft) -> None:
    missing = missing_essentials(work.draft)
    if missing:
        # Nothing incomplete goes live: ask for the first missing essential, one question at a time.
        await turn.save_state(work)
        step = len(ESSENTIAL_FIELDS) - len(missing) + 1
        progress = turn.t("progress", step=step, total=len(ESSENTIAL_FIELDS))
        turn.say(
            turn.t(f"post.ask_{missing[0]}") + " " + progress,
            [[turn.button("button.cancel", DiscardDraft())]],
        )
        return
    notice = ""
    dropped = protected_requirements(work.text)
    if dropped and not work.told_protected:
        # Told once per post: the requirement is simply gone from every later draft and from the gig.
        work = work.model_copy(update={"told_protected": True})
        notice = "\n\n" + turn.t("post.protected_dropped", dropped=", ".join(f"“{d}”" for d in dropped))
    await turn.save_state(work)
    await show_draft(turn, work, notice)


async def show_draft(turn: Turn, work: GigWork, notice: str = "") -> None:
    """Show the draft card as it would be published, with Publish, Edit and Cancel."""
    gig = await _gig_from(turn, work)
    turn.say(turn.t("post.understood") + "\n\n" + gig_card(turn.lang, gig) + notice, _draft_buttons(turn))


def _draft_buttons(turn: Turn) -> list[list[Button]]:
    return [
        [turn.button("button.publish", Publish())],
        [turn.button("button.edit", EditDraft()), turn.button("button.cancel", DiscardDraft())],
    ]


async def show_waiting_draft(turn: Turn) -> bool:
    """Show a gig draft that is not published yet, with its buttons; False when there is none."""
    if not isinstance(turn.state, GigDraft) or not turn.state.text:
        return False
    if missing_essentials(turn.state.draft):
        await _review_draft(turn, turn.state)
        return True
    gig = await _gig_from(turn, turn.state)
    turn.say(turn.t("mygigs.draft_waiting") + "\n\n" + gig_card(turn.lang, gig), _draft_buttons(turn))
    return True


async def _gig_from(turn: Turn, work: GigWork) -> Gig:
    screening = await turn.services.screener.screen_async(work.text, work.draft)
    # Who a worker is never filters a gig: the stored, embedded and reviewed words drop such requirements.
    gig = gig_from_extraction(
        turn.user.id, drop_protected_requirements(work.text), work.draft, screening, now=turn.now()
    )
    if work.edit_of:
        gig = gig.model_copy(update={"id": work.edit_of})
    return gig


@router.button(EditDraft, when=State.GIG_DRAFT)
async def ask_edit(turn: Turn, _button: EditDraft | None = None) -> None:
    """Invite the employer to say what to change."""
    if isinstance(turn.state, GigDraft):
        await turn.save_state(turn.state.editing())
    turn.say(turn.t("post.what_to_change"))


@router.button(DiscardDraft, when=State.GIG_DRAFT)
async def discard(turn: Turn, _button: DiscardDraft) -> None:
    """Drop the draft."""
    await turn.clear_state()
    turn.say(turn.t("post.discarded"))


@router.button(Publish, when=State.GIG_DRAFT)
async def on_publish(turn: Turn, _button: Publish) -> None:
    """Publish the draft on Publish."""
    await publish(turn)


@router.button(PublishLowPay, when=State.GIG_DRAFT)
async def on_publish_low_pay(turn: Turn, _button: PublishLowPay) -> None:
    """Publish the draft after the employer saw the low-pay warning."""
    await publish(turn, accept_low_pay=True)


async def publish(turn: Turn, *, accept_low_pay: bool = False) -> None:
    """Screen the draft, then publish it, hold it for review, or warn about low pay first."""
    work = turn.state if isinstance(turn.state, GigDraft) else GigDraft()
    if missing_essentials(work.draft):
        await _review_draft(turn, work)
        return
    if not work.edit_of and await _throttled(turn):
        return
    gig = await _gig_from(turn, work)
    services = turn.services
    if (await services.store.employer_record(turn.user.id)).unpaid:
        # Workers said this employer did not pay them in full: a person looks before anyone sees the post.
        gig = gig.model_copy(update={"scam_reasons": [*gig.scam_reasons, UNPAID_HOLD]})
    if await services.store.upheld_reports(turn.user.id):
        # An admin agreed with workers' reports about an earlier post: a person looks at the next ones too.
        gig = gig.model_copy(update={"scam_reasons": [*gig.scam_reasons, UPHELD_HOLD]})
    if gig.scam_reasons:
        await services.gigs.hold(gig)
        await turn.clear_state()
        screened = [code for code in gig.scam_reasons if code not in (UNPAID_HOLD, UPHELD_HOLD)]
        if screened:
            reasons = "\n".join(f"• {turn.t('scam.' + code)}" for code in screened)
            turn.say(turn.t("post.held", reasons=reasons))
        else:
            turn.say(
                turn.t("post.held_unpaid" if UNPAID_HOLD in gig.scam_reasons else "post.held_reports_upheld")
            )
        await notify_admins(turn)
        return
    if gig.underpaid and not accept_low_pay:
        turn.say(
            turn.t("post.underpaid_warning"),
            [
                [
                    turn.button("button.publish_anyway", PublishLowPay()),
                    turn.button("button.edit", EditDraft()),
                ]
            ],
        )
        return
    gig = await go_live(turn, gig)
    await turn.clear_state()
    turn.say(turn.t("post.published", id=gig.id), [[turn.button("button.my_gigs", MyGigs())]])


async def go_live(turn: Turn, gig: Gig) -> Gig:
    """Open a gig in SQLite first, then in the index, then tell fitting workers who chose instant alerts.

    It stays open GIGMATCH_GIG_TTL_DAYS from going live (publication or approval), or until the end of the
    last day its post names ("this Saturday", "kal", "14-16 Dec"), whichever comes first.
    """
    services = turn.services
    expires = turn.now() + services.settings.gig_ttl_days * 86400
    named_end = end_of_named_days(gig, services.settings.timezone, turn.now())
    if named_end is not None:
        expires = min(expires, named_end)
    return await services.gigs.publish(gig, expires_at=expires)


def end_of_named_days(gig: Gig, timezone: str, reference: float) -> float | None:
    """Return the end of the last day the post names ("this Saturday", "14-16 Dec"), seen from then."""
    zone = ZoneInfo(timezone)
    last_day = (
        last_named_day(gig.dates, datetime.fromtimestamp(reference, zone).date()) if gig.dates else None
    )
    if last_day is None:
        return None
    return datetime.combine(last_day + timedelta(days=1), datetime.min.time(), zone).timestamp()


@router.command("mygigs")
@router.button(MyGigs)
async def my_gigs(turn: Turn, _button: MyGigs | None = None) -> None:
    """List the employer's gigs with status, interest and actions, after a draft not yet published."""
    store = turn.services.store
    gigs = await store.gigs_of(turn.user.id)
    if await show_waiting_draft(turn) and not gigs:
        return
    if not gigs:
        turn.say(turn.t("mygigs.none"), [[turn.button("button.post", NewPost())]])
        return
    counts = await store.interest_counts(turn.user.id)
    for gig in gigs[:10]:
        status = turn.t(f"status.{gig.status.value}")
        text = turn.t(
            "mygigs.item", card=gig_card(turn.lang, gig), status=status, interested=counts.get(gig.id or 0, 0)
        )
        turn.say(text, _gig_actions(turn, gig))


def _gig_actions(turn: Turn, gig: Gig) -> list[list[Button]]:
    """Offer what fits the gig's status: Find workers only while it is open, applicants once it was live."""
    gig_id = gig.id or 0
    applicants = [turn.button("button.applicants", ShowApplicants(gig_id=gig_id))]
    if gig.status in _CLOSED:
        return [applicants] if gig.status is not GigStatus.REJECTED else []
    if gig.status is not GigStatus.OPEN:
        return [
            [
                turn.button("button.edit", EditGig(gig_id=gig_id)),
                turn.button("button.close", CancelGig(gig_id=gig_id)),
            ]
        ]
    return [
        [
            turn.button("button.edit", EditGig(gig_id=gig_id)),
            turn.button("button.find_workers", FindWorkers(gig_id=gig_id)),
        ],
        applicants,
        [
            turn.button("button.filled", MarkFilled(gig_id=gig_id)),
            turn.button("button.close", CancelGig(gig_id=gig_id)),
        ],
    ]


async def own_gig(turn: Turn, gig_id: int) -> Gig | None:
    """Return the speaker's own gig, or say it is not found (whoever else's it is)."""
    gig = await turn.services.store.get_gig(gig_id)
    if gig is None or gig.employer_id != turn.user.id:
        turn.say(turn.t("gig.not_found"))
        return None
    return gig


@router.button(MarkFilled)
async def ask_filled(turn: Turn, button: MarkFilled) -> None:
    """Ask before closing a gig as filled."""
    if await own_gig(turn, button.gig_id) is not None:
        yes = turn.button("button.yes_filled", ConfirmFilled(gig_id=button.gig_id))
        turn.say(turn.t("confirm.filled"), [[yes, turn.button("button.keep_it", KeepIt())]])


@router.button(CancelGig)
async def ask_cancel(turn: Turn, button: CancelGig) -> None:
    """Ask before closing a gig the employer no longer needs."""
    if await own_gig(turn, button.gig_id) is not None:
        yes = turn.button("button.yes_close", ConfirmCancelGig(gig_id=button.gig_id))
        turn.say(turn.t("confirm.cancel_gig"), [[yes, turn.button("button.keep_it", KeepIt())]])


@router.button(ConfirmFilled)
async def mark_filled(turn: Turn, button: ConfirmFilled) -> None:
    """Close a gig the employer filled."""
    await close(turn, button.gig_id, GigStatus.FILLED)


@router.button(ConfirmCancelGig)
async def cancel_gig(turn: Turn, button: ConfirmCancelGig) -> None:
    """Close a gig the employer no longer needs."""
    await close(turn, button.gig_id, GigStatus.CANCELLED)


async def close(turn: Turn, gig_id: int, status: GigStatus) -> None:
    """Close one of the employer's gigs (filled or cancelled); it stops being matched at once."""
    if await own_gig(turn, gig_id) is None:
        return
    await turn.services.gigs.close(gig_id, status)
    turn.say(turn.t("mygigs.closed", status=turn.t(f"status.{status.value}")))


@router.button(EditGig)
async def edit_published(turn: Turn, button: EditGig) -> None:
    """Start editing a gig already posted; the employer says what changes."""
    gig = await own_gig(turn, button.gig_id)
    if gig is None:
        return
    draft = await Reading(turn.services, gig.text, "gig").extraction()
    await turn.save_state(GigEdit(text=gig.text, draft=draft, edit_of=button.gig_id))
    turn.say(turn.t("post.what_to_change"))


@router.command("review")
@router.button(ReviewQueue)
async def review_queue(turn: Turn, _button: ReviewQueue | None = None) -> None:
    """Show admins the posts held by screening, with approve and reject buttons."""
    if turn.user.id not in turn.services.settings.admin_ids:
        turn.say(turn.t("command.unknown"))
        return
    held = await turn.services.store.gigs_with_status(GigStatus.HELD)
    if not held:
        turn.say(turn.t("review.empty"))
        return
    for gig in held[:10]:
        reasons = ", ".join(turn.t("scam." + code) for code in gig.scam_reasons)
        text = turn.t("review.item", text=gig.text[:800], reasons=reasons)
        counts = await turn.services.store.report_counts(gig.id or 0)
        if counts:
            listed = ", ".join(f"{turn.t('report.reason.' + reason)} × {n}" for reason, n in counts.items())
            text += "\n" + turn.t("review.reports", reports=listed)
        buttons = [
            [
                turn.button("button.approve", Approve(gig_id=gig.id or 0)),
                turn.button("button.reject", Reject(gig_id=gig.id or 0)),
            ]
        ]
        held_unpaid = UNPAID_HOLD in gig.scam_reasons
        kept = await turn.services.store.kept_unpaid(gig.employer_id) if held_unpaid else 0
        if kept:
            # Those answers' outcome rows went with the deleted account: only this clears them.
            text += "\n" + turn.t("review.kept_unpaid", unpaid=kept)
            buttons.append([turn.button("button.clear_kept_unpaid", ClearKeptUnpaid(gig_id=gig.id or 0))])
        turn.say(text, buttons)


@router.button(Approve)
async def approve(turn: Turn, button: Approve) -> None:
    """Publish a held post (admins)."""
    await decide(turn, button.gig_id, approve=True)


@router.button(Reject)
async def reject(turn: Turn, button: Reject) -> None:
    """Reject a held post (admins)."""
    await decide(turn, button.gig_id, approve=False)


async def decide(turn: Turn, gig_id: int, approve: bool) -> None:
    """Apply an admin's decision on a held post and tell the employer."""
    if turn.user.id not in turn.services.settings.admin_ids:
        turn.say(turn.t("command.unknown"))
        return
    gig = await turn.services.store.get_gig(gig_id)
    if gig is None or gig.status is not GigStatus.HELD:
        turn.say(turn.t("review.already_decided"))
        return
    employer = await turn.services.store.get_user(gig.employer_id)
    # Rejecting a reported gig upholds its reports: the employer's next posts wait for review too.
    await turn.services.store.decide_reports(gig_id, upheld=not approve)
    if approve:
        gig = await go_live(turn, gig.model_copy(update={"scam_reasons": []}))
        turn.say(turn.t("review.approved"))
        if employer:
            turn.tell(employer, translate(employer.language, "post.approved_by_admin"))
    else:
        await turn.services.gigs.close(gig_id, GigStatus.REJECTED)
        turn.say(turn.t("review.rejected"))
        if employer:
            turn.tell(employer, translate(employer.language, "post.rejected_by_admin"))
