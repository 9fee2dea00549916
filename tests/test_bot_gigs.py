"""Employers post gigs over HTTP; screening stops scams; workers match, show interest and get invited."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot

ADMIN_ID = 900


async def test_post_publish_list_and_close(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_GIG_TTL_DAYS=30)
    employer = User(telegram_server, 700)
    worker = User(telegram_server, 501, username="ravi_e")
    async with running_bot(settings):
        [card] = await employer.say(
            "Need 2 electricians in Andheri this Saturday, 800/day, wiring + DB fitting"
        )
        assert "house wiring" in card["text"] and "Andheri, Mumbai" in card["text"]
        assert "₹800/day" in card["text"] and "People: 2" in card["text"]
        assert {"gig:publish", "gig:edit", "gig:discard"} <= set(card["buttons"])
        [published] = await employer.press("gig:publish")
        assert "Published" in published["text"]
        with sqlite3.connect(settings.database_path) as db:
            [(expires_at,)] = db.execute("SELECT expires_at FROM gigs WHERE employer_id = ?", (employer.id,))
        # "this Saturday": the gig closes after that day (at most 8 days away), not after the 30-day TTL.
        assert time.time() < expires_at <= time.time() + 8 * 86400

        [listed] = await employer.command("mygigs")
        assert "Status: open" in listed["text"]
        assert any(data.startswith("gig:filled:") for data in listed["buttons"])

        await onboard(worker, "I am an electrician, house wiring, I live in Andheri, 700 per day, 5 years")
        shown = await worker.command("matches", expect=2)
        assert any("house wiring" in message["text"] and "✓" in message["text"] for message in shown)

        [asked] = await employer.press("gig:filled:")
        assert "Mark this gig as filled?" in asked["text"]
        [closed] = await employer.press("gig:filled_ok:")
        assert "filled" in closed["text"]
        [after] = await worker.command("matches")
        assert "No open gigs" in after["text"]


async def test_missing_details_are_asked_once(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 701)
    async with running_bot(settings):
        [question] = await employer.say("need a driver in Andheri")
        assert "pay" in question["text"].lower()
        [card] = await employer.say("18000 per month")
        assert "₹18,000/month" in card["text"] and "gig:publish" in card["buttons"]


async def test_unclear_message_asks_gig_or_work(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server)
    someone = User(telegram_server, 705)
    async with running_bot(settings):
        [question] = await someone.say("plumber Kothrud")
        assert {"role:worker", "role:employer"} <= set(question["buttons"])
        [pay_question] = await someone.press("role:employer")
        assert "pay" in pay_question["text"].lower()
        [card] = await someone.say("700 per day")
        assert (
            "Kothrud, Pune" in card["text"]
            and "₹700/day" in card["text"]
            and "gig:publish" in card["buttons"]
        )


async def test_scam_is_held_for_review_and_never_reaches_a_worker(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID])
    employer = User(telegram_server, 702)
    admin = User(telegram_server, ADMIN_ID)
    guard = User(telegram_server, 503)
    async with running_bot(settings):
        await admin.command("start")
        await onboard(guard, "I am a security guard, I live in Thane, 15000 per month, 4 years experience")

        await employer.say(
            "Hiring security guards in Thane, 16000 per month. "
            "Registration fee Rs 500 to be paid before joining."
        )
        [held] = await employer.press("gig:publish", expect=1)
        assert "can't publish" in held["text"] and "registration fee" in held["text"]
        await admin.command("start")  # the admin's notice has arrived by now
        assert any("review" in message["text"].lower() for message in admin.inbox)

        [nothing] = await guard.command("matches")
        assert "No open gigs" in nothing["text"]

        [item] = await admin.command("review")
        assert "Registration fee" in item["text"]
        await admin.press("review:reject:")
        assert any("will not be published" in message["text"] for message in employer.inbox)
        [still_nothing] = await guard.command("matches")
        assert "No open gigs" in still_nothing["text"]


async def test_admin_approves_a_held_post(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID])
    employer = User(telegram_server, 703)
    admin = User(telegram_server, ADMIN_ID)
    guard = User(telegram_server, 504)
    async with running_bot(settings):
        await admin.command("start")
        await onboard(guard, "security guard, Thane, 15000 per month, 4 years")
        await employer.say(
            "Guard for our Thane warehouse, 16000 pm. Uniform deposit Rs 500, refunded after 3 months."
        )
        [held] = await employer.press("gig:publish")
        assert "can't publish" in held["text"]
        await admin.command("review")
        await admin.press("review:approve:")
        assert any("published" in message["text"] for message in employer.inbox[-2:])
        shown = await guard.command("matches", expect=2)
        assert any("security guard" in message["text"] for message in shown)


async def test_underpaid_gig_warns_first_and_is_marked(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 704)
    async with running_bot(settings):
        await employer.say("Need a cook in Lucknow for home, 100 per day")
        [warning] = await employer.press("gig:publish")
        assert "below the minimum wage" in warning["text"]
        assert "gig:publish_low" in warning["buttons"]
        [published] = await employer.press("gig:publish_low")
        assert "Published" in published["text"]
        [listed] = await employer.command("mygigs")
        assert "below the minimum wage floor" in listed["text"]


async def test_matches_more_hide_interest_consent_and_invite(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 710)
    worker = User(telegram_server, 510, username="ravi_e")
    shy_worker = User(telegram_server, 511)  # no @username: contact only through Telegram's share button
    async with running_bot(settings):
        localities = ["Andheri", "Powai", "Bandra", "Malad", "Goregaon", "Kurla"]
        gig_ids = [
            await post_gig(employer, f"Electrician needed in {place}, wiring work, 900 per day")
            for place in localities
        ]
        await onboard(worker, "I am an electrician, wiring work, Andheri, 800 per day, 6 years")

        first_page = await worker.command("matches", expect=7)
        gig_messages = [
            message for message in first_page if any(d.startswith("int:") for d in message["buttons"])
        ]
        assert len(gig_messages) == 5
        assert f"int:{gig_ids[0]}" in gig_messages[0]["buttons"]  # the gig in the worker's own locality first
        assert "✓ ₹900/day ≥ your ₹800/day" in gig_messages[0]["text"]
        more = await worker.press("matches:5", expect=1)
        assert len([m for m in more if any(d.startswith("int:") for d in m["buttons"])]) == 1

        # Not for me hides a gig for good.
        hidden = gig_messages[-1]["buttons"][1]
        assert hidden.startswith("hide:")
        await worker.press(hidden)
        await worker.press("hide_ok:")
        again = await worker.command("matches", expect=6)  # five left: no "More"
        assert not any(data.startswith("matches:") for message in again for data in message["buttons"])
        assert all(
            hidden.split(":")[1] != d.split(":")[1]
            for m in again
            for d in m["buttons"]
            if d.startswith("int:")
        )

        # I'm interested: the worker sees exactly what will be sent, and nothing goes before the yes.
        employer_inbox_before = len(employer.inbox)
        first_gig = gig_ids[0]
        [preview] = await worker.press(f"int:{first_gig}")
        assert "employer will receive" in preview["text"] and "@ravi_e" in preview["text"]
        assert len(employer.inbox) == employer_inbox_before
        [sent] = await worker.press(f"send:{first_gig}:c")
        assert "Sent" in sent["text"]
        await telegram_server.wait_for_messages(employer.id, employer_inbox_before + 1)
        card = employer.inbox[-1]
        assert "@ravi_e" in card["text"] and "house wiring" in card["text"]
        worker_before = len(worker.inbox)
        [shortlisted] = await employer.press(f"sl:{first_gig}:{worker.id}")
        assert "Shortlisted" in shortlisted["text"]
        await telegram_server.wait_for_messages(worker.id, worker_before + 1)
        assert "shortlisted" in worker.inbox[-1]["text"]

        # A worker without a username is offered Telegram's share-contact button; their card goes without it.
        await onboard(shy_worker, "electrician, wiring, Powai, 850 per day")
        await shy_worker.command("matches", expect=7)
        consent = await shy_worker.press(f"int:{gig_ids[1]}", expect=2)
        assert any(message["request_contact"] for message in consent)
        before, shy_before = len(employer.inbox), len(shy_worker.inbox)
        telegram_server.push_contact(shy_worker.id, "+91 98200 00000")
        await telegram_server.wait_for_messages(employer.id, before + 1)
        assert "+91 98200 00000" in employer.inbox[-1]["text"]
        # The worker's answer takes Telegram's share-contact keyboard down again.
        answer = (await telegram_server.wait_for_messages(shy_worker.id, shy_before + 1))[shy_before]
        assert answer["remove_keyboard"] and not employer.inbox[-1]["remove_keyboard"]

        # The employer finds anonymous workers and invites one; the worker decides.
        await employer.command("mygigs", expect=6)
        invited_gig = next(gig for gig in gig_ids[1:] if f"hide:{gig}" != hidden)
        # The worker who already applied to this gig is among its applicants, not offered again.
        found = await employer.press(f"fw:{invited_gig}", expect=1)
        assert len(found) == 1
        assert all("ravi_e" not in message["text"] and "98200" not in message["text"] for message in found)
        invite = next(d for m in found for d in m["buttons"] if d.endswith(f":{worker.id}"))
        worker_before = len(worker.inbox)
        await employer.press(invite)
        await telegram_server.wait_for_messages(worker.id, worker_before + 1)
        assert "invited you" in worker.inbox[-1]["text"]
        assert f"int:{invited_gig}" in worker.inbox[-1]["buttons"]


async def test_employer_edits_a_gig_and_delete_removes_their_gigs(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 730)
    worker = User(telegram_server, 530)
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need a cook in Indore for home, 9000 per month")
        await employer.command("mygigs")
        [asked] = await employer.press(f"gig:change:{gig_id}")
        assert "change" in asked["text"].lower()
        [card] = await employer.say("pay 12000 per month")
        assert "₹12,000/month" in card["text"]
        [done] = await employer.press("gig:publish")
        assert f"#{gig_id}" in done["text"]  # the same gig, edited, not a second one

        await onboard(worker, "I am a cook, ghar ka khana, Indore, 10000 per month")
        shown = await worker.command("matches", expect=2)
        assert any("₹12,000/month" in message["text"] for message in shown)

        await employer.command("delete")
        await employer.press("delete:yes")
        [nothing] = await worker.command("matches")
        assert "No open gigs" in nothing["text"]
    with sqlite3.connect(settings.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM gigs WHERE employer_id = ?", (employer.id,)).fetchone() == (
            0,
        )


async def test_a_flood_of_posts_is_throttled(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_MAX_GIGS_PER_HOUR=2, GIGMATCH_GIG_TTL_DAYS=3)
    employer = User(telegram_server, 750)
    async with running_bot(settings):
        await post_gig(employer, "Need a driver in Baner, Pune, 700 per day")
        with sqlite3.connect(settings.database_path) as db:
            [(expires_at,)] = db.execute("SELECT expires_at FROM gigs WHERE employer_id = ?", (employer.id,))
        assert (
            abs(expires_at - (time.time() + 3 * 86400)) < 120
        )  # no date named: GIGMATCH_GIG_TTL_DAYS decides
        await post_gig(employer, "Need a cook in Baner, Pune, 12000 per month")
        [throttled] = await employer.say("Need a maid in Baner, Pune, 6000 per month")
        assert "limit" in throttled["text"] and "2 gigs" in throttled["text"]
        assert not throttled["buttons"]
