"""The article store: seeds on first open, add/remove, duplicates, reviews that survive re-extraction,
concurrent writers, a writer killed mid-save, and migrations."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.duplicates import NEAR_DUPLICATE_JACCARD, jaccard, shingles
from geo.errors import ArticleError, DuplicateArticleError, ReviewError, StoreError
from geo.intake import prepare
from geo.schema import MENTION_COLUMNS, REVIEWED_EVENT_COLUMNS, load_events
from geo.store import MIGRATIONS, PAUSE_ENV, SCHEMA_VERSION, STORE_ENV, Store, default_store_path
from geo.theatre import load_theatre

ROOT = Path(__file__).resolve().parent.parent
# A synthetic report of a capital the seed articles do not name.
SHEBERGHAN = (
    "Taliban fighters captured Sheberghan, the capital of Jowzjan province, on Saturday, officials said, "
    "the second provincial capital to fall to the insurgents in two days.\n\n"
    "Government forces and officials retreated to the airport outside the city, a provincial council member "
    "told reporters by telephone. Residents said the insurgents were patrolling the main bazaar."
)
# The same wire story as another outlet ran it, lightly edited.
SHEBERGHAN_COPY = (
    SHEBERGHAN.replace("officials said", "local officials said").replace("told reporters by telephone", "told AFP by telephone")
)


def add(store, theatre, text=SHEBERGHAN, *, outlet="Wire A", url="", published="2021-08-08", name="sheberghan.txt"):
    return store.add(prepare(text, name, published=published, outlet=outlet, url=url, theatre=theatre), origin="paste")


def events_at(store, location, **kwargs):
    events = store.events(**kwargs)
    return events[events["location"] == location]


@pytest.fixture()
def store(store_path, theatre):
    with Store.open(store_path, theatre) as opened:
        yield opened


def integrity(path):
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


# -- seeds and schema -------------------------------------------------------------------------------


def test_a_new_store_holds_the_seed_articles_and_their_events(store, theatre):
    articles = store.articles()
    assert list(articles["file"]) == [p.name for p in sorted(theatre.path("articles").glob("*.txt"))]
    assert set(articles["origin"]) == {"seed"} and (articles["n_mentions"] > 0).all() and (articles["n_events"] > 0).all()
    kandahar = events_at(store, "Kandahar")
    kandahar = kandahar[kandahar["event_type"] == "captured"].iloc[0]
    assert (kandahar["event_date"], kandahar["n_sources"], kandahar["review"]) == ("2021-08-13", 3, "")
    # The store's events are exactly those `python -m geo extract data/articles` wrote to data/events.csv.
    assert sorted(store.events()["event_id"]) == sorted(load_events(theatre.path("events"))["event_id"])


def test_seeding_only_reads_the_bundled_articles(data_copy, tmp_path):
    articles = data_copy / "articles"
    for path in [*articles.iterdir(), articles]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    with Store.open(tmp_path / "own.sqlite", load_theatre(data_copy)) as store:
        assert len(store.articles()) == 3
    assert sorted(p.name for p in articles.iterdir()) == ["000_613761d5967cb1df.txt", "001_9836f877b993e8ed.txt", "002_724c75d309f0b0f6.txt", "README.md", "manifest.csv"]


def test_the_store_lives_in_the_data_directory_unless_told_otherwise(theatre, monkeypatch, tmp_path):
    monkeypatch.delenv(STORE_ENV, raising=False)
    assert default_store_path(theatre) == theatre.data_dir / "store.sqlite"
    monkeypatch.setenv(STORE_ENV, str(tmp_path / "elsewhere.sqlite"))
    assert default_store_path(theatre) == tmp_path / "elsewhere.sqlite"


def test_tables_follow_the_schema(store, store_path):
    with sqlite3.connect(store_path) as db:
        columns = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in ("mentions", "events")}
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert columns["mentions"] == list(MENTION_COLUMNS)
    assert columns["events"] == list(REVIEWED_EVENT_COLUMNS)
    assert list(store.mentions().columns) == list(MENTION_COLUMNS) + ["review"]


# -- adding and removing ----------------------------------------------------------------------------


def test_an_added_article_brings_its_event(store, theatre, store_path):
    before = store.version()
    file = add(store, theatre)
    assert store.version() > before
    event = events_at(store, "Sheberghan").iloc[0]
    assert (event["event_type"], event["iso_code"], event["event_date"], event["n_sources"]) == ("captured", "AF-JOW", "2021-08-07", 1)
    assert event["articles"] == file and "captured Sheberghan" in event["evidence"]
    row = store.articles().set_index("file").loc[file]
    assert (row["origin"], row["outlet"], row["published"], row["n_events"]) == ("paste", "Wire A", "2021-08-08", 1)
    assert store.text(file) == SHEBERGHAN
    with Store.open(store_path, theatre) as other:  # another connection sees the committed article
        assert file in set(other.articles()["file"])


def test_duplicates_are_refused_and_nothing_is_written(store, theatre):
    file = add(store, theatre, url="https://news.example.org/world/sheberghan")
    version, count = store.version(), len(store.articles())
    same_text = SHEBERGHAN.replace("\n\n", "\r\n\r\n  ").replace(" the ", "  the ")
    with pytest.raises(DuplicateArticleError, match=f"same text is already stored as {file}"):
        add(store, theatre, same_text, outlet="Wire B")
    with pytest.raises(DuplicateArticleError, match=f"URL .* is already stored as {file}"):
        add(store, theatre, "Another text entirely about Kunduz on Sunday, officials said.", url="https://NEWS.example.org/world/sheberghan/#top")
    with pytest.raises(DuplicateArticleError, match=f"near-copy .* of {file} from the same outlet"):
        add(store, theatre, SHEBERGHAN_COPY, outlet="wire a ")
    assert (store.version(), len(store.articles())) == (version, count)


def test_a_near_copy_from_another_outlet_is_a_second_source(store, theatre):
    assert jaccard(shingles(SHEBERGHAN), shingles(SHEBERGHAN_COPY)) >= NEAR_DUPLICATE_JACCARD
    first = add(store, theatre)
    copy = prepare(SHEBERGHAN_COPY, "copy.txt", published="2021-08-08", outlet="Wire B", theatre=theatre)
    (warning,) = store.check(copy)
    assert first in warning and "second source" in warning
    second = store.add(copy, origin="upload")
    event = events_at(store, "Sheberghan")
    assert len(event) == 1 and event.iloc[0]["n_sources"] == 2
    assert set(event.iloc[0]["articles"].split(" | ")) == {first, second}
    assert set(event.iloc[0]["sources"].split(" | ")) == {"Wire A", "Wire B"}


def test_removing_an_article_removes_its_events(store, theatre):
    file = add(store, theatre)
    store.remove(file)
    assert events_at(store, "Sheberghan").empty
    assert file not in set(store.articles()["file"]) and not (store.mentions()["article"] == file).any()
    assert not events_at(store, "Kandahar").empty
    version = store.version()
    with pytest.raises(ArticleError, match="no-such.txt: no such article"):
        store.remove("no-such.txt")
    assert store.version() == version


# -- reviews ----------------------------------------------------------------------------------------


def _event_id(store, event_type, location):
    events = events_at(store, location)
    return events[events["event_type"] == event_type]["event_id"].iloc[0]


def test_a_rejected_event_is_hidden_kept_and_stays_rejected_after_reextraction(store):
    kandahar = _event_id(store, "captured", "Kandahar")
    reports = store.events().set_index("event_id").loc[kandahar, "mention_ids"].split(" | ")
    store.review_event(kandahar, "reject", reason="test: say it is wrong")
    assert kandahar not in set(store.events(include_rejected=False)["event_id"])
    assert events_at(store, "Kandahar", include_rejected=True).set_index("event_id").loc[kandahar, "review"] == "rejected"
    calls = []
    store.reextract(lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert events_at(store, "Kandahar").set_index("event_id").loc[kandahar, "review"] == "rejected"
    reviews = store.reviews()
    assert len(reviews) == len(reports) == 5  # one review per report of the event
    assert reviews["matched"].all() and set(reviews["event_id"]) == {kandahar}


def test_a_correction_survives_reextraction_and_a_later_one_builds_on_it(store):
    kandahar = _event_id(store, "captured", "Kandahar")
    store.review_event(kandahar, "correct", reason="test: it was contested that day", event_type="contested", date_start="2021-08-12")
    store.reextract()
    events = events_at(store, "Kandahar")
    assert "captured" not in set(events["event_type"])
    contested = events[events["event_type"] == "contested"].iloc[0]
    assert (contested["event_date"], contested["time_precision"], contested["n_sources"], contested["review"]) == ("2021-08-12", 1, 3, "corrected")
    store.review_event(contested["event_id"], "correct", reason="test: a day earlier", date_start="2021-08-11")
    contested = events_at(store, "Kandahar").query("review == 'corrected'").iloc[0]
    assert (contested["event_type"], contested["event_date"]) == ("contested", "2021-08-11")


def test_judging_one_of_two_reports_in_a_passage_leaves_the_other(store):
    store.review_event(_event_id(store, "held", "Mazar-i-Sharif"), "reject", reason="test: the sentence says besieged")
    mazar = events_at(store, "Mazar-i-Sharif")
    assert dict(zip(mazar["event_type"], mazar["review"])) == {"contested": "", "held": "rejected"}


def test_a_review_returns_with_its_article(store, theatre):
    file = add(store, theatre)
    store.review_event(_event_id(store, "captured", "Sheberghan"), "reject", reason="test")
    store.remove(file)
    assert not store.reviews()["matched"].any() and set(store.reviews()["article"]) == {""}
    add(store, theatre, name="again.txt")
    assert set(events_at(store, "Sheberghan")["review"]) == {"rejected"}


def test_bad_reviews_write_nothing(store):
    kandahar = _event_id(store, "captured", "Kandahar")
    version = store.version()
    for args, kwargs, expected in [
        (("AFG00000000", "reject"), {"reason": "x"}, "AFG00000000: no such event"),
        ((kandahar, "approve"), {"reason": "x"}, "unknown review action 'approve'"),
        ((kandahar, "reject"), {"reason": "  "}, "needs a reason"),
        ((kandahar, "reject"), {"reason": "x", "event_type": "held"}, "only a correction sets fields"),
        ((kandahar, "correct"), {"reason": "x"}, "needs something to set"),
        ((kandahar, "correct"), {"reason": "x", "date_start": "2021-08-20"}, "after .* was published"),
    ]:
        with pytest.raises(ReviewError, match=expected):
            store.review_event(*args, **kwargs)
    assert store.version() == version and store.reviews().empty


# -- processes ----------------------------------------------------------------------------------------


# Another process adding one article to a store: python -c ADD_ONE STORE ARTICLE
ADD_ONE = """import sys
from pathlib import Path
from geo.intake import prepare
from geo.store import Store
from geo.theatre import load_theatre
theatre, article = load_theatre(), Path(sys.argv[2])
with Store.open(sys.argv[1], theatre) as store:
    store.add(prepare(article.read_bytes(), article.name, published="2021-08-08", outlet=article.stem, theatre=theatre), origin="cli")
