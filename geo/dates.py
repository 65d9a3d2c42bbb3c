"""Date expressions in news text, resolved against the article's publication date.

A rule layer written for reporting language: "early Friday" in a Friday article is that
Friday, "late Thursday" the day before, "at the weekend" the Saturday and Sunday before
publication. Each resolved expression keeps its window and precision:
1 = a day, 2 = a span of up to a week, 3 = a month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geo.names import lower_pattern

DAY, WEEK, MONTH = 1, 2, 3
Period = tuple[date, date]  # the first and last day a theatre's reporting is about
MONTHS_BACK_FOR_WEEKDAY = 2  # "Monday the 9th": this month or the one before, whichever has its 9th on a Monday
RECENT_DAYS = timedelta(days=7)  # a day-month this close before writing is the writing's own year

WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_ALT = "|".join(calendar.day_name)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_ALT = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY_SPAN_JOIN = r"(?:\s*(?:-|\u2013|/)\s*|\s+to\s+)"  # "August 12-13", "12 to 13 August" ("and" only before the month: "14 and 16 August")
_NUMBER_WORDS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3}
_NUMBER_ALT = r"(?:\d{1,2}|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)"

# Order matters: longer, more specific forms first.
_PATTERNS: list[tuple[str, str]] = [
    ("month_day_year", rf"\b(?P<m1>{_MONTH_ALT})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"),
    ("day_month_year", rf"\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_ALT})\s+(?P<y2>\d{{4}})\b"),
    ("month_day_range", rf"\b(?P<m12>{_MONTH_ALT})\s+(?P<d12>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_SPAN_JOIN}(?P<e12>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)(?!\s*(?:%|per\s?cent|km|kilomet|mile|troops|soldiers|people))(?:,?\s+(?P<y12>\d{{4}})\b)?"),
    ("day_month_range", rf"\b(?P<d13>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DAY_SPAN_JOIN}|\s+and\s+)(?P<e13>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m13>{_MONTH_ALT})(?![a-z])(?:\s+(?P<y13>\d{{4}})\b)?"),
    ("month_day", rf"\b(?P<m3>{_MONTH_ALT})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s?cent|km|kilomet|mile|troops|soldiers|people))"),
    ("day_month", rf"\b(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m4>{_MONTH_ALT})(?![a-z])"),
    ("half_of_month", rf"\b(?P<half>first|second|latter)\s+half\s+of\s+(?P<m11>{_MONTH_ALT})(?:\s+(?P<y11>(?:19|20)\d\d))?"),
    ("week_of_month", rf"\b(?P<wk>first|second|third|fourth|last|final)\s+(?:week|(?:(?<=first\s)|(?<=last\s)|(?<=final\s))(?:few\s+)?days)\s+of\s+(?P<m8>{_MONTH_ALT})(?:\s+(?P<y8>(?:19|20)\d\d))?"),
    ("day_of_month", r"\b(?:on|by|since|until|from|(?<=overnight\s)into|(?<=night\s)into|(?<=morning\s)of|(?<=afternoon\s)of|(?<=evening\s)of|(?<=night\s)of)\s+the\s+(?P<d9>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!(?:\s*(?:,|and|&|or)\s*\d{1,2}(?:st|nd|rd|th))*\s+(?:of|police|districts?|pd|century|anniversary|time|day|floor|army|armoured|armored|infantry|airborne|(?:[\w-]+\s+){0,2}(?:corps|division|brigade|regiment|battalion|wing|squadron|expeditionary\s+unit))\b)"),
    ("overnight_weekday", rf"\bovernight\s+(?:on\s+)?(?P<w0>{_WEEKDAY_ALT})(?:\s+(?:to|into)\s+(?:{_WEEKDAY_ALT}))?\b"),
    ("weekday_day", rf"\b(?P<w3>{_WEEKDAY_ALT}),?\s+(?:the\s+)?(?P<d10>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH_ALT}(?![a-z]))"),
    ("weekday", rf"\b(?:(?P<last>last|this|past)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?(?P<w1>{_WEEKDAY_ALT})\b"),
    ("year_ago", r"(?<!than\s)(?<!over\s)(?<!about\s)(?<!nearly\s)(?<!almost\s)(?<!under\s)\b(?:(?:exactly\s+)?(?:a|one)\s+year\s+(?:ago\s+)?today|(?:exactly\s+)?(?:a|one)\s+year\s+ago(?:\s+(?:today|this\s+week))?)\b(?!\s+this\s+month)"),
    ("yesterday", r"\b(?:late\s+|early\s+)?(?:yesterday|last\s+night)\b"),
    ("today", r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
    ("overnight", r"\bovernight\b"),
    ("weekend", r"\b(?:at|over|during|on)\s+the\s+weekend\b|\b(?:last|past)\s+weekend\b"),
    ("earlier_this_week", r"\bearlier\s+this\s+week\b"),
    ("this_week", r"\bthis\s+week\b"),
    ("last_week", r"(?<!the\s)\blast\s+week\b(?!\s+of\b)"),  # (not "in the last week of the airlift")
    ("recent_days", r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|week|seven\s+days)\b(?!\s+of\b)|\bin\s+recent\s+days\b|\bthis\s+past\s+week\b"),
    ("days_ago", rf"\b(?P<n1>{_NUMBER_ALT})\s+(?P<u1>day|days|week|weeks)\s+ago\b"),
    ("days_earlier", rf"(?<!for\s)(?<!for\sabout\s)(?<!for\snearly\s)(?<!for\salmost\s)(?<!for\sover\s)(?<!for\smore\sthan\s)\b(?P<n2>{_NUMBER_ALT})\s+(?P<u2>day|days|week|weeks)\s+(?:earlier|before)\b"),
    ("days_later", rf"\b(?P<n3>{_NUMBER_ALT}|twenty-four|forty-eight|seventy-two|24|48|72)\s+(?P<u3>day|days|week|weeks|hours)\s+later\b"),
    ("previous_day", r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening|morning)|the\s+(?:day|night|evening)\s+before)\b(?!\s+(?:last|yesterday))"),
    ("one_more_day", r"(?:(?<=airport\s)|(?<=airfield\s))(?:for\s+)?(?:(?:one|an)\s+(?:more|extra|further)\s+day|another\s+day|a\s+further\s+day)\b"),
    ("next_day", r"\b(?<!in\s)(?<!within\s)(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|night|evening)|the\s+day\s+after)\b(?!\s+or\s+(?:so|two))"),
    ("last_month", r"\blast\s+month\b"),
    ("this_month", r"\b(?:earlier\s+)?this\s+month\b"),
    ("in_month", rf"\b(?:(?:in|during|since|by|late|early|until|through)\s+(?:mid-?\s*)?|mid-\s*|(?:(?:since|by|until|from|at|in|towards?)\s+)?the\s+(?:start|beginning|end|middle)\s+of\s+)(?P<m5>{_MONTH_ALT})(?!\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?!(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|(?<=sept))\.\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+(?P<y5>(?:19|20)\d\d))?\b"),
    ("year", r"\b(?:in|since|from|until|of|by|between|and|to)\s+(?P<y6>1[89]\d\d|20\d\d)\b|\bthe\s+(?P<y9>1[89]\d\d|20\d\d)\s+(?=(?:precedent|takeover|capture|conquest|offensive|siege|invasion|war|fall|collapse|assault|battle|uprising|massacre|retreat|withdrawal|agreement|accord|deal|occupation|campaign|regime)\b)|\b(?P<y7>1[89]\d\d|20\d\d)\s*(?:-|\u2013|to|until)\s*(?:1[89]\d\d|20\d\d|\d\d(?![-/]\d))\b"),
]
# One word-boundary test up front skips positions inside words before trying every alternative.
_DATE_RE = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS) + ")", re.IGNORECASE)


# Matching lower-cased text case-sensitively is about twice as fast as IGNORECASE.
_LOWER_DATE_RE = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<{kind}>{lower_pattern(pattern)})" for kind, pattern in _PATTERNS) + ")")
_KINDS = [kind for kind, _ in _PATTERNS]
# Expressions resolved against another date in the paragraph rather than publication.
CONTEXT_RELATIVE = {"previous_day", "next_day", "one_more_day", "days_earlier", "days_later"}
# Expressions that place themselves in the calendar (a month or a year is named), so they keep their meaning however
# long after the events the text was written; "on Tuesday" or "yesterday" count from the day of writing.
# A day and month (and perhaps year) written out: "9 August", "Aug. 13, 2021".
DAY_MONTH_KINDS = {"month_day_year", "day_month_year", "month_day", "day_month"}
DAY_RANGE_KINDS = {"month_day_range", "day_month_range"}  # "August 12-13", "12 to 13 August"
MAX_RANGE_DAYS = 7
CALENDAR_KINDS = DAY_MONTH_KINDS | DAY_RANGE_KINDS | {"half_of_month", "week_of_month", "in_month", "year"}


@dataclass(frozen=True)
class DateExpression:
    """A date phrase found in text and the window it denotes."""

    start: int  # character offsets of the phrase
    end: int
    phrase: str
    kind: str
    date_start: date | None
    date_end: date | None
    precision: int  # 1 day, 2 span up to a week, 3 month
    event_date: date | None = None  # best single day within the window

    @property
    def is_history(self) -> bool:
        """True for a year-level phrase (e.g. 'in 1994'), used to recognise history."""
        return self.kind == "year"


def _weekday_on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_number(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


_ORDINAL_RE = re.compile(r"the\s+(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)


def _given_groups(match: re.Match[str]) -> dict[str, str]:
    """The named groups a date match filled (which alternative matched, and its parts)."""
    return {k: v for k, v in match.groupdict().items() if v is not None}


def _number(text: str) -> int:
    text = text.lower().strip()
    return int(text) if text.isdigit() else _NUMBER_WORDS.get(text, 1)


def _month_year(month: int, published: date, period: Period | None) -> int:
    """Year of a month named without one ("in July"): this year, unless that is over six months ahead; in text
    written after the period, the year whose month overlaps the period."""
    if period is not None and published > period[1]:
        for year in range(period[1].year, period[0].year - 1, -1):
            first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
            if first <= period[1] and last >= period[0]:
                return year
    return published.year if month <= published.month + 6 else published.year - 1


def _month_window(year: int, month: int, published: date) -> tuple[date, date]:
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    return first, min(last, published) if first <= published else last


def _year_for(month: int, day: int, published: date, period: Period | None = None, looking_back: bool = False) -> int:
    """Year of an undated day-month: this year, unless that is over six months ahead; in an article written
    after the period the text is about ("a year on, 8 August"), the year that puts the day in the period."""
    in_period = _period_year(month, day, published, period, looking_back)
    if in_period is not None:
        return in_period
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    return year - 1 if candidate > published + timedelta(days=183) else year


def _period_year(month: int, day: int, published: date, period: Period | None, looking_back: bool = False) -> int | None:
    """The year that puts a day-month inside the period, for text written after the period; None when there is
    none, or when the day fell within the week before writing ("on 31 July" in a 2 August 2022 story is that July),
    unless the text is `looking_back` on the period (it names the period's year: "August 12" in a piece marking
    the anniversary of 15 August 2021 is 2021's)."""
    if period is None or published <= period[1]:
        return None
    recent = _safe_date(published.year, month, day)
    if recent is not None and timedelta(0) <= published - recent <= RECENT_DAYS and not looking_back:
        return None
    for year in range(period[1].year, period[0].year - 1, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and period[0] <= candidate <= period[1]:
            return year
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, groups: dict, phrase: str, published: date, period: Period | None = None,
             looking_back: bool = False) -> tuple[date | None, date | None, int, date | None]:
    """Return (start, end, precision, event_date) of one matched phrase."""
    lower = phrase.lower()
    if kind in DAY_MONTH_KINDS:
        suffix = {"month_day_year": "1", "day_month_year": "2", "month_day": "3", "day_month": "4"}[kind]
        month = _month_number(groups["m" + suffix])
        day = int(groups["d" + suffix])
        year = int(groups["y" + suffix]) if groups.get("y" + suffix) else _year_for(month, day, published, period, looking_back)
        d = _safe_date(year, month, day)
        return (d, d, DAY, d) if d else (None, None, DAY, None)
    if kind in DAY_RANGE_KINDS:  # "overnight on August 12-13", "from 10 to 25 August": the span; a reversed one is its first day
        suffix = "12" if kind == "month_day_range" else "13"
        month, first, last = _month_number(groups["m" + suffix]), int(groups["d" + suffix]), int(groups["e" + suffix])
        year = int(groups["y" + suffix]) if groups.get("y" + suffix) else _year_for(month, first, published, period, looking_back)
        start, end = _safe_date(year, month, first), _safe_date(year, month, last)
        if start is None:
            return None, None, DAY, None
        if end is None or end <= start:
            return start, start, DAY, start
        return start, end, WEEK if (end - start).days <= MAX_RANGE_DAYS else MONTH, end
    if kind == "weekday":
        weekday = WEEKDAYS[groups["w1"].capitalize()]
        d = _weekday_on_or_before(published, weekday)
        if groups.get("last") and groups["last"].lower() == "last" and d == published:
            d -= timedelta(days=7)
        return d, d, DAY, d
    if kind == "overnight_weekday":
        d = _weekday_on_or_before(published, WEEKDAYS[groups["w0"].capitalize()])
        end = min(d + timedelta(days=1), published)
        return d, end, DAY if end == d else WEEK, end
    if kind == "year_ago":  # "It is a year today since Lashkar Gah was handed over": the same day a year before
        d = _safe_date(published.year - 1, published.month, published.day) or _safe_date(published.year - 1, published.month, published.day - 1)
        return d, d, DAY, d
    if kind == "yesterday":
        d = published - timedelta(days=1)
        return d, d, DAY, d
    if kind == "today":
        return published, published, DAY, published
    if kind == "overnight":
        return published - timedelta(days=1), published, WEEK, published
    if kind == "weekend":
        # The Saturday-Sunday on or before publication (a Saturday article: that day only).
        saturday = _weekday_on_or_before(published, 5)
        if "last" in lower and saturday + timedelta(days=1) >= published:
            saturday -= timedelta(days=7)
        sunday = min(saturday + timedelta(days=1), published)
        return saturday, sunday, WEEK if sunday > saturday else DAY, sunday
    if kind in ("earlier_this_week", "this_week"):
        monday = published - timedelta(days=published.weekday())
        end = published - timedelta(days=1) if kind == "earlier_this_week" and published > monday else published
        return monday, end, WEEK if end > monday else DAY, end
    if kind == "last_week":
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, monday + timedelta(days=6), WEEK, monday + timedelta(days=6)
    if kind == "recent_days":
        return published - timedelta(days=6), published, WEEK, published
    if kind in ("days_ago",):
        n, unit = _number(groups["n1"]), groups["u1"].lower()
        if unit.startswith("week"):
            d = published - timedelta(days=7 * n)
            return d - timedelta(days=3), d + timedelta(days=3), WEEK, d
        d = published - timedelta(days=n)
        return d, d, DAY, d
    if kind == "last_month":
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        start, end = _month_window(year, month, published)
        return start, end, MONTH, end
    if kind == "this_month":
        start = published.replace(day=1)
        return start, published, MONTH, published
    if kind in ("day_of_month", "weekday_day"):  # "on the 15th", "on Thursday the 12th": this month, or last month if that day has not come yet
        day = int(groups["d9"] if kind == "day_of_month" else groups["d10"])
        year, month = published.year, published.month
        if day > published.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if kind == "weekday_day":  # "Monday the 9th" in September is the Monday of August
            weekday = WEEKDAYS[groups["w3"].capitalize()]
            for back in range(MONTHS_BACK_FOR_WEEKDAY):
                y, m = (year, month - back) if month - back > 0 else (year - 1, month - back + 12)
                if day <= calendar.monthrange(y, m)[1] and date(y, m, day).weekday() == weekday:
                    year, month = y, m
                    break
        if day > calendar.monthrange(year, month)[1]:
            return None, None, DAY, None
        d = date(year, month, day)
        return d, d, DAY, d
    if kind == "half_of_month":  # "the second half of August"
        month = _month_number(groups["m11"])
        year = int(groups["y11"]) if groups.get("y11") else _month_year(month, published, period)
        last = calendar.monthrange(year, month)[1]
        start, end = (date(year, month, 1), date(year, month, 15)) if groups["half"].lower() == "first" else (date(year, month, 16), date(year, month, last))
        if start > published:
            return None, None, MONTH, None
        return start, min(end, published), MONTH, min(end, published)
    if kind == "week_of_month":  # "the last week of July"
        month = _month_number(groups["m8"])
        year = int(groups["y8"]) if groups.get("y8") else _month_year(month, published, period)
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        ordinal = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(groups["wk"].lower())
        start = last - timedelta(days=6) if ordinal is None else first + timedelta(days=7 * ordinal)
        end = min(start + timedelta(days=6), last)
        if start > published:
            return None, None, WEEK, None
        return start, min(end, published), WEEK, min(end, published)
    if kind == "in_month":
        month = _month_number(groups["m5"])
        year = int(groups["y5"]) if groups.get("y5") else _month_year(month, published, period)
        start, end = _month_window(year, month, published)
        return start, end, MONTH, end
    if kind == "year":
        year = int(groups.get("y6") or groups.get("y9") or groups.get("y7"))
        return date(year, 1, 1), date(year, 12, 31), 4, None
    return None, None, DAY, None  # context-relative kinds: resolved by resolve_relative()


def find_dates(text: str, published: date, offset: int = 0, period: Period | None = None, looking_back: bool = False) -> list[DateExpression]:
    """Return the date expressions in text, resolved against published (context-relative ones unresolved);
    `period`, the first and last day the text may be about, places days and months named without a year
    (`looking_back`: in text written after the period that names the period's year)."""
    found: list[DateExpression] = []
    lowered = text.lower()
    matches = _LOWER_DATE_RE.finditer(lowered) if len(lowered) == len(text) else _DATE_RE.finditer(text)
    for match in matches:
        kind = match.lastgroup
        if kind not in _KINDS:  # lastgroup names the innermost group; find the outer kind
            kind = next(k for k in _KINDS if match.group(k) is not None)
        groups = _given_groups(match)
        phrase = text[match.start() : match.end()]
        if any(k.startswith("m") and k[1:].isdigit() and text[match.start(k) : match.end(k)] == "may" for k in groups):
            continue  # "the other 2 may have gone": the modal verb, not the month (months are capitalised)
        start, end, precision, best = _resolve(kind, groups, phrase, published, period, looking_back)
        if kind not in CONTEXT_RELATIVE and start is None:
            continue
        found.append(DateExpression(match.start() + offset, match.end() + offset, phrase, kind, start, end, precision, best))
    return _with_weekdays_joined(found, text, offset)


def _with_weekdays_joined(found: list[DateExpression], text: str, offset: int) -> list[DateExpression]:
    """A weekday written before its calendar date ("on Saturday, August 7") is one expression, dated by the calendar;
    so is a night told by the day it ran into ("overnight into the 14th")."""
    joined: list[DateExpression] = []
    for expression in found:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.kind == "weekday" and expression.kind in DAY_MONTH_KINDS
                and _WEEKDAY_DATE_GAP_RE.fullmatch(text, previous.end - offset, expression.start - offset)):
            joined[-1] = replace(expression, start=previous.start, phrase=text[previous.start - offset : expression.end - offset])
            continue
        if previous is not None and previous.kind == "overnight" and (
                (expression.kind == "day_of_month" and expression.start - previous.end <= 1)
                or (expression.kind in DAY_MONTH_KINDS | DAY_RANGE_KINDS and _NIGHT_DATE_GAP_RE.fullmatch(text, previous.end - offset, expression.start - offset))):
            joined[-1] = expression  # "overnight into the 14th", "overnight on August 12-13": the night is told by its calendar day
            continue
        joined.append(expression)
    return joined


