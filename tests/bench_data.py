"""Where tests find the dev benchmark: ``shared/bench/dev`` beside the checkout (``../shared``)."""

from __future__ import annotations

from pathlib import Path

import pytest

DEV_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"


def require_dev_bench() -> Path:
    """Return the dev benchmark folder; fail, never skip, without it (a skip would hide the benchmarks)."""
    if not (DEV_BENCH / "extract.jsonl").exists():
        pytest.fail(
            f"the dev benchmark is missing: expected {DEV_BENCH}, the shared/ folder beside this checkout "
            "(link it: ln -s /path/to/shared ../shared)",
            pytrace=False,
        )
    return DEV_BENCH
