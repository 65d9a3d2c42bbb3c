"""The article store: one SQLite file holding the articles, their extracted mentions, the merged
events and the reviews. Every change is one transaction that also recomputes the events, so a
reader always sees a consistent set and a crash leaves exactly what was committed before.

The file is `theatre.data_dir / "store.sqlite"` unless $GEO_STORE (or the CLI's --store) says
otherwise. Test hook: with GEO_STORE_PAUSE_BEFORE_COMMIT=<seconds> every write announces itself
on stderr and sleeps that long inside its transaction, just before COMMIT.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from geo.articles import Article, load_articles
from geo.duplicates import NEAR_DUPLICATE_JACCARD, jaccard, normalise_url, shingles, text_digest
from geo.errors import ArticleError, DuplicateArticleError, ReviewError, StoreError
from geo.extract import Extractor
from geo.gazetteer import load_theatre_gazetteer
from geo.intake import PreparedArticle
from geo.reviews import ACTIONS, CORRECT, apply_reviews, changes_for, correction, latest_reviews, matched_reviews, merge_reviewed, place_key
from geo.schema import LIST_SEPARATOR, MENTION_COLUMNS, REVIEW_COLUMNS, REVIEWED_EVENT_COLUMNS, conform
from geo.theatre import Theatre

if TYPE_CHECKING:  # geopandas loads only when extraction runs
    import geopandas as gpd

STORE_ENV = "GEO_STORE"
PAUSE_ENV = "GEO_STORE_PAUSE_BEFORE_COMMIT"
STORE_FILE = "store.sqlite"
ORIGINS = ("seed", "upload", "paste", "cli")
# Long enough for another process's whole write (a re-extraction of the corpus) to finish.
BUSY_TIMEOUT_MS = 60_000

ARTICLE_COLUMNS = ("file", "title", "outlet", "published", "url", "sha256", "added_at", "origin", "n_mentions", "n_events")

# Schema migrations, in order; never edit one that has shipped, append a new one.
# PRAGMA user_version holds how many have been applied.
MIGRATIONS: tuple[str, ...] = (
    # 1: articles, the mentions extracted from them, and the events merged from those.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO meta (key, value) VALUES ('generation', 0);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        added_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'upload', 'paste', 'cli'))
    );
    CREATE TABLE mentions (
        mention_id TEXT NOT NULL,
        article TEXT NOT NULL REFERENCES articles (file) ON DELETE CASCADE,
        title TEXT, outlet TEXT, published TEXT, url TEXT,
        event_type TEXT, sub_event_type TEXT, acled_event_type TEXT, actor1 TEXT, actor2 TEXT,
        location TEXT, province TEXT, iso_code TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
        date_start TEXT, date_end TEXT, event_date TEXT, time_precision INTEGER, date_basis TEXT, date_phrase TEXT,
        claimed INTEGER, evidence TEXT, char_start INTEGER, char_end INTEGER, trigger TEXT
    );
    CREATE INDEX mentions_article ON mentions (article);
    CREATE TABLE events (
        event_id TEXT NOT NULL, event_date TEXT, date_start TEXT, date_end TEXT, time_precision INTEGER,
        event_type TEXT, sub_event_type TEXT, acled_event_type TEXT, actor1 TEXT, actor2 TEXT,
        province TEXT, iso_code TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
        n_sources INTEGER, sources TEXT, articles TEXT, evidence TEXT, evidence_article TEXT,
        evidence_outlet TEXT, evidence_published TEXT, date_basis TEXT, date_phrase TEXT, claimed INTEGER,
        mention_ids TEXT
    );
    """,
    # 2: reviews, kept apart from what extraction produces, and each event's review outcome.
    """
    CREATE TABLE reviews (
        review_id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
        reason TEXT NOT NULL,
        article_sha256 TEXT NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        place_key TEXT NOT NULL,
        event_type TEXT NOT NULL,
        event_id TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX reviews_target ON reviews (article_sha256, char_start, char_end, place_key);
    ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT '';
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_store_path(theatre: Theatre) -> Path:
    """Return the store's path: $GEO_STORE if set, else the theatre's data directory / store.sqlite."""
    return Path(os.environ.get(STORE_ENV) or theatre.data_dir / STORE_FILE)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _pause_before_commit() -> None:
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        print(f"store: pausing {seconds} s before COMMIT ({PAUSE_ENV} test hook)", file=sys.stderr, flush=True)
        time.sleep(float(seconds))


class Store:
    """An open article store: each write one transaction, each read one consistent snapshot.

    Safe to share between threads (calls are serialised) and between processes (SQLite WAL
    with a busy timeout: concurrent writers wait for each other).
    """

    def __init__(self, db: sqlite3.Connection, path: Path, theatre: Theatre):
        self._db = db
        self._lock = threading.RLock()
        self.path = path
        self.theatre = theatre

    # -- opening --------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None, theatre: Theatre, *, seed: bool = True) -> "Store":
        """Return the store at path (None: default_store_path), created or migrated as needed.

        A new store imports the theatre's bundled articles (data/articles, only read) when seed is
        true. Raises StoreError for a file that is not a store or was written by a newer version.
        """
        path = Path(path) if path is not None else default_store_path(theatre)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        store = cls(db, path, theatre)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            version = store._schema_version()
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: store schema version {version} is newer than this program's ({SCHEMA_VERSION}); "
                    "upgrade geo to open it (the file is left untouched)"
                )
            db.execute("PRAGMA journal_mode = WAL")
            if version < SCHEMA_VERSION:
                store._migrate(seed)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{path}: not a usable article store ({exc})") from None
        except BaseException:
            db.close()
            raise
        return store

    def _schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, seed: bool) -> None:
        with self._write() as db:
            version = self._schema_version()  # another process may have migrated while we waited
            if version == SCHEMA_VERSION:
                return
            if version == 0:
                tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
                if tables:
                    raise StoreError(f"{self.path}: holds tables ({', '.join(tables)}) but no store schema version; not an article store")
            for script in MIGRATIONS[version:]:
                for statement in _statements(script):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if version == 0 and seed:
                for article in load_articles(self.theatre.path("articles")):
                    self._check(db, article.file, article.text, article.url, article.outlet)
                    self._insert_article(db, article, "seed")
            self._recompute(db)

    def close(self) -> None:
        """Close the connection; the store stays on disk."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- what extraction needs, loaded on the first write -----------------------------------------
    @cached_property
    def extractor(self) -> Extractor:
        """The theatre's extractor (gazetteer, actors), loaded once per open store."""
        return Extractor.from_theatre(self.theatre, load_theatre_gazetteer(self.theatre))

    @cached_property
    def provinces(self) -> gpd.GeoDataFrame:
        """The theatre's province polygons, loaded once per open store."""
        from geo.layers import provinces

        return provinces(self.theatre)

    # -- transactions -----------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One BEGIN IMMEDIATE ... COMMIT; any error rolls everything back."""
        with self._lock:
            db = self._db
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"{self.path}: cannot start writing ({exc}); another program may hold the store") from None
            try:
                yield db
                db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
                _pause_before_commit()
                db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise StoreError(f"{self.path}: write failed ({exc}); nothing was written") from None
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same committed state."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    # -- reading ------------------------------------------------------------------------------------
    def version(self) -> int:
        """Return a counter that changes with every committed write (by any process): a cache key."""
        with self._lock:
            return int(self._db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])

    def articles(self) -> pd.DataFrame:
        """Return the stored articles in the order added: file, title, outlet, published, url,
        sha256, added_at, origin, n_mentions, n_events (events not rejected that cite it)."""
        with self._snapshot() as db:
            frame = pd.read_sql_query(
                "SELECT a.file, a.title, a.outlet, a.published, a.url, a.sha256, a.added_at, a.origin, "
                "(SELECT COUNT(*) FROM mentions m WHERE m.article = a.file) AS n_mentions "
                "FROM articles a ORDER BY a.id",
                db,
            )
            cited = [r[0] for r in db.execute("SELECT articles FROM events WHERE review != 'rejected'")]
        per_article = Counter(f for cell in cited for f in cell.split(LIST_SEPARATOR))
        frame["n_events"] = [per_article.get(f, 0) for f in frame["file"]]
        return frame[list(ARTICLE_COLUMNS)].astype({"n_mentions": "int64", "n_events": "int64"})

    def article_urls(self) -> dict[str, str]:
        """Return each stored article's URL as given ("" when none); cheaper than articles()."""
        with self._snapshot() as db:
            return {file: url or "" for file, url in db.execute("SELECT file, url FROM articles")}

    def text(self, file: str) -> str:
        """Return the stored text of the article named file; ArticleError if there is none."""
        with self._lock:
            row = self._db.execute("SELECT text FROM articles WHERE file = ?", (file,)).fetchone()
        if row is None:
            raise ArticleError(f"{file}: no such article in {self.path}; list them with `python -m geo articles`")
        return row[0]

    def mentions(self) -> pd.DataFrame:
        """Return every mention with reviews applied (REVIEWED_MENTION_COLUMNS), rejected ones included."""
        with self._snapshot() as db:
            return apply_reviews(self._raw_mentions(db), self._reviews(db))

    def events(self, include_rejected: bool = True) -> pd.DataFrame:
        """Return the merged events (REVIEWED_EVENT_COLUMNS); rejected ones only if include_rejected."""
        where = "" if include_rejected else " WHERE review != 'rejected'"
        with self._lock:
            # In chunks: a whole table read as Python objects, then converted, would briefly need
            # several times the memory of the result.
            chunks = [conform(chunk, REVIEWED_EVENT_COLUMNS) for chunk in pd.read_sql_query(f"SELECT * FROM events{where} ORDER BY rowid", self._db, chunksize=20_000)]
        if not chunks:
            return conform(pd.DataFrame(), REVIEWED_EVENT_COLUMNS)
        return pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]

    def reviews(self) -> pd.DataFrame:
        """Return every review ever made (REVIEW_COLUMNS), oldest first; `matched` says whether it
        applies to a report extracted now, `article` names its article if still stored."""
        with self._snapshot() as db:
            reviews = self._reviews(db)
            matched = matched_reviews(self._raw_mentions(db), reviews)
        reviews["matched"] = reviews["review_id"].isin(matched)
        return conform(reviews, REVIEW_COLUMNS)

    def _raw_mentions(self, db: sqlite3.Connection) -> pd.DataFrame:
        """The mentions as extracted, before reviews."""
        return conform(pd.read_sql_query("SELECT * FROM mentions ORDER BY rowid", db), MENTION_COLUMNS)

    def _reviews(self, db: sqlite3.Connection) -> pd.DataFrame:
        frame = pd.read_sql_query(
            "SELECT r.*, COALESCE(a.file, '') AS article FROM reviews r "
            "LEFT JOIN articles a ON a.sha256 = r.article_sha256 ORDER BY r.review_id",
            db,
        )
        frame["matched"] = False
        return conform(frame, REVIEW_COLUMNS)

    # -- writing ------------------------------------------------------------------------------------
    def check(self, prepared: PreparedArticle) -> tuple[str, ...]:
        """Return warnings about adding prepared (a near-copy from another outlet is a second source).

        Raises DuplicateArticleError when add() would refuse it: the same text or URL is stored,
        or a near-copy from the same outlet.
        """
        with self._snapshot() as db:
            return self._check(db, prepared.file, prepared.text, prepared.url, prepared.outlet)

    def add(self, prepared: PreparedArticle, origin: str = "cli") -> str:
        """Store the article, extract its mentions and recompute the events in one transaction;
        return the file name it is stored under. Raises DuplicateArticleError (nothing written)
        for a duplicate; see check() for the warnings to show."""
        if origin not in ORIGINS:
            raise ValueError(f"origin must be one of {', '.join(ORIGINS)}, not {origin!r}")
        with self._write() as db:
            self._check(db, prepared.file, prepared.text, prepared.url, prepared.outlet)
            file = self._free_name(db, prepared.file)
            self._insert_article(db, prepared.article(file), origin)
            self._recompute(db)
        return file

    def remove(self, file: str) -> None:
        """Remove the article and its mentions and recompute the events; its reviews are kept
        (they apply again if the same text is added back)."""
        with self._write() as db:
            if db.execute("DELETE FROM articles WHERE file = ?", (file,)).rowcount == 0:
                raise ArticleError(f"{file}: no such article in {self.path}; list them with `python -m geo articles`")
            self._recompute(db)

    def reextract(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Extract every stored article again (one transaction), re-apply the reviews and recompute
        the events; progress(done, total) is called after each article."""
        with self._write() as db:
            rows = db.execute("SELECT file, text, published, title, outlet, url FROM articles ORDER BY id").fetchall()
            db.execute("DELETE FROM mentions")
            for done, (file, text, published, title, outlet, url) in enumerate(rows, start=1):
                self._insert_mentions(db, Article(file, text, date.fromisoformat(published), title, outlet, url))
                if progress is not None:
                    progress(done, len(rows))
            self._recompute(db)

    def review_event(
        self,
        event_id: str,
        action: str,
        *,
        reason: str,
        event_type: str | None = None,
        iso_code: str | None = None,
        location: str | None = None,
        date_start: date | str | None = None,
        date_end: date | str | None = None,
        actor1: str | None = None,
    ) -> None:
        """Record a review of every report (mention) of the event and recompute the events.

        action is accept, reject or correct; only correct takes the fields to set (event_type,
        a place by iso_code and/or location, date_start[/date_end], actor1), and a correction
        builds on the report's earlier one. The latest review of a report wins: a rejection or an
        acceptance replaces an earlier correction (which stays in reviews()). Raises ReviewError
        for an unknown event or action, a missing reason, or an invalid correction.
        """
        if action not in ACTIONS:
            raise ReviewError(f"unknown review action {action!r}; use one of {', '.join(ACTIONS)}")
        if not reason or not reason.strip():
            raise ReviewError(f"{event_id}: a review needs a reason (what the evidence shows)")
        fields = dict(event_type=event_type, iso_code=iso_code, location=location, date_start=date_start, date_end=date_end, actor1=actor1)
        given = {k: v for k, v in fields.items() if v not in (None, "")}
        if action != CORRECT and given:
            raise ReviewError(f"{event_id}: only a correction sets fields ({', '.join(given)}); use action 'correct'")
        fix = None
        if action == CORRECT:
            actors = tuple(dict.fromkeys([a.name for a in self.theatre.actors] + [self.theatre.unidentified_actor]))
            fix = correction(self.extractor.gazetteer, actors, **given)
            if fix.empty:
                raise ReviewError(f"{event_id}: a correction needs something to set (type, place, dates or actor)")
        kinds = {a.name: a.kind for a in self.theatre.actors}
        with self._write() as db:
            row = db.execute("SELECT mention_ids FROM events WHERE event_id = ?", (event_id,)).fetchone()
            if row is None:
                raise ReviewError(f"{event_id}: no such event in {self.path}; event ids change as articles are added, so list the events again")
            mentions = self._raw_mentions(db)
            mentions = mentions[mentions["mention_id"].isin(row[0].split(LIST_SEPARATOR))]
            digests = dict(db.execute("SELECT file, sha256 FROM articles"))
            earlier = latest_reviews(mentions, self._reviews(db))
            now = _now()
            for mention in mentions.to_dict("records"):
                changes: dict = {}
                if fix is not None:
                    before = earlier.get(mention["mention_id"])
                    if before is not None and before["action"] == CORRECT:
                        changes = json.loads(before["changes"])
                    changes = {**changes, **changes_for({**mention, **changes}, fix, kinds)}
                db.execute(
                    "INSERT INTO reviews (created_at, action, reason, article_sha256, char_start, char_end, "
                    "place_key, event_type, event_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (now, action, reason.strip(), digests[mention["article"]], int(mention["char_start"]), int(mention["char_end"]),
                     place_key(mention), mention["event_type"], event_id, json.dumps(changes, sort_keys=True)),
                )
            self._recompute(db)

    # -- inside a write transaction -------------------------------------------------------------------
    def _check(self, db: sqlite3.Connection, name: str, text: str, url: str, outlet: str) -> tuple[str, ...]:
        """Raise DuplicateArticleError for a stored text, URL or same-outlet near-copy; return warnings."""
        same = db.execute("SELECT file FROM articles WHERE sha256 = ?", (text_digest(text),)).fetchone()
        if same:
            raise DuplicateArticleError(f"{name}: the same text is already stored as {same[0]}; nothing was added")
        wanted = normalise_url(url)
        if wanted:
            for file, stored in db.execute("SELECT file, url FROM articles WHERE url != ''"):
                if normalise_url(stored) == wanted:
                    raise DuplicateArticleError(f"{name}: the URL {url.strip()} is already stored as {file}; nothing was added")
        warnings = []
        words = shingles(text)
        for file, stored_outlet, stored_text in db.execute("SELECT file, outlet, text FROM articles ORDER BY id"):
            overlap = jaccard(words, shingles(stored_text))
            if overlap < NEAR_DUPLICATE_JACCARD:
                continue
            if stored_outlet.strip().casefold() == outlet.strip().casefold():
                raise DuplicateArticleError(
                    f"{name}: a near-copy ({overlap:.0%} the same wording) of {file} from the same outlet "
                    f"({outlet.strip() or 'none given'}); nothing was added (if it is another outlet's, give its outlet)"
                )
            warnings.append(f"a near-copy ({overlap:.0%} the same wording) of {file} ({stored_outlet or 'outlet not given'}): it counts as a second source for the same events")
        return tuple(warnings)

    def _free_name(self, db: sqlite3.Connection, file: str) -> str:
        stem, dot, suffix = file.rpartition(".")
        candidate, n = file, 1
        while db.execute("SELECT 1 FROM articles WHERE file = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{stem}-{n}{dot}{suffix}" if dot else f"{file}-{n}"
        return candidate

    def _insert_article(self, db: sqlite3.Connection, article: Article, origin: str) -> None:
        db.execute(
            "INSERT INTO articles (file, title, outlet, published, url, text, sha256, added_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.file, article.title, article.outlet, article.published.isoformat(), article.url.strip(), article.text, text_digest(article.text), _now(), origin),
        )
        self._insert_mentions(db, article)

    def _insert_mentions(self, db: sqlite3.Connection, article: Article) -> None:
        from geo.pipeline import extract_mentions

        _insert(db, "mentions", extract_mentions([article], self.extractor, self.provinces), MENTION_COLUMNS)

    def _recompute(self, db: sqlite3.Connection) -> None:
        """Replace the events with those merged from the reviewed mentions."""
        reviewed = apply_reviews(self._raw_mentions(db), self._reviews(db))
        db.execute("DELETE FROM events")
        _insert(db, "events", merge_reviewed(reviewed, self.theatre.event_id_prefix), REVIEWED_EVENT_COLUMNS)


def _insert(db: sqlite3.Connection, table: str, frame: pd.DataFrame, columns: dict[str, str]) -> None:
    names = list(columns)
    rows = [tuple(record[n] for n in names) for record in conform(frame, columns).to_dict("records")]
    db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)
