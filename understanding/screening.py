"""Screen gig posts at intake: scams that make workers pay, and pay below the minimum-wage floor.

Scam rules work on normalised tokens, one clause at a time. A clause is a scam when it asks the worker
for money: a fee tied to a purpose (registration, training, uniform ...), a deposit, or a demand verb
("dena hoga", "must pay", "send") next to a lump sum — unless a negation ("no", "nahi", "free") or the
employer-pays cue ("paid by company", "milega") sits next to it. An amount followed by a rate unit
("per day", "/month") or next to a wage word ("salary") is a wage, never a fee. The words are data
(understanding/data/screening.json); only the rules are code.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from typing import Any

from core.models import Extraction, Pay, Screening
from understanding.scam_model import ScamModel
from understanding.script import romanise, sound_key
from understanding.text import normalise
from understanding.timing import hours_span
from understanding.units import hours_per_unit

# Tokens either side of a trigger that a negation or a wage word may sit at and still bind to it.
_BIND_WINDOW = 3
# "provided", "paid by company" bind tighter than "no": they qualify the word right beside them.
_EMPLOYER_PAYS_WINDOW = 2
_PAYING_WORDS = ("fee", "deposit", "purpose", "strong_demand", "weak_demand", "money", "trivial_task")
# "Advance ₹5000 malik dega, salary se katega": a giving or wage-recovery cue this near an advance makes it
# the employer's money, as far as "booking pe 50% advance hum aapko denge".
_ADVANCE_GIVER_WINDOW = 5
_ADVANCE = "advance_payment"
_UNIT_BEFORE = 2
_OFFER_UNITS = ("day", "week", "month")
# A bare number this large right beside a demand verb ("1000 dene padenge") is a sum of money.
_BARE_MONEY_MIN = 100
_YEARS = (1950, 2035)  # a four-digit number in this span beside a word is a year, not a price
# Tokens between a trigger (fee, demand verb) and the amount it asks for.
_AMOUNT_WINDOW = 4
# A non-Latin phrase this many characters long is matched at the start of a longer word too.
_MIN_STEM = 3
# English loanwords written in an Indian script ("ডিপোজিট", "டாஸ்க்") match their Latin phrase by sound when the
# phrase's sound key has this many consonants; shorter keys ("fee" -> "p") would match native words.
_MIN_SOUND_KEY = 4
# A sound key this long also matches the start of a longer word: case endings glued on ("டெபாசிட்டை").
_MIN_SOUND_PREFIX = 5
# How alike a romanised loanword and its English phrase must be spelled, beyond sharing consonants.
_MIN_SPELLING_SIMILARITY = 0.6
_TOKEN = re.compile(r"\d+(?:\.\d+)?|(?:[^\W\d_]|[\u0900-\u0DFF])+")
_CLAUSE_BREAK = re.compile(r"[!?।\n;|•]+|\.(?!\d)|(?<!\d)\.")
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{2,3})+(?!\d)")
_SCALED_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(k|lakh|lakhs|lac|lacs|l)\b")
_SCALES = {"k": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "l": 100_000}
# Words that may stand between an amount and its unit: "rs 600 per day".
_UNIT_FILLERS = ("currency", "rate_unit")
_SUSPECTED = "suspected_scam"
# Lexicon categories that show a post talks about money changing hands, not just its pay.
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*%")
_CURRENCY = re.compile(r"₹|\brs\b\.?|\binr\b")


def _normalise(text: str) -> str:
    """Lowercase, unify scripts' digits, currency and number formats so rules see one spelling."""
    text = normalise(text).lower()
    text = text.replace("’", "").replace("'", "").replace("&", " and ")
    text = _PERCENT.sub(" percent ", _CURRENCY.sub(" rs ", text))
    text = _GROUPED_NUMBER.sub(lambda m: m.group().replace(",", ""), text)
    text = _SCALED_NUMBER.sub(lambda m: f"{float(m.group(1)) * _SCALES[m.group(2)]:g}", text)
    return text.replace("/", " per ")


def _tokens(text: str) -> list[str]:
    """Split already-normalised text into word and number tokens."""
    return _TOKEN.findall(text)


def _clauses(text: str) -> list[list[str]]:
    """Split a post into clauses of tokens; a demand and its amount live in the same clause."""
    return [tokens for part in _CLAUSE_BREAK.split(_normalise(text)) if (tokens := _tokens(part))]


