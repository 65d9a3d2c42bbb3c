from datetime import date

import pytest

from geo.filters import EventFilter, choices, filter_events
from geo.schema import load_events


@pytest.fixture(scope="module")
def events(theatre):
    return load_events(theatre.path("events"))


def test_empty_filter_keeps_everything(events):
    assert len(filter_events(events, EventFilter())) == len(events)


def test_each_criterion(events):
    captured = filter_events(events, EventFilter(event_types=("captured",)))
    assert set(captured["event_type"]) == {"captured"} and len(captured) >= 5
    uk = filter_events(events, EventFilter(actors=("United Kingdom",)))
    assert set(uk["actor1"]) == {"United Kingdom"}
    kabul = filter_events(events, EventFilter(provinces=("Kabul",)))
    assert set(kabul["province"]) == {"Kabul"}
    dw = filter_events(events, EventFilter(outlets=("DW (AP; AFP; dpa; Reuters)",)))
    assert len(dw) and all("DW" in s for s in dw["sources"])
    precise = filter_events(events, EventFilter(max_time_precision=1))
    assert set(precise["time_precision"]) == {1}
    confirmed = filter_events(events, EventFilter(claims="confirmed"))
    assert not confirmed["claimed"].any()


def test_date_range_keeps_overlapping_events_and_can_be_ignored(events):
    chosen = EventFilter(date_from=date(2021, 8, 13), date_to=date(2021, 8, 13))
    kept = filter_events(events, chosen)
    assert (kept["date_end"] >= "2021-08-13").all() and (kept["date_start"] <= "2021-08-13").all()
    assert len(filter_events(events, chosen, dates=False)) == len(events)


def test_rejected_events_are_dropped_unless_asked_for(events):
    reviewed = events.assign(review=["rejected"] + [""] * (len(events) - 1))
    assert len(filter_events(reviewed, EventFilter())) == len(events) - 1
    assert len(filter_events(reviewed, EventFilter(include_rejected=True))) == len(events)


def test_choices_lists_present_values(events):
    found = choices(events)
    assert "captured" in found["event_types"] and "Taliban" in found["actors"] and "Kandahar" in found["provinces"]
