"""The gazetteer: provincial capitals and provinces with their spellings, and a lookup over them."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from geo.errors import GazetteerError
from geo.names import compact_key, compile_names, normalise_name
from geo.textfile import read_utf8_file

CAPITAL = "capital"
PROVINCE = "province"
COUNTRY = "country"

GAZETTEER_COLUMNS = ("province", "iso_code", "capital", "lat", "lon", "aliases", "province_aliases", "province_en")


@dataclass(frozen=True)
class Place:
    """A named place: a provincial capital, a province, or the whole country."""

    kind: str
    name: str
    province: str  # common English province name; "" for the country
    iso_code: str  # ISO 3166-2 code of the province; "" for the country
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()

    @property
    def geo_precision(self) -> int:
        """ACLED geo-precision: 1 for a named town, 3 for a province or the country."""
        return 1 if self.kind == CAPITAL else 3


@dataclass(frozen=True)
class Gazetteer:
    """Places and an index from normalised spellings to them."""

    places: tuple[Place, ...]
    source: Path | None = None
    _index: dict[str, tuple[Place, ...]] = field(default_factory=dict, repr=False)

    def lookup(self, name: str) -> list[Place]:
        """Return the places a name may denote, capital before province; [] when unknown."""
        found = self._index.get(normalise_name(name)) or self._index.get(compact_key(name)) or ()
        return sorted(found, key=lambda p: (p.kind != CAPITAL, p.kind != PROVINCE))

    def capital_of(self, iso_code: str) -> Place:
        """Return the capital of the province with this ISO code."""
        for place in self.places:
            if place.kind == CAPITAL and place.iso_code == iso_code:
                return place
        raise KeyError(iso_code)

    def province(self, iso_code: str) -> Place:
        """Return the province with this ISO code."""
        for place in self.places:
            if place.kind == PROVINCE and place.iso_code == iso_code:
                return place
        raise KeyError(iso_code)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the compiled pattern that finds every spelling of every place in a text."""
        return compile_names(alias for place in self.places for alias in place.aliases)

    @cached_property
    def _surface_cache(self) -> dict[str, list[Place]]:
        return {}

    def find(self, text: str) -> list[tuple[int, int, list[Place]]]:
        """Return (start, end, places) for each capitalised place name in text."""
        hits = []
        cache = self._surface_cache
        for match in self.pattern.finditer(text):
            surface = match.group()
            if not surface[0].isupper():
                continue
            places = cache.get(surface)
            if places is None:
                places = cache[surface] = self.lookup(surface)
            if places:
                hits.append((match.start(), match.end(), places))
        return hits

    def table(self) -> pd.DataFrame:
        """Return the places as a table: kind, name, province, iso_code, lat, lon."""
        return pd.DataFrame(
            [(p.kind, p.name, p.province, p.iso_code, p.lat, p.lon) for p in self.places],
            columns=["kind", "name", "province", "iso_code", "lat", "lon"],
        )


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in (value or "").split(";") if a.strip()]


def _read_rows(path: Path) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(read_utf8_file(path, GazetteerError)))  # a BOM is dropped, not read into the first column
    missing = [c for c in GAZETTEER_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise GazetteerError(f"{path}: missing column(s) {', '.join(missing)}")
    return list(reader)


def build_gazetteer(places: list[Place], source: Path | None = None) -> Gazetteer:
    """Return a gazetteer over places; raise if a spelling would denote two provinces."""
    index: dict[str, list[Place]] = {}
    for place in places:
        for alias in place.aliases:
            for key in {normalise_name(alias), compact_key(alias)}:
                if not key:
                    raise GazetteerError(f"{source}: alias {alias!r} of {place.name} is blank after normalising")
                bucket = index.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)
    for key, bucket in index.items():
        provinces = {p.iso_code for p in bucket}
        kinds = [p.kind for p in bucket]
        if len(provinces) > 1 or len(kinds) != len(set(kinds)):
            names = ", ".join(f"{p.name} ({p.kind}, {p.iso_code or 'country'})" for p in bucket)
            raise GazetteerError(f"{source}: the spelling {key!r} denotes more than one place: {names}")
    return Gazetteer(tuple(places), source, {k: tuple(v) for k, v in index.items()})


def load_gazetteer(
    path: Path | str,
    *,
    country: str | None = None,
    country_aliases: tuple[str, ...] = (),
    national_capital_iso: str | None = None,
) -> Gazetteer:
    """Return the gazetteer of capitals and provinces in path, plus the country when named."""
    path = Path(path)
    places: list[Place] = []
    for line, row in enumerate(_read_rows(path), start=2):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError):
            raise GazetteerError(f"{path}: row {line}: lat/lon not numbers ({row['lat']!r}, {row['lon']!r})") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"{path}: row {line}: lat/lon out of range ({lat}, {lon})")
        iso, province = row["iso_code"].strip(), row["province_en"].strip()
        if not iso or not province or not row["capital"].strip():
            raise GazetteerError(f"{path}: row {line}: blank iso_code, capital or province_en")
        capital_aliases = [row["capital"].strip(), *_split_aliases(row["aliases"])]
        province_aliases = [province, row["province"].strip(), *_split_aliases(row["province_aliases"])]
        places.append(Place(CAPITAL, row["capital"].strip(), province, iso, lat, lon, tuple(dict.fromkeys(capital_aliases))))
        places.append(Place(PROVINCE, province, province, iso, lat, lon, tuple(dict.fromkeys(province_aliases))))
    if country:
        capital = next((p for p in places if p.kind == CAPITAL and p.iso_code == national_capital_iso), None)
        if capital is None:
            raise GazetteerError(f"{path}: national capital {national_capital_iso} is not in the gazetteer")
        aliases = tuple(dict.fromkeys([country, *country_aliases]))
        places.append(Place(COUNTRY, country, "", "", capital.lat, capital.lon, aliases))
    return build_gazetteer(places, path)


def load_theatre_gazetteer(theatre) -> Gazetteer:
    """Return the gazetteer of a loaded Theatre, country included."""
    return load_gazetteer(
        theatre.path("gazetteer"),
        country=theatre.country,
        country_aliases=theatre.country_aliases,
        national_capital_iso=theatre.national_capital_iso,
    )
