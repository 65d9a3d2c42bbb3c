"""The theatre's boundary layers, loaded from the paths and settings in its configuration."""

from __future__ import annotations

import geopandas as gpd

from geo.boundaries import load_districts, load_provinces, web_layer
from geo.theatre import Theatre


def provinces(theatre: Theatre) -> gpd.GeoDataFrame:
    """Return the theatre's validated, full-detail provinces."""
    b = theatre.boundaries
    return load_provinces(
        theatre.path("provinces"),
        name_column=b.get("name_column", "name_en"),
        key_column=b.get("key_column", "iso_code"),
        expected_count=b.get("expected_count"),
    )


def districts(theatre: Theatre) -> gpd.GeoDataFrame:
    """Return the theatre's validated districts, named by English province names."""
    return load_districts(theatre.path("districts"), provinces(theatre))


def web_provinces(theatre: Theatre) -> gpd.GeoDataFrame:
    """Return the simplified province coverage for the map (a cached build product)."""
    b = theatre.boundaries
    return web_layer(
        theatre.path("provinces"),
        theatre.data_dir / "build",
        tolerance=b.get("web_simplify_tolerance", 0.02),
        grid=b.get("web_coordinate_grid", 1e-5),
        loader=lambda path: provinces(theatre),
        properties=("province", "iso_code"),
    )


def web_districts(theatre: Theatre) -> gpd.GeoDataFrame:
    """Return the district layer for the map (already simplified at source; grid-snapped, cached)."""
    b = theatre.boundaries
    return web_layer(
        theatre.path("districts"),
        theatre.data_dir / "build",
        tolerance=0.0,
        grid=b.get("web_coordinate_grid", 1e-5),
        loader=lambda path: districts(theatre),
        properties=("district", "province", "iso_code"),
    )
