"""Over HTTP, as an attacker would: groups, late and forged button presses, replays and bad ids."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot

APOLOGY = "something went wrong"
EXPIRED = "This button has expired"
GROUP = -100500


def _chat_ids(settings: Any) -> dict[int, int]:
    with sqlite3.connect(settings.database_path) as db:
        return dict(db.execute("SELECT id, chat_id FROM users"))


def _failures(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


async def test_no_group_or_channel_update_moves_a_users_private_news(
    tmp_path: Path, telegram_server: FakeTelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 760)
    worker = User(telegram_server, 560, username="meena_c")
    server = telegram_server
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need a cook in Indore for home, 9000 per month")
        await onboard(worker, "I am a cook, ghar ka khana, Indore, 10000 per month")

        # Every kind of update from a group, a supergroup or a channel, edited or not.
        in_group = server.push_group_text(employer.id, GROUP, "hello bot")
        server.push_edited_text(employer.id, in_group, "hello bot, edited")
        in_supergroup = server.push_group_text(worker.id, GROUP - 1, "hi", chat_type="supergroup")
        server.push_edited_text(worker.id, in_supergroup, "hi!")
        server.push_raw({"channel_post": server.channel_post(GROUP - 2, "news")})
        server.push_raw({"edited_channel_post": server.channel_post(GROUP - 2, "news, edited")})
        [group_message, *_] = await server.wait_for_messages(GROUP, 1)
        query = {
            "id": "forged-1",
            "from": {"id": worker.id, "is_bot": False, "first_name": "W"},
            "chat_instance": "ci",
            "data": f"int:{gig_id}",
            "message": {
                "message_id": group_message["message_id"],
                "date": 1,
                "chat": {"id": GROUP, "type": "group", "title": "G"},
                "text": group_message["text"],
            },
        }
        server.push_raw({"callback_query": query})
        # And the private kinds: an edit, a sticker, a location, a contact, a photo; each gets one answer.
        private_before = len(worker.inbox)
        said = server.push_text(worker.id, "hello")
        server.push_edited_text(worker.id, said, "hello again")
        server.push_sticker(worker.id)
        server.push_location(worker.id, 22.72, 75.86)
        server.push_contact(worker.id, "+91 90000 00000")
        server.push_photo(worker.id, "my work")
        await server.wait_until(lambda: server.pending_updates() == 0, timeout=20)
        await server.wait_for_messages(worker.id, private_before + 6, timeout=20)

        assert _chat_ids(settings) == {employer.id: employer.id, worker.id: worker.id}
        assert all("private chats only" in message["text"] for message in server.sent_to(GROUP))

        # Notifications still reach the employer's private chat, never a group.
        await worker.command("matches", expect=2)
        await worker.press(f"int:{gig_id}")
        before = len(employer.inbox)
        await worker.press(f"send:{gig_id}:c")
        await server.wait_for_messages(employer.id, before + 1)
        assert "@meena_c" in employer.inbox[-1]["text"]
        group_texts = [m["text"] for chat in (GROUP, GROUP - 1, GROUP - 2) for m in server.sent_to(chat)]
        assert not any("@meena_c" in text or "interested" in text for text in group_texts)
    assert not _failures(caplog)


async def test_a_late_button_press_still_gets_its_answer(
    tmp_path: Path, telegram_server: FakeTelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 561)
    async with running_bot(settings):
        await worker.command("start")
        telegram_server.callback_queries_too_old = True
        [asked] = await worker.press("role:worker")
        assert "work" in asked["text"].lower() and APOLOGY not in asked["text"]
    assert not _failures(caplog)


async def test_a_press_on_a_message_telegram_no_longer_shows_still_gets_its_answer(
    tmp_path: Path, telegram_server: FakeTelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 562)
    async with running_bot(settings):
        [menu] = await worker.command("start")
        data = next(data for data in menu["buttons"] if data.startswith("role:worker"))
        # A message older than 48 hours comes as an "inaccessible message": its chat and id, date 0.
        chat = {"id": worker.id, "type": "private", "first_name": "Worker"}
        query = {
            "id": "old-press",
            "from": {"id": worker.id, "is_bot": False, "first_name": "Worker", "language_code": "en"},
            "chat_instance": "ci-old",
            "data": data,
            "message": {"chat": chat, "message_id": menu["message_id"], "date": 0},
        }
        telegram_server.push_raw({"callback_query": query})
        [asked] = (await telegram_server.wait_for_messages(worker.id, 2, timeout=20))[1:]
    assert "work" in asked["text"].lower() and APOLOGY not in asked["text"]
    assert telegram_server.sent_to(worker.id)[0]["buttons"] == []  # the old menu's buttons came down
    assert not _failures(caplog)


async def test_stale_and_unknown_buttons_say_expired_and_show_the_current_view(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 562)
    employer = User(telegram_server, 762)
    async with running_bot(settings):
        await onboard(worker, "driver, Pune, 700 per day")
        expired, view = await worker.forge("profile:save", expect=2)
        assert EXPIRED in expired["text"] and "matches:0" in view["buttons"]
        expired, view = await worker.forge("nonsense:1", expect=2)
        assert EXPIRED in expired["text"] and "matches:0" in view["buttons"]

        # A stale "Publish" while another draft waits shows that draft again.
        await employer.say("Need a cook in Indore for home, 9000 per month")
        expired, card = await employer.forge("delete:yes", expect=2)
        assert EXPIRED in expired["text"] and "gig:publish" in card["buttons"]


@pytest.mark.parametrize(
    "data",
    [
        "matches:99999999999999999999999999",
        "matches:-5",
        "matches:3",
        "hide:999999",
        "hide:99999999999999999999999999",
        "int:abc",
        "send:424242:c",
        "alerts:mode:hourly",
        "alerts:time:25:00",
        "alerts:time",
        "lang:xx",
        "lang",
        "review:approve:1",
        "sl:1:2",
        "inv:1:2",
        "fw:1",
        "gig:filled:1",
        "gig:publish",
        "profile:change",
        "delete:yes",
        "role:admin",
        "",
        ":::",
    ],
)
async def test_any_button_data_gets_a_friendly_answer(
    tmp_path: Path, telegram_server: FakeTelegramServer, caplog: pytest.LogCaptureFixture, data: str
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    stranger = User(telegram_server, 563)  # no profile, no gigs
    async with running_bot(settings):
        await stranger.command("help")
        replies = await stranger.forge(data)
        assert replies and all(APOLOGY not in reply["text"] and reply["text"] for reply in replies)
    assert not _failures(caplog)


async def test_not_for_me_on_a_deleted_gig(
    tmp_path: Path, telegram_server: FakeTelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 764)
    worker = User(telegram_server, 564)
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need a cook in Indore for home, 9000 per month")
        await onboard(worker, "I am a cook, ghar ka khana, Indore, 10000 per month")
        await worker.command("matches", expect=2)
        await employer.command("delete")
        await employer.press("delete:yes")
        [answer] = await worker.press(f"hide:{gig_id}")
        assert "no longer open" in answer["text"]
    assert not _failures(caplog)


async def test_button_actions_check_state_not_only_ownership(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[900])
    employer = User(telegram_server, 765)
    other_employer = User(telegram_server, 766)
    admin = User(telegram_server, 900)
    worker = User(telegram_server, 565, username="raju_d")
    shy = User(telegram_server, 566)
    async with running_bot(settings):
        await admin.command("start")
        await other_employer.command("start")
        gig_id = await post_gig(employer, "Need a cook in Indore for home, 9000 per month")
        await onboard(worker, "I am a cook, ghar ka khana, Indore, 10000 per month")
        await onboard(shy, "cook, Indore, 9500 per month")

        # Invitations reach only workers "Find workers" offered, once, with one answer for every refusal.
        await employer.command("mygigs")
        refusals = set()
        for target in (admin.id, other_employer.id, 123456789, worker.id):
            [refused] = await employer.forge(f"inv:{gig_id}:{target}")
            refusals.add(refused["text"])
        assert len(refusals) == 1 and "can't be invited" in refusals.pop()
        assert not any("invited you" in m["text"] for u in (admin, other_employer, worker) for m in u.inbox)
        await employer.command("mygigs")
        await employer.press(f"fw:{gig_id}", expect=2)
        worker_before = len(worker.inbox)
        await employer.forge(f"inv:{gig_id}:{worker.id}")
        for _ in range(3):
            [again] = await employer.forge(f"inv:{gig_id}:{worker.id}")
            assert "can't be invited" in again["text"]
        assert sum("invited you" in m["text"] for m in worker.inbox[worker_before:]) == 1

        # Shortlisting needs an application: an invited worker, or one who tapped "Not for me", is refused.
        [refused] = await employer.forge(f"sl:{gig_id}:{worker.id}")
        assert "Only a worker who sent you their card" in refused["text"]
        await shy.command("matches", expect=2)
        await shy.press(f"hide:{gig_id}")
        await shy.press(f"hide_ok:{gig_id}")
        [refused] = await employer.forge(f"sl:{gig_id}:{shy.id}")
        assert "Only a worker who sent you their card" in refused["text"]
        assert not any("shortlisted" in m["text"] for m in shy.inbox)

        # "Send" three times gives the employer one card.
        await worker.press(f"int:{gig_id}")
        employer_before = len(employer.inbox)
        [sent] = await worker.press(f"send:{gig_id}:c")
        assert "Sent" in sent["text"]
        for _ in range(2):
            [repeat] = await worker.forge(f"send:{gig_id}:c")
            assert "already sent" in repeat["text"]
        await telegram_server.wait_for_messages(employer.id, employer_before + 1)
        assert sum("@raju_d" in m["text"] for m in employer.inbox[employer_before:]) == 1

        # A decision is told to the worker once.
        await employer.press(f"sl:{gig_id}:{worker.id}")
        [repeat] = await employer.forge(f"sl:{gig_id}:{worker.id}")
        assert "Only a worker who sent you their card" in repeat["text"]
        assert sum("shortlisted" in m["text"] for m in worker.inbox) == 1


async def test_post_and_free_text_share_one_posting_limit(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_MAX_GIGS_PER_HOUR=1)
    employer = User(telegram_server, 767)
    async with running_bot(settings):
        await post_gig(employer, "Need a driver in Baner, Pune, 700 per day")
        [throttled] = await employer.command("post")
        assert "limit" in throttled["text"]
        [throttled] = await employer.say("Need a cook in Baner, Pune, 12000 per month")
        assert "limit" in throttled["text"]
    with sqlite3.connect(settings.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM gigs").fetchone() == (1,)


async def test_anonymous_cards_show_coarse_distances_from_the_locality_not_the_shared_point(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 768)
    worker = User(telegram_server, 568)
    async with running_bot(settings):
        gig_ids = [
            await post_gig(employer, f"Electrician needed in {place}, wiring work, 900 per day")
            for place in ("Andheri", "Powai", "Bandra", "Malad")
        ]
        await onboard(worker, "I am an electrician, wiring work, Andheri, 800 per day, 6 years")

        async def cards() -> list[str]:
            texts = []
            for gig_id in gig_ids:
                await employer.command("mygigs", expect=4)
                [card] = await employer.press(f"fw:{gig_id}")
                texts.append(card["text"])
            return texts

        before = await cards()
        telegram_server.push_location(worker.id, 19.12345, 72.86789)  # a point ~3 km from Andheri's centre
        await telegram_server.wait_for_messages(worker.id, len(worker.inbox) + 1)
        after = await cards()
    assert after == before  # what employers see does not move with the worker's own point
    assert all(re.search(r"(under \d+|\d+–\d+|over \d+) km from Andheri", text) for text in before[1:])
    with sqlite3.connect(settings.database_path) as db:
        [(data,)] = db.execute("SELECT data FROM profiles WHERE user_id = ?", (worker.id,))
    assert '"lat":19.12,' in data and '"lon":72.87' in data
