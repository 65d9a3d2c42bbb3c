"""Articles: reading a folder of texts with its manifest, and decoding text safely."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PureWindowsPath

from geo.dates import parse_published
from geo.errors import ArticleError
from geo.text import normalise_newlines
from geo.textfile import binary_problem, looks_like_html, read_utf8_file

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "published", "url")


@dataclass(frozen=True)
class Article:
    """An article's text and the manifest fields that go with it."""

    file: str
    text: str
    published: date
    title: str = ""
    outlet: str = ""
    url: str = ""


def decode_text(data: bytes, source: str) -> str:
    """Return bytes as text: UTF-8 (with or without BOM), else a confidently detected encoding.

    Raises ArticleError naming source when the bytes are not readable text.
    """
    problem = binary_problem(data)
    if problem:
        raise ArticleError(f"{source}: {problem}")
    try:
        return normalise_newlines(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer ships with requests/streamlit
        from_bytes = None
    if from_bytes is not None:
        best = from_bytes(data).best()
        if best is not None and best.encoding and _readable(str(best)):
            return normalise_newlines(str(best))
    raise ArticleError(f"{source}: cannot decode the text (not UTF-8, and no other encoding fits)")


def _readable(text: str) -> bool:
    if not text.strip():
        return False
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    return control / len(text) < 0.01


def read_manifest(folder: Path | str) -> list[dict[str, str]]:
    """Return the manifest rows of folder/manifest.csv, each with its line number as '_line'.

    The manifest must be UTF-8 (a BOM is fine): titles decoded by guesswork could come out garbled.
    """
    path = Path(folder) / MANIFEST
    if not Path(folder).is_dir():
        raise ArticleError(f"{folder}: not a folder of articles")
    if not path.exists():
        raise ArticleError(f"{path}: manifest not found (expected columns {','.join(MANIFEST_COLUMNS)})")
    text = read_utf8_file(path, ArticleError)
    if not text.strip():
        raise ArticleError(f"{path}: empty file, expected a header row {','.join(MANIFEST_COLUMNS)}")
    if looks_like_html(text):
        raise ArticleError(f"{path}: an HTML page, not a CSV manifest")
    reader = csv.reader(io.StringIO(text), strict=True)
    line = 1  # where the record being read starts
    try:
        fields = [field.strip() for field in next(reader)]
        missing = [c for c in ("file", "published") if c not in fields]
        if missing:
            raise ArticleError(f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(fields) or 'none'}")
        rows = []
        line = reader.line_num + 1
        for record in reader:
            if record and len(record) != len(fields):
                raise ArticleError(f"{path}: row {line} has {len(record)} fields, the header has {len(fields)}")
            if record:  # not a blank line
                rows.append({**{k: v.strip() for k, v in zip(fields, record)}, "_line": str(line)})
            line = reader.line_num + 1
        return rows
    except csv.Error as exc:
        hint = ": a quote opened and never closed?" if "end of data" in str(exc) else ""
        raise ArticleError(f"{path}: row {line}: malformed CSV ({exc}{hint})") from None


def load_articles(folder: Path | str, *, today: date | None = None) -> list[Article]:
    """Return every article listed in folder/manifest.csv, decoded and dated.

    Raises ArticleError naming the file and manifest row for a missing, duplicated, empty or
    undecodable file, a name pointing outside the folder, and a missing, unparsable or future
    publication date (`today` defaults to the current date).
    """
    folder = Path(folder)
    manifest = folder / MANIFEST
    today = today or date.today()
    articles = []
    seen: dict[str, str] = {}
    for row in read_manifest(folder):
        where = f"{manifest} row {row['_line']}"
        name = row["file"]
        if not name:
            raise ArticleError(f"{where}: empty file name")
        if name in seen:
            raise ArticleError(f"{where}: {name} is listed twice (also row {seen[name]}); list each article once")
        seen[name] = row["_line"]
        parts = PureWindowsPath(name).parts  # splits on / and \\ alike
        if ".." in parts or PureWindowsPath(name).anchor:
            raise ArticleError(f"{where}: file name {name!r} points outside {folder}; list only files in that folder")
        if len(parts) > 1 or name == ".":
            raise ArticleError(f"{where}: file name {name!r} is in a subfolder; articles must sit directly in {folder}")
        path = folder / name
        if path.is_dir():
            raise ArticleError(f"{path}: is a directory, not an article file ({where})")
        if not path.is_file():
            raise ArticleError(f"{path}: file not found ({where})")
        published = _published(row["published"], f"{where}: {name}", today)
        text = decode_text(path.read_bytes(), f"{path} ({where})")
        if not text.strip():
            raise ArticleError(f"{path} ({where}): no text (empty or blank)")
        articles.append(Article(name, text, published, row.get("title", ""), row.get("outlet", ""), row.get("url", "")))
    return articles


def _published(value: str, where: str, today: date) -> date:
    if not value.strip():
        raise ArticleError(f"{where}: no publication date; give it as YYYY-MM-DD in the published column")
    return checked_publication_date(value, where, today)


def checked_publication_date(value: date | str, where: str, today: date) -> date:
    """Return the publication date given as a date or an ISO string; ArticleError naming `where`
    if it cannot be read or lies after today."""
    if isinstance(value, date):
        day = value
    else:
        try:
            day = parse_published(value)
        except ValueError as exc:
            raise ArticleError(f"{where}: unparsable publication date {str(value).strip()!r} ({exc}); give it as YYYY-MM-DD") from None
    if day > today:
        raise ArticleError(f"{where}: publication date {day.isoformat()} is in the future (today is {today.isoformat()}); check the date")
    return day
