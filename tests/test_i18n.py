"""The message catalogs: Hindi says everything English says, and every key the bot uses exists."""

from __future__ import annotations

import ast
import json
import re
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import get_args

import pytest

from bot.dialogue.account import ALERT_MODES
from bot.dialogue.engine import COMMANDS
from bot.dialogue.interview import missing_fields
from bot.dialogue.posting import missing_essentials
from bot.dialogue.reports import REASONS
from bot.dialogue.state import State
from bot.i18n import LANGUAGES, catalog_keys, guess_language, translate
from core.models import WEEKDAYS, Extraction, GigStatus, PayUnit
from understanding.screening import GigScreener

CATALOG_FILES = {"en": "en.json", "hi": "hi.json", "hi-Latn": "hinglish.json"}
TRANSLATIONS = ("hi", "hi-Latn")
BOT_SOURCES = sorted((Path(__file__).parent.parent / "bot").rglob("*.py"))
# Callables that take a catalog key, and the position of the key among their arguments.
KEY_ARGUMENT = {"translate": 1, "localized_button": 1, "t": 0, "button": 0}
BUTTON_CALLS = {"button", "localized_button"}
KEY_SHAPE = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
# "/help" is a command to tap; "800/day" is not.
COMMAND_MENTION = re.compile(r"(?<![\w/])/[a-z]+")
# Telegram shows about this many characters of an inline button on a phone before cutting it.
MAX_BUTTON_LABEL = 30
MAX_COMMAND_DESCRIPTION = 40


def catalog(language: str) -> dict[str, str]:
    """Read a catalog file as shipped, so duplicate keys or bad JSON show up here."""
    text = resources.files("bot.i18n").joinpath(CATALOG_FILES[language]).read_text(encoding="utf-8")
    pairs = json.loads(text, object_pairs_hook=list)
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), f"{language}.json repeats keys"
    return dict(pairs)


def placeholders(template: str) -> set[str]:
    """Return the {names} a template fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def emojis(text: str) -> list[str]:
    """Return the pictographs of a text in order: the icons a reader scans for."""
    return [char for char in text if unicodedata.category(char) == "So"]


def screening_codes() -> set[str]:
    """Return every reason code the screener can give: it renders each through the `reasons` table."""
    data_dir = resources.files("understanding.data")
    codes: set[str] = set()
    for entry in data_dir.iterdir():
        if entry.name.startswith("screening") and entry.name.endswith(".json"):
            reasons = json.loads(entry.read_text(encoding="utf-8")).get("reasons", {})
            codes.update(code for code in reasons if not code.startswith("_"))
    return codes


# How each f-string family of keys in bot/ is filled in; a new family must be added here.
FAMILIES: dict[str, list[str]] = {
    "status.": [status.value for status in GigStatus],
    "alerts.mode.": list(ALERT_MODES),
    "day.": list(WEEKDAYS),
    "unit.": list(get_args(PayUnit)),
    "interview.ask_": missing_fields(Extraction()),
    "post.ask_": missing_essentials(Extraction()),
    "scam.": sorted(screening_codes()),
    "report.reason.": list(REASONS),
    "help.": [state.value for state in State if state is not State.IDLE],
}


def _call_name(node: ast.Call) -> str | None:
    """Return the called function's name: "t" for turn.t(...), "translate" for translate(...)."""
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _family_prefix(expression: ast.expr) -> str | None:
    """Return the literal head of a computed key: "status." for f"status.{x}" or "scam." + code."""
    if isinstance(expression, ast.JoinedStr) and isinstance(head := expression.values[0], ast.Constant):
        return str(head.value)
    if isinstance(expression, ast.BinOp) and isinstance(expression.left, ast.Constant):
        return str(expression.left.value)
    return None


