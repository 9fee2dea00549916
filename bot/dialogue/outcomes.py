"""How an application ended: asked of the worker and the employer once the work should be done."""

from __future__ import annotations

from app.services import Services
from bot.dialogue.callbacks import (
    ClearKeptUnpaid,
    EmployerOutcome,
    NowPaid,
    Report,
    ResolveUnpaid,
    ShowApplications,
    WorkerAnswer,
    WorkerOutcome,
)
from bot.dialogue.messages import Button, Reply
from bot.dialogue.posting import end_of_named_days
from bot.dialogue.render import gig_title
from bot.dialogue.routes import Router
from bot.dialogue.turn import Turn, localized_button
from bot.i18n import translate
from core.models import Gig
from core.settings import Settings
from core.store import OutcomeQuestion
from understanding.helplines import helpline_for

WORKER_ANSWERS: dict[WorkerAnswer, str] = {
    "paid": "button.outcome_paid",
    "not_yet": "button.outcome_not_yet",
    "unpaid": "button.outcome_unpaid",
    "paid_less": "button.outcome_paid_less",
}
UNPAID_ANSWERS = ("unpaid", "paid_less")
APPLIED = ("interested", "shortlisted")  # applications an employer may say they hired from
NO_ONE = "0"
NOT_DECIDED = "wait"
MAX_LABEL_NAME = 22
DAY = 86400
router = Router()


def outcome_due_at(settings: Settings, gig: Gig, now: float) -> float:
    """Ask after the gig's last named day if still ahead, else GIGMATCH_OUTCOME_AFTER_DAYS from now."""
    named_end = end_of_named_days(gig, settings.timezone, gig.created_at or now)
    if named_end is not None and named_end > now:
        return named_end
    return now + settings.outcome_after_days * DAY


async def due_questions(services: Services, now: float) -> list[Reply]:
    """Claim the outcome questions due now and write them: one per worker, one per gig for the employer."""
    store = services.store
    questions = await store.claim_due_outcomes(now)
    replies: list[Reply] = []
    by_gig: dict[int, list[OutcomeQuestion]] = {}
    for question in questions:
        if question.role == "employer":
            by_gig.setdefault(question.gig_id, []).append(question)
            continue
        worker = await store.get_user(question.asked_user_id)
        gig = await store.get_gig(question.gig_id)
        if worker is None or gig is None:
            continue
        lang = worker.language
        buttons = [
            localized_button(lang, key, WorkerOutcome(gig_id=question.gig_id, answer=answer))
            for answer, key in WORKER_ANSWERS.items()
        ]
        text = translate(lang, "outcome.ask_worker", gig=gig_title(lang, gig))
        replies.append(Reply(text, [buttons[:2], buttons[2:]], chat_id=worker.chat_id))
    for gig_id, asked in by_gig.items():
        gig = await store.get_gig(gig_id)
        employer = await store.get_user(asked[0].asked_user_id)
        if gig is None or employer is None:
            continue
        lang = employer.language
        rows = await _employer_rows(services, lang, gig_id, [q.worker_id for q in asked])
        text = translate(lang, "outcome.ask_employer", gig=gig_title(lang, gig))
        replies.append(Reply(text, rows, chat_id=employer.chat_id))
    return replies


async def _employer_rows(
    services: Services, lang: str, gig_id: int, worker_ids: list[int]
) -> list[list[Button]]:
    """One button per applicant the employer may have hired, then "no one" and "not yet"."""
    rows = [
        [
            localized_button(
                lang,
                "button.outcome_hired",
                EmployerOutcome(gig_id=gig_id, choice=str(worker_id)),
                who=await _worker_name(services, lang, gig_id, worker_id),
            )
        ]
        for worker_id in worker_ids
    ]
    rows.append(
        [
            localized_button(lang, "button.outcome_no_one", EmployerOutcome(gig_id=gig_id, choice=NO_ONE)),
            localized_button(
                lang, "button.outcome_not_yet", EmployerOutcome(gig_id=gig_id, choice=NOT_DECIDED)
            ),
        ]
    )
    return rows


async def _worker_name(services: Services, lang: str, gig_id: int, worker_id: int) -> str:
    """Name an applicant as the employer knows them: the contact they sent, else their trade."""
    interest = await services.store.get_interest(gig_id, worker_id)
    if interest is not None and interest.contact:
        return interest.contact[:MAX_LABEL_NAME]
    profile = await services.store.get_profile(worker_id)
    skills = ", ".join(profile.skills) if profile else ""
    return (skills or translate(lang, "value.not_stated"))[:MAX_LABEL_NAME]


async def _gig_or_expired(turn: Turn, gig_id: int) -> Gig | None:
    gig = await turn.services.store.get_gig(gig_id)
    if gig is None:
        turn.expired()
    return gig


