"""Filtering the events table by what an analyst selects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from geo.schema import LIST_SEPARATOR

CLAIM_CHOICES = ("all", "confirmed", "claimed")


@dataclass(frozen=True)
class EventFilter:
    """What to keep; an empty selection keeps everything."""

    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    claims: str = "all"  # "all", "confirmed" (not claimed) or "claimed"
    max_time_precision: int = 3  # 1 keeps only day-precise events
    date_from: date | None = None
    date_to: date | None = None
    include_rejected: bool = False
    _unused: tuple = field(default=(), repr=False)


def filter_events(events: pd.DataFrame, chosen: EventFilter, *, dates: bool = True) -> pd.DataFrame:
    """Return the events matching every criterion; with dates=False the date range is ignored."""
    keep = pd.Series(True, index=events.index)
    if chosen.event_types:
        keep &= events["event_type"].isin(chosen.event_types)
    if chosen.actors:
        keep &= events["actor1"].isin(chosen.actors) | events["actor2"].isin(chosen.actors)
    if chosen.provinces:
        keep &= events["province"].isin(chosen.provinces)
    if chosen.outlets:
        wanted = set(chosen.outlets)
        keep &= events["sources"].map(lambda s: bool(wanted & set(split_list(s))))
    if chosen.claims == "confirmed":
        keep &= ~events["claimed"].astype(bool)
    elif chosen.claims == "claimed":
        keep &= events["claimed"].astype(bool)
    keep &= events["time_precision"].astype(int) <= chosen.max_time_precision
    if "review" in events.columns and not chosen.include_rejected:
        keep &= events["review"].fillna("") != "rejected"
    if dates and chosen.date_from is not None:
        keep &= events["date_end"] >= chosen.date_from.isoformat()
    if dates and chosen.date_to is not None:
        keep &= events["date_start"] <= chosen.date_to.isoformat()
    return events if keep.all() else events[keep]  # no copy of a large table when nothing is dropped


def split_list(value: str) -> list[str]:
    """Return the items of a multi-valued cell ("a; b" -> ["a", "b"])."""
    return [item.strip() for item in str(value or "").split(LIST_SEPARATOR.strip()) if item.strip()]


def choices(events: pd.DataFrame) -> dict[str, list[str]]:
    """Return the values present for each filterable column, sorted, for building widgets."""
    outlets = sorted({o for cell in events["sources"] for o in split_list(cell)})
    actors = sorted(set(events["actor1"]) | set(a for a in events["actor2"] if a))
    return {
        "event_types": sorted(set(events["event_type"])),
        "actors": actors,
        "provinces": sorted(p for p in set(events["province"]) if p),
        "outlets": outlets,
    }
