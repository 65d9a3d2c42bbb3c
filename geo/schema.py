"""The tables passed between stages: column names and dtypes, defined once.

mentions: one row per article-level report of an event.
events:   mentions merged across articles (corroboration), one row per event.
reviews:  a person's judgement of one report (accept, reject, correct), kept apart from both.
"""

from __future__ import annotations

import pandas as pd

MENTION_COLUMNS: dict[str, str] = {
    "mention_id": "string",
    "article": "string",
    "title": "string",
    "outlet": "string",
    "published": "string",
    "url": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "acled_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "location": "string",
    "province": "string",
    "iso_code": "string",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "int64",
    "date_start": "string",
    "date_end": "string",
    "event_date": "string",
    "time_precision": "int64",
    "date_basis": "string",
    "date_phrase": "string",
    "claimed": "bool",
    "evidence": "string",
    "char_start": "int64",
    "char_end": "int64",
    "trigger": "string",
}

EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "event_date": "string",
    "date_start": "string",
    "date_end": "string",
    "time_precision": "int64",
    "event_type": "string",
    "sub_event_type": "string",
    "acled_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "province": "string",
    "iso_code": "string",
    "location": "string",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "int64",
    "n_sources": "int64",
    "sources": "string",
    "articles": "string",
    "evidence": "string",
    "evidence_article": "string",
    "evidence_outlet": "string",
    "evidence_published": "string",
    "date_basis": "string",
    "date_phrase": "string",
    "claimed": "bool",
    "mention_ids": "string",
}

# A review judges a report: what one evidence passage of one article (by text digest) says about one
# place (iso_code, or location when there is none), of the event type the extractor gave it.
REVIEW_COLUMNS: dict[str, str] = {
    "review_id": "int64",
    "created_at": "string",
    "action": "string",  # accept, reject or correct
    "reason": "string",
    "article_sha256": "string",
    "article": "string",  # the file that article is stored under now; "" once it is removed
    "char_start": "int64",
    "char_end": "int64",
    "place_key": "string",
    "event_type": "string",  # as extracted, before any correction
    "event_id": "string",  # the event judged, as it was then (event ids change as articles arrive)
    "changes": "string",  # JSON object: the mention fields a correction sets
    "matched": "bool",  # whether it applies to a report extracted now
}

# Mentions and events after reviews are applied: '' (not reviewed), accepted, corrected or rejected.
REVIEWED_MENTION_COLUMNS: dict[str, str] = {**MENTION_COLUMNS, "review": "string"}
REVIEWED_EVENT_COLUMNS: dict[str, str] = {**EVENT_COLUMNS, "review": "string"}

# Multi-valued cells (sources, articles, mention_ids) are joined with this separator.
LIST_SEPARATOR = " | "


def empty(columns: dict[str, str]) -> pd.DataFrame:
    """Return an empty frame with the given columns and dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def conform(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Return frame with exactly these columns, in order, cast to their dtypes."""
    if frame.empty:
        return empty(columns)
    out = pd.DataFrame(index=frame.index)
    for name, dtype in columns.items():
        series = frame[name] if name in frame.columns else pd.Series(pd.NA, index=frame.index)
        if dtype == "string":
            out[name] = series.fillna("").astype(str).astype("string")
        elif dtype == "bool":
            out[name] = series.map(_to_bool).astype(bool)
        elif dtype == "int64":
            out[name] = pd.to_numeric(series, errors="coerce").fillna(0).astype("int64")
        else:
            out[name] = pd.to_numeric(series, errors="coerce").astype(dtype)
    return out.reset_index(drop=True)


def _to_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "y", "t")
    if value is None or value is pd.NA:
        return False
    try:
        if pd.isna(value):
            return False
    except (TypeError, ValueError):
        pass
    return bool(value)


def load_table(path, columns: dict[str, str], required: tuple[str, ...] = ()) -> pd.DataFrame:
    """Return the CSV table at path conformed to columns; raise EventsError if it is unusable."""
    from geo.csvio import read_csv_file
    from geo.errors import EventsError

    frame = read_csv_file(path, EventsError)
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise EventsError(f"{path}: missing column(s) {', '.join(missing)}")
    extra = [c for c in frame.columns if c not in columns]
    conformed = conform(frame, columns)
    for column in extra:  # keep columns added by later stages (e.g. review)
        conformed[column] = frame[column].reset_index(drop=True)
    return conformed


EVENT_REQUIRED = ("event_id", "event_type", "province", "iso_code", "date_start", "date_end", "event_date", "time_precision", "actor1")


def load_events(path) -> pd.DataFrame:
    """Return the events CSV at path with the EVENT_COLUMNS schema."""
    return load_table(path, EVENT_COLUMNS, EVENT_REQUIRED)


def load_mentions(path) -> pd.DataFrame:
    """Return the mentions CSV at path with the MENTION_COLUMNS schema."""
    return load_table(path, MENTION_COLUMNS, ("article", "event_type", "date_start", "date_end"))
# The control model (geo/control.py): a province's status on one day, for every province.
SNAPSHOT_COLUMNS: dict[str, str] = {
    "province": "string",
    "iso_code": "string",
    "status": "string",
    "basis": "string",
    "since": "string",
    "event_ids": "string",
    "n_sources": "int64",
    "claimed": "bool",
}

# The same, one row per province per day.
TIMELINE_COLUMNS: dict[str, str] = {"date": "string", **SNAPSHOT_COLUMNS}

# The days on which a province's status changed.
CHANGE_COLUMNS: dict[str, str] = {
    "date": "string",
    "province": "string",
    "iso_code": "string",
    "from_status": "string",
    "to_status": "string",
    "event_ids": "string",
}

# The status of each province at the start of the period (data/baseline.csv).
BASELINE_COLUMNS: dict[str, str] = {
    "iso_code": "string",
    "province": "string",
    "status": "string",
    "date": "string",
    "note": "string",
}
