"""Who is writing a first message: the cue-word rules and the intent model together, asking when unsure."""

from __future__ import annotations

import pytest

from understanding.encoder import shared_e5
from understanding.intent_model import IntentModel
from understanding.offline import OfflineUnderstanding


@pytest.fixture(scope="module")
def understanding() -> OfflineUnderstanding:
    return OfflineUnderstanding()


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("আমি রাজমিস্ত্রি, ১০ বছরের অভিজ্ঞতা, দুর্গাপুরে থাকি", "worker"),  # the rules alone read a post
        ("naan AC mechanic, 6 varusham anubavam, Salem la irukken", "worker"),
        ("Our clinic in Satara needs a receptionist, 9000 per month", "gig"),
        ("ನಮ್ಮ ಬೇಕರಿಗೆ ಒಬ್ಬ ಸಹಾಯಕ ಬೇಕು, ಹಾಸನ, ತಿಂಗಳಿಗೆ ₹9000", "gig"),
    ],
)
def test_first_messages_are_read_as_their_writer(
    understanding: OfflineUnderstanding, text: str, writer: str
) -> None:
    assert understanding.extract(text).intent == writer


@pytest.mark.parametrize("text", ["hello", "plumber Kothrud", "🙏🙏"])
def test_a_message_either_side_could_write_is_left_to_ask(
    understanding: OfflineUnderstanding, text: str
) -> None:
    assert understanding.extract(text).intent is None


def test_the_model_decides_alone_only_when_sure_and_given_enough_words() -> None:
    model = IntentModel(shared_e5())
    assert model.judge(0.99, None, words=6) == "worker"
    assert model.judge(0.01, None, words=6) == "gig"
    assert model.judge(0.99, None, words=2) is None
    assert model.judge(0.5, None, words=6) is None
    assert model.judge(0.99, "gig", words=6) == "worker"  # overruled only beyond the overrule band
    assert model.judge(0.7, "gig", words=6) is None
    assert model.judge(0.9, "worker", words=2) == "worker"  # agreeing with the rules needs no length


# What is wanted tells who writes, in any language: work wanted is a worker, a person (or a count of
# people) wanted is a post, whoever the writer says they are. The model read each of these the other way.
@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("naan electrician, vela venum", "worker"),
        ("எனக்கு எலக்ட்ரீஷியன் வேலை வேணும்", "worker"),
        ("kadaikku oru paiyan venum", "gig"),
        ("namma angadi ge huduga beku", "gig"),
        ("ഞാൻ കോൺട്രാക്ടർ ആണ്, 4 മേസൺ വേണം, തിരുവനന്തപുരം, ദിവസം 1000", "gig"),
    ],
)
def test_what_is_wanted_says_who_writes(understanding: OfflineUnderstanding, text: str, writer: str) -> None:
    assert understanding.extract(text).intent == writer
