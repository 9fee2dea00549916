"""Trades nobody wrote rules for, in the scripts people use, over HTTP against the fake Bot API."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot


async def test_a_bengali_physiotherapist_onboards_in_two_turns_and_gets_the_physio_gig(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    physio_clinic, restaurant = User(telegram_server, 700), User(telegram_server, 701)
    worker = User(telegram_server, 501, language_code="bn")
    async with running_bot(settings):
        await post_gig(physio_clinic, "Need a physiotherapist for home visits in Siliguri, ₹600 per visit")
        await post_gig(restaurant, "Cook needed for our dhaba in Siliguri, salary 9000 per month")

        await worker.command("start")
        await worker.press("role:worker")
        # Turn 1: everything in Bengali script; turn 2: one tap.
        [card] = await worker.say("আমি ফিজিওথেরাপিস্ট, শিলিগুড়িতে থাকি, ৫ বছর অভিজ্ঞতা, প্রতি ভিজিট ৫০০ টাকা")
        assert "physiotherapy" in card["text"] and "Siliguri" in card["text"]
        assert "profile:save" in card["buttons"]
        await worker.press("profile:save")

        shown = await worker.command("matches", expect=2)
        texts = " ".join(message["text"] for message in shown)
        assert "physiotherapy" in texts and "₹600" in texts
        assert "9,000" not in texts and "Cook" not in texts


async def test_a_tamil_welder_is_read_by_sound_and_matched(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    workshop = User(telegram_server, 700)
    worker = User(telegram_server, 502)
    async with running_bot(settings):
        await post_gig(workshop, "Welder needed for gate fabrication in Madurai, 850 per day")
        await worker.command("start")
        await worker.press("role:worker")
        [card] = await worker.say("நான் வெல்டர், மதுரை, 6 வருட அனுபவம், நாள் ஒன்றுக்கு 800 ரூபாய்")
        assert "welding" in card["text"] and "Madurai" in card["text"] and "800" in card["text"]
        await worker.press("profile:save")
        shown = await worker.command("matches", expect=2)
        assert any("Madurai" in message["text"] and "850" in message["text"] for message in shown)


async def test_corrections_remove_a_skill_add_a_travel_city_and_keep_home(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 503)
    async with running_bot(settings):
        await onboard(worker, "electrician hu aur AC repair bhi karta hu, Ranchi, 700 per din, 5 saal")
        [profile] = await worker.command("profile")
        assert "AC servicing" in profile["text"] and "Ranchi" in profile["text"]

        [changed] = await worker.say("I don't do AC repair anymore")
        assert "AC servicing" not in changed["text"] and "house wiring" in changed["text"]
        await worker.press("profile:save")

        [changed] = await worker.say("can also travel to Jamshedpur")
        assert "Jamshedpur" in changed["text"] and "Ranchi" in changed["text"]
        await worker.press("profile:save")

        [changed] = await worker.say("I don't travel to Jamshedpur")
        assert "Jamshedpur" not in changed["text"] and "Ranchi" in changed["text"]


async def test_a_gig_in_an_unrelated_trade_is_never_shown(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 700)
    worker = User(telegram_server, 504)
    async with running_bot(settings):
        # The trade is not understood: the employer is asked what the work is, and may keep their words.
        [asked] = await employer.say("Need a sarangi player for a wedding sangeet in Jaipur, 3000 fixed")
        assert "What work" in asked["text"] and "gig:publish" not in (asked.get("buttons") or [])
        [card] = await employer.say("sarangi musician")
        assert "gig:publish" in card["buttons"], card["text"]
        await employer.press("gig:publish")

        await onboard(worker, "plumber hu, Jaipur me rehta hu, 600 per day, bathroom fitting")
        [shown] = await worker.command("matches")
        assert "sarangi" not in shown["text"].lower() and "3,000" not in shown["text"]
