"""Extraction accuracy on the annotated evaluation corpus (tests/corpus). Run by hand:

    .venv/bin/python bench/eval_extraction.py            # dev set, with every error listed
    .venv/bin/python bench/eval_extraction.py heldout    # the held-out set: measure, do not tune on it
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from geo.evaluation import score_mentions
from geo.pipeline import extract_folder
from geo.theatre import load_theatre

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "dev"
    quiet = "--quiet" in argv
    folder = CORPUS / which
    mentions, _ = extract_folder(folder, load_theatre())
    gold = pd.read_csv(folder / "gold.csv", dtype=str, keep_default_na=False)
    score = score_mentions(mentions, gold)
    print(f"{which}: precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
          f"date accuracy {score.date_accuracy:.3f}  (tp {score.true_positives}, predicted {score.predicted}, gold {score.gold})")
    for event_type, (p, r) in score.by_type.items():
        print(f"  {event_type:11} precision {p:.2f}  recall {r:.2f}")
    if not quiet:
        print("\nfalse positives:")
        for m in score.false_positives:
            print(f"  {m['article'][:28]:28} {m['event_type']:10} {m['location']:15} {m['actor1']:22} {m['event_date']} | {m['trigger']!r} | {m['evidence'][:140]}")
        print("\nfalse negatives:")
        for g in score.false_negatives:
            print(f"  {g['file'][:28]:28} {g['event_type']:10} {g['location']:15} {g['actor1']:22} {g['date_start']}..{g['date_end']} | {g['evidence_hint']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
