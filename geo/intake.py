"""Intake: a pasted text or an uploaded file turned into a validated, dated article, and a preview
of what it would add. No Streamlit here; the dashboard and the CLI both call these functions."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import pandas as pd

from geo.articles import Article, checked_publication_date, decode_text
from geo.duplicates import text_digest
from geo.errors import ArticleError
from geo.extract import Extractor
from geo.gazetteer import CAPITAL, PROVINCE, Gazetteer, load_theatre_gazetteer
from geo.names import compile_names
from geo.text import normalise_newlines
from geo.theatre import Theatre

if TYPE_CHECKING:  # geopandas loads only when extraction runs
    import geopandas as gpd

MAX_TEXT_CHARS = 200_000
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# A page whose extracted body has fewer words than this in full sentences has no article in it
# (only navigation, a cookie banner, a "subscribe" box).
MIN_BODY_WORDS = 20
# A publication date further than this outside the theatre's period is probably a typing slip.
PERIOD_SLACK = timedelta(days=365)
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")


@dataclass(frozen=True)
class PreparedArticle:
    """An article ready to store: its text, metadata, a safe file name, and warnings to show."""

    file: str
    text: str
    published: date
    title: str
    outlet: str
    url: str
    warnings: tuple[str, ...]

    def article(self, file: str | None = None) -> Article:
        """Return the Article the extractor reads (optionally under another file name)."""
        return Article(file or self.file, self.text, self.published, self.title, self.outlet, self.url)


def prepare(
    data: bytes | str,
    filename: str,
    *,
    published: date | str | None,
    title: str = "",
    outlet: str = "",
    url: str = "",
    theatre: Theatre,
    today: date | None = None,
) -> PreparedArticle:
    """Return the validated article in data: pasted text (str) or an upload (bytes) named .txt, .md, .html or .htm.

    HTML is reduced to the article body (trafilatura); its title, publication date (htmldate),
    site name and canonical URL fill only what the caller left empty. Raises ArticleError with
    one line naming the file for empty, undecodable, over-size or unsupported input, a page with
    no article body, and a missing, unparsable or future publication date. `today` defaults to
    the current date.
    """
    where = filename or "pasted text"
    suffix = PurePosixPath(_basename(filename)).suffix.lower()
    if suffix and suffix not in ACCEPTED_SUFFIXES:
        raise ArticleError(f"{where}: unsupported file type '{suffix}'; accepted: {', '.join(ACCEPTED_SUFFIXES)} (save the page as HTML or copy its text)")
    if isinstance(data, bytes):
        if len(data) > MAX_UPLOAD_BYTES:
            raise _over_size(len(data), where)
        text = decode_text(data, where)
    else:
        if suffix in HTML_SUFFIXES and len(data.encode("utf-8")) > MAX_UPLOAD_BYTES:
            raise ArticleError(f"{where}: the page is over the limit of {MAX_UPLOAD_BYTES // 1024 // 1024} MB; paste the article alone")
        text = normalise_newlines(data)

    found: dict[str, str] = {}
    if suffix in HTML_SUFFIXES and text.strip():
        text, found = _from_html(text, where)
    text = text.strip()
    if not text:
        raise ArticleError(f"{where}: no text (empty or blank); choose the article's text file or paste its body")
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(f"{where}: the text is {len(text):,} characters, over the limit of {MAX_TEXT_CHARS:,}; add the article body alone")

    day = _publication_date(published if published not in (None, "") else found.get("published"), where, today or date.today())
    title = title.strip() or found.get("title", "")
    warnings = _warnings(text, day, theatre)
    return PreparedArticle(
        file=safe_file_name(filename, title, text),
        text=text,
        published=day,
        title=title,
        outlet=outlet.strip() or found.get("outlet", ""),
        url=url.strip() or found.get("url", ""),
        warnings=warnings,
    )


def read_article_file(path: Path | str) -> bytes:
    """Return the bytes of an article file on disk, for prepare().

    Raises ArticleError naming the file when it is missing, a directory, unreadable or over
    MAX_UPLOAD_BYTES; an over-size file is refused by its size, without reading it.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_UPLOAD_BYTES:
                raise _over_size(size, str(path))
            return f.read(MAX_UPLOAD_BYTES + 1)  # a file growing meanwhile is still refused by prepare()
    except FileNotFoundError:
        raise ArticleError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory, not an article file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None


def _over_size(size: int, where: str) -> ArticleError:
    return ArticleError(f"{where}: the file is {size / 1024 / 1024:.1f} MB, over the limit of {MAX_UPLOAD_BYTES // 1024 // 1024} MB; upload the article alone")


def safe_file_name(filename: str, title: str, text: str) -> str:
    """Return a file name safe to store: a slug of filename's stem (else of title) plus a digest of text, .txt."""
    stem = PurePosixPath(_basename(filename)).stem if filename else ""
    slug = _slug(stem) or _slug(title) or "article"
    return f"{slug}_{text_digest(text)[:8]}.txt"


