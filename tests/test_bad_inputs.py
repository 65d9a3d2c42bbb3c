"""The bad-input corpus (tests/bad_inputs/cases.toml) through the CLI and the dashboard.

Each bad case must exit with code 2 and exactly one line on stderr naming the file and the problem, print no
traceback, write no output, leave the store and the data files byte-identical, and finish in bounded time.
Most cases run in-process through geo.cli.main (the same code as `python -m geo`, without a second or so of
interpreter start-up each); those marked `subprocess` also run as real processes under a timeout. Article
files are also uploaded on the Articles page, which must show the message as an st.error, not a traceback.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import DATA, ROOT
from geo.articles import read_manifest
from geo.cli import main
from geo.control import load_events
from geo.csvio import read_csv_file
from geo.errors import BaselineError, GazetteerError
from geo.store import Store
from geo.textfile import read_utf8_file
from geo.theatre import load_theatre

HERE = Path(__file__).parent / "bad_inputs"
CORPUS = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))
BAD, ACCEPTED = CORPUS["case"], CORPUS["accepted"]
FUTURE = date.today() + timedelta(days=40)
# A bad input is refused in well under a second (the 20 MB file by its size alone); these are generous bounds.
IN_PROCESS_SECONDS = 10
SUBPROCESS_TIMEOUT = 60
APP_TIMEOUT = 60


def test_the_corpus_covers_at_least_30_distinct_cases_of_every_entry_point():
    ids = [case["id"] for case in BAD + ACCEPTED]
    assert len(set(ids)) == len(ids), "case ids must be unique"
    assert len(BAD) >= 30
    assert {case["entry"] for case in BAD} == {"add", "extract", "control", "build", "export", "review"}
    for case in BAD + ACCEPTED:
        assert ("input" in case or "make" in case or case["entry"] == "review") and case["args"], case["id"]
        assert case.get("make") is None or case["make"] in MAKERS, case["id"]


# -- generated inputs: large or derived from the bundled data, never committed -------------------------------------


@dataclass
class Workspace:
    """Where a case runs: tmp_path, the data directory (the bundled one or a copy), and the output files."""

    tmp: Path
    data: Path
    out: Path
    mentions: Path


ARTICLE = (HERE / "articles" / "sheberghan.txt").read_bytes()


def random_binary(ws: Workspace) -> Path:
    path = ws.tmp / "random.txt"
    path.write_bytes(random.Random(20210815).randbytes(64 * 1024))
    return path


def zip_renamed_txt(ws: Workspace) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("sheberghan.txt", ARTICLE)
    path = ws.tmp / "sheberghan-zipped.txt"
    path.write_bytes(buffer.getvalue())
    return path


def twenty_mb_article(ws: Workspace) -> Path:
    path = ws.tmp / "twenty-mb.txt"
    with open(path, "wb") as f:
        f.write(ARTICLE * (20 * 1024 * 1024 // len(ARTICLE)))
        f.truncate(20 * 1024 * 1024)
    return path


def too_much_text(ws: Workspace) -> Path:
    path = ws.tmp / "too-much-text.txt"
    path.write_bytes(b"Kunduz fell on Sunday, officials said. " * 5641 + b"x" * 1)  # 220,000 characters, 0.2 MB
    assert len(path.read_bytes()) == 220_000
    return path


def directory_named_txt(ws: Workspace) -> Path:
    path = ws.tmp / "report.txt"
    path.mkdir()
    return path


def directory_named_csv(ws: Workspace) -> Path:
    path = ws.tmp / "events.csv"
    path.mkdir()
    return path


def out_is_a_directory(ws: Workspace) -> None:
    ws.out.mkdir()


def mentions_is_a_directory(ws: Workspace) -> None:
    ws.mentions.mkdir()


def _provinces(ws: Workspace) -> Path:
    return ws.data / "boundaries" / "afg_provinces.shp"


def provinces_without_dbf(ws: Workspace) -> Path:
    _provinces(ws).with_suffix(".dbf").unlink()
    return _provinces(ws)


def provinces_in_web_mercator(ws: Workspace) -> Path:
    gpd.read_file(_provinces(ws)).to_crs(3857).to_file(_provinces(ws))
    return _provinces(ws)


def provinces_with_bowtie(ws: Workspace) -> Path:
    layer = gpd.read_file(_provinces(ws))
    balkh = layer.index[layer["name_en"] == "Balkh"][0]
    layer.loc[balkh, "geometry"] = shapely.Polygon([(66, 36), (67, 37), (67, 36), (66, 37)])  # edges cross at (66.5, 36.5)
    layer.to_file(_provinces(ws))
    return _provinces(ws)


def _truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def provinces_truncated_shp(ws: Workspace) -> Path:
    return _truncate(_provinces(ws))


def provinces_truncated_dbf(ws: Workspace) -> Path:
    return _truncate(_provinces(ws).with_suffix(".dbf"))


def provinces_shp_is_a_directory(ws: Workspace) -> Path:
    _provinces(ws).unlink()
    _provinces(ws).mkdir()
    return _provinces(ws)


def districts_without_prj(ws: Workspace) -> Path:
    shp = ws.data / "boundaries" / "afg_districts.shp"
    shp.with_suffix(".prj").unlink()
    return shp


def gazetteer_with_degrees(ws: Workspace) -> Path:
    path = ws.data / "gazetteer" / "provincial_capitals.csv"
    text = path.read_text(encoding="utf-8")
    assert ",37.12976,70.57925," in text
    path.write_text(text.replace(",37.12976,70.57925,", ",37°07′N,70.57925,", 1), encoding="utf-8")
    return path


def gazetteer_with_bom(ws: Workspace) -> Path:
    path = ws.data / "gazetteer" / "provincial_capitals.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    return path


def theatre_with_bom(ws: Workspace) -> Path:
    path = ws.data / "theatre.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    return path


MAKERS = {f.__name__: f for f in (
    random_binary, zip_renamed_txt, twenty_mb_article, too_much_text, directory_named_txt, directory_named_csv,
    out_is_a_directory, mentions_is_a_directory, provinces_without_dbf, provinces_in_web_mercator,
    provinces_with_bowtie, provinces_truncated_shp, provinces_truncated_dbf, provinces_shp_is_a_directory,
    districts_without_prj, gazetteer_with_degrees, gazetteer_with_bom, theatre_with_bom,
)}


# -- setting a case up, and what must not change ----------------------------------------------------------------------


@dataclass
class Run:
    """A case ready to run: its CLI arguments, the message fragment expected, and what it must leave alone."""

    argv: list[str]
    expect: str
    input: Path | None
    data: Path
    out_dir: Path
    values: dict[str, str]

    def snapshot(self, store: Path) -> dict[str, dict[str, str]]:
        """Digests of the store, the data directory and the input.

        The store is its file plus any write-ahead log with content (commits not yet copied into the file);
        an empty log and the -shm index come and go with open connections, and hold no data.
        """
        wal = store.with_name(store.name + "-wal")
        logged = {wal.name: _sha(wal)} if wal.exists() and wal.stat().st_size else {}
        watched = {"store": {store.name: _sha(store), **logged}, "data": _digests(self.data)}
        if self.input is not None and self.out_dir not in self.input.parents:
            watched["input"] = _digests(self.input)
        return watched


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _digests(path: Path) -> dict[str, str]:
    """sha256 of every file under path (or of path itself), by relative name; store files excluded."""
    if path.is_file():
        return {path.name: _sha(path)}
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("store.sqlite"))
    return {str(p.relative_to(path)): _sha(p) for p in files}


def _setup(case: dict, tmp_path: Path, store: Path | None = None) -> Run:
    data = DATA
    if case.get("data") == "copy" or "replaces" in case:
        data = tmp_path / "data"
        shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("build", "store.sqlite*"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    ws = Workspace(tmp_path, data, out_dir / "result.csv", out_dir / "mentions.csv")
    given = None
    if "input" in case:
        given = Path(case["input"].replace("{bundled}", str(DATA)))
        given = given if given.is_absolute() else HERE / given
    if "replaces" in case:
        target = data / case["replaces"]
        shutil.copyfile(given, target)
        given = target
    if case.get("make"):
        given = MAKERS[case["make"]](ws) or given
    values = {
        "input": str(given), "data": str(data), "bundled": str(DATA), "out": str(ws.out),
        "mentions": str(ws.mentions), "future": FUTURE.isoformat(), "store": str(store),
    }
    argv = ["--data", str(data), *(arg.format(**values) for arg in case["args"])]
    return Run(argv, case["expect"].format(**values), given, data, out_dir, values)


@pytest.fixture(scope="module")
def seeded(isolated_store, theatre) -> Path:
    """The session's store ($GEO_STORE), created and seeded before any case: every case must leave it as it is."""
    Store.open(None, theatre).close()
    return isolated_store


