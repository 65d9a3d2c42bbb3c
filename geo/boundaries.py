"""Province and district boundaries: loading, validation, and the simplified web-ready coverage."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from geo.errors import BoundaryError

SHAPEFILE_SIDECARS = (".shx", ".dbf", ".prj")
PROVINCE_COLUMNS = ("province", "iso_code", "ne_name", "geometry")
DISTRICT_COLUMNS = ("district", "province", "iso_code", "geometry")


def _read_vector(path: Path) -> gpd.GeoDataFrame:
    path = Path(path)
    if not path.exists():
        raise BoundaryError(f"{path}: file not found")
    if not path.is_file():
        raise BoundaryError(f"{path}: is a directory, not a boundary file")
    if path.suffix.lower() == ".shp":
        missing = [s for s in SHAPEFILE_SIDECARS if not path.with_suffix(s).is_file()]
        if missing:
            raise BoundaryError(
                f"{path}: shapefile is incomplete, missing {', '.join(path.stem + s for s in missing)}"
            )
        for part in (path, path.with_suffix(".shx"), path.with_suffix(".dbf")):
            _require_complete(part)
    try:
        return gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
        raise BoundaryError(f"{path}: cannot be read as vector data ({exc})") from None


def _require_complete(path: Path) -> None:
    """Raise BoundaryError when a shapefile part is shorter than its header says (a cut-off copy).

    GDAL reads a truncated file without complaint and hands back the features it could read,
    some without geometry: the cause is worth naming.
    """
    size = path.stat().st_size
    with open(path, "rb") as f:
        header = f.read(32)
    if path.suffix.lower() in (".shp", ".shx"):
        # Main file and index: file code 9994, then the file length in 16-bit words (big-endian).
        if len(header) < 28 or int.from_bytes(header[0:4], "big") != 9994:
            raise BoundaryError(f"{path}: cannot be read as a shapefile (no shapefile header)")
        expected = 2 * int.from_bytes(header[24:28], "big")
    else:
        # dBASE table: record count, header length and record length (little-endian).
        if len(header) < 12:
            raise BoundaryError(f"{path}: cannot be read as a dBASE table (no header)")
        records, header_length, record_length = (int.from_bytes(header[a:b], "little") for a, b in ((4, 8), (8, 10), (10, 12)))
        expected = header_length + records * record_length
    if size < expected:
        raise BoundaryError(f"{path}: truncated: {size:,} bytes, its header says {expected:,}; copy the file again")


def _names(values) -> str:
    """Up to five names, then how many more: a message stays one readable line."""
    values = [str(v) for v in values]
    return ", ".join(values[:5]) + (f" and {len(values) - 5} more" if len(values) > 5 else "")


def _require_columns(gdf: gpd.GeoDataFrame, path: Path, columns: list[str]) -> None:
    missing = [c for c in columns if c not in gdf.columns]
    if missing:
        raise BoundaryError(f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(gdf.columns)}")


def _require_wgs84(gdf: gpd.GeoDataFrame, path: Path) -> None:
    if gdf.crs is None:
        raise BoundaryError(f"{path}: no coordinate reference system (is the .prj missing?); expected EPSG:4326")
    if gdf.crs.to_epsg() != 4326:
        raise BoundaryError(f"{path}: coordinate reference system is {gdf.crs.to_string()}, expected EPSG:4326")


def _require_valid_geometry(gdf: gpd.GeoDataFrame, path: Path, label_column: str) -> None:
    geoms = gdf.geometry.values
    bad = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if bad.any():
        raise BoundaryError(f"{path}: empty or missing geometry for {_names(gdf.loc[bad, label_column])}")
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        first = int(np.flatnonzero(invalid)[0])
        reason = shapely.is_valid_reason(geoms[first])  # e.g. "Self-intersection[66.5 36.5]"
        detail = reason if invalid.sum() == 1 else f"{gdf[label_column].iloc[first]}: {reason}"
        raise BoundaryError(f"{path}: invalid geometry for {_names(gdf.loc[invalid, label_column])} ({detail})")
    kinds = set(shapely.get_type_id(geoms))
    if not kinds <= {3, 6}:  # Polygon, MultiPolygon
        raise BoundaryError(f"{path}: expected polygons, found geometry types {sorted(kinds)}")


def load_provinces(
    path: Path | str,
    *,
    name_column: str = "name_en",
    key_column: str = "iso_code",
    expected_count: int | None = 34,
) -> gpd.GeoDataFrame:
    """Return validated provinces with columns province, iso_code, ne_name, geometry."""
    path = Path(path)
    gdf = _read_vector(path)
    _require_columns(gdf, path, [name_column, key_column, "province"])
    _require_wgs84(gdf, path)
    keys = gdf[key_column]
    if keys.isna().any() or (keys.astype(str).str.strip() == "").any():
        raise BoundaryError(f"{path}: blank {key_column} in some rows")
    duplicated = keys[keys.duplicated()].unique()
    if len(duplicated):
        raise BoundaryError(f"{path}: duplicate {key_column} {', '.join(map(str, duplicated))}")
    if expected_count is not None and keys.nunique() != expected_count:
        raise BoundaryError(f"{path}: {keys.nunique()} unique {key_column} values, expected {expected_count}")
    _require_valid_geometry(gdf, path, name_column)
    out = gpd.GeoDataFrame(
        {
            "province": gdf[name_column].astype(str),
            "iso_code": keys.astype(str),
            "ne_name": gdf["province"].astype(str),
        },
        geometry=gdf.geometry.values,
        crs=gdf.crs,
    )
    return out.sort_values("iso_code", ignore_index=True)


def load_districts(path: Path | str, provinces: gpd.GeoDataFrame | None = None) -> gpd.GeoDataFrame:
    """Return validated districts with columns district, province (English name), iso_code, geometry."""
    path = Path(path)
    gdf = _read_vector(path)
    _require_columns(gdf, path, ["district", "iso_code"])
    _require_wgs84(gdf, path)
    _require_valid_geometry(gdf, path, "district")
    if provinces is not None:
        unknown = sorted(set(gdf["iso_code"]) - set(provinces["iso_code"]))
        if unknown:
            raise BoundaryError(f"{path}: districts name unknown province codes {', '.join(unknown)}")
        names = dict(zip(provinces["iso_code"], provinces["province"]))
        province = gdf["iso_code"].map(names)
    else:
        province = gdf.get("province", gdf["iso_code"])
    return gpd.GeoDataFrame(
        {"district": gdf["district"].astype(str), "province": province.astype(str), "iso_code": gdf["iso_code"].astype(str)},
        geometry=gdf.geometry.values,
        crs=gdf.crs,
    )


def simplify_coverage(gdf: gpd.GeoDataFrame, tolerance: float, grid: float) -> gpd.GeoDataFrame:
    """Return a copy simplified as a coverage (shared edges kept) with coordinates snapped to grid."""
    geoms = shapely.coverage_simplify(gdf.geometry.values, tolerance)
    geoms = shapely.set_precision(geoms, grid)
    out = gdf.copy()
    out["geometry"] = geoms
    return out


def vertex_count(gdf: gpd.GeoDataFrame) -> int:
    """Return the total number of coordinates in the layer."""
    return int(shapely.get_num_coordinates(gdf.geometry.values).sum())


def coverage_gap_ratio(gdf: gpd.GeoDataFrame) -> float:
    """Return |sum of areas - area of union| / area of union: 0 for a perfect coverage."""
    geoms = gdf.geometry.values
    union = shapely.union_all(geoms).area
    return float(abs(shapely.area(geoms).sum() - union) / union)


def to_geojson(gdf: gpd.GeoDataFrame, properties: list[str], precision: int = 5) -> str:
    """Return a compact GeoJSON FeatureCollection string with the given properties.

    Coordinates are rounded to `precision` decimals; property values become plain JSON values.
    """
    features = []
    for row, geom in zip(gdf[properties].itertuples(index=False), gdf.geometry.values):
        geometry = None
        if geom is not None:
            geometry = json.loads(shapely.to_geojson(geom))
            geometry["coordinates"] = _round_coordinates(geometry["coordinates"], precision)
        features.append({"type": "Feature", "properties": {k: _json_value(v) for k, v in zip(properties, row)}, "geometry": geometry})
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"), ensure_ascii=False)


def _json_value(value):
    """A JSON-ready Python value from a pandas/numpy cell (None for missing)."""
    if hasattr(value, "item"):
        value = value.item()
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value if isinstance(value, (bool, int, float, str)) else str(value)


def _round_coordinates(coords, precision: int):
    if isinstance(coords, float):
        return round(coords, precision)
    return [_round_coordinates(c, precision) for c in coords]


def _source_digest(path: Path, extra: str) -> str:
    digest = hashlib.sha256(extra.encode())
    for suffix in (".shp", ".dbf", ".prj", ".shx"):
        sidecar = path.with_suffix(suffix)
        if sidecar.is_file():
            digest.update(sidecar.read_bytes())
    return digest.hexdigest()[:16]


def web_layer(
    path: Path | str,
    cache_dir: Path | str,
    *,
    tolerance: float,
    grid: float,
    loader=load_provinces,
    properties: tuple[str, ...] = ("province", "iso_code"),
) -> gpd.GeoDataFrame:
    """Return the simplified web-ready layer, reading it from cache_dir when already built.

    The cache file's name carries a digest of the source files and parameters, so a
    changed shapefile or tolerance builds a new one; the write is atomic.
    """
    path = Path(path)
    cache_dir = Path(cache_dir)
    key = _source_digest(path, f"{tolerance}|{grid}|{','.join(properties)}|{loader.__name__}")
    cached = cache_dir / f"{path.stem}.web.{key}.geojson"
    if cached.exists():
        try:
            layer = gpd.read_file(cached, engine="pyogrio")
            return layer.set_crs(4326, allow_override=True)
        except (pyogrio.errors.DataSourceError, OSError):
            pass  # a corrupt cache is rebuilt below
    layer = simplify_coverage(loader(path), tolerance, grid)[[*properties, "geometry"]]
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=cache_dir, suffix=".tmp", delete=False, encoding="utf-8") as tmp:
        tmp.write(to_geojson(layer, list(properties)))
    os.replace(tmp.name, cached)
    return layer.reset_index(drop=True)


def bounds(gdf: gpd.GeoDataFrame) -> list[list[float]]:
    """Return [[south, west], [north, east]] for fitting a map to the layer."""
    minx, miny, maxx, maxy = np.asarray(gdf.total_bounds, dtype=float)
    return [[miny, minx], [maxy, maxx]]
