"""Over HTTP: a non-Latin scam is held; reports hold gigs for admins; who a worker is never filters a gig."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot

ADMIN_ID = 910
GUARD_GIG = "Security guards needed in Thane, 16000 per month, night shift"
GUARD_WORKER = "I am a security guard, I live in Thane, 15000 per month, 4 years experience"


async def _admin_and_guards(admin: User, *guards: User) -> None:
    """Let the admin start the bot (so notices reach them) and onboard each guard."""
    await admin.command("start")
    for guard in guards:
        await onboard(guard, GUARD_WORKER)


async def test_a_tamil_scam_is_held_and_reaches_no_worker(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID])
    employer, admin, guard = (User(telegram_server, uid) for uid in (720, ADMIN_ID, 520))
    async with running_bot(settings):
        await _admin_and_guards(admin, guard)
        await employer.say("Security guards needed in Thane, 16000 per month.")
        await employer.press("gig:edit")
        # "Registration fee ₹500 must be paid; then the appointment letter is given." in Tamil.
        [card] = await employer.say("பதிவு கட்டணம் ₹500 செலுத்த வேண்டும், பிறகு நியமனக் கடிதம் தரப்படும்.")
        assert "gig:publish" in card["buttons"]
        [held] = await employer.press("gig:publish")
        assert "can't publish" in held["text"] and "registration fee" in held["text"]
        await admin.command("start")
        assert any("review" in message["text"].lower() for message in admin.inbox)
        [nothing] = await guard.command("matches")
        assert "No open gigs" in nothing["text"]


async def test_a_money_report_holds_the_gig_at_once_and_the_admin_sees_it(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID])
    employer, admin = User(telegram_server, 721), User(telegram_server, ADMIN_ID)
    guard = User(telegram_server, 521, username="secret_reporter")
    async with running_bot(settings):
        await _admin_and_guards(admin, guard)
        gig_id = await post_gig(employer, GUARD_GIG)
        shown = await guard.command("matches", expect=2)
        card = next(message for message in shown if f"rep:{gig_id}" in (message.get("buttons") or []))
        assert f"int:{gig_id}" in card["buttons"]

        [reasons] = await guard.press(f"rep:{gig_id}")
        assert "never told who reported" in reasons["text"]
        assert {f"rep:{gig_id}:{r}" for r in ("money", "fake", "abusive", "discriminatory", "unpaid")} <= set(
            reasons["buttons"]
        )
        [thanks] = await guard.press(f"rep:{gig_id}:money")
        assert "Thank you" in thanks["text"]

        paused = [message["text"] for message in employer.inbox if "paused" in message["text"]]
        assert paused and all("secret_reporter" not in text and "521" not in text for text in paused)
        [nothing] = await guard.command("matches")
        assert "No open gigs" in nothing["text"]

        [item] = await admin.command("review")
        assert "Security guards" in item["text"] and "Asks for money × 1" in item["text"]
        assert "secret_reporter" not in item["text"]
        await admin.press("review:reject:")

        # The report was upheld: this employer's next post waits for an admin too.
        await employer.say("Security guard for our Thane godown, 17000 per month")
        [held] = await employer.press("gig:publish")
        assert "reports about an earlier post" in held["text"]


async def test_other_reasons_hold_a_gig_after_enough_workers(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(
        tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID], GIGMATCH_REPORTS_TO_HOLD=2
    )
    employer, admin = User(telegram_server, 722), User(telegram_server, ADMIN_ID)
    first, second = User(telegram_server, 522), User(telegram_server, 523)
    async with running_bot(settings):
        await _admin_and_guards(admin, first, second)
        gig_id = await post_gig(employer, GUARD_GIG)

        await first.command("matches", expect=2)
        await first.press(f"rep:{gig_id}")
        await first.press(f"rep:{gig_id}:fake")
        [again] = await first.forge(f"rep:{gig_id}:fake")
        assert "already reported" in again["text"]
        # One worker's word (twice) is not enough for a reason other than money.
        shown = await second.command("matches", expect=2)
        assert any(f"rep:{gig_id}" in (message.get("buttons") or []) for message in shown)

        await second.press(f"rep:{gig_id}")
        await second.press(f"rep:{gig_id}:fake")
        [nothing] = await second.command("matches")
        assert "No open gigs" in nothing["text"]
        [item] = await admin.command("review")
        assert "Fake × 2" in item["text"]


async def test_a_requirement_about_who_a_worker_is_is_dropped_and_the_employer_told_once(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer, cook = User(telegram_server, 723), User(telegram_server, 524)
    async with running_bot(settings):
        await onboard(cook, "I am a cook, I live in Andheri, 14000 per month, 6 years")
        [card] = await employer.say(
            "Need cook in Andheri, only Hindu cook, girls only, below 30, 15000 per month"
        )
        assert (
            "I left out" in card["text"] and "“girls only”" in card["text"] and "“only Hindu”" in card["text"]
        )
        assert "religion" in card["text"] and "gig:publish" in card["buttons"]
        await employer.press("gig:edit")
        [again] = await employer.say("Sunday off")
        assert "I left out" not in again["text"]  # told once per post
        await employer.press("gig:publish")

        with sqlite3.connect(settings.database_path) as db:
            [(data,)] = db.execute("SELECT data FROM gigs WHERE employer_id = ?", (employer.id,))
        stored = json.loads(data)["text"]
        assert "cook" in stored and "Andheri" in stored
        assert not any(word in stored for word in ("Hindu", "girls", "below 30"))
        shown = await cook.command("matches", expect=2)
        assert any("₹15,000/month" in message["text"] for message in shown)
