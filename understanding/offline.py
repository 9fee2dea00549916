"""Offline understanding: text -> Extraction with vocabularies and rules, no model needed."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, TypeVar

from core.clock import Clock, SystemClock, current_year
from core.models import Extraction, TextKind
from understanding.encoder import shared_e5
from understanding.gazetteer import Gazetteer, PlaceMention, get_gazetteer
from understanding.glosses import WorkGlossary
from understanding.intent_model import IntentModel
from understanding.lexicon import lexicon
from understanding.loanwords import LoanwordReader
from understanding.pay import extract_pay
from understanding.protected import redact_protected
from understanding.script import has_indic, romanise
from understanding.skills import SkillMatch, SkillVocabulary, get_skill_vocabulary
from understanding.text import Token, alternation, fold, normalise, stems, tokenize
from understanding.timing import extract_dates, extract_days, extract_hours, is_urgent
from understanding.trades import (
    ESCO_PREFIX,
    LAST_RESORT_LINK_THRESHOLD,
    LINK_THRESHOLD,
    MAX_LABEL_WORDS,
    MAX_NATIVE_WORDS,
    MAX_SOUND_WORDS,
    NativeTrade,
    SoundMatch,
    TradeEntry,
    TradeLink,
    TradeVocabulary,
    get_trade_vocabulary,
)

log = logging.getLogger(__name__)

_Found = TypeVar("_Found")

_INDIC = "\u0900-\u0963\u0966-\u0dff"  # Indic letters; the danda । ends a sentence
_LEFT = rf"(?<![^\W_]|[{_INDIC}])"
_RIGHT = r"(?![^\W_])"
_MAX_EXPERIENCE_YEARS = 60
_MAX_SLOTS = 500
_MAX_SLOT_WORDS = 3  # "15 ਓਵਰਲਾਕ ਮਸ਼ੀਨ ਓਪਰੇਟਰ ਚਾਹੀਦੇ": the trade may take three words
_MAX_OWN_WORD_SKILLS = 3
_MAX_NUMBERS = 40  # bounds the cost of a message that is a flood of numbers
_RANGE_START = re.compile(r"(?<![\w.])(\d{1,2})\s*(?:-|–|to)\s*$")
_SEGMENT = re.compile(r"[\n;|!?।]|\.(?:\s|$)")
# A negation reaches to the end of its clause: "AC repair nahi karta, fridge karta hu" negates one trade.
_CLAUSE = re.compile(r"[\n;|!?।,]|\.(?:\s|$)|\s(?:but|lekin|par|magar|and|aur)\s", re.IGNORECASE)
_PHRASE_BREAK = re.compile(r"[\n;|!?।,:+&/()]|\.(?:\s|$)|\s-\s")
_MAX_MEANING_PHRASES = 3  # each costs one encoder call (~30 ms on this machine)
_MAX_CHAT_MEANING_PHRASES = 6
_MAX_PHRASE_WORDS = 6
_MAX_SOUND_ENDING = 3
_MAX_CASE_ENDING = 5
_MIN_SOUND_WORD = 4


def _trade_names_not_work(lex: dict[str, Any]) -> list[str]:
    """Return the one-word trade names, which before a want word name a person wanted ("driver chahiye")."""
    work = {fold(word) for word in lex["wanted_work_nouns"]}
    return [name for name in get_skill_vocabulary().one_word_names() if name not in work and len(name) > 2]


def _words(key: str) -> str:
    return alternation(lexicon()[key])


@cache
def _patterns() -> dict[str, Any]:
    lex = lexicon()
    cues = {fold_cue: "gig" for fold_cue in lex["gig_strong_cues"]} | {
        c: "worker" for c in lex["worker_strong_cues"]
    }
    return {
        "cue": re.compile(_LEFT + "(" + alternation(list(cues)) + ")" + rf"(?![^\W_]|[{_INDIC}])"),
        "cue_kind": cues,
        "worker_weak": re.compile(_LEFT + "(?:" + _words("worker_weak_cues") + ")" + _RIGHT),
        "impersonal_post": re.compile(r"\d|(?<![^\W_])(?:for|at|in)(?![^\W_])"),
        # "I" in each language as people type it; Latin forms that are also common words ("main", "mi") are
        # left out of the list.
        "pronoun": re.compile(
            _LEFT + "(?:" + _words("first_person_pronouns") + ")" + rf"(?![^\W_]|[{_INDIC}])"
        ),
        # "3 मजूर जोईए", "4 മേസൺ വേണം": people wanted by the count, a post whoever writes it
        "counted_want": re.compile(
            r"(?<![\w.])\d{1,3}\s+[^\s\d,.;:!?]+\s+(?:" + _words("want_words") + rf")(?![^\W_]|[{_INDIC}])"
        ),
        # "vela venum" (work wanted) / "aal venum" (a person wanted): the noun right before the want word,
        # "oru"/"ek" (a, one) allowed between; each list holds every language's everyday words
        "wanted": re.compile(
            _LEFT
            + "(?:("
            + _words("wanted_work_nouns")
            + ")|("
            + alternation([*lex["wanted_person_nouns"], *_trade_names_not_work(lex)])
            + "))"
            + r"\s+(?:(?:"
            + _words("wanted_fillers")
            + r")\s+)?"
            + "(?:"
            + _words("want_words")
            + ")"
            + rf"(?![^\W_]|[{_INDIC}])"
        ),
        "first_person": re.compile(
            r"(?<![^\W_])(?:hu|hoon|hun|karta|karti|chu|thaki|kori)(?![^\W_])|हूँ|हूं|करती|करता|करते"
        ),
        # Indian scripts glue a case ending to the word for years ("૧૧ વર્ષથી", "14 വർഷമായി", "4 ఏళ్ల").
        "years": re.compile(
            r"(?<![\w.])(\d{1,2}(?:\.\d)?)\s*(\+)?\s*-?\s*("
            + _words("year_words")
            + rf")(?:[{_INDIC}]{{1,{_MAX_CASE_ENDING}}})?(?![^\W_]|[{_INDIC}])"
        ),
        "months": re.compile(r"(?<![\w.])(\d{1,2})\s*(?:" + _words("month_count_words") + r")(?![^\W_])"),
        "since": re.compile(
            r"(?:" + _words("since_before_words") + r")\s+((?:19|20)\d\d)\b"
            r"|\b((?:19|20)\d\d)\s+(?:" + _words("since_after_words") + r")(?![^\W_])"
        ),
        "exp_after": re.compile(r"^\s*(?:" + _words("experience_words") + r")(?![^\W_])"),
        "exp_before": re.compile(
            r"(?:exp|experience|experienced|anubhav|अनुभव|tajurba|min|minimum|atleast|at least)"
            r"\.?\s*[:\-]?\s*$"
        ),
        "lived_after": re.compile(r"^[ \t]*(?:se|से|from|in)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}"),
        "age_before": re.compile(r"(?:" + _words("age_before") + r")\s*[:\-]?\s*$"),
        "old_after": re.compile(r"^\s*-?\s*old\b"),
        "army": re.compile(r"(?<![^\W_])(?:" + _words("army_words") + r")"),
        "service_after": re.compile(r"^\s*(?:" + _words("non_experience_after") + r")\b"),
        "fresher": re.compile(_LEFT + "(?:" + _words("fresher_words") + ")"),
        "people": re.compile(
            r"(?<![\w\-.,])(\d{1,3})\s+(?:(?:[^\W\d_]|["
            + _INDIC
            + r"])+[\s/]+){0,3}?(?:"
            + _words("people_words")
            + rf")(?![^\W_]|[{_INDIC}])"
            + r"|(?<![\w\-.,])(\d{1,3})\s+(?:"
            + _words("slot_count_after")
            + rf")(?![^\W_]|[{_INDIC}])"
            + r"|"
            + _LEFT
            + r"(?:"
            + _words("people_words")
            + r")\s*[:\-]?\s*(\d{1,3})(?=\s*(?:[,.;)\n।]|$))"
            # "room boy chahiye 2." names the count after the need
            + r"|"
            + _LEFT
            + r"(?:"
            + _words("slot_count_after")
            + r")\s*[:\-]?\s*(\d{1,3})(?=\s*(?:[,.;)\n।]|$))"
        ),
        "need": re.compile(_LEFT + "(?:" + _words("slot_need_words") + ")" + rf"(?![^\W_]|[{_INDIC}])"),
        "remote": re.compile(_LEFT + "(?:" + _words("remote_words") + ")" + _RIGHT),
        "hybrid": re.compile(_LEFT + "(?:" + _words("hybrid_words") + ")" + _RIGHT),
        "not_remote": re.compile(_LEFT + "(?:" + _words("not_remote_words") + ")" + _RIGHT),
        "travel": re.compile(_LEFT + "(?:" + _words("travel_words") + ")" + rf"(?![^\W_]|[{_INDIC}])"),
        "strong_travel": re.compile(
            _LEFT + "(?:" + _words("strong_travel_words") + ")" + rf"(?![^\W_]|[{_INDIC}])"
        ),
        "negation": re.compile(_LEFT + "(?:" + _words("negation_words") + ")" + rf"(?![^\W_]|[{_INDIC}])"),
        "home": re.compile(_LEFT + "(?:" + _words("home_words") + ")" + _RIGHT),
        # "Deoria jila ka hu": the district word may stand between the town and what makes it an origin
        "origin_after": re.compile(
            r"^[\s,)]*(?:(?:"
            + _words("district_words")
            + r")\s+)?(?:"
            + _words("origin_after_words")
            + rf")(?![^\W_]|[{_INDIC}])"
        ),
        "origin_before": re.compile(r"(?:" + _words("origin_before_words") + r")\s*$"),
        "from_before": re.compile(r"(?<![^\W_])from\s*$"),
        "lives_before": re.compile(r"(?:" + _words("home_words") + r")(?:\s+(?:in|at|near|me|mein))?\s*$"),
        "now": re.compile(_LEFT + "(?:" + _words("now_words") + ")" + _RIGHT),
        "required": re.compile(_LEFT + "(?:" + _words("language_required_words") + ")"),
        "languages": {
            name: re.compile(_LEFT + "(?:" + alternation(words) + ")" + r"(?![^\W_])")
            for name, words in lex["languages"].items()
        },
    }


@dataclass(frozen=True, slots=True)
class _Places:
    city: str | None
    locality: str | None
    travel: list[str]


class OfflineUnderstanding:
    """Reads skills, place, pay, time, experience, slots, languages and intent from one message."""

    def __init__(
        self,
        trades: TradeVocabulary | None = None,
        intents: IntentModel | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        self._clock = clock or SystemClock()
        self._gazetteer: Gazetteer = get_gazetteer()
        self._intents = intents
        self._skills: SkillVocabulary = get_skill_vocabulary()
        self._trades: TradeVocabulary = trades or get_trade_vocabulary()
        self._glossary = WorkGlossary()
        self._loanwords = LoanwordReader(self._trades.encoder, self._trades.trade_nouns())
        _patterns()
        lex = lexicon()
        self._stopwords = set(lex["stopwords"])
        self._skill_heads = set(lex["skill_heads"])
        self._generic = set(lex["generic_skill_words"])
        self._labour = set(lex["unspecified_labour_words"])
        self._vague_heads = set(lex["vague_skill_heads"])
        self._not_trade = set(lex["not_trade_words"]) | self._stopwords
        # "34 years service", "5 saal kaam": a span of time is no part of a trade's name.
        self._time_words = set(lex["year_words"]) | set(lex["month_count_words"])
        # Words that make a count one of time, money or things, never of people wanted.
        units = {
            t.text for words in lex["unit_words"].values() for w in words for t in tokenize(normalise(w))
        }
        self._count_blockers = self._not_trade | self._time_words | units
        self._language_words = {normalise(word) for words in lex["languages"].values() for word in words}

    def extract(self, text: str, kind: TextKind | None = None) -> Extraction:
        """Return everything the text states; never raises, an unreadable text gives an empty Extraction."""
        try:
            return self._extract(text if isinstance(text, str) else str(text), kind)
        except Exception:  # a message must never break the conversation
            log.exception("offline extraction failed")
            return Extraction()

    def rule_intent(self, text: str) -> TextKind | None:
        """Return who is writing by the cue words alone (what the intent model is combined with)."""
        low = redact_protected(normalise(text)).lower()
        return self._intent(low, _wanted(low))

    def _extract(self, text: str, kind: TextKind | None) -> Extraction:
        clean = redact_protected(normalise(text))
        low = clean.lower()
        tokens = tokenize(clean)
        wanted = _wanted(low)
        intent = self._intent(low, wanted)
        # A verdict resting on what is wanted alone ("vela venum", "oru paiyan venum") is not the model's to
        # overrule.
        if kind is None and not (intent is not None and {writer for writer, _ in wanted} == {intent}):
            # Only a message whose writer is not yet known pays for the model's encoder call, and only when
            # the words do not already say whether work or a person is wanted.
            intent = self._intent_model().read(clean, intent)
        role = kind or intent
        mentions = self._gazetteer.find(tokens, clean) or self._gazetteer.find_by_spelling(tokens)
        negated = self._negated(low, tokens)
        places = self._places(low, tokens, [m for m in mentions if m.first not in negated], role)
        place_tokens = {i for m in mentions for i in range(m.first, m.last + 1)}
        removed = self._removed_skills(tokens, place_tokens, negated) if role != "gig" else []
        skills, families = self._read_skills(clean, tokens, place_tokens | negated)
        pay = extract_pay(clean)
        languages = self._languages(low)
        return Extraction(
            skills=skills,
            skill_families=families,
            city=places.city,
            locality=places.locality,
            travel_cities=places.travel if role != "gig" else [],
            skills_removed=removed,
            travel_removed=[
                city
                for m in mentions
                if m.first in negated and role != "gig"
                for city in (m.place.cities if m.place.kind != "region" else ())
            ],
            remote=self._remote(low, role, places.city is not None or places.locality is not None),
            pay=pay,
            days=extract_days(low),
            hours=extract_hours(low),
            dates=extract_dates(low),
            urgent=is_urgent(low),
            experience_years=self._experience(low, tokens, mentions),
            slots=self._slots(low, tokens) if role != "worker" else None,
            languages=languages,
            languages_required=self._languages_required(low),
            intent=intent,
        )

    # --- intent -----------------------------------------------------------------------------------------

    def _intent_model(self) -> IntentModel:
        if self._intents is None:
            self._intents = IntentModel(shared_e5())
        return self._intents

    def _intent(self, low: str, wanted: list[tuple[TextKind, int]]) -> TextKind | None:
        p = _patterns()
        votes = {"gig": 0, "worker": 0}
        for match in p["cue"].finditer(low):
            votes[p["cue_kind"][match.group(1)]] += 1
        votes["worker"] += len(p["first_person"].findall(low)) + len(p["pronoun"].findall(low))
        for writer, weight in wanted:
            votes[writer] += weight
        if votes["gig"] == votes["worker"] == 0:
            # No clear cue either way: a worker still says "min", "only", "ok", "based in" about themselves;
            # "Maid for Andheri flat, 4000 pm" names a job with a rate or a purpose and is a post
            if p["worker_weak"].search(low):
                return "worker"
            if p["impersonal_post"].search(low):
                return "gig"
        if votes["gig"] == votes["worker"]:
            return None
        return "gig" if votes["gig"] > votes["worker"] else "worker"

    # --- negation --------------------------------------------------------------------------------------

    @staticmethod
    def _negated(low: str, tokens: list[Token]) -> set[int]:
        """Return the tokens in clauses that deny something ("I don't do AC repair", "Ranchi nahi jaunga")."""
        pattern = _patterns()["negation"]
        bounds = [0, *(m.end() for m in _CLAUSE.finditer(low)), len(low)]
        spans = [(a, b) for a, b in itertools.pairwise(bounds) if pattern.search(low, a, b)]
        return {i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in spans)}

    def _removed_skills(self, tokens: list[Token], place_tokens: set[int], negated: set[int]) -> list[str]:
        """Return the skills named in denying clauses, which a correction takes off the profile."""
        matches = self._skills.find(tokens, skip=place_tokens | (set(range(len(tokens))) - negated))
        return list(dict.fromkeys(m.skill for m in matches if m.skill))

    # --- places -----------------------------------------------------------------------------------------

    def _places(
        self, low: str, tokens: list[Token], mentions: list[PlaceMention], role: str | None
    ) -> _Places:
        p = _patterns()
        now = p["now"].search(low)
        home: list[PlaceMention] = []
        travel: list[str] = []
        origin_states: set[int] = set()
        origins: list[PlaceMention] = []
        for index, mention in enumerate(mentions):
            if index in origin_states:
                continue
            start, end = tokens[mention.first].start, tokens[mention.last].end
            segment = self._segment(low, start)
            state = self._state_after(low, tokens, mentions, index)
            if state is not None:
                # "Banda (UP) ka hu": the state written after a town is part of its address
                end = tokens[mentions[state].last].end
                end += len(low[end:]) - len(low[end:].lstrip(" )"))
            after, before = low[end : end + 25], low[max(0, start - 25) : start]
            origin = p["origin_after"].search(after) or p["origin_before"].search(before)
            later = [tokens[m.first].start for m in mentions[index + 1 :] if m.place.kind != "region"]
            if not origin and p["from_before"].search(before):
                # "from Madurai, staying in Trichy now": a later home makes this place the origin
                origin = any(
                    (now is not None and s > now.start() > end)
                    or p["lives_before"].search(low[max(0, s - 25) : s]) is not None
                    for s in later
                )
            if not origin and role != "gig" and now is not None:
                # "Bhagalpur se hu ... abhi Surat me", "Durgapur er meye, ekhon Kolkata te thaki": a place
                # named after "now" is where the worker is; the one before it is where they come from
                origin = any(now.start() > end and s > now.start() for s in later)
            if origin:
                origin_states.update([state] if state is not None else [])
                origins.append(mention)
                continue
            is_travel = (
                role == "worker" and bool(p["travel"].search(segment)) and not p["home"].search(segment)
            )
            strong_travel = is_travel and bool(p["strong_travel"].search(segment))
            if mention.place.kind == "region":
                # "Ranchi, Jharkhand" is an address: only a state named on its own widens the search
                if role == "worker" and not self._follows_a_city(low, tokens, mention, home):
                    travel.extend(mention.place.cities)
            elif is_travel and (home or strong_travel):
                # "can also travel to Mumbai" adds a city to work in; home stays where it was
                travel.extend(mention.place.cities if mention.place.kind == "city" else ())
            else:
                home.append(mention)
        # "Nashik ka hu" and no other place: where one comes from is the one place known
        city, locality = self._home(home or origins, tokens)
        travel_cities = [c for c in dict.fromkeys(travel) if c != city]
        return _Places(city, locality, travel_cities)

    @staticmethod
    def _state_after(low: str, tokens: list[Token], mentions: list[PlaceMention], index: int) -> int | None:
        """Return the index of a state named right after a town ("Keonjhar, Odisha", "Banda (UP)")."""
        following = index + 1
        if following >= len(mentions) or mentions[following].place.kind != "region":
            return None
        return following if _written_next(low, tokens, mentions[index], mentions[following]) else None

    @staticmethod
    def _follows_a_city(
        low: str, tokens: list[Token], region: PlaceMention, home: list[PlaceMention]
    ) -> bool:
        return any(_written_next(low, tokens, city, region) for city in home if city.place.kind == "city")

    def _home(self, home: list[PlaceMention], tokens: list[Token]) -> tuple[str | None, str | None]:
        cities = [m for m in home if m.place.kind == "city"]
        localities = [m for m in home if m.place.kind == "locality"]
        city = cities[0].place.name if cities else None
        if city is None:
            unique = [m for m in localities if len(m.place.cities) == 1]
            city = unique[0].place.cities[0] if unique else None
        local = [m for m in localities if city in m.place.cities] or localities
        locality = " ".join(t.raw for t in tokens[local[0].first : local[0].last + 1]) if local else None
        return city, locality

    @staticmethod
    def _segment(low: str, position: int) -> str:
        starts = [m.end() for m in _SEGMENT.finditer(low, 0, position)]
        begin = starts[-1] if starts else 0
        stop = _SEGMENT.search(low, position)
        return low[begin : stop.start() if stop else len(low)]

    # --- skills -----------------------------------------------------------------------------------------

    def _read_skills(
        self, text: str, tokens: list[Token], place_tokens: set[int]
    ) -> tuple[list[str], list[str]]:
        matches = self._without_bare_language_lists(tokens, self._skills.find(tokens, skip=place_tokens))
        surfaces = [" ".join(t.text for t in tokens[m.first : m.last + 1]) for m in matches]
        # "कोयला लोडिंग के लिए 10 मजदूर" says how many hands, not which work: labour yields to any trade
        # the text names and is the reading only when none is named.
        labour = [m for m, surface in zip(matches, surfaces, strict=True) if surface in self._labour]
        kept = [i for i, surface in enumerate(surfaces) if surface not in self._labour]
        matches, surfaces = [matches[i] for i in kept], [surfaces[i] for i in kept]
        named, matches, surfaces = self._named_occupations(tokens, place_tokens, matches, surfaces)
        specific = {
            m.family for m, surface in zip(matches, surfaces, strict=True) if surface not in self._generic
        }
        skills: list[str] = []
        trade_words: list[str] = []
        for match, surface in zip(matches, surfaces, strict=True):
            if not match.skill:
                continue
            if surface not in self._generic:
                skills.append(match.skill)
                continue
            # "photographer" alone says the trade, not the specialty: keep the writer's word, and the
            # catch-all guess only when nothing more specific in that family was said
            if match.family not in specific:
                skills.append(match.skill)
            trade_words.append(surface)
        # Specific skills lead: they name the gig and are what a worker recognises first.
        skills = list(dict.fromkeys([*(e.label for e, _, _ in named), *skills, *trade_words]))
        families = list(
            dict.fromkeys([*(e.trade_family for e, _, _ in named), *(m.family for m in matches if m.family)])
        )
        covered = place_tokens | {i for m in [*matches, *labour] for i in range(m.first, m.last + 1)}
        covered |= {i for _, first, last in named for i in range(first, last + 1)}

        def add(entries: list[TradeEntry]) -> None:
            skills.extend(entry.label for entry in entries)
            families.extend(entry.trade_family for entry in entries)

        for phrase, link in self._link(self._own_words(tokens, covered, matches)):
            if link is not None:
                add([link.entry])
            elif phrase.split()[-1] not in self._vague_heads:
                skills.append(phrase)  # a trade the vocabulary lacks, kept in the person's words
        # Each reader below is tried only while no trade is known: by ESCO label, by sound, by meaning.
        found = [] if families else self._native_trades(tokens, covered)
        natives = [native for native in found if native.phrase not in self._labour]
        add([native.entry for native in natives if native.entry is not None])
        if not families:
            add(self._labelled_trades(tokens, covered))
        # A trade word of the person's language outranks the guesses below (sound, meaning).
        if not (families or natives) and has_indic(text):
            add(self._sounded_trades(tokens, covered))
        if not (families or natives):
            phrases = self._content_phrases(text, tokens, covered)
            links = self._trades.link(phrases, LAST_RESORT_LINK_THRESHOLD)
            # One ordinary word meets some occupation closely ("weather": weather forecaster, 0.880); a
            # phrase of several words that close says what the work is.
            pairs = zip(phrases, links, strict=True)
            linked = [link for phrase, link in pairs if link and _loose_ok(phrase, link)]
            # Of several phrases that each link, the one closest to its occupation names the work.
            add([max(linked, key=lambda link: link.score).entry] if linked else [])
        if not (families or natives) and has_indic(text):
            # The last reading: English loanwords of several words ("ഡയാലിസിസ് ടെക്നീഷ്യൻ"), each checked.
            for phrase, entry in self._loanword_trades(tokens, covered):
                if entry is not None:
                    add([entry])
                else:
                    skills.append(phrase)  # "dialysis technician": a trade the vocabulary lacks
        if not families:
            # A trade the vocabulary lacks ("potter"), named in an Indian language: kept in plain English.
            skills.extend(native.phrase for native in natives)
            # Labour is the reading only when no trade is named at all.
            skills.extend(match.skill for match in labour if match.skill)
            families.extend(match.family for match in labour if match.family)
            add([native.entry for native in found if native.phrase in self._labour and native.entry])
        return list(dict.fromkeys(skills)), list(dict.fromkeys(families))

    def _named_occupations(
        self, tokens: list[Token], place_tokens: set[int], matches: list[SkillMatch], surfaces: list[str]
    ) -> tuple[list[tuple[TradeEntry, int, int]], list[SkillMatch], list[str]]:
        """Let an occupation of several words win over the generic word inside it.

        "dance teacher", "driving instructor", "lab assistant": the taxonomy reads only "teacher",
        "driving" or "assistant" and guesses a specialty; ESCO names the whole trade.
        """
        generic_only = [
            i
            for i, (m, surface) in enumerate(zip(matches, surfaces, strict=True))
            if surface in self._generic
        ]
        if not generic_only:
            return [], matches, surfaces
        specific_tokens = {
            t for i, m in enumerate(matches) if i not in generic_only for t in range(m.first, m.last + 1)
        }
        named: list[tuple[TradeEntry, int, int]] = []
        words = [t.text for t in tokens]
        for first in range(len(words)):
            for size in range(min(MAX_LABEL_WORDS, len(words) - first), 1, -1):
                span = range(first, first + size)
                if any(i in place_tokens or i in specific_tokens for i in span):
                    continue
                entry = self._trades.by_words(words[first : first + size])
                if entry is not None and entry.key.startswith(ESCO_PREFIX):
                    named.append((entry, first, first + size - 1))
                    break
        inside = {
            i
            for i in generic_only
            if any(first <= matches[i].first and matches[i].last <= last for _, first, last in named)
        }
        named = [
            n for n in named if any(n[1] <= matches[i].first and matches[i].last <= n[2] for i in inside)
        ]
        kept = [i for i in range(len(matches)) if i not in inside]
        return named, [matches[i] for i in kept], [surfaces[i] for i in kept]

    def _labelled_trades(self, tokens: list[Token], covered: set[int]) -> list[TradeEntry]:
        """Return ESCO occupations the text names by one of their labels ("tour guide", "weaver")."""
        words = [t.text if i not in covered else "" for i, t in enumerate(tokens)]

        def lookup(span: list[str]) -> TradeEntry | None:
            if len(span) == 1 and span[0] in self._not_trade:
                return None
            return self._trades.by_words(span)

        return _longest_spans(words, MAX_LABEL_WORDS, lookup)

    def _native_trades(self, tokens: list[Token], covered: set[int]) -> list[NativeTrade]:
        """Return trades named by Indian-language words, in their script or typed in Latin letters ("ਨਾਈ",
        "தச்சர்", "kumhar", "gaadi chalata")."""
        words = [t.text if i not in covered else "" for i, t in enumerate(tokens)]
        return _longest_spans(words, MAX_NATIVE_WORDS, self._trades.by_native_words)

    def _sounded_trades(self, tokens: list[Token], covered: set[int]) -> list[TradeEntry]:
        """Return trades an Indian script names by their English or Hinglish sound ("ఆప్టోమెట్రిస్ట్").

        A one-word name may carry a plural or case ending ("వెల్డర్లు" = welders): up to
        _MAX_SOUND_ENDING letters are dropped to find it. Each name found must also sound and mean alike.
        """
        words = [
            romanise(t.text) if i not in covered and has_indic(t.text) else "" for i, t in enumerate(tokens)
        ]
        written = {latin: t.text for latin, t in zip(words, tokens, strict=True) if latin}

        def lookup(span: list[str]) -> tuple[str, str, SoundMatch] | None:
            native = " ".join(written[word] for word in span)
            match = self._trades.by_sound(span)
            if match is not None or len(span) > 1:
                return (native, " ".join(span), match) if match else None
            cut = stems(span[0], _MAX_SOUND_ENDING, _MIN_SOUND_WORD)
            return next(
                ((native, stem, found) for stem in cut if (found := self._trades.by_sound([stem]))),
                None,
            )

        found = _longest_spans(words, MAX_SOUND_WORDS, lookup)
        alike = self._loanwords.sound_alike(
            [(native, latin, match.spoken, match.name) for native, latin, match in found]
        )
        return [match.entry for (_, _, match), same in zip(found, alike, strict=True) if same]

    def _loanword_trades(self, tokens: list[Token], covered: set[int]) -> list[tuple[str, TradeEntry | None]]:
        """Return trades that English loanwords of several words name in an Indian script ("ക്രെയിൻ
        ഓപ്പറേറ്റർ"), each with the entry it names, or None when the vocabulary lacks it."""
        words = [t.text if i not in covered and has_indic(t.text) else None for i, t in enumerate(tokens)]
        english = [phrase.english for phrase in self._loanwords.trade_phrases(words)]
        named = [self._trades.by_words(phrase.split()) for phrase in english]
        # The phrases no label names are linked by meaning in one encoder call.
        unnamed = [phrase for phrase, entry in zip(english, named, strict=True) if entry is None]
        links = dict(zip(unnamed, self._trades.link(unnamed), strict=True))
        return [
            (phrase, entry or (link.entry if (link := links.get(phrase)) else None))
            for phrase, entry in zip(english, named, strict=True)
        ]

    def _link(self, phrases: list[str]) -> list[tuple[str, TradeLink | None]]:
        """Pair each phrase with the trade it means, or None."""
        return list(zip(phrases, self._trades.link(phrases), strict=True))

    def _content_phrases(self, text: str, tokens: list[Token], covered: set[int]) -> list[str]:
        """Return the message's clauses stripped of places, numbers and function words, richest first.

        These are what a trade the vocabulary has no words for is linked from. Latin words are kept and
        Indian-script words read into English by the work glossary ("ರೇಷ್ಮೆ ಸೀರೆ ನೇಯುತ್ತೇನೆ" -> "silk saree
        weave"): on the dev and first fresh sets the encoder linked English phrases well and Indian-script
        ones, romanised or not, mostly to unrelated occupations.
        """
        clauses: list[list[str]] = [[]]
        text_end = 0
        for i, token in enumerate(tokens):
            gap = text[text_end : token.start] if text_end else ""
            if _PHRASE_BREAK.search(gap):
                clauses.append([])
            text_end = token.end
            if i in covered or token.text in self._not_trade or any(ch.isdigit() for ch in token.text):
                continue
            if len(token.text) > 2 and token.text.isascii():
                clauses[-1].append(token.raw)
            elif (english := self._glossary.gloss(token.text)) is not None:
                clauses[-1].append(english)
        phrases = [" ".join(words[:_MAX_PHRASE_WORDS]) for words in clauses if words]
        # A chat of several turns says more: each turn may add a phrase, within a bound.
        limit = min(_MAX_MEANING_PHRASES + text.count("\n"), _MAX_CHAT_MEANING_PHRASES)
        return sorted(dict.fromkeys(phrases), key=len, reverse=True)[:limit]

    def _without_bare_language_lists(
        self, tokens: list[Token], matches: list[SkillMatch]
    ) -> list[SkillMatch]:
        """Drop a language pair read as translation ("Hindi, English") unless translating is also said.

        Workers list the languages they speak the same way they name a translation pair; only a word
        about the work itself ("translator", "anuvad", "subtitles") makes it a skill.
        """

        def only_languages(match: SkillMatch) -> bool:
            return all(token.text in self._language_words for token in tokens[match.first : match.last + 1])

        stated_work = {match.family for match in matches if not only_languages(match)}
        return [match for match in matches if not only_languages(match) or match.family in stated_work]

    def _own_words(self, tokens: list[Token], covered: set[int], matches: list[SkillMatch]) -> list[str]:
        """Keep the writer's own words for a skill the vocabulary lacks ("ESOP valuation advisory")."""
        found: list[str] = []
        for i, token in enumerate(tokens):
            if token.text not in self._skill_heads or i in covered:
                continue
            words: list[str] = []
            j = i - 1
            while j >= 0 and len(words) < 2 and self._is_content(tokens[j], j, covered):
                words.insert(0, tokens[j].text)
                j -= 1
            if words:
                found.append(" ".join([*words, token.text]))
            if len(found) >= _MAX_OWN_WORD_SKILLS:
                break
        return found

    def _is_content(self, token: Token, index: int, covered: set[int]) -> bool:
        return (
            index not in covered
            and token.text not in self._stopwords
            and token.text not in self._skill_heads
            and token.text not in self._time_words
            and not any(ch.isdigit() for ch in token.text)
            and len(token.text) > 1
        )

    # --- experience, slots, remote, languages -----------------------------------------------------------

    def _experience(self, low: str, tokens: list[Token], mentions: list[PlaceMention]) -> float | None:
        p = _patterns()
        place_starts = [tokens[m.first].start for m in mentions]
        strong: list[float] = []
        weak: list[float] = []
        for match in islice(p["years"].finditer(low), _MAX_NUMBERS):
            value = float(match.group(1))
            low_end = _RANGE_START.search(low, max(0, match.start() - 8), match.start())
            if low_end:
                value = float(low_end.group(1))  # "2-4 yrs" asks for at least 2
            before, after = (
                low[max(0, match.start() - 25) : match.start()],
                low[match.end() : match.end() + 30],
            )
            segment = self._segment(low, match.start())
            if (
                value > _MAX_EXPERIENCE_YEARS
                or p["age_before"].search(before)
                or p["old_after"].search(after)
            ):
                continue
            if p["service_after"].search(after) and p["army"].search(segment):
                continue  # years in the forces are not years in this trade
            lived = p["lived_after"].match(after)
            if lived and any(match.end() <= s <= match.end() + lived.end() for s in place_starts):
                continue  # "5 saal se Bengaluru me hu" is how long they have lived there
            is_strong = p["exp_after"].search(after) or p["exp_before"].search(before)
            (strong if is_strong else weak).append(value)
        for match in p["months"].finditer(low):
            after = low[match.end() : match.end() + 30]
            if p["exp_after"].search(after):
                strong.append(round(int(match.group(1)) / 12, 2))
        this_year = current_year(self._clock)
        for match in p["since"].finditer(low):
            year = int(match.group(1) or match.group(2))
            if 1960 <= year <= this_year:
                strong.append(float(this_year - year))
        if strong:
            return strong[0]
        if p["fresher"].search(low):
            return 0.0
        return weak[0] if weak else None

    def _slots(self, low: str, tokens: list[Token]) -> int | None:
        p = _patterns()
        for match in islice(p["people"].finditer(low), _MAX_NUMBERS):
            count = int(next(group for group in match.groups() if group))
            if 0 < count <= _MAX_SLOTS:
                return count
        texts = [t.text for t in tokens]
        numbers = [i for i, text in enumerate(texts[:-1]) if text.isdigit() and 0 < int(text) <= _MAX_SLOTS]
        for i in numbers[:_MAX_NUMBERS]:
            text = texts[i]
            skill_after = bool(self._skills.find(tokens[i + 1 : i + 3]))
            need_before = i > 0 and p["need"].fullmatch(texts[i - 1]) is not None
            need_after = i + 2 < len(texts) and p["need"].fullmatch(texts[i + 2]) is not None
            if skill_after and (need_before or need_after):
                return int(text)
        for i in numbers[:_MAX_NUMBERS]:
            if self._names_who_is_wanted(low, tokens[i : i + 2 + _MAX_SLOT_WORDS]):
                return int(texts[i])
        return None

    def _names_who_is_wanted(self, low: str, run: list[Token]) -> bool:
        """Say whether a count is followed by who is wanted and a need ("2 लैब टेक्नीशियन चाहिए").

        The words must run on in one phrase (no "।", "." or "—" between), and any word about time, money or
        amounts ("3 din ke liye", "2 BHK") means the count is of something else.
        """
        need = _patterns()["need"]
        for before, token in itertools.pairwise(run):
            if low[before.end : token.start].strip():
                return False
            if token is not run[1] and need.fullmatch(token.text):
                return True
            if token.text in self._count_blockers or any(ch.isdigit() for ch in token.text):
                return False
        return False

    @staticmethod
    def _remote(low: str, role: str | None, has_place: bool) -> bool | None:
        p = _patterns()
        remote = bool(p["remote"].search(low)) and not p["not_remote"].search(low)
        if role == "worker":
            return True if remote else None
        if p["hybrid"].search(low):
            return None
        if remote:
            return True
        return False if has_place else None

    @staticmethod
    def _languages(low: str) -> list[str]:
        found = [(m.start(), name) for name, rx in _patterns()["languages"].items() if (m := rx.search(low))]
        return [name for _, name in sorted(found)]

    def _languages_required(self, low: str) -> list[str]:
        p = _patterns()
        required: list[str] = []
        for segment in re.split(r"[\n.;,|!?।]", low):
            if p["required"].search(segment):
                required.extend(self._languages(segment))
        return list(dict.fromkeys(required))


def _written_next(low: str, tokens: list[Token], earlier: PlaceMention, later: PlaceMention) -> bool:
    """Say whether only separators stand between two places, as in an address ("Ranchi, Jharkhand")."""
    return low[tokens[earlier.last].end : tokens[later.first].start].strip(" ,(-") == ""


def _wanted(low: str) -> list[tuple[TextKind, int]]:
    """Return who each statement of what is wanted points to, with its weight among the intent votes.

    The want word alone already voted for a post: work wanted ("vela venum") outweighs it, a person wanted
    ("oru paiyan venum") confirms it, and a count of people ("4 മേസൺ വേണം") makes it a post.
    """
    p = _patterns()
    found: list[tuple[TextKind, int]] = [
        ("worker", 2) if m.group(1) else ("gig", 1) for m in p["wanted"].finditer(low)
    ]
    return found + [("gig", 2)] * len(p["counted_want"].findall(low))


def _loose_ok(phrase: str, link: TradeLink) -> bool:
    """Say whether a last-resort link may stand: a single word must name its trade as closely as ever."""
    return len(phrase.split()) > 1 or link.score >= LINK_THRESHOLD


def _longest_spans(
    words: list[str], longest: int, lookup: Callable[[list[str]], _Found | None]
) -> list[_Found]:
    """Scan left to right for the longest run of non-empty words that lookup names; return what it named."""
    found: list[_Found] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            span = words[i : i + size]
            entry = lookup(span) if all(span) else None
            if entry is not None:
                found.append(entry)
                i += size
                break
        else:
            i += 1
    return found
