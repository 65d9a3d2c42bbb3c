"""Intake: pasted text and uploads become validated articles; bad input is refused with a clear line."""

import random
from datetime import date
from pathlib import Path

import pytest

from geo.errors import ArticleError
from geo.intake import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, highlight_spans, prepare, preview, read_article_file
from geo.schema import MENTION_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures"
SHEBERGHAN = "Taliban fighters captured Sheberghan on Saturday, officials said."
TODAY = date(2021, 9, 1)


def test_pasted_text_is_dated_titled_and_named_safely(theatre):
    prepared = prepare(SHEBERGHAN, "", published="2021-08-08", title="Sheberghan falls", outlet="Wire", theatre=theatre)
    assert prepared.text == SHEBERGHAN and prepared.published == date(2021, 8, 8)
    assert (prepared.title, prepared.outlet, prepared.url) == ("Sheberghan falls", "Wire", "")
    assert prepared.file.startswith("sheberghan-falls_") and prepared.file.endswith(".txt")
    assert prepared.warnings == ()


@pytest.mark.parametrize("filename", ["../../etc/passwd.txt", "C:\\Users\\me\\Desktop\\..\\report.md", "/tmp/a b/Ünïcode néws.txt", "..txt"])
def test_file_name_never_carries_a_path(theatre, filename):
    prepared = prepare(SHEBERGHAN.encode(), filename, published=date(2021, 8, 8), theatre=theatre)
    assert "/" not in prepared.file and "\\" not in prepared.file and ".." not in prepared.file
    assert prepared.file.endswith(".txt") and prepared.file[0].isalnum()


def test_same_text_gets_the_same_name_and_another_text_another(theatre):
    names = {prepare(text, "report.txt", published="2021-08-08", theatre=theatre).file for text in (SHEBERGHAN, SHEBERGHAN, SHEBERGHAN + " More.")}
    assert len(names) == 2


def test_upload_in_a_legacy_encoding_is_decoded(theatre):
    text = "\u201cKandahar has fallen,\u201d a resident said on Friday \u2013 caf\u00e9 owners fled."
    prepared = prepare(text.encode("cp1252"), "kandahar.txt", published="2021-08-13", theatre=theatre)
    assert prepared.text == text


def test_saved_web_page_gives_body_title_date_outlet_and_url(theatre):
    prepared = prepare((FIXTURES / "saved_page.html").read_bytes(), "saved_page.html", published=None, theatre=theatre)
    assert prepared.text.startswith("Taliban fighters captured Sheberghan, the capital of Jawzjan province, on Saturday")
    assert "Zaranj" in prepared.text
    for chrome in ("Home", "cookies", "Most read", "All rights reserved", "Subscribe", "By A. Reporter"):
        assert chrome not in prepared.text, chrome
    assert prepared.title == "Taliban capture Sheberghan, second provincial capital in two days"
    assert prepared.published == date(2021, 8, 8)
    assert prepared.outlet == "Example News"
    assert prepared.url == "https://news.example.org/world/2021/08/08/taliban-capture-sheberghan"
    assert prepared.text.count("\n\n") == 2  # one paragraph per <p>, as the extractor reads paragraphs


def test_callers_values_win_over_the_page(theatre):
    prepared = prepare((FIXTURES / "saved_page.html").read_bytes(), "saved_page.html", published="2021-08-09", title="Mine", outlet="Other", theatre=theatre)
    assert (prepared.published, prepared.title, prepared.outlet) == (date(2021, 8, 9), "Mine", "Other")


def _message(theatre, data, filename="article.txt", published="2021-08-08"):
    with pytest.raises(ArticleError) as caught:
        prepare(data, filename, published=published, theatre=theatre, today=TODAY)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(filename or "pasted text")
    return message


NAV_ONLY = b"<html><head><title>Example News</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><main><div>Subscribe now</div></main><footer>(c) 2021 Example News. All rights reserved.</footer></body></html>"


