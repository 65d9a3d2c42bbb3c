"""The dashboard's page logic under Streamlit's AppTest (no browser): widgets in, map arguments out."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT

APP = str(ROOT / "app" / "dashboard.py")
TALIBAN, GOVERNMENT = "#d55e00", "#0072b2"


def run(query: dict | None = None, **state) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def map_args(at: AppTest) -> dict:
    (component,) = [c for c in at.get("component_instance") if "streamlit_folium" in c.proto.component_name]
    return json.loads(component.proto.json_args)


def fill_of(args: dict, iso_code: str) -> str:
    match = re.search(r'\{[^{}]*"className":\s*"province iso-' + iso_code + r' day-[^"]*"[^{}]*\}', args["feature_group"])
    assert match, f"no style for {iso_code}"
    return json.loads(match.group())["fillColor"]


@pytest.fixture(scope="module")
def first_run():
    return run()


def test_default_day_is_the_latest_day_with_events(first_run):
    assert first_run.slider(key="day").value == date(2021, 8, 13)


def test_moving_the_slider_changes_the_status_colours(first_run):
    at = first_run
    at.slider(key="day").set_value(date(2021, 8, 11)).run()
    assert not at.exception
    before = map_args(at)
    assert fill_of(before, "AF-KAN") == GOVERNMENT
    at.slider(key="day").set_value(date(2021, 8, 13)).run()
    after = map_args(at)
    assert fill_of(after, "AF-KAN") == TALIBAN
    assert fill_of(after, "AF-HER") == TALIBAN
    # the static base map is the same: streamlit-folium keeps the iframe and swaps the layer
    assert before["script"] == after["script"]


def test_map_loads_no_cdn_asset(first_run):
    args = map_args(first_run)
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith("../../app/static/vendor/") for link in links), links
    assert not re.search(r"https?://(?!tile\.openstreetmap)", args["script"] + args["feature_group"])


def test_url_restores_day_and_filters():
    at = run({"day": "2021-08-11", "claims": "confirmed", "types": "captured|held"})
    assert at.slider(key="day").value == date(2021, 8, 11)
    assert at.radio(key="claims").value == "confirmed"
    assert at.multiselect(key="types").value == ["captured", "held"]


def test_state_goes_into_the_url(first_run):
    at = first_run
    at.slider(key="day").set_value(date(2021, 8, 12)).run()
    assert at.query_params["day"] == ["2021-08-12"] or at.query_params["day"] == "2021-08-12"


def test_filters_change_the_map(first_run):
    at = run({"day": "2021-08-13", "types": "contested|held"})
    args = map_args(at)
    # with captures filtered out, Kandahar is no longer shown as taken
    assert fill_of(args, "AF-KAN") == GOVERNMENT


def test_attribution_is_on_the_page_and_the_map(first_run):
    text = " ".join(c.value for c in first_run.caption)
    assert "Made with Natural Earth" in text
    assert "Made with Natural Earth" in map_args(first_run)["script"]


def test_districts_take_their_provinces_colour():
    at = run({"day": "2021-08-13", "districts": "1"})
    args = map_args(at)
    classes = re.findall(r'"className":\s*"district (iso-[A-Z-]+) day-2021-08-13 layer-2021-08-13"', args["feature_group"])
    # each of the 398 district features carries its style, and folium adds the 34 distinct styles once more
    assert len(set(classes)) == 34 and len(classes) == 398 + 34
    kandahar = re.findall(r'\{[^{}]*"className":\s*"district iso-AF-KAN day-[^"]*"[^{}]*\}', args["feature_group"])
    assert kandahar and {json.loads(style)["fillColor"] for style in kandahar} == {TALIBAN}
    assert at.query_params["districts"] in ("1", ["1"])


@pytest.mark.parametrize("query", [
    {"from": "1900-01-01"}, {"to": "2099-01-01"}, {"from": "2021-08-10", "to": "2021-07-01"},
    {"from": "not-a-date", "day": "2021-13-40"}, {"provinces": "Kabul|<img src=x onerror=alert(1)>", "types": "captured|captured"},
])
def test_a_crafted_or_stale_link_still_opens_the_map(query):
    at = run(query)
    assert not at.exception, at.exception
    start, end = at.date_input(key="range").value
    assert start <= end
    assert map_args(at)["feature_group"]
