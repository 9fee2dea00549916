"""Random updates of every kind over HTTP: every private update is answered and none ends in a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.fuzz_updates import fuzz


async def test_random_updates_get_answers_and_no_tracebacks(tmp_path: Path) -> None:
    report = await fuzz(tmp_path, users=6, updates=15, seed=7)

    assert report.updates == 90 and report.private_updates > 40
    assert report.tracebacks == 0
    assert report.silent == 0, report.silent_examples
