"""A conversation that never traps anyone: issue 13's defects 1-6 and 10, each played over HTTP."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.i18n import LANGUAGES, translate
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot

ADMIN_ID = 950


def _says(key: str, text: str) -> bool:
    """Tell whether a reply is the catalog text for key, in whichever language the user was answered."""
    return any(translate(language, key) in text for language in LANGUAGES)


def _gig_count(database: Path, employer_id: int) -> int:
    with sqlite3.connect(database) as db:
        [(count,)] = db.execute("SELECT COUNT(*) FROM gigs WHERE employer_id = ?", (employer_id,))
    return int(count)


async def test_1_a_workers_first_message_is_not_taken_for_a_post(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 1301)
    switcher = User(telegram_server, 1302)
    async with running_bot(settings):
        # Never a gig card with Publish: the bot reads it as a worker's, or asks which it is.
        [card] = await worker.say(
            "electrican, wiring + fan fitting, 3 yr exp, stay in Goregaon, 700/day, any day"
        )
        assert "gig:publish" not in card["buttons"]
        if "role:worker" in card["buttons"]:
            [card] = await worker.press("role:worker")
        assert "Goregaon" in card["text"] and "₹700/day" in card["text"] and "profile:save" in card["buttons"]

        # A clear "I am looking for work" at any point switches the flow and keeps what was said.
        [post] = await switcher.say("Need a plumber in Goregaon, 600/day")
        assert "gig:publish" in post["buttons"]
        switched, profile = await switcher.say("no no I am looking for work", expect=2)
        assert "looking for work" in switched["text"]
        assert "plumber" in profile["text"] and "Goregaon" in profile["text"]
        assert "profile:save" in profile["buttons"]
        [hinglish] = await User(telegram_server, 1303).say("main kaam dhundh raha hu")
        assert "gig:publish" not in hinglish["buttons"] and _says("interview.ask_skills", hinglish["text"])
    assert _gig_count(settings.database_path, switcher.id) == 0


async def test_2_an_incomplete_gig_never_goes_live(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 1310)
    async with running_bot(settings):
        # A stale "Post a gig" button, then "cancel": cancelled, no empty card with Publish.
        await employer.command("help")
        await employer.forge("post:new")
        [cancelled] = await employer.say("cancel")
        assert "cancelled" in cancelled["text"].lower() and "gig:publish" not in cancelled["buttons"]

        # The bot asks for what is missing, one thing at a time, and offers Publish only when complete.
        await employer.command("post")
        [where] = await employer.say("plumber chahiye, bathroom fitting")
        assert "Where" in where["text"] and "gig:publish" not in where["buttons"]
        [pay] = await employer.say("Kothrud, Pune")
        assert "pay" in pay["text"].lower() and "gig:publish" not in pay["buttons"]
        [still] = await employer.say("tomorrow morning")
        assert "pay" in still["text"].lower() and "gig:publish" not in still["buttons"]
        [asked_again] = await employer.forge("gig:publish")
        assert "pay" in asked_again["text"].lower() and "gig:publish" not in asked_again["buttons"]
        [card] = await employer.say("700 per day")
        assert "gig:publish" in card["buttons"] and "₹700/day" in card["text"]
    assert _gig_count(settings.database_path, employer.id) == 0


async def test_3_universal_words_work_in_every_state(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_ADMIN_IDS=[ADMIN_ID])
    admin = User(telegram_server, ADMIN_ID)
    worker = User(telegram_server, 1320, username="sunita_c")
    employer = User(telegram_server, 1321)
    async with running_bot(settings):
        await admin.command("start")
        helped, menu = await worker.say("help", expect=2)
        assert "I find paid work" in helped["text"] and "role:worker" in menu["buttons"]

        await worker.command("start")
        await worker.press("role:worker")
        await worker.say("cook hu")
        helped, question = await worker.say("मदद", expect=2)
        assert _says("help.interview", helped["text"]) and "?" in question["text"]
        _undone, back = await worker.say("wapas", expect=2)
        assert _says("interview.open_question", back["text"])  # back to the first question
        [stopped] = await worker.say("ruko")
        assert _says("cancelled", stopped["text"])

        await employer.say("Need a cook in Indore for home, 9000 per month")
        [back] = await employer.say("back")
        assert "what to change" in back["text"]
        [cancelled] = await employer.say("cancel")
        assert "cancelled" in cancelled["text"].lower()
        undone, card = await employer.say("undo", expect=2)
        assert "Undone" in undone["text"] and "gig:publish" in card["buttons"]
        over, menu = await employer.say("start over", expect=2)
        assert "start over" in over["text"].lower() and "role:employer" in menu["buttons"]

        [passed] = await worker.say("talk to a person")
        assert _says("universal.human_sent", passed["text"])
        assert any("@sunita_c" in m["text"] and "talk to a person" in m["text"] for m in admin.inbox)
    assert _gig_count(settings.database_path, employer.id) == 0


async def test_4_off_topic_text_while_a_profile_waits_says_what_is_needed(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 1330)
    async with running_bot(settings):
        await worker.command("start")
        await worker.press("role:worker")
        await worker.say("driver, Pune, 700 per day")
        for text in ("what is the weather", "मुझे कितना पैसा मिलेगा?", "🙏🙏"):
            [answer] = await worker.say(text)
            assert "Here is what I understood" not in answer["text"], text
            assert "profile:save" in answer["buttons"], text
            assert _says("profile.need_answer", answer["text"]), text


async def test_5_one_question_at_a_time_and_drafts_survive_a_restart(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 1340)
    async with running_bot(settings):
        await worker.command("start")
        [first] = await worker.press("role:worker")
        assert "(1 of 3)" in first["text"] and "pay" not in first["text"] and "days" not in first["text"]
        [second] = await worker.say("electrician, house wiring")
        assert "(2 of 3)" in second["text"] and "area" in second["text"] and "pay" not in second["text"]
        [card] = await worker.say("Andheri, 800 per day")
        assert "profile:save" in card["buttons"]
    async with running_bot(settings):
        [waiting] = await worker.command("profile")
        assert _says("profile.draft_waiting", waiting["text"]) and "house wiring" in waiting["text"]
        [resumed] = await worker.press("profile:start")
        assert "profile:save" in resumed["buttons"] and "Andheri" in resumed["text"]


async def test_6_destructive_taps_ask_first(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 1350)
    worker = User(telegram_server, 1351, username="ravi_c")
    async with running_bot(settings):
        gig_id = await post_gig(employer, "Need a cook in Indore for home, 9000 per month")
        await onboard(worker, "cook hu, ghar ka khana, Indore, 10000 per month")
        await worker.command("matches", expect=2)

        [asked] = await worker.press(f"hide:{gig_id}")
        assert f"hide_ok:{gig_id}" in asked["buttons"] and "keep" in asked["buttons"]
        [kept] = await worker.press("keep")
        assert _says("confirm.kept", kept["text"])
        shown = await worker.command("matches", expect=2)
        assert any(f"int:{gig_id}" in m["buttons"] for m in shown)

        await worker.press(f"int:{gig_id}")
        await worker.press(f"send:{gig_id}:c")
        [asked] = await employer.press(f"dc:{gig_id}:{worker.id}")
        assert "Decline this worker?" in asked["text"]
        assert not any("declined" in m["text"].lower() for m in worker.inbox)

        await employer.command("mygigs")
        [asked] = await employer.press(f"gig:cancel:{gig_id}")
        assert f"gig:cancel_ok:{gig_id}" in asked["buttons"]
        [closed] = await employer.press(f"gig:cancel_ok:{gig_id}")
        assert "cancelled" in closed["text"]


async def test_10_a_volunteered_protected_attribute_gets_a_kind_note(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 1360)
    hindi = User(telegram_server, 1361, language_code="hi")
    async with running_bot(settings):
        await worker.command("start")
        await worker.press("role:worker")
        card, note = await worker.say(
            "I am a Hindu, 45 years old. Electrician in Pune, 700 per day", expect=2
        )
        assert "profile:save" in card["buttons"] and "45" not in card["text"]
        assert note["text"] == translate("en", "protected.not_needed")

        await hindi.command("start")
        await hindi.press("role:worker")
        *_, note = await hindi.say("मैं ब्राह्मण हूँ, प्लंबर, पटना, 600 रोज़", expect=2)
        assert note["text"] == translate("hi", "protected.not_needed")