_WEEKDAY_DATE_GAP_RE = re.compile(r",?[ \t]*(?:the[ \t]+)?")  # on one line: not a headline's weekday over a dateline
_NIGHT_DATE_GAP_RE = re.compile(r"\s+(?:on|into|of)\s+", re.IGNORECASE)
# Days named without month or year, and how far from a day the narrative has set they may lie.
_NARRATIVE_REACH = {"weekday": 3, "overnight_weekday": 3, "weekday_day": 15, "day_of_month": 15}
NARRATIVE_KINDS = frozenset(_NARRATIVE_REACH)


def resolve_near(expression: DateExpression, anchor: date, *, night_after: bool = False) -> DateExpression:
    """Return a weekday or a day of the month ("on Tuesday", "on the 13th") re-resolved as the occurrence
    nearest a day the narrative has set ("Monday 9 August ... On Tuesday it was Pul-i-Khumri"); "overnight" as the
    night into that day ("had fallen overnight"), or the night after it when `night_after` ("went overnight");
    other expressions, and "last Tuesday", unchanged."""
    if expression.kind == "overnight":
        start = anchor if night_after else anchor - timedelta(days=1)
        return replace(expression, date_start=start, date_end=start + timedelta(days=1), event_date=start + timedelta(days=1))
    reach = _NARRATIVE_REACH.get(expression.kind)
    match = _DATE_RE.match(expression.phrase) if reach else None
    ordinal = _ORDINAL_RE.search(expression.phrase) if match is None and expression.kind == "day_of_month" else None
    if ordinal:  # "into the 13th", "of the 15th": the phrase alone lacks the "overnight" or "afternoon" its pattern looks back to
        match = _DATE_RE.search("on " + ordinal.group())
    if match is None or match.group("last"):
        return expression
    groups = _given_groups(match)
    start, end, precision, best = _resolve(expression.kind, groups, expression.phrase, anchor + timedelta(days=reach))
    if start is None:
        return expression
    return replace(expression, date_start=start, date_end=end, precision=precision, event_date=best)


