"""Recognising an article already held: the same text, the same URL, or a near-copy (wire copy)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

SHINGLE_WORDS = 3
# Word-shingle Jaccard at or above this makes two texts near-duplicates (one wire story, lightly edited).
NEAR_DUPLICATE_JACCARD = 0.8

_WORD_RE = re.compile(r"\w+")


def normalise_text(text: str) -> str:
    """Return text NFC-normalised with every run of whitespace collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_digest(text: str) -> str:
    """Return the sha256 hex digest of the normalised text: an article's identity."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def normalise_url(url: str) -> str:
    """Return url without surrounding blanks, fragment or trailing slash, scheme and host lower-cased."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[tuple[str, ...]]:
    """Return the set of `size`-word runs of the text's lower-cased words."""
    words = _WORD_RE.findall(text.casefold())
    if len(words) <= size:
        return frozenset([tuple(words)]) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Return |a & b| / |a | b| (0.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0
