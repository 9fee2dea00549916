"""From "interested" to "paid" over HTTP: applications, applicants, invitations, outcomes and the record."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.stats import run_stats
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot
from tests.transcript import Transcript

ADMIN_ID = 900
# Outcomes are due at once (no date named, zero days after a shortlist) and checked twice a second.
OUTCOMES_NOW = {"GIGMATCH_OUTCOME_AFTER_DAYS": 0, "GIGMATCH_OUTCOME_CHECK_SECONDS": 0.5}
# The full loop's questions come a few seconds after the application and the shortlist instead.
AFTER_SECONDS = 8
OUTCOMES_SOON = {"GIGMATCH_OUTCOME_AFTER_DAYS": AFTER_SECONDS / 86400, "GIGMATCH_OUTCOME_CHECK_SECONDS": 0.5}
# Where to save the full loop's transcript for an issue note, if anywhere (it is always saved in tmp_path).
TRANSCRIPT_PATH = os.environ.get("GIGMATCH_TRANSCRIPT")


async def _apply(worker: User, gig_id: int, employer: User) -> None:
    """Tap I'm interested on the gig in /matches and send the card with the Telegram contact."""
    await worker.command("matches", expect=2)
    await worker.press(f"int:{gig_id}")
    before = len(employer.inbox)
    [sent] = await worker.press(f"send:{gig_id}:c")
    assert "Sent" in sent["text"]
    await worker.server.wait_for_messages(employer.id, before + 1)


async def _wait_for(user: User, fragment: str) -> dict[str, Any]:
    """Wait for a message the bot sends on its own (a scheduled question) and return it."""
    for _ in range(400):
        found = [message for message in user.inbox if fragment in message["text"]]
        if found:
            return found[-1]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no message with {fragment!r} for {user.id}: {_texts(user.inbox[-3:])}")


def _texts(messages: list[dict[str, Any]]) -> str:
    return "\n---\n".join(message["text"] for message in messages)


