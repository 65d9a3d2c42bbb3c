from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.control import changes, load_baseline, load_events, snapshot, status_rules, timeline
from geo.errors import BaselineError, ConfigError, EventsError
from geo.schema import CHANGE_COLUMNS, LIST_SEPARATOR, SNAPSHOT_COLUMNS, TIMELINE_COLUMNS
from geo.theatre import load_theatre
from geo.vocabulary import TERRITORIAL_RANK

TALIBAN, GOVERNMENT = "Taliban", "Afghan government forces"
D = date(2021, 8, 1)  # day 0 of the synthetic tables


@pytest.fixture(scope="session")
def rules(theatre):
    return status_rules(theatre)


@pytest.fixture(scope="session")
def places(provinces):
    return provinces[["province", "iso_code"]]


@pytest.fixture(scope="session")
def baseline(theatre, places, rules):
    return load_baseline(theatre.path("baseline"), places, rules.statuses)


def day(n: int) -> date:
    return D + timedelta(days=n)


def report(event_id, event_type, iso="AF-KAN", on=5, *, actor=TALIBAN, window=None, precision=None, n_sources=1, claimed=False, **extra):
    """One synthetic event row: on day `on`, or over the window (first, last) with precision 2."""
    first, last = window if window else (on, on)
    names = {"AF-KAN": "Kandahar", "AF-HER": "Herat", "AF-KAB": "Kabul", "AF-BAL": "Balkh", "AF-GHA": "Ghazni"}
    return {
        "event_id": event_id,
        "event_type": event_type,
        "actor1": actor,
        "province": names[iso],
        "iso_code": iso,
        "date_start": day(first).isoformat(),
        "date_end": day(last).isoformat(),
        "event_date": day(last if window else on).isoformat(),
        "time_precision": precision or (2 if window else 1),
        "n_sources": n_sources,
        "claimed": claimed,
        **extra,
    }


