"""Records over HTTP: a worker's with consent, helplines by state, an employer's past /delete, typed views."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.repositories.outcomes import record_key
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot
from tests.test_bot_applications import OUTCOMES_NOW, _apply, _texts, _wait_for

SALT = "a-test-salt"
ADMIN_ID = 901


async def test_a_worker_adds_their_record_only_when_they_choose(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, **OUTCOMES_NOW)
    first, second, third = (User(telegram_server, user_id) for user_id in (811, 812, 813))
    worker = User(telegram_server, 611, username="gita_e")
    newcomer = User(telegram_server, 612, username="joy_e")
    async with running_bot(settings):
        hired_gig = await post_gig(first, "Need an electrician in Andheri, wiring work, 900 per day")
        await onboard(worker, "electrician, house wiring, Andheri, 800 per day")
        await _apply(worker, hired_gig, first)
        # "Whom?" lists an applicant who was never shortlisted; naming her asks her how it went too.
        whom = await _wait_for(first, "Whom?")
        assert "✅ Hired @gita_e" in whom["button_labels"]
        await first.press(f"oc:e:{hired_gig}:{worker.id}")
        asked = await _wait_for(worker, "Were you paid what was agreed?")
        assert f"oc:w:{hired_gig}:paid" in asked["buttons"]

        # Off by default: the card she sends says nothing of it; the consent step offers it.
        plain_gig = await post_gig(second, "Need an electrician in Bandra, wiring work, 950 per day")
        await worker.command("matches", expect=2)
        [preview] = await worker.press(f"int:{plain_gig}")
        assert "confirmed by employers" not in preview["text"]
        assert "➕ Add my record (1)" in preview["button_labels"]
        before = len(second.inbox)
        await worker.press(f"send:{plain_gig}:c")
        await telegram_server.wait_for_messages(second.id, before + 1)
        assert "confirmed by employers" not in second.inbox[-1]["text"]

        # Invited to another gig, she turns it on: the preview, the card and the applicants list say it.
        invited_gig = await post_gig(third, "Electrician needed in Powai, wiring work, 1000 per day")
        await third.command("mygigs")
        await third.press(f"fw:{invited_gig}")
        await third.press(f"inv:{invited_gig}:{worker.id}")
        await telegram_server.wait_for_messages(worker.id, len(worker.inbox))
        await worker.press(f"int:{invited_gig}")
        note, preview = await worker.press(f"rec:{invited_gig}:y", expect=2)
        assert "Your record is on" in note["text"]
        assert "✅ 1 gig(s) confirmed by employers on gigmatch" in preview["text"]
        assert f"rec:{invited_gig}:n" in preview["buttons"]
        before = len(third.inbox)
        await worker.press(f"send:{invited_gig}:c")
        await telegram_server.wait_for_messages(third.id, before + 1)
        assert "✅ 1 gig(s) confirmed by employers" in third.inbox[before]["text"]
        # She accepted an invitation: she is asked how it went without being shortlisted.
        await _wait_for(third, "Whom?")
        await _wait_for(worker, "How did it go with house wiring · Powai")
        await third.command("mygigs")
        applicants = _texts(await third.press(f"ap:{invited_gig}", expect=2))
        assert "✅ 1 gig(s) confirmed by employers" in applicants
        await _wait_for(second, "Whom?")
        await second.command("mygigs")
        assert "confirmed by employers" not in _texts(await second.press(f"ap:{plain_gig}", expect=2))

        # /profile says what it is and switches it too.
        [profile] = await worker.command("profile")
        assert "1 gig(s) confirmed by employers: added to the cards you send" in profile["text"]
        note, profile = await worker.press("rec:p:n", expect=2)
        assert "Your record is off" in note["text"] and "not on the cards you send" in profile["text"]
        assert "rec:p:y" in profile["buttons"]

        # A worker with nothing confirmed is offered nothing, and nothing is invented.
        await onboard(newcomer, "electrician, house wiring, Andheri, 700 per day")
        await newcomer.command("matches", expect=2)
        [offered] = await newcomer.press(f"int:{hired_gig}")
        assert not any(data.startswith("rec:") for data in offered["buttons"])
        assert "confirmed by employers" not in offered["text"]
        [profile] = await newcomer.command("profile")
        assert "confirmed by employers" not in profile["text"]
        assert not any(data.startswith("rec:") for data in profile["buttons"])


async def test_a_helpline_by_state_and_an_employer_record_that_outlives_delete(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(
        tmp_path, telegram_server, GIGMATCH_RECORD_SALT=SALT, GIGMATCH_ADMIN_IDS=[ADMIN_ID], **OUTCOMES_NOW
    )
    employer = User(telegram_server, 821)
    worker = User(telegram_server, 621, username="anil_e")
    admin = User(telegram_server, ADMIN_ID)
    async with running_bot(settings):
        await admin.command("start")
        gig_id = await post_gig(employer, "Need an electrician in Bengaluru, wiring work, 900 per day")
        await onboard(worker, "electrician, house wiring, Bengaluru, 800 per day")
        await _apply(worker, gig_id, employer)
        await employer.press(f"sl:{gig_id}:{worker.id}")
        await _wait_for(worker, "Were you paid what was agreed?")
        [noted] = await worker.press(f"oc:w:{gig_id}:unpaid")
        # Bengaluru is in Karnataka: the state's labour helpline, not the national one.
        assert "Karmika Sahayavani" in noted["text"] and "155214" in noted["text"]
        assert "14434" not in noted["text"]
        await _wait_for(employer, "Whom?")
        await employer.press(f"oc:e:{gig_id}:{worker.id}")

        # The employer leaves; the confirmation says what stays.
        [confirm] = await employer.command("delete")
        kept = confirm["text"]
        assert "cannot be turned back into it" in kept and "Nothing about any worker" in kept
        await employer.press("delete:yes")
        with sqlite3.connect(settings.database_path) as db:
            assert db.execute("SELECT key, gigs, paid, unpaid FROM employer_ledger").fetchall() == [
                (record_key(SALT.encode(), employer.id), 1, 0, 1)
            ]
            assert db.execute("SELECT COUNT(*) FROM gigs").fetchone() == (0,)
            assert db.execute("SELECT COUNT(*) FROM users WHERE id = ?", (employer.id,)).fetchone() == (0,)
        # The worker keeps the hire the employer confirmed, though the gig is gone.
        hirer = User(telegram_server, 822)
        other_gig = await post_gig(hirer, "Need an electrician in Bengaluru, wiring work, 950 per day")
        await worker.command("matches", expect=2)
        [preview] = await worker.press(f"int:{other_gig}")
        assert "➕ Add my record (1)" in preview["button_labels"]

        # Back as "new": the record is theirs again, and their post waits for an admin.
        await employer.command("start")
        await employer.say("Need an electrician in Bengaluru, wiring work, 900 per day")
        [held] = await employer.press("gig:publish")
        assert "waits for an admin" in held["text"]

        # The answers behind the hold went with the old account: an admin can clear what the ledger kept.
        [item] = await admin.command("review")
        assert "1 unpaid answer(s) kept from this employer's deleted account" in item["text"]
        held_id = int(item["buttons"][0].rsplit(":", 1)[1])
        [cleared] = await admin.press(f"oc:k:{held_id}")
        assert "Cleared" in cleared["text"]
        [again] = await admin.forge(f"oc:k:{held_id}")
        assert "expired" in again["text"]
        await admin.command("review")
        await admin.press(f"review:approve:{held_id}")
        await employer.say("Need an electrician in Mysuru, wiring work, 900 per day")
        [published] = await employer.press("gig:publish")
        assert "Published" in published["text"]


async def test_typed_words_open_the_same_views_as_the_buttons(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 831)
    worker = User(telegram_server, 631, username="sara_e")
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need an electrician in Andheri, wiring work, 900 per day")
        await onboard(worker, "electrician, house wiring, Andheri, 800 per day")
        hint, _, card = await worker.say("I'm interested", expect=3)
        assert "I'm interested" in hint["text"] and f"int:{gig_id}" in card["buttons"]
        await worker.press(f"int:{gig_id}")
        await worker.press(f"send:{gig_id}:c")

        for words in ("my applications", "meri applications", "मेरे आवेदन"):
            listed = await worker.say(words, expect=2)
            assert f"wd:{gig_id}" in listed[-1]["buttons"], words
        hint, _, item = await worker.say("withdraw karna hai", expect=3)
        assert f"wd:{gig_id}" in item["buttons"]
        assert f"wd:{gig_id}" in (await worker.say("shortlist", expect=2))[-1]["buttons"]

        # An employer's "applications" means their applicants; a worker's "shortlist", where they stand.
        for words in ("shortlist", "applicants dikhao", "who applied?", "applications"):
            intro, applicant = await employer.say(words, expect=2)
            assert "👥" in intro["text"] and f"sl:{gig_id}:{worker.id}" in applicant["buttons"], words