async def test_apply_shortlist_outcome_and_record(
    tmp_path: Path, telegram_server: FakeTelegramServer, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID], **OUTCOMES_SOON)
    transcript = Transcript(telegram_server)
    employer = transcript.user(801, "EMPLOYER")
    worker = transcript.user(601, "WORKER (@ravi_e)", username="ravi_e")
    other = transcript.user(602, "ANOTHER WORKER")
    admin = transcript.user(ADMIN_ID, "ADMIN")
    async with running_bot(settings):
        await admin.command("start")
        transcript.note("the employer posts a gig")
        gig_id = await post_gig(employer, "Need an electrician in Andheri, wiring work, 900 per day")
        transcript.note("a worker makes a profile and applies")
        await onboard(worker, "I am an electrician, house wiring, Andheri, 800 per day, 6 years")
        [matched] = [m for m in await worker.command("matches", expect=2) if f"int:{gig_id}" in m["buttons"]]
        assert "new employer" in matched["text"]
        await _apply(worker, gig_id, employer)

        # A later change to her profile was never sent: the employer keeps the card she chose to send.
        await worker.say("I also do AC repair now")
        [saved] = await worker.press("profile:save")
        assert "AC" in saved["text"] or "air" in saved["text"].lower(), saved["text"]

        # The employer lists the applicant: the card she chose to send, with her contact.
        transcript.note("the employer lists the applicant and shortlists them")
        [listed] = await employer.command("mygigs")
        assert "Interested: 1" in listed["text"] and f"ap:{gig_id}" in listed["buttons"]
        intro, applicant = await employer.press(f"ap:{gig_id}", expect=2)
        assert "1 worker(s) applied" in intro["text"]
        assert "@ravi_e" in applicant["text"] and "house wiring" in applicant["text"]
        assert "AC" not in applicant["text"] and "air" not in applicant["text"].lower()
        assert f"sl:{gig_id}:{worker.id}" in applicant["buttons"]
        # The questions below may already arrive with this answer: replies are picked by what they say.
        assert "Shortlisted" in _texts(await employer.press(f"sl:{gig_id}:{worker.id}"))

        # The worker follows it in /applications.
        transcript.note("the worker follows it in /applications")
        listed_apps = _texts(await worker.command("applications", expect=2))
        assert "(1)" in listed_apps and "shortlisted by the employer" in listed_apps

        # After the date (here: seconds after the application and the shortlist) both sides are asked.
        transcript.note(
            f"the gig names no date, so both are asked GIGMATCH_OUTCOME_AFTER_DAYS after the application"
            f" (employer) and the shortlist (worker): {AFTER_SECONDS} seconds in this run"
        )
        question = await _wait_for(worker, "Were you paid what was agreed?")
        answers = {f"oc:w:{gig_id}:{a}" for a in ("paid", "not_yet", "unpaid", "paid_less")}
        assert answers <= set(question["buttons"])
        hire_question = await _wait_for(employer, "did you hire through gigmatch? Whom?")
        assert "✅ Hired @ravi_e" in hire_question["button_labels"]

        # The worker was paid less; the employer says whom they hired.
        transcript.note("the worker answers Paid less; the employer says whom they hired")
        [noted] = await worker.press(f"oc:w:{gig_id}:paid_less")
        assert "next posts wait for an admin" in noted["text"]
        # Andheri is in Maharashtra, which has no state line in helplines.json: the national one.
        assert "call 14434" in noted["text"]
        [reported] = await worker.press(f"rep:{gig_id}:unpaid")  # the report flow, reason chosen
        assert "Our team will look at this gig" in reported["text"]
        await telegram_server.wait_for_messages(admin.id, 2)
        assert f"not paid in full for gig #{gig_id}" in admin.inbox[-1]["text"]
        [hired] = await employer.press(f"oc:e:{gig_id}:{worker.id}")
        assert "Noted" in hired["text"]

        # Another worker sees the employer's record on the gig card; the employer's next post is held.
        transcript.note("another worker sees the employer's record on a gig card; their next post is held")
        await onboard(other, "electrician, wiring, Andheri, 700 per day")
        shown = await other.command("matches", expect=2)
        card = next(m for m in shown if f"int:{gig_id}" in m["buttons"])
        assert "📊 1 gig(s) · 0 worker(s) confirmed paid · 1 said not paid in full" in card["text"]
        await employer.say("Need an electrician in Powai, wiring work, 900 per day")
        [held] = await employer.press("gig:publish")
        assert "waits for an admin" in held["text"]
        assert "Powai" not in _texts(await other.command("matches", expect=2))
        transcript.note("end of the loop")
        transcript.save(tmp_path / "transcript.txt")
        if TRANSCRIPT_PATH:
            transcript.save(Path(TRANSCRIPT_PATH))

        # Being paid after all resolves it: the record says so, and posts go straight out again.
        _, item = await worker.command("applications", expect=2)
        assert "You said you were paid less" in item["text"]
        [resolved] = await worker.press(f"oc:p:{gig_id}")
        assert "paid" in resolved["text"]
        shown = await other.command("matches", expect=2)
        assert "1 worker(s) confirmed paid" in _texts(shown) and "not paid in full" not in _texts(shown)
        await employer.say("Need an electrician in Bandra, wiring work, 900 per day")
        [published] = await employer.press("gig:publish")
        assert "Published" in published["text"]

    with sqlite3.connect(settings.database_path) as db:
        rows = db.execute("SELECT role, answer FROM outcomes ORDER BY role").fetchall()
    assert rows == [("employer", "hired"), ("worker", "paid")]

    # Operators count it all: the held post never went live, so two posts.
    assert await run_stats(settings, as_json=True, since_day=None) == 0
    counted = json.loads(capsys.readouterr().out)
    expected = {"posts": 2, "applications": 1, "shortlists": 1, "hires": 1, "paid": 1}
    assert counted["totals"] == expected
    assert list(counted["trades"].values()) == [expected] and len(counted["days"]) == 1
    assert await run_stats(settings, as_json=False, since_day=None) == 0
    table = capsys.readouterr().out
    assert "applications" in table and "total" in table and "day (Asia/Kolkata)" in table
    assert await run_stats(settings, as_json=False, since_day="yesterday") == 2
    assert "YYYY-MM-DD" in capsys.readouterr().out


async def _tap_again(user: User, data: str, message_id: int) -> list[dict[str, Any]]:
    """Send a button's data a second time, as a stale or replayed tap would."""
    before = len(user.inbox)
    user.server.push_callback(user.id, data, message_id)
    await user.server.wait_for_messages(user.id, before + 1)
    await asyncio.sleep(0.3)
    return user.inbox[before:]


