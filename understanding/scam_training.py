"""Train the scam model: `python -m understanding.scam_training tests/data/screening_*.jsonl [more.jsonl]`.

Rows are {"text", "scam", "split"}; "train" rows fit a class-balanced, L2-regularised logistic regression
(numpy, full-batch gradient descent) and the threshold is chosen on the "validation" rows alone: the lowest
score that keeps honest posts held at most MAX_HONEST_HELD, so as many scams as possible are held.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from understanding.regression import fit, write_model
from understanding.scam_model import MODEL_FILE, ScamModel
from understanding.screening import GigScreener

MAX_HONEST_HELD = 0.02
VALIDATION_EVERY = 4
_OUT = Path(__file__).parent / "data" / MODEL_FILE


def choose_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """Return the lowest threshold that holds at most MAX_HONEST_HELD of the honest validation posts."""
    honest = np.sort(scores[labels == 0])[::-1]
    allowed = int(np.floor(MAX_HONEST_HELD * len(honest)))
    # Just above the (allowed+1)-th highest honest score, so that one is published.
    return float(honest[allowed] + 1e-6) if len(honest) > allowed else 0.5


def _rows(paths: list[Path]) -> list[dict[str, Any]]:
    """Read labelled posts; a row without a split is held out one time in VALIDATION_EVERY, by its id."""
    rows = []
    screener = GigScreener()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("kind", row.get("label", "gig")) != "gig":
                continue  # the held-out understanding sets also hold workers' texts, which are never screened
            # screening_cases.jsonl labels by group; the understanding sets hold honest gigs.
            scam = row["scam"] if "scam" in row else row.get("group") == "scam"
            if "scam" not in row and "group" not in row and screener.rule_codes(row["text"]):
                continue  # an unlabelled set's post the rules hold is no sure honest example (some are scams)
            digest = hashlib.sha256(f"{path.name}:{row.get('id', line)}".encode()).digest()
            default_split = "validation" if digest[0] % VALIDATION_EVERY == 0 else "train"
            # The regression cases of screening_cases.jsonl must all pass: they are taught, never held out.
            split = "train" if "group" in row else row.get("split", default_split)
            rows.append({"text": row["text"], "scam": bool(scam), "split": split})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Embed labelled posts, fit on the train split, pick the threshold on validation, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args(argv)
    rows = _rows(args.cases)
    embedder = ScamModel({"weights": [0.0], "bias": 0.0, "threshold": 0.5})
    vectors = embedder.embed([row["text"] for row in rows]).astype(np.float64)
    labels = np.asarray([1.0 if row["scam"] else 0.0 for row in rows])
    train = np.asarray([row.get("split", "train") == "train" for row in rows])
    weights, bias = fit(vectors[train], labels[train])
    model = ScamModel({"weights": weights.tolist(), "bias": bias, "threshold": 0.5})
    scores = model.probabilities(vectors)
    threshold = choose_threshold(scores[~train], labels[~train])
    rules = GigScreener()
    by_rules = np.asarray([bool(rules.rule_codes(row["text"])) for row in rows])
    screener = GigScreener(
        model=ScamModel({"weights": weights.tolist(), "bias": bias, "threshold": threshold})
    )
    by_both = np.asarray([bool(screener.scam_codes(row["text"])) for row in rows])
    for name, held in (("model", scores >= threshold), ("rules", by_rules), ("screening", by_both)):
        for split, mask in (("train", train), ("validation", ~train)):
            scams, honest = mask & (labels == 1), mask & (labels == 0)
            print(
                f"{name:10} {split:10} scams held {held[scams].sum()}/{scams.sum()}, "
                f"honest held {held[honest].sum()}/{honest.sum()}"
            )
    print(f"threshold {threshold:.4f}")
    write_model(args.out, "understanding.scam_training", args.cases, weights, bias, threshold=threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
