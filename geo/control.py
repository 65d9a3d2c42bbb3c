"""The control model: each province's status (that of its capital) day by day, from the events table.

A territorial report (captured, contested, held) takes effect on its effective date: the event date
when it is known to the day, else the last day of its date window, the days of the window before
that being "uncertain". The latest report in effect decides; on the same day a capture outranks a
contest, which outranks a hold. Before any report a province has its baseline status, if any.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from geo.csvio import read_csv_file
from geo.errors import BaselineError, ConfigError, EventsError
from geo.schema import BASELINE_COLUMNS, CHANGE_COLUMNS, LIST_SEPARATOR, SNAPSHOT_COLUMNS, TIMELINE_COLUMNS, conform
from geo.theatre import Theatre
from geo.vocabulary import CAPTURED, CONTESTED, EVENT_TYPES, HELD, TERRITORIAL_RANK

# Why a province has its status on a day.
BASELINE, REPORTED, UNCERTAIN, NONE = "baseline", "reported", "uncertain", "none"
# A reviewer's verdict that removes an event from the model.
REJECTED = "rejected"
# The columns of the events table the model reads (review is optional).
EVENT_FIELDS = ("event_id", "event_type", "actor1", "province", "iso_code", "date_start", "date_end", "event_date", "time_precision", "n_sources", "claimed")
# A claim reported by fewer sources than this is shown as a claim.
CORROBORATED_SOURCES = 2
_PRECISIONS = (1, 2, 3)
_DAY = 1  # time_precision of a report known to the day; coarser ones take effect at their window's end


@dataclass(frozen=True)
class StatusRules:
    """The status names a report gives a province, as the theatre spells them."""

    statuses: tuple[str, ...]
    actor_status: Mapping[str, str]  # a capture by this actor gives this status
    contested: str
    held: str
    unreported: str


def status_rules(theatre: Theatre) -> StatusRules:
    """Return the theatre's status rules, checked against its [[statuses]]."""
    config = theatre.data_dir / "theatre.toml"
    statuses = tuple(s.name for s in theatre.statuses)
    holder = theatre.actor_by_name.get(theatre.holding_actor)
    rules = StatusRules(
        statuses=statuses,
        actor_status={a.name: a.status for a in theatre.actors if a.status},
        contested=theatre.contested_status,
        held=holder.status if holder and holder.status else "",
        unreported=theatre.unreported_status,
    )
    named = {
        "[defaults] contested_status": rules.contested,
        "[defaults] unreported_status": rules.unreported,
        f"the status of the holding actor {theatre.holding_actor!r}": rules.held,
        **{f"the status of actor {name!r}": status for name, status in rules.actor_status.items()},
    }
    for what, status in named.items():
        if status not in statuses:
            raise ConfigError(f"{config}: {what} is {status!r}, not one of the [[statuses]] ({', '.join(statuses)})")
    return rules


def load_events(path: Path | str) -> pd.DataFrame:
    """Return the events table in a CSV file as text columns, checked for the columns the model reads."""
    path = Path(path)
    frame = read_csv_file(path, EventsError)
    missing = [c for c in EVENT_FIELDS if c not in frame.columns]
    if missing:
        raise EventsError(f"{path}: missing column(s) {', '.join(missing)}")
    ids = frame["event_id"].str.strip()
    repeated = ids[(ids != "") & ids.duplicated(keep=False)]
    if len(repeated):
        lines = [str(i + 2) for i in repeated.index[repeated == repeated.iloc[0]]]  # line 1 is the header
        raise EventsError(f"{path}: event {repeated.iloc[0]} appears more than once (lines {', '.join(lines[:-1])} and {lines[-1]}); each event needs its own event_id")
    # Not read by the model, but a bad coordinate means the file is not what extract wrote.
    for column, limit in (("latitude", 90), ("longitude", 180)):
        if column in frame.columns:
            text = frame[column].str.strip()
            value = pd.to_numeric(text, errors="coerce")
            _reject_rows(frame, (text != "") & ~(value.abs() <= limit), str(path), lambda r, c=column, m=limit: f"{c} {str(r[c])!r} is not a number from -{m} to {m}")
    return frame


