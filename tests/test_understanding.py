"""The offline understanding, read the way a worker or an employer writes."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from core.models import Extraction
from tests.bench_data import require_dev_bench
from understanding import OfflineUnderstanding, get_gazetteer, get_skill_vocabulary, redact_protected
from understanding.evaluation import run_extraction_eval
from understanding.pay import extract_pay
from understanding.script import romanise
from understanding.timing import last_named_day

ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MON_SAT = ALL_DAYS[:6]


@pytest.fixture(scope="module")
def understanding() -> OfflineUnderstanding:
    return OfflineUnderstanding()


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("need 2 ELECTRITION borivali 600 PER DAY", "city", "Mumbai"),
        ("need 2 ELECTRITION borivali 600 PER DAY", "slots", 2),
        ("मुझे ड्राइवर का काम चाहिए, अहमदाबाद", "city", "Ahmedabad"),
        ("मुझे ड्राइवर का काम चाहिए, अहमदाबाद", "intent", "worker"),
        ("Kothrud cloud kitchen ke liye delivery boys chahiye 6 se 11, ₹100 per hour", "city", "Pune"),
        ("Kothrud cloud kitchen ke liye delivery boys chahiye 6 se 11, ₹100 per hour", "intent", "gig"),
        (
            "ACCA part-qualified, 6 yrs bookkeeping, QuickBooks & Xero, remote only, 600/hr min",
            "remote",
            True,
        ),
        ("ACCA part-qualified, 6 yrs bookkeeping, QuickBooks & Xero, remote only", "experience_years", 6),
        ("Bihar se hu, abhi Gurgaon me rehta hu, mistri", "city", "Gurugram"),
        ("I am from Poona but now in Madras, cook, 3 years", "city", "Chennai"),
        ("Salt Lake me rehti hu, bai ka kaam", "city", "Kolkata"),
        ("Kharghar sector 20, guard duty", "city", "Navi Mumbai"),
        ("Society guard, Vasant Vihar, Thane West", "city", "Thane"),
        ("Gachibowli office cleaning", "city", "Hyderabad"),
        ("Driver, GGN, 20k", "city", "Gurugram"),
        ("experience 10+ saal, plumber", "experience_years", 10),
        ("electrician since 2015, Andheri", "experience_years", 11),
        ("fresher hu, helper ka kaam", "experience_years", 0),
        ("age 48, guard 6 saal se", "experience_years", 6),
        ("ITI 2012 batch, wireman", "experience_years", None),
        ("Mon-Fri only, tutor", "days", ALL_DAYS[:5]),
        ("weekends available, photographer", "days", ["sat", "sun"]),
        ("sunday off, cook", "days", MON_SAT),
        ("सोमवार से शनिवार काम, माली", "days", MON_SAT),
        ("6 days a week, driver", "days", None),
        ("hafte ke saaton din kaam kar lunga", "days", ALL_DAYS),
        ("welder chahiye 3 log, Gachibowli", "slots", 3),
        ("bachelor flat (3 guys), cook needed, Baner", "slots", None),
        ("write the HR policy handbook for a 200-person startup, remote", "slots", None),
        ("Need 4 painters for the school, Kolar Road Bhopal", "slots", 4),
        ("Hindi, English aur thodi Marathi aati hai", "languages", ["Hindi", "English", "Marathi"]),
        ("Kannada must, English ok, voice support, remote", "languages_required", ["Kannada"]),
        ("URGENT cook required tomorrow, Indiranagar", "urgent", True),
    ],
)
def test_reads_each_field(
    understanding: OfflineUnderstanding, text: str, field: str, expected: object
) -> None:
    assert getattr(understanding.extract(text), field) == expected


@pytest.mark.parametrize(
    ("text", "amount", "max_amount", "unit", "per"),
    [
        ("helper chahiye, rs 500/- per day", 500, None, "day", None),
        ("Salary 15k", 15000, None, "month", None),
        ("Fee ₹1.5L per project", 150000, None, "task", "project"),
        ("cook, 12k pm, Andheri", 12000, None, "month", None),
        ("800 per din milega", 800, None, "day", None),
        ("₹600-800/day, loading", 600, 800, "day", None),
        ("₹6-7k per month cook", 6000, 7000, "month", None),
        ("translation ₹0.80 per word", 0.8, None, "task", "word"),
        ("₹300 per blouse, tailor", 300, None, "task", "blouse"),
        ("AC service ₹600 प्रति विज़िट", 600, None, "task", "visit"),
        ("मासे ৮০০০ টাকা", 8000, None, "month", None),
        ("মাসে ৮০০০ টাকা রান্না", 8000, None, "month", None),
        ("महीना 25 हज़ार चाहिए", 25000, None, "month", None),
        ("शब्दाला 60 पैसे", 0.6, None, "task", "word"),
        ("Retainer ₹3,00,000 + 1.5% success fee", 300000, None, "task", "project"),
        ("1 din ka kaam, 800 per head", 800, None, None, None),
        ("Daily 950 rupees, call after 6pm", 950, None, "day", None),
        ("Field sales, 14k + incentive", 14000, None, "month", None),
    ],
)
def test_reads_pay(
    understanding: OfflineUnderstanding,
    text: str,
    amount: float,
    max_amount: float | None,
    unit: str | None,
    per: str | None,
) -> None:
    pay = understanding.extract(text).pay
    assert pay is not None
    assert (pay.amount, pay.max_amount, pay.unit, pay.per) == (amount, max_amount, unit, per)


def test_negotiable_keeps_the_number(understanding: OfflineUnderstanding) -> None:
    pay = understanding.extract("₹1,300 per day (negotiable), outstation driver").pay
    assert pay is not None and pay.negotiable and pay.amount == 1300


def test_numbers_that_are_not_pay_are_ignored(understanding: OfflineUnderstanding) -> None:
    text = "5 waiters, 2 days (Sat-Sun), 14-15 Feb, 8am-8pm, Sector 62 Noida, call 9876543210, 10 yrs exp"
    assert understanding.extract(text).pay is None


@pytest.mark.parametrize(
    ("text", "family", "not_family"),
    [
        ("Need device driver developer for Linux kernel", "embedded software", "driving"),
        ("Cyber security analyst for our SOC", "cyber security", "security"),
        ("Cookie banner for our website", "web development", "cooking"),
        ("Selenium WebDriver automation tester", "software testing", "driving"),
        ("Cooking oil sales executive", "retail/sales", "cooking"),
        ("Nail paint technician for salon", "beauty", "painting"),
        ("AC cleaning technician, 5 split AC", "AC/appliance repair", "cleaning/domestic"),
        ("Post-delivery care for mother and newborn", "caregiving/nursing aide", "delivery"),
        ("Need WordPress expert for page loading speed", "web development", "warehouse/loading"),
        ("Packaging design for our cashew brand", "graphic design", "warehouse/loading"),
        ("Securities broking firm needs KYC data entry", "data entry", "security"),
    ],
)
def test_word_sense_traps(
    understanding: OfflineUnderstanding, text: str, family: str, not_family: str
) -> None:
    families = understanding.extract(text).skill_families
    assert family in families
    assert not_family not in families


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("need 2 electrican", "house wiring"),
        ("carpanter for wardrobe", "wardrobe making"),
        ("securty guard for society", "residential security guard"),
        ("rajmistri hu, 10 saal", "brick masonry"),
        ("putai ka kaam", "interior wall painting"),
        ("office boy chahiye", "office boy/pantry"),
        ("घर के लिए बाई चाहिए", "house cleaning (jhadu-pocha)"),
        ("welder chahiye", "arc welding"),
        ("kaarigar for blouse", "blouse stitching"),
    ],
)
def test_synonyms_typos_and_hinglish_reach_canonical_skills(
    understanding: OfflineUnderstanding, text: str, skill: str
) -> None:
    assert skill in understanding.extract(text).skills


def test_unknown_skill_keeps_the_writers_words(understanding: OfflineUnderstanding) -> None:
    extraction = understanding.extract("I do kite making, 5 yrs, Andheri")
    assert "kite making" in extraction.skills
    assert not any(word in skill for skill in extraction.skills for word in ("hello", "andheri", "woman"))


def test_origin_and_travel_are_not_home(understanding: OfflineUnderstanding) -> None:
    extraction = understanding.extract(
        "Gorakhpur ka hu, 5 saal se Bengaluru me hu\nRajasthan aur MP me bhi jaa sakta hu\ndriver 8 saal se",
        "worker",
    )
    assert extraction.city == "Bengaluru"
    assert {"Jaipur", "Indore", "Bhopal"} <= set(extraction.travel_cities)
    assert extraction.experience_years == 8


def test_ncr_expands_for_a_worker(understanding: OfflineUnderstanding) -> None:
    extraction = understanding.extract("Noida me rehta hu, NCR me kahin bhi aa jaunga", "worker")
    assert extraction.city == "Noida"
    assert {"Delhi", "Gurugram"} <= set(extraction.travel_cities)


def test_gazetteer_api() -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.canonical_city("Bombay") == "Mumbai"
    assert gazetteer.canonical_city("B'lore") == "Bengaluru"
    assert gazetteer.canonical_city("बेंगलुरु") == "Bengaluru"
    assert gazetteer.canonical_city("Calcutta") == "Kolkata"
    assert gazetteer.canonical_city("Gurgaon") == "Gurugram"
    assert gazetteer.canonical_city("Thane") != gazetteer.canonical_city("Navi Mumbai")
    assert gazetteer.city_of_locality("Koramangala") == "Bengaluru"
    mumbai, pune = gazetteer.coordinates("Mumbai"), gazetteer.coordinates("Poona")
    assert mumbai is not None and pune is not None
    assert 110 < gazetteer.distance_km(mumbai, pune) < 130


def test_skill_vocabulary_relations() -> None:
    vocabulary = get_skill_vocabulary()
    assert vocabulary.family_of("cab driving") == "driving"
    assert vocabulary.subgroup_of("tempo/pickup driving") == "lcv"
    assert vocabulary.relation("cab driving", "cab driving") == "same"
    assert vocabulary.relation("food delivery", "parcel delivery") == "subgroup"
    assert vocabulary.relation("cab driving", "tempo/pickup driving") == "adjacent"
    assert vocabulary.relation("cab driving", "truck driving") == "family"
    assert vocabulary.relation("cab driving", "house wiring") == "none"
    assert "masonry/construction" in vocabulary.families()
    assert "welding/fabrication" in vocabulary.families()


@pytest.mark.parametrize(
    "statement",
    [
        "I am a woman",
        "mai 58 saal ka hu",
        "I am a widow",
        "I am Muslim",
        "age 61",
        "I am 58",
        "मैं 58 साल का हूँ",
    ],
)
def test_redaction_removes_protected_statements(statement: str) -> None:
    assert redact_protected(f"cook, Andheri. {statement}.").strip(" .") == "cook, Andheri"


def test_redaction_keeps_skills_that_look_alike() -> None:
    assert "Jain khana" in redact_protected("Jain khana bhi aana chahiye")
    assert "इस्त्रीवाला" in redact_protected("इस्त्रीवाला पाहिजे")


def _dev_worker_texts() -> list[str]:
    bench = require_dev_bench()
    texts = [json.loads(line)["text"] for line in (bench / "workers.jsonl").read_text().splitlines() if line]
    texts += [
        case["text"]
        for case in map(json.loads, (bench / "extract.jsonl").read_text().splitlines())
        if case["kind"] == "worker"
    ]
    return texts


@pytest.mark.parametrize("statement", ["I am a woman", "I am 58", "mai 58 saal ka hu", "I am a Muslim widow"])
def test_protected_statements_change_no_field(understanding: OfflineUnderstanding, statement: str) -> None:
    for text in _dev_worker_texts():
        plain = understanding.extract(text, "worker")
        assert understanding.extract(f"{text}\n{statement}", "worker") == plain
        assert understanding.extract(f"{statement}\n{text}", "worker") == plain


def test_long_message_is_read(understanding: OfflineUnderstanding) -> None:
    text = ("Need 2 electricians in Andheri, ₹900 per day, Mon-Sat. " * 80)[:4000]
    extraction = understanding.extract(text)
    assert extraction.city == "Mumbai"
    assert extraction.pay is not None and extraction.pay.amount == 900


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_give_an_extraction(understanding: OfflineUnderstanding, seed: int) -> None:
    noise = random.Random(seed).randbytes(4000)
    for text in (noise.decode("latin-1"), noise.decode("utf-8", "replace")):
        assert isinstance(understanding.extract(text), Extraction)


def test_dev_extraction_meets_thresholds() -> None:
    bench = require_dev_bench()
    fields = run_extraction_eval(bench / "extract.jsonl")["fields"]
    thresholds = {
        "city": 0.95, "pay_amount": 0.95, "pay_unit": 0.95, "days": 0.95,
        "experience_years": 0.9, "remote": 0.9, "slots": 0.9, "skills_any": 0.9,
    }  # fmt: skip
    for field, minimum in thresholds.items():
        assert fields[field]["accuracy"] >= minimum, (field, fields[field])


@pytest.mark.parametrize(
    ("text", "translates"),
    [
        ("graphic designer, Jaipur, 800/hr\nHindi, English", False),
        ("driver hu, Pune, Marathi aur Hindi bolta hu", False),
        ("English to Hindi translator, 1 rupee per word", True),
        ("English-Hindi subtitling for videos, remote", True),
    ],
)
def test_spoken_languages_are_not_a_translation_skill(text: str, translates: bool) -> None:
    extraction = OfflineUnderstanding().extract(text, "worker")
    assert any("translation" in skill for skill in extraction.skills) is translates
    assert {"Hindi"} <= set(extraction.languages)


@pytest.mark.parametrize(
    ("dates", "last_day"),
    [
        ("this saturday", date(2026, 11, 21)),  # the 21st is a Saturday: today counts
        ("sunday", date(2026, 11, 22)),
        ("kal", date(2026, 11, 22)),
        ("14–16 dec", date(2026, 12, 16)),
        ("5th january", date(2027, 1, 5)),
        ("next week", None),
    ],
)
def test_the_last_day_a_gig_names(dates: str, last_day: date | None) -> None:
    assert last_named_day(dates, date(2026, 11, 21)) == last_day


# English trade words written in an Indian script sound like their English spelling: a soft c
# ("pharmacist"), the nasal sign for m before b ("plumbing"), an -ing word naming the trade.
LOANWORD_TRADES = [
    ("দুর্গাপুরে ফার্মাসিস্ট, ৫ বছর, মাসে ১৪০০০ টাকা", "pharmacist"),
    ("ల్యాబ్ టెక్నీషియన్, గుంటూరు, నెలకు ₹15,000", "lab technician"),
    ("ನಾನು ಪ್ಲಂಬಿಂಗ್ ಕೆಲಸ ಮಾಡ್ತೀನಿ, ದಾವಣಗೆರೆ, ದಿನಕ್ಕೆ ₹700", "plumb"),
]


@pytest.mark.parametrize(("text", "trade"), LOANWORD_TRADES)
def test_loanword_trades_are_read_by_sound(
    understanding: OfflineUnderstanding, text: str, trade: str
) -> None:
    reading = understanding.extract(text, kind="worker")
    assert any(trade in skill.lower() for skill in [*reading.skills, *reading.skill_families])


# Towns too small for the free scan, and town names that are also words or first names, are read where the
# text places them: after "in"/"near", before "me"/"madhe", or standing alone between separators.
PLACED_TOWNS = [
    ("Looking for a helper at our rice mill in Karnal, 450 per day", "Karnal"),
    ("Sweeper chahiye, Shahada. 8000 mahina", "Shahada"),
    ("Honnavar me boat repair ke liye 2 carpenter chahiye", "Honnavar"),
]


@pytest.mark.parametrize(("text", "city"), PLACED_TOWNS)
def test_small_towns_are_read_where_the_text_places_them(
    understanding: OfflineUnderstanding, text: str, city: str
) -> None:
    assert understanding.extract(text, kind="gig").city == city


def test_a_first_name_that_is_a_town_is_not_a_place(understanding: OfflineUnderstanding) -> None:
    reading = understanding.extract("Anand here, electrician 6 saal, Nashik, 700 roz", kind="worker")
    assert reading.city == "Nashik"


def test_a_town_written_before_its_city_is_part_of_it(understanding: OfflineUnderstanding) -> None:
    assert understanding.extract("Kuthar, Mangaluru: cook needed, 14000 pm", kind="gig").city == "Mangaluru"


# Trades named by their own words in Indian languages (understanding/data/trade_words.tsv), with endings.
NATIVE_TRADE_WORDS = [
    ("ਮੈਂ ਨਾਈ ਹਾਂ, ਪਟਿਆਲਾ ਵਿੱਚ, ਮਹੀਨੇ ਦੇ 12000", "barber"),
    ("நான் தச்சர், 10 வருடம், மதுரை", "carpent"),
    ("আমি কুমোর, মাটির হাঁড়ি বানাই, বাঁকুড়া", "potter"),
    ("ಕೋಳಿ ಸಾಕಣೆ ಕೆಲಸ ಮಾಡ್ತೀನಿ, ತುಮಕೂರು", "poultry"),
]


@pytest.mark.parametrize(("text", "trade"), NATIVE_TRADE_WORDS)
def test_trades_named_in_indian_languages(understanding: OfflineUnderstanding, text: str, trade: str) -> None:
    reading = understanding.extract(text)
    assert any(trade in skill.lower() for skill in [*reading.skills, *reading.skill_families])


@pytest.mark.parametrize(
    "text",
    ["বাড়ি থেকে অনলাইনে টাইপিং এর কাজ করি, মাসে ৮০০০", "ஆன்லைனில் மட்டும் டியூஷன் எடுப்பேன், மணிக்கு ₹300"],
)
def test_working_from_home_in_indian_scripts(understanding: OfflineUnderstanding, text: str) -> None:
    assert understanding.extract(text, kind="worker").remote is True


# Malayalam ends syllables with chillu letters and writes an English t as a doubled r; zero-width joiners
# only shape conjuncts. Each of these was misread before: "തൃശൂർ" lost its r and was no town.
ROMANISED = [
    ("തൃശൂർ", "trishur"),
    ("ടെക്നീഷ്യൻ", "teknishyan"),
    ("ഓപ്പറേറ്റർ", "opparettar"),
    ("മലപ്പുറം", "malappuram"),
    ("ಸೂಪರ್\u200cವೈಸರ್", "suparvaisar"),
]


@pytest.mark.parametrize(("word", "latin"), ROMANISED)
def test_indian_script_words_are_romanised_as_typed(word: str, latin: str) -> None:
    assert romanise(word) == latin


def test_a_malayalam_town_ending_in_a_chillu_is_found(understanding: OfflineUnderstanding) -> None:
    assert understanding.extract("ഡ്രൈവർ, തൃശൂർ", kind="worker").city == "Thrissur"


def test_a_span_of_time_is_never_part_of_a_trade(understanding: OfflineUnderstanding) -> None:
    text = "Retired from a public sector bank. 34 years service. Based in Mysuru."
    reading = understanding.extract(text, "worker")
    assert not any("years" in skill for skill in reading.skills)


# A trade of several English words written in an Indian script is read back word by word, each word
# checked by meaning, and kept in English when the vocabulary has no entry for it.
def test_a_loanword_trade_of_several_words_is_read_in_english(understanding: OfflineUnderstanding) -> None:
    reading = understanding.extract("डायलिसिस टेक्नीशियन चाहिए गोरखपुर, 18000 महीना", kind="gig")
    assert "dialysis technician" in reading.skills


def test_native_words_that_only_sound_like_english_are_not_read_as_trades(
    understanding: OfflineUnderstanding,
) -> None:
    # "करता" sounds like "guard", "वाला" like "wall": neither means it.
    reading = understanding.extract("काम करता हूँ, मेरा घर वाला मोहल्ला दिल्ली में है", kind="worker")
    assert reading.skills == []


# Indian languages say "per" with a case ending on the noun or a word after it, and put words like
# "at least" between a time unit and its amount. Each of these had no unit before.
PER_UNIT_PAY = [
    ("ஒரு பக்கத்துக்கு ₹40 தருவேன்", "task"),
    ("ప్రతి చీరకి కాదు, ఒక్క మీటరుకు ₹90", "task"),
    ("ಒಂದು ಸೀರೆಗೆ ₹300 ತಗೊಳ್ತೀನಿ", "task"),
    ("ഒരു കിലോയ്ക്ക് ₹30 കൂലി", "task"),
    ("ব্যাগ প্রতি ২৫ টাকা", "task"),
    ("દરેક ફોટો દીઠ ₹50", "task"),
    ("ਦਿਹਾੜੀ ਘੱਟੋ ਘੱਟ 700", "day"),
    ("ತಿಂಗಳಿಗೆ ಕನಿಷ್ಠ 14000", "month"),
    # a span of time with a case ending is that unit, not a piece
    ("రోజుకి 500 వస్తే చాలు", "day"),
    ("₹11000/माह, रात की ड्यूटी", "month"),
    ("நாள் சம்பளம் 700 எதிர்பார்க்கிறேன்", "day"),
    ("Kg ki 900 rupayalu, custom cakes", "task"),
    ("Bridal package 12000, Siliguri", "task"),
]


# Each of these read no pay or the wrong figure: a sentence before the amount ("Live-in."), a count of
# people ("3 per venum" is Tamil for three persons), a month's pay written like a duration.
PAY_AMONG_OTHER_NUMBERS = [
    ("Elder care, Dehradun. Live-in. 16k pm + food.", 16000, "month"),
    ("lathe operator 3 per venum. naalukku 650. OT undu.", 650, "day"),
    ("GDA / ward boy chahiye 4, Rohtak. 11000 mahine. Rotating shift.", 11000, "month"),
    ("flower decorator team, 3 din ka kaam, per day 1000 per banda", 1000, "day"),
]


@pytest.mark.parametrize(("text", "amount", "unit"), PAY_AMONG_OTHER_NUMBERS)
def test_the_pay_is_told_from_counts_and_sentences_around_it(text: str, amount: float, unit: str) -> None:
    pay = extract_pay(text)
    assert pay is not None and (pay.amount, pay.unit) == (amount, unit)


@pytest.mark.parametrize(("text", "unit"), PER_UNIT_PAY)
def test_per_written_the_indian_way_gives_the_pay_its_unit(text: str, unit: str) -> None:
    pay = extract_pay(text)
    assert pay is not None and pay.unit == unit


def test_a_name_two_towns_share_is_the_bigger_town(understanding: OfflineUnderstanding) -> None:
    # geonames gives "बरेली" to Bareilly (7 lakh people) and to a small Bareli in Madhya Pradesh.
    assert understanding.extract("बरेली में इलेक्ट्रीशियन चाहिए, 600 रोज़", kind="gig").city == "Bareilly"


# Years of work with a case ending glued on, and head counts before a role written in an Indian script.
EXPERIENCE_WITH_ENDINGS = [
    ("ഞാൻ തെങ്ങ് കയറ്റം ചെയ്യുന്നു, 9 വർഷമായി. തൃശൂർ.", 9.0),
    ("હું સાડી પર ભરતકામ કરું છું, ૭ વર્ષથી. સુરત.", 7.0),
    ("నేను వెల్డింగ్ చేస్తాను, 6 ఏళ్ల అనుభవం. వరంగల్.", 6.0),
    ("நான் தையல்காரர், 12 வருஷம் அனுபவம். ஈரோடு.", 12.0),
]


@pytest.mark.parametrize(("text", "years"), EXPERIENCE_WITH_ENDINGS)
def test_years_with_a_case_ending_are_experience(
    understanding: OfflineUnderstanding, text: str, years: float
) -> None:
    assert understanding.extract(text, kind="worker").experience_years == years


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("ईंट भट्ठे पर 6 हेल्पर चाहिए, झज्जर, 500 रोज़", 6),
        ("સુરત – 3 જણ જોઈએ, ભરતકામ માટે", 3),
        # a trade of several words the vocabulary may not know, between the count and the need
        ("ਲੁਧਿਆਣਾ ਹੌਜ਼ਰੀ ਫੈਕਟਰੀ ਲਈ 15 ਓਵਰਲਾਕ ਮਸ਼ੀਨ ਓਪਰੇਟਰ ਚਾਹੀਦੇ ਹਨ", 15),
        ("ಬೆಳಗಾವಿ – ಗಾರ್ಮೆಂಟ್ ಫ್ಯಾಕ್ಟರಿಗೆ 8 ಸೆಕ್ಯುರಿಟಿ ಗಾರ್ಡ್ ಬೇಕು, ರಾತ್ರಿ ಶಿಫ್ಟ್", 8),
    ],
)
def test_head_counts_before_an_indian_script_role(
    understanding: OfflineUnderstanding, text: str, slots: int
) -> None:
    assert understanding.extract(text, kind="gig").slots == slots


@pytest.mark.parametrize(
    "text",
    [
        "हिंदी वॉइस ओवर आर्टिस्ट चाहिए। प्रति मिनट ₹250। अपना माइक होना चाहिए",
        "Noida sec 63 — video editor chahiye for youtube channel",
        "3 din ke liye painter chahiye, Wakad",
    ],
)
def test_a_number_that_counts_no_people_is_no_head_count(
    understanding: OfflineUnderstanding, text: str
) -> None:
    assert understanding.extract(text, kind="gig").slots is None


# Days off said as "except X" or "X, I don't come", all days as "saat din", short day names in a range.
DAYS_SAID_MANY_WAYS = [
    ("ಭಾನುವಾರ ಬಿಟ್ಟು ಎಲ್ಲಾ ದಿನ ಬರ್ತೀನಿ", ["mon", "tue", "wed", "thu", "fri", "sat"]),
    ("Sunday nahi aata, baaki din aa jaunga", ["mon", "tue", "wed", "thu", "fri", "sat"]),
    ("mahine 12000, saat din kaam", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    ("సోమ నుండి శుక్ర వరకు క్లాసులు", ["mon", "tue", "wed", "thu", "fri"]),
]


@pytest.mark.parametrize(("text", "days"), DAYS_SAID_MANY_WAYS)
def test_days_are_read_however_they_are_said(
    understanding: OfflineUnderstanding, text: str, days: list[str]
) -> None:
    assert understanding.extract(text, kind="worker").days == days


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("मी घरगुती डबे बनवते, नागपूर. एका डब्याचे ९० रुपये.", "task"),
        ("திருப்பூர் கம்பெனிக்கு டைலர் தேவை. ஒரு பீஸ் 4 ரூபாய்.", "task"),
        ("एका महिन्याचे 15000 रुपये, पुणे", "month"),
    ],
)
def test_the_price_of_one_thing_is_a_piece_rate(
    understanding: OfflineUnderstanding, text: str, unit: str
) -> None:
    pay = understanding.extract(text).pay
    assert pay is not None and pay.unit == unit


# Towns geonames names only in Latin letters, written in an Indian script, with case endings.
TOWNS_IN_INDIAN_SCRIPTS = [
    ("झाँसी, सीपरी बाज़ार के पास क्लिनिक में फिजियोथेरेपिस्ट चाहिए", "Jhansi"),
    ("భీమవరం లో ఆక్వా చెరువులకు మెకానిక్ కావాలి", "Bhimavaram"),
    ("ਪਟਿਆਲਾ ਵਿੱਚ ਸਕੂਲ ਲਈ ਕੋਚ ਚਾਹੀਦਾ", "Patiala"),
    ("சேலத்தில் கல்யாண சமையலுக்கு உதவியாளர்கள் வேண்டும்", "Salem"),
    ("കോട്ടയത്തെ റിസോർട്ടിലേക്ക് തെറാപ്പിസ്റ്റിനെ ആവശ്യമുണ്ട്", "Kottayam"),
    ("જૂનાગઢ માં સોલાર પેનલ ફિટિંગ માટે માણસ જોઈએ", "Junagadh"),
]


@pytest.mark.parametrize(("text", "city"), TOWNS_IN_INDIAN_SCRIPTS)
def test_towns_are_found_by_their_spelling_in_any_script(
    understanding: OfflineUnderstanding, text: str, city: str
) -> None:
    assert understanding.extract(text, kind="gig").city == city


def test_everyday_words_in_indian_scripts_are_no_town(understanding: OfflineUnderstanding) -> None:
    assert understanding.extract("আমি রোজ সকালে কাজ করি, ভালো রান্না করতে পারি", kind="worker").city is None
    assert understanding.extract("நான் வீட்டு சமையல் வேலை செய்வேன், காலை மட்டும்", kind="worker").city is None
    # "लंका" is one of geonames' other names for Ranchi; other names need a longer spelling.
    assert understanding.extract("हम लंका के पास रहते हैं, ई-रिक्शा चलाते हैं", kind="worker").city is None


def test_other_latin_names_of_a_town_are_read_where_the_text_places_them(
    understanding: OfflineUnderstanding,
) -> None:
    gazetteer = get_gazetteer()
    chandrapur = understanding.extract("Chandrapur: resort requires safari guide, ₹22000 pm", kind="gig")
    keonjhar = understanding.extract("Keonjhar Odisha - mining canteen needs 4 cooks", kind="gig")
    assert chandrapur.city == gazetteer.canonical_city("Chandrapur")
    assert keonjhar.city == gazetteer.canonical_city("Keonjhar")
    # A suburb listing the city's name among its own never takes the city's place.
    assert understanding.extract("nenu Visakhapatnam lo home tutor", kind="worker").city == "Visakhapatnam"


def test_a_chat_of_several_turns_is_read_for_the_work_it_names(understanding: OfflineUnderstanding) -> None:
    chat = (
        "Good morning sir. I am Ravinder Sandhu, retired as Senior Manager (Credit) from a co-op bank.\n"
        "34 years in banking, mostly credit - MSME & agri loan appraisal, CMA data, project reports.\n"
        "Based in Phase Seven Mohali, near the gurudwara, can also travel to Kharar and Zirakpur.\n"
        "Open to consulting assignments with dealers and small firms, online also fine.\n"
        "Speak Punjabi, Hindi and English.\nExpect ₹1,500 per hour."
    )
    assert understanding.extract(chat, kind="worker").skills == ["credit appraisal"]


@pytest.mark.parametrize(
    "text",
    ["Mujhe ek driver chahiye, weekend ke liye", "Amhala ek driver pahije", "Sanu ghar layi driver chahida"],
)
def test_a_trade_before_a_want_word_is_a_person_wanted(
    understanding: OfflineUnderstanding, text: str
) -> None:
    assert understanding.extract(text).intent == "gig"


def test_work_wanted_after_a_trade_is_still_a_worker(understanding: OfflineUnderstanding) -> None:
    assert understanding.extract("Mujhe driver ka kaam chahiye, Indore").intent == "worker"


def test_a_home_town_given_with_its_state_is_the_origin_when_the_writer_lives_elsewhere(
    understanding: OfflineUnderstanding,
) -> None:
    chat = "mai Pawan, Banda (UP) ka hu, abhi Rajkot me GIDC ke paas rehta hu\nCNC operator 4 saal"
    reading = understanding.extract(chat, kind="worker")
    assert reading.city == "Rajkot"
    assert reading.travel_cities == []


@pytest.mark.parametrize(
    ("chat", "city"),
    [
        ("mera naam Sonu, Bhagalpur Bihar se hu\nabhi Surat me Varachha road pe rehta hu", "Surat"),
        ("amar naam Riya, Durgapur er meye, ekhon Kolkata te Behala r PG te thaki", "Kolkata"),
        ("देवरिया जिला का हूँ, अभी गोरखपुर मेडिकल कॉलेज रोड पे कमरा लेके रहता हूँ", "Gorakhpur"),
        ("Nashik ka hu, electrician, 500 roz", "Nashik"),
    ],
)
def test_where_a_worker_lives_now_wins_over_where_they_come_from(
    understanding: OfflineUnderstanding, chat: str, city: str
) -> None:
    assert understanding.extract(chat, kind="worker").city == city


def test_a_state_named_on_its_own_is_the_state_not_a_town_of_that_spelling(
    understanding: OfflineUnderstanding,
) -> None:
    # geonames lists "Bihar" as another name of Baihar, a small town in Madhya Pradesh
    reading = understanding.extract("Bihar me kahin bhi kaam kar lunga, mason 6 saal", kind="worker")
    assert reading.city is None
    assert {"Patna", "Gaya"} <= set(reading.travel_cities)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("आठ साल से दाढ़ी बनाने और बाल काटने का काम करता हूँ", "barber"),
        ("நான் கோவையில் இருக்கேன், தென்னை மரம் ஏறுவேன், 9 வருஷம்", "coconut tree climbing"),
    ],
)
def test_work_described_by_what_a_person_does_in_their_script_is_read_as_that_trade(
    understanding: OfflineUnderstanding, text: str, skill: str
) -> None:
    assert understanding.extract(text, "worker").skills == [skill]


def test_labourers_wanted_for_named_work_are_wanted_for_that_work(
    understanding: OfflineUnderstanding,
) -> None:
    assert understanding.extract("बारामती में गन्ना कटाई के लिए 15 मजदूर चाहिए, 500 रोज", "gig").skills == [
        "sugarcane cutting"
    ]
    assert understanding.extract("हडपसर पुणे में 20 मजदूर चाहिए, 500 रोज", "gig").skills == ["construction helper"]


def test_ordinary_words_that_only_share_a_trades_consonants_name_no_trade(
    understanding: OfflineUnderstanding,
) -> None:
    # "রবিবার ছুটি" (Sunday off) has the consonants of "rubber tapping"
    assert understanding.extract("হাওড়ায় দোকানে লোক চাই, রবিবার ছুটি, দিনে ৪০০ টাকা", "gig").skills == []
