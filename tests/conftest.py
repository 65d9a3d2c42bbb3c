"""Shared fixtures: the bundled theatre and its layers, loaded once per session."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from geo import layers
from geo.gazetteer import load_theatre_gazetteer
from geo.store import Store
from geo.theatre import load_theatre

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


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