async def test_withdraw_invitations_until_answered_and_no_duplicate_invite(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 802)
    worker = User(telegram_server, 603, username="asha_e")
    async with running_bot(settings):
        applied = await post_gig(employer, "Need an electrician in Andheri, wiring work, 900 per day")
        invited = await post_gig(employer, "Electrician needed in Powai, wiring work, 950 per day")
        await onboard(worker, "electrician, house wiring, Andheri, 800 per day, 4 years")
        await worker.command("matches", expect=3)
        await worker.press(f"int:{applied}")
        await worker.press(f"send:{applied}:c")

        # Withdraw: the employer is told and no longer sees her card.
        items = await worker.command("applications", expect=2)
        assert f"wd:{applied}" in items[-1]["buttons"] and "sent, waiting" in items[-1]["text"]
        employer_before = len(employer.inbox)
        [withdrawn] = await worker.press(f"wd:{applied}")
        assert "Withdrawn" in withdrawn["text"]
        await telegram_server.wait_for_messages(employer.id, employer_before + 1)
        assert "withdrew" in employer.inbox[-1]["text"]
        await employer.command("mygigs", expect=2)
        listed = await employer.press(f"ap:{applied}", expect=2)
        assert "withdrew" in listed[-1]["text"] and "asha_e" not in _texts(listed)

        # Invite once: a second tap of the same Invite sends nothing more.
        found = await employer.press(f"fw:{invited}")
        invite = next(data for data in found[0]["buttons"] if data == f"inv:{invited}:{worker.id}")
        worker_before = len(worker.inbox)
        await employer.press(invite)
        await telegram_server.wait_for_messages(worker.id, worker_before + 1)
        [again] = await _tap_again(employer, invite, found[0]["message_id"])
        assert "can't be invited" in again["text"]
        assert len(worker.inbox) == worker_before + 1

        # The invitation stays at the top of /matches, marked, until she answers; Find workers leaves her out.
        shown = await worker.command("matches", expect=2)
        assert "invited you" in shown[0]["text"] and f"int:{invited}" in shown[0]["buttons"]
        assert sum(f"int:{invited}" in message["buttons"] for message in shown) == 1
        assert "invited you, waiting for your answer" in _texts(
            await worker.command("applications", expect=3)
        )
        [nobody] = await _refind(employer, invited)
        assert "No workers fit" in nobody["text"]
        await worker.press(f"hide:{invited}")
        await worker.press(f"hide_ok:{invited}")
        assert "invited you" not in _texts(await worker.command("matches"))
        await employer.command("mygigs", expect=2)
        listed = await employer.press(f"ap:{invited}", expect=2)
        assert "You invited this worker" in listed[-1]["text"] and "They said no" in listed[-1]["text"]


async def _refind(employer: User, gig_id: int) -> list[dict[str, Any]]:
    await employer.command("mygigs", expect=2)
    return await employer.press(f"fw:{gig_id}")


async def test_no_find_workers_on_a_held_post(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 803)
    guard = User(telegram_server, 604)
    async with running_bot(settings):
        await onboard(guard, "security guard, Thane, 15000 per month, 4 years")
        await employer.say("Hiring security guards in Thane, 16000 per month. Registration fee Rs 500 first.")
        [held] = await employer.press("gig:publish")
        assert "can't publish" in held["text"]
        [listed] = await employer.command("mygigs")
        assert "held for review" in listed["text"]
        assert not any(data.startswith("fw:") for data in listed["buttons"])
        gig_id = int(next(d for d in listed["buttons"] if d.startswith("gig:cancel:")).split(":")[2])
        [refused] = await _tap_again(employer, f"fw:{gig_id}", listed["message_id"])
        assert "only on open gigs" in refused["text"] and "Worker" not in refused["text"]


async def test_delete_of_either_side_keeps_the_other_consistent(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, **OUTCOMES_NOW)
    employer = User(telegram_server, 804)
    paid = User(telegram_server, 605, username="meena_e")
    waiting = User(telegram_server, 606, username="kiran_e")
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need an electrician in Andheri, wiring work, 900 per day")
        for worker in (paid, waiting):
            await onboard(worker, "electrician, house wiring, Andheri, 800 per day")
            await _apply(worker, gig_id, employer)
        await employer.press(f"sl:{gig_id}:{paid.id}")
        await _wait_for(paid, "Were you paid what was agreed?")
        await paid.press(f"oc:w:{gig_id}:paid")

        # The paid worker leaves: her rows go, the employer's record keeps her answer without her.
        await paid.command("delete")
        await paid.press("delete:yes")
        await employer.command("mygigs")
        listed = _texts(await employer.press(f"ap:{gig_id}", expect=2))
        assert "kiran_e" in listed and "meena_e" not in listed and "1 worker(s) applied" in listed
        shown = await waiting.command("matches", expect=1)
        assert "No open gigs" in _texts(shown)  # she applied already: the gig is in /applications
        apps = _texts(await waiting.command("applications", expect=2))
        assert "📊 1 gig(s) · 1 worker(s) confirmed paid" in apps
        with sqlite3.connect(settings.database_path) as db:
            assert db.execute(
                "SELECT COUNT(*) FROM interests WHERE worker_id = ?", (paid.id,)
            ).fetchone() == (0,)
            assert db.execute("SELECT worker_id, answer FROM outcomes WHERE role = 'worker'").fetchall() == [
                (None, "paid")
            ]

        # The employer leaves: the gig and everything about it go; the worker's list says so.
        await employer.command("delete")
        await employer.press("delete:yes")
        [none] = await waiting.command("applications")
        assert "haven't applied" in none["text"]
    with sqlite3.connect(settings.database_path) as db:
        for table in ("gigs", "interests", "outcomes"):
            assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table