@dataclass(frozen=True)
class Hit:
    """One lexicon phrase found in a clause, spanning tokens [start, end)."""

    category: str
    key: str
    start: int
    end: int

    def distance(self, position: int) -> int:
        """Return how many tokens lie between this span and a token position."""
        if position < self.start:
            return self.start - position
        return max(0, position - self.end + 1)

    def near(self, other: Hit, window: int) -> bool:
        """Say whether another span starts or ends within `window` tokens of this one."""
        return min(self.distance(other.start), self.distance(other.end - 1)) <= window


class Lexicon:
    """Phrases by category, matched longest-first over tokens."""

    def __init__(self, phrases: Iterable[tuple[str, str, str]]) -> None:
        self._phrases: dict[tuple[str, ...], tuple[str, str]] = {}
        for category, key, phrase in phrases:
            tokens = tuple(_tokens(_normalise(phrase)))
            if tokens:
                self._phrases.setdefault(tokens, (category, key))
        self._longest = max(len(tokens) for tokens in self._phrases)
        self._stems = sorted(
            (tokens[0] for tokens in self._phrases if len(tokens) == 1 and not tokens[0].isascii()),
            key=len,
            reverse=True,
        )
        self._sounds = _sound_index(self._phrases)

    def _stem_of(self, token: str) -> tuple[str, str] | None:
        """Return the phrase a non-Latin word starts with: Tamil, Telugu, Kannada, Malayalam, Bengali and
        Marathi glue case endings on ("யூனிஃபார்முக்கு" = for the uniform), so whole-word matching misses."""
        if token.isascii():
            return None
        stem = next((stem for stem in self._stems if len(stem) >= _MIN_STEM and token.startswith(stem)), None)
        return self._phrases[(stem,)] if stem else self._sounded(token)

    def _sounded(self, token: str) -> tuple[str, str] | None:
        """Return the Latin phrase an Indian-script loanword sounds like ("ডিপোজিট" -> deposit).

        The consonant key finds candidates; the spelling must also be close, since native words and town
        names share keys with English ones ("देहरादून" and "dehradun" are not "trade").
        """
        spelled = romanise(token)
        key = sound_key(spelled)
        for candidate in (key, *(key[:length] for length in range(len(key) - 1, _MIN_SOUND_PREFIX - 1, -1))):
            if (entry := self._sounds.get(candidate)) and _close(spelled, entry[0], whole=candidate == key):
                return entry[1]
        return None

    def scan(self, tokens: list[str]) -> list[Hit]:
        """Return the non-overlapping phrases in a clause, preferring the longest at each position."""
        hits: list[Hit] = []
        position = 0
        while position < len(tokens):
            for length in range(min(self._longest, len(tokens) - position), 0, -1):
                found = self._phrases.get(tuple(tokens[position : position + length]))
                if found:
                    hits.append(Hit(found[0], found[1], position, position + length))
                    position += length
                    break
            else:
                if stemmed := self._stem_of(tokens[position]):
                    hits.append(Hit(stemmed[0], stemmed[1], position, position + 1))
                position += 1
        return hits


def _sound_index(
    phrases: Mapping[tuple[str, ...], tuple[str, str]],
) -> dict[str, tuple[str, tuple[str, str]]]:
    """Index one-word Latin phrases by sound key, leaving out keys that two categories share."""
    index: dict[str, tuple[str, tuple[str, str]]] = {}
    shared: set[str] = set()
    for tokens, found in phrases.items():
        if len(tokens) != 1 or not tokens[0].isascii() or tokens[0].isdigit():
            continue
        key = sound_key(tokens[0])
        if len(key) < _MIN_SOUND_KEY:
            continue
        if index.setdefault(key, (tokens[0], found))[1][0] != found[0]:
            shared.add(key)
    return {key: entry for key, entry in index.items() if key not in shared}


def _close(spelled: str, phrase: str, *, whole: bool) -> bool:
    """Say whether a romanised word is spelled like the phrase (its start, when a case ending follows)."""
    if not whole:
        spelled = spelled[: len(phrase) + 1]
    return SequenceMatcher(None, spelled, phrase).ratio() >= _MIN_SPELLING_SIMILARITY


def _flat(category: str, words: Iterable[str]) -> Iterable[tuple[str, str, str]]:
    return ((category, category, word) for word in words)


