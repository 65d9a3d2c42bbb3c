"""The page state in the query string: the day and the filters, so a URL restores a view."""

from __future__ import annotations

from datetime import date

import streamlit as st

LIST_KEYS = ("types", "actors", "provinces", "outlets")


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def read() -> dict:
    """Return the state found in the URL (only what parses; the rest is left to defaults)."""
    params = st.query_params
    state: dict = {}
    if (day := _parse_date(params.get("day"))) is not None:
        state["day"] = day
    for key in LIST_KEYS:
        values = params.get_all(key)
        if values:
            state[key] = [v for item in values for v in item.split("|") if v]
    if params.get("claims") in ("all", "confirmed", "claimed"):
        state["claims"] = params["claims"]
    if params.get("precision") in ("1", "2", "3"):
        state["precision"] = int(params["precision"])
    if (start := _parse_date(params.get("from"))) is not None:
        state["from"] = start
    if (end := _parse_date(params.get("to"))) is not None:
        state["to"] = end
    if params.get("basemap") == "online":
        state["basemap"] = True
    if params.get("districts") == "1":
        state["districts"] = True
    return state


def write(state: dict) -> None:
    """Put the current state in the URL, leaving out what is at its default."""
    wanted: dict[str, str] = {"day": state["day"].isoformat()}
    for key in LIST_KEYS:
        if state.get(key):
            wanted[key] = "|".join(state[key])
    if state.get("claims", "all") != "all":
        wanted["claims"] = state["claims"]
    if state.get("precision", 3) != 3:
        wanted["precision"] = str(state["precision"])
    if state.get("from"):
        wanted["from"] = state["from"].isoformat()
    if state.get("to"):
        wanted["to"] = state["to"].isoformat()
    if state.get("basemap"):
        wanted["basemap"] = "online"
    if state.get("districts"):
        wanted["districts"] = "1"
    if state.get("render"):
        wanted["render"] = state["render"]
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)
