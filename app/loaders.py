"""Data for the dashboard, loaded once and cached; every computation is a call into geo."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import NoReturn

import altair as alt

import pandas as pd
import streamlit as st

from markdown_text import literal

from geo import layers
from geo.boundaries import bounds, to_geojson
from geo import control
from geo.errors import GeoInputError
from geo.gazetteer import load_theatre_gazetteer
from geo.store import Store, default_store_path
from geo.theatre import Theatre, load_theatre


@st.cache_resource(show_spinner=False)
def _theatre() -> Theatre:
    """The theatre, every data file it names checked once, so bad data fails here rather than mid-page."""
    t = load_theatre()
    places = layers.provinces(t)
    layers.districts(t)
    control.status_rules(t)
    if "baseline" in t.files:
        control.load_baseline(t.path("baseline"), places, tuple(s.name for s in t.statuses))
    load_theatre_gazetteer(t)
    return t


def _stop(exc: GeoInputError) -> NoReturn:
    """Show what is wrong with the data, naming the file, and end this run of the page (no traceback)."""
    st.error(literal(f"The dashboard cannot load its data: {exc}. Fix the file and reload the page."))
    st.stop()


def theatre() -> Theatre:
    """The theatre ($GEO_DATA_DIR or data/); if a data file is broken the page says which and stops."""
    try:
        return _theatre()
    except GeoInputError as exc:
        _stop(exc)


@st.cache_resource(show_spinner=False)
def web_provinces():
    """The simplified province coverage (a build product read from data/build/)."""
    return layers.web_provinces(theatre())


@st.cache_resource(show_spinner=False)
def provinces_geojson() -> dict:
    return json.loads(to_geojson(web_provinces(), ["province", "iso_code"]))


@st.cache_resource(show_spinner="Loading the district layer...")
def districts_geojson() -> dict:
    """The 398 districts (each with its province's ISO code), a build product like the provinces."""
    return json.loads(to_geojson(layers.web_districts(theatre()), ["district", "province", "iso_code"]))


@st.cache_resource(show_spinner=False)
def map_bounds() -> list[list[float]]:
    return bounds(web_provinces())


@st.cache_resource(show_spinner="Opening the article store...")
def _store(path: str) -> Store:
    return Store.open(path, theatre())


def store() -> Store:
    """The article store ($GEO_STORE or data/store.sqlite); created with the sample articles on first use.

    If it cannot be opened (not a store, from a newer version) the page says so and stops.
    """
    try:
        return _store(str(default_store_path(theatre())))
    except GeoInputError as exc:
        _stop(exc)


@st.cache_resource(show_spinner="Loading the events...", max_entries=2)
def _events(path: str, version: int) -> pd.DataFrame:
    # cache_resource, not cache_data: one shared frame (read-only by convention), not a pickled copy per call
    return _store(path).events(include_rejected=True)


def events() -> pd.DataFrame:
    """The merged events in the store, rejected ones included; cached until the store's next write."""
    path = str(default_store_path(theatre()))
    return _events(path, _store(path).version())


@st.cache_resource(show_spinner=False, max_entries=2)
def _article_urls(path: str, version: int) -> dict[str, str]:
    return _store(path).article_urls()


def article_urls() -> dict[str, str]:
    """Each stored article's URL as given (untrusted: link it only through geo.links.web_link)."""
    path = str(default_store_path(theatre()))
    return _article_urls(path, _store(path).version())


def events_version() -> tuple[str, int]:
    """What identifies the events now: the store and its write counter (a cheap cache key)."""
    path = str(default_store_path(theatre()))
    return path, _store(path).version()


@st.cache_resource(show_spinner=False)
def province_table() -> pd.DataFrame:
    return pd.DataFrame(layers.provinces(theatre()).drop(columns="geometry"))


@st.cache_resource(show_spinner=False)
def baseline() -> pd.DataFrame:
    t = theatre()
    return control.load_baseline(t.path("baseline"), province_table(), tuple(s.name for s in t.statuses))


@st.cache_data(show_spinner="Computing the control timeline...", max_entries=8)
def timeline(events_key: tuple, filter_key: str, _filtered_events: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Every province's status on every day, from the filtered events.

    Cached by the store's version and the filter (cheap keys) rather than by hashing the events.
    """
    return control.timeline(_filtered_events, province_table(), control.status_rules(theatre()), start, end, baseline())


@st.cache_data(show_spinner=False, max_entries=16)
def status_chart(timeline: pd.DataFrame, _theatre: Theatre) -> dict:
    """The provinces-by-status area chart as a validated Vega-Lite dict, built once per timeline.

    It starts a week before the first change from the first day's statuses: months of unchanged
    baseline would hide the changes.
    """
    first = timeline[timeline["date"] == timeline["date"].min()].set_index("iso_code")["status"]
    changed = timeline[timeline["status"] != timeline["iso_code"].map(first)]
    start = (date.fromisoformat(changed["date"].min()) - timedelta(days=7)).isoformat() if len(changed) else timeline["date"].min()
    per_day = timeline[timeline["date"] >= start].groupby(["date", "status"]).size().reset_index(name="provinces")
    per_day["date"] = pd.to_datetime(per_day["date"])
    colour_scale = alt.Scale(domain=[s.name for s in _theatre.statuses], range=[s.colour for s in _theatre.statuses])
    chart = alt.Chart(per_day).mark_area().encode(
        x=alt.X("date:T", title=None),
        y=alt.Y("provinces:Q", stack="zero", title="provinces", scale=alt.Scale(domain=[0, int(timeline["iso_code"].nunique()) or 1])),
        color=alt.Color("status:N", scale=colour_scale, legend=alt.Legend(orient="bottom", title=None)),
        tooltip=["date:T", "status:N", "provinces:Q"],
    )
    return chart.to_dict()


@st.cache_data(show_spinner=False, max_entries=16)
def day_styles(timeline: pd.DataFrame, _theatre: Theatre) -> dict:
    """Every day's province styles for instant recolouring in the browser (see map_layers.day_styles)."""
    import map_layers

    return map_layers.day_styles(timeline, _theatre)
