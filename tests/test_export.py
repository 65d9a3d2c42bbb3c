import json

import pytest

from geo.csvio import read_csv_text
from geo.export import ACLED_COLUMNS, EXPORT_COLUMNS, acled_events, events_csv, snapshot_geojson, table_csv
from geo.schema import load_events


@pytest.fixture(scope="module")
def events(theatre):
    return load_events(theatre.path("events"))


def test_events_csv_has_acled_columns_then_ours(events):
    text = events_csv(events)
    header = text.splitlines()[0].split(",")
    assert header == EXPORT_COLUMNS
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    back = read_csv_text(text)
    kandahar = back[(back["admin1"] == "Kandahar") & (back["control_event"] == "captured")].iloc[0]
    assert kandahar["event_type"] == "Battles"
    assert kandahar["sub_event_type"] == "Non-state actor overtakes territory"
    assert "Kandahar" in kandahar["notes"] and kandahar["claimed"] == "False"


def test_claimed_is_a_real_boolean_after_a_csv_round_trip(events):
    exported = acled_events(events)
    assert exported["claimed"].dtype == bool
    assert not exported["claimed"].all()


def test_formula_injection_is_guarded(events):
    hostile = events.head(1).copy()
    hostile["evidence"] = '=HYPERLINK("http://evil.example","click")'
    hostile["location"] = "@SUM(1+1)"
    text = events_csv(hostile)
    assert "'=HYPERLINK" in text and "'@SUM" in text
    assert read_csv_text(text)["notes"].iloc[0] == '=HYPERLINK("http://evil.example","click")'


def test_table_csv_and_geojson(theatre, events):
    import pandas as pd

    from geo import layers

    provinces = layers.web_provinces(theatre)
    snapshot = pd.DataFrame({"province": ["Kandahar"], "iso_code": ["AF-KAN"], "status": ["taliban"], "basis": ["reported"],
                             "since": ["2021-08-13"], "event_ids": ["AFG1"], "n_sources": [3], "claimed": [False]})
    assert table_csv(snapshot).splitlines()[0] == "province,iso_code,status,basis,since,event_ids,n_sources,claimed"
    collection = json.loads(snapshot_geojson(snapshot, provinces))
    (feature,) = collection["features"]
    assert feature["properties"] == {"province": "Kandahar", "iso_code": "AF-KAN", "status": "taliban", "basis": "reported",
                                     "since": "2021-08-13", "event_ids": "AFG1", "n_sources": 3, "claimed": False}
    assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
