"""Article text structure: paragraphs, sentences, and the boilerplate that is not reporting."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "brig", "gov", "sen", "rep",
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "i.e", "e.g", "inc", "ltd", "co", "jr", "sr", "mt",
}
# A candidate boundary: terminal punctuation, closing quotes/brackets, whitespace.
# A photo credit that closes a caption run into the text ("... in a 2019 file photo. (U.S. Air Force photo) In the north")
# ends it too: otherwise the credit's air force reads as the subject of the sentence that follows.
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\([^()\n]{0,60}?\b(?:[Pp]hoto(?:graph)?s?|Getty\s+Images)\b[^()\n]{0,60}?\)(?=\s)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'\u201c\u2018(\[]?[A-Z0-9]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LINE_BREAK = re.compile(r"\n")

_BOILERPLATE = re.compile(
    r"^(?:sign\s+up\b|subscribe\b|get\s+the\s+best\b|please\s+select\b|you\s+can\s+unsubscribe\b|we\s+use\s+mailchimp\b|by\s+subscribing\b"
    r"|read\s+more\b|related\s*:|related\s+(?:posts|stories|articles|coverage|content|news)\s*:|also\s+read\s*:|read\s+also\s*:|see\s+also\s*:|more\s+on\s+this(?:\s+story)?\s*:|\[\s*(?:video|watch|photos?|gallery|listen)\s*\]|watch\s*:|advertisement\b|share\s+this\b|follow\s+us\b|copyright\b|\u00a9|all\s+rights\s+reserved"
    r"|author\s*:"
    r"|[a-z]{1,4}/[a-z]{1,4}\s*\(|reporting\s+by\b|editing\s+by\b|writing\s+by\b|additional\s+reporting\b"
    r"|this\s+is\s+a\s+condensed\s+version\b|see\s+the\s+list\s+below\b|click\s+here\b)",
    re.IGNORECASE,
)
_LEADING_TIMESTAMP = re.compile(r"^\[?\d{1,2}[:.]\d{2}\]?\s*(?:(?:am|pm|a\.m\.|p\.m\.)\s*)?(?:[-\u2013\u2014|:]\s*)?", re.IGNORECASE)
# "By Jane Doe, Reuters" but not "By Friday, the Taliban had...": case-sensitive, short lines only.
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}(?:\s*(?:,|and)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]+){0,3})*\s*[,|]?\s*(?:[A-Z][\w ]{0,30})?$")


@dataclass(frozen=True)
class Span:
    """A stretch of the article text by character offsets."""

    start: int
    end: int
    paragraph: int
    heading: bool = False  # a repeated caption heading, not reporting

    def text(self, article: str) -> str:
        return article[self.start : self.end]


def normalise_newlines(text: str) -> str:
    """Return text with CRLF/CR line ends as LF and a leading BOM removed."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-blank paragraph; blank lines separate paragraphs."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s + _lead(text, s, e), e - _trail(text, s, e)) for s, e in spans if text[s:e].strip()]


def _lead(text: str, start: int, end: int) -> int:
    return len(text[start:end]) - len(text[start:end].lstrip())


def _trail(text: str, start: int, end: int) -> int:
    return len(text[start:end]) - len(text[start:end].rstrip())


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at index dot closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "J. Smith"


def repeated_prefixes(text: str, min_words: int = 4, min_paragraphs: int = 3) -> list[str]:
    """Return headings repeated at the start of several paragraphs (photo-gallery captions)."""
    starts = [text[s:e] for s, e in paragraphs(text)]
    candidates: set[str] = set()
    for a, b in zip(starts, starts[1:]):
        words_a, words_b = a.split(), b.split()
        common = 0
        while common < min(len(words_a), len(words_b)) and words_a[common] == words_b[common]:
            common += 1
        if common >= min_words:
            candidates.add(" ".join(words_a[:common]))
    found = [c for c in candidates if sum(p.startswith(c) for p in starts) >= min_paragraphs]
    return sorted(found, key=len, reverse=True)


def sentences(text: str) -> list[Span]:
    """Return the sentences of text, split within paragraphs and at line breaks.

    A heading repeated at the start of several paragraphs becomes a span of its own,
    so gallery captions do not run into the sentence that follows them.
    """
    result: list[Span] = []
    prefixes = repeated_prefixes(text)
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        for l_start, l_end in _lines(text, p_start, p_end):
            start = l_start
            prefix = next((p for p in prefixes if text.startswith(p, l_start)), None)
            if prefix:
                result.append(Span(l_start, l_start + len(prefix), index, heading=True))
                start = l_start + len(prefix)
                start += len(text[start:l_end]) - len(text[start:l_end].lstrip())
            for match in _BOUNDARY.finditer(text, start, l_end):
                end = match.end()
                following = _NEXT_STARTS_SENTENCE.match(text, end, l_end)
                if not following or _is_abbreviation(text, match.start()):
                    continue
                # "U.S. Embassy" vs "...the U.S. The next": a capitalised word after U.S.
                # is ambiguous; _is_abbreviation keeps them together, the safer error.
                result.append(Span(start, end, index))
                start = following.start() + len(following.group()) - len(following.group().lstrip())
            if text[start:l_end].strip():
                result.append(Span(start, l_end, index))
    return result


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph at single line breaks (lists, timelines, captions), keeping offsets."""
    spans = []
    position = start
    for match in _LINE_BREAK.finditer(text, start, end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, end))
    return [(s + _lead(text, s, e), e - _trail(text, s, e)) for s, e in spans if text[s:e].strip()]


# A line that introduces a block of links ("Related posts:"): the lines under it are headlines of other pages.
LINK_BLOCK_HEADER = re.compile(r"^\W*(?:related(?:\s+\w+)?|read\s+more|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|recommended|most\s+read|top\s+stories)\s*:?\s*(?:\[edit\])?\s*$", re.IGNORECASE)


def is_boilerplate(sentence: str) -> bool:
    """True for newsletter blocks, bylines, 'Read more' lines and similar non-reporting text."""
    sentence = _LEADING_TIMESTAMP.sub("", sentence.strip())  # "22:10 Read more: How Kunduz fell": a live page's link
    return bool(_BOILERPLATE.match(sentence)) or (len(sentence) <= 80 and bool(_BYLINE.match(sentence)))
