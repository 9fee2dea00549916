"""How a digest of new gigs reads on Telegram: numbered gigs, each with its reason line and buttons."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialogue.render import gig_card, reason_line
from bot.i18n import translate
from core.models import Gig, Match
from core.store import User


def render_digest(user: User, gigs: list[tuple[Gig, Match]]) -> tuple[str, InlineKeyboardMarkup | None]:
    """Render new fitting gigs as one message, numbered, with the same two choices as /matches for each."""
    lang = user.language
    sections = [translate(lang, "alerts.digest_intro")]
    rows = []
    for number, (gig, match) in enumerate(gigs, start=1):
        sections.append(f"{number}. {gig_card(lang, gig)}\n{reason_line(lang, match)}")
        rows.append(
            [
                InlineKeyboardButton(
                    translate(lang, "button.interested_n", n=number), callback_data=f"int:{gig.id}"
                ),
                InlineKeyboardButton(
                    translate(lang, "button.not_for_me_n", n=number), callback_data=f"hide:{gig.id}"
                ),
            ]
        )
    return "\n\n".join(sections), InlineKeyboardMarkup(rows) if rows else None
