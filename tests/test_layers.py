"""The layer rules of docs/architecture.md hold: import-linter's contracts in pyproject.toml all pass."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), "install the dev extras: pip install -e '.[dev]' (import-linter)"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_package_is_under_the_contracts() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = {name.split(".")[0] for name in config["tool"]["setuptools"]["packages"]}
    checked = set(config["tool"]["importlinter"]["root_packages"])
    # A new top-level package left out of root_packages would be invisible to every contract.
    assert packages <= checked, sorted(packages - checked)
