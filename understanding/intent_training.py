"""Train the intent model: `python -m understanding.intent_training FILE.jsonl [...]`.

Rows carry a text and who wrote it: "kind" or "label" worker | gig | unclear (other kinds are skipped); a
benchmark folder's gigs.jsonl and workers.jsonl are labelled by their file. One row in VALIDATION_EVERY (by a
hash of its text) is held out, and every "unclear" row: the model is fitted on the clear rest. On the held-out
rows the trainer picks the widest "decide" band whose decisions are on the wrong side at most MAX_WRONG_SIDE
and leave at least MIN_UNCLEAR_ASKED of the unclear texts undecided, and the "overrule" band past which the
model's side beats the rules'.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from understanding.encoder import shared_e5
from understanding.intent_model import MAX_CHARS, MODEL_FILE, IntentModel
from understanding.offline import OfflineUnderstanding
from understanding.regression import fit, write_model

VALIDATION_EVERY = 4
MAX_WRONG_SIDE = 0.03
MIN_UNCLEAR_ASKED = 0.4
_BANDS = tuple(float(b) for b in np.round(np.arange(0.02, 0.50, 0.02), 2))
_OUT = Path(__file__).parent / "data" / MODEL_FILE


def labelled_rows(paths: list[Path]) -> list[tuple[str, str]]:
    """Return (text, worker | gig) from JSONL files and benchmark folders."""
    rows: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            for name, label in (("gigs.jsonl", "gig"), ("workers.jsonl", "worker")):
                rows += [(row["text"], label) for row in _jsonl(path / name)]
            continue
        for row in _jsonl(path):
            written_by = row.get("kind", row.get("label"))
            if written_by in ("worker", "gig", "unclear"):
                rows.append((row["text"], written_by))
    return rows


def _jsonl(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _error_shares(judged: list[str | None], labels: list[str]) -> tuple[float, float, float]:
    """Return (wrong side among decided clear texts, share of clear texts decided, share of unclear asked)."""
    clear = [(got, label) for got, label in zip(judged, labels, strict=True) if label != "unclear"]
    decided = [(got, label) for got, label in clear if got is not None]
    unclear = [got for got, label in zip(judged, labels, strict=True) if label == "unclear"]
    wrong = sum(got != label for got, label in decided) / max(len(decided), 1)
    asked = sum(got is None for got in unclear) / len(unclear) if unclear else 1.0
    return wrong, len(decided) / max(len(clear), 1), asked


def main(argv: list[str] | None = None) -> int:
    """Embed labelled texts, fit on the train split, choose both bands on validation, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args(argv)
    rows = labelled_rows(args.cases)
    encoder = shared_e5()
    texts = [text[:MAX_CHARS] for text, _ in rows]
    vectors = np.vstack([encoder.queries(texts[i : i + 32]) for i in range(0, len(texts), 32)])
    truth = [label for _, label in rows]
    held = np.asarray(
        [
            label == "unclear" or hashlib.sha256(text.encode()).digest()[0] % VALIDATION_EVERY == 0
            for text, label in zip(texts, truth, strict=True)
        ]
    )
    labels = np.asarray([1.0 if label == "worker" else 0.0 for label in truth])
    weights, bias = fit(vectors[~held].astype(np.float64), labels[~held])
    model = IntentModel(encoder, {"weights": weights.tolist(), "bias": bias, "decide": 0.5, "overrule": 0.5})
    rules = OfflineUnderstanding()
    validation = np.flatnonzero(held)
    probabilities = model.probabilities(vectors[validation])
    rule_reads = [rules.rule_intent(rows[i][0]) for i in validation]
    lengths = [len(rows[i][0].split()) for i in validation]
    held_truth = [truth[i] for i in validation]

    def shares(decide: float, overrule: float) -> tuple[float, float, float]:
        """Return the held-out error shares with these bands."""
        model.decide, model.overrule = decide, overrule
        judged = [
            model.judge(float(p), rule, words)
            for p, rule, words in zip(probabilities, rule_reads, lengths, strict=True)
        ]
        return _error_shares(list(judged), held_truth)

    def acceptable(decide: float, overrule: float) -> bool:
        """Say whether the bands keep within MAX_WRONG_SIDE and still ask about MIN_UNCLEAR_ASKED."""
        wrong, _, asked = shares(decide, overrule)
        return wrong <= MAX_WRONG_SIDE and asked >= MIN_UNCLEAR_ASKED

    # The pair of bands that decides the most clear texts within both limits; the narrower on a tie.
    pairs = [(d, o) for d in (0.0, *_BANDS) for o in (0.0, *_BANDS) if o <= d and acceptable(d, o)]
    decide, overrule = max(pairs, key=lambda pair: (shares(*pair)[1], -pair[0], -pair[1]), default=(0.0, 0.0))
    wrong, decided, asked = shares(decide, overrule)
    print(f"{len(rows)} texts, {len(validation)} held out: decide {decide}, overrule {overrule}")
    print(
        f"held out: {decided:.1%} of clear texts decided, {wrong:.1%} of those on the wrong side, "
        f"{asked:.1%} of unclear asked"
    )
    write_model(
        args.out, "understanding.intent_training", args.cases, weights, bias, decide=decide, overrule=overrule
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
