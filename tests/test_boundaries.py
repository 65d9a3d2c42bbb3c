import geopandas as gpd
import pytest
import shapely

from geo.boundaries import coverage_gap_ratio, load_provinces, vertex_count, web_layer
from geo.errors import BoundaryError


def test_34_valid_provinces_with_english_names(provinces):
    assert len(provinces) == 34
    assert provinces["iso_code"].is_unique
    assert shapely.is_valid(provinces.geometry.values).all()
    assert not shapely.is_empty(provinces.geometry.values).any()
    assert provinces.crs.to_epsg() == 4326
    # name_en, not the Natural Earth transliteration, is the project's province name
    assert {"Helmand", "Herat", "Jowzjan"} <= set(provinces["province"])
    assert "Hilmand" not in set(provinces["province"])


def test_web_coverage_has_no_gaps_and_few_vertices(theatre, tmp_path, provinces):
    layer = web_layer(theatre.path("provinces"), tmp_path, tolerance=0.02, grid=1e-5)
    assert len(layer) == 34
    assert vertex_count(layer) < 5000
    assert vertex_count(layer) < vertex_count(provinces)
    assert coverage_gap_ratio(layer) < 0.001
    assert shapely.is_valid(layer.geometry.values).all()
    union_ratio = shapely.union_all(layer.geometry.values).area / shapely.union_all(provinces.geometry.values).area
    assert union_ratio == pytest.approx(1.0, abs=0.001)


def test_per_polygon_simplify_would_open_gaps(provinces):
    # Why coverage_simplify: simplifying each polygon on its own breaks shared edges.
    naive = provinces.copy()
    naive["geometry"] = naive.geometry.simplify(0.02)
    assert coverage_gap_ratio(provinces) < 1e-9
    assert coverage_gap_ratio(naive) > 1e-4


def test_web_layer_is_built_once_then_read_from_cache(theatre, tmp_path):
    first = web_layer(theatre.path("provinces"), tmp_path, tolerance=0.02, grid=1e-5)
    built = list(tmp_path.glob("*.geojson"))
    assert len(built) == 1
    mtime = built[0].stat().st_mtime_ns
    second = web_layer(theatre.path("provinces"), tmp_path, tolerance=0.02, grid=1e-5)
    assert built[0].stat().st_mtime_ns == mtime
    assert list(second["iso_code"]) == list(first["iso_code"])
    assert vertex_count(second) == vertex_count(first)
    # coordinates are rounded to ~5 decimals in the build product
    text = built[0].read_text()
    assert "." in text and not any(len(part) > 5 for part in _decimals(text))


def _decimals(text):
    import re

    return [m.group(1) for m in re.finditer(r"-?\d+\.(\d+)", text)]


def _copy_shapefile(data_dir, tmp_path, skip=()):
    for path in (data_dir / "boundaries").glob("afg_provinces.*"):
        if path.suffix not in skip:
            (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path / "afg_provinces.shp"


def test_missing_dbf_is_a_clear_error(theatre, tmp_path):
    shp = _copy_shapefile(theatre.data_dir, tmp_path, skip=(".dbf",))
    with pytest.raises(BoundaryError, match=r"afg_provinces\.shp: shapefile is incomplete, missing afg_provinces\.dbf"):
        load_provinces(shp)


def test_missing_prj_is_a_clear_error(theatre, tmp_path):
    shp = _copy_shapefile(theatre.data_dir, tmp_path, skip=(".prj",))
    with pytest.raises(BoundaryError, match=r"missing afg_provinces\.prj"):
        load_provinces(shp)


def test_wrong_crs_is_a_clear_error(provinces, theatre, tmp_path):
    raw = gpd.read_file(theatre.path("provinces")).to_crs(3857)
    path = tmp_path / "mercator.shp"
    raw.to_file(path)
    with pytest.raises(BoundaryError, match=r"mercator\.shp: coordinate reference system is EPSG:3857, expected EPSG:4326"):
        load_provinces(path)


def test_not_a_shapefile_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.shp"
    for suffix in (".shp", ".shx", ".dbf", ".prj"):
        path.with_suffix(suffix).write_bytes(b"not a shapefile")
    with pytest.raises(BoundaryError, match=r"broken\.shp: cannot be read"):
        load_provinces(path)


def test_duplicate_iso_codes_and_wrong_count_are_reported(theatre, tmp_path):
    raw = gpd.read_file(theatre.path("provinces"))
    dup = raw.copy()
    dup.loc[1, "iso_code"] = dup.loc[0, "iso_code"]
    dup.to_file(tmp_path / "dup.shp")
    with pytest.raises(BoundaryError, match=r"duplicate iso_code AF-BDS"):
        load_provinces(tmp_path / "dup.shp")
    raw.iloc[:30].to_file(tmp_path / "short.shp")
    with pytest.raises(BoundaryError, match=r"30 unique iso_code values, expected 34"):
        load_provinces(tmp_path / "short.shp")


def test_invalid_and_empty_geometries_are_reported(theatre, tmp_path):
    raw = gpd.read_file(theatre.path("provinces"))
    bowtie = shapely.Polygon([(60, 30), (61, 31), (61, 30), (60, 31)])
    raw.loc[3, "geometry"] = bowtie
    raw.to_file(tmp_path / "bowtie.shp")
    with pytest.raises(BoundaryError, match=r"invalid geometry for Balkh \(Self-intersection\[60\.5 30\.5\]\)"):
        load_provinces(tmp_path / "bowtie.shp")


@pytest.mark.parametrize(
    "part, expected",
    [
        (".shp", r"afg_provinces\.shp: truncated: 65,530 bytes, its header says 131,060; copy the file again"),
        (".shx", r"afg_provinces\.shx: truncated: 186 bytes, its header says 372"),
        (".dbf", r"afg_provinces\.dbf: truncated: 794 bytes, its header says 1,587"),
    ],
)
def test_a_truncated_shapefile_part_is_named(theatre, tmp_path, part, expected):
    # GDAL would read what is there and hand back provinces without geometry (or fail with its own words).
    shp = _copy_shapefile(theatre.data_dir, tmp_path)
    data = shp.with_suffix(part).read_bytes()
    shp.with_suffix(part).write_bytes(data[: len(data) // 2])
    with pytest.raises(BoundaryError, match=expected):
        load_provinces(shp)


def test_a_directory_in_place_of_the_shapefile_is_named(theatre, tmp_path):
    shp = _copy_shapefile(theatre.data_dir, tmp_path, skip=(".shp",))
    shp.mkdir()
    with pytest.raises(BoundaryError, match=r"afg_provinces\.shp: is a directory, not a boundary file"):
        load_provinces(shp)


def test_missing_column_is_reported(theatre, tmp_path):
    raw = gpd.read_file(theatre.path("provinces")).drop(columns=["name_en"])
    raw.to_file(tmp_path / "noname.shp")
    with pytest.raises(BoundaryError, match=r"missing column\(s\) name_en"):
        load_provinces(tmp_path / "noname.shp")
