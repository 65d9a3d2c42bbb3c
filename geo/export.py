"""Downloads: the filtered events in ACLED-familiar columns, the status snapshot and timeline,
and the snapshot as GeoJSON. Every CSV is guarded against spreadsheet formula injection."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from geo.boundaries import to_geojson
from geo.csvio import to_csv_text

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
]
OUR_COLUMNS = ["date_start", "date_end", "n_sources", "claimed", "article", "control_event", "iso_code", "evidence_outlet", "evidence_published", "reviewed"]
EXPORT_COLUMNS = ACLED_COLUMNS + OUR_COLUMNS


def acled_events(events: pd.DataFrame) -> pd.DataFrame:
    """Return events with ACLED-familiar column names (event_type is ACLED's; ours is control_event)."""
    reviewed = events["review"].fillna("") if "review" in events.columns else pd.Series("", index=events.index)
    out = pd.DataFrame(
        {
            "event_id_cnty": events["event_id"],
            "event_date": events["event_date"],
            "time_precision": events["time_precision"].astype(int),
            "event_type": events["acled_event_type"],
            "sub_event_type": events["sub_event_type"],
            "actor1": events["actor1"],
            "actor2": events["actor2"],
            "admin1": events["province"],
            "location": events["location"],
            "latitude": events["latitude"].astype(float).round(5),
            "longitude": events["longitude"].astype(float).round(5),
            "geo_precision": events["geo_precision"].astype(int),
            "source": events["sources"],
            "notes": events["evidence"],
            "date_start": events["date_start"],
            "date_end": events["date_end"],
            "n_sources": events["n_sources"].astype(int),
            "claimed": events["claimed"].astype(bool),
            "article": events["articles"],
            "control_event": events["event_type"],
            "iso_code": events["iso_code"],
            "evidence_outlet": events["evidence_outlet"],
            "evidence_published": events["evidence_published"],
            "reviewed": reviewed,
        }
    )
    return out[EXPORT_COLUMNS].reset_index(drop=True)


def events_csv(events: pd.DataFrame) -> str:
    """Return the ACLED-familiar events CSV text."""
    return to_csv_text(acled_events(events))


def table_csv(table: pd.DataFrame) -> str:
    """Return any status table (snapshot or timeline) as guarded CSV text."""
    return to_csv_text(table)


def snapshot_geojson(snapshot: pd.DataFrame, provinces: gpd.GeoDataFrame, precision: int = 5) -> str:
    """Return the day's snapshot joined to province shapes as a GeoJSON FeatureCollection."""
    shapes = dict(zip(provinces["iso_code"], provinces.geometry.values))
    shaped = gpd.GeoDataFrame(snapshot.reset_index(drop=True), geometry=[shapes.get(iso) for iso in snapshot["iso_code"]], crs=provinces.crs)
    return to_geojson(shaped, list(snapshot.columns), precision)
