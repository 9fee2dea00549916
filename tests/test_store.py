"""The SQLite store on a real file: what a half-done write, an edit and expiry leave others to see."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.models import Gig, GigStatus
from core.store import Store

DAY = 86400.0
EMPLOYER = 7


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    store = Store(tmp_path / "gigmatch.sqlite3")
    await store.initialize()
    await store.upsert_user(EMPLOYER, EMPLOYER, None, "en")
    try:
        yield store
    finally:
        await store.shutdown()


def _gig(created_at: float, *, status: GigStatus = GigStatus.OPEN, expires_in: float = DAY) -> Gig:
    return Gig(
        employer_id=EMPLOYER,
        text="need an electrician in Andheri",
        title="electrician",
        status=status,
        created_at=created_at,
        expires_at=created_at + expires_in,
    )


async def test_a_read_never_sees_another_coroutines_unfinished_transaction(store: Store) -> None:
    written, read_started = asyncio.Event(), asyncio.Event()

    async def write_then_fail() -> None:
        with pytest.raises(RuntimeError):
            async with store._transaction() as db:
                await db.execute(
                    "UPDATE users SET language = 'hi' WHERE id = ?",
                    (EMPLOYER,),
                )
                written.set()
                await read_started.wait()
                await asyncio.sleep(
                    0.05
                )  # the reader is waiting now, with the row changed in the open transaction
                raise RuntimeError("the turn failed")

    async def read() -> str | None:
        await written.wait()
        read_started.set()
        user = await store.get_user(EMPLOYER)
        return user.language if user else None

    _, language = await asyncio.gather(write_then_fail(), read())
    assert language == "en"  # the rolled-back change was never visible


async def test_an_edited_gig_keeps_one_creation_moment_for_the_throttle_and_the_digests(store: Store) -> None:
    posted = time.time() - DAY
    gig = await store.save_gig(_gig(posted))
    edited = await store.save_gig(gig.model_copy(update={"title": "wiring", "created_at": time.time()}))

    assert edited.created_at == posted
    stored = await store.get_gig(gig.id or 0)
    assert stored is not None and stored.title == "wiring" and stored.created_at == posted
    assert await store.gigs_posted_since(EMPLOYER, posted) == 1
    assert await store.gigs_posted_since(EMPLOYER, posted + 1) == 0
    assert [g.id for g in await store.open_gigs_since(posted + 1, time.time())] == []


async def test_expiry_closes_only_open_gigs_past_their_date_and_says_so_everywhere(store: Store) -> None:
    now = time.time()
    past = await store.save_gig(_gig(now - 3 * DAY))  # expired two days ago
    held = await store.save_gig(_gig(now - 3 * DAY, status=GigStatus.HELD))
    current = await store.save_gig(_gig(now))

    assert await store.expire_gigs(now) == [past.id]
    assert await store.expire_gigs(now) == []
    stored = await store.get_gig(past.id or 0)
    assert stored is not None and stored.status is GigStatus.EXPIRED
    assert [g.id for g in await store.gigs_with_status(GigStatus.EXPIRED)] == [past.id]
    assert [g.id for g in await store.open_gigs([past.id or 0, held.id or 0, current.id or 0], now)] == [
        current.id
    ]
