"""CSV files in and out: atomic writes, and cells guarded against spreadsheet formula injection.

A text cell that a spreadsheet would run as a formula (starting with = + - @ or a
tab/CR) is written with a leading apostrophe; reading removes exactly that apostrophe,
so a write-read round trip returns the original text.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pandas as pd

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
    buffer = io.StringIO()
    guard_frame(frame).to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_csv(frame: pd.DataFrame, path: Path | str) -> None:
    """Write frame to path atomically: a reader sees the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False) as tmp:
        tmp.write(to_csv_text(frame))
    os.replace(tmp.name, path)


def read_csv_text(text: str, **kwargs) -> pd.DataFrame:
    """Return the frame in CSV text, with guard apostrophes removed and empty cells as ''."""
    # skip_blank_lines=False: a one-column row holding only spaces is data, not a blank line.
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=False, **kwargs)
    for column in frame.columns:
        frame[column] = frame[column].map(unguard_cell)
    return frame


def read_csv_file(path: Path | str, error: type[Exception]) -> pd.DataFrame:
    """Return the CSV file at path as text columns (see read_csv_text).

    Raises `error` with one line naming the file when it is missing, a directory, not UTF-8,
    empty or not CSV.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
        return read_csv_text(text)
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a directory, not a CSV file") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except pd.errors.EmptyDataError:
        raise error(f"{path}: empty file, expected a header row") from None
    except pd.errors.ParserError as exc:
        raise error(f"{path}: not a readable CSV file ({str(exc).strip().splitlines()[-1]})") from None
