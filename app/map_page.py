"""The map page: territorial control for the day on the slider, with the evidence and downloads.

The page reads widgets, calls geo, and draws; nothing here decides a status.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

import loaders
import map_layers
import review_panel
import url_state
from markdown_text import literal

from geo import export
from geo.filters import EventFilter, choices, filter_events, split_list

TABLE_LIMIT = 2_000  # rows sent to the browser; the downloads hold everything


class EventsById:
    """Events looked up by id without copying or converting a large table on every rerun."""

    def __init__(self, events: pd.DataFrame):
        self._events = events
        self._position = pd.Series(range(len(events)), index=events["event_id"].to_numpy())

    def __contains__(self, event_id: str) -> bool:
        return event_id in self._position.index

    def __getitem__(self, event_id: str) -> dict:
        position = self._position[event_id]
        return self._events.iloc[int(position.iloc[0] if isinstance(position, pd.Series) else position)].to_dict()


SNAPSHOT_COLUMNS = ["province", "iso_code", "status", "basis", "since", "event_ids", "n_sources", "claimed"]
EVENT_TABLE_COLUMNS = ["event_date", "event_type", "location", "province", "actor1", "actor2", "claimed", "n_sources", "sources", "evidence", "date_start", "date_end", "time_precision", "review", "event_id"]

theatre = loaders.theatre()
statuses = theatre.status_by_name
store = loaders.store()
all_events = loaders.events()
options = choices(all_events)

# -- state from the URL, once per session ---------------------------------------------------------------
if "url_loaded" not in st.session_state:
    from_url = url_state.read()
    for key, values in (("types", options["event_types"]), ("actors", options["actors"]), ("provinces", options["provinces"]), ("outlets", options["outlets"])):
        if key in from_url:
            st.session_state[key] = [v for v in from_url[key] if v in values]
    for key in ("claims", "precision", "basemap", "districts"):
        if key in from_url:
            st.session_state[key] = from_url[key]
    st.session_state["url_day"] = from_url.get("day")
    st.session_state["url_range"] = (from_url.get("from"), from_url.get("to"))
    st.session_state["url_loaded"] = True

# -- sidebar: filters -----------------------------------------------------------------------------------
with st.sidebar:
    st.header("Filters")
    st.caption("Filters apply to the map, the chart and the tables; the date range applies to the events table and its download.")
    types = st.multiselect("Event types", options["event_types"], key="types")
    actors = st.multiselect("Actors", options["actors"], key="actors")
    provinces = st.multiselect("Provinces", options["provinces"], key="provinces")
    outlets = st.multiselect("Outlets", options["outlets"], key="outlets")
    claims = st.radio("Reports", ["all", "confirmed", "claimed"], key="claims", horizontal=True,
                      help="'claimed': a party's claim (e.g. a Taliban statement) without independent confirmation.")
    precision = st.select_slider(
        "Least precise date to include", options=[1, 2, 3], value=st.session_state.get("precision", 3), key="precision",
        format_func=lambda p: {1: "exact day", 2: "within a week", 3: "within a month"}[p],
    )
    all_start = min([theatre.period_start, *pd.to_datetime(all_events["date_start"]).dt.date]) if len(all_events) else theatre.period_start
    all_end = max([*pd.to_datetime(all_events["date_end"]).dt.date]) if len(all_events) else theatre.period_end
    # Dates from a shared link are used only inside the period and in order; anything else is ignored.
    url_from, url_to = (d if d and all_start <= d <= all_end else None for d in st.session_state.get("url_range", (None, None)))
    if url_from and url_to and url_to < url_from:
        url_from, url_to = None, None
    date_range = st.date_input("Events table dates", value=(url_from or all_start, url_to or all_end), min_value=all_start, max_value=all_end, key="range")
    show_rejected = st.checkbox("Show rejected events in the table", key="show_rejected", help="Rejected events never colour the map.")
    districts = st.toggle("Draw the 398 districts", key="districts", help="Each district takes its province's colour: reports are of provincial capitals.")
    basemap = st.toggle("Online basemap (needs internet)", key="basemap", help="Off by default: the map needs no internet.")

range_from, range_to = (date_range + (None, None))[:2] if isinstance(date_range, tuple) else (date_range, None)
chosen = EventFilter(tuple(types), tuple(actors), tuple(provinces), tuple(outlets), claims, int(precision), range_from, range_to)
map_events = filter_events(all_events, chosen, dates=False)  # never the rejected ones
table_events = filter_events(all_events, EventFilter(**{**chosen.__dict__, "include_rejected": bool(show_rejected)}))

# -- the day --------------------------------------------------------------------------------------------
first_day = theatre.period_start
last_day = max(all_end, first_day + timedelta(days=1))
latest_reported = max(pd.to_datetime(map_events["event_date"]).dt.date, default=last_day)
if "day" not in st.session_state:
    url_day = st.session_state.get("url_day")
    st.session_state["day"] = min(max(url_day, first_day), last_day) if url_day else latest_reported
timeline = loaders.timeline(loaders.events_version(), repr(chosen), map_events, first_day, last_day)
events_by_id = EventsById(map_events)
# Diagnostic for bench/bench_slider.py: ?render=remount draws the dated layer inside the map, so every
# change remounts it (the naive way); the page otherwise swaps only the layer.
remount = st.query_params.get("render") == "remount"
url_filters = {"districts": bool(districts), "render": "remount" if remount else "", "types": types, "actors": actors,
               "provinces": provinces, "outlets": outlets, "claims": claims, "precision": int(precision),
               "from": range_from if range_from != all_start else None, "to": range_to if range_to != all_end else None,
               "basemap": bool(basemap)}


def _step(days: int) -> None:
    st.session_state["day"] = min(max(st.session_state["day"] + timedelta(days=days), first_day), last_day)


st.title("Who controls what: Afghanistan, summer 2021")


@st.fragment
def day_view() -> None:
    """Everything that depends on the day: moving the slider reruns only this, not the whole page."""
    slider_col, back_col, next_col = st.columns([12, 1, 1], vertical_alignment="bottom")
    with slider_col:
        day = st.slider("Day shown on the map", min_value=first_day, max_value=last_day, step=timedelta(days=1), format="YYYY-MM-DD", key="day",
                        help="Drag, or focus the slider and use the arrow keys to step one day at a time.")
    back_col.button("◀", on_click=_step, args=(-1,), help="Previous day", width="stretch")
    next_col.button("▶", on_click=_step, args=(1,), help="Next day", width="stretch")
    snapshot = timeline[timeline["date"] == day.isoformat()][["date", *SNAPSHOT_COLUMNS]].reset_index(drop=True)

    shapes, kind = (loaders.districts_geojson(), "district") if districts else (loaders.provinces_geojson(), "province")
    links = loaders.article_urls()
    features = map_layers.province_features(shapes, snapshot, events_by_id, theatre, day=day.isoformat(), kind=kind, links=links)
    markers = map_layers.event_markers(map_events, day, theatre, links)
    map_col, legend_col = st.columns([4, 1])
    with map_col:
        base = map_layers.base_map(theatre.attribution, loaders.map_bounds(), online_basemap=bool(basemap))
        layer = map_layers.dated_layer(features, markers, None if remount else loaders.day_styles(timeline, theatre))
        if remount:
            layer.add_to(base)
        clicked = st_folium(
            base,
            key="map",
            feature_group_to_add=None if remount else layer,
            height=580,
            use_container_width=True,
            returned_objects=["last_active_drawing"],
        )
    with legend_col:
        st.markdown(f"**{day:%d %B %Y}**")
        counts = snapshot["status"].value_counts()
        rows = [map_layers.legend_row(status.colour, f"{status.label}: {int(counts.get(status.name, 0))}") for status in theatre.statuses]
        st.html("".join(rows) + map_layers.legend_notes())
        st.caption("A province's colour is the status of its capital, the seat of provincial government: the unit the reports use.")

    # Evidence for the clicked province.
    selected = ((clicked or {}).get("last_active_drawing") or {}).get("properties") or {}
    if selected.get("iso_code") and selected.get("kind") == "province":
        row = snapshot[snapshot["iso_code"] == selected["iso_code"]]
        if len(row):
            row = row.iloc[0]
            st.subheader(literal(f"{row['province']}: {statuses[row['status']].label.lower()} on {day:%d %B %Y}"))
            st.write(literal(map_layers.basis_sentence(row)))
            province_events = map_events[(map_events["iso_code"] == row["iso_code"]) & (map_events["event_date"] <= day.isoformat())]
            st.dataframe(province_events[EVENT_TABLE_COLUMNS].sort_values("event_date", ascending=False), hide_index=True, width="stretch")

    st.subheader("Provinces by status over time")
    st.vega_lite_chart(map_layers.with_day_rule(loaders.status_chart(timeline, theatre), day), width="stretch")

    with st.expander(f"Province status on {day:%d %B %Y}", expanded=False):
        table = snapshot[SNAPSHOT_COLUMNS].copy()
        table["evidence"] = [events_by_id[split_list(ids)[0]]["evidence"] if split_list(ids) and split_list(ids)[0] in events_by_id else "" for ids in table["event_ids"]]
        st.dataframe(table, hide_index=True, width="stretch")
        # Files are built only when a button is clicked, not on every move of the slider.
        day_status = snapshot[SNAPSHOT_COLUMNS]
        st.download_button(f"Status on {day} (CSV)", lambda: export.table_csv(day_status), file_name=f"status_{day}.csv", mime="text/csv", on_click="ignore")
        st.download_button(f"Status on {day} (GeoJSON)", lambda: export.snapshot_geojson(day_status, loaders.web_provinces()), file_name=f"status_{day}.geojson", mime="application/geo+json", on_click="ignore")
    url_state.write({"day": day, **url_filters})


day_view()

# -- everything that does not depend on the day -----------------------------------------------------------
events_tab, downloads_tab = st.tabs(["Events", "Downloads"])
with events_tab:
    newest = table_events["event_date"].to_numpy().argsort(kind="stable")[::-1][:TABLE_LIMIT]
    recent = table_events.iloc[newest]
    shown = f"the {TABLE_LIMIT:,} most recent are shown; the download has all" if len(table_events) > TABLE_LIMIT else "all shown"
    st.caption(f"{len(table_events):,} events match the filters and dates ({shown}). The `review` column shows reviewers' decisions.")
    st.dataframe(recent[EVENT_TABLE_COLUMNS], hide_index=True, width="stretch")
    review_panel.show(store, recent, theatre)
with downloads_tab:
    st.download_button("Filtered events (CSV, ACLED-style columns)", lambda: export.events_csv(table_events), file_name=f"events_{range_from}_{range_to}.csv", mime="text/csv", on_click="ignore")
    st.download_button("Province-by-day timeline (CSV)", lambda: export.table_csv(timeline), file_name=f"timeline_{first_day}_{last_day}.csv", mime="text/csv", on_click="ignore")
    st.caption("The status on the chosen day (CSV and GeoJSON) is under the chart. See the README for the columns of each file.")

st.caption(literal(theatre.attribution))
