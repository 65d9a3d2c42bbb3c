from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.dates import DAY, MONTH, WEEK, find_dates, parse_published, publication_window, resolve_near, resolve_relative

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FRIDAY = date(2021, 8, 13)
publication_dates = st.dates(min_value=date(2019, 1, 1), max_value=date(2023, 12, 31))


def one(text, published=FRIDAY):
    found = find_dates(text, published)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("on Friday", (date(2021, 8, 13), date(2021, 8, 13))),
        ("early Friday", (date(2021, 8, 13), date(2021, 8, 13))),
        ("on Thursday", (date(2021, 8, 12), date(2021, 8, 12))),
        ("late Thursday", (date(2021, 8, 12), date(2021, 8, 12))),
        ("late on Thursday", (date(2021, 8, 12), date(2021, 8, 12))),
        ("Thursday night", (date(2021, 8, 12), date(2021, 8, 12))),
        ("on Sunday", (date(2021, 8, 8), date(2021, 8, 8))),
        ("last Friday", (date(2021, 8, 6), date(2021, 8, 6))),
        ("yesterday", (date(2021, 8, 12), date(2021, 8, 12))),
        ("late last night", (date(2021, 8, 12), date(2021, 8, 12))),
        ("overnight", (date(2021, 8, 12), date(2021, 8, 13))),
        ("at the weekend", (date(2021, 8, 7), date(2021, 8, 8))),
        ("over the weekend", (date(2021, 8, 7), date(2021, 8, 8))),
        ("earlier this week", (date(2021, 8, 9), date(2021, 8, 12))),
        ("last week", (date(2021, 8, 2), date(2021, 8, 8))),
        ("in the past week", (date(2021, 8, 7), date(2021, 8, 13))),
        ("last month", (date(2021, 7, 1), date(2021, 7, 31))),
        ("on August 10", (date(2021, 8, 10), date(2021, 8, 10))),
        ("Aug. 14", (date(2021, 8, 14), date(2021, 8, 14))),
        ("since Aug. 12", (date(2021, 8, 12), date(2021, 8, 12))),  # the day, not the month named by "since Aug"
        ("by Sept. 1", (date(2021, 9, 1), date(2021, 9, 1))),
        ("Aug 6", (date(2021, 8, 6), date(2021, 8, 6))),
        ("14 August", (date(2021, 8, 14), date(2021, 8, 14))),
        ("August 15, 2021", (date(2021, 8, 15), date(2021, 8, 15))),
        ("two days ago", (date(2021, 8, 11), date(2021, 8, 11))),
        ("this morning", (date(2021, 8, 13), date(2021, 8, 13))),
        ("in mid-July", (date(2021, 7, 1), date(2021, 7, 31))),
        ("on Thursday the 12th", (date(2021, 8, 12), date(2021, 8, 12))),
        ("on Sunday the 8th", (date(2021, 8, 8), date(2021, 8, 8))),
        ("on Saturday the 31st", (date(2021, 7, 31), date(2021, 7, 31))),
    ],
)
def test_phrases_resolve_against_friday_13_august_2021(phrase, expected):
    found = one(f"The city fell {phrase}, officials said.")
    assert (found.date_start, found.date_end) == expected
    assert found.date_start <= found.event_date <= found.date_end


def test_a_full_stop_after_a_full_month_name_ends_the_sentence():
    found = find_dates("The Taliban took Kunduz in August. 12 civilians were killed.", FRIDAY)
    assert [(e.phrase, e.date_start, e.date_end) for e in found] == [("in August", date(2021, 8, 1), date(2021, 8, 13))]


def test_precision_levels():
    assert one("on Thursday").precision == DAY
    assert one("at the weekend").precision == WEEK
    assert one("last month").precision == MONTH


def test_history_years_are_marked_not_dated():
    found = one("The Taliban first captured Kandahar in 1994.")
    assert found.is_history and found.event_date is None
    assert one("The 1996 precedent, when the Taliban entered Kabul, is instructive.").is_history
    assert one("The speed recalls 1996-98, when the Taliban took Kabul.").is_history
    assert find_dates("a colonel ordered the 2009 air strike", FRIDAY) == []  # a year naming a thing, not a time
    assert all(not e.is_history for e in find_dates("2021-08-15", FRIDAY))  # an ISO date is no span of years


def test_context_relative_phrases_use_the_reference_day():
    found = one("Ghazni had fallen a day earlier.")
    assert found.date_start is None
    resolved = resolve_relative(found, date(2021, 8, 12))
    assert resolved.date_start == resolved.date_end == date(2021, 8, 11)
    resolved = resolve_relative(one("The previous day, Herat fell."), date(2021, 8, 12))
    assert resolved.event_date == date(2021, 8, 11)


