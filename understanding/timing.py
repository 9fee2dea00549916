"""Working days, hours, dates and urgency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from core.models import WEEKDAYS, Weekday
from understanding.lexicon import lexicon
from understanding.text import alternation

_INDIC = "\u0900-\u0963\u0966-\u0dff"  # Indic letters; the danda । ends a sentence
_LEFT = rf"(?<![^\W_]|[{_INDIC}])"
_RIGHT = rf"(?![^\W_]|[{_INDIC}])"


@dataclass(frozen=True, slots=True)
class _DayMention:
    day: Weekday
    start: int
    end: int
    abbreviated: bool


@cache
def _patterns() -> dict[str, Any]:
    lex = lexicon()
    day_of: dict[str, Weekday] = {}
    for day, words in lex["days"].items():
        for word in words:
            day_of[word] = day
    # Indic case endings (रविवारी, शनिवारला) may follow an Indic day name; a Latin one must end the word.
    word_end = rf"(?:(?<=[{_INDIC}])[{_INDIC}]*|(?![^\W_]))"
    return {
        "day_of": day_of,
        "day": re.compile(_LEFT + "(" + alternation(list(day_of)) + ")" + word_end),
        "joiner": re.compile(r"^\s*(?:" + alternation(lex["day_range_joiners"]) + r")\s*$"),
        "list_sep": re.compile(r"^\s*(?:[,/&+]|and|aur|और|y)?\s*$"),
        "off": re.compile(
            r"^\s*(?:\([^)]{0,20}\)\s*)?(?:ko\s+|को\s+|la\s+|ला\s+|e\s+)?(?:"
            + alternation(lex["day_off_markers"])
            + ")"
        ),
        "off_before": re.compile(_LEFT + "(?:" + alternation(lex["day_off_before"]) + r")\s*[:\-]?\s*$"),
        "all": re.compile(_LEFT + "(?:" + alternation(lex["all_days_phrases"]) + ")"),
        "weekdays": re.compile(_LEFT + "(?:" + alternation(lex["weekday_phrases"]) + ")" + _RIGHT),
        "weekend": re.compile(_LEFT + "(?:" + alternation(lex["weekend_phrases"]) + ")" + _RIGHT),
        "only": re.compile(r"^\s*(?:only|off|leave)\b"),
        "urgent": re.compile(_LEFT + "(?:" + alternation(lex["urgent_words"]) + ")" + _RIGHT),
        "date": re.compile(
            r"\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:"
            + alternation(lex["month_names"])
            + r")\b\.?"
            + "|"
            + _LEFT
            + "(?:"
            + alternation(lex["date_words"])
            + ")"
            + _RIGHT
        ),
        "clock": re.compile(
            r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*(?:-|–|—|to|se|से)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|baje|बजे)?(?![\w:])"
        ),
        "bare_clock_end": re.compile(r"\s*(?:[,;\n)]|$|baje|बजे|tak|तक|shift)"),
        "time_of_day": {
            label: re.compile(_LEFT + "(?:" + alternation(words) + ")" + _RIGHT)
            for label, words in lex["time_of_day"].items()
        },
    }


def _mentions(text: str) -> list[_DayMention]:
    p = _patterns()
    abbreviations = set(lexicon()["day_abbreviations"])
    return [
        _DayMention(p["day_of"][m.group(1)], m.start(), m.end(), m.group(1) in abbreviations)
        for m in p["day"].finditer(text)
    ]


def _span(first: Weekday, last: Weekday) -> list[Weekday]:
    start, stop = WEEKDAYS.index(first), WEEKDAYS.index(last)
    return [WEEKDAYS[(start + k) % 7] for k in range((stop - start) % 7 + 1)]


def extract_days(text: str) -> list[Weekday] | None:
    """Return the working days a lower-case text names, in week order, or None when it names none."""
    p = _patterns()
    mentions = _mentions(text)
    linked: set[int] = set()
    chosen: set[Weekday] = set()
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        between = text[a.end : b.start]
        if p["joiner"].match(between):
            chosen.update(_span(a.day, b.day))
            linked |= {i, i + 1}
        elif p["list_sep"].match(between):
            linked |= {i, i + 1}
    off: set[Weekday] = set()
    for i, mention in enumerate(mentions):
        after = text[mention.end : mention.end + 40]
        if mention.abbreviated and i not in linked and not (p["only"].match(after) or p["off"].match(after)):
            continue  # "sat" or "sun" alone is too often another word
        if p["off"].match(after) or p["off_before"].search(text, max(0, mention.start - 20), mention.start):
            off.add(mention.day)
        else:
            chosen.add(mention.day)
    if off:
        return [d for d in WEEKDAYS if d not in off]
    if p["all"].search(text):
        return list(WEEKDAYS)
    if p["weekdays"].search(text):
        chosen.update(WEEKDAYS[:5])
    if p["weekend"].search(text):
        chosen.update(WEEKDAYS[5:])
    return [d for d in WEEKDAYS if d in chosen] or None


def _clock(hour: str, minute: str | None, meridiem: str | None) -> str:
    value = int(hour) % 24
    if meridiem == "pm" and value < 12:
        value += 12
    if meridiem == "am" and value == 12:
        value = 0
    return f"{value:02d}:{minute or '00'}"


def extract_hours(text: str) -> str | None:
    """Return the working hours as "HH:MM-HH:MM", or a time of day ("evening"), or None."""
    p = _patterns()
    for m in p["clock"].finditer(text):
        start_h, start_m, start_ap, end_h, end_m, end_ap = m.groups()
        if int(start_h) > 24 or int(end_h) > 24:
            continue
        if not (start_ap or end_ap or start_m or end_m) and not p["bare_clock_end"].match(text, m.end()):
            continue  # "6-7" alone is as likely a count as a time
        end_ap = end_ap if end_ap in ("am", "pm") else None
        if start_ap is None and end_ap == "pm" and int(start_h) < int(end_h):
            start_ap = "pm"
        return f"{_clock(start_h, start_m, start_ap)}-{_clock(end_h, end_m, end_ap)}"
    labels = [label for label, pattern in p["time_of_day"].items() if pattern.search(text)]
    return ", ".join(labels) or None


def hours_span(hours: str | None) -> float | None:
    """Return how many hours an "HH:MM-HH:MM" span covers (over midnight too), or None for anything else."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", hours or "")
    if not match:
        return None
    start_h, start_m, end_h, end_m = (int(group) for group in match.groups())
    span = ((end_h * 60 + end_m) - (start_h * 60 + start_m)) % (24 * 60) / 60
    return span or None


