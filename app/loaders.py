"""Data for the dashboard, loaded once and cached; every computation is a call into geo."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import streamlit as st

from geo import layers
from geo.boundaries import bounds, to_geojson
from geo import control
from geo.store import Store, default_store_path
from geo.theatre import Theatre, load_theatre


@st.cache_resource(show_spinner=False)
def theatre() -> Theatre:
    return load_theatre()


@st.cache_resource(show_spinner=False)
def web_provinces():
    """The simplified province coverage (a build product read from data/build/)."""
    return layers.web_provinces(theatre())


@st.cache_resource(show_spinner=False)
def provinces_geojson() -> dict:
    return json.loads(to_geojson(web_provinces(), ["province", "iso_code"]))


@st.cache_resource(show_spinner=False)
def map_bounds() -> list[list[float]]:
    return bounds(web_provinces())


@st.cache_resource(show_spinner="Opening the article store...")
def _store(path: str) -> Store:
    return Store.open(path, theatre())


def store() -> Store:
    """The article store ($GEO_STORE or data/store.sqlite); created with the sample articles on first use."""
    return _store(str(default_store_path(theatre())))


@st.cache_data(show_spinner=False, max_entries=8)
def _events(path: str, version: int) -> pd.DataFrame:
    return _store(path).events(include_rejected=True)


def events() -> pd.DataFrame:
    """The merged events in the store, rejected ones included; cached until the store's next write."""
    path = str(default_store_path(theatre()))
    return _events(path, _store(path).version())


@st.cache_resource(show_spinner=False)
def province_table() -> pd.DataFrame:
    return pd.DataFrame(layers.provinces(theatre()).drop(columns="geometry"))


@st.cache_resource(show_spinner=False)
def baseline() -> pd.DataFrame:
    t = theatre()
    return control.load_baseline(t.path("baseline"), province_table(), tuple(s.name for s in t.statuses))


@st.cache_data(show_spinner="Computing the control timeline...")
def timeline(filtered_events: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Every province's status on every day, from the filtered events (cached per filter)."""
    return control.timeline(filtered_events, province_table(), control.status_rules(theatre()), start, end, baseline())
