"""Employers post gigs by message: understand, show the card, screen, publish; /mygigs and /review."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.dialogue.interview import merge, missing_fields
from bot.dialogue.messages import Button
from bot.dialogue.render import gig_card
from bot.dialogue.reports import notify_admins
from bot.dialogue.turn import Turn
from bot.i18n import translate
from core.models import Extraction, Gig, GigStatus
from retrieval.records import gig_from_extraction
from understanding.protected import drop_protected_requirements, protected_requirements
from understanding.timing import last_named_day

GIG_DRAFT = "gig_draft"
GIG_EDIT = "gig_edit"
ESSENTIAL_FIELDS = ("skills", "place", "pay")
_CLOSED = {GigStatus.FILLED, GigStatus.CANCELLED, GigStatus.EXPIRED, GigStatus.REJECTED}
UNPAID_HOLD = "unpaid_reports"  # a hold reason beside the screening codes, rendered like them
UPHELD_HOLD = "reports_upheld"


def missing_essentials(draft: Extraction) -> list[str]:
    """Return what a gig cannot go out without: the work, the place (unless remote), the pay."""
    negotiable = draft.pay is not None and draft.pay.negotiable
    return [
        name
        for name in missing_fields(draft)
        if name in ESSENTIAL_FIELDS and not (name == "pay" and negotiable)
    ]


async def begin(turn: Turn) -> None:
    """Answer /post: ask for the gig in one message."""
    if await _throttled(turn):
        return
    await turn.save_state(GIG_EDIT, {"text": "", "draft": Extraction().model_dump(mode="json")})
    turn.say(turn.t("post.ask"))


async def start(turn: Turn, text: str) -> None:
    """Read a gig post and show what was understood (asking once for what is missing)."""
    if await _throttled(turn):
        return
    extraction = await turn.services.understanding.extract(text, "gig")
    await _review_draft(turn, {"text": text, "draft": extraction.model_dump(mode="json"), "asked": False})


async def _throttled(turn: Turn) -> bool:
    """Say so and return True when the employer reached the hourly posting limit (one for every path)."""
    limit = turn.services.settings.max_gigs_per_hour
    if await turn.services.store.gigs_posted_since(turn.user.id, time.time() - 3600) < limit:
        return False
    turn.say(turn.t("post.throttled", limit=limit))
    return True


async def add_details(turn: Turn, text: str, data: dict[str, Any]) -> None:
    """Merge an answer or a correction into the draft and show it again."""
    draft = Extraction.model_validate(data.get("draft") or {})
    extraction = await turn.services.understanding.extract(text, "gig")
    original = str(data.get("text") or "")
    combined = f"{original}\n{text}" if original else text
    data = {**data, "text": combined, "draft": merge(draft, extraction).model_dump(mode="json")}
    await _review_draft(turn, data)


async def _review_draft(turn: Turn, data: dict[str, Any]) -> None:
    draft = Extraction.model_validate(data["draft"])
    missing = missing_essentials(draft)
    if missing and not data.get("asked"):
        await turn.save_state(GIG_DRAFT, {**data, "asked": True})
        turn.say("\n".join(turn.t(f"post.ask_{name}") for name in missing))
        return
    notice = ""
    dropped = protected_requirements(str(data.get("text") or ""))
    if dropped and not data.get("told_protected"):
        # Told once per post: the requirement is simply gone from every later draft and from the gig.
        data = {**data, "told_protected": True}
        notice = "\n\n" + turn.t("post.protected_dropped", dropped=", ".join(f"“{d}”" for d in dropped))
    await turn.save_state(GIG_DRAFT, data)
    await show_draft(turn, data, notice)


async def show_draft(turn: Turn, data: dict[str, Any], notice: str = "") -> None:
    """Show the draft card as it would be published, with Publish, Edit and Cancel."""
    gig = await _gig_from(turn, data)
    turn.say(
        turn.t("post.understood") + "\n\n" + gig_card(turn.lang, gig) + notice,
        [
            [turn.button("button.publish", "gig:publish")],
            [turn.button("button.edit", "gig:edit"), turn.button("button.cancel", "gig:discard")],
        ],
    )


async def _gig_from(turn: Turn, data: dict[str, Any]) -> Gig:
    draft = Extraction.model_validate(data["draft"])
    text = str(data.get("text") or "")
    screening = await turn.services.screener.screen_async(text, draft)
    # Who a worker is never filters a gig: the stored, embedded and reviewed words drop such requirements.
    gig = gig_from_extraction(turn.user.id, drop_protected_requirements(text), draft, screening)
    if data.get("edit_of"):
        gig = gig.model_copy(update={"id": int(data["edit_of"])})
    return gig


async def ask_edit(turn: Turn, data: dict[str, Any]) -> None:
    """Invite the employer to say what to change."""
    await turn.save_state(GIG_EDIT, data)
    turn.say(turn.t("post.what_to_change"))


async def discard(turn: Turn) -> None:
    """Drop the draft."""
    await turn.clear_state()
    turn.say(turn.t("post.discarded"))


async def publish(turn: Turn, data: dict[str, Any], *, accept_low_pay: bool = False) -> None:
    """Screen the draft, then publish it, hold it for review, or warn about low pay first."""
    if not data.get("edit_of") and await _throttled(turn):
        return
    gig = await _gig_from(turn, data)
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
                    turn.button("button.publish_anyway", "gig:publish_low"),
                    turn.button("button.edit", "gig:edit"),
                ]
            ],
        )
        return
    gig = await go_live(turn, gig)
    await turn.clear_state()
    turn.say(turn.t("post.published", id=gig.id), [[turn.button("button.my_gigs", "mygigs:list")]])


async def go_live(turn: Turn, gig: Gig) -> Gig:
    """Open a gig in SQLite first, then in the index, then tell fitting workers who chose instant alerts.

    It stays open GIGMATCH_GIG_TTL_DAYS from going live (publication or approval), or until the end of the
    last day its post names ("this Saturday", "kal", "14-16 Dec"), whichever comes first.
    """
    services = turn.services
    expires = time.time() + services.settings.gig_ttl_days * 86400
    named_end = end_of_named_days(gig, services.settings.timezone, time.time())
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


async def my_gigs(turn: Turn) -> None:
    """List the employer's gigs with status, interest and actions."""
    store = turn.services.store
    gigs = await store.gigs_of(turn.user.id)
    if not gigs:
        turn.say(turn.t("mygigs.none"), [[turn.button("button.post", "post:new")]])
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
    applicants = [turn.button("button.applicants", f"ap:{gig.id}")]
    if gig.status in _CLOSED:
        return [applicants] if gig.status is not GigStatus.REJECTED else []
    if gig.status is not GigStatus.OPEN:
        return [
            [
                turn.button("button.edit", f"gig:change:{gig.id}"),
                turn.button("button.close", f"gig:cancel:{gig.id}"),
            ]
        ]
    return [
        [
            turn.button("button.edit", f"gig:change:{gig.id}"),
            turn.button("button.find_workers", f"fw:{gig.id}"),
        ],
        applicants,
        [
            turn.button("button.filled", f"gig:filled:{gig.id}"),
            turn.button("button.close", f"gig:cancel:{gig.id}"),
        ],
    ]


