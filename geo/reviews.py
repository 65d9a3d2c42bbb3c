"""Reviews: a person's accept, reject or correct applied to the reports the extractor finds.

A review judges a report, not an event id: what one evidence passage of one article says about
one place, of the type the extractor gave it. It is kept apart from the extracted mentions and
applied again after every extraction, so a better extractor never erases a human decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pandas as pd

from geo.corroborate import merge_mentions, window_precision
from geo.errors import ReviewError
from geo.gazetteer import COUNTRY, Gazetteer, Place
from geo.schema import (
    LIST_SEPARATOR,
    MENTION_COLUMNS,
    REVIEWED_EVENT_COLUMNS,
    REVIEWED_MENTION_COLUMNS,
    conform,
)
from geo.vocabulary import CAPTURED, EVENT_TYPES, acled_type

ACCEPT, REJECT, CORRECT = "accept", "reject", "correct"
ACTIONS = (ACCEPT, REJECT, CORRECT)
# What a mention (and an event) is marked after its latest review.
OUTCOME = {ACCEPT: "accepted", REJECT: "rejected", CORRECT: "corrected"}
REVIEW_DATE_BASIS = "review"


def place_key(mention: dict) -> str:
    """Return the place a report is about, as reviews key it: its iso_code, else its location."""
    return mention["iso_code"] or mention["location"]


def latest_reviews(mentions: pd.DataFrame, reviews: pd.DataFrame) -> dict[str, dict]:
    """Return {mention_id: the latest review that applies to it} for the reviewed mentions.

    A review applies to the mentions with its article, char_start, char_end and place_key. When
    the passage says two things about the place ("besieged but still held") it applies to the one
    of its event_type; when the extractor now types the only such report differently, to that one.
    """
    if mentions.empty or reviews.empty:
        return {}
    by_target: dict[tuple, list[tuple[str, str]]] = {}
    for row in mentions.to_dict("records"):
        target = (row["article"], int(row["char_start"]), int(row["char_end"]), place_key(row))
        by_target.setdefault(target, []).append((row["mention_id"], row["event_type"]))
    latest: dict[str, dict] = {}
    for review in reviews.sort_values("review_id").to_dict("records"):
        target = (review["article"], int(review["char_start"]), int(review["char_end"]), review["place_key"])
        candidates = by_target.get(target, [])
        typed = [m for m, event_type in candidates if event_type == review["event_type"]]
        for mention_id in typed or ([m for m, _ in candidates] if len(candidates) == 1 else []):
            latest[mention_id] = review
    return latest


def apply_reviews(mentions: pd.DataFrame, reviews: pd.DataFrame) -> pd.DataFrame:
    """Return mentions with the latest applicable review applied and a `review` column.

    reviews needs REVIEW_COLUMNS' `review_id, article, char_start, char_end, place_key, event_type,
    action, changes`. reject marks a mention 'rejected'; accept 'accepted'; correct overwrites the
    fields in `changes` and marks it 'corrected'. Reviews matching no mention change nothing.
    """
    out = conform(mentions, MENTION_COLUMNS).astype(object)
    out["review"] = ""
    latest = latest_reviews(out, reviews)
    for position, mention_id in enumerate(out["mention_id"]):
        review = latest.get(mention_id)
        if review is None:
            continue
        if review["action"] == CORRECT:
            for column, value in json.loads(review["changes"] or "{}").items():
                out.iat[position, out.columns.get_loc(column)] = value
        out.iat[position, out.columns.get_loc("review")] = OUTCOME[review["action"]]
    return conform(out, REVIEWED_MENTION_COLUMNS)


def matched_reviews(mentions: pd.DataFrame, reviews: pd.DataFrame) -> set[int]:
    """Return the review_ids that are the latest review of at least one of mentions."""
    return {int(review["review_id"]) for review in latest_reviews(conform(mentions, MENTION_COLUMNS), reviews).values()}


def merge_reviewed(mentions: pd.DataFrame, id_prefix: str = "EVT") -> pd.DataFrame:
    """Return events (REVIEWED_EVENT_COLUMNS) from reviewed mentions; rejected ones merged apart.

    An event's review is 'rejected' when made of rejected mentions, else 'corrected' if any of its
    mentions is corrected, else 'accepted' if any is accepted, else ''.
    """
    rejected = mentions["review"] == OUTCOME[REJECT]
    kept = merge_mentions(mentions[~rejected], id_prefix)
    dropped = merge_mentions(mentions[rejected], id_prefix)
    outcome = dict(zip(mentions["mention_id"], mentions["review"]))
    kept["review"] = [_event_review([outcome.get(m, "") for m in ids.split(LIST_SEPARATOR)]) for ids in kept["mention_ids"]]
    dropped["review"] = OUTCOME[REJECT]
    # A rejected report of an event that another, unreviewed report still asserts: keep ids distinct.
    clash = dropped["event_id"].isin(kept["event_id"])
    dropped.loc[clash, "event_id"] = dropped.loc[clash, "event_id"] + "-R"
    frames = [frame for frame in (kept, dropped) if not frame.empty]
    return conform(pd.concat(frames, ignore_index=True) if frames else kept, REVIEWED_EVENT_COLUMNS)


def _event_review(outcomes: list[str]) -> str:
    for outcome in (OUTCOME[CORRECT], OUTCOME[ACCEPT]):
        if outcome in outcomes:
            return outcome
    return ""


@dataclass(frozen=True)
class Correction:
    """What a reviewer sets; None leaves the extracted value."""

    event_type: str | None = None
    place: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    actor1: str | None = None

    @property
    def empty(self) -> bool:
        """True when the correction sets nothing."""
        return all(v is None for v in (self.event_type, self.place, self.date_start, self.actor1))


def correction(
    gazetteer: Gazetteer,
    actors: tuple[str, ...],
    *,
    event_type: str | None = None,
    iso_code: str | None = None,
    location: str | None = None,
    date_start: date | str | None = None,
    date_end: date | str | None = None,
    actor1: str | None = None,
) -> Correction:
    """Return the validated correction; raise ReviewError naming the bad value.

    A place is a location name in the gazetteer, or a province by iso_code (then located at the
    province level), or both when the location lies in that province. date_start alone is one
    day; date_end needs date_start.
    """
    if event_type is not None and event_type not in EVENT_TYPES:
        raise ReviewError(f"unknown event type {event_type!r}; use one of {', '.join(EVENT_TYPES)}")
    if actor1 is not None and actor1 not in actors:
        raise ReviewError(f"unknown actor {actor1!r}; use one of the theatre's actors: {', '.join(actors)}")
    place = _place(gazetteer, iso_code, location)
    start, end = _date(date_start, "date_start"), _date(date_end, "date_end")
    if end is not None and start is None:
        raise ReviewError("date_end needs date_start (give date_start alone for a single day)")
    if start is not None and end is None:
        end = start
    if start is not None and end < start:
        raise ReviewError(f"date_end {end.isoformat()} is before date_start {start.isoformat()}")
    return Correction(event_type, place, start, end, actor1)


def _place(gazetteer: Gazetteer, iso_code: str | None, location: str | None) -> Place | None:
    if not iso_code and not location:
        return None
    if location:
        places = gazetteer.lookup(location)
        if not places:
            raise ReviewError(f"unknown place {location!r}: not in the gazetteer")
        if iso_code:
            places = [p for p in places if p.iso_code == iso_code]
            if not places:
                raise ReviewError(f"{location!r} is not in province {iso_code}")
        return places[0]
    try:
        return gazetteer.province(iso_code)
    except KeyError:
        raise ReviewError(f"unknown province ISO code {iso_code!r}; use codes like AF-KAN from the gazetteer") from None


def _date(value: date | str | None, name: str) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ReviewError(f"{name} {value!r} is not a date; give it as YYYY-MM-DD") from None


def changes_for(mention: dict, fix: Correction, actor_kinds: dict[str, str]) -> dict:
    """Return the mention fields the correction sets for this report (JSON-ready values).

    Raises ReviewError when the corrected date ends after the article was published.
    """
    changes: dict = {}
    event_type = fix.event_type or mention["event_type"]
    actor1 = fix.actor1 or mention["actor1"]
    if fix.event_type is not None or fix.actor1 is not None:
        transfer = mention["event_type"] == CAPTURED and mention["sub_event_type"] == acled_type(CAPTURED, "", transfer=True)[1]
        acled_event, sub_event = acled_type(event_type, actor_kinds.get(actor1, "external"), transfer and event_type == CAPTURED)
        changes.update(event_type=event_type, actor1=actor1, acled_event_type=acled_event, sub_event_type=sub_event)
    if fix.place is not None:
        place = fix.place
        changes.update(
            location=place.name,
            province="" if place.kind == COUNTRY else place.province,
            iso_code="" if place.kind == COUNTRY else place.iso_code,
            latitude=place.lat,
            longitude=place.lon,
            geo_precision=place.geo_precision,
        )
    if fix.date_start is not None:
        if fix.date_end.isoformat() > mention["published"]:
            raise ReviewError(
                f"date {fix.date_end.isoformat()} is after {mention['article']} was published ({mention['published']}); "
                "a report cannot tell of a later day"
            )
        changes.update(
            date_start=fix.date_start.isoformat(),
            date_end=fix.date_end.isoformat(),
            event_date=fix.date_end.isoformat(),
            time_precision=window_precision(fix.date_start, fix.date_end),
            date_basis=REVIEW_DATE_BASIS,
            date_phrase="",
        )
    return changes