def _keyed(category: str, groups: Mapping[str, Iterable[str]]) -> Iterable[tuple[str, str, str]]:
    return ((category, key, word) for key, words in groups.items() for word in words)


@cache
def _cost_words() -> frozenset[str]:
    return frozenset(_load_json("screening.json")["cost_words"])


@cache
def _price_connectors() -> frozenset[str]:
    return frozenset(_load_json("screening.json")["price_connectors"])


@cache
def _load_json(name: str) -> dict[str, Any]:
    with resources.files("understanding.data").joinpath(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass
class _Clause:
    """A clause with its lexicon hits and the amounts it names."""

    tokens: list[str]
    hits: list[Hit]
    closing_negations: frozenset[tuple[str, ...]] = frozenset()

    def closed_by_negation(self) -> bool:
        """Say whether a verb-final negation ends the clause and so denies all it names ("koi fees nahi")."""
        ends = {tuple(self.tokens[-length:]) for length in (1, 2, 3) if length <= len(self.tokens)}
        closed = bool(ends & self.closing_negations) and not self.lump_sums(advances=True)
        return closed or self.forbids_paying()

    def forbids_paying(self) -> bool:
        """Say whether the clause ends telling the reader not to pay ("... maange to mat dena", "do not pay").

        A warning names every fee and sum a scam would, and then its last verb, denied, says not to pay them.
        """
        last = self.hits[-2:]
        return (
            len(last) == 2
            and last[1].end == len(self.tokens)
            and last[0].end == last[1].start
            and {hit.category for hit in last} in ({"negation", "weak_demand"}, {"negation", "strong_demand"})
        )

    def of(self, *categories: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.category in categories]

    def amounts(self) -> list[tuple[int, float]]:
        """Return (position, value) of every positive number that is not inside a phrase."""
        covered = {i for hit in self.hits for i in range(hit.start, hit.end)}
        return [
            (i, float(token))
            for i, token in enumerate(self.tokens)
            if token[0].isdigit() and i not in covered and float(token) > 0
        ]

    def unit_after(self, position: int) -> str | None:
        """Return the rate unit after an amount: "day" for "600 per day", "unspecified" for "per word"."""
        # Another number on the way has its own unit ("₹1,850 within 24 hrs"), unless it closes a range
        # ("40-60k per month").
        numbers = {i for i, _ in self.amounts() if i > position + 1}
        units = [
            hit.key
            for hit in self.of("rate_unit")
            if position < hit.start <= position + 3
            and all(h.category in _UNIT_FILLERS for h in self.hits if position < h.start < hit.start)
            and not numbers.intersection(range(position + 1, hit.start))
        ]
        return next((unit for unit in units if unit != "unspecified"), units[0] if units else None)

    def is_money(self, position: int) -> bool:
        """Say whether a number is a sum of money: next to a currency word or to a fee/deposit word."""
        beside = (position - 1, position + 1)
        if any(hit.start in beside or hit.end - 1 in beside for hit in self.of("currency")):
            return True
        anchors = self.of("fee", "deposit", "money")
        if any(hit.distance(position) <= _BIND_WINDOW for hit in anchors):
            return True
        # "3 lakh lagega": a big number beside a demand, even "it will cost", is money asked for
        if float(self.tokens[position]) < _BARE_MONEY_MIN:
            return False
        costs = [hit for hit in self.of("weak_demand") if self.surface(hit) in _cost_words()]
        return any(hit.distance(position) <= _BIND_WINDOW for hit in [*self.of("strong_demand"), *costs])

    def surface(self, hit: Hit) -> str:
        """Return the words a hit covers, as written in the clause."""
        return " ".join(self.tokens[hit.start : hit.end])

    def unit_before(self, position: int, window: int = _UNIT_BEFORE) -> str | None:
        """Return the rate unit written just before an amount ("মাসে ৩০০০ টাকা", "दिन के ₹४०००"), or None."""
        units = [hit.key for hit in self.of("rate_unit") if position - window <= hit.start < position]
        named = [unit for unit in units if unit != "unspecified"]
        return named[-1] if named else (units[-1] if units else None)

    def names_an_amount(self, word: Hit) -> bool:
        """Say whether a money word is the currency of the number before it ("৭০০ টাকা")."""
        return word.start > 0 and self.tokens[word.start - 1][0].isdigit()

    def is_wage(self, position: int) -> bool:
        """Say whether an amount is a rate of pay (has a unit, or sits by "salary") rather than a lump sum."""
        if self.unit_after(position):
            return True
        if self.charged(position):
            return False
        # Indian languages put the unit first as often as not ("মাসে ৩০০০ টাকা", "दिने 700").
        if self.unit_before(position) is not None:
            return True
        return any(hit.distance(position) <= _BIND_WINDOW for hit in self.of("wage_word", "earn"))

    def charged(self, position: int) -> bool:
        """Say whether an amount is written as a fee's or deposit's price: "joining fee ₹15,000", "₹500 fee".

        Only currency words may stand between them, so "earn 40k" a word later does not make it pay. An
        advance is left out: it is as often what the employer gives ("malik 3000 advance debe").
        """
        charges = [charge for charge in self.of("fee", "deposit") if charge.key != _ADVANCE]
        return any(self.beside(charge, position, ("currency",)) for charge in charges)

    def beside(self, word: Hit, position: int, fillers: tuple[str, ...]) -> bool:
        """Say whether only words of the filler categories stand between a word and an amount."""
        allowed = {i for hit in self.of(*fillers) for i in range(hit.start, hit.end)}
        between = range(word.end, position) if word.end <= position else range(position + 1, word.start)
        return set(between) <= allowed

    def advanced(self, position: int) -> bool:
        """Say whether a sum is an advance's own amount ("₹2000 advance", "অগ্রিম ৩০০০ টাকা").

        Which way an advance flows is not in the sum: the employer gives most of them, so it takes a demand
        on the worker, not a price beside "joining", to make one a request.
        """
        fillers = ("currency", "money")
        charges = self.of("fee", "deposit")
        advances = [hit for hit in charges if hit.key == _ADVANCE]
        # "முன்பணமாக 25000 ரூபாய் டெபாசிட்": a deposit beside it too names a sum the worker pays.
        others = [hit for hit in charges if hit.key != _ADVANCE]
        return any(self.beside(advance, position, fillers) for advance in advances) and not any(
            self.beside(other, position, fillers) for other in others
        )

    def priced_at(self, purpose: Hit, at_least: float) -> bool:
        """Say whether a sum follows a purpose at once, as its price: "Visa processing 45,000", no "₹" needed.

        A year is no price ("registration 2019").
        """
        position = purpose.end
        # "Upgrade to VIP2 with 3000 only", "medical test at 1100": one small word may stand between
        if position < len(self.tokens) - 1 and self.tokens[position] in _price_connectors():
            position += 1
        value = self.tokens[position] if position < len(self.tokens) else ""
        if not value[:1].isdigit() or self.is_wage(position):
            return False
        amount = float(value)
        return amount >= at_least and not (amount.is_integer() and _YEARS[0] <= amount <= _YEARS[1])

    def lump_sums(self, advances: bool = False) -> list[int]:
        """Return positions of sums of money that are not wages: what a fee would look like.

        An advance's own sum counts only when asked for (`advances`): beside "joining" it dates the payment.
        """
        return [
            i
            for i, _ in self.amounts()
            if self.is_money(i) and not self.is_wage(i) and (advances or not self.advanced(i))
        ]

    def negated(self, trigger: Hit) -> bool:
        """Say whether a negation or an employer-pays cue binds to the trigger."""
        return (
            any(cue.near(trigger, _BIND_WINDOW) for cue in self.of("negation"))
            or any(cue.near(trigger, _EMPLOYER_PAYS_WINDOW) for cue in self.of("employer_pays"))
            or self.closed_by_negation()
        )

    def lump_near(self, trigger: Hit, at_least: float = 0.0, advances: bool = False) -> bool:
        return any(
            trigger.distance(i) <= _AMOUNT_WINDOW and float(self.tokens[i]) >= at_least
            for i in self.lump_sums(advances)
        )


class GigScreener:
    """Flag gig posts that charge workers money or promise the impossible, and pay below the floor."""

    def __init__(self, wage_floor_per_day: float | None = None, *, model: ScamModel | None = None) -> None:
        lexicon_data = _load_json("screening.json")
        floors = _load_json("wage_floors.json")
        self._reasons: dict[str, str] = lexicon_data["reasons"]
        self._priced: set[str] = set(lexicon_data["priced_purposes"])
        self._priced_by_position: set[str] = set(lexicon_data["priced_by_position"])
        self._timing: set[str] = set(lexicon_data["timing_purposes"])
        self._model = model
        self._too_good: dict[str, float] = {
            key: value for key, value in lexicon_data["too_good"].items() if not key.startswith("_")
        }
        self._closing_negations = frozenset(
            tuple(_tokens(_normalise(phrase))) for phrase in lexicon_data["closing_negations"]
        )
        self._lexicon = Lexicon(
            [
                *_flat("neutral", lexicon_data["neutral"]),
                *_flat("no_experience", lexicon_data["no_experience"]),
                *_flat("employer_pays", lexicon_data["payer_is_employer"]),
                *_flat("employer_advances", lexicon_data["employer_advances"]),
                *_keyed("strong_demand", lexicon_data["strong_demand"]),
                *_flat("fee", lexicon_data["fee_nouns"]),
                *_keyed("deposit", lexicon_data["deposit_nouns"]),
                *_keyed("purpose", lexicon_data["purposes"]),
                *_flat("money", lexicon_data["money_nouns"]),
                *_flat("weak_demand", lexicon_data["weak_demand"]),
                *_flat("negation", lexicon_data["negations"]),
                *_flat("currency", lexicon_data["currency_markers"]),
                *_flat("wage_word", lexicon_data["wage_words"]),
                *_flat("earn", lexicon_data["earn_claims"]),
                *_flat("work_from_home", lexicon_data["work_from_home"]),
                *_flat("trivial_task", lexicon_data["trivial_tasks"]),
                *_keyed("rate_unit", lexicon_data["rate_units"]),
                *_flat("bank_account", lexicon_data["bank_account_nouns"]),
                *_flat("rent", lexicon_data["rent_words"]),
                *_flat("account_credential", lexicon_data["account_credentials"]),
                *_flat("handover", lexicon_data["handover_words"]),
            ]
        )
        self._per_day = wage_floor_per_day if wage_floor_per_day is not None else float(floors["per_day"])
        hours = hours_per_unit()
        self._hours_per_day = float(hours["day"])
        self._days_per_unit: dict[str, float] = {unit: float(n / hours["day"]) for unit, n in hours.items()}
        days_per_month = self._days_per_unit["month"]
        self._units_per_month = {unit: days_per_month / days for unit, days in self._days_per_unit.items()}
        self._units_per_month["year"] = 1 / 12

    def screen(self, text: str, extraction: Extraction) -> Screening:
        """Return the scam verdict with reasons, and whether the stated pay is below the floor."""
        codes = self.scam_codes(text)
        floor = self.floor_for(extraction.pay, extraction.hours)
        return Screening(
            scam=bool(codes),
            reasons=[self._reasons[code] for code in codes],
            reason_codes=codes,
            underpaid=floor is not None and _best_rate(extraction.pay) < (floor.amount or 0.0),
            floor=floor,
        )

    async def screen_async(self, text: str, extraction: Extraction) -> Screening:
        """Screen in a worker thread so the event loop keeps serving other chats meanwhile."""
        return await asyncio.to_thread(self.screen, text, extraction)

    def scam_codes(self, text: str) -> list[str]:
        """Return the stable codes of every scam pattern in the post, in order of first appearance.

        The rules name the reason; when none fires but the post speaks of paying or names a sum that is not
        its pay, the scam model judges its meaning ("suspected_scam"): a request in words or a script the
        lexicon lacks ("₹3 లక్షలు ఇస్తే సెట్ చేస్తాం") still names its sum. A post that only states its pay
        is never asked.
        """
        clauses = self._read(text)
        codes = self._rule_codes(clauses)
        if not codes and _asks_model(clauses) and self._scam_model().is_scam(text, _cues(clauses)):
            codes.append(_SUSPECTED)
        return codes

    def model_is_asked(self, text: str) -> bool:
        """Say whether the post gives the model anything to judge: undenied paying words or a lump sum."""
        return _asks_model(self._read(text))

    def cues(self, text: str) -> dict[str, float]:
        """Return the post's who-pays-whom cues, the structure the scam model reads beside the meaning."""
        return _cues(self._read(text))

    def rule_codes(self, text: str) -> list[str]:
        """Return the codes of the explainable rules alone."""
        return self._rule_codes(self._read(text))

    def _read(self, text: str) -> list[_Clause]:
        """Split a post into clauses with their lexicon hits."""
        return [
            _Clause(tokens, self._lexicon.scan(tokens), self._closing_negations) for tokens in _clauses(text)
        ]

    def _rule_codes(self, clauses: list[_Clause]) -> list[str]:
        codes = [code for clause in clauses for code in self._money_requests(clause)]
        if any(self._lends_an_account(clause) for clause in clauses):
            codes.append("account_lending")
        if self._too_good_to_be_true(clauses):
            codes.append("too_good_to_be_true")
        return list(dict.fromkeys(codes))

    def _scam_model(self) -> ScamModel:
        if self._model is None:
            self._model = ScamModel()
        return self._model

    def _money_requests(self, clause: _Clause) -> Iterable[str]:
        """Yield a code for each way this clause asks the worker for money."""
        purposes = clause.of("purpose")
        strong = clause.of("strong_demand")
        demands = strong + clause.of("weak_demand")
        for fee in clause.of("fee"):
            if clause.negated(fee):
                continue
            purpose = next((p for p in purposes if p.near(fee, _BIND_WINDOW) and not clause.negated(p)), None)
            if purpose and (clause.lump_near(fee) or demands):
                yield purpose.key
            elif demand := next((d for d in strong if d.near(fee, _AMOUNT_WINDOW)), None):
                yield demand.key
        # A bare price beside a purpose is a request only in a clause with no one else paying, and only when
        # no "no" binds to it ("first 3 tasks free, then invest ₹1000" still asks).
        if not clause.of("employer_pays", "employer_advances"):
            for purpose in purposes:
                if purpose.key not in self._priced or clause.negated(purpose):
                    continue
                by_position = purpose.key in self._priced_by_position
                # "Gate pass advance 2500" prices the pass; "joining pe 2000 advance" only dates the advance.
                advances = purpose.key not in self._timing
                if clause.lump_near(purpose, _BARE_MONEY_MIN, advances) or (
                    by_position and clause.priced_at(purpose, _BARE_MONEY_MIN)
                ):
                    yield purpose.key
        givers = clause.of("employer_advances", "employer_pays")
        for deposit in clause.of("deposit"):
            # "पहले 2000 एडवांस भेजें, फिर काम मिलेगा": a demand nearer the advance than the giver asks for it.
            told = [d.distance(deposit.start) for d in strong if not clause.negated(d)]
            given = any(
                giver.near(deposit, _ADVANCE_GIVER_WINDOW)
                and giver.distance(deposit.start) < min(told, default=len(clause.tokens))
                for giver in givers
            )
            if deposit.key == _ADVANCE and given:
                continue
            # An advance's sum names no direction: any demand of the clause the worker is told to meet does.
            near = [d for d in demands if deposit.key == _ADVANCE or d.near(deposit, _BIND_WINDOW)]
            asked = clause.lump_near(deposit) or strong or any(not clause.negated(d) for d in near)
            if asked and not clause.negated(deposit):
                yield deposit.key
        for demand in demands:
            if clause.negated(demand):
                continue
            # "পয়সা চাই" asks for money; "দিনে ৭০০ টাকা" after "কারিগর চাই" is the pay, an amount's currency.
            money_word = any(
                m.near(demand, _AMOUNT_WINDOW) and not clause.names_an_amount(m) for m in clause.of("money")
            )
            if demand in strong and (money_word or clause.lump_near(demand)):
                # "jama karo" names a deposit whatever it is for; other demands take their purpose's name.
                yield demand.key if demand.key == "deposit" else next((p.key for p in purposes), demand.key)
            elif clause.lump_near(demand) and purposes:
                yield purposes[0].key

    def _lends_an_account(self, clause: _Clause) -> bool:
        """Say whether the clause asks the worker to rent out or hand over their bank account (a mule)."""
        rented = any(
            rent.near(account, _BIND_WINDOW) and not clause.negated(rent)
            for account in clause.of("bank_account")
            for rent in clause.of("rent")
        )
        handed = any(
            given.near(credential, _BIND_WINDOW) and not clause.negated(given)
            for credential in clause.of("account_credential")
            for given in clause.of("handover")
        )
        return rented or handed

    def _too_good_to_be_true(self, clauses: list[_Clause]) -> bool:
        """Say whether the post claims earnings no honest easy or no-experience job pays."""
        seen = {hit.category for clause in clauses for hit in clause.hits}
        claimed = max((self._claimed_monthly(clause) for clause in clauses), default=0.0)
        # Likes and captchas pay paise: any daily or monthly figure they offer is itself the claim.
        offered = max((self._offered_monthly(clause) for clause in clauses), default=0.0)
        if "trivial_task" in seen and max(claimed, offered) >= self._too_good["trivial_task_min_month"]:
            return True
        easy_remote = {"work_from_home", "no_experience"} <= seen
        return easy_remote and claimed >= self._too_good["wfh_no_experience_min_month"]

    def _claimed_monthly(self, clause: _Clause) -> float:
        """Return the largest 'earn X' claim of the clause as a monthly amount (0 without a claim)."""
        best = 0.0
        for claim in clause.of("earn"):
            for position, value in clause.amounts():
                if position > claim.start and claim.distance(position) <= _AMOUNT_WINDOW:
                    # An unstated unit reads as monthly; piece rates ("per word") are not a claim.
                    unit = clause.unit_after(position) or "month"
                    best = max(best, value * self._units_per_month.get(unit, 0.0))
        return best

    def _offered_monthly(self, clause: _Clause) -> float:
        """Return the largest rate of pay per day, week or month the clause states, as a month's."""
        best = 0.0
        for position, value in clause.amounts():
            # one more word than for a wage: the currency may stand between ("दिन के ₹४०००")
            unit = clause.unit_after(position) or clause.unit_before(position, _UNIT_BEFORE + 1)
            # an hourly rate says nothing of how many hours the tasks give
            if unit in _OFFER_UNITS:
                best = max(best, value * self._units_per_month[unit])
        return best

    def floor_for(self, pay: Pay | None, hours: str | None = None) -> Pay | None:
        """Return the minimum-wage floor in the pay's unit; None when pay is not judged (piece rates)."""
        if pay is None or pay.amount is None or pay.unit is None or pay.unit not in self._days_per_unit:
            return None
        floor_amount = self._per_day * self._days_per_unit[pay.unit]
        if pay.unit != "hour":
            floor_amount *= self._part_time_share(hours)
        return Pay(amount=round(floor_amount, 2), unit=pay.unit)

    def _part_time_share(self, hours: str | None) -> float:
        """Return the share of a full working day that an "HH:MM-HH:MM" span covers (1 when unknown)."""
        span = hours_span(hours)
        return min(1.0, span / self._hours_per_day) if span else 1.0


def _asks_model(clauses: list[_Clause]) -> bool:
    """Say whether the clauses give the model anything to judge."""
    # "No registration fee" speaks of paying only to deny it: the model is asked about undenied words.
    speaks_of_paying = any(not clause.negated(hit) for clause in clauses for hit in clause.of(*_PAYING_WORDS))
    return speaks_of_paying or any(clause.lump_sums() for clause in clauses)


def _cues(clauses: list[_Clause]) -> dict[str, float]:
    """Return which way money flows in the post, as 0/1 cues any language's lexicon yields alike.

    An embedding of "₹2000 advance denge" and "₹2000 advance jama karo" is nearly one point: the meaning of
    a sum is in who gives it, what denies it and whether it is the pay, which the clause structure reads.
    """
    hits = [(clause, hit) for clause in clauses for hit in clause.hits]
    paying = [(clause, hit) for clause, hit in hits if hit.category in _PAYING_WORDS]
    found = {
        "asked": any(h.category == "strong_demand" and not c.negated(h) for c, h in hits),
        "charged": any(h.category in ("fee", "deposit") and not c.negated(h) for c, h in hits),
        "denied": any(c.negated(h) for c, h in paying),
        "employer_pays": any(h.category in ("employer_pays", "employer_advances") for _, h in hits),
        "lump_sum": any(clause.lump_sums() for clause in clauses),
        "advance": any(clause.advanced(i) for clause in clauses for i, _ in clause.amounts()),
        "forbids_paying": any(clause.forbids_paying() for clause in clauses),
        "wage": any(clause.is_wage(i) for clause in clauses for i, _ in clause.amounts()),
        "trivial_task": any(h.category == "trivial_task" for _, h in hits),
        "bank_account": any(h.category in ("bank_account", "account_credential") for _, h in hits),
    }
    return {name: float(value) for name, value in found.items()}


def _best_rate(pay: Pay | None) -> float:
    """Return the best rate a post offers: the top of a range, else the amount."""
    if pay is None:
        return 0.0
    return pay.max_amount if pay.max_amount is not None else pay.amount or 0.0