def _assert_refused(run: Run, code, out: str, err: str) -> None:
    assert "Traceback" not in out + err, err
    assert code == 2, err
    assert out == "", out
    assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert run.expect in err, f"expected {run.expect!r} in {err!r}"
    written = [p for p in run.out_dir.rglob("*") if p.is_file()]
    assert written == [], f"output written: {written}"


# -- the CLI ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", BAD, ids=[case["id"] for case in BAD])
def test_bad_input_is_refused_by_the_cli(case, tmp_path, seeded, capsys):
    run = _setup(case, tmp_path)
    before = run.snapshot(seeded)
    capsys.readouterr()
    started = time.monotonic()
    code = main(run.argv)
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    _assert_refused(run, code, out, err)
    assert elapsed < IN_PROCESS_SECONDS
    assert run.snapshot(seeded) == before


REAL = [case for case in BAD if case.get("subprocess")]


@pytest.mark.parametrize("case", REAL, ids=[case["id"] for case in REAL])
def test_bad_input_is_refused_by_a_real_process_in_bounded_time(case, tmp_path, seeded):
    run = _setup(case, tmp_path)
    before = run.snapshot(seeded)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-m", "geo", *run.argv], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT)
    _assert_refused(run, result.returncode, result.stdout, result.stderr)
    assert run.snapshot(seeded) == before


