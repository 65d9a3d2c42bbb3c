"""The store commands end to end: add, articles, review, reextract, remove, export; bad input exits 2."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geo.cli import main
from geo.csvio import read_csv_text
from geo.export import EXPORT_COLUMNS
from geo.intake import MAX_UPLOAD_BYTES
from geo.schema import REVIEWED_EVENT_COLUMNS
from geo.store import Store
from geo.theatre import load_theatre

ROOT = Path(__file__).resolve().parent.parent
SHEBERGHAN = "Taliban fighters captured Sheberghan on Saturday, officials said.\n"


def geo(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "geo", *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "sheberghan.txt"
    path.write_text(SHEBERGHAN)
    return path


def _events(path):
    return read_csv_text(path.read_text())


def test_add_list_review_reextract_export_remove(store_path, tmp_path, article):
    store = store_path
    added = geo("add", article, "--published", "2021-08-08", "--outlet", "Wire A", "--url", "https://example.org/s", "--store", store)
    assert added.stdout.startswith("added sheberghan_") and added.stdout.strip().endswith(": 1 mention")
    file = added.stdout.split()[1].rstrip(":")

    listing = geo("articles", "--store", store).stdout
    assert len(listing.strip().splitlines()) == 1 + 4 and file in listing and "Wire A" in listing

    out = tmp_path / "events.csv"
    geo("export", "--out", out, "--mentions", tmp_path / "mentions.csv", "--store", store)
    events = _events(out)
    assert list(events.columns) == list(REVIEWED_EVENT_COLUMNS)
    sheberghan = events[events["location"] == "Sheberghan"].iloc[0]
    assert (sheberghan["event_type"], sheberghan["event_date"], sheberghan["articles"]) == ("captured", "2021-08-07", file)
    assert file in set(_events(tmp_path / "mentions.csv")["article"])

    # A correction, then a rejection of the corrected event, which survives re-extraction.
    corrected = geo("review", sheberghan["event_id"], "--correct", "--type", "contested", "--date-start", "2021-08-06", "--reason", "test: fighting began Friday", "--store", store)
    assert corrected.stdout.strip() == f"corrected {sheberghan['event_id']}"
    with Store.open(store, load_theatre()) as opened:
        row = opened.events().query("location == 'Sheberghan'").iloc[0]
    assert (row["event_type"], row["event_date"], row["review"]) == ("contested", "2021-08-06", "corrected")
    geo("review", row["event_id"], "--reject", "--reason", "test: not what the sentence says", "--store", store)
    assert "re-extracted 4/4" in geo("reextract", "--store", store).stderr
    geo("export", "--out", out, "--store", store)
    assert "Sheberghan" not in set(_events(out)["location"])
    geo("export", "--out", out, "--acled", "--include-rejected", "--store", store)
    acled = _events(out)
    assert list(acled.columns) == EXPORT_COLUMNS
    # The latest review of a report wins: the rejection replaced the correction (kept in the history).
    assert acled[acled["location"] == "Sheberghan"][["control_event", "event_date", "reviewed"]].values.tolist() == [["captured", "2021-08-07", "rejected"]]

    assert geo("remove", file, "--store", store).stdout.strip() == f"removed {file}"
    with Store.open(store, load_theatre()) as opened:
        assert file not in set(opened.articles()["file"])
        assert opened.events().query("location == 'Sheberghan'").empty


def test_bad_input_from_another_process_exits_2_with_one_line(tmp_path):
    store = tmp_path / "store.sqlite"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = geo("add", empty, "--published", "2021-08-08", "--store", store, check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"error: {empty}: no text")
    assert not store.exists()  # refused before the store is opened, so not even created


def test_export_to_a_directory_exits_2_and_writes_nothing(store_path, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    (tmp_path / "mentions").mkdir()
    for argv, expected in [
        (["--out", str(tmp_path / "out")], f"--out {tmp_path / 'out'}: is a directory"),
        (["--out", str(tmp_path / "events.csv"), "--mentions", str(tmp_path / "mentions")], f"--mentions {tmp_path / 'mentions'}: is a directory"),
        (["--out", str(store_path / "x.csv")], f"--out {store_path / 'x.csv'}: {store_path} is a file, not a directory"),
    ]:
        capsys.readouterr()
        assert main(["export", *argv, "--store", str(store_path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions", "out", "store.sqlite"]




def _state(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT value FROM meta").fetchone()[0], db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


NAV_ONLY = b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) Example News</footer></body></html>"


@pytest.mark.parametrize(
    "name, data, args, expected",
    [
        ("empty.txt", b"", ["--published", "2021-08-08"], "no text"),
        ("garbage.txt", b"\xff\xfe\x00\x00garbage", ["--published", "2021-08-08"], "cannot decode the text"),
        ("noise.txt", bytes(range(256)) * 64, ["--published", "2021-08-08"], "not a text file"),
        ("huge.txt", b"Kunduz fell. " * (MAX_UPLOAD_BYTES // 13 + 1), ["--published", "2021-08-08"], "over the limit of 5 MB"),
        ("report.pdf", b"%PDF-1.7", ["--published", "2021-08-08"], "unsupported file type '.pdf'"),
        ("nav.html", NAV_ONLY, ["--published", "2021-08-08"], "no article body found"),
        ("future.txt", SHEBERGHAN.encode(), ["--published", "2999-01-01"], "is in the future"),
        ("undated.txt", SHEBERGHAN.encode(), [], "no publication date: required"),
        ("bad-date.txt", SHEBERGHAN.encode(), ["--published", "8 Aug"], "unparsable publication date"),
        ("seed.txt", None, ["--published", "2021-08-13"], "same text is already stored as 000_613761d5967cb1df.txt"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(store_path, tmp_path, capsys, name, data, args, expected):
    path = tmp_path / name
    path.write_bytes(data if data is not None else (ROOT / "data" / "articles" / "000_613761d5967cb1df.txt").read_bytes())
    before = _state(store_path)
    capsys.readouterr()
    assert main(["add", str(path), *args, "--store", str(store_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and Path(name).stem in err and expected in err, err
    assert _state(store_path) == before


def test_bad_commands_on_the_store_exit_2_and_write_nothing(store_path, tmp_path, capsys):
    before = _state(store_path)
    out = tmp_path / "events.csv"
    for argv, expected in [
        (["remove", "nope.txt"], "nope.txt: no such article"),
        (["review", "AFG00000000", "--reject", "--reason", "x"], "AFG00000000: no such event"),
        (["review", "AFG00000000", "--accept", "--type", "held", "--reason", "x"], "only a correction sets fields"),
        (["review", "AFG00000000", "--correct", "--type", "won", "--reason", "x"], "unknown event type 'won'"),
    ]:
        assert main([*argv, "--store", str(store_path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err, err
    assert _state(store_path) == before
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    assert main(["export", "--out", str(out), "--store", str(newer)]) == 2
    assert "newer than this program's" in capsys.readouterr().err and not out.exists()
