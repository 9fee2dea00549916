"""The digest bench plans real digests for a random sample of a stored worker population."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.digest import render_digest
from core.settings import Settings
from jobs.bench import bench_digests, render_digest_bench


def test_digest_bench_plans_a_sample_of_due_workers_and_reports_it(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, chroma_url=None)
    result = asyncio.run(
        bench_digests(
            settings, renderer=render_digest, populations=(80, 200), sample=50, gigs=300, show_progress=False
        )
    )

    assert result["gigs"] > 0
    assert set(result["populations"]) == {"80", "200"}
    for population, row in result["populations"].items():
        assert row["population"] == int(population)
        assert row["workers"] == 50  # only the sample was due, out of the whole population
        assert row["sampled"] is True
        assert row["workers_per_second"] > 0
        assert row["seconds"] > 0
        # Synthetic workers share trades and cities with the gigs, so some of them get a digest.
        assert 0 < row["digests"] <= row["workers"]
    assert any("sample" in note for note in result["notes"])

    table = render_digest_bench(result)
    assert table.row_count == 2
    assert "random sample" in "".join(str(cell) for cell in table.columns[1]._cells)
