"""Spatial join of point events to the province polygons."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd


def join_provinces(
    points: pd.DataFrame,
    provinces: gpd.GeoDataFrame,
    *,
    lat: str = "latitude",
    lon: str = "longitude",
) -> pd.DataFrame:
    """Return points with `province`, `iso_code` from the polygon containing each, and `in_theatre`.

    Points outside every polygon, or without coordinates, are kept with blank province
    and in_theatre False; none is dropped. Row order and index are preserved.
    """
    out = points.copy()
    lat_values = pd.to_numeric(out[lat], errors="coerce").to_numpy(dtype=float)
    lon_values = pd.to_numeric(out[lon], errors="coerce").to_numpy(dtype=float)
    located = ~(np.isnan(lat_values) | np.isnan(lon_values))
    geometry = gpd.points_from_xy(np.where(located, lon_values, 0.0), np.where(located, lat_values, 0.0))
    frame = gpd.GeoDataFrame({"_row": np.arange(len(out))}, geometry=geometry, crs=provinces.crs)
    frame = frame[located]
    hits = gpd.sjoin(frame, provinces[["province", "iso_code", "geometry"]], how="left", predicate="intersects")
    # A point on a shared border touches two provinces: keep the first deterministically.
    hits = hits.sort_values(["_row", "iso_code"]).drop_duplicates("_row")
    province = np.full(len(out), "", dtype=object)
    iso_code = np.full(len(out), "", dtype=object)
    rows = hits["_row"].to_numpy()
    province[rows] = hits["province"].fillna("").to_numpy(dtype=object)
    iso_code[rows] = hits["iso_code"].fillna("").to_numpy(dtype=object)
    out["province"] = province
    out["iso_code"] = iso_code
    out["in_theatre"] = iso_code != ""
    return out