def extract_dates(text: str) -> str | None:
    """Return the dates a text names, as written ("14–16 dec", "tomorrow"), or None."""
    found = [m.group().strip() for m in _patterns()["date"].finditer(text)]
    return "; ".join(dict.fromkeys(found)) or None


def is_urgent(text: str) -> bool:
    """Tell whether a lower-case text asks for someone urgently."""
    return _patterns()["urgent"].search(text) is not None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def last_named_day(dates: str, today: date) -> date | None:
    """Return the last calendar day a gig's dates name ("this saturday", "kal", "14-16 dec"), or None.

    A weekday means its next occurrence (today included); a day of a month already past means next year.
    """
    low = dates.lower()
    lex = lexicon()
    named: list[date | None] = []
    for word, offset in lex["relative_days"].items():
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            named.append(today + timedelta(days=int(offset)))
    for day, words in lex["days"].items():
        if any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low) for word in words):
            named.append(today + timedelta(days=(WEEKDAYS.index(day) - today.weekday()) % 7))
    for match in re.finditer(r"(\d{1,2})(?:st|nd|rd|th)?\s*([a-z]{3})[a-z]*", low):
        if match.group(2) in _MONTHS:
            named.append(_next_date(today, _MONTHS.index(match.group(2)) + 1, int(match.group(1))))
    return max((day for day in named if day is not None), default=None)


def _next_date(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None
