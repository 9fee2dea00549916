"""The built wheel carries everything the installed bot reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "understanding", "retrieval", "prompts", "jobs", "bot")
RUNTIME_FILES = [
    path
    for package in PACKAGES
    for pattern in ("*.sql", "*.json", "*.tsv", "*.md")
    for path in (ROOT / package).rglob(pattern)
]


def test_the_wheel_carries_prompts_catalogs_migrations_and_data(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("gigmatch-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {path.relative_to(ROOT).as_posix() for path in RUNTIME_FILES}
    assert {"prompts/extract.md", "bot/i18n/hi.json", "core/migrations/0001_init.sql"} <= expected
    assert expected <= names, sorted(expected - names)
