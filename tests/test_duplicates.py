"""Recognising the same article: its text digest ignores layout, its URL ignores decoration."""

from hypothesis import given
from hypothesis import strategies as st

from geo.duplicates import jaccard, normalise_url, shingles, text_digest

words = st.lists(st.text(alphabet="abcdefghij\u00e9", min_size=1, max_size=8), min_size=1, max_size=30)
spaces = st.sampled_from([" ", "  ", "\n", "\r\n", "\t", "\n\n "])


@given(words, st.data())
def test_digest_ignores_whitespace_layout(tokens, data):
    respaced = "".join(token + data.draw(spaces) for token in tokens)
    assert text_digest(respaced) == text_digest(" ".join(tokens))


def test_digest_tells_different_texts_apart():
    assert text_digest("Kunduz fell on Sunday.") != text_digest("Kunduz fell on Monday.")
    assert text_digest("caf\u00e9") == text_digest("cafe\u0301")  # one character, two encodings


def test_url_normalisation():
    assert normalise_url(" HTTPS://News.Example.org/a/b/#comments ") == normalise_url("https://news.example.org/a/b") == "https://news.example.org/a/b"
    assert normalise_url("https://news.example.org/a?id=1") != normalise_url("https://news.example.org/a?id=2")
    assert normalise_url("  ") == ""


def test_shingle_similarity():
    text = "the insurgents took the city of Kunduz on Sunday after days of fighting"
    assert jaccard(shingles(text), shingles(text.upper())) == 1.0
    assert jaccard(shingles(text), shingles("talks resumed in Doha on Friday")) == 0.0
    assert jaccard(frozenset(), frozenset()) == 0.0