def table(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def status_on(events, places, rules, n, iso="AF-KAN", baseline=None):
    """The snapshot row of one province on day n."""
    frame = snapshot(events, places, rules, day(n), baseline)
    return frame.set_index("iso_code").loc[iso]


def government_from_day_0(places):
    return pd.DataFrame({"iso_code": places["iso_code"], "province": places["province"], "status": "government", "date": D.isoformat(), "note": ""})


# -- the rules ---------------------------------------------------------------------------


def test_a_capture_gives_the_capturing_actor_status_from_its_effective_date(places, rules):
    events = table(report("E1", "captured", on=5))
    base = government_from_day_0(places)
    before, after = status_on(events, places, rules, 4, baseline=base), status_on(events, places, rules, 5, baseline=base)
    assert (before.status, before.basis, before.event_ids) == ("government", "baseline", "")
    assert (after.status, after.basis, after.since, after.event_ids) == ("taliban", "reported", day(5).isoformat(), "E1")


def test_a_government_retake_gives_government(places, rules):
    events = table(report("E1", "captured", on=5), report("E2", "captured", on=9, actor=GOVERNMENT))
    assert status_on(events, places, rules, 8).status == "taliban"
    retaken = status_on(events, places, rules, 9)
    assert (retaken.status, retaken.event_ids, retaken.since) == ("government", "E2", day(9).isoformat())


def test_contested_lasts_until_a_later_capture_or_hold(places, rules):
    events = table(
        report("K1", "contested", "AF-KAN", on=2),
        report("K2", "captured", "AF-KAN", on=6),
        report("H1", "contested", "AF-HER", on=2),
        report("H2", "held", "AF-HER", on=6, actor=GOVERNMENT),
    )
    for iso in ("AF-KAN", "AF-HER"):
        assert status_on(events, places, rules, 5, iso).status == "contested"
    assert status_on(events, places, rules, 6, "AF-KAN").status == "taliban"
    assert status_on(events, places, rules, 6, "AF-HER").status == "government"


def test_held_gives_the_holding_actor_status_whoever_is_named(places, rules):
    events = table(report("E1", "held", on=3, actor=TALIBAN))  # "Taliban attacks were repelled": still held
    held = status_on(events, places, rules, 3)
    assert (held.status, held.basis, held.event_ids) == ("government", "reported", "E1")


def test_a_later_report_overrides_an_earlier_one_whatever_their_rank(places, rules):
    events = table(report("E1", "captured", on=2), report("E2", "held", on=4, actor=GOVERNMENT), report("E3", "contested", on=7))
    assert [status_on(events, places, rules, n).status for n in (2, 4, 7)] == ["taliban", "government", "contested"]


def test_on_the_same_day_capture_outranks_contest_outranks_hold(places, rules):
    assert TERRITORIAL_RANK["captured"] > TERRITORIAL_RANK["contested"] > TERRITORIAL_RANK["held"]
    three = [report("C", "captured", on=5), report("X", "contested", on=5), report("H", "held", on=5)]
    for rows in (three, three[::-1]):
        row = status_on(table(*rows), places, rules, 5)
        assert (row.status, row.event_ids) == ("taliban", "C")
    two = [report("X", "contested", on=5), report("H", "held", on=5)]
    for rows in (two, two[::-1]):
        assert status_on(table(*rows), places, rules, 5).status == "contested"


def test_a_window_report_takes_effect_at_its_end_and_the_days_inside_are_uncertain(places, rules):
    events = table(report("W", "captured", window=(3, 6)))
    base = government_from_day_0(places)
    rows = timeline(events, places, rules, day(2), day(7), base).query("iso_code == 'AF-KAN'").set_index("date")
    assert rows.loc[day(2).isoformat(), "basis"] == "baseline"
    for n in (3, 4, 5):
        inside = rows.loc[day(n).isoformat()]
        # The status stays what it was; the pending report is named so the analyst can read it.
        assert (inside.status, inside.basis, inside.event_ids, inside.since) == ("government", "uncertain", "W", D.isoformat())
    for n in (6, 7):
        assert (rows.loc[day(n).isoformat(), "status"], rows.loc[day(n).isoformat(), "basis"]) == ("taliban", "reported")


def test_a_month_precision_report_takes_effect_at_the_end_of_the_month(places, rules):
    events = table(report("M", "captured", window=(0, 30), precision=3))
    assert status_on(events, places, rules, 29).basis == "uncertain"
    assert status_on(events, places, rules, 30).status == "taliban"


def test_a_day_precision_report_takes_effect_on_its_event_date(places, rules):
    row = report("E1", "captured", on=5)
    row["date_start"] = day(3).isoformat()  # a day-precise report whose window was kept wider
    events = table(row)
    assert status_on(events, places, rules, 4).basis == "none"
    assert status_on(events, places, rules, 5).status == "taliban"


def test_several_pending_reports_are_all_named_on_an_uncertain_day(places, rules):
    events = table(report("W2", "contested", window=(1, 6)), report("W1", "captured", window=(3, 8)))
    row = status_on(events, places, rules, 4)
    assert (row.basis, row.event_ids) == ("uncertain", LIST_SEPARATOR.join(["W1", "W2"]))


def test_a_single_source_claim_is_marked_claimed_and_a_corroborated_one_is_not(places, rules):
    events = table(
        report("E1", "captured", "AF-KAN", claimed=True, n_sources=1),
        report("E2", "captured", "AF-HER", claimed=True, n_sources=2),
        report("E3", "captured", "AF-GHA", claimed=False, n_sources=1),
    )
    frame = snapshot(events, places, rules, day(5)).set_index("iso_code")
    assert frame.loc["AF-KAN", "claimed"] and frame.loc["AF-KAN", "status"] == "taliban"
    assert not frame.loc["AF-HER", "claimed"] and frame.loc["AF-HER", "n_sources"] == 2
    assert not frame.loc["AF-GHA", "claimed"]


def test_non_territorial_events_never_change_status(places, rules):
    events = table(*(report(f"N{i}", kind, actor="United States") for i, kind in enumerate(("deployment", "evacuation", "diplomatic", "strike"))))
    frame = timeline(events, places, rules, day(0), day(9), government_from_day_0(places))
    assert set(frame["status"]) == {"government"} and set(frame["basis"]) == {"baseline"}


def test_a_capture_by_an_actor_without_a_status_is_ignored(places, rules):
    events = table(report("E1", "captured", actor="United States"))
    assert status_on(events, places, rules, 5).basis == "none"


def test_same_day_same_rank_ties_go_to_more_sources_then_smaller_event_id(places, rules):
    rows = [report("B", "captured", n_sources=1), report("A", "captured", actor=GOVERNMENT, n_sources=2)]
    for order in (rows, rows[::-1]):
        row = status_on(table(*order), places, rules, 5)
        assert (row.status, row.event_ids, row.n_sources) == ("government", "A", 2)
    rows = [report("B", "captured"), report("A", "captured", actor=GOVERNMENT)]
    for order in (rows, rows[::-1]):
        assert status_on(table(*order), places, rules, 5).status == "government"


def test_tied_reports_of_the_same_status_are_all_named(places, rules):
    events = table(report("E2", "captured", n_sources=1, claimed=True), report("E1", "captured", n_sources=1, claimed=False))
    row = status_on(events, places, rules, 5)
    assert row.event_ids == LIST_SEPARATOR.join(["E1", "E2"])
    assert not row.claimed  # one of the two is not a claim


def test_a_rejected_event_is_ignored(places, rules):
    events = table(report("E1", "captured", review="rejected"), report("E2", "contested", on=3, review="accepted"))
    row = status_on(events, places, rules, 5)
    assert (row.status, row.event_ids) == ("contested", "E2")


def test_a_rejected_event_is_not_validated(places, rules):
    events = table(report("E1", "captured", review="rejected") | {"iso_code": "AF-XXX"})
    assert status_on(events, places, rules, 5).basis == "none"


def test_before_the_baseline_date_status_is_unreported(places, rules, baseline):
    frame = snapshot(table(), places, rules, date(2021, 4, 30), baseline)
    assert set(frame["status"]) == {"unreported"} and set(frame["basis"]) == {"none"} and set(frame["since"]) == {""}


def test_without_a_baseline_provinces_start_unreported(places, rules):
    frame = timeline(table(report("E1", "captured")), places, rules, day(0), day(9))
    others = frame[frame["iso_code"] != "AF-KAN"]
    assert set(others["status"]) == {"unreported"} and set(others["basis"]) == {"none"}


def test_with_no_events_everything_is_baseline(places, rules, baseline):
    frame = snapshot(table(), places, rules, date(2021, 8, 13), baseline)
    assert len(frame) == 34 and set(frame["status"]) == {"government"} and set(frame["basis"]) == {"baseline"}
    assert set(frame["since"]) == {"2021-05-01"} and set(frame["event_ids"]) == {""} and set(frame["n_sources"]) == {0}


def test_since_reaches_back_to_the_baseline_while_the_status_is_unchanged(places, rules):
    events = table(report("E1", "held", actor=GOVERNMENT, on=4), report("E2", "contested", on=6), report("E3", "contested", on=8))
    base = government_from_day_0(places)
    assert status_on(events, places, rules, 5, baseline=base).since == D.isoformat()
    assert status_on(events, places, rules, 9, baseline=base).since == day(6).isoformat()


def test_timeline_has_one_row_per_province_per_day_in_schema_order(places, rules, baseline):
    frame = timeline(table(), places, rules, day(0), day(9), baseline)
    assert list(frame.columns) == list(TIMELINE_COLUMNS) and len(frame) == 34 * 10
    assert frame.groupby("date").size().eq(34).all()


def test_changes_lists_each_change_of_status_with_its_events(places, rules):
    events = table(report("E1", "contested", on=2), report("E2", "captured", on=5), report("E3", "held", "AF-HER", on=3, actor=GOVERNMENT))
    frame = changes(timeline(events, places, rules, day(0), day(9), government_from_day_0(places)))
    assert list(frame.columns) == list(CHANGE_COLUMNS)
    assert frame.to_dict("records") == [
        {"date": day(2).isoformat(), "province": "Kandahar", "iso_code": "AF-KAN", "from_status": "government", "to_status": "contested", "event_ids": "E1"},
        {"date": day(5).isoformat(), "province": "Kandahar", "iso_code": "AF-KAN", "from_status": "contested", "to_status": "taliban", "event_ids": "E2"},
    ]


# -- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"iso_code": "AF-XXX"}, "iso_code 'AF-XXX' is not one of the theatre's provinces"),
        ({"province": "Herat"}, "province 'Herat' is not the name of AF-KAN (Kandahar)"),
        ({"iso_code": ""}, "province 'Kandahar' has no iso_code"),
        ({"date_end": "2021-08-32"}, "date_end '2021-08-32' is not a date"),
        ({"event_date": "soon"}, "event_date 'soon' is not a date"),
        ({"time_precision": 4}, "time_precision '4' is not one of 1, 2, 3"),
        ({"event_type": "captrued"}, "event_type 'captrued' is not one of"),
    ],
)
def test_a_bad_event_is_an_events_error_naming_it(places, rules, change, expected):
    events = table(report("GOOD", "captured", "AF-HER"), report("BAD1", "captured") | change)
    with pytest.raises(EventsError) as error:
        timeline(events, places, rules, day(0), day(1), source="events.csv")
    message = str(error.value)
    assert message.startswith("events.csv: event BAD1: ") and expected in message and "\n" not in message