def _stored_strings(tree: ast.AST) -> Iterator[str]:
    """Yield strings kept for later: assigned values ("key = a if x else b") and table values (COMMANDS)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            roots: list[ast.expr] = [node.value]
        elif isinstance(node, ast.Dict):
            roots = [value for value in node.values if value is not None]
        else:
            continue
        for root in roots:
            # The literal pieces of an f-string are heads of a family, not keys.
            pieces = {id(part) for f in ast.walk(root) if isinstance(f, ast.JoinedStr) for part in f.values}
            for child in ast.walk(root):
                if (
                    isinstance(child, ast.Constant)
                    and isinstance(child.value, str)
                    and id(child) not in pieces
                ):
                    yield child.value


@dataclass
class SourceKeys:
    """The catalog keys the bot's code looks up, as written in bot/."""

    literals: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    # What labels an inline button: keys passed to turn.button / localized_button.
    label_literals: set[str] = field(default_factory=set)
    label_families: set[str] = field(default_factory=set)

    def labels(self) -> set[str]:
        """Return every key that becomes a button label, families expanded."""
        expanded = {prefix + value for prefix in self.label_families for value in FAMILIES[prefix]}
        return self.label_literals | expanded


@cache
def keys_in_source() -> SourceKeys:
    """Scan bot/ for catalog lookups: literal keys, f-string families, and what labels buttons."""
    namespaces = {key.split(".")[0] for key in catalog("en")}
    found = SourceKeys()
    for path in BOT_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            position = KEY_ARGUMENT.get(_call_name(node) or "") if isinstance(node, ast.Call) else None
            if not isinstance(node, ast.Call) or position is None or len(node.args) <= position:
                continue
            is_label = _call_name(node) in BUTTON_CALLS
            key = node.args[position]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found.literals.add(key.value)
                if is_label:
                    found.label_literals.add(key.value)
            elif (prefix := _family_prefix(key)) is not None:
                found.families.add(prefix)
                if is_label:
                    found.label_families.add(prefix)
        found.literals.update(
            value
            for value in _stored_strings(tree)
            if KEY_SHAPE.fullmatch(value) and value.split(".")[0] in namespaces
        )
    return found


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_catalogs_define_the_same_keys(language: str) -> None:
    english, other = catalog("en"), catalog(language)
    assert set(LANGUAGES) == set(CATALOG_FILES)
    assert sorted(set(english) - set(other)) == [], f"keys missing in {CATALOG_FILES[language]}"
    assert sorted(set(other) - set(english)) == [], f"keys in {CATALOG_FILES[language]} that en.json lacks"
    assert catalog_keys(language) == catalog_keys("en")


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_translation_fills_the_same_placeholders(language: str) -> None:
    english, other = catalog("en"), catalog(language)
    mismatched = {key: (placeholders(english[key]), placeholders(other[key])) for key in english}
    assert {key: pair for key, pair in mismatched.items() if pair[0] != pair[1]} == {}
    for key in english:
        values = {name: f"<{name}>" for name in placeholders(english[key])}
        assert set(re.findall(r"<(\w+)>", translate(language, key, **values))) >= set(values), key


def test_hindi_texts_are_written_in_hindi() -> None:
    english, hindi = catalog("en"), catalog("hi")
    for key, english_text in english.items():
        words = re.sub(r"\{\w+\}|/\w+|@", "", english_text)
        if LATIN_LETTER.search(words):
            assert DEVANAGARI.search(hindi[key]), f"{key} is not translated: {hindi[key]!r}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translations_keep_the_same_icons(language: str) -> None:
    english, other = catalog("en"), catalog(language)
    for key, english_text in english.items():
        assert sorted(emojis(other[key])) == sorted(emojis(english_text)), f"{key} lost or changed an emoji"


def test_hinglish_texts_are_hindi_in_latin_letters() -> None:
    hinglish = catalog("hi-Latn")
    # /help names the languages to switch to in their own scripts: the one place Devanagari may appear.
    assert [key for key, text in hinglish.items() if DEVANAGARI.search(text) and key != "help.text"] == []
    sentences = [text for text in hinglish.values() if len(text.split()) >= 6]
    read_as_hinglish = [text for text in sentences if guess_language(text, "en") == "hi-Latn"]
    assert len(read_as_hinglish) >= 0.9 * len(sentences), set(sentences) - set(read_as_hinglish)


