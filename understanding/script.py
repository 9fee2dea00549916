"""Romanise the Indian scripts the way people type them in Latin letters ("ఆప్టోమెట్రిస్ట్" -> "aptometrist").

Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada and Malayalam share one Unicode
layout: the same offset in each block is the same sound. One table therefore reads all nine, and a
word written in any of them meets the Latin spellings the vocabularies already know.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_BLOCKS = (0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00, 0x0B80, 0x0C00, 0x0C80, 0x0D00)
_BLOCK_SIZE = 0x80
_VIRAMA = 0x4D
_NUKTA = 0x3C

# Offsets within a block. Long vowels are written short, as most people type them ("kolhapur"); the
# candra vowels of Devanagari and Gujarati write English loanwords' o and e ("ऑपरेटर", "बॉय", "डॉक्टर").
_VOWELS = {
    0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0D: "e", 0x0E: "e",
    0x0F: "e", 0x10: "ai", 0x11: "o", 0x12: "o", 0x13: "o", 0x14: "au",
}  # fmt: skip
_SIGNS = {
    0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x45: "e", 0x46: "e", 0x47: "e",
    0x48: "ai", 0x49: "o", 0x4A: "o", 0x4B: "o", 0x4C: "au", 0x57: "au",
}  # fmt: skip
_CONSONANTS = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "ng", 0x1A: "ch", 0x1B: "chh", 0x1C: "j",
    0x1D: "jh", 0x1E: "ny", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t",
    0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b",
    0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r", 0x31: "r", 0x32: "l", 0x33: "l", 0x34: "zh",
    0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s", 0x39: "h", 0x5C: "r", 0x5D: "rh", 0x5E: "f",
    0x5F: "y",
}  # fmt: skip
_NUKTA_FORMS = {"j": "z", "ph": "f", "k": "q", "d": "r", "dh": "rh", "s": "sh"}
_MARKS = {0x01: "n", 0x02: "n", 0x03: "h", 0x70: "n", 0x71: ""}  # chandrabindu, anusvara, visarga, tippi
_TAMIL_BLOCK = 0x0B80
# Tamil writes k/g, ch/s, t/d, p/b with one letter each; people type the sound they hear.
_TAMIL = {0x1A: "s", 0x15: "k", 0x1F: "t", 0x2A: "p", 0x24: "th"}
_AYTHAM = 0x03  # Tamil ஃ before ப writes the English f ("ஃபோர்க்லிஃப்ட்" = forklift)
_MALAYALAM_BLOCK = 0x0D00
# Malayalam's chillu letters write a consonant that ends a syllable ("ടെക്നീഷ്യൻ" = technician).
_CHILLU = {0x7A: "n", 0x7B: "n", 0x7C: "r", 0x7D: "l", 0x7E: "l", 0x7F: "k"}
# Zero-width joiners only choose how a conjunct is drawn ("ಸೂಪರ್‌ವೈಸರ್"): they are not letters or breaks.
# Malayalam writes a t as റ after റ or ന ("ഓപ്പറേറ്റർ" = operator, "ന്റ" = nda): read it as ട. Its
# anusvara is always m ("മലപ്പുറം" = Malappuram).
_MALAYALAM_TT = re.compile("[\u0d31\u0d28]\u0d4d\u0d31")
_MALAYALAM_ANUSVARA = 0x02
_JOINERS = frozenset("\u200c\u200d")
_INDO_ARYAN = frozenset({0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00})
_INDIC = re.compile("[\u0900-\u0dff]")


def has_indic(text: str) -> bool:
    """Tell whether text contains a letter of an Indian script."""
    return _INDIC.search(text) is not None


def _letter(code: int) -> tuple[int, int] | None:
    """Return (block, offset) of an Indian-script code point, or None."""
    for block in _BLOCKS:
        if block <= code < block + _BLOCK_SIZE:
            return block, code - block
    return None


def romanise(text: str) -> str:
    """Return text with every Indian-script word written in Latin letters; other text is kept."""
    out: list[str] = []
    pending = ""  # a consonant waiting to learn whether a vowel sign follows
    aytham = False
    text = _MALAYALAM_TT.sub(lambda m: ("\u0d1f" if m[0][0] == "\u0d31" else m[0][0]) + "\u0d4d\u0d1f", text)
    for char in text:
        if char in _JOINERS:
            continue
        found = _letter(ord(char))
        if found is None:
            if pending:
                out.append(pending + "a")
                pending = ""
            out.append(char)
            continue
        block, offset = found
        tamil = block == _TAMIL_BLOCK
        consonant = (_TAMIL.get(offset) if tamil else None) or _CONSONANTS.get(offset)
        if block == _MALAYALAM_BLOCK and offset in _CHILLU:
            out.append((pending + _schwa(block, out) if pending else "") + _CHILLU[offset])
            pending = ""
            continue
        if tamil and offset == _AYTHAM:
            aytham = True
            continue
        if consonant is not None:
            if pending:
                out.append(pending + _schwa(block, out))
            pending = "f" if aytham and consonant == "p" else consonant
            aytham = False
        elif offset == _NUKTA and pending:
            pending = _NUKTA_FORMS.get(pending, pending)
        elif offset == _VIRAMA:
            out.append(pending)
            pending = ""
        elif offset in _SIGNS:
            out.append(pending + _SIGNS[offset])
            pending = ""
        elif offset in _VOWELS:
            if pending:
                out.append(pending + "a")
                pending = ""
            out.append(_VOWELS[offset])
        elif offset in _MARKS:
            if pending:
                out.append(pending + "a")
                pending = ""
            malayalam_m = block == _MALAYALAM_BLOCK and offset == _MALAYALAM_ANUSVARA
            out.append("m" if malayalam_m else _MARKS[offset])
        elif pending:
            out.append(pending + "a")
            pending = ""
    if pending:
        out.append(pending + "a")
    return _FINAL_SCHWA.sub("", "".join(out))


def _schwa(block: int, out: list[str]) -> str:
    """Return the vowel a bare consonant carries before another consonant.

    Hindi, Bengali, Punjabi, Gujarati and Odia speakers drop it after a vowel inside a word ("morbi",
    not "morabi", but "nagar"); the Dravidian scripts sound it ("davanagere").
    """
    after_vowel = bool(out) and out[-1][-1:] in "aeiou"
    return "" if block in _INDO_ARYAN and after_vowel else "a"


# The unwritten final 'a' is dropped too ("nagar", not "nagara"), in every script but after a vowel.
_FINAL_SCHWA = re.compile(r"(?<=[bcdfghjklmnpqrstvwxyz])a\b")

_SOUND_CLASSES = (
    ("tion", "sn"), ("chh", "s"), ("ch", "k"), ("sh", "s"), ("kh", "k"), ("gh", "k"), ("th", "t"),
    ("dh", "t"), ("ph", "p"), ("bh", "p"), ("ng", "n"), ("ny", "n"), ("ck", "k"),
)  # fmt: skip
_SOUND_LETTERS = str.maketrans(
    {"c": "k", "q": "k", "g": "k", "x": "k", "j": "s", "z": "s", "d": "t", "f": "p", "b": "p", "w": "v"}
)
_NOT_SOUNDED = re.compile(r"[aeiouyh'’.\-]")
_NOT_CONSONANT_MARKS = re.compile(r"[yh'’.\-]")
# English sounds c as s before e, i and y ("pharmacist" is written "ফার্মাসিস্ট"), and Indian scripts write
# the m before a p or b as the nasal sign, which romanises as n ("plumbing" is written "ಪ್ಲಂಬಿಂಗ್").
_SOFT_C = re.compile(r"c(?=[eiy])")
_NASAL_BEFORE_LABIAL = re.compile(r"m(?=[pb])")


def _by_sound_class(word: str) -> str:
    key = word.lower()
    for pair, sound in _SOUND_CLASSES:
        key = key.replace(pair, sound)
    return _NASAL_BEFORE_LABIAL.sub("n", _SOFT_C.sub("s", key)).translate(_SOUND_LETTERS)


@cache
def sound_key(word: str) -> str:
    """Return a spelling-proof key of a Latin word: its consonants by sound class ("mechanic" -> "mknk").

    Romanised Indian-script words and English spellings of the same word share it: "mekanik",
    "aptometrist"/"optometrist", "phijiotherapist"/"physiotherapist".
    """
    return re.sub(r"(.)\1+", r"\1", _NOT_SOUNDED.sub("", _by_sound_class(word)))


# Latin spellings of one Indian name part ways on aspirates, doubled letters, vowel length and the final
# vowel ("Jhansi"/"jhansi", "Bhimavaram"/"bhimavaran", "Cuttack"/"kattak"); these are folded together.
_SPELLING_LETTERS = (
    ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("z", "j"), ("f", "p"), ("ee", "i"),
    ("oo", "u"), ("ou", "u"), ("au", "o"), ("ai", "e"), ("ei", "e"), ("y", "i"),
)  # fmt: skip
_ASPIRATED = re.compile(r"([bcdfgjklmnpqrstvwxz])h")
_FINAL_VOWEL = re.compile(r"[aeiou]$")


def spelling_key(word: str) -> str:
    """Return a key that Latin spellings of one name share, vowels kept ("Jhansi", "jhansi" -> "jansi").

    Closer than `sound_key`, which drops the vowels: two thousand towns' keys of four letters or more
    meet a third as many ordinary words.
    """
    key = _ASPIRATED.sub(r"\1", re.sub(r"[^a-z]", "", word.lower()))
    for spelling, sound in _SPELLING_LETTERS:
        key = key.replace(spelling, sound)
    key = _FINAL_VOWEL.sub("", re.sub(r"(.)\1+", r"\1", key))
    # A final nasal sign is m in the south and n in the north: "భీమవరం" romanises as "bhimavaran".
    return key[:-1] + "n" if key.endswith("m") else key


@cache
def sound_class_spelling(word: str) -> str:
    """Return the sound key with a mark where a vowel is heard ("dialysis" -> "talsas"), which tells apart
    words of one key ("tools" -> "tals")."""
    spelling = re.sub(r"[aeiou]+", "a", _NOT_CONSONANT_MARKS.sub("", _by_sound_class(word)))
    return re.sub(r"(.)\1+", r"\1", spelling)


# Latin -> Devanagari, the reverse of the table above: each sound to the letter the romanisation reads.
# Where one spelling has two letters, people writing "t", "d" in Latin mean the English (retroflex) sound,
# "n", "th", "dh" the dental one.
_DEVANAGARI = 0x0900
_LATIN_CONSONANT = {
    **{latin: offset for offset, latin in reversed(_CONSONANTS.items())},
    "t": 0x1F, "d": 0x21, "n": 0x28, "th": 0x25, "dh": 0x27, "r": 0x30, "l": 0x32, "y": 0x2F, "sh": 0x36,
    "w": 0x35, "c": 0x15, "q": 0x15, "ck": 0x15,
}  # fmt: skip
del _LATIN_CONSONANT["zh"], _LATIN_CONSONANT["ng"], _LATIN_CONSONANT["ny"]
_NUKTA_LETTERS = {"z": 0x1C, "f": 0x2B}  # ज़, फ़: the letter with a nukta
# A vowel spelling -> (independent vowel, vowel sign) offsets; "a" is the consonant's own vowel.
_LATIN_VOWEL: dict[str, tuple[int, int | None]] = {
    "aa": (0x06, 0x3E), "ee": (0x08, 0x40), "ii": (0x08, 0x40), "ea": (0x08, 0x40), "ie": (0x08, 0x40),
    "oo": (0x0A, 0x42), "uu": (0x0A, 0x42), "ai": (0x10, 0x48), "au": (0x14, 0x4C), "ou": (0x14, 0x4C),
    "ei": (0x0F, 0x47), "ey": (0x0F, 0x47), "ay": (0x0F, 0x47), "oa": (0x13, 0x4B), "a": (0x05, None),
    "i": (0x07, 0x3F), "u": (0x09, 0x41), "e": (0x0F, 0x47), "o": (0x13, 0x4B),
}  # fmt: skip
# At the end of a word people say the long vowel: "andheri", "guru", "patna".
_FINAL_LONG = {"i": "ii", "u": "uu", "a": "aa", "y": "ii"}
_C_SOFTENERS = frozenset("eiy")
_NOT_AFTER_ANUSVARA = frozenset("yrl")  # a nasal before these is written in full: "tamluk" = तमलुक
# Endings of Indian town names said otherwise than spelled: "goregaon" = गोरेगांव, "vasai" = वसई.
_SPOKEN_ENDINGS = re.compile(r"(?<=[^aeiou])(aon|ai)$")
_SAID = {"aon": "aanv", "ai": "aee"}
_ANUSVARA = "\u0902"
_HALANT = chr(_DEVANAGARI + _VIRAMA)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SPELLINGS = sorted([*_LATIN_CONSONANT, *_NUKTA_LETTERS, *_LATIN_VOWEL, "x"], key=len, reverse=True)


def _sounds(word: str) -> list[tuple[str, str]]:
    """Split a lower-case Latin word into ("c", consonant) and ("v", vowel) spellings, longest first."""
    sounds: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        spelling = next(s for s in (*_SPELLINGS, word[i]) if word.startswith(s, i))
        i += len(spelling)
        if spelling == "x":
            sounds += [("c", "k"), ("c", "s")]
        elif (
            spelling == "y" and sounds and sounds[-1][0] == "c" and (i == len(word) or word[i] not in "aeiou")
        ):
            sounds.append(("v", "y"))  # "party", "gym": y after a consonant is a vowel
        elif spelling in _LATIN_VOWEL:
            sounds.append(("v", spelling))
        elif spelling == "c" and i < len(word) and word[i] in _C_SOFTENERS:
            sounds.append(("c", "s"))
        elif spelling in _LATIN_CONSONANT or spelling in _NUKTA_LETTERS:
            sounds.append(("c", spelling))
    return sounds


def _consonant(spelling: str) -> str:
    if spelling in _NUKTA_LETTERS:
        return chr(_DEVANAGARI + _NUKTA_LETTERS[spelling]) + chr(_DEVANAGARI + _NUKTA)
    return chr(_DEVANAGARI + _LATIN_CONSONANT[spelling])


# English spellings said otherwise than the letters read: "aquaculture" = akvakalchar, "station" = steshan.
_ENGLISH_SPELLINGS = (
    (re.compile(r"tion"), "shan"), (re.compile(r"sion"), "shan"), (re.compile(r"ture"), "char"),
    (re.compile(r"qu"), "kv"), (re.compile(r"ph"), "f"), (re.compile(r"(?<=[^aeiou])e$"), ""),
    (re.compile(r"(?<=[^aeiou])(er|or|ar)$"), "ar"), (re.compile(r"(?<=[^aeiou])y$"), "ee"),
)  # fmt: skip


# Digests name the same trades and places for every reader: each word is spelled once, not per message.
@lru_cache(maxsize=4096)
def _word_to_devanagari(word: str, *, english: bool) -> str:
    word = word.lower()
    if english:
        for pattern, said in _ENGLISH_SPELLINGS:
            word = pattern.sub(said, word)
    sounds = _sounds(_SPOKEN_ENDINGS.sub(lambda match: _SAID[match.group()], word))
    out: list[str] = []
    after_consonant = False
    for index, (kind, spelling) in enumerate(sounds):
        following = sounds[index + 1] if index + 1 < len(sounds) else None
        if kind == "c":
            # A nasal between a vowel and a consonant is written as a dot: "andheri" -> अंधेरी.
            if (
                spelling in "nm"
                and not after_consonant
                and out
                and following
                and following[0] == "c"
                and following[1] not in _NOT_AFTER_ANUSVARA
                and following[1] != spelling
            ):
                out.append(_ANUSVARA)
                continue
            if after_consonant:
                out.append(_HALANT)
            out.append(_consonant(spelling))
            after_consonant = True
            continue
        if following is None:
            spelling = _FINAL_LONG.get(spelling, spelling) if after_consonant or spelling != "a" else spelling
        independent, sign = _LATIN_VOWEL["ii" if spelling == "y" else spelling]
        if after_consonant:
            out.append(chr(_DEVANAGARI + sign) if sign is not None else "")
        else:
            out.append(chr(_DEVANAGARI + independent))
        after_consonant = False
    return "".join(out)


# Short e and o, which Hindi does not write apart from the long ones (Kannada "ಗೆ" = गे).
_HINDI_OFFSET = {0x0E: 0x0F, 0x12: 0x13, 0x46: 0x47, 0x4A: 0x4B}
_FINAL_HALANT = re.compile(_HALANT + r"(?![\u0900-\u097F])")


def indic_to_devanagari(text: str) -> str:
    """Return text in another Indian script in Devanagari, letter by letter ("লেক টাউন" -> "लेक टाउन")."""
    out: list[str] = []
    for char in text:
        found = _letter(ord(char))
        letter = chr(_DEVANAGARI + _HINDI_OFFSET.get(found[1], found[1])) if found else char
        out.append(letter if unicodedata.name(letter, "") else char)
    # Tamil and Malayalam write the silent end of a word; Hindi leaves it unwritten.
    return _FINAL_HALANT.sub("", "".join(out))


def to_devanagari(text: str, *, english: bool = False) -> str:
    """Return text with every Latin word in Devanagari as it sounds ("Goregaon" -> "गोरेगांव").

    Indian names are read as romanised (every letter sounds); english=True reads English spelling first.
    """
    return _LATIN_WORD.sub(lambda match: _word_to_devanagari(match.group(), english=english), text)