def test_a_country_level_event_without_a_province_is_accepted(places, rules):
    events = table(report("E1", "deployment", actor="United States") | {"province": "", "iso_code": ""})
    assert set(snapshot(events, places, rules, day(5))["basis"]) == {"none"}


def test_a_table_without_a_needed_column_is_an_events_error(places, rules):
    with pytest.raises(EventsError, match="missing column.*time_precision"):
        timeline(table(report("E1", "captured")).drop(columns="time_precision"), places, rules, day(0), day(1))


def test_load_events_names_a_missing_file(tmp_path):
    with pytest.raises(EventsError, match="nothing.csv: file not found"):
        load_events(tmp_path / "nothing.csv")


@pytest.mark.parametrize(
    "edit, expected",
    [
        (lambda lines: lines + [lines[1]], r"event AFG00BC6508 appears more than once \(lines 2 and \d+\); each event needs its own event_id"),
        (lambda lines: [lines[0], lines[1].replace(",36.72795,68.87253,", ",north,68.87253,")], r"event AFG00BC6508: latitude 'north' is not a number from -90 to 90"),
        (lambda lines: [lines[0], lines[1].replace(",36.72795,68.87253,", ",36.72795,968.87253,")], r"event AFG00BC6508: longitude '968.87253' is not a number from -180 to 180"),
    ],
)
def test_load_events_refuses_repeated_ids_and_bad_coordinates(theatre, tmp_path, edit, expected):
    lines = theatre.path("events").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("AFG00BC6508,")
    (tmp_path / "events.csv").write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    with pytest.raises(EventsError, match=r"events\.csv: " + expected):
        load_events(tmp_path / "events.csv")