def load_baseline(path: Path | str, provinces: pd.DataFrame, statuses: tuple[str, ...]) -> pd.DataFrame:
    """Return the baseline (BASELINE_COLUMNS): each listed province's status from a date on."""
    path = Path(path)
    frame = read_csv_file(path, BaselineError)
    missing = [c for c in ("iso_code", "status", "date") if c not in frame.columns]
    if missing:
        raise BaselineError(f"{path}: missing column(s) {', '.join(missing)}")
    names = _province_names(provinces)
    _check_baseline(frame, names, statuses, lambda row: f"{path}: line {row + 2}")
    frame = frame.apply(lambda column: column.str.strip()).assign(province=lambda f: f["iso_code"].map(names))
    return conform(frame, BASELINE_COLUMNS)


def timeline(
    events: pd.DataFrame,
    provinces: pd.DataFrame,
    rules: StatusRules,
    start: date,
    end: date,
    baseline: pd.DataFrame | None = None,
    *,
    source: str = "events",
) -> pd.DataFrame:
    """Return every province's status on every day from start to end (TIMELINE_COLUMNS), by date then province."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    names = _province_names(provinces)
    iso_codes = np.array(list(names), dtype=object)
    n_provinces, n_days = len(iso_codes), (end - start).days + 1
    reports = _reports(events, names, rules, start, source)
    first_day = np.datetime64(start, "D")
    items = pd.concat([_baseline_items(baseline, names, rules, start), reports[_ITEM_COLUMNS]], ignore_index=True)
    states = _states(items, rules, first_day)

    # The state in effect in each cell (row = day * n_provinces + province) is the latest with effective day <= the day.
    province = np.tile(np.arange(n_provinces), n_days)
    day = np.repeat(np.arange(n_days), n_provinces)
    lowest = min(int(states["effective"].min()) if len(states) else 0, 0)
    span = max(int(states["effective"].max()) if len(states) else 0, n_days) - lowest + 1
    keys = states["p"].to_numpy(dtype="int64") * span + (states["effective"].to_numpy(dtype="int64") - lowest)
    at = np.searchsorted(keys, province * span + (day - lowest), side="right") - 1
    found = at >= 0
    found[found] = states["p"].to_numpy(dtype="int64")[at[found]] == province[found]
    at = np.where(found, at, len(states))  # one past the end: the default appended below

    def pick(column: str, default) -> np.ndarray:
        return np.append(states[column].to_numpy(dtype=object), np.array([default], dtype=object))[at]

    status = pick("status", rules.unreported)
    basis = pick("basis", NONE)
    since = pick("since", "")
    event_ids = pick("event_ids", "")
    n_sources = pick("n_sources", 0)
    claimed = pick("claimed", False)

    pending = _pending(reports, n_provinces, n_days)
    cells = pending.index.to_numpy()
    basis[cells] = UNCERTAIN
    event_ids[cells] = pending["event_ids"].to_numpy(dtype=object)
    n_sources[cells] = pending["n_sources"].to_numpy(dtype=object)
    claimed[cells] = pending["claimed"].to_numpy(dtype=object)

    dates = np.datetime_as_string(first_day + np.arange(n_days), unit="D")
    frame = pd.DataFrame(
        {
            "date": dates[day],
            "province": np.array(list(names.values()), dtype=object)[province],
            "iso_code": iso_codes[province],
            "status": status,
            "basis": basis,
            "since": since,
            "event_ids": event_ids,
            "n_sources": n_sources,
            "claimed": claimed,
        }
    )
    return frame.astype(TIMELINE_COLUMNS)


def snapshot(
    events: pd.DataFrame,
    provinces: pd.DataFrame,
    rules: StatusRules,
    day: date,
    baseline: pd.DataFrame | None = None,
    *,
    source: str = "events",
) -> pd.DataFrame:
    """Return every province's status on one day (SNAPSHOT_COLUMNS), one row per province."""
    frame = timeline(events, provinces, rules, day, day, baseline, source=source)
    return frame[list(SNAPSHOT_COLUMNS)].reset_index(drop=True)


