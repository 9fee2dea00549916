"""Workers report a gig: a money report holds it at once, other reasons once enough workers agree."""

from __future__ import annotations

from typing import get_args

from bot.dialogue.callbacks import Dismiss, Report, ReportReason, ReviewQueue
from bot.dialogue.messages import Button
from bot.dialogue.routes import Router
from bot.dialogue.turn import Turn, localized_button
from bot.i18n import translate
from core.models import GigStatus

REASONS: tuple[ReportReason, ...] = get_args(ReportReason)
# Asking workers for money is the harm screening exists to stop: one worker's word is enough to pause.
HOLD_AT_ONCE = {"money"}
REPORTED_HOLD = "reported"  # a hold reason beside the screening codes, rendered like them
router = Router()


def report_button(language: str, gig_id: int) -> Button:
    """The Report button every gig shown to a worker carries."""
    return localized_button(language, "button.report", Report(gig_id=gig_id))


@router.button(Report)
async def on_report(turn: Turn, button: Report) -> None:
    """Ask for the reason, or record the report when the reason is chosen."""
    if button.reason is None:
        await ask_reason(turn, button.gig_id)
    else:
        await report(turn, button.gig_id, button.reason)


async def ask_reason(turn: Turn, gig_id: int) -> None:
    """Ask what is wrong with the gig, one button per reason."""
    gig = await turn.services.store.get_gig(gig_id)
    if gig is None or gig.employer_id == turn.user.id:
        turn.say(turn.t("report.unavailable"))
        return
    rows = [
        [turn.button(f"report.reason.{reason}", Report(gig_id=gig_id, reason=reason))] for reason in REASONS
    ]
    turn.say(turn.t("report.ask"), [*rows, [turn.button("button.cancel", Dismiss())]])


async def report(turn: Turn, gig_id: int, reason: ReportReason) -> None:
    """Record the report; hold the gig when it is about money or enough workers reported it."""
    services = turn.services
    gig = await services.store.get_gig(gig_id)
    if gig is None or gig.employer_id == turn.user.id:
        turn.say(turn.t("report.unavailable"))
        return
    if not await services.store.add_report(gig_id, turn.user.id, reason):
        turn.say(turn.t("report.already"))
        return
    turn.say(turn.t("report.thanks"))
    reporters = sum((await services.store.report_counts(gig_id)).values())
    if gig.status is not GigStatus.OPEN:
        return
    if reason not in HOLD_AT_ONCE and reporters < services.settings.reports_to_hold:
        return
    # SQLite first, then the index: from here no match, digest or alert shows the gig.
    await services.gigs.hold(gig.model_copy(update={"scam_reasons": [*gig.scam_reasons, REPORTED_HOLD]}))
    employer = await services.store.get_user(gig.employer_id)
    if employer is not None:
        turn.tell(employer, translate(employer.language, "post.held_reported", id=gig_id))
    await notify_admins(turn)


async def notify_admins(turn: Turn) -> None:
    """Tell every admin a post waits in /review."""
    for admin_id in turn.services.settings.admin_ids:
        admin = await turn.services.store.get_user(admin_id)
        if admin is not None:
            turn.tell(
                admin,
                translate(admin.language, "review.new_item"),
                [[localized_button(admin.language, "button.review", ReviewQueue())]],
            )