def test_load_events_accepts_a_blank_coordinate(theatre, tmp_path):
    lines = theatre.path("events").read_text(encoding="utf-8").splitlines()
    (tmp_path / "events.csv").write_text("\n".join([lines[0], lines[1].replace(",36.72795,68.87253,", ",,,")]) + "\n", encoding="utf-8")
    assert load_events(tmp_path / "events.csv")["latitude"].tolist() == [""]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("AF-XXX,Nowhere,government,2021-05-01,", "line 3: iso_code 'AF-XXX' is not one of the theatre's provinces"),
        ("AF-HER,Herat,friendly,2021-05-01,", "line 3: status 'friendly' is not one of taliban, contested, government, unreported"),
        ("AF-HER,Herat,government,1 May 2021,", "line 3: date '1 May 2021' is not a date"),
        ("AF-HER,Kabul,government,2021-05-01,", "line 3: province 'Kabul' is not the name of AF-HER (Herat)"),
        ("AF-KAN,Kandahar,government,2021-05-01,", "line 3: AF-KAN already has a baseline"),
    ],
)
def test_a_bad_baseline_is_a_baseline_error_naming_file_and_line(tmp_path, places, rules, line, expected):
    path = tmp_path / "baseline.csv"
    path.write_text(f"iso_code,province,status,date,note\nAF-KAN,Kandahar,government,2021-05-01,\n{line}\n", encoding="utf-8")
    with pytest.raises(BaselineError) as error:
        load_baseline(path, places, rules.statuses)
    assert str(error.value).startswith(f"{path}: {expected}") and "\n" not in str(error.value)


