"""Rates of pay: amounts, ranges, units, piece rates, in English, Hinglish and Indian scripts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, cast

from core.models import Pay, PayUnit
from understanding.lexicon import lexicon
from understanding.text import alternation

_MULTIPLIERS = {
    "k": 1_000, "thousand": 1_000, "hazaar": 1_000, "hazar": 1_000, "hajar": 1_000, "हज़ार": 1_000,
    "हजार": 1_000, "l": 100_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
    "लाख": 100_000, "cr": 10_000_000, "crore": 10_000_000,
}  # fmt: skip
_SLASH_UNITS: dict[str, PayUnit] = {
    "hr": "hour", "hrs": "hour", "hour": "hour", "h": "hour", "day": "day", "d": "day", "din": "day",
    "shift": "day", "week": "week", "wk": "week", "month": "month", "mon": "month", "mo": "month",
    "m": "month", "pm": "month",
}  # fmt: skip
_TIME_SUFFIXES = ("am", "pm", "baje", "बजे", "a.m", "p.m")
_WINDOW = 32
_MIN_UNMARKED_AMOUNT = 50
_MONTHLY_FLOOR = 2500  # a bare salary figure at least this big is a monthly wage
# With no unit at all, a figure this big is a full-time monthly wage ("16k", "12500 + OT", "min 18k"):
# nobody in India is paid it per hour or per day, and one-off work says so ("for the wedding", "total").
_BARE_MONTHLY = (5000, 300000)
_MIN_RATE_NOT_DURATION = 1000
_COUNTED_UNITS = ("day", "week", "month")
_MIN_BARE_AMOUNT = 100  # a plain figure below this is a count, an age or a time, not pay
_PIN_DIGITS = 6
_YEAR_RANGE = range(1950, 2036)
_MAX_RANGE_SPREAD = 10  # "600-800" and "75k-1L" are ranges; "35 – 16000" is a sector number and a wage
_MAX_NUMBERS = 40  # a real message states a handful of numbers; this bounds the cost of a flood of them


@dataclass(frozen=True, slots=True)
class _Candidate:
    amount: float
    max_amount: float | None
    unit: PayUnit | None
    per: str | None
    score: int
    position: int


@cache
def _patterns() -> dict[str, Any]:
    lex = lexicon()
    number = r"(\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    suffix = r"(?:\s*(" + alternation(list(_MULTIPLIERS)) + r")(?![^\W_]))?"
    currency = alternation([c for c in lex["currency_markers"]])
    amount = number + suffix
    money = re.compile(
        r"(?<![\w.,/])(?:(" + currency + r")\s*\.?\s*)?" + amount
        + r"(?:\s*(?:-|–|—|to|se|से)\s*(?:(?:" + currency + r")\s*\.?\s*)?" + amount + r")?(?![\w])",
        re.IGNORECASE,
    )  # fmt: skip
    units = lex["unit_words"]
    after_unit = {
        unit: re.compile(
            r"^\s*(?:/-\s*)?(?:(?:"
            + currency
            + r"|only|each|fixed|net|approx)\.?\s*)*(?:"
            + alternation(words)
            + r")(?![^\W_])",
            re.IGNORECASE,
        )
        for unit, words in units.items()
    }
    before_unit = {
        unit: re.compile(
            r"(?<![^\W_])(?:"
            + alternation(words)
            # words that may sit between a unit and its amount: "ದಿನಕ್ಕೆ ಕನಿಷ್ಠ 800", "मासिक कम से कम 9000"
            + r")(?:\s+(?:"
            + alternation([*lex["unit_fillers"], ":", "-"])
            + r"))*\s*[:\-]?\s*(?:"
            + currency
            + r")?\.?\s*$",
            re.IGNORECASE,
        )
        for unit, words in lex["before_unit_words"].items()
    }
    return {
        "money": money,
        "after_unit": after_unit,
        "before_unit": before_unit,
        "weak_month": re.compile(
            r"(?<![^\W_])(?:" + alternation(lex["weak_month_words"]) + r")(?![^\W_])", re.I
        ),
        "after_per": re.compile(
            r"^\s*(?:/-\s*)?(?:(?:"
            + currency
            + r"|only|each)\.?\s*)*(?:(?:per|प्रति|prati|/)\s*|a\s+)((?:[^\W\d_]|[\u0900-\u0DFF])+"
            r"(?:\s+(?:minute|ft|feet|foot|page|metre|meter|km))?)",
            re.IGNORECASE,
        ),
        "after_for_the": re.compile(
            r"^\s*(?:for|per)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(job|project|work|night|event|mandate|assignment)\b",
            re.I,
        ),
        "fixed_after": re.compile(
            r"^\s*(?:" + currency + r")?\s*(?:fixed|lump ?sum|one[- ]time|contract)\b", re.I
        ),
        "before_per": re.compile(
            r"(?<![^\W_])(?:" + alternation(lex["task_per_pre"]) + r")\s+((?:[^\W\d_]|[\u0900-\u0DFF])+"
            r"(?:\s+(?:ft|feet|foot|metre|meter|minute|page))?)\s*(?:"
            + alternation(lex["task_per_post"])
            + r")?"
            # a short verb or particle may sit between the piece and its rate ("ஒரு முழம் கட்ட ₹4")
            r"(?:\s+(?:[^\W\d_]|[\u0900-\u0DFF]){1,6})?"
            r"(?:\s+(?:kam se kam|min|minimum|only))?\s*[:\-]?\s*(?:" + currency + r")?\.?\s*$",
            re.IGNORECASE,
        ),
        "piece_before": re.compile(
            r"(?<![^\W_])(" + alternation(lex["piece_nouns"]) + r")\s+(?:ka|ke|ki|na|no|ni|का|के|की)"
            r"\s*[:\-]?\s*(?:" + currency + r")?\.?\s*$",
            re.IGNORECASE,
        ),
        "fee_before": re.compile(
            r"(?<![^\W_])(?:(?:"
            + alternation(lex["fee_words"])
            + r")\s+(?:"
            + alternation(lex["fee_nouns"])
            + r")|"
            + alternation(lex["deposit_words"])
            + r")(?:\s+(?:only|of|is|just|sirf|amount))*\s*[:\-]?\s*(?:"
            + currency
            + r")?\.?\s*$",
            re.IGNORECASE,
        ),
        "fee_after": re.compile(
            r"^\s*(?:/-)?\s*(?:only\s+)?(?:\([^)]{0,12}\)\s*)?(?:"
            + alternation(lex["fee_after_words"])
            + r")(?![^\W_])",
            re.IGNORECASE,
        ),
        # "सालाला", "நிமிடத்துக்கு", "పదానికి": a case ending glued to the noun says "per" in Indian languages.
        "case_per": re.compile(
            r"((?:[^\W\d_]|[\u0900-\u0DFF\u200c\u200d])+?)(?:" + alternation(lex["per_case_endings"]) + r")"
            r"\s*[:\-]?\s*(?:" + currency + r")?\.?\s*$"
        ),
        "time_words": _time_words_by_unit(lex["before_unit_words"]),
        # how the one-word time units of every language begin ("महि" for महिना, महिन्याचे)
        "time_stems": tuple(
            {
                word[:_MIN_TIME_STEM]
                for words in lex["before_unit_words"].values()
                for word in words
                if " " not in word and len(word) >= _MIN_TIME_STEM
            }
        ),
        # "एका डब्याचे ९०", "ஒரு பீஸ் 4 ரூபாய்": the price of one thing, whatever case ending it takes
        "one_per": re.compile(
            r"(?<![^\W_])(?:"
            + alternation(lex["per_one_words"])
            + r")\s+((?:[^\W\d_]|[\u0900-\u0DFF\u200c\u200d])+)"
            r"\s*[:\-]?\s*(?:" + currency + r")?\.?\s*$",
            re.IGNORECASE,
        ),
        # a word after the noun makes the amount per that noun: "পিস প্রতি ৪০", "વ્યક્તિ દીઠ ₹1500"
        "postposition_per": re.compile(
            r"((?:[^\W\d_]|[\u0900-\u0DFF])+)\s+(?:" + alternation(lex["per_postpositions"]) + r")"
            r"\s*[:\-]?\s*(?:" + currency + r")?\.?\s*$"
        ),
        "retainer": re.compile(
            r"(?<![^\W_])(retainer|budget|fee for the project|project fee|per project)\b[^.\n]{0,12}$", re.I
        ),
        "paise": re.compile(r"^\s*(?:" + alternation(lex["paise_markers"]) + r")(?![^\W_])", re.I),
        "not_after": re.compile(
            r"^\s*\+?\s*-?\s*(?:" + alternation(lex["not_pay_after"]) + r")(?![^\W_])", re.I
        ),
        "not_before": re.compile(
            r"(?<![^\W_])(?:" + alternation(lex["not_pay_before"]) + r")\s*[:#.\-]?\s*$", re.I
        ),
        "month_name": re.compile(r"(?<![^\W_])(?:" + alternation(lex["month_names"]) + r")(?![^\W_])", re.I),
        "time_after": re.compile(
            r"^\s*(?:" + alternation(list(_TIME_SUFFIXES)) + r")(?![^\W_])|^:\d\d", re.I
        ),
        "pay_keyword": re.compile(
            r"(?<![^\W_])(?:" + alternation(lex["pay_keywords"]) + r")(?![^\W_])", re.I
        ),
        "negotiable": re.compile(r"(?<![^\W_])(?:" + alternation(lex["negotiable_words"]) + r")", re.I),
        "people_after": re.compile(r"^\s*(?:" + alternation(lex["people_words"]) + r")(?![^\W_])", re.I),
        "extras_after": re.compile(
            r"^\s*\+\s*(?:" + alternation(lex["monthly_extras"]) + r")(?![^\W_])", re.I
        ),
        "one_off": re.compile(r"(?<![^\W_])(?:" + alternation(lex["one_off_words"]) + r")(?![^\W_])", re.I),
        "number_words": re.compile(
            r"(?<![^\W_.,])(\d+(?:\.\d+)?|"
            + alternation(list(lex["number_words"]["numbers"]))
            + r")\s*("
            + alternation(list(lex["number_words"]["multipliers"]))
            + r")(?![^\W_])",
            re.I,
        ),
        "fused_number": re.compile(
            r"(?<![^\W_])(?:" + alternation(list(lex["number_words"]["fused"])) + r")", re.I
        ),
        "currency_after": re.compile(r"^\s*(?:/-|(?:" + currency + r")(?![^\W_]))", re.I),
    }


def _time_words_by_unit(words_by_unit: dict[str, list[str]]) -> tuple[tuple[str, PayUnit], ...]:
    """Return each one-word Indian-script time word with its unit, longest first."""
    pairs = {
        word: cast(PayUnit, unit)
        for unit, words in words_by_unit.items()
        for word in words
        if " " not in word and not word.isascii()
    }
    return tuple(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


def _value(number: str, suffix: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * _MULTIPLIERS.get((suffix or "").lower(), 1)


_SENTENCE_END = re.compile(r"[\n;|!?]|\.\s|।")


def _clip(text: str) -> str:
    """Cut context after an amount at the end of its sentence or line."""
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def _clip_before(text: str) -> str:
    """Cut context before an amount at the start of its sentence or line ("Live-in. 16k pm")."""
    return _SENTENCE_END.split(text)[-1]


_MIN_TIME_STEM = 3  # "महि" starts महिना/महिन्याचे: a noun starting like a time word is one


def _unit_after(after: str, amount: float) -> tuple[PayUnit | None, str | None]:
    p = _patterns()
    for unit, pattern in p["after_unit"].items():
        if pattern.search(after):
            if unit == "month" and re.match(r"^\s*p\.?m\b", after, re.I) and amount <= 12:
                return None, None
            return cast(PayUnit, unit), None
    slash = re.match(r"^\s*/\s*([a-z]+)", after, re.I)
    if slash and slash.group(1).lower() in _SLASH_UNITS:
        return _SLASH_UNITS[slash.group(1).lower()], None
    per = p["after_per"].search(after)
    if per:
        noun = per.group(1).lower()
        if noun in lexicon()["not_task_per"]:
            return None, None
        return _per(noun)
    for_the = p["after_for_the"].search(after)
    if for_the:
        return "task", for_the.group(1).lower()
    if p["fixed_after"].search(after):
        return "task", "project"
    return None, None


def _unit_before(before: str, amount: float) -> tuple[PayUnit | None, str | None]:
    p = _patterns()
    for unit, pattern in p["before_unit"].items():
        if pattern.search(before):
            if unit == "month" and amount < _MONTHLY_FLOOR and p["weak_month"].search(before[-16:]):
                continue
            return cast(PayUnit, unit), None
    per = (
        p["before_per"].search(before)
        or p["case_per"].search(before)
        or p["postposition_per"].search(before)
        or p["piece_before"].search(before)
        or _one_of_a_thing(before)
    )
    if per and per.group(1).lower() not in lexicon()["not_task_per"]:
        return _per(per.group(1).lower())
    retainer = p["retainer"].search(before)
    if retainer:
        return "task", "project"
    if amount >= _MONTHLY_FLOOR and p["weak_month"].search(before):
        return "month", None
    return None, None


def _rate_per_time(digits: str, after: str) -> bool:
    """Say whether a figure before a time word is a rate, not a duration: "11000 mahine" is a month's pay,
    "3 mahine" how long; nobody counts a thousand months or days."""
    return float(digits or 0) >= _MIN_RATE_NOT_DURATION and _unit_after(after, 0.0)[0] not in (None, "task")


@cache
def _people_words() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon()["people_words"])


def _per(noun: str) -> tuple[PayUnit, str | None]:
    """Return the unit of a rate per this noun: a span of time in an Indian script ("రోజు", "माह") is that
    unit whatever ending follows it; anything else is a piece ("per saree")."""
    if not noun.isascii():
        unit = next((unit for word, unit in _patterns()["time_words"] if noun.startswith(word)), None)
        if unit is not None:
            return unit, None
    return "task", lexicon()["per_synonyms"].get(noun, noun)


def _one_of_a_thing(before: str) -> re.Match[str] | None:
    """Return "one X" right before an amount when X is a thing, not a span of time ("एका महिन्याचे")."""
    found = _patterns()["one_per"].search(before)
    if found is None:
        return None
    return None if found.group(1).lower().startswith(_patterns()["time_stems"]) else found


def _candidate(match: re.Match[str], text: str, *, bare: bool = False) -> _Candidate | None:
    """Read one number as pay, or None; bare accepts a number with no pay word, currency or unit."""
    p = _patterns()
    cur1, num_a, suf_a, num_b, suf_b = (
        match.group(1),
        match.group(2),
        match.group(3),
        match.group(4),
        match.group(5),
    )
    before = _clip_before(text[max(0, match.start() - _WINDOW) : match.start()])
    after = _clip(text[match.end() : match.end() + _WINDOW])
    digits = num_a.replace(",", "").replace(".", "")
    has_currency = bool(cur1) or bool(p["currency_after"].search(after))
    if len(digits) >= 9 and not has_currency:
        return None  # a phone number
    if not has_currency and (
        p["not_before"].search(before) or (p["not_after"].search(after) and not _rate_per_time(digits, after))
    ):
        return None
    if p["fee_before"].search(before) or p["fee_after"].search(after):
        return None  # a registration fee or a deposit is money the worker pays, never the pay
    if (
        p["time_after"].search(after)
        and not suf_a
        and float(num_a.replace(",", "")) <= 24
        and not has_currency
    ):
        return None
    if p["month_name"].match(after.strip()) or re.search(
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*$", before, re.I
    ):
        return None
    amount = _value(num_a, suf_a or (suf_b if num_b and not suf_a else None))
    max_amount = _value(num_b, suf_b) if num_b else None
    if max_amount is not None and not suf_a and suf_b and float(num_a.replace(",", "")) >= max_amount:
        amount = float(num_a.replace(",", ""))  # "1200-1.5k" is rare; keep the first number as written
    if p["paise"].search(after):
        amount, has_currency = amount / 100, True
        after = after[p["paise"].search(after).end() :]
    unit, per = _unit_after(after, max_amount or amount)
    if unit is None or per in _people_words():
        # "per day 1000 per banda": each worker's rate is per day; "per banda" alone is a piece rate
        earlier = _unit_before(before, amount)
        if unit is None or earlier[0] not in (None, "task"):
            unit, per = earlier
    is_year = int(amount) in _YEAR_RANGE and amount == int(amount)
    if is_year and not (has_currency or suf_a or unit):
        return None  # "since 2015", "2024 passout"; "2000 per event" has a unit and is pay
    if unit is None and amount >= _MONTHLY_FLOOR and p["extras_after"].search(after):
        unit = "month"  # "14k + incentive" is how monthly wages are advertised
    keyword = bool(p["pay_keyword"].search(before[-20:])) or bool(
        re.match(r"^\s*(?:per head|each|/-)", after, re.I)
    )
    if not (has_currency or unit or keyword or suf_a or bare):
        return None
    if bare and (amount < _MIN_BARE_AMOUNT or (len(digits) == _PIN_DIGITS and "," not in num_a)):
        return None  # a count or a PIN code, not a wage
    if amount < _MIN_UNMARKED_AMOUNT and not (has_currency or unit):
        return None
    if amount < _MIN_UNMARKED_AMOUNT and unit in _COUNTED_UNITS and not has_currency:
        return None  # "రోజుకి 5 ఆర్టికల్స్": five a day is a count; nobody is paid ₹5 a day
    score = 4 * bool(unit) + 3 * has_currency + 2 * keyword + bool(suf_a)
    if max_amount is not None and max_amount <= amount:
        max_amount = None
    return _Candidate(amount, max_amount, unit, per, score, match.start())


def _split_false_range(match: re.Match[str], text: str) -> re.Match[str]:
    """Return the second amount alone when a "range" joins unrelated numbers ("Sector 35 – 16000")."""
    low, high = match.group(2), match.group(4)
    if not high or match.group(3):
        return match
    if _value(high, match.group(5)) <= _MAX_RANGE_SPREAD * _value(low, match.group(5)):
        return match
    return _patterns()["money"].match(text, match.start(4)) or match


def spell_out(text: str) -> str:
    """Return text with amounts in words as digits: "bara hazar" -> "12000", "பத்தாயிரம்" -> "10000"."""
    p = _patterns()
    words = lexicon()["number_words"]

    def amount(match: re.Match[str]) -> str:
        spoken = match.group(1).lower()
        number = words["numbers"][spoken] if spoken in words["numbers"] else float(spoken)
        return str(int(number * words["multipliers"][match.group(2).lower()]))

    text = p["fused_number"].sub(lambda m: str(words["fused"][m.group(0).lower()]), text)
    return p["number_words"].sub(amount, text)


def extract_pay(text: str) -> Pay | None:
    """Return the rate of pay a normalised text states, or None when it states none."""
    text = spell_out(text)
    matches = [_split_false_range(m, text) for m in islice(_patterns()["money"].finditer(text), _MAX_NUMBERS)]
    candidates = [c for m in matches if (c := _candidate(m, text))]
    if not candidates:
        # Nothing says "pay", yet a job post or a worker's message with one plain figure is stating it.
        candidates = [c for m in matches if (c := _candidate(m, text, bare=True))]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.position))
    unit = best.unit
    if unit is None and _BARE_MONTHLY[0] <= best.amount <= _BARE_MONTHLY[1]:
        # a big sum for one event or job ("bridal package 12000", "30,000 total") is paid for the task
        unit = "task" if _patterns()["one_off"].search(text) else "month"
    return Pay(
        amount=round(best.amount, 2),
        max_amount=round(best.max_amount, 2) if best.max_amount else None,
        unit=unit,
        per=best.per,
        negotiable=bool(_patterns()["negotiable"].search(text)),
    )
