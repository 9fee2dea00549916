"""Replies over HTTP under Telegram's limits and faults: every reply of a turn arrives, in order."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import pytest

from tests.alerts_support import AlertsStack, seed_gigs, seed_workers
from tests.fakes.telegram_server import FakeTelegramServer, Fault
from tests.harness import User, make_settings, onboard, post_gig, running_bot

DAY = 86400.0


async def test_replies_survive_429_and_server_errors_in_order(
    tmp_path: Path, telegram_server: FakeTelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 770)
    worker = User(telegram_server, 570)
    async with running_bot(settings):
        for place in ("Andheri", "Powai", "Bandra", "Malad", "Goregaon", "Kurla"):
            await post_gig(employer, f"Electrician needed in {place}, wiring work, 900 per day")
        await onboard(worker, "I am an electrician, wiring work, Andheri, 800 per day, 6 years")
        telegram_server.script_faults(
            worker.id, [Fault(429, retry_after=1), Fault(502), Fault(429, retry_after=1), Fault(500)]
        )
        shown = await worker.command("matches", expect=7)
    assert len(shown) == 7
    assert shown[0]["text"].startswith("Gigs that fit you")
    assert any(data.startswith("matches:") for data in shown[-1]["buttons"])  # "More" comes last
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_burst_of_messages_gets_every_answer_under_the_chat_limit(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    worker = User(telegram_server, 571)
    async with running_bot(settings):
        await worker.command("help")
        telegram_server.enforce_limits(chat_per_second=1.0)
        before = len(worker.inbox)
        for _ in range(8):
            telegram_server.push_command(worker.id, "help")
        answers = await telegram_server.wait_for_messages(worker.id, before + 8, timeout=40)
    assert len(answers) == before + 8
    assert telegram_server.stats()["errors_sent"].get(429, 0) > 0  # the limit really bit


async def test_a_turn_whose_second_reply_hits_429_and_third_times_out_arrives_whole_and_in_order(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(tmp_path, telegram_server)
    employer = User(telegram_server, 772)
    worker = User(telegram_server, 572)
    async with running_bot(settings):
        for place in ("Andheri", "Powai"):
            await post_gig(employer, f"Electrician needed in {place}, wiring work, 900 per day")
        await onboard(worker, "I am an electrician, wiring work, Andheri, 800 per day, 6 years")
        calm = await worker.command("matches", expect=3)
        # The first send goes through, the second is told to wait, the third is answered only after the
        # bot's 5 s read timeout (and never arrives): the turn's state is committed, its replies must follow.
        telegram_server.script_faults(worker.id, [Fault(), Fault(429, retry_after=1), Fault(502, delay=5.5)])
        stormy = await worker.command("matches", expect=3)
    assert [m["text"] for m in stormy] == [m["text"] for m in calm]
    assert stormy[0]["text"].startswith("Gigs that fit you") and len(stormy) == 3
    assert telegram_server.stats()["errors_sent"][429] >= 1


async def test_a_reply_during_a_digest_run_goes_before_the_queued_digests_within_the_global_limit(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    # 4 messages a second overall: the 60 digests take 15 s to send; a 7-message answer (a header, five
    # cards, "Want to see more?") takes 1.75 s on its own, and 8.75 s if each waited behind the alerts.
    # The start-up catch-up would send these digests itself if seeding outlasted its delay (a busy machine):
    # this run is the test's own, so the catch-up waits for an hour.
    settings = make_settings(
        tmp_path, telegram_server, GIGMATCH_RATE_GLOBAL=4, GIGMATCH_ALERTS_STARTUP_DELAY_SECONDS=3600
    )
    async with running_bot(settings) as bot:
        assert bot.services is not None and bot.sender is not None
        stack = AlertsStack(bot.services)
        workers = await seed_workers(stack, 60, created_at=time.time() - DAY)
        await seed_gigs(stack, 120)
        asker = User(telegram_server, workers[0])
        # All seven: at 4 a second the last comes 0.25 s after the sixth, close to the harness's settling.
        calm = await asker.command("matches", expect=7)
        telegram_server.enforce_limits(global_per_second=4, chat_per_second=100)
        digests = asyncio.create_task(bot.services.alerts.run())
        others = workers[1:]
        await telegram_server.wait_until(lambda: sum(map(len, map(telegram_server.sent_to, others))) >= 4, 60)
        before = len(asker.inbox)
        digests_before = sum(map(len, map(telegram_server.sent_to, others)))
        telegram_server.push_command(asker.id, "matches")
        answer = await telegram_server.wait_for_messages(asker.id, before + len(calm), timeout=30)
        # Counted in sends, not seconds, so a busy machine cannot fail it: behind the queue the answer would
        # wait for ~50 digests; ahead of it, only for those already in flight and the alerts' one in five.
        digests_meanwhile = sum(map(len, map(telegram_server.sent_to, others))) - digests_before
        digests_pending = sum(1 for worker in others if not telegram_server.sent_to(worker))
        summary = await asyncio.wait_for(digests, timeout=120)
    assert [m["text"] for m in answer[before:]] == [m["text"] for m in calm]
    assert digests_meanwhile <= 8, f"{digests_meanwhile} digests went out while the answer waited"
    assert digests_pending > 10  # the digest run was still sending when the answer was complete
    assert summary.sent == len(workers)  # and every digest still went out
    assert telegram_server.stats()["violations_global"] == 0
    assert len(bot.sender.turns) == 0  # no lock kept for users whose replies are all sent