def test_a_baseline_frame_naming_an_unknown_status_is_a_baseline_error(places, rules):
    base = government_from_day_0(places).assign(status="friendly")
    with pytest.raises(BaselineError, match="baseline row 1: status 'friendly'"):
        timeline(table(), places, rules, day(0), day(1), base)


def test_the_bundled_baseline_has_every_capital_in_government_hands_on_1_may(baseline):
    assert len(baseline) == 34 and set(baseline["status"]) == {"government"} and set(baseline["date"]) == {"2021-05-01"}


def test_status_rules_come_from_the_theatre(rules):
    assert rules.actor_status["Taliban"] == "taliban" and rules.actor_status["Afghan government forces"] == "government"
    assert (rules.contested, rules.held, rules.unreported) == ("contested", "government", "unreported")
    assert "United States" not in rules.actor_status


def test_a_theatre_without_a_contested_status_is_a_config_error(data_copy):
    config = data_copy / "theatre.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('contested_status = "contested"\n', ""), encoding="utf-8")
    with pytest.raises(ConfigError, match="contested_status is ''"):
        status_rules(load_theatre(data_copy))


# -- the seed articles -------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_events(theatre):
    return load_events(theatre.path("events"))


def test_on_13_august_the_seeds_show_five_capitals_taken_balkh_contested_and_kabul_held(seed_events, places, rules, baseline):
    frame = snapshot(seed_events, places, rules, date(2021, 8, 13), baseline).set_index("province")
    assert list(frame.columns) == [c for c in SNAPSHOT_COLUMNS if c != "province"] and len(frame) == 34
    taken = ["Kandahar", "Herat", "Ghazni", "Kunduz", "Helmand"]
    assert set(frame.loc[taken, "status"]) == {"taliban"} and set(frame.loc[taken, "basis"]) == {"reported"}
    assert frame.loc["Balkh", "status"] == "contested"
    assert (frame.loc["Kabul", "status"], frame.loc["Kabul", "basis"]) == ("government", "reported")
    others = frame.drop(index=taken + ["Balkh", "Kabul"])
    assert set(others["status"]) == {"government"} and set(others["basis"]) == {"baseline"}


def test_on_13_august_each_taken_capital_points_at_the_report_of_its_fall(seed_events, places, rules, baseline):
    frame = snapshot(seed_events, places, rules, date(2021, 8, 13), baseline).set_index("province")
    evidence = seed_events.set_index("event_id")["evidence"]
    assert "Kandahar" in evidence[frame.loc["Kandahar", "event_ids"]]
    assert frame.loc["Kandahar", "since"] == "2021-08-13" and frame.loc["Herat", "since"] == "2021-08-12"


def test_on_11_august_herat_is_not_yet_taliban(seed_events, places, rules, baseline):
    herat = snapshot(seed_events, places, rules, date(2021, 8, 11), baseline).set_index("province").loc["Herat"]
    assert herat.status != "taliban" and herat.status == "government"


# -- property: the vectorised model agrees with a plain day-by-day reading of the rules ---------------


def reference_state(events, rules, baseline, iso, on: date) -> dict | None:
    """The state of one province on one day, by reading every report (a list of dicts) in turn, no cleverness."""
    candidates = []  # (effective, rank, n_sources, event_id, status, claim, basis)
    for b in (b for b in baseline if b["iso_code"] == iso):
        if date.fromisoformat(b["date"]) <= on:
            candidates.append((date.fromisoformat(b["date"]), 0, 0, "", b["status"], False, "baseline"))
    for e in (e for e in events if e["iso_code"] == iso):
        status = reference_status_of(e, rules)
        effective = date.fromisoformat(e["event_date"] if e["time_precision"] == 1 else e["date_end"])
        if status and effective <= on:
            claim = bool(e["claimed"]) and e["n_sources"] < 2
            candidates.append((effective, TERRITORIAL_RANK[e["event_type"]], e["n_sources"], e["event_id"], status, claim, "reported"))
    if not candidates:
        return None
    top = max(c[:3] for c in candidates)
    winner = min((c for c in candidates if c[:3] == top), key=lambda c: c[3])
    tied = [c for c in candidates if c[:2] == winner[:2] and c[4] == winner[4]]
    return {
        "status": winner[4],
        "basis": winner[6],
        "event_ids": LIST_SEPARATOR.join(sorted(c[3] for c in tied)),
        "n_sources": max(c[2] for c in tied),
        "claimed": all(c[5] for c in tied),
    }


