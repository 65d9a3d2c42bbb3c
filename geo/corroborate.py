"""Corroboration: mentions of the same event in different articles merged into one event."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, timedelta

import pandas as pd

from geo.schema import EVENT_COLUMNS, LIST_SEPARATOR, MENTION_COLUMNS, conform, empty
from geo.vocabulary import TERRITORIAL

# Reports whose windows overlap, or are a day apart ("late Thursday" / "early Friday"), are one event.
MERGE_TOLERANCE_DAYS = 1
# A date a person set in a review outranks any date read from the text.
_BASIS_RANK = {"review": -1, "sentence": 0, "paragraph-before": 1, "heading": 1, "paragraph-after": 2, "publication": 3, "period": 4}


def _group_key(row) -> tuple:
    """Territorial events are one per place; other events one per actor, wherever reported."""
    if row["event_type"] in TERRITORIAL:
        return (row["event_type"], row["iso_code"] or row["location"], row["actor1"])
    return (row["event_type"], "", row["actor1"])


def _clusters(group: pd.DataFrame) -> list[pd.DataFrame]:
    ordered = group.sort_values(["date_start", "date_end", "article", "char_start"])
    clusters: list[list[int]] = []
    end: date | None = None
    for index, row in ordered.iterrows():
        start = date.fromisoformat(row["date_start"])
        if clusters and end is not None and start <= end + timedelta(days=MERGE_TOLERANCE_DAYS):
            clusters[-1].append(index)
            end = max(end, date.fromisoformat(row["date_end"]))
        else:
            clusters.append([index])
            end = date.fromisoformat(row["date_end"])
    return [ordered.loc[c] for c in clusters]


def window_precision(start: date, end: date, given: int = 1) -> int:
    """Return the time precision of a window: 1 for one day, else at least 2 (up to a week) or 3."""
    span = (end - start).days
    if span == 0:
        return 1
    return max(given, 2 if span <= 7 else 3)


def _event(cluster: pd.DataFrame, prefix: str) -> dict:
    ranks = cluster["date_basis"].map(_BASIS_RANK).fillna(3)
    best = cluster[ranks == ranks.min()]
    best = best[best["time_precision"] == best["time_precision"].min()]
    start = min(date.fromisoformat(d) for d in best["date_start"])
    end = max(date.fromisoformat(d) for d in best["date_end"])
    day_votes = Counter(best["event_date"])
    event_date = sorted(day_votes, key=lambda d: (-day_votes[d], d))[0]
    precision = window_precision(start, end, int(best["time_precision"].min()))

    located = cluster.sort_values(["geo_precision"]).iloc[0]
    evidence = cluster.assign(
        _rank=ranks, _claimed=cluster["claimed"].astype(int)
    ).sort_values(["_claimed", "_rank", "time_precision", "article", "char_start"]).iloc[0]
    articles = list(dict.fromkeys(cluster["article"]))
    outlets = list(dict.fromkeys(o for o in cluster["outlet"] if o))
    actor2 = Counter(a for a in cluster["actor2"] if a)
    first = cluster.sort_values(["date_start", "article", "char_start"]).iloc[0]
    key = "|".join([first["event_type"], first["iso_code"] or first["location"], first["actor1"], first["date_start"]])
    return {
        "event_id": f"{prefix}{hashlib.sha1(key.encode()).hexdigest()[:8].upper()}",
        "event_date": event_date,
        "date_start": start.isoformat(),
        "date_end": end.isoformat(),
        "time_precision": precision,
        "event_type": first["event_type"],
        "sub_event_type": Counter(best["sub_event_type"]).most_common(1)[0][0],
        "acled_event_type": Counter(best["acled_event_type"]).most_common(1)[0][0],
        "actor1": first["actor1"],
        "actor2": actor2.most_common(1)[0][0] if actor2 else "",
        "province": located["province"],
        "iso_code": located["iso_code"],
        "location": located["location"],
        "latitude": located["latitude"],
        "longitude": located["longitude"],
        "geo_precision": located["geo_precision"],
        "n_sources": len(articles),
        "sources": LIST_SEPARATOR.join(outlets),
        "articles": LIST_SEPARATOR.join(articles),
        "evidence": evidence["evidence"],
        "evidence_article": evidence["article"],
        "evidence_outlet": evidence["outlet"],
        "evidence_published": evidence["published"],
        "date_basis": best.iloc[0]["date_basis"],
        "date_phrase": next((p for p in best["date_phrase"] if p), ""),
        "claimed": bool(cluster["claimed"].all()),
        "mention_ids": LIST_SEPARATOR.join(cluster["mention_id"]),
    }


def merge_mentions(mentions: pd.DataFrame, id_prefix: str = "EVT") -> pd.DataFrame:
    """Return events: mentions of one place (or actor), type and overlapping window merged."""
    if mentions.empty:
        return empty(EVENT_COLUMNS)
    mentions = conform(mentions, MENTION_COLUMNS)
    keys = mentions.apply(_group_key, axis=1)
    events = []
    for _, group in mentions.groupby(keys, sort=True):
        for cluster in _clusters(group):
            events.append(_event(cluster, id_prefix))
    frame = pd.DataFrame(events).sort_values(["event_date", "event_type", "province", "location", "actor1"], kind="stable")
    return conform(frame, EVENT_COLUMNS)
