"""Prompt files shipped with gigmatch, loaded by name and filled with `$placeholders`."""

from __future__ import annotations

from functools import cache
from importlib import resources
from string import Template


@cache
def load_prompt(name: str) -> str:
    """Return the text of the prompt file prompts/<name>.md."""
    return resources.files(__name__).joinpath(f"{name}.md").read_text(encoding="utf-8")


def render_prompt(name: str, **values: str) -> str:
    """Return a prompt with every `$placeholder` replaced; a missing value is an error."""
    return Template(load_prompt(name)).substitute(values)
