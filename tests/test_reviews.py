"""Reviews applied to reports: keyed to what a passage says about a place, latest first, never lost."""

import json
from datetime import date

import pandas as pd
import pytest

from geo.articles import Article
from geo.errors import ReviewError
from geo.extract import Extractor
from geo.filters import EventFilter, filter_events
from geo.reviews import apply_reviews, changes_for, correction, matched_reviews, merge_reviewed, place_key
from geo.schema import MENTION_COLUMNS, REVIEWED_EVENT_COLUMNS, conform

FRIDAY = date(2021, 8, 13)
# One passage, two reports about one place: besieged (contested) and still held.
MAZAR = "Insurgents besieged Mazar-i-Sharif on Friday, but the city remained in government hands."
KUNDUZ = "Taliban fighters captured Kunduz on Sunday, officials said."


@pytest.fixture(scope="module")
def mentions(theatre, gazetteer):
    extractor = Extractor.from_theatre(theatre, gazetteer)
    rows = [m for file, text in (("mazar.txt", MAZAR), ("kunduz.txt", KUNDUZ)) for m in extractor.extract(Article(file, text, FRIDAY, outlet=file))]
    return conform(pd.DataFrame(rows), MENTION_COLUMNS)


def _report(mentions, event_type, location):
    return mentions[(mentions["event_type"] == event_type) & (mentions["location"] == location)].iloc[0].to_dict()


def _reviews(*rows):
    return pd.DataFrame(
        [
            {"review_id": i, "article": m["article"], "char_start": m["char_start"], "char_end": m["char_end"], "place_key": place_key(m),
             "event_type": m["event_type"], "action": action, "changes": json.dumps(changes or {})}
            for i, (m, action, changes) in enumerate(rows, start=1)
        ]
    )


def _review_of(reviewed, event_type, location):
    return reviewed[(reviewed["location"] == location) & (reviewed["event_type"] == event_type)]["review"].tolist()


def test_the_fixture_passage_says_two_things_about_mazar(mentions):
    mazar = mentions[mentions["location"] == "Mazar-i-Sharif"]
    assert sorted(mazar["event_type"]) == ["contested", "held"]
    assert mazar["char_start"].nunique() == 1 and mazar["char_end"].nunique() == 1


def test_reject_marks_only_the_report_of_its_type(mentions):
    reviewed = apply_reviews(mentions, _reviews((_report(mentions, "held", "Mazar-i-Sharif"), "reject", None)))
    assert _review_of(reviewed, "held", "Mazar-i-Sharif") == ["rejected"]
    assert _review_of(reviewed, "contested", "Mazar-i-Sharif") == [""]
    assert _review_of(reviewed, "captured", "Kunduz") == [""]


def test_latest_review_of_a_report_wins(mentions):
    kunduz = _report(mentions, "captured", "Kunduz")
    reviewed = apply_reviews(mentions, _reviews((kunduz, "reject", None), (kunduz, "accept", None)))
    assert _review_of(reviewed, "captured", "Kunduz") == ["accepted"]


def test_a_correction_overwrites_the_fields_it_sets(mentions):
    kunduz = _report(mentions, "captured", "Kunduz")
    changes = {"event_type": "contested", "date_start": "2021-08-07", "date_end": "2021-08-07", "event_date": "2021-08-07", "date_basis": "review"}
    reviewed = apply_reviews(mentions, _reviews((kunduz, "correct", changes)))
    row = reviewed[reviewed["article"] == "kunduz.txt"].iloc[0]
    assert (row["event_type"], row["event_date"], row["review"]) == ("contested", "2021-08-07", "corrected")
    assert row["location"] == "Kunduz" and row["evidence"] == kunduz["evidence"]  # what was not corrected stays


def test_a_review_follows_its_report_when_the_extractor_retypes_it(mentions):
    kunduz = {**_report(mentions, "captured", "Kunduz"), "event_type": "contested"}  # judged when it was typed otherwise
    assert _review_of(apply_reviews(mentions, _reviews((kunduz, "reject", None))), "captured", "Kunduz") == ["rejected"]
    # With two reports in the passage and neither of the judged type, it is not guessed at.
    mazar = {**_report(mentions, "held", "Mazar-i-Sharif"), "event_type": "captured"}
    reviews = _reviews((mazar, "reject", None))
    assert set(apply_reviews(mentions, reviews)["review"]) == {""}
    assert matched_reviews(mentions, reviews) == set()


