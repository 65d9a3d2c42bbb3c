"""The theatre: the configuration (data/theatre.toml) naming the data files, actors,
statuses and places that make the project about one conflict."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from geo.errors import ConfigError
from geo.textfile import read_utf8_file

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str  # "non-state", "state" or "external"
    aliases: tuple[str, ...]
    status: str | None = None  # control status a capture by this actor confers
    organisation: bool = False  # an international body (UN, NATO, EU) rather than a state


@dataclass(frozen=True)
class Status:
    name: str
    label: str
    colour: str


@dataclass(frozen=True)
class Theatre:
    """A loaded theatre configuration; paths are absolute."""

    data_dir: Path
    name: str
    country: str
    country_aliases: tuple[str, ...]
    national_capital_iso: str
    event_id_prefix: str
    period_start: date
    period_end: date
    files: dict[str, Path]
    boundaries: dict
    attribution: str
    actors: tuple[Actor, ...]
    outside_places: tuple[str, ...]
    statuses: tuple[Status, ...] = field(default_factory=tuple)
    territorial_actor: str = ""
    holding_actor: str = ""
    holding_actor_until: date | None = None  # after this day, places "holding out" are not held by holding_actor
    withdrawal_day: date | None = None  # from this day a "last flight" out is the foreign withdrawal, not an evacuation
    phrase_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # names inside fixed event phrases ([phrases])
    unidentified_actor: str = "Unidentified"
    event_colours: dict = field(default_factory=dict)
    contested_status: str = ""  # the status a contested report gives a place
    unreported_status: str = ""  # the status of a place nobody has reported on
    epithets: dict[str, str] = field(default_factory=dict)  # "second largest city" -> the ISO code of its province
    not_actors: tuple[str, ...] = ()  # longer names that contain an actor's alias but are no actor ("Voice of America")

    def path(self, key: str) -> Path:
        """Return the absolute path of a data file named in [files]."""
        try:
            return self.files[key]
        except KeyError:
            raise ConfigError(f"{self.data_dir / 'theatre.toml'}: no '{key}' in [files]") from None

    @cached_property
    def actor_by_name(self) -> dict[str, Actor]:
        return {a.name: a for a in self.actors}

    @cached_property
    def status_by_name(self) -> dict[str, Status]:
        return {s.name: s for s in self.statuses}


_PHRASE_WORD_KINDS = ("side", "side_acronyms", "nation", "forces", "spokespeople", "foreign_peoples")


def _phrase_words(table: dict) -> dict[str, tuple[str, ...]]:
    unknown = sorted(set(table) - set(_PHRASE_WORD_KINDS))
    if unknown:
        raise ValueError(f"[phrases] has unknown keys {unknown}; allowed: {list(_PHRASE_WORD_KINDS)}")
    words = {}
    for kind in _PHRASE_WORD_KINDS:
        names = table.get(kind, [])
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise ValueError(f"[phrases] {kind} must be a list of non-empty names")
        words[kind] = tuple(n.strip() for n in names)
    return words


def _optional_date(value) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def default_data_dir() -> Path:
    """Return the data directory: $GEO_DATA_DIR if set, else the repository's data/."""
    return Path(os.environ.get("GEO_DATA_DIR", DEFAULT_DATA_DIR))


def load_theatre(data_dir: Path | str | None = None) -> Theatre:
    """Return the theatre described by data_dir/theatre.toml."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    config_path = data_dir / "theatre.toml"
    if not config_path.is_file():
        raise ConfigError(f"{config_path}: theatre configuration not found")
    try:
        raw = tomllib.loads(read_utf8_file(config_path, ConfigError))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config_path}: not valid TOML ({exc})") from None
    try:
        t = raw["theatre"]
        actors = tuple(
            Actor(
                name=a["name"],
                kind=a.get("kind", "external"),
                aliases=tuple(a.get("aliases", [])) or (a["name"],),
                status=a.get("status"),
                organisation=bool(a.get("organisation", False)),
            )
            for a in raw.get("actors", [])
        )
        statuses = tuple(Status(s["name"], s["label"], s["colour"]) for s in raw["statuses"])
        return Theatre(
            data_dir=data_dir.resolve(),
            name=t["name"],
            country=t["country"],
            country_aliases=tuple(t.get("country_aliases", [t["country"]])),
            national_capital_iso=t["national_capital_iso"],
            event_id_prefix=t.get("event_id_prefix", "EVT"),
            period_start=date.fromisoformat(t["period_start"]),
            period_end=date.fromisoformat(t["period_end"]),
            files={k: (data_dir / v).resolve() for k, v in raw["files"].items()},
            boundaries=dict(raw.get("boundaries", {})),
            attribution=raw["attribution"]["text"],
            actors=actors,
            outside_places=tuple(raw.get("outside", {}).get("places", [])),
            statuses=statuses,
            territorial_actor=raw.get("defaults", {}).get("territorial_actor", ""),
            holding_actor=raw.get("defaults", {}).get("holding_actor", ""),
            holding_actor_until=_optional_date(raw.get("defaults", {}).get("holding_actor_until")),
            withdrawal_day=_optional_date(raw.get("defaults", {}).get("withdrawal_day")),
            phrase_words=_phrase_words(raw.get("phrases", {})),
            unidentified_actor=raw.get("defaults", {}).get("unidentified_actor", "Unidentified"),
            event_colours=dict(raw.get("event_colours", {})),
            contested_status=raw.get("defaults", {}).get("contested_status", ""),
            unreported_status=raw.get("defaults", {}).get("unreported_status", ""),
            epithets={str(phrase): str(iso) for phrase, iso in raw.get("epithets", {}).items()},
            not_actors=tuple(str(name) for name in raw.get("outside", {}).get("not_actors", [])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{config_path}: missing or invalid setting ({exc})") from None