def reference_status_of(e, rules) -> str | None:
    if e["event_type"] == "captured":
        return rules.actor_status.get(e["actor1"])
    return {"contested": rules.contested, "held": rules.held}.get(e["event_type"])


def reference_row(events, rules, baseline, iso, on: date) -> dict:
    state = reference_state(events, rules, baseline, iso, on)
    if state is None:
        state = {"status": rules.unreported, "basis": "none", "since": "", "event_ids": "", "n_sources": 0, "claimed": False}
    else:
        first = on
        while (earlier := reference_state(events, rules, baseline, iso, first - timedelta(days=1))) and earlier["status"] == state["status"]:
            first -= timedelta(days=1)
        state["since"] = first.isoformat()
    pending = [
        e for e in events
        if e["iso_code"] == iso and e["time_precision"] in (2, 3) and reference_status_of(e, rules)
        and date.fromisoformat(e["date_start"]) <= on < date.fromisoformat(e["date_end"])
    ]
    if pending:
        state |= {
            "basis": "uncertain",
            "event_ids": LIST_SEPARATOR.join(sorted(e["event_id"] for e in pending)),
            "n_sources": max(e["n_sources"] for e in pending),
            "claimed": all(bool(e["claimed"]) and e["n_sources"] < 2 for e in pending),
        }
    return state


PLACES = ["AF-KAN", "AF-HER"]

random_event = st.fixed_dictionaries(
    {
        "event_type": st.sampled_from(["captured", "captured", "contested", "held", "strike"]),
        "actor1": st.sampled_from([TALIBAN, GOVERNMENT, "United States"]),
        "iso_code": st.sampled_from(PLACES),
        "first": st.integers(0, 10),
        "length": st.integers(0, 6),
        "time_precision": st.sampled_from([1, 2, 3]),
        "n_sources": st.integers(1, 2),
        "claimed": st.booleans(),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(random_event, max_size=8), st.booleans(), st.integers(0, 6))
def test_the_timeline_agrees_with_a_day_by_day_reference(places, rules, drawn, with_baseline, baseline_day):
    names = dict(zip(places["iso_code"], places["province"]))
    rows = []
    for i, e in enumerate(drawn):
        length = 0 if e["time_precision"] == 1 else max(e["length"], 1)
        first = day(e["first"])
        rows.append(
            {
                "event_id": f"E{(i * 7) % 10}{i}",  # ids not in table order
                "event_type": e["event_type"], "actor1": e["actor1"], "province": names[e["iso_code"]], "iso_code": e["iso_code"],
                "date_start": first.isoformat(), "date_end": (first + timedelta(days=length)).isoformat(),
                "event_date": first.isoformat() if length == 0 else (first + timedelta(days=length)).isoformat(),
                "time_precision": e["time_precision"] if length else 1, "n_sources": e["n_sources"], "claimed": e["claimed"],
            }
        )
    events = pd.DataFrame(rows, columns=["event_id", "event_type", "actor1", "province", "iso_code", "date_start", "date_end", "event_date", "time_precision", "n_sources", "claimed"])
    base = government_from_day_0(places).assign(date=day(baseline_day).isoformat()) if with_baseline else None
    start, end = day(2), day(16)
    frame = timeline(events, places, rules, start, end, base)

    assert len(frame) == 34 * 15 and frame.groupby("date").size().eq(34).all()
    assert set(frame["status"]) <= set(rules.statuses)
    reference_events, reference_baseline = events.to_dict("records"), base.to_dict("records") if base is not None else []
    got = frame.set_index(["iso_code", "date"]).to_dict("index")
    for iso in PLACES:
        for n in range(2, 17):
            expected = reference_row(reference_events, rules, reference_baseline, iso, day(n))
            row = got[(iso, day(n).isoformat())]
            assert {k: row[k] for k in expected} == expected, (iso, day(n))