def test_a_review_of_another_passage_changes_nothing(mentions):
    moved = {**_report(mentions, "captured", "Kunduz"), "char_start": 5}
    reviews = _reviews((moved, "reject", None))
    assert set(apply_reviews(mentions, reviews)["review"]) == {""}
    assert matched_reviews(mentions, reviews) == set()


def test_rejected_reports_become_rejected_events_kept_apart(mentions):
    reviewed = apply_reviews(mentions, _reviews((_report(mentions, "held", "Mazar-i-Sharif"), "reject", None), (_report(mentions, "captured", "Kunduz"), "accept", None)))
    events = merge_reviewed(reviewed, "T")
    assert list(events.columns) == list(REVIEWED_EVENT_COLUMNS)
    review = dict(zip(events["event_type"] + " " + events["location"], events["review"]))
    assert review == {"held Mazar-i-Sharif": "rejected", "contested Mazar-i-Sharif": "", "captured Kunduz": "accepted"}
    assert "held" not in set(filter_events(events, EventFilter())["event_type"])
    assert events["event_id"].is_unique


def test_a_rejected_report_of_an_event_others_still_assert_gets_its_own_id(mentions):
    kunduz = mentions[mentions["location"] == "Kunduz"]
    twice = pd.concat([kunduz, kunduz.assign(article="copy.txt", mention_id="Mcopy")], ignore_index=True)
    reviewed = apply_reviews(twice, _reviews((_report(twice, "captured", "Kunduz"), "reject", None)))
    events = merge_reviewed(reviewed, "T")
    assert sorted(events["review"]) == ["", "rejected"] and events["event_id"].is_unique
    assert events[events["review"] == "rejected"]["event_id"].iloc[0].endswith("-R")


def test_event_review_prefers_corrected_over_accepted():
    base = {"article": "a.txt", "event_type": "captured", "location": "Kunduz", "iso_code": "AF-KDZ", "actor1": "Taliban",
            "date_start": "2021-08-08", "date_end": "2021-08-08", "event_date": "2021-08-08", "date_basis": "sentence", "time_precision": 1}
    reviewed = conform(pd.DataFrame([{**base, "mention_id": "M1", "review": "accepted"}, {**base, "mention_id": "M2", "article": "b.txt", "review": "corrected"}]),
                       {**MENTION_COLUMNS, "review": "string"})
    events = merge_reviewed(reviewed, "T")
    assert len(events) == 1 and events.iloc[0]["review"] == "corrected" and events.iloc[0]["n_sources"] == 2


def test_corrections_are_validated(gazetteer):
    actors = ("Taliban", "Afghan government forces")
    for kwargs, expected in [
        ({"event_type": "won"}, "unknown event type 'won'"),
        ({"actor1": "Martians"}, "unknown actor 'Martians'"),
        ({"iso_code": "AF-XXX"}, "unknown province ISO code 'AF-XXX'"),
        ({"location": "Atlantis"}, "unknown place 'Atlantis'"),
        ({"location": "Kunduz", "iso_code": "AF-KAN"}, "'Kunduz' is not in province AF-KAN"),
        ({"date_start": "13/08/2021"}, "date_start '13/08/2021' is not a date"),
        ({"date_end": "2021-08-13"}, "date_end needs date_start"),
        ({"date_start": "2021-08-13", "date_end": "2021-08-12"}, "before date_start"),
    ]:
        with pytest.raises(ReviewError, match=expected):
            correction(gazetteer, actors, **kwargs)
    fix = correction(gazetteer, actors, iso_code="AF-JOW", date_start="2021-08-07")
    assert (fix.place.name, fix.place.geo_precision, fix.date_end) == ("Jowzjan", 3, date(2021, 8, 7))


def test_changes_for_a_report_follow_the_correction(mentions, gazetteer):
    kunduz = _report(mentions, "captured", "Kunduz")
    kinds = {"Taliban": "non-state", "Afghan government forces": "state"}
    changes = changes_for(kunduz, correction(gazetteer, tuple(kinds), actor1="Afghan government forces", location="Sheberghan", date_start="2021-08-07", date_end="2021-08-08"), kinds)
    assert changes["sub_event_type"] == "Government regains territory" and changes["iso_code"] == "AF-JOW"
    assert (changes["date_start"], changes["date_end"], changes["time_precision"], changes["date_basis"]) == ("2021-08-07", "2021-08-08", 2, "review")
    with pytest.raises(ReviewError, match="after kunduz.txt was published"):
        changes_for(kunduz, correction(gazetteer, tuple(kinds), date_start="2021-08-20"), kinds)