def test_numbers_and_modal_may_are_not_mistaken_for_dates():
    assert find_dates("It sent 3,000 troops and 600 soldiers", FRIDAY) == []
    assert find_dates("the Taliban may take the city", FRIDAY) == []
    assert find_dates("some 3,500 to 4,000 will be positioned", FRIDAY) == []


@given(published=publication_dates, weekday=st.sampled_from(WEEKDAY_NAMES), modifier=st.sampled_from(["on ", "early ", "late ", "late on ", ""]))
def test_weekday_is_the_latest_such_day_on_or_before_publication(published, weekday, modifier):
    found = one(f"It happened {modifier}{weekday}.", published)
    assert found.date_start == found.date_end == found.event_date
    assert found.date_start.strftime("%A") == weekday
    assert 0 <= (published - found.date_start).days <= 6


@given(published=publication_dates, weekday=st.sampled_from(WEEKDAY_NAMES))
def test_last_weekday_is_strictly_before_publication(published, weekday):
    found = one(f"It happened last {weekday}.", published)
    assert found.date_start.strftime("%A") == weekday
    assert 1 <= (published - found.date_start).days <= 7


@given(published=publication_dates)
def test_weekend_is_the_saturday_and_sunday_before_publication(published):
    found = one("The city fell at the weekend.", published)
    assert found.date_start.weekday() == 5
    assert found.date_end <= published
    assert (found.date_end - found.date_start).days <= 1
    assert 0 <= (published - found.date_start).days <= 6


@given(published=publication_dates)
def test_yesterday_and_overnight(published):
    assert one("It fell yesterday.", published).event_date == published - timedelta(days=1)
    overnight = one("It fell overnight.", published)
    assert (overnight.date_start, overnight.date_end) == (published - timedelta(days=1), published)


@given(published=publication_dates, day=st.integers(1, 28), month=st.integers(1, 12))
def test_absolute_day_month_in_three_spellings(published, day, month):
    name = date(2000, month, day).strftime("%B")
    for text in (f"on {name} {day}", f"{day} {name}", f"{name[:3]}. {day}"):
        found = one(text, published)
        assert (found.event_date.month, found.event_date.day) == (month, day)
        assert found.event_date <= published + timedelta(days=183)


@given(published=publication_dates)
def test_earlier_this_week_ends_before_publication(published):
    found = one("It fell earlier this week.", published)
    assert found.date_start.weekday() == 0
    assert found.date_start <= found.date_end <= published


def test_publication_window_is_the_week_up_to_publication():
    start, end, precision, best = publication_window(FRIDAY)
    assert (start, end, precision, best) == (date(2021, 8, 7), FRIDAY, WEEK, FRIDAY)


@pytest.mark.parametrize("value, expected", [("2021-08-13", FRIDAY), ("2021-08-13T09:30:00Z", FRIDAY), ("2021-08-13 09:30", FRIDAY)])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value, reason",
    [
        ("", "empty publication date"),
        ("13/08/2021", "not an ISO date"),
        ("yesterday", "not an ISO date"),
        ("2021-13-01", "no such day: month must be in 1..12"),
        ("2021-02-30T10:00", "no such day: day is out of range for month"),
    ],
)
def test_parse_published_rejects_saying_why(value, reason):
    with pytest.raises(ValueError, match=reason.replace(".", r"\.")):
        parse_published(value)


def test_the_nth_of_this_or_last_month():
    published = date(2021, 8, 20)
    [on_15th] = find_dates("When Kabul fell on the 15th, we were packing.", published)
    assert (on_15th.date_start, on_15th.precision) == (date(2021, 8, 15), 1)
    [on_28th] = find_dates("The siege began on the 28th.", published)
    assert on_28th.date_start == date(2021, 7, 28)
    assert find_dates("Attacks on the 3rd and 6th police districts were repelled.", published) == []
    assert find_dates("Units of the 217th Corps surrendered.", published) == []


def test_impossible_days_and_years_give_no_date_instead_of_an_error():
    published = date(2021, 8, 20)
    assert find_dates("Herat fell on the 0th.", published) == []
    assert [e.kind for e in find_dates("in August 0000", published)] == ["in_month"]  # the month still counts, the year does not
    assert find_dates("officials said the other 2 may have gone too", published) == []
    [week] = find_dates("Herat was besieged in the last week of July.", published)
    assert (week.date_start, week.date_end) == (date(2021, 7, 25), date(2021, 7, 31))
    [day] = find_dates("On the 12th officials confirmed Herat had fallen.", published)
    assert day.date_start == date(2021, 8, 12)