def changes(timeline: pd.DataFrame) -> pd.DataFrame:
    """Return the days on which a province's status differs from the day before (CHANGE_COLUMNS)."""
    ordered = timeline.sort_values(["iso_code", "date"], kind="stable")
    before = ordered.groupby("iso_code", sort=False)["status"].shift()
    changed = ordered[before.notna() & (before != ordered["status"])]
    out = changed.assign(from_status=before[changed.index], to_status=changed["status"]).sort_index()
    return out[list(CHANGE_COLUMNS)].astype(CHANGE_COLUMNS).reset_index(drop=True)


# -- helpers -------------------------------------------------------------------------------

# One report or baseline entry: province index, effective day (offset from the start), rank,
# status, sources, whether it is an uncorroborated claim, id, and whether it is the baseline.
_ITEM_COLUMNS = ["p", "effective", "rank", "status", "n_sources", "claimed", "event_id", "is_baseline"]


def _province_names(provinces: pd.DataFrame) -> dict[str, str]:
    """Map each province's ISO code to its English name, in the given order."""
    return dict(zip(provinces["iso_code"].astype(str), provinces["province"].astype(str)))


def _days(values: pd.Series, start: date) -> pd.Series:
    """Return day offsets from start of ISO dates; NaN where a value is not a date."""
    parsed = pd.to_datetime(values.astype(str).str.strip(), format="%Y-%m-%d", errors="coerce")
    return (parsed - pd.Timestamp(start)).dt.days


def _reject_rows(frame: pd.DataFrame, bad: pd.Series, source: str, problem) -> None:
    """Raise EventsError naming the first row where bad is true, and how many more there are."""
    if not bad.any():
        return
    rows = np.flatnonzero(bad.to_numpy())
    row = frame.iloc[rows[0]]
    who = f"event {row['event_id']}" if str(row["event_id"]).strip() else f"row {rows[0] + 1} (no event_id)"
    more = f" (and {len(rows) - 1} more)" if len(rows) > 1 else ""
    raise EventsError(f"{source}: {who}: {problem(row)}{more}")


def _reports(events: pd.DataFrame, names: dict[str, str], rules: StatusRules, start: date, source: str) -> pd.DataFrame:
    """Return the validated territorial reports as model items with their window start day, sorted by event_id."""
    missing = [c for c in EVENT_FIELDS if c not in events.columns]
    if missing and len(events):
        raise EventsError(f"{source}: missing column(s) {', '.join(missing)}")
    frame = events.reset_index(drop=True).reindex(columns=list(dict.fromkeys([*events.columns, *EVENT_FIELDS])), fill_value="")
    if "review" in frame.columns:
        frame = frame[frame["review"].astype(str).str.strip().str.lower() != REJECTED].reset_index(drop=True)
    text = {c: frame[c].astype(str).str.strip() for c in ("event_id", "event_type", "actor1", "province", "iso_code")}

    _reject_rows(frame, ~text["event_type"].isin(EVENT_TYPES), source, lambda r: f"event_type {str(r['event_type'])!r} is not one of {', '.join(EVENT_TYPES)}")
    iso, province = text["iso_code"], text["province"]
    _reject_rows(frame, (iso != "") & ~iso.isin(list(names)), source, lambda r: f"iso_code {str(r['iso_code'])!r} is not one of the theatre's provinces")
    _reject_rows(frame, (province != "") & (iso == ""), source, lambda r: f"province {str(r['province'])!r} has no iso_code")
    _reject_rows(
        frame,
        (province != "") & (iso != "") & (province != iso.map(names)),
        source,
        lambda r: f"province {str(r['province'])!r} is not the name of {r['iso_code']} ({names[r['iso_code'].strip()]})",
    )
    days = {c: _days(frame[c], start) for c in ("date_start", "date_end", "event_date")}
    for column, offsets in days.items():
        _reject_rows(frame, offsets.isna(), source, lambda r, c=column: f"{c} {str(r[c])!r} is not a date (YYYY-MM-DD)")
    _reject_rows(frame, days["date_start"] > days["date_end"], source, lambda r: f"date_start {r['date_start']} is after date_end {r['date_end']}")
    precision = pd.to_numeric(frame["time_precision"], errors="coerce")
    _reject_rows(frame, ~precision.isin(_PRECISIONS), source, lambda r: f"time_precision {str(r['time_precision'])!r} is not one of 1, 2, 3")
    n_sources = pd.to_numeric(frame["n_sources"], errors="coerce")
    _reject_rows(frame, ~(n_sources >= 0) | (n_sources % 1 != 0), source, lambda r: f"n_sources {str(r['n_sources'])!r} is not a whole number")

    kind = text["event_type"]
    status = pd.Series(pd.NA, index=frame.index, dtype=object)
    status[kind == CAPTURED] = text["actor1"][kind == CAPTURED].map(rules.actor_status)
    status[kind == CONTESTED] = rules.contested
    status[kind == HELD] = rules.held
    # A capture by an actor that confers no status, and a report placed nowhere in particular, change nothing.
    keep = status.notna() & (iso != "")
    precision = precision[keep].astype("int64")
    effective = np.where(precision == _DAY, days["event_date"][keep], days["date_end"][keep]).astype("int64")
    claimed = conform(frame.loc[keep, ["claimed"]], {"claimed": "bool"})["claimed"].to_numpy()
    n = n_sources[keep].astype("int64").to_numpy()
    codes = {name: i for i, name in enumerate(rules.statuses)}
    reports = pd.DataFrame(
        {
            "p": iso[keep].map({code: i for i, code in enumerate(names)}).astype("int64").to_numpy(),
            "effective": effective,
            "rank": kind[keep].map(TERRITORIAL_RANK).astype("int64").to_numpy(),
            "status": status[keep].map(codes).astype("int64").to_numpy(),
            "n_sources": n,
            "claimed": claimed & (n < CORROBORATED_SOURCES),
            "event_id": text["event_id"][keep].to_numpy(dtype=object),
            "is_baseline": False,
            "window_start": np.where(precision == _DAY, effective, days["date_start"][keep]).astype("int64"),
        }
    )
    return reports.sort_values("event_id", kind="stable", ignore_index=True)


