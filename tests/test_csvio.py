import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.csvio import guard_cell, read_csv_file, read_csv_text, to_csv_text, unguard_cell, write_csv
from geo.errors import EventsError


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


def test_write_csv_to_a_directory_fails_and_leaves_no_temp_file(tmp_path):
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(IsADirectoryError):
        write_csv(pd.DataFrame({"a": ["1"]}), tmp_path / "out.csv")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"] and not any((tmp_path / "out.csv").iterdir())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a,b,c\n1,2\n", r"t\.csv: line 2 has 2 fields, the header has 3"),  # pandas would pad it with ''
        ("a,b,c\n1,2,3,4\n5,6,7\n", r"t\.csv: line 2 has 4 fields, the header has 3"),  # pandas would make column a an index
        ("a,b,c\n1,2,3\n5,6,7,8\n", r"t\.csv: line 3 has 4 fields, the header has 3"),
        ("", r"t\.csv: empty file, expected a header row"),
        ("<!DOCTYPE html>\n<html></html>\n", r"t\.csv: an HTML page, not a CSV file"),
        ("a,b\n1,2\x00\n", r"t\.csv: not a text file \(contains NUL bytes\)"),
    ],
)
def test_read_csv_file_refuses_ragged_and_non_csv_files(tmp_path, text, expected):
    (tmp_path / "t.csv").write_text(text, encoding="utf-8")
    with pytest.raises(EventsError, match=expected):
        read_csv_file(tmp_path / "t.csv", EventsError)


def test_read_csv_file_keeps_quoted_newlines_and_blank_cells(tmp_path):
    (tmp_path / "t.csv").write_bytes(b'\xef\xbb\xbfa,b,c\n1,"two\nlines",\n')
    frame = read_csv_file(tmp_path / "t.csv", EventsError)
    assert list(frame.columns) == ["a", "b", "c"] and frame.iloc[0].tolist() == ["1", "two\nlines", ""]


DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
formula_like = st.one_of(
    st.text(max_size=20),
    st.builds(lambda lead, rest: lead + rest, st.sampled_from(DANGEROUS_STARTS + ("'",)), st.text(max_size=20)),
)
coordinates = st.floats(min_value=-180, max_value=180, allow_nan=False, allow_infinity=False)


@given(st.lists(st.tuples(formula_like, coordinates), min_size=1, max_size=8))
def test_no_written_text_cell_can_start_a_formula_and_numbers_stay_numbers(rows):
    import csv
    import io

    frame = pd.DataFrame({"evidence": [text for text, _ in rows], "longitude": [number for _, number in rows]})
    written = list(csv.reader(io.StringIO(to_csv_text(frame), newline="")))
    assert written[0] == ["evidence", "longitude"]
    for (text, number), (cell, number_cell) in zip(rows, written[1:]):
        assert not cell.startswith(DANGEROUS_STARTS), cell
        assert float(number_cell) == number  # a negative coordinate is written as a number, unguarded
    back = read_csv_text(to_csv_text(frame))
    assert list(back["evidence"]) == [text for text, _ in rows]
    assert [float(v) for v in back["longitude"]] == [number for _, number in rows]