SUMMER_2021 = (date(2021, 5, 1), date(2021, 9, 30))


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("on 8 August", (date(2021, 8, 8), date(2021, 8, 8))),
        ("Aug. 13", (date(2021, 8, 13), date(2021, 8, 13))),
        ("in July", (date(2021, 7, 1), date(2021, 7, 31))),
        ("in the last week of July", (date(2021, 7, 25), date(2021, 7, 31))),
        ("on 13 August 2022", (date(2022, 8, 13), date(2022, 8, 13))),  # a year said is a year kept
        ("in March", (date(2022, 3, 1), date(2022, 3, 31))),  # no March in the period: this year's
    ],
)
def test_days_without_a_year_written_after_the_period_fall_in_it(phrase, expected):
    found = find_dates(phrase, date(2022, 9, 19), period=SUMMER_2021)
    assert [(e.date_start, e.date_end) for e in found] == [expected]
    assert find_dates("on 8 August", date(2021, 8, 19), period=SUMMER_2021)[0].date_start == date(2021, 8, 8)  # within it: as before


def test_a_day_in_the_week_before_writing_is_the_writings_own_year():
    # "On 31 July a US drone strike killed al-Zawahiri", in a story of 2 August 2022: that July, not the period's
    assert find_dates("on 31 July", date(2022, 8, 2), period=SUMMER_2021)[0].date_start == date(2022, 7, 31)
    assert find_dates("on 31 July", date(2022, 8, 20), period=SUMMER_2021)[0].date_start == date(2021, 7, 31)
    # unless the text looks back on the period: "Herat fell on August 12" in a piece marking a year since August 2021
    assert find_dates("on August 12", date(2022, 8, 15), period=SUMMER_2021, looking_back=True)[0].date_start == date(2021, 8, 12)
    assert find_dates("on August 12", date(2022, 8, 15), period=SUMMER_2021)[0].date_start == date(2022, 8, 12)


def test_an_undated_report_written_after_the_period_spans_the_period():
    assert publication_window(date(2022, 8, 19), SUMMER_2021) == (date(2021, 5, 1), date(2021, 9, 30), MONTH, date(2021, 9, 30))
    assert publication_window(FRIDAY, SUMMER_2021) == publication_window(FRIDAY)


@pytest.mark.parametrize(
    "phrase, anchor, expected",
    [
        ("On Tuesday", date(2021, 8, 9), date(2021, 8, 10)),  # the day after "Monday 9 August"
        ("on Friday", date(2021, 8, 9), date(2021, 8, 6)),  # three days back is nearer than four ahead
        ("late Thursday", date(2021, 8, 12), date(2021, 8, 12)),
        ("overnight into the 13th", date(2021, 8, 12), date(2021, 8, 13)),
        ("last Tuesday", date(2021, 8, 9), date(2021, 8, 31)),  # counted from writing, as written
    ],
)
def test_a_weekday_near_a_day_the_narrative_has_set(phrase, anchor, expected):
    found = find_dates(phrase, date(2021, 9, 4))
    assert resolve_near(found[-1], anchor).date_start == expected


def test_half_of_a_month():
    second = one("through the second half of August", date(2021, 9, 7))
    assert (second.date_start, second.date_end, second.precision) == (date(2021, 8, 16), date(2021, 8, 31), MONTH)
    first = one("in the first half of July", date(2021, 9, 7))
    assert (first.date_start, first.date_end) == (date(2021, 7, 1), date(2021, 7, 15))
    assert one("the second half of August", date(2021, 8, 20)).date_end == date(2021, 8, 20)  # not past the day of writing


def test_into_the_nth_is_a_day_only_after_a_night():
    [night] = find_dates("Kandahar went overnight into the 13th", FRIDAY)  # the night told by the day it ran into
    assert (night.kind, night.date_start) == ("day_of_month", date(2021, 8, 13))
    assert find_dates("the talks went into the 10th round", FRIDAY) == []
    assert find_dates("the war, now into the 20th year", FRIDAY) == []


def test_a_weekday_and_day_of_month_find_the_month_where_they_agree():
    [monday] = find_dates("Aibak surrendered on Monday the 9th.", date(2021, 9, 10))
    assert monday.date_start == date(2021, 8, 9)  # 9 September 2021 was a Thursday
    [thursday] = find_dates("Herat fell on Thursday the 12th.", date(2021, 8, 20))
    assert thursday.date_start == date(2021, 8, 12)


def test_a_weekday_before_its_calendar_date_is_one_expression():
    [day] = find_dates("Shibirghan was taken on Saturday, August 7, after a week of strikes.", date(2021, 9, 10))
    assert (day.kind, day.phrase, day.date_start) == ("month_day", "Saturday, August 7", date(2021, 8, 7))
    assert [e.date_start for e in find_dates("on Saturday and on August 7", date(2021, 9, 10))] == [date(2021, 9, 4), date(2021, 8, 7)]


