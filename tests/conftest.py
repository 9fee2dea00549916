"""Shared fixtures: real files in a temporary folder, fake servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.openai_server import FakeOpenAIServer
from tests.fakes.telegram_server import FakeTelegramServer


@pytest.fixture
def telegram_server() -> Iterator[FakeTelegramServer]:
    """Start a fake Telegram Bot API server on a free port; stop it after the test."""
    server = FakeTelegramServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def openai_server() -> Iterator[FakeOpenAIServer]:
    """Start a scripted OpenAI-compatible server on a free port; stop it after the test."""
    server = FakeOpenAIServer().start()
    try:
        yield server
    finally:
        server.stop()