async def own_gig(turn: Turn, gig_id: int) -> Gig | None:
    """Return the speaker's own gig, or say it is not found (whoever else's it is)."""
    gig = await turn.services.store.get_gig(gig_id)
    if gig is None or gig.employer_id != turn.user.id:
        turn.say(turn.t("gig.not_found"))
        return None
    return gig


async def close(turn: Turn, gig_id: int, status: GigStatus) -> None:
    """Close one of the employer's gigs (filled or cancelled); it stops being matched at once."""
    if await own_gig(turn, gig_id) is None:
        return
    await turn.services.gigs.close(gig_id, status)
    turn.say(turn.t("mygigs.closed", status=turn.t(f"status.{status.value}")))


async def edit_published(turn: Turn, gig_id: int) -> None:
    """Start editing a gig already posted; the employer says what changes."""
    gig = await own_gig(turn, gig_id)
    if gig is None:
        return
    draft = await turn.services.understanding.extract(gig.text, "gig")
    await ask_edit(
        turn, {"text": gig.text, "draft": draft.model_dump(mode="json"), "asked": True, "edit_of": gig_id}
    )


async def review_queue(turn: Turn) -> None:
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
        turn.say(
            text,
            [
                [
                    turn.button("button.approve", f"review:approve:{gig.id}"),
                    turn.button("button.reject", f"review:reject:{gig.id}"),
                ]
            ],
        )


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
