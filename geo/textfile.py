"""Reading text files people hand us: binary data recognised for what it is, UTF-8 with or without a BOM,
and errors that name the file and, for bad bytes, the line."""

from __future__ import annotations

from pathlib import Path

# Leading bytes of formats that get saved or renamed as .txt/.csv by mistake, and what to call them.
_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive, e.g. a .zip, .docx or .xlsx file"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 4096


def binary_problem(data: bytes) -> str | None:
    """Return why data cannot be read as text (e.g. 'not a text file (it is a PDF document)'), or None.

    UTF-16 with a byte-order mark is text (None); without one it is named as such, so the message
    can say how to fix it.
    """
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            return f"not a text file (it is {name})"
    head = data[:_SAMPLE]
    if b"\x00" not in head or head.startswith(UTF16_BOMS):
        return None
    even, odd = head[0::2], head[1::2]
    # Mostly-Latin UTF-16 has a NUL in every other byte: after each letter (little-endian) or before it.
    if (odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even)) or (even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd)):
        return "UTF-16 text without a byte-order mark; save it as UTF-8"
    return "not a text file (contains NUL bytes)"


def read_utf8_file(path: Path | str, error: type[Exception]) -> str:
    """Return the text of a UTF-8 file at path, a leading byte-order mark dropped.

    Raises `error` with one line naming the file when it is missing, a directory, unreadable,
    binary, UTF-16, or not UTF-8 (with the line and byte of the first bad byte).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None
    if data.startswith(UTF16_BOMS):
        raise error(f"{path}: UTF-16 text; save it as UTF-8")
    problem = binary_problem(data)
    if problem:
        raise error(f"{path}: {problem}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{path}: not UTF-8 text ({exc.reason} at line {line}, byte {exc.start}); save it as UTF-8") from None


def looks_like_html(text: str) -> bool:
    """True when text is a web page (e.g. saved instead of the CSV file it links to)."""
    return text.lstrip("\ufeff \t\r\n")[:15].lower().startswith(("<!doctype html", "<html"))