def in_month_of(expression: DateExpression, anchor: date) -> DateExpression:
    """Return a day of the month ("on the 15th", "overnight into the 13th") placed in the month of a day written out
    before it ("the offensive began on 2 August ... the city fell on the 13th": 13 August); unchanged if no such day."""
    found = _ORDINAL_RE.search(expression.phrase)
    if expression.kind != "day_of_month" or found is None:
        return expression
    try:
        day = anchor.replace(day=int(found.group(1)))
    except ValueError:
        return expression  # "the 31st" of a 30-day month
    return replace(expression, date_start=day, date_end=day, precision=DAY, event_date=day)


def strip_dates(text: str) -> str:
    """Return text with its date phrases removed ("Herat on Thursday and" -> "Herat  and")."""
    return _DATE_RE.sub("", text)


def resolve_relative(expression: DateExpression, reference: date) -> DateExpression:
    """Return a context-relative expression ('a day earlier') resolved against a reference day."""
    if expression.kind not in CONTEXT_RELATIVE:
        return expression
    match = _DATE_RE.match(expression.phrase)
    groups = _given_groups(match) if match else {}
    if expression.kind == "previous_day":
        d = reference - timedelta(days=1)
    elif expression.kind == "next_day":
        d = reference + timedelta(days=1)
    elif expression.kind == "one_more_day":  # "held the airport for one more day" after the fall: that day and the next
        return replace(expression, date_start=reference, date_end=reference + timedelta(days=1), precision=DAY, event_date=reference)
    else:
        suffix = "2" if expression.kind == "days_earlier" else "3"
        n = _number(groups.get("n" + suffix, "1"))
        unit = groups.get("u" + suffix, "day").lower()
        days = n // 24 if unit == "hours" else n * (7 if unit.startswith("week") else 1)  # "forty-eight hours later"
        d = reference - timedelta(days=days) if expression.kind == "days_earlier" else reference + timedelta(days=days)
    return replace(expression, date_start=d, date_end=d, precision=DAY, event_date=d)


def publication_window(published: date, period: Period | None = None) -> tuple[date, date, int, date]:
    """Return the window given to an undated report: the week up to publication, precision 2; or, in an
    article written after the period it is about (a year-on feature), that whole period, precision 3."""
    if period is not None and published > period[1]:
        return period[0], period[1], MONTH, period[1]
    return published - timedelta(days=6), published, WEEK, published


def parse_published(value: str) -> date:
    """Return the date of an ISO date or datetime string; raise ValueError saying what is wrong otherwise."""
    text = str(value).strip()
    if not text:
        raise ValueError("empty publication date")
    day = text[:10] if len(text) > 10 and text[10] in "T " else text
    try:
        return date.fromisoformat(day)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            raise ValueError(f"no such day: {exc}") from None  # e.g. 2021-13-40: month must be in 1..12
        raise ValueError("not an ISO date") from None
