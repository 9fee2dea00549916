"""How a digest of new gigs reads: numbered gigs, each with its reason line and buttons."""

from __future__ import annotations

from collections.abc import Mapping

from bot.dialogue.render import gig_card, reason_line
from bot.i18n import translate
from core.messages import Button, Reply
from core.models import Gig, Match
from core.store import EmployerRecord, User


def render_digest(user: User, gigs: list[tuple[Gig, Match]], records: Mapping[int, EmployerRecord]) -> Reply:
    """Render new gigs as one numbered message, each with its employer's record and the /matches choices."""
    lang = user.language
    sections = [translate(lang, "alerts.digest_intro")]
    rows = []
    for number, (gig, match) in enumerate(gigs, start=1):
        card = gig_card(lang, gig, records.get(gig.employer_id))
        sections.append(f"{number}. {card}\n{reason_line(lang, match)}")
        rows.append(
            [
                Button(translate(lang, "button.interested_n", n=number), data=f"int:{gig.id}"),
                Button(translate(lang, "button.not_for_me_n", n=number), data=f"hide:{gig.id}"),
                Button(translate(lang, "button.report_n", n=number), data=f"rep:{gig.id}"),
            ]
        )
    return Reply(text="\n\n".join(sections), buttons=rows)