# -- accepted: a byte-order mark is not an error ---------------------------------------------------------------------


def _newest_article(store: Path) -> tuple[str, str]:
    with Store.open(store, load_theatre(DATA)) as opened:
        newest = opened.articles().iloc[-1]
        return opened.text(newest["file"]), newest["title"]


def stored_text_starts(run: Run, case: dict) -> str:
    text, _ = _newest_article(Path(run.values["store"]))
    assert "\ufeff" not in text
    return text[: len(case["expect"])]


def stored_title(run: Run, case: dict) -> str:
    return _newest_article(Path(run.values["store"]))[1]


def manifest_first_column(run: Run, case: dict) -> str:
    return next(iter(read_manifest(run.input)[0]))


def events_first_column(run: Run, case: dict) -> str:
    return str(load_events(run.input).columns[0])


def baseline_first_column(run: Run, case: dict) -> str:
    return str(read_csv_file(run.input, BaselineError).columns[0])


def gazetteer_first_column(run: Run, case: dict) -> str:
    return next(csv.reader(io.StringIO(read_utf8_file(run.input, GazetteerError))))[0]


def theatre_name(run: Run, case: dict) -> str:
    return load_theatre(run.data).name


CHECKS = {f.__name__: f for f in (stored_text_starts, stored_title, manifest_first_column, events_first_column, baseline_first_column, gazetteer_first_column, theatre_name)}


@pytest.mark.parametrize("case", ACCEPTED, ids=[case["id"] for case in ACCEPTED])
def test_accepted_input_is_read_without_its_byte_order_mark(case, tmp_path, store_path, capsys):
    run = _setup(case, tmp_path, store=store_path)
    capsys.readouterr()
    code = main(run.argv)
    err = capsys.readouterr().err
    assert code == 0 and "error" not in err, err
    assert CHECKS[case["check"]](run, case) == case["expect"]


