"""CSV files in and out: atomic writes, and cells guarded against spreadsheet formula injection.

A text cell that a spreadsheet would run as a formula (starting with = + - @ or a
tab/CR) is written with a leading apostrophe; reading removes exactly that apostrophe,
so a write-read round trip returns the original text.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pandas as pd

from geo.textfile import looks_like_html, read_utf8_file

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value: str) -> str:
    """Return value made inert for spreadsheets (reversible with unguard_cell)."""
    if value.startswith(_DANGEROUS) or (value.startswith("'") and value[1:].startswith(_DANGEROUS)):
        return "'" + value
    return value


def unguard_cell(value: str) -> str:
    """Return value with the guard apostrophe added by guard_cell removed."""
    if value.startswith("'") and value[1:].startswith(_DANGEROUS + ("'",)):
        inner = value[1:]
        if inner.startswith(_DANGEROUS) or (inner.startswith("'") and inner[1:].startswith(_DANGEROUS)):
            return inner
    return value


def guard_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text columns are guarded; numeric columns are left as numbers."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_string_dtype(out[column]) or out[column].dtype == object:
            out[column] = out[column].map(lambda v: guard_cell(v) if isinstance(v, str) else v)
    return out


def to_csv_text(frame: pd.DataFrame) -> str:
    """Return the guarded CSV text of a frame (UTF-8, no index)."""
    guarded = guard_frame(frame)
    buffer = io.StringIO()
    guarded.to_csv(buffer, index=False, lineterminator="\n")
    text = buffer.getvalue()
    if "\r" in text:
        # Python's csv writer quotes a field only for the characters of its line terminator ("\n"
        # here), so a lone "\r" was written bare and would split the row in most readers: write the
        # table again with every text cell quoted.
        buffer = io.StringIO()
        guarded.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
        text = buffer.getvalue()
    return text


def write_csv(frame: pd.DataFrame, path: Path | str) -> None:
    """Write frame to path atomically: a reader sees the old file or the new one, never half.

    On failure (path is a directory, the disk is full) no temporary file is left behind.
    """
    path = Path(path)
    text = to_csv_text(frame)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with tmp:
            tmp.write(text)
        os.replace(tmp.name, path)
    except BaseException:
        Path(tmp.name).unlink(missing_ok=True)
        raise


def read_csv_text(text: str, **kwargs) -> pd.DataFrame:
    """Return the frame in CSV text, with guard apostrophes removed and empty cells as ''."""
    # skip_blank_lines=False: a one-column row holding only spaces is data, not a blank line.
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=False, **kwargs)
    for column in frame.columns:
        frame[column] = frame[column].map(unguard_cell)
    return frame


def read_csv_file(path: Path | str, error: type[Exception]) -> pd.DataFrame:
    """Return the CSV file at path as text columns (see read_csv_text).

    Raises `error` with one line naming the file when it is missing, a directory, binary, not
    UTF-8, empty, a web page or not CSV, or when a row has more or fewer fields than the header.
    """
    path = Path(path)
    text = read_utf8_file(path, error)
    if looks_like_html(text):
        raise error(f"{path}: an HTML page, not a CSV file")
    try:
        frame = read_csv_text(text)
    except pd.errors.EmptyDataError:
        raise error(f"{path}: empty file, expected a header row") from None
    except pd.errors.ParserError as exc:
        _check_field_counts(text, path, error)  # the clearer message, when that is the problem
        raise error(f"{path}: not a readable CSV file ({str(exc).strip().splitlines()[-1]})") from None
    _check_field_counts(text, path, error)
    return frame


def _check_field_counts(text: str, path: Path, error: type[Exception]) -> None:
    """Raise error at the first row whose field count differs from the header's.

    pandas pads a short row with empty cells, and takes one extra field in the first row as an
    index column, so neither would otherwise be noticed.
    """
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, [])
        for record in reader:
            if record and len(record) != len(header):
                raise error(f"{path}: line {reader.line_num} has {len(record)} fields, the header has {len(header)}")
    except csv.Error:
        return  # what pandas read (or its message) stands
