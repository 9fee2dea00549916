"""Pay said plainly over HTTP: converted figures in reason lines, part-time pay per hour, employers' view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot


def gig_cards(messages: list[dict[str, Any]]) -> list[str]:
    """Return the texts of the gig cards among a turn's replies (those with an interest button)."""
    return [message["text"] for message in messages if any(d.startswith("int:") for d in message["buttons"])]


@pytest.mark.parametrize(
    ("gig_text", "worker_text", "reason"),
    [
        # 18,000 a month is 26 working days of ₹692.
        (
            "Need an electrician in Andheri Mumbai, house wiring, 18000 per month",
            "electrician, house wiring, Andheri Mumbai, 700 per day",
            "✗ ₹18,000/month ≈ ₹692/day < your ₹700/day",
        ),
        # Two hours a day for 26 days is ₹115 an hour, more than ₹700 for an 8-hour day; taken as a full
        # month's work it read as a poor ₹231 a day.
        (
            "Need a cook in Andheri Mumbai, 7 to 9 am daily, 6000 per month",
            "I am a cook, north indian home cooking, live in Andheri Mumbai, 700 per day",
            "✓ ₹6,000/month for 2 h a day ≈ ₹115/hour ≥ your ₹700/day ≈ ₹88/hour",
        ),
    ],
    ids=["month-against-day", "part-time-per-hour"],
)
async def test_workers_see_pay_in_the_unit_they_asked_in(
    tmp_path: Path, telegram_server: FakeTelegramServer, gig_text: str, worker_text: str, reason: str
) -> None:
    employer = User(telegram_server, 720)
    worker = User(telegram_server, 520, username="ravi_e")
    async with running_bot(make_settings(tmp_path, telegram_server)):
        await post_gig(employer, gig_text)
        await onboard(worker, worker_text)
        [card] = gig_cards(await worker.command("matches", expect=2))
        assert reason in card


async def test_employers_read_about_the_worker_in_the_third_person(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    employer = User(telegram_server, 722)
    monthly_employer = User(telegram_server, 723)
    worker = User(telegram_server, 522, username="ravi_e")
    async with running_bot(make_settings(tmp_path, telegram_server)):
        await onboard(worker, "electrician, house wiring, Andheri Mumbai, 700 per day, Monday to Saturday")
        gig_id = await post_gig(
            employer, "Need an electrician in Andheri Mumbai, Monday to Friday, 800 per day, house wiring"
        )
        await employer.command("mygigs")
        [card] = await employer.press(f"fw:{gig_id}")
        assert "✓ asks ₹700/day" in card["text"] and "✓ free on Mon–Fri" in card["text"]
        assert "your" not in card["text"]

        monthly_gig = await post_gig(
            monthly_employer, "Need an electrician in Andheri Mumbai, house wiring, 18000 per month"
        )
        await monthly_employer.command("mygigs")
        [card] = await monthly_employer.press(f"fw:{monthly_gig}")
        assert "✗ asks ₹700/day ≈ ₹18,200/month, more than ₹18,000/month" in card["text"]
        assert "your" not in card["text"]


async def test_the_card_an_employer_receives_is_headed_as_the_workers_not_yours(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    employer = User(telegram_server, 724)
    worker = User(telegram_server, 524, username="ravi_e")
    async with running_bot(make_settings(tmp_path, telegram_server)):
        gig_id = await post_gig(employer, "Need an electrician in Andheri Mumbai, house wiring, 800 per day")
        await onboard(worker, "electrician, house wiring, Andheri Mumbai, 700 per day")
        await worker.command("matches", expect=2)
        # The worker previews exactly what the employer will get, so both read "the worker's profile".
        [preview] = await worker.press(f"int:{gig_id}")
        before = len(employer.inbox)
        await worker.press(f"send:{gig_id}:c")
        [received] = (await telegram_server.wait_for_messages(employer.id, before + 1))[before:]
        for text in (preview["text"], received["text"]):
            assert "👤 The worker's profile" in text and "Your profile" not in text
