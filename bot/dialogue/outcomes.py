"""How an application ended: asked of the worker and the employer once the work should be done."""

from __future__ import annotations

import time

from app.services import Services
from bot.dialogue.messages import Button, Reply
from bot.dialogue.posting import end_of_named_days
from bot.dialogue.render import gig_title
from bot.dialogue.turn import Turn, localized_button
from bot.i18n import translate
from core.models import Gig
from core.settings import Settings
from core.store import OutcomeQuestion

WORKER_ANSWERS: dict[str, str] = {
    "paid": "button.outcome_paid",
    "not_yet": "button.outcome_not_yet",
    "unpaid": "button.outcome_unpaid",
    "paid_less": "button.outcome_paid_less",
}
UNPAID_ANSWERS = ("unpaid", "paid_less")
NO_ONE = "0"
NOT_DECIDED = "wait"
MAX_LABEL_NAME = 22


def outcome_due_at(settings: Settings, gig: Gig, now: float | None = None) -> float:
    """Ask after the gig's last named day if still ahead, else GIGMATCH_OUTCOME_AFTER_DAYS from now."""
    now = time.time() if now is None else now
    named_end = end_of_named_days(gig, settings.timezone, gig.created_at or now)
    if named_end is not None and named_end > now:
        return named_end
    return now + settings.outcome_after_days * 86400


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
            localized_button(lang, key, f"oc:w:{question.gig_id}:{answer}")
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
    """One button per shortlisted worker the employer may have hired, then "no one" and "not yet"."""
    rows = [
        [
            localized_button(
                lang,
                "button.outcome_hired",
                f"oc:e:{gig_id}:{worker_id}",
                who=await _worker_name(services, lang, gig_id, worker_id),
            )
        ]
        for worker_id in worker_ids
    ]
    rows.append(
        [
            localized_button(lang, "button.outcome_no_one", f"oc:e:{gig_id}:{NO_ONE}"),
            localized_button(lang, "button.outcome_not_yet", f"oc:e:{gig_id}:{NOT_DECIDED}"),
        ]
    )
    return rows


async def _worker_name(services: Services, lang: str, gig_id: int, worker_id: int) -> str:
    """Name a shortlisted worker as the employer knows them: the contact they sent, else their trade."""
    interest = await services.store.get_interest(gig_id, worker_id)
    if interest is not None and interest.contact:
        return interest.contact[:MAX_LABEL_NAME]
    profile = await services.store.get_profile(worker_id)
    skills = ", ".join(profile.skills) if profile else ""
    return (skills or translate(lang, "value.not_stated"))[:MAX_LABEL_NAME]


async def answer(turn: Turn, args: list[str]) -> None:
    """Take a tap on an outcome question: w (worker), e (employer), p (a worker now paid), r (admin)."""
    who, gig_id, choice = [*args, "", "", ""][:3]
    gig = await turn.services.store.get_gig(int(gig_id)) if gig_id.isdigit() else None
    if gig is None:
        turn.expired()
    elif who == "w" and choice in WORKER_ANSWERS:
        await _worker_answer(turn, gig, choice)
    elif who == "p":
        await _now_paid(turn, gig)
    elif who == "e" and gig.employer_id == turn.user.id:
        await _employer_answer(turn, gig, choice)
    elif who == "r" and turn.user.id in turn.services.settings.admin_ids and choice.isdigit():
        # The admin has heard both sides; the answer stays, it just no longer holds the employer's posts.
        if await turn.services.store.resolve_unpaid(int(choice), gig.id or 0):
            turn.say(turn.t("outcome.resolved_by_admin"))
        else:
            turn.expired()
    else:
        turn.expired()


async def _worker_answer(turn: Turn, gig: Gig, choice: str) -> None:
    store, settings = turn.services.store, turn.services.settings
    gig_id = gig.id or 0
    if choice == "not_yet":
        again = time.time() + settings.outcome_reask_days * 86400
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
        report = turn.button("button.report_unpaid", f"rep:{gig_id}:unpaid")
        applications = turn.button("button.my_applications", "apps:0")
        turn.say(turn.t("outcome.unpaid_noted"), [[report], [applications]])
        await _tell_admins(turn, gig)


async def _tell_admins(turn: Turn, gig: Gig) -> None:
    """Let the admins know of an unpaid answer, with a way to mark it resolved once they have looked."""
    outcome_id = await turn.services.store.unpaid_outcome_id(gig.id or 0, turn.user.id)
    for admin_id in turn.services.settings.admin_ids:
        admin = await turn.services.store.get_user(admin_id)
        if admin is not None:
            lang = admin.language
            resolve = localized_button(lang, "button.outcome_resolve", f"oc:r:{gig.id}:{outcome_id}")
            turn.tell(admin, translate(lang, "outcome.unpaid_to_admin", id=gig.id), [[resolve]])


async def _now_paid(turn: Turn, gig: Gig) -> None:
    if await turn.services.store.answer_outcome(gig.id or 0, turn.user.id, "worker", "paid"):
        turn.say(turn.t("outcome.resolved"))
    else:
        turn.expired()


async def _employer_answer(turn: Turn, gig: Gig, choice: str) -> None:
    store = turn.services.store
    gig_id = gig.id or 0
    shortlisted = [i.worker_id for i in await store.interests_in(gig_id) if i.status == "shortlisted"]
    if choice.isdigit() and int(choice) in shortlisted:
        if not await store.answer_outcome(gig_id, int(choice), "employer", "hired"):
            turn.expired()
            return
        # Someone else may have been hired too: offer the rest once more.
        rest = await store.unanswered_outcomes(gig_id, "employer")
        buttons = await _employer_rows(turn.services, turn.lang, gig_id, rest) if rest else []
        more = "\n" + turn.t("outcome.anyone_else") if rest else ""
        turn.say(turn.t("outcome.hire_noted") + more, buttons)
        return
    if choice == NO_ONE:
        stored = any(
            [await store.answer_outcome(gig_id, worker, "employer", "not_hired") for worker in shortlisted]
        )
        key = "outcome.no_hire_noted"
    elif choice == NOT_DECIDED:
        again = time.time() + turn.services.settings.outcome_reask_days * 86400
        stored = any(
            [
                await store.answer_outcome(gig_id, worker, "employer", "", ask_again_at=again)
                for worker in shortlisted
            ]
        )
        key = "outcome.employer_later"
    else:
        stored, key = False, "button.expired"
    turn.say(turn.t(key if stored else "button.expired"))