@pytest.mark.parametrize(
    "data, filename, published, expected",
    [
        ("", "", "2021-08-08", "no text"),
        (b"  \n\t\n", "blank.txt", "2021-08-08", "no text"),
        (b"\xff\xfe\x00\x00garbage", "garbage.txt", "2021-08-08", "cannot decode"),
        (random.Random(1).randbytes(4096), "noise.txt", "2021-08-08", "not a text file"),
        ("x" * (MAX_TEXT_CHARS + 1), "long.txt", "2021-08-08", "over the limit of 200,000"),
        (b"a" * (MAX_UPLOAD_BYTES + 1), "huge.txt", "2021-08-08", "over the limit of 5 MB"),
        (b"%PDF-1.7", "report.pdf", "2021-08-08", "unsupported file type '.pdf'; accepted: .txt, .md, .html, .htm"),
        (NAV_ONLY, "nav.html", "2021-08-08", "no article body"),
        (SHEBERGHAN, "a.txt", None, "no publication date: required: relative dates like 'on Friday' mean nothing without it"),
        (SHEBERGHAN, "a.txt", "08/08/2021", "unparsable publication date '08/08/2021' (not an ISO date); give it as YYYY-MM-DD"),
        (SHEBERGHAN, "a.txt", "2021-13-40", "unparsable publication date '2021-13-40' (no such day: month must be in 1..12)"),
        (SHEBERGHAN, "a.txt", "2021-02-30", "(no such day: day is out of range for month)"),
        (SHEBERGHAN.encode("utf-16-le"), "utf16.txt", "2021-08-08", "UTF-16 text without a byte-order mark; save it as UTF-8"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zipped.txt", "2021-08-08", "not a text file (it is a ZIP archive"),
        (SHEBERGHAN, "a.txt", "2021-09-02", "publication date 2021-09-02 is in the future"),
    ],
)
def test_bad_input_is_refused_with_a_clear_line(theatre, data, filename, published, expected):
    assert expected in _message(theatre, data, filename, published)


def test_an_article_file_is_read_and_an_over_size_one_refused_by_its_size(tmp_path):
    (tmp_path / "a.txt").write_text(SHEBERGHAN, encoding="utf-8")
    assert read_article_file(tmp_path / "a.txt") == SHEBERGHAN.encode()
    with open(tmp_path / "big.txt", "wb") as f:
        f.truncate(20 * 1024 * 1024)  # sparse: refused by its size, never read
    with pytest.raises(ArticleError, match=r"big\.txt: the file is 20\.0 MB, over the limit of 5 MB"):
        read_article_file(tmp_path / "big.txt")
    with pytest.raises(ArticleError, match=r"none\.txt: file not found"):
        read_article_file(tmp_path / "none.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ArticleError, match=r"dir\.txt: is a directory, not an article file"):
        read_article_file(tmp_path / "dir.txt")


def test_a_byte_order_mark_is_not_part_of_the_text(theatre):
    for data in (b"\xef\xbb\xbf" + SHEBERGHAN.encode(), SHEBERGHAN.encode("utf-16")):
        assert prepare(data, "a.txt", published="2021-08-08", theatre=theatre).text == SHEBERGHAN


def test_page_without_a_date_needs_one(theatre):
    body = "".join(f"<p>{sentence} It was reported by several officials in the province today.</p>" for sentence in (SHEBERGHAN, SHEBERGHAN.upper()))
    page = f"<html><head><title>Sheberghan</title></head><body><article>{body}</article></body></html>"
    assert "no publication date" in _message(theatre, page, "undated.html", None)


def test_warnings_for_a_far_date_and_no_place(theatre):
    far = prepare(SHEBERGHAN, "a.txt", published="2019-06-01", theatre=theatre)
    assert len(far.warnings) == 1 and "more than a year outside the theatre's period (2021-05-01 to 2021-09-30)" in far.warnings[0]
    nowhere = prepare("Talks resumed on Friday, officials said.", "b.txt", published="2021-08-13", theatre=theatre)
    assert len(nowhere.warnings) == 1 and "names no province or provincial capital" in nowhere.warnings[0]


def test_preview_shows_the_mentions_extraction_would_add(theatre):
    prepared = prepare(SHEBERGHAN, "a.txt", published="2021-08-08", theatre=theatre)
    mentions = preview(prepared, theatre)
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    row = mentions.iloc[0]
    assert len(mentions) == 1 and (row["event_type"], row["location"], row["iso_code"]) == ("captured", "Sheberghan", "AF-JOW")
    assert row["event_date"] == "2021-08-07" and row["article"] == prepared.file


def test_highlight_spans_mark_evidence_place_and_trigger(theatre, gazetteer):
    text = "Fighting went on elsewhere.\n\nTaliban fighters captured Shibirghan on Saturday, officials said."
    prepared = prepare(text, "a.txt", published="2021-08-08", theatre=theatre)
    mentions = preview(prepared, theatre)
    spans = highlight_spans(text, mentions, gazetteer)
    by_kind = {label.split(":")[0]: text[start:end] for start, end, label in spans}
    assert by_kind == {"evidence": "Taliban fighters captured Shibirghan on Saturday, officials said.", "place": "Shibirghan", "trigger": "captured"}
    assert [label for _, _, label in spans] == ["evidence:captured", "trigger:captured", "place:Sheberghan"]
    # Without the gazetteer only the canonical spelling is found; the evidence is still marked.
    assert [label.split(":")[0] for _, _, label in highlight_spans(text, mentions)] == ["evidence", "trigger"]