def _check_baseline(baseline: pd.DataFrame, names: dict[str, str], statuses: tuple[str, ...], where) -> None:
    """Raise BaselineError, located by where(row position), at the first row that is not a known province's status."""
    seen: dict[str, int] = {}
    for row, entry in enumerate(baseline.to_dict("records")):
        iso, status, day = (str(entry[c]).strip() for c in ("iso_code", "status", "date"))
        if iso not in names:
            raise BaselineError(f"{where(row)}: iso_code {iso!r} is not one of the theatre's provinces")
        if iso in seen:
            raise BaselineError(f"{where(row)}: {iso} already has a baseline ({where(seen[iso])})")
        seen[iso] = row
        province = str(entry.get("province", "")).strip()
        if province and province != names[iso]:
            raise BaselineError(f"{where(row)}: province {province!r} is not the name of {iso} ({names[iso]})")
        if status not in statuses:
            raise BaselineError(f"{where(row)}: status {status!r} is not one of {', '.join(statuses)}")
        try:
            datetime.strptime(day, "%Y-%m-%d")
        except ValueError:
            raise BaselineError(f"{where(row)}: date {day!r} is not a date (YYYY-MM-DD)") from None


def _baseline_items(baseline: pd.DataFrame | None, names: dict[str, str], rules: StatusRules, start: date) -> pd.DataFrame:
    """Return the baseline as model items that any report on or after its date outranks."""
    if baseline is None or baseline.empty:
        return pd.DataFrame({c: pd.Series(dtype=object if c == "event_id" else "int64") for c in _ITEM_COLUMNS}).astype({"claimed": bool, "is_baseline": bool})
    _check_baseline(baseline, names, rules.statuses, lambda row: f"baseline row {row + 1}")
    codes = {name: i for i, name in enumerate(rules.statuses)}
    return pd.DataFrame(
        {
            "p": baseline["iso_code"].str.strip().map({code: i for i, code in enumerate(names)}).astype("int64").to_numpy(),
            "effective": _days(baseline["date"], start).astype("int64").to_numpy(),
            "rank": 0,
            "status": baseline["status"].str.strip().map(codes).astype("int64").to_numpy(),
            "n_sources": 0,
            "claimed": False,
            "event_id": "",
            "is_baseline": True,
        }
    )


