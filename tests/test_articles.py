"""Reading a folder of articles and its manifest: every problem named with the file and the manifest row."""

from datetime import date

import pytest

from geo.articles import load_articles, read_manifest
from geo.errors import ArticleError

HEADER = "file,title,outlet,published,url\n"
TEXT = "Taliban fighters captured Sheberghan on Saturday, officials said.\n"
TODAY = date(2021, 9, 1)


def folder(tmp_path, manifest: str | bytes, files=("a.txt", "b.txt")):
    target = tmp_path / "articles"
    target.mkdir()
    (target / "manifest.csv").write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode())
    for name in files:
        (target / name).write_text(TEXT, encoding="utf-8")
    return target


def refused(tmp_path, manifest, files=("a.txt", "b.txt")) -> str:
    path = folder(tmp_path, manifest, files)
    with pytest.raises(ArticleError) as caught:
        load_articles(path, today=TODAY)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message.replace(str(path), "DIR")


def test_a_good_folder_is_read_in_manifest_order(tmp_path):
    path = folder(tmp_path, HEADER + "b.txt,B,Wire,2021-08-09,\n\na.txt,A,Wire,2021-08-08T10:00:00Z,https://x.org/a\n")
    articles = load_articles(path, today=TODAY)
    assert [(a.file, a.published, a.title) for a in articles] == [("b.txt", date(2021, 8, 9), "B"), ("a.txt", date(2021, 8, 8), "A")]
    assert articles[1].url == "https://x.org/a" and articles[1].text == TEXT


def test_a_bom_and_spaces_around_column_names_do_not_hide_a_column(tmp_path):
    rows = read_manifest(folder(tmp_path, b"\xef\xbb\xbf" + b"file, title ,outlet,published,url\na.txt,A,Wire,2021-08-08,\n"))
    assert list(rows[0]) == ["file", "title", "outlet", "published", "url", "_line"]


@pytest.mark.parametrize(
    "manifest, expected",
    [
        (HEADER + "../a.txt,A,Wire,2021-08-08,\n", "DIR/manifest.csv row 2: file name '../a.txt' points outside DIR"),
        (HEADER + "..\\a.txt,A,Wire,2021-08-08,\n", "DIR/manifest.csv row 2: file name '..\\\\a.txt' points outside DIR"),
        (HEADER + "/etc/passwd,A,Wire,2021-08-08,\n", "row 2: file name '/etc/passwd' points outside DIR"),
        (HEADER + "sub/a.txt,A,Wire,2021-08-08,\n", "row 2: file name 'sub/a.txt' is in a subfolder; articles must sit directly in DIR"),
        (HEADER + "a.txt,A,Wire,2021-08-08,\nb.txt,B,Wire,2021-08-08,\na.txt,A,Wire,2021-08-08,\n", "DIR/manifest.csv row 4: a.txt is listed twice (also row 2)"),
        (HEADER + "c.txt,C,Wire,2021-08-08,\n", "DIR/c.txt: file not found (DIR/manifest.csv row 2)"),
        (HEADER + "a.txt,A,Wire,,\n", "row 2: a.txt: no publication date"),
        (HEADER + "a.txt,A,Wire,2021-13-40,\n", "row 2: a.txt: unparsable publication date '2021-13-40' (no such day: month must be in 1..12)"),
        (HEADER + "a.txt,A,Wire,13/08/2021,\n", "row 2: a.txt: unparsable publication date '13/08/2021' (not an ISO date)"),
        (HEADER + "a.txt,A,Wire,2021-09-02,\n", "row 2: a.txt: publication date 2021-09-02 is in the future (today is 2021-09-01)"),
        (HEADER + "a.txt,Kunduz, the hub, falls,Wire,2021-08-08,\n", "DIR/manifest.csv: row 2 has 7 fields, the header has 5"),
        (HEADER + "a.txt,A\n", "DIR/manifest.csv: row 2 has 2 fields, the header has 5"),
        (HEADER + 'a.txt,"A,Wire,2021-08-08,\nb.txt,B,Wire,2021-08-08,\n', "DIR/manifest.csv: row 2: malformed CSV (unexpected end of data: a quote opened and never closed?)"),
        ("", "DIR/manifest.csv: empty file, expected a header row file,title,outlet,published,url"),
        ("file,title,outlet,url\n", "DIR/manifest.csv: missing column(s) published; found file, title, outlet, url"),
        ((HEADER + "a.txt,Kandahar tomb\u00e9e,Le Monde,2021-08-08,\n").encode("latin-1"), "DIR/manifest.csv: not UTF-8 text (invalid continuation byte at line 2"),
        ("<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", "DIR/manifest.csv: an HTML page, not a CSV manifest"),
    ],
)
def test_a_bad_manifest_is_refused_naming_file_and_row(tmp_path, manifest, expected):
    assert expected in refused(tmp_path, manifest)


def test_an_empty_article_is_refused(tmp_path):
    path = folder(tmp_path, HEADER + "a.txt,A,Wire,2021-08-08,\n")
    (path / "a.txt").write_bytes(b"  \n")
    with pytest.raises(ArticleError, match=r"a\.txt \(.*manifest\.csv row 2\): no text \(empty or blank\)"):
        load_articles(path, today=TODAY)


def test_a_directory_named_in_the_manifest_is_refused(tmp_path):
    path = folder(tmp_path, HEADER + "a.txt,A,Wire,2021-08-08,\n", files=())
    (path / "a.txt").mkdir()
    with pytest.raises(ArticleError, match=r"a\.txt: is a directory, not an article file \(.*row 2\)"):
        load_articles(path, today=TODAY)
