"""The digest bench times both planners on a stored worker population and says what each one planned."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.digest_bench import bench_digests, render_digest_bench
from bot.digest import render_digest
from core.settings import Settings


def test_digest_bench_plans_from_gigs_for_everyone_and_per_worker_for_a_sample(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, chroma_url=None)
    result = asyncio.run(
        bench_digests(
            settings, renderer=render_digest, populations=(80, 200), sample=50, gigs=300, show_progress=False
        )
    )

    assert result["gigs"] > 0
    assert set(result["populations"]) == {"80", "200"}
    for population, (from_gigs, per_worker) in result["populations"].items():
        assert from_gigs["planner"] == "from gigs" and per_worker["planner"] == "per worker"
        assert from_gigs["workers"] == from_gigs["population"] == int(population)  # everyone due
        assert not from_gigs["sampled"]
        assert per_worker["workers"] == 50 and per_worker["sampled"]  # only the sample was due
        for row in (from_gigs, per_worker):
            assert row["workers_per_second"] > 0 and row["seconds"] > 0 and row["peak_rss_mb"] > 0
            assert row["workers_per_cpu_second"] > 0
            assert row["send_ratio"] == round(row["workers_per_second"] / 30, 1)
            assert len(row["per_round"]) == result["rounds"] == 3  # each round's speed and load, shown
            # Synthetic workers share trades and cities with the gigs, so some of them get a digest.
            assert 0 < row["digests"] <= row["workers"]
    assert any("sample" in note for note in result["notes"])
    assert any("reuses its introduction's query vector" in note for note in result["notes"])

    table = render_digest_bench(result)
    assert table.row_count == 4
    assert "random sample" in "".join(str(cell) for cell in table.columns[2]._cells)