def test_no_hindi_text_says_gig() -> None:
    """People say काम (work) or नौकरी (job); "गिग" is a word most Hindi speakers do not use."""
    assert [key for key, text in catalog("hi").items() if "गिग" in text] == []
    words = {key: re.sub(r"\{\w+\}|/\w+", "", text) for key, text in catalog("hi-Latn").items()}
    assert [key for key, text in words.items() if re.search(r"\bgigs?\b", text, re.I)] == []


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translated_texts_mention_the_same_commands(language: str) -> None:
    """A translated /help must still name the real commands, or tapping them does nothing."""
    english, other = catalog("en"), catalog(language)
    for key, english_text in english.items():
        assert COMMAND_MENTION.findall(english_text) == COMMAND_MENTION.findall(other[key]), key


def test_buttons_and_command_descriptions_are_short() -> None:
    for language in LANGUAGES:
        texts = catalog(language)
        labels = {key: texts[key] for key in keys_in_source().labels()}
        assert {key: text for key, text in labels.items() if len(text) > MAX_BUTTON_LABEL} == {}, language
        descriptions = {name: texts[key] for name, key in COMMANDS.items()}
        assert {n: d for n, d in descriptions.items() if len(d) > MAX_COMMAND_DESCRIPTION} == {}, language


def test_choosing_hindi_is_confirmed_in_hindi() -> None:
    confirmation = translate("hi", "language.set")
    assert "हिंदी" in confirmation or "हिन्दी" in confirmation
    assert confirmation != translate("en", "language.set")


def test_hindi_days_and_units_are_distinct_hindi_words() -> None:
    for family in ("day.", "unit."):
        labels = [translate("hi", family + value) for value in FAMILIES[family]]
        assert all(DEVANAGARI.search(label) for label in labels), labels
        assert len(set(labels)) == len(labels), labels


def test_every_literal_key_the_bot_uses_exists() -> None:
    literals = keys_in_source().literals
    assert {"post.held", "command.start", "matches.no_more"} <= literals  # calls, tables and choices
    assert sorted(literals - catalog_keys("en")) == []


def test_every_computed_key_family_resolves_to_existing_keys() -> None:
    families = keys_in_source().families
    assert sorted(families - set(FAMILIES)) == [], "a new f-string key family: tell FAMILIES its values"
    missing = [prefix + value for prefix in families for value in FAMILIES[prefix]]
    assert [key for key in missing if key not in catalog_keys("en")] == []
    assert all(FAMILIES[prefix] for prefix in families), "a family resolved to no values"


def test_every_scam_reason_code_has_an_english_and_hindi_text() -> None:
    codes = screening_codes()
    assert {"fee_registration", "deposit"} <= codes
    for code in codes:
        english = translate("en", f"scam.{code}")
        hindi = translate("hi", f"scam.{code}")
        assert english != hindi and DEVANAGARI.search(hindi), code


@pytest.mark.parametrize(
    "post",
    [
        "Need 10 data entry workers, registration fee Rs 500 must pay before joining",
        "Security deposit 2000 jama karna hoga. Salary 15000 per month",
        "Earn 50000 per month from home, no experience needed, simple copy paste work",
    ],
)
def test_a_held_scam_post_is_explained_in_hindi(post: str) -> None:
    codes = GigScreener().scam_codes(post)
    assert codes and set(codes) <= screening_codes()
    reasons = "\n".join(f"• {translate('hi', 'scam.' + code)}" for code in codes)
    held = translate("hi", "post.held", reasons=reasons)
    for code in codes:
        assert translate("hi", f"scam.{code}") in held
        assert translate("en", f"scam.{code}") not in held
