"""Articles: reading a folder of texts with its manifest, and decoding text safely."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.dates import parse_published
from geo.errors import ArticleError
from geo.text import normalise_newlines

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
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{source}: not a text file (contains NUL bytes)")
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
    """Return the manifest rows of folder/manifest.csv, each with its line number as '_line'."""
    path = Path(folder) / MANIFEST
    if not Path(folder).is_dir():
        raise ArticleError(f"{folder}: not a folder of articles")
    if not path.exists():
        raise ArticleError(f"{path}: manifest not found (expected columns {','.join(MANIFEST_COLUMNS)})")
    try:
        text = decode_text(path.read_bytes(), str(path))
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        reader = csv.DictReader(io.StringIO(text))
        fields = reader.fieldnames or []
        missing = [c for c in ("file", "published") if c not in fields]
        if missing:
            raise ArticleError(f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(fields) or 'none'}")
        rows = []
        for line, row in enumerate(reader, start=2):
            if None in row:
                raise ArticleError(f"{path}: row {line}: more fields than the header has")
            rows.append({**{k: (v or "").strip() for k, v in row.items()}, "_line": str(line)})
        return rows
    except csv.Error as exc:
        raise ArticleError(f"{path}: malformed CSV ({exc})") from None


def load_articles(folder: Path | str) -> list[Article]:
    """Return every article listed in folder/manifest.csv, decoded and dated.

    Raises ArticleError naming the file and manifest row for a missing file, an
    unparsable publication date or undecodable text.
    """
    folder = Path(folder)
    manifest = folder / MANIFEST
    articles = []
    seen: set[str] = set()
    for row in read_manifest(folder):
        where = f"{manifest} row {row['_line']}"
        name = row["file"]
        if not name:
            raise ArticleError(f"{where}: empty file name")
        if name in seen:
            raise ArticleError(f"{where}: {name} is listed twice")
        seen.add(name)
        path = folder / name
        if Path(name).name != name or not path.is_file():
            raise ArticleError(f"{folder / name}: file not found ({where})")
        try:
            published = parse_published(row["published"])
        except ValueError as exc:
            raise ArticleError(f"{where}: {name}: unparsable publication date ({exc})") from None
        text = decode_text(path.read_bytes(), f"{path} ({where})")
        articles.append(Article(name, text, published, row.get("title", ""), row.get("outlet", ""), row.get("url", "")))
    return articles
