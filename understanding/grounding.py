"""Is a value the LLM returned supported by the message? Places it names, numbers it states, words it uses.

Every check answers for one value only, so a hostile or careless answer costs just the fields it
invented: the caller keeps the offline reading of those.
"""

from __future__ import annotations

import re
from functools import cache

from understanding.gazetteer import get_gazetteer
from understanding.screening import GigScreener
from understanding.text import fold, normalise, tokenize

# Contact details and links are never a field's value: they are how scams move people off the platform.
_CONTACT = re.compile(
    r"https?:|www\.|t\.me/|wa\.me/|[\w.+-]+@[\w-]+\.\w|(?<!\w)@\w|"
    r"\b[\w-]+\.(?:com|in|net|org|io|me|ly|co|xyz|info|link|app|site|online|biz)\b|"
    r"(?:\d[\s().-]*){7,}",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[<>{}\[\]`]")
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*(k|thousand|hazaa?r|l|lakhs?|lacs?)?(?![^\W\d_])", re.IGNORECASE)
_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "hazar": 1_000, "hazaar": 1_000}
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_MIN_PREFIX = 4  # "blouses" supports "blouse", "stitching" supports "stitch"


@cache
def _screener() -> GigScreener:
    return GigScreener()


class Grounding:
    """What one message states, read once, to check the LLM's values against."""

    def __init__(self, text: str) -> None:
        normal = normalise(text)
        tokens = tokenize(normal)
        self.words = {token.text for token in tokens}
        self.numbers = _numbers_in(normal)
        self.cities = {city for mention in get_gazetteer().find(tokens) for city in mention.place.cities}

    def clean(self, value: str) -> bool:
        """Tell whether a value is free of contact details, links, markup and scam wording."""
        return not (_CONTACT.search(value) or _MARKUP.search(value) or _screener().scam_codes(value))

    def states_number(self, number: float) -> bool:
        """Tell whether the message writes this number (15000 as "15000", "15,000", "15k" or "15 hazar")."""
        return any(abs(number - stated) < 0.01 for stated in self.numbers)

    def names_city(self, city: str) -> bool:
        """Tell whether the message names this city, or a locality or region inside it."""
        return city in self.cities

    def uses_words(self, value: str) -> bool:
        """Tell whether every word of a phrase is one the message uses (numbers included, as numbers)."""
        for token in tokenize(normalise(value)):
            word = token.text
            if word.isdecimal():
                if not self.states_number(float(word)):
                    return False
            elif not any(_same_stem(word, said) for said in self.words):
                return False
        return True

    def states_hours(self, hours: str) -> bool:
        """Tell whether working hours ("09:00-18:00" from "9 to 6") come from the message's numbers."""
        match = _HOURS.match(hours.strip())
        if match is None:
            return self.uses_words(hours)
        start, end = int(match[1]), int(match[3])
        return all(
            any(self.states_number(candidate) for candidate in (hour, hour % 12 or 12))
            for hour in (start, end)
        )


def _same_stem(word: str, said: str) -> bool:
    if word == said:
        return True
    shorter, longer = sorted((word, said), key=len)
    return len(shorter) >= _MIN_PREFIX and longer.startswith(shorter)


def _numbers_in(text: str) -> set[float]:
    """Return every number the text writes, with "15k", "1.5 lakh" and "18,000" read as amounts."""
    numbers: set[float] = set()
    for match in _NUMBER.finditer(text):
        digits, unit = match[1], fold(match[2] or "")
        for reading in {digits.replace(",", ""), digits.replace(",", ".")}:
            try:
                value = float(reading)
            except ValueError:
                continue
            numbers.add(value)
            if unit:
                numbers.add(value * (100_000 if unit.startswith("l") else _MULTIPLIERS.get(unit, 1)))
    return numbers
