"""Gig screening: scam posts are held with a reason, honest look-alikes pass, low pay is flagged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.models import Extraction, Pay
from core.settings import Settings
from tests.bench_data import require_dev_bench
from understanding.scam_model import ScamModel
from understanding.screening import GigScreener

CASES_PATH = Path(__file__).parent / "data" / "screening_cases.jsonl"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


CASES = _jsonl(CASES_PATH)


@pytest.fixture(scope="module")
def screener() -> GigScreener:
    return GigScreener()


def test_case_set_covers_scams_lookalikes_and_languages() -> None:
    groups = {case["group"] for case in CASES}
    languages = {case["lang"] for case in CASES}
    assert len(CASES) >= 60
    assert groups == {"scam", "lookalike", "honest"}
    assert languages == {"en", "hi-latn", "hi"}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_each_case_gets_the_right_verdict_and_reason(screener: GigScreener, case: dict[str, Any]) -> None:
    verdict = screener.screen(case["text"], Extraction())
    if case["group"] == "scam":
        assert verdict.scam, f"missed scam: {case['text']}"
        assert case["code"] in verdict.reason_codes
        assert len(verdict.reasons) == len(verdict.reason_codes)
    else:
        assert not verdict.scam, f"honest post flagged {verdict.reason_codes}: {case['text']}"
        assert verdict.reasons == []


def test_error_counts_on_the_case_set_are_zero(screener: GigScreener) -> None:
    false_positives = [c["id"] for c in CASES if c["group"] != "scam" and screener.scam_codes(c["text"])]
    false_negatives = [c["id"] for c in CASES if c["group"] == "scam" and not screener.scam_codes(c["text"])]
    print(f"screening cases: {len(CASES)}, FP={len(false_positives)}, FN={len(false_negatives)}")
    assert (false_positives, false_negatives) == ([], [])


def test_dev_gigs_flag_exactly_the_labelled_scams(screener: GigScreener) -> None:
    dev = require_dev_bench()
    texts = {row["id"]: row["text"] for row in _jsonl(dev / "gigs.jsonl")}
    labelled = {row["id"] for row in _jsonl(dev / "facts_gigs.jsonl") if row["scam"]}
    flagged = {gig_id for gig_id, text in texts.items() if screener.scam_codes(text)}
    print(f"dev gigs: {len(texts)}, FP={len(flagged - labelled)}, FN={len(labelled - flagged)}")
    assert len(labelled) == 4
    assert flagged == labelled


def test_reasons_are_readable_english_with_stable_codes(screener: GigScreener) -> None:
    verdict = screener.screen(
        "Security guard vacancy, Airoli. Salary ₹22,000 + PF. Pehle ₹2,500 uniform aur police "
        "verification charge GPay karna hoga, phir joining letter milega.",
        Extraction(),
    )
    assert verdict.scam
    assert verdict.reason_codes == ["fee_verification"]
    assert verdict.reasons == ["asks workers to pay for verification or documents"]


def test_only_the_demanding_sentence_counts(screener: GigScreener) -> None:
    honest = "Cook needed, Jayanagar. Rs 14,000 per month. No registration fee."
    scam = honest + " Uniform kit Rs 600 to be paid by the candidate."
    assert screener.scam_codes(honest) == []
    assert screener.scam_codes(scam) == ["fee_kit"]


def _gig(amount: float, unit: str, hours: str | None = None, top: float | None = None) -> Extraction:
    return Extraction.model_validate(
        {"pay": {"amount": amount, "unit": unit, "max_amount": top}, "hours": hours}
    )


def test_pay_below_the_floor_is_underpaid_in_every_unit(screener: GigScreener) -> None:
    assert screener.screen("Helper needed", _gig(150, "day")).underpaid
    assert screener.screen("Helper needed", _gig(15, "hour")).underpaid
    assert screener.screen("Helper needed", _gig(3000, "month")).underpaid
    assert not screener.screen("Helper needed", _gig(650, "day")).underpaid
    assert not screener.screen("Helper needed", _gig(14500, "month")).underpaid


def test_the_floor_is_reported_in_the_gig_unit(screener: GigScreener) -> None:
    verdict = screener.screen("Helper needed", _gig(3000, "month"))
    assert verdict.floor == Pay(amount=178 * 26, unit="month")
    assert screener.screen("x", _gig(20, "hour")).floor == Pay(amount=178 / 8, unit="hour")


def test_piece_rates_and_missing_pay_are_not_judged(screener: GigScreener) -> None:
    per_word = screener.screen("Translator, ₹0.6 per word", _gig(0.6, "task"))
    assert not per_word.underpaid and per_word.floor is None
    assert not screener.screen("Helper needed", Extraction()).underpaid


def test_top_of_a_range_and_part_time_hours_are_taken_into_account(screener: GigScreener) -> None:
    assert not screener.screen("x", _gig(150, "day", top=400)).underpaid
    # Two hours a day for 3,500 a month is well above the floor pro rata, though below a full-time month.
    assert not screener.screen("x", _gig(3500, "month", hours="07:00-09:00")).underpaid
    assert screener.screen("x", _gig(3500, "month")).underpaid


def test_the_floor_can_be_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIGMATCH_WAGE_FLOOR_DAY", "783")
    strict = GigScreener(wage_floor_per_day=Settings(_env_file=None).wage_floor_day)  # type: ignore[call-arg]
    assert strict.screen("x", _gig(650, "day")).underpaid
    assert not GigScreener().screen("x", _gig(650, "day")).underpaid


def test_eval_screening_scores_labelled_cases_and_writes_runs(tmp_path: Path, capsys: Any) -> None:
    from bot.cli import main

    cases = tmp_path / "cases.jsonl"
    rows = [
        {"id": "s1", "text": "Registration fee Rs 500 pay on GPay, offer letter same day", "scam": True},
        {
            "id": "h1",
            "text": "Cook needed, Jayanagar. Rs 14,000 per month. No registration fee.",
            "scam": False,
        },
    ]
    cases.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    runs = tmp_path / "runs.tsv"
    assert main(["eval", "screening", "--cases", str(cases), "--runs", str(runs), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["scams_held"], result["honest_held"]) == (1, 0)
    assert runs.read_text(encoding="utf-8").splitlines() == ["s1\theld\tfee_registration", "h1\tpublished\t"]


def test_eval_screening_explains_a_file_that_is_not_jsonl(tmp_path: Path, capsys: Any) -> None:
    from bot.cli import main

    cases = tmp_path / "cases.jsonl"
    cases.write_text("this is not json\n", encoding="utf-8")
    assert main(["eval", "screening", "--cases", str(cases)]) == 2
    assert "is not JSONL" in capsys.readouterr().out


ISSUE_SCAMS = [
    "uniform ke liye ₹2000 deposit pehle jama karo",
    "Joining fee Rs 1000",
    "Admission fee 500",
    "Documentation charges 499 payable at office",
    "Rs 1500 for bag and T-shirt",
    "Joining ke liye 1000 rupaye lagenge",
    "Top up your wallet with 1000 to unlock the next task set, withdraw 1300 same day.",
    "Your name is on the selection list, send the processing fee 650 to confirm.",
    "Dubai helper job. Visa and ticket charges 60000 to be paid by candidate.",
    "பதிவு கட்டணம் 500 ரூபாய் செலுத்த வேண்டும்.",
    "రిజిస్ట్రేషన్ ఫీజు ౫౦౦ రూపాయలు చెల్లించాలి.",
    "ইউনিফর্মের জন্য ১০০০ টাকা জমা দিতে হবে।",
    "ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਫੀਸ 300 ਰੁਪਏ ਭਰਨੀ ਪਵੇਗੀ।",
]
HONEST_MENTIONS = [
    "Cook needed, Jayanagar, 14000 per month. No fees of any kind.",
    "Delivery riders Ranchi, 600 per day. The battery deposit is paid by the company.",
    "Painter needed, 700/day. Salary advance available if needed.",
    "Machine operator, Pithampur, 15,200 per month after PF and ESI.",
    "Carpenter for kitchen fitting, Kolhapur, 1000 per day, bring your own tools.",
    "Swimming coach for our society pool, we pay 600 per session.",
    "வார்டு பாய் தேவை, ₹11000 சம்பளம், எந்த கட்டணமும் இல்லை.",
    # pay named by the salary word of the post's own language, whatever script
    "દૂધની ડિલિવરી, આણંદ. ગ્રાહકો પાસેથી મહિનાનું બિલ ઉઘરાવવાનું, પગાર ₹૧૦,૦૦૦.",
    "AC technician, Vijayawada, 6 yrs. Service ₹450, gas filling ₹2200 + parts.",
    "Amader insurance policy bikri korle protiti policy te 20% commission paben, kono taka dite hobe na.",
    "சிவகாசி பிரிண்டிங் பிரஸ் ஆபரேட்டர் தேவை. மாதம் ₹16,000. சேர்ந்தவுடன் ₹5000 அட்வான்ஸ் நாங்கள் தருகிறோம்.",
    "శ్రీసిటీ కంపెనీలో హెల్పర్లు కావాలి, జీతం ₹13,000. రూమ్ అడ్వాన్స్ కంపెనీయే కడుతుంది.",
]


@pytest.mark.parametrize("text", ISSUE_SCAMS)
def test_a_worker_never_pays_to_get_work_in_any_script(screener: GigScreener, text: str) -> None:
    verdict = screener.screen(text, Extraction())
    assert verdict.scam, text
    assert verdict.reasons and verdict.reasons[0].startswith(("asks workers", "reads like", "promises"))


@pytest.mark.parametrize("text", HONEST_MENTIONS)
def test_honest_mentions_of_money_are_published(screener: GigScreener, text: str) -> None:
    assert screener.screen(text, Extraction()).reason_codes == []


def test_a_post_that_only_states_its_pay_is_never_judged_by_the_model(screener: GigScreener) -> None:
    # The gate: no fee, deposit, demand or task word, so the model is not asked, whatever it would say.
    strict = GigScreener(model=ScamModel({"weights": [0.0] * 384, "bias": 50.0, "threshold": 0.5}))
    assert strict.scam_codes("Bolero pickup driver, Peenya. Daily 950 rupees, all 7 days.") == []
    assert strict.scam_codes("Driver needed. Pay 500 to join.") != []
    # A sum that is not the pay opens the gate even in words the lexicon lacks ("give 3 lakh and it is set").
    assert strict.scam_codes("సచివాలయం ఉద్యోగం పక్కా, ₹3 లక్షలు ఇస్తే సెట్ చేస్తాం") != []


# A verb-final negation closes the clause and denies every fee it names, however far from the noun.
CLOSING_NEGATIONS = [
    "ধানবাদে ড্রাইভার দরকার, মাসে ১৪০০০ টাকা। রেজিস্ট্রেশন ফি বা ইউনিফর্মের টাকা কিছুই লাগবে না",
    "नाशिक गोदामात हमाल पाहिजे, पगार १२००० महिना. रजिस्ट्रेशन फी किंवा डिपॉझिट असे काहीही लागणार नाही",
]


@pytest.mark.parametrize("text", CLOSING_NEGATIONS)
def test_a_negation_that_closes_the_clause_denies_the_fee(screener: GigScreener, text: str) -> None:
    assert screener.scam_codes(text) == []


def test_a_closing_negation_does_not_hide_a_priced_fee(screener: GigScreener) -> None:
    text = "Nagpur me helper chahiye. Registration fees 700 deni hogi, wapas nahi"
    assert screener.scam_codes(text)


# English loanwords written in an Indian script are read by sound, not only as listed spellings.
LOANWORD_SCAMS = [
    ("ધંધો શરૂ કરવા ₹50,000 ઇન્વેસ્ટમેન્ટ કરો, મહિને ₹20,000 પાકું", "investment_scheme"),
    ("ಕೆಲಸಕ್ಕೆ ಮುಂಚೆ ₹2,000 ಡಿಪಾಸಿಟ್ ಕಟ್ಟಬೇಕು, ಬೆಳಗಾವಿ", "deposit"),
    ("ਕੰਮ ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ₹1200 ਡਿਪੋਜ਼ਿਟ ਜਮ੍ਹਾਂ ਕਰੋ, ਪਟਿਆਲਾ", "deposit"),
]


@pytest.mark.parametrize(("text", "reason"), LOANWORD_SCAMS)
def test_loanwords_in_indian_scripts_are_read_by_sound(screener: GigScreener, text: str, reason: str) -> None:
    assert reason in screener.scam_codes(text)


def test_town_names_are_not_read_as_fee_words(screener: GigScreener) -> None:
    text = "देहरादून और इंदौर में मेडिकल स्टोर पर हेल्पर चाहिए, ₹10,500 महीना, खाना साथ।"
    assert screener.scam_codes(text) == []


# An advance is the employer's money when the post says they give it or take it back from wages, in any
# language; a worker told to pay one is still held. Both honest posts were held before.
EMPLOYER_ADVANCES = [
    "বিয়ের জন্য ক্যাটারিং কর্মী চাই, বর্ধমান, ২ দিন। মোট ৮০০০ টাকা, ৩০০০ টাকা অগ্রিম আমরা আপনাকে দেব",
    "ਡਰਾਈਵਰ ਚਾਹੀਦਾ, ਪਟਿਆਲਾ, 15000 ਮਹੀਨਾ। ਮਾਲਕ 5000 ਐਡਵਾਂਸ ਦਿੰਦਾ, ਤਨਖਾਹ ਵਿੱਚੋਂ ਕੱਟ ਲੈਂਦਾ",
]


@pytest.mark.parametrize("text", EMPLOYER_ADVANCES)
def test_an_advance_the_employer_gives_is_published(screener: GigScreener, text: str) -> None:
    assert screener.scam_codes(text) == []


def test_an_advance_the_worker_must_pay_is_held(screener: GigScreener) -> None:
    codes = screener.scam_codes("Helper job Surat, 12000 mahina. Pehle 2000 advance jama karo tab joining")
    assert "advance_payment" in codes


def test_pay_written_unit_first_is_not_a_money_request(screener: GigScreener) -> None:
    text = "ক্লাস ৬-৮ এর জন্য গৃহশিক্ষক চাই, শিলিগুড়ি। সপ্তাহে ৩ দিন, মাসে ২৫০০ টাকা।"
    assert screener.scam_codes(text) == []


def test_a_fee_beside_an_earnings_claim_is_still_a_fee(screener: GigScreener) -> None:
    # The sum is written as the fee's price; "earn" a word later does not turn it into pay.
    text = "Become a tiffin partner, Kolhapur. Partner joining fee ₹15,000, earn 40-60k per month guaranteed"
    assert screener.scam_codes(text) == ["fee_joining"]


def test_a_later_numbers_unit_is_not_the_fees_unit(screener: GigScreener) -> None:
    text = "Your name is in the selection list. Pay document verification fees ₹1,850 within 24 hrs"
    assert "fee_verification" in screener.scam_codes(text)


def test_a_fee_the_worker_is_paid_per_month_is_pay(screener: GigScreener) -> None:
    text = "Retired bank officer for credit appraisal, Coimbatore. Consultancy fee 35k/month, TDS deducted."
    assert screener.scam_codes(text) == []


def test_a_free_first_step_does_not_excuse_the_paid_next_one(screener: GigScreener) -> None:
    text = "Hotel rating task, 50-150 per task. First 3 tasks free, fir merchant task me ₹1000 invest karo"
    assert screener.scam_codes(text) == ["investment_scheme"]


def test_a_charge_priced_without_a_currency_sign_is_held(screener: GigScreener) -> None:
    text = "DUBAI JOB, mason. Salary 1800 AED. Visa processing 45,000 + ticket 18,000 candidate bear karega"
    assert "fee_travel_visa" in screener.scam_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Forklift operator reqd, Bhiwandi Kalher, valid licence, 22k",
        "GNM nurse with registration 2019 onwards, Bhopal, 18000 salary",
    ],
)
def test_a_number_after_a_requirement_is_not_its_price(screener: GigScreener, text: str) -> None:
    assert screener.scam_codes(text) == []


ACCOUNT_LENDING = [
    "உங்கள் வங்கி கணக்கை வாடகைக்கு கொடுங்கள், வாரம் ₹10,000 கிடைக்கும்",
    "Apna bank account kiraye pe do, har hafte 8000 milenge, ghar baithe",
    "ATM card aur passbook humein do, roz ₹1500 commission",
]


@pytest.mark.parametrize("text", ACCOUNT_LENDING)
def test_renting_out_a_bank_account_is_held(screener: GigScreener, text: str) -> None:
    assert "account_lending" in screener.rule_codes(text)


def test_a_salary_account_and_a_room_on_rent_are_no_account_lending(screener: GigScreener) -> None:
    text = "Salary goes to your bank account every month. Room on rent near the godown, paid by company."
    assert screener.rule_codes(text) == []


# Each asks money without a currency sign or a fee word the rules knew, or pays for likes what no like pays.
SCAMS_WITHOUT_A_FEE_WORD = [
    ("Railway Group D pakka setting hai. 3 lakh lagega, aadha pehle aadha joining ke baad.", "fee_joining"),
    ("Earn by rating products. Upgrade to VIP2 with 3000 only. Withdraw daily to bank", "task_topup"),
    (
        "Plant operators, sal 16500. Medical test 1100 at our clinic only, pay there before joining",
        "fee_test",
    ),
    ("बैंक पर हमारे एजेंट को ₹२००० दे देना, वो रसीद देगा, फिर ड्यूटी लगेगी। गोदाम लोडर, भिवंडी", "money_request"),
    ("YouTube वीडियो को लाइक और सब्सक्राइब करो, हर लाइक पर ₹१५०, दिन के ₹४००० पक्के।", "too_good_to_be_true"),
    ("கேப்ட்சா டைப்பிங் வேலை, 500 கேப்ட்சா = ₹4000 தினமும். மொபைல் போதும்.", "too_good_to_be_true"),
]


@pytest.mark.parametrize(("text", "reason"), SCAMS_WITHOUT_A_FEE_WORD)
def test_money_asked_in_other_words_is_held(screener: GigScreener, text: str, reason: str) -> None:
    assert reason in screener.rule_codes(text)


def test_a_wage_beside_a_payment_counter_is_no_money_asked(screener: GigScreener) -> None:
    text = "Mobile shop salesman Siliguri, recharge and bill payment counter, 9000 + commission."
    assert screener.rule_codes(text) == []


# Who pays whom: an advance's sum says nothing of its direction; the words around it do. Each was held before.
ADVANCES_TO_THE_WORKER = [
    "கரூர் டெக்ஸ்டைல் மில்லில் வேலை. மாதம் ₹11,000 + ஹாஸ்டல் இலவசம். சேர்ந்தவுடன் ₹2,000 முன்பணம் கொடுக்கப்படும்.",
    "Guntur lo cotton picking ki kulilu kavali, kilo ki 12 rupayalu. Mundhu 2000 advance istamu",
    "ਮੋਗੇ ਡੇਅਰੀ ਫਾਰਮ ਤੇ ਕਾਮਾ ਚਾਹੀਦਾ। ₹14,000 ਮਹੀਨਾ + ਕਮਰਾ। ਲੋੜ ਪਵੇ ਤਾਂ ₹3000 ਐਡਵਾਂਸ ਅਸੀਂ ਦੇ ਦਿਆਂਗੇ।",
    "Potters needed Khurja pottery unit, piece rate. ₹3000 advance on joining, adjusted in salary",
    # the worker's own rates: the client pays the worker ahead
    "Main mehendi artist hu, Kanpur. Bridal full hand 2500. Booking ke liye client se 500 advance leti hu.",
    "Ami Durgapur e DJ kori, 6000 theke. Booking korle 1000 advance nite hoy, baki program er din.",
]


@pytest.mark.parametrize("text", ADVANCES_TO_THE_WORKER)
def test_an_advance_paid_to_the_worker_is_published(screener: GigScreener, text: str) -> None:
    assert screener.screen(text, Extraction()).reason_codes == []


@pytest.mark.parametrize(
    "text",
    [
        "अस्पताल में वार्ड बॉय चाहिए, गोरखपुर, वेतन 9000। पहले 2000 रुपये एडवांस भेजें, फिर काम मिलेगा।",
        "செக்யூரிட்டி கார்டு தேவை, மதுரை, 12500 ரூபாய். முன்பணமாக 25000 ரூபாய் டெபாசிட் செய்யவும்.",
        "Garment factory Noida, tailor helper 11,500. Pehle 3000 advance jama karo tab joining",
    ],
)
def test_an_advance_the_worker_is_told_to_send_is_held(screener: GigScreener, text: str) -> None:
    verdict = screener.screen(text, Extraction())
    assert verdict.scam and verdict.reasons


# A warning names the fees a scam would, then tells the reader not to pay them.
SCAM_WARNINGS = [
    "Savdhaan! Koi bhi aapko job ke naam pe registration fee, ID card charge ya deposit maange to mat dena",
    "ਸਾਡੀ ਫੈਕਟਰੀ ਨੌਕਰੀ ਲਈ ਕੋਈ ਪੈਸਾ ਨਹੀਂ ਲੈਂਦੀ। ਜੇ ਕੋਈ ਪੈਸੇ ਮੰਗੇ ਤਾਂ ਨਾ ਦਿਓ। ਹੈਲਪਰ ਚਾਹੀਦੇ, 11000",
    "Helpers wanted, Pune, 14000 per month. If anyone asks you for a registration fee, do not pay",
]


@pytest.mark.parametrize("text", SCAM_WARNINGS)
def test_a_warning_not_to_pay_is_published(screener: GigScreener, text: str) -> None:
    assert screener.screen(text, Extraction()).reason_codes == []


def test_the_scam_model_reads_who_pays_whom(screener: GigScreener) -> None:
    model = ScamModel()
    assert {"asked", "employer_pays", "denied", "advance"} <= set(model.cue_names)
    asked = "Room ka 3000 advance hai. Joining se pehle jama karna hoga, Bhiwandi godown."
    given = "Room ka 3000 advance hai. Joining pe company dega, Bhiwandi godown."
    assert model.probability(asked, screener.cues(asked)) > model.probability(given, screener.cues(given))