# -- the Articles page: the same files uploaded ----------------------------------------------------------------------

UPLOADS = [pytest.param(case, id=case["id"]) for case in BAD if case.get("app")]
ACCEPTED_UPLOADS = [case for case in ACCEPTED if case.get("app")]


@pytest.fixture(scope="module")
def articles_page(seeded) -> AppTest:
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app" / "articles_page.py"), default_timeout=APP_TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    at.radio(key="add_source").set_value("Upload a file").run()
    assert not at.exception, at.exception
    return at


def _messages(elements) -> list[str]:
    """The text of st.error/st.warning elements as shown: the page escapes markdown in untrusted messages."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in elements]


def _published(argv: list[str]) -> date | None:
    if "--published" not in argv:
        return None
    return date.fromisoformat(argv[argv.index("--published") + 1])


def _preview(at: AppTest, path: Path, published: date | None) -> AppTest:
    at.file_uploader(key="add_file").set_value((path.name, path.read_bytes(), "application/octet-stream"))
    at.date_input(key="add_published").set_value(published)
    return at.button(key="add_preview").click().run()


@pytest.mark.parametrize("case", UPLOADS)
def test_bad_upload_shows_an_error_on_the_articles_page(case, tmp_path, seeded, articles_page):
    run = _setup(case, tmp_path)
    before = run.snapshot(seeded)
    started = time.monotonic()
    at = _preview(articles_page, run.input, _published(run.argv))
    assert time.monotonic() - started < APP_TIMEOUT
    assert not at.exception, at.exception
    expect = run.expect.replace(str(run.input), run.input.name)  # the page names the upload by its file name
    errors = _messages(at.error)
    assert any(expect in message for message in errors), f"expected {expect!r} in {errors}"
    assert "prepared" not in at.session_state
    assert run.snapshot(seeded) == before


@pytest.mark.parametrize("case", ACCEPTED_UPLOADS, ids=[case["id"] for case in ACCEPTED_UPLOADS])
def test_accepted_upload_is_previewed_without_its_byte_order_mark(case, tmp_path, articles_page):
    run = _setup(case, tmp_path)
    at = _preview(articles_page, run.input, _published(run.argv))
    assert not at.exception and not at.error, [e.value for e in at.error]
    prepared = at.session_state["prepared"]
    assert "\ufeff" not in prepared.text + prepared.title
    value = prepared.title if case["check"] == "stored_title" else prepared.text[: len(case["expect"])]
    assert value == case["expect"]


# -- the dashboard on a data directory with broken boundaries -------------------------------------------------------

BROKEN = [case for case in BAD if case["id"] in ("build-provinces-missing-dbf", "build-provinces-bowtie-polygon", "build-districts-missing-prj")]


@pytest.mark.parametrize("case", BROKEN, ids=[case["id"] for case in BROKEN])
def test_dashboard_on_broken_boundaries_shows_which_file_not_a_traceback(case, tmp_path, seeded, monkeypatch):
    run = _setup(case, tmp_path)
    before = run.snapshot(seeded)
    monkeypatch.setenv("GEO_DATA_DIR", str(run.data))
    st.cache_resource.clear()  # the theatre and layers are cached per process
    try:
        at = AppTest.from_file(str(ROOT / "app" / "dashboard.py"), default_timeout=APP_TIMEOUT)
        pages = ["map_page.py", "articles_page.py"] if case is BROKEN[0] else ["map_page.py"]
        for page in pages:
            if page != "map_page.py":
                at.switch_page(page)
            at.run()
            assert not at.exception, (page, at.exception)
            errors = _messages(at.error)
            assert any(run.expect in message for message in errors), (page, errors)
    finally:
        st.cache_resource.clear()
    assert run.snapshot(seeded) == before