@router.button(WorkerOutcome)
async def worker_answer(turn: Turn, button: WorkerOutcome) -> None:
    """Take the worker's answer: paid, not yet (asked again later), unpaid or paid less (reported)."""
    gig = await _gig_or_expired(turn, button.gig_id)
    if gig is None:
        return
    store, settings = turn.services.store, turn.services.settings
    gig_id, choice = gig.id or 0, button.answer
    if choice == "not_yet":
        again = turn.now() + settings.outcome_reask_days * DAY
        stored = await store.answer_outcome(gig_id, turn.user.id, "worker", choice, ask_again_at=again)
    else:
        stored = await store.answer_outcome(gig_id, turn.user.id, "worker", choice)
    if not stored:
        turn.expired()
    elif choice == "paid":
        turn.say(turn.t("outcome.thanks_paid"))
    elif choice == "not_yet":
        turn.say(turn.t("outcome.ask_later", days=f"{settings.outcome_reask_days:g}"))
    else:
        # The report flow (bot/dialogue/reports.py) with its reason already chosen.
        report = turn.button("button.report_unpaid", Report(gig_id=gig_id, reason="unpaid"))
        applications = turn.button("button.my_applications", ShowApplications())
        text = turn.t("outcome.unpaid_noted")
        helpline = helpline_for(gig.city)
        if helpline is not None:
            text += "\n\n" + turn.t("outcome.helpline", name=helpline.name, number=helpline.number)
        turn.say(text, [[report], [applications]])
        await _tell_admins(turn, gig)


@router.button(ResolveUnpaid)
async def resolve_unpaid(turn: Turn, button: ResolveUnpaid) -> None:
    """Mark an unpaid answer resolved (admins)."""
    gig = await _gig_or_expired(turn, button.gig_id)
    if gig is None:
        return
    # The admin has heard both sides; the answer stays, it just no longer holds the employer's posts.
    if turn.user.id in turn.services.settings.admin_ids and await turn.services.store.resolve_unpaid(
        button.outcome_id, gig.id or 0
    ):
        turn.say(turn.t("outcome.resolved_by_admin"))
    else:
        turn.expired()


@router.button(ClearKeptUnpaid)
async def clear_kept_unpaid(turn: Turn, button: ClearKeptUnpaid) -> None:
    """Mark resolved the unpaid answers an employer's deleted account left in the ledger (admins)."""
    gig = await _gig_or_expired(turn, button.gig_id)
    if gig is None:
        return
    store = turn.services.store
    if turn.user.id in turn.services.settings.admin_ids and await store.clear_kept_unpaid(gig.employer_id):
        turn.say(turn.t("outcome.kept_cleared"))
    else:
        turn.expired()


async def _tell_admins(turn: Turn, gig: Gig) -> None:
    """Let the admins know of an unpaid answer, with a way to mark it resolved once they have looked."""
    outcome_id = await turn.services.store.unpaid_outcome_id(gig.id or 0, turn.user.id)
    if outcome_id is None:
        return
    for admin_id in turn.services.settings.admin_ids:
        admin = await turn.services.store.get_user(admin_id)
        if admin is not None:
            lang = admin.language
            resolve = localized_button(
                lang, "button.outcome_resolve", ResolveUnpaid(gig_id=gig.id or 0, outcome_id=outcome_id)
            )
            turn.tell(admin, translate(lang, "outcome.unpaid_to_admin", id=gig.id), [[resolve]])


@router.button(NowPaid)
async def now_paid(turn: Turn, button: NowPaid) -> None:
    """Take a worker's word that an unpaid gig was paid after all."""
    gig = await _gig_or_expired(turn, button.gig_id)
    if gig is None:
        return
    if await turn.services.store.answer_outcome(gig.id or 0, turn.user.id, "worker", "paid"):
        turn.say(turn.t("outcome.resolved"))
    else:
        turn.expired()


@router.button(EmployerOutcome)
async def employer_answer(turn: Turn, button: EmployerOutcome) -> None:
    """Take the employer's answer: whom they hired, no one, or not decided yet."""
    gig = await _gig_or_expired(turn, button.gig_id)
    if gig is None:
        return
    if gig.employer_id != turn.user.id:
        turn.expired()
        return
    store, choice = turn.services.store, button.choice
    gig_id = gig.id or 0
    applicants = [i.worker_id for i in await store.interests_in(gig_id) if i.status in APPLIED]
    if choice.isdigit() and int(choice) in applicants:
        hired = int(choice)
        if not await store.answer_outcome(gig_id, hired, "employer", "hired"):
            turn.expired()
            return
        # A hired applicant who was never shortlisted is asked too, at the next check.
        await store.schedule_outcome(gig_id, hired, turn.now(), roles=("worker",))
        # Someone else may have been hired too: offer the rest once more.
        rest = await store.unanswered_outcomes(gig_id, "employer")
        buttons = await _employer_rows(turn.services, turn.lang, gig_id, rest) if rest else []
        more = "\n" + turn.t("outcome.anyone_else") if rest else ""
        turn.say(turn.t("outcome.hire_noted") + more, buttons)
        return
    if choice == NO_ONE:
        stored = any(
            [await store.answer_outcome(gig_id, worker, "employer", "not_hired") for worker in applicants]
        )
        key = "outcome.no_hire_noted"
    elif choice == NOT_DECIDED:
        again = turn.now() + turn.services.settings.outcome_reask_days * DAY
        stored = any(
            [
                await store.answer_outcome(gig_id, worker, "employer", "", ask_again_at=again)
                for worker in applicants
            ]
        )
        key = "outcome.employer_later"
    else:
        stored, key = False, "button.expired"
    turn.say(turn.t(key if stored else "button.expired"))
