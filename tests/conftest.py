"""Shared fixtures: the bundled theatre and its layers, loaded once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geo import layers
from geo.gazetteer import load_theatre_gazetteer
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