def test_a_weekday_that_fits_no_recent_month_keeps_this_month_and_a_line_break_keeps_dates_apart():
    [day] = find_dates("Kandahar fell on Monday the 14th.", date(2021, 8, 16))  # 14 August was a Saturday
    assert day.date_start == date(2021, 8, 14)
    assert [e.phrase for e in find_dates("Taliban seize Kunduz on Sunday\n\nAugust 9, 2021", date(2021, 8, 10))] == ["Sunday", "August 9, 2021"]


def test_a_named_unit_is_no_day_of_the_month():
    for text in ("soldiers from the 10th Mountain Division", "troops from the 24th Marine Expeditionary Unit", "men from the 1st Brigade Combat Team"):
        assert find_dates(text, date(2021, 8, 31)) == [], text
    assert [e.date_start for e in find_dates("Faizabad fell on the 11th after a siege", date(2021, 8, 31))] == [date(2021, 8, 11)]


def test_in_the_next_day_or_so_is_no_day_after():
    assert find_dates("the number should reach 6,000 in the next day or so", FRIDAY) == []
    assert [e.kind for e in find_dates("Sheberghan fell the next day", FRIDAY)] == ["next_day"]


def test_a_day_with_an_ordinal_suffix_is_no_bare_month():
    for phrase in ("since August 14th", "by August 14th"):
        (found,) = find_dates(phrase, date(2021, 8, 27))
        assert (found.kind, found.date_start, found.date_end) == ("month_day", date(2021, 8, 14), date(2021, 8, 14)), phrase
    (month,) = find_dates("since August", date(2021, 8, 27))
    assert month.kind == "in_month"


def test_the_first_or_last_days_of_a_month_are_its_first_or_last_week():
    for phrase, window in (("since the last days of August", (date(2021, 8, 25), date(2021, 8, 31))),
                           ("in the first days of August", (date(2021, 8, 1), date(2021, 8, 7))),
                           ("the last few days of July", (date(2021, 7, 25), date(2021, 7, 31)))):
        assert [(e.date_start, e.date_end) for e in find_dates(phrase, date(2021, 9, 7))] == [window], phrase
    assert find_dates("the second days of July", date(2021, 9, 7)) == []


def test_session_23_a_span_of_days_in_one_month_and_a_night_told_by_its_calendar_day():
    aug20 = date(2021, 8, 20)
    for phrase, window in (("was lost overnight on August 12-13", (date(2021, 8, 12), date(2021, 8, 13))),
                           ("on the night of 12\u201313 August", (date(2021, 8, 12), date(2021, 8, 13))),
                           ("between 14 and 16 August", (date(2021, 8, 14), date(2021, 8, 16))),
                           ("on Aug. 30/31, 2021", (date(2021, 8, 30), date(2021, 8, 31))),
                           ("fell overnight on 12 August", (date(2021, 8, 12), date(2021, 8, 12)))):
        assert [(e.date_start, e.date_end) for e in find_dates(phrase, aug20)] == [window], phrase
    (wide,) = find_dates("from 10 to 25 August", aug20)
    assert (wide.date_start, wide.date_end, wide.precision) == (date(2021, 8, 10), date(2021, 8, 25), 3)
    (reversed_days,) = find_dates("on August 13-12", aug20)
    assert (reversed_days.date_start, reversed_days.date_end) == (date(2021, 8, 13), date(2021, 8, 13))
    assert [e.phrase for e in find_dates("August 12 to 13 people", aug20)] == ["August 12"]


def test_session_23_a_year_ago_is_the_same_day_a_year_before():
    for phrase in ("It is a year today since", "exactly one year ago", "a year ago this week"):
        (found,) = find_dates(phrase, date(2022, 8, 15))
        assert (found.kind, found.date_start) == ("year_ago", date(2021, 8, 15)), phrase
    (leap,) = find_dates("a year ago today", date(2024, 2, 29))
    assert leap.date_start == date(2023, 2, 28)
    for hedged in ("Less than a year ago", "Just over a year ago", "almost a year ago"):
        assert [e.kind for e in find_dates(hedged, date(2022, 6, 1))] == [], hedged


def test_session_23_a_month_day_and_a_number_after_it_are_no_span_and_for_weeks_before_is_no_day():
    aug16 = date(2021, 8, 16)
    assert [e.phrase for e in find_dates("entered Kabul on August 15 and 16 foreign embassies closed", aug16)] == ["August 15"]
    assert [e.kind for e in find_dates("Herat held out for two weeks before it fell on Thursday", aug16)] == ["weekday"]
