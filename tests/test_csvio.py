import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from geo.csvio import guard_cell, read_csv_text, to_csv_text, unguard_cell, write_csv


def test_formula_cells_are_made_inert():
    for value in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx"]:
        assert guard_cell(value).startswith("'")
    assert guard_cell("Kandahar") == "Kandahar"


def test_numbers_stay_numbers_when_written():
    frame = pd.DataFrame({"latitude": [-31.5], "evidence": ["=cmd|' /C calc'!A0"]})
    text = to_csv_text(frame)
    assert "-31.5" in text and "'=cmd" in text


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\r", blacklist_categories=("Cs",)), max_size=30), min_size=1, max_size=8))
def test_round_trip_is_exact(values):
    frame = pd.DataFrame({"evidence": values})
    back = read_csv_text(to_csv_text(frame))
    assert list(back["evidence"]) == values


@given(st.text(max_size=30))
def test_guard_then_unguard_is_identity(value):
    assert unguard_cell(guard_cell(value)) == value


def test_write_csv_is_atomic_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "out.csv"
    write_csv(pd.DataFrame({"a": ["1"]}), target)
    write_csv(pd.DataFrame({"a": ["2"]}), target)
    assert target.read_text() == "a\n2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
