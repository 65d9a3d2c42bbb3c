"""Reviewing an event: accept, reject or correct it with a reason; kept across re-extraction."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.errors import GeoInputError
from geo.vocabulary import EVENT_TYPES
from markdown_text import literal

UNCHANGED = "(unchanged)"


def _label(row) -> str:
    review = f" · {row['review']}" if row.get("review") else ""
    return f"{row['event_date']} · {row['event_type']} · {row['location']} · {row['actor1']}{review} · {row['event_id']}"


def show(store, events: pd.DataFrame, theatre) -> None:
    """Draw the review form under the events table and apply what the reviewer submits."""
    st.markdown("#### Review an event")
    if message := st.session_state.pop("review_message", None):
        st.success(message)
    if events.empty:
        st.caption("No event matches the filters.")
        return
    labels = {row["event_id"]: _label(row) for row in events.to_dict("records")}
    provinces = {p.province: p.iso_code for p in store.extractor.gazetteer.places if p.kind == "province"}
    with st.form("review_form", clear_on_submit=True):
        event_id = st.selectbox("Event", list(labels), format_func=labels.get, key="review_event")
        action = st.radio("Decision", ["accept", "reject", "correct"], horizontal=True, key="review_action",
                          help="Reject: the event leaves the map (and stays listed under 'Show rejected'). Correct: change what is wrong below.")
        type_col, place_col, actor_col = st.columns(3)
        event_type = type_col.selectbox("Correct the type", [UNCHANGED, *EVENT_TYPES], key="review_type")
        province = place_col.selectbox("Correct the province", [UNCHANGED, *sorted(provinces)], key="review_province")
        actor = actor_col.selectbox("Correct the actor", [UNCHANGED, *[a.name for a in theatre.actors]], key="review_actor")
        start_col, end_col = st.columns(2)
        date_start = start_col.date_input("Correct the first day", value=None, key="review_start")
        date_end = end_col.date_input("Correct the last day", value=None, key="review_end")
        reason = st.text_input("Reason (required, kept with the decision)", key="review_reason")
        submitted = st.form_submit_button("Save review")
    if not submitted:
        return
    if not reason.strip():
        st.error("Give a short reason: it is stored with the decision so others can check it.")
        return
    corrections = {}
    if action == "correct":
        corrections = {
            "event_type": None if event_type == UNCHANGED else event_type,
            "iso_code": None if province == UNCHANGED else provinces[province],
            "actor1": None if actor == UNCHANGED else actor,
            "date_start": date_start,
            "date_end": date_end or date_start,
        }
    try:
        store.review_event(event_id, action, reason=reason.strip(), **corrections)
    except GeoInputError as exc:
        st.error(literal(exc))
        return
    st.session_state["review_message"] = f"Saved: {action} {literal(labels[event_id])}. The map and tables now use it."
    st.rerun()
