"""Reading text files: binary data named for what it is, UTF-8 with or without a BOM, errors with file and line."""

import pytest

from geo.errors import EventsError
from geo.textfile import binary_problem, looks_like_html, read_utf8_file

TEXT = "Taliban fighters captured Sheberghan on Saturday, officials said.\n"


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"PK\x03\x04\x14\x00\x00\x00", "not a text file (it is a ZIP archive, e.g. a .zip, .docx or .xlsx file)"),
        (b"%PDF-1.7\n", "not a text file (it is a PDF document)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file (it is a PNG image)"),
        (TEXT.encode("utf-16-le"), "UTF-16 text without a byte-order mark; save it as UTF-8"),
        (TEXT.encode("utf-16-be"), "UTF-16 text without a byte-order mark; save it as UTF-8"),
        (TEXT.encode()[:20] + b"\x00" + TEXT.encode()[20:], "not a text file (contains NUL bytes)"),
        (TEXT.encode(), None),
        (TEXT.encode("cp1252"), None),
        (TEXT.encode("utf-16"), None),  # a byte-order mark says how to decode it
        (b"", None),
    ],
)
def test_binary_data_is_named_for_what_it_is(data, expected):
    assert binary_problem(data) == expected


def test_a_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfiso_code,status\n")
    assert read_utf8_file(path, EventsError) == "iso_code,status\n"


@pytest.mark.parametrize(
    "data, expected",
    [
        ("iso_code,province\nAF-HER,Her\u00e2t\n".encode("latin-1"), r"x\.csv: not UTF-8 text \(invalid continuation byte at line 2, byte 28\); save it as UTF-8"),
        ("iso_code\n".encode("utf-16"), r"x\.csv: UTF-16 text; save it as UTF-8"),
        (b"\x1f\x8b\x08\x00", r"x\.csv: not a text file \(it is a gzip archive\)"),
    ],
)
def test_unreadable_text_names_the_file_and_line(tmp_path, data, expected):
    (tmp_path / "x.csv").write_bytes(data)
    with pytest.raises(EventsError, match=expected):
        read_utf8_file(tmp_path / "x.csv", EventsError)


def test_a_missing_file_and_a_directory_are_named(tmp_path):
    with pytest.raises(EventsError, match=r"none\.csv: file not found"):
        read_utf8_file(tmp_path / "none.csv", EventsError)
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(EventsError, match=r"dir\.csv: is a directory, not a file"):
        read_utf8_file(tmp_path / "dir.csv", EventsError)


def test_a_saved_web_page_is_recognised():
    assert looks_like_html("\ufeff\n  <!DOCTYPE html>\n<html>")
    assert looks_like_html("<HTML><body></body></HTML>")
    assert not looks_like_html("event_id,evidence\nE1,<html> in a cell\n")
