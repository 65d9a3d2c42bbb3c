"""Scoring extracted mentions against a gold annotation of the same articles.

An extracted report matches a gold event when it is in the same article, of the same
type, by the same actor and, for territorial events, in the same province (a province-only
mention matches its capital). Non-territorial events match on type and actor, wherever
reported. A match is date-correct when the extracted window overlaps the gold window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from geo.vocabulary import TERRITORIAL

GOLD_COLUMNS = ("file", "event_type", "location", "province", "actor1", "date_start", "date_end", "claimed")


def _key(file: str, event_type: str, province: str, actor: str) -> tuple:
    return (file, event_type, province if event_type in TERRITORIAL else "", actor)


@dataclass
class Score:
    """Precision, recall and the errors behind them."""

    true_positives: int
    predicted: int
    gold: int
    dates_correct: int
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)
    by_type: dict[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_correct / self.true_positives if self.true_positives else 1.0


def score_mentions(mentions: pd.DataFrame, gold: pd.DataFrame) -> Score:
    """Return the score of extracted mentions against gold rows (columns GOLD_COLUMNS)."""
    predicted: dict[tuple, list[dict]] = {}
    for row in mentions.to_dict("records"):
        predicted.setdefault(_key(row["article"], row["event_type"], row["province"], row["actor1"]), []).append(row)
    expected: dict[tuple, dict] = {}
    for row in gold.to_dict("records"):
        expected.setdefault(_key(row["file"], row["event_type"], row["province"], row["actor1"]), row)
    hits = set(predicted) & set(expected)
    dates_correct = 0
    for key in hits:
        g = expected[key]
        if any(m["date_start"] <= g["date_end"] and g["date_start"] <= m["date_end"] for m in predicted[key]):
            dates_correct += 1
    by_type = {}
    for event_type in sorted({k[1] for k in predicted} | {k[1] for k in expected}):
        p = [k for k in predicted if k[1] == event_type]
        g = [k for k in expected if k[1] == event_type]
        tp = len(set(p) & set(g))
        by_type[event_type] = (tp / len(p) if p else 1.0, tp / len(g) if g else 1.0)
    return Score(
        true_positives=len(hits),
        predicted=len(predicted),
        gold=len(expected),
        dates_correct=dates_correct,
        false_positives=[predicted[k][0] for k in sorted(set(predicted) - hits)],
        false_negatives=[expected[k] for k in sorted(set(expected) - hits)],
        by_type=by_type,
    )
