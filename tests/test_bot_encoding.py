"""What a message costs the encoder: nothing is embedded twice, and remembered vectors change no answer."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot
from understanding.encoder import SharedE5, shared_e5


async def test_a_shared_location_keeps_the_profiles_vectors_and_a_new_skill_replaces_them(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 781)
    worker = User(telegram_server, 581)
    async with running_bot(settings) as bot:
        assert bot.services is not None
        index = bot.services.index
        await post_gig(employer, "Electrician needed in Andheri, wiring work, 900 per day")
        await onboard(worker, "I am an electrician, wiring work, Andheri, 800 per day, 6 years")
        saved = await index.profile_vectors(worker.id)
        # Only skills and trades are embedded: a shared point changes the profile, not its vectors.
        telegram_server.push_location(worker.id, 19.1197, 72.8468)
        await telegram_server.wait_for_messages(worker.id, len(worker.inbox) + 1)
        located = await index.profile_vectors(worker.id)
        shown = await worker.command("matches", expect=2)
        await worker.say("I also do plumbing")
        await worker.press("profile:save")
        retrained = await index.profile_vectors(worker.id)
    assert saved is not None and located is not None and retrained is not None
    assert all(np.array_equal(a, b) for a, b in zip(saved, located, strict=True))
    assert any("Andheri" in message["text"] and "₹900/day" in message["text"] for message in shown)
    assert not any(np.array_equal(a, b) for a, b in zip(saved, retrained, strict=True))


def test_a_remembered_vector_is_the_encoded_one_and_a_caller_changing_its_copy_changes_no_later_answer() -> (
    None
):
    encoder = shared_e5()
    text = "ഇലക്ട്രീഷ്യൻ ജോലി, remembered-vector test"
    first = encoder.queries([text, "plumber"])
    expected = first[0].copy()
    first /= 2.0  # the loanword reader normalises its vectors in place
    again = encoder.queries([text])
    assert np.array_equal(again[0], expected)
    assert not np.array_equal(encoder.passages([text])[0], expected)  # a passage is embedded as one


def test_a_short_text_is_encoded_beside_a_long_batch_on_a_second_engine_with_the_same_vector_to_the_bit() -> (
    None
):
    one, two = SharedE5(engines=1), SharedE5(engines=2)
    batch = [f"pool test {n}: I am a mason in Nashik, tiles and plaster work, {n} years" for n in range(48)]
    short = "pool test: plumber needed in Kothrud today"
    finished: dict[str, float] = {}

    def encode_batch() -> None:
        two.queries(batch)
        finished["batch"] = time.monotonic()

    worker = threading.Thread(target=encode_batch)
    worker.start()
    time.sleep(0.3)  # the batch (~1.2 s) holds the first engine
    vector = two.queries([short])[0]
    finished["short"] = time.monotonic()
    worker.join()
    # A message waits for no one else's long reading while a core is free...
    assert finished["short"] < finished["batch"]
    assert two.engines == 2
    # ...and the second engine reads it exactly as the one engine of a one-engine encoder does.
    assert np.array_equal(vector, one.queries([short])[0])
    assert np.array_equal(two.queries(batch[:8]), one.queries(batch[:8]))
    assert np.array_equal(two.passages(batch[-4:]), one.passages(batch[-4:]))