async def test_a_dated_gig_is_asked_after_its_day_and_not_yet_asks_again(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    # "Not yet" asks again after about a second here (GIGMATCH_OUTCOME_REASK_DAYS).
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_OUTCOME_REASK_DAYS=0.00001, **OUTCOMES_NOW)
    employer = User(telegram_server, 805)
    worker = User(telegram_server, 607, username="sunil_e")
    async with running_bot(settings):
        dated = await post_gig(employer, "Need an electrician in Andheri this Saturday, wiring, 900 per day")
        undated = await post_gig(employer, "Need an electrician in Powai, wiring work, 900 per day")
        await onboard(worker, "electrician, house wiring, Andheri, 800 per day")
        for gig_id, shown in ((dated, 3), (undated, 2)):
            await worker.command("matches", expect=shown)
            await worker.press(f"int:{gig_id}")
            await worker.press(f"send:{gig_id}:c")
            await employer.press(f"sl:{gig_id}:{worker.id}")

        # The undated gig is asked about at once; the dated one waits for the end of its Saturday.
        question = await _wait_for(worker, "Were you paid what was agreed?")
        assert f"oc:w:{undated}:not_yet" in question["buttons"]
        with sqlite3.connect(settings.database_path) as db:
            [(due, expires, asked)] = db.execute(
                """SELECT o.due_at, g.expires_at, o.asked_at FROM outcomes o JOIN gigs g ON g.id = o.gig_id
                   WHERE o.gig_id = ? AND o.role = 'worker'""",
                (dated,),
            )
        assert due == expires and asked is None
        assert not any(f"oc:w:{dated}:" in d for m in worker.inbox for d in m["buttons"])

        [later] = await worker.press(f"oc:w:{undated}:not_yet")
        assert "ask again" in later["text"]
        asked_before = sum("Were you paid" in message["text"] for message in worker.inbox)
        for _ in range(100):
            if sum("Were you paid" in message["text"] for message in worker.inbox) > asked_before:
                break
            await asyncio.sleep(0.1)
        assert f"oc:w:{undated}:paid" in worker.inbox[-1]["buttons"]


async def test_an_admin_resolves_an_unpaid_answer_the_worker_can_no_longer_resolve(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID], **OUTCOMES_NOW)
    employer = User(telegram_server, 806)
    worker = User(telegram_server, 608, username="ramesh_e")
    admin = User(telegram_server, ADMIN_ID)
    async with running_bot(settings):
        await admin.command("start")
        gig_id = await post_gig(employer, "Need an electrician in Andheri, wiring work, 900 per day")
        await onboard(worker, "electrician, house wiring, Andheri, 800 per day")
        await _apply(worker, gig_id, employer)
        await employer.press(f"sl:{gig_id}:{worker.id}")
        await _wait_for(worker, "Were you paid what was agreed?")
        await worker.press(f"oc:w:{gig_id}:unpaid")
        notice = await _wait_for(admin, f"not paid in full for gig #{gig_id}")
        # The worker leaves: only an admin can now lift the hold on the employer's posts.
        await worker.command("delete")
        await worker.press("delete:yes")
        await employer.say("Need an electrician in Powai, wiring work, 900 per day")
        [held] = await employer.press("gig:publish")
        assert "waits for an admin" in held["text"]

        resolve = notice["buttons"][0]
        [resolved] = await _tap_again(admin, resolve, notice["message_id"])
        assert "Marked resolved" in resolved["text"]
        [again] = await _tap_again(admin, resolve, notice["message_id"])
        assert "expired" in again["text"]
        await employer.say("Need an electrician in Bandra, wiring work, 900 per day")
        [published] = await employer.press("gig:publish")
        assert "Published" in published["text"]
