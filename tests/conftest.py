"""Shared fixtures: the bundled theatre and its layers, loaded once per session."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import settings

from geo import layers
from geo.gazetteer import load_theatre_gazetteer
from geo.store import Store
from geo.theatre import load_theatre

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

# Locally the property tests explore new examples on every run; in CI they replay a fixed set, so that a
# green run on a clean checkout stays green (a failure found locally is kept in .hypothesis/ and replayed).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session", autouse=True)
def isolated_store(tmp_path_factory):
    """Every test, and every app a test starts, uses a throwaway store, never data/store.sqlite."""
    path = tmp_path_factory.mktemp("store") / "store.sqlite"
    previous = os.environ.get("GEO_STORE")
    os.environ["GEO_STORE"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("GEO_STORE", None)
    else:
        os.environ["GEO_STORE"] = previous


@pytest.fixture(scope="session")
def theatre():
    return load_theatre(DATA)


@pytest.fixture(scope="session")
def gazetteer(theatre):
    return load_theatre_gazetteer(theatre)


@pytest.fixture(scope="session")
def provinces(theatre):
    return layers.provinces(theatre)


@pytest.fixture()
def data_copy(tmp_path):
    """A writable copy of the bundled data directory (articles, boundaries, gazetteer, config)."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("build", "store.sqlite*"))
    for path in target.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory, theatre):
    """A store newly created from the bundled data (the seed articles); never written to."""
    path = tmp_path_factory.mktemp("seeded") / "store.sqlite"
    Store.open(path, theatre).close()
    return path


@pytest.fixture()
def store_path(seeded_store, tmp_path):
    """A writable copy of the newly seeded store."""
    target = tmp_path / "store.sqlite"
    with closing(sqlite3.connect(seeded_store)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


# -- browser tests: Debian's Chromium, and no request may leave localhost ----------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    from browser_support import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (python3 dev.py test does it as root) or set GEO_CHROMIUM")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "headless": True, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}, "accept_downloads": True}


@pytest.fixture()
def offline_page(context):
    """A page whose requests outside localhost are blocked; the test fails if any was attempted."""
    from urllib.parse import urlparse

    attempted: list[str] = []

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    yield page
    page.close()
    assert attempted == [], f"requests outside localhost were attempted: {attempted}"