def _basename(filename: str) -> str:
    """The last component of a user-given path, whichever separator it uses."""
    return re.split(r"[\\/]", filename.strip())[-1]


def _slug(value: str, max_length: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_length].rstrip("-")


def _from_html(html: str, where: str) -> tuple[str, dict[str, str]]:
    """Return (article body, {title, published, outlet, url} found in the page)."""
    import htmldate
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    metadata = trafilatura.extract_metadata(html)
    title = " ".join((metadata.title or "").split()) if metadata else ""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the headline is the title, not a sentence of the report
    prose = sum(len(line.split()) for line in lines if line.endswith(_SENTENCE_END))
    if prose < MIN_BODY_WORDS:
        raise ArticleError(f"{where}: no article body found in the page; save the article's own page, or paste its text")
    found = {"title": title}
    published = htmldate.find_date(html, original_date=True, extensive_search=False)
    if published:
        found["published"] = published
    if metadata and metadata.sitename:
        found["outlet"] = metadata.sitename
    if metadata and metadata.url and metadata.url.startswith(("http://", "https://")):
        found["url"] = metadata.url
    # One paragraph per block, separated by blank lines, as the extractor reads paragraphs.
    return "\n\n".join(lines), found


def _publication_date(value: date | str | None, where: str, today: date) -> date:
    if value is None or value == "":
        raise ArticleError(f"{where}: no publication date: required: relative dates like 'on Friday' mean nothing without it; give it as YYYY-MM-DD")
    return checked_publication_date(value, where, today)


def _warnings(text: str, published: date, theatre: Theatre) -> tuple[str, ...]:
    warnings = []
    if published < theatre.period_start - PERIOD_SLACK or published > theatre.period_end + PERIOD_SLACK:
        warnings.append(
            f"published {published.isoformat()} is more than a year outside the theatre's period "
            f"({theatre.period_start.isoformat()} to {theatre.period_end.isoformat()}); check the date"
        )
    gazetteer = load_theatre_gazetteer(theatre)
    if not any(p.kind in (CAPITAL, PROVINCE) for _, _, places in gazetteer.find(text) for p in places):
        warnings.append("the text names no province or provincial capital in the gazetteer; it will add no located events")
    return tuple(warnings)


def preview(
    prepared: PreparedArticle,
    theatre: Theatre,
    *,
    extractor: Extractor | None = None,
    provinces: gpd.GeoDataFrame | None = None,
) -> pd.DataFrame:
    """Return the mentions (MENTION_COLUMNS) the article would add, by the same pipeline as extraction.

    Pass an extractor and provinces already loaded (e.g. cached in the app) to skip loading them.
    """
    from geo.layers import provinces as theatre_provinces
    from geo.pipeline import extract_mentions

    if extractor is None:
        extractor = Extractor.from_theatre(theatre, load_theatre_gazetteer(theatre))
    if provinces is None:
        provinces = theatre_provinces(theatre)
    return extract_mentions([prepared.article()], extractor, provinces)


def highlight_spans(text: str, mentions: pd.DataFrame, gazetteer: Gazetteer | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, label) spans of text to highlight, sorted by start, outer spans first.

    For each mention: its evidence ("evidence:<event types in it>"), the place name inside the
    evidence ("place:<location>") and the trigger phrase ("trigger:<event type>"). Place and
    trigger spans nest inside evidence spans. Without a gazetteer a place is found only by the
    spelling in `location`; with one, by any of its aliases.
    """
    evidence: dict[tuple[int, int], set[str]] = {}
    inner: set[tuple[int, int, str]] = set()
    for row in mentions.to_dict("records"):
        start, end = int(row["char_start"]), int(row["char_end"])
        if not (0 <= start < end <= len(text)):
            continue
        evidence.setdefault((start, end), set()).add(row["event_type"])
        sentence = text[start:end]
        for a, b in _place_spans(sentence, row, gazetteer):
            inner.add((start + a, start + b, f"place:{row['location']}"))
        trigger = _phrase_span(sentence, row.get("trigger", ""))
        if trigger is not None:
            inner.add((start + trigger[0], start + trigger[1], f"trigger:{row['event_type']}"))
    spans = {(s, e, "evidence:" + ",".join(sorted(types))) for (s, e), types in evidence.items()} | inner
    return sorted(spans, key=lambda span: (span[0], -span[1], span[2]))


def _place_spans(sentence: str, mention: dict, gazetteer: Gazetteer | None) -> list[tuple[int, int]]:
    if gazetteer is not None:
        key = mention["iso_code"]
        return [
            (a, b)
            for a, b, places in gazetteer.find(sentence)
            if any((p.iso_code == key if key else p.name == mention["location"]) for p in places)
        ]
    if not mention["location"]:
        return []
    return [m.span() for m in compile_names([mention["location"]]).finditer(sentence)]


def _phrase_span(sentence: str, phrase: str) -> tuple[int, int] | None:
    words = phrase.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), sentence)
    return match.span() if match else None