"""


def _add_command(store_path, article):
    return [sys.executable, "-c", ADD_ONE, str(store_path), str(article)]


def test_two_processes_saving_at_once_both_succeed(store_path, tmp_path):
    texts = {"kunduz": "Taliban fighters captured Kunduz on Sunday, officials said.", "sheberghan": SHEBERGHAN}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text)
    env = {**os.environ, PAUSE_ENV: "1.5"}
    start = time.monotonic()
    procs = [subprocess.Popen(_add_command(store_path, tmp_path / f"{name}.txt"), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in texts]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert time.monotonic() - start >= 3.0  # the two transactions ran one after the other, not interleaved
    assert integrity(store_path) == "ok"
    with Store.open(store_path, load_theatre()) as store:
        assert {"kunduz", "sheberghan"} <= set(store.articles()["outlet"])


def test_a_process_killed_mid_save_leaves_what_was_committed(store_path, tmp_path, theatre):
    with Store.open(store_path, theatre) as store:
        committed = list(store.articles()["file"])
    article = tmp_path / "sheberghan.txt"
    article.write_text(SHEBERGHAN)
    proc = subprocess.Popen(_add_command(store_path, article), cwd=ROOT, env={**os.environ, PAUSE_ENV: "60"}, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "pausing" in line, line  # it is inside its write transaction, before COMMIT
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.stderr.close()
    assert integrity(store_path) == "ok"
    with Store.open(store_path, theatre) as store:
        assert list(store.articles()["file"]) == committed
        assert events_at(store, "Sheberghan").empty
        add(store, theatre)  # and the store takes the same article afterwards
        assert len(events_at(store, "Sheberghan")) == 1


# -- versions ------------------------------------------------------------------------------------------


def test_a_version_1_store_is_migrated_in_place(tmp_path, theatre):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path, isolation_level=None) as db:  # what version 1 of this program left behind
        for statement in MIGRATIONS[0].split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO articles (file, published, text, sha256, added_at, origin, outlet) VALUES (?, ?, ?, ?, ?, ?, ?)",
            ("old.txt", "2021-08-08", SHEBERGHAN, "not-a-real-digest", "2021-08-09T00:00:00+00:00", "cli", "Wire A"),
        )
    db.close()
    with Store.open(path, theatre) as store:
        assert list(store.articles()["file"]) == ["old.txt"]  # kept, and no seeds added to an existing store
        assert store.reviews().empty and "review" in store.events().columns
        store.reextract()
        event_id = _event_id(store, "captured", "Sheberghan")
        store.review_event(event_id, "reject", reason="test")
        assert set(events_at(store, "Sheberghan")["review"]) == {"rejected"}
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_empty_file_becomes_a_new_store(tmp_path, theatre):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Store.open(path, theatre) as store:
        assert len(store.articles()) == 3
    with Store.open(tmp_path / "bare.sqlite", theatre, seed=False) as store:
        assert store.articles().empty and store.events().empty


def test_a_store_from_a_newer_version_is_refused_untouched(store_path, theatre):
    with sqlite3.connect(store_path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="schema version 99 is newer than this program's"):
        Store.open(store_path, theatre)
    with sqlite3.connect(store_path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 99


def test_files_that_are_not_stores_are_refused(tmp_path, theatre):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreError, match=r"holds tables \(notes\) but no store schema version"):
        Store.open(foreign, theatre)
    text = tmp_path / "notes.sqlite"
    text.write_text("just some notes, not a database at all " * 100)
    with pytest.raises(StoreError, match="notes.sqlite: not a usable article store"):
        Store.open(text, theatre)


def test_article_urls_match_the_articles_table(store, theatre):
    file = add(store, theatre, url="https://example.org/sheberghan")
    urls = store.article_urls()
    articles = store.articles()
    assert urls == dict(zip(articles["file"], articles["url"].fillna("")))
    assert urls[file] == "https://example.org/sheberghan"
