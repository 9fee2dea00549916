"""/delete over HTTP leaves nothing about the user in any SQLite file: ours, Chroma's own, the outbox."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.alerts_support import zone_at_hour
from tests.fakes.telegram_server import FakeTelegramServer
from tests.harness import User, make_settings, onboard, post_gig, running_bot

GIG_TEXT = "Need a cook in Indore for home, Vijay Nagar, 9000 per month"


def _chroma_rows(settings_dir: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(settings_dir / "chroma" / "chroma.sqlite3") as db:
        queued = db.execute("SELECT id, COALESCE(metadata, '') FROM embeddings_queue").fetchall()
        stored = db.execute("SELECT embedding_id, '' FROM embeddings").fetchall()
    return [(str(record_id), str(metadata)) for record_id, metadata in queued + stored]


async def test_delete_purges_chromas_queue_and_others_recorded_alerts(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    # Midday wherever the test runs: an instant alert is never held for quiet hours.
    settings = make_settings(tmp_path, telegram_server, GIGMATCH_TIMEZONE=zone_at_hour(12))
    employer = User(telegram_server, 780)
    worker = User(telegram_server, 580)
    bystander = User(telegram_server, 581)
    async with running_bot(settings):
        await onboard(bystander, "I am a cook, ghar ka khana, Indore, 8000 per month")
        await bystander.command("alerts")
        await bystander.press("alerts:mode:instant", expect=0)  # the settings message changes in place
        gig_id = await post_gig(employer, GIG_TEXT)
        await telegram_server.wait_until(
            lambda: any("Vijay Nagar" in m["text"] for m in bystander.inbox), timeout=20
        )
        await onboard(worker, "I am a cook, ghar ka khana, Indore, 10000 per month")
        telegram_server.push_location(worker.id, 22.7533, 75.8937)
        await telegram_server.wait_for_messages(worker.id, len(worker.inbox) + 1)
        before = _chroma_rows(tmp_path)
        assert str(worker.id) in {record_id for record_id, _ in before}  # the queue really held them
        assert str(gig_id) in {record_id for record_id, _ in before}

        for user in (worker, employer):
            await user.command("delete")
            [done] = await user.press("delete:yes")
            assert "deleted" in done["text"].lower()
        [still] = await bystander.command("profile")
        assert "cook" in still["text"]  # the others' records survive the compaction

    after = _chroma_rows(tmp_path)
    assert not [row for row in after if row[0] in (str(worker.id), str(gig_id))]
    assert not [row for row in after if "22.75" in row[1] or "Vijay" in row[1]]
    assert str(bystander.id) in {record_id for record_id, _ in after}
    with sqlite3.connect(settings.database_path) as db:
        for table, column in (("users", "id"), ("profiles", "user_id"), ("gigs", "employer_id")):
            for user in (worker, employer):
                assert db.execute(
                    f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (user.id,)
                ).fetchone() == (0,)
        outbox = db.execute("SELECT matches || payload FROM outbox").fetchall()
    assert outbox and not [row for (row,) in outbox if "Vijay Nagar" in row or f'"gig_id": {gig_id},' in row]