def _states(items: pd.DataFrame, rules: StatusRules, start: np.datetime64) -> pd.DataFrame:
    """Return, per province and effective day, the state that day's items leave: one row each, sorted.

    items must come sorted by event_id. The deciding item is the one of highest rank, then most
    sources, then smallest event_id; event_ids lists every item of that day, rank and status.
    """
    columns = ["p", "effective", "status", "basis", "since", "event_ids", "n_sources", "claimed"]
    if items.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("p", "effective") else object) for c in columns})
    p, effective, rank, status, n_sources = (items[c].to_numpy(dtype="int64") for c in ("p", "effective", "rank", "status", "n_sources"))
    id_order = np.arange(len(items))
    by_priority = np.lexsort((-id_order, n_sources, rank, effective, p))
    ends = np.r_[(p[by_priority][1:] != p[by_priority][:-1]) | (effective[by_priority][1:] != effective[by_priority][:-1]), True]
    deciding = by_priority[ends]  # one per (province, effective day), in that order
    group = np.empty(len(items), dtype="int64")
    group[by_priority] = np.cumsum(np.r_[True, ends[:-1]]) - 1
    members = np.flatnonzero((rank == rank[deciding][group]) & (status == status[deciding][group]))
    members = members[np.argsort(group[members], kind="stable")]  # by group, then event_id
    _, event_ids, most_sources, all_claimed = _gather(
        group[members], items["event_id"].to_numpy(dtype=object)[members], n_sources[members], items["claimed"].to_numpy(dtype=bool)[members]
    )

    # since: the effective day of the first state of the run of equal statuses this one belongs to.
    dp, de, ds = p[deciding], effective[deciding], status[deciding]
    run_starts = np.r_[True, (dp[1:] != dp[:-1]) | (ds[1:] != ds[:-1])]
    first = np.maximum.accumulate(np.where(run_starts, np.arange(len(deciding)), 0))
    return pd.DataFrame(
        {
            "p": dp,
            "effective": de,
            "status": np.array(rules.statuses, dtype=object)[ds],
            "basis": np.where(items["is_baseline"].to_numpy(dtype=bool)[deciding], BASELINE, REPORTED).astype(object),
            "since": np.datetime_as_string(start + de[first], unit="D").astype(object),
            "event_ids": np.array(event_ids, dtype=object),
            "n_sources": most_sources,
            "claimed": all_claimed,
        }
    )


def _pending(reports: pd.DataFrame, n_provinces: int, n_days: int) -> pd.DataFrame:
    """Return, indexed by cell (day * n_provinces + province), the reports whose window covers a day before they take effect.

    reports must come sorted by event_id.
    """
    window = reports[reports["window_start"] < reports["effective"]]
    first = window["window_start"].clip(0, n_days).to_numpy(dtype="int64")
    lengths = window["effective"].clip(0, n_days).to_numpy(dtype="int64") - first  # the effective day is not pending
    total = int(lengths.sum())
    which = np.repeat(np.arange(len(window)), lengths)
    offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    cells = (first[which] + offsets) * n_provinces + window["p"].to_numpy(dtype="int64")[which]
    by_cell = np.argsort(cells, kind="stable")  # by cell, then event_id
    which = which[by_cell]
    keys, event_ids, most_sources, all_claimed = _gather(
        cells[by_cell], window["event_id"].to_numpy(dtype=object)[which], window["n_sources"].to_numpy(dtype="int64")[which], window["claimed"].to_numpy(dtype=bool)[which]
    )
    return pd.DataFrame({"event_ids": event_ids, "n_sources": most_sources, "claimed": all_claimed}, index=keys)


def _gather(groups: np.ndarray, ids: np.ndarray, n_sources: np.ndarray, claimed: np.ndarray) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
    """For items sorted by group: each group's key, its ids joined, its most sources, and whether all are claims."""
    if len(groups) == 0:
        return groups, [], np.zeros(0, dtype="int64"), np.zeros(0, dtype=bool)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    bounds = np.r_[starts, len(groups)].tolist()
    id_list = ids.tolist()
    joined = [LIST_SEPARATOR.join(id_list[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    return groups[starts], joined, np.maximum.reduceat(n_sources, starts), np.logical_and.reduceat(claimed, starts)
