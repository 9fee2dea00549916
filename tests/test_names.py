"""Every trade and town the bot can show has a Hindi name in Devanagari, hand-written or transliterated."""

from __future__ import annotations

import re

from bot.i18n import data_name
from understanding.gazetteer import get_gazetteer
from understanding.names import get_hindi_names
from understanding.script import to_devanagari
from understanding.trades import trade_entries

# Abbreviations are written as they are ("AC", "CCTV", "3D"), the way Hindi readers write them too.
LATIN_WORD_BUT_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9])(?![A-Z0-9]{2,}(?![A-Za-z0-9]))[A-Za-z0-9]*[a-z]")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def test_every_trade_and_city_reads_in_devanagari_in_hindi() -> None:
    gazetteer = get_gazetteer()
    trades = {("trade", entry.label) for entry in trade_entries() if not entry.key.startswith("isco:")}
    cities = {("place", gazetteer.canonical_city(city) or city) for city in ("Patna", "Kallakurichi", "Vapi")}
    assert len(trades) > 3000
    for kind, name in trades | cities:
        hindi = data_name("hi", kind, name)  # type: ignore[arg-type]
        assert not LATIN_WORD_BUT_ABBREVIATION.search(hindi), (name, hindi)
        # A label that is only an abbreviation ("3D", "EU") stays as people write it.
        assert DEVANAGARI.search(hindi) or not LATIN_WORD_BUT_ABBREVIATION.search(name), (name, hindi)


def test_hand_written_names_win_and_others_are_spelled_as_they_sound() -> None:
    names = get_hindi_names()
    assert data_name("hi", "trade", "house wiring") == "घर की वायरिंग"
    assert data_name("hi", "place", "Patna") == "पटना"
    assert data_name("hi", "language", "Marathi") == "मराठी"
    assert names.written("place", "Goregaon") is not None
    assert to_devanagari("Goregaon") == "गोरेगांव" and to_devanagari("Andheri") == "अंधेरी"
    assert data_name("hi", "trade", "tour guide") == "टूर गाइड"  # listed words: the spelling Hindi uses
    # A name kept in another Indian script is written letter by letter in Devanagari (same sounds).
    assert data_name("hi", "place", "লেক টাউন") == "लेक टाउन"


def test_english_and_hinglish_show_the_data_in_latin_letters() -> None:
    assert data_name("en", "unit", "ऑडियो") == "audio"
    assert data_name("hi-Latn", "place", "पटना") == "Patna"
    assert data_name("en", "trade", "house wiring") == "house wiring"
