"""Event mentions from article text: place, event type, actor, date and the sentence that says so.

The extractor is a rule layer over sentences. For each sentence that names a place and
uses an event phrase (geo.vocabulary), it finds the phrase's place argument inside the
same clause, drops what is not a report of something that happened (denials, futures and
conditionals, history, sub-places such as districts and border posts, places outside the
theatre), names the actor, and dates the report from the sentence, its paragraph, or the
publication date, saying which.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from itertools import chain

from geo import sentence_patterns as P
from geo import vocabulary as V
from geo.articles import Article
from geo.dates import (CALENDAR_KINDS, CONTEXT_RELATIVE, DAY, DAY_MONTH_KINDS, MONTH, NARRATIVE_KINDS, WEEK, WEEKDAYS, DateExpression, Period,
                       find_dates, in_month_of, publication_window, resolve_near, resolve_relative, strip_dates)
from geo.errors import ConfigError
from geo.gazetteer import CAPITAL, COUNTRY, PROVINCE, Gazetteer, Place
from geo.names import compile_names
from geo.text import LINK_BLOCK_HEADER, Span, is_boilerplate, sentences
from geo.theatre import Actor, Theatre

MAX_RIGHT_GAP_WORDS = 12
MAX_LEFT_GAP_WORDS = 8

MAX_LOCATIVE_GAP_WORDS = 10
# A day named this long before the day of writing sets the week that a later "on Tuesday" means
# ("On the morning of Monday 9 August ... On Tuesday it was Pul-i-Khumri", in a September reconstruction).
NARRATIVE_GAP_DAYS = 14
MONTH_CONTEXT_SENTENCES = 6  # how far back a bare "on the 15th" looks for the month last written out
RELATIVE_ANTECEDENT_REACH = 60  # characters before a relative clause where its antecedent is looked for


@dataclass(frozen=True)
class _Hit:
    start: int  # offsets within the sentence
    end: int
    places: tuple[Place, ...]
    surface: str
    context_start: int | None = None  # absolute start of the antecedent's sentence, for "the city"
    dated_apart: bool = False  # an earlier fall named after a fall ("..., after Sheberghan on Saturday"): dated by its own day
    day_after: int | None = None  # where its own day follows, when a group shares one ("after Kunduz and Taloqan on Sunday")
    days_before: int = 0  # an earlier fall with no day of its own, so many days before the fall it is named after

    @property
    def place(self) -> Place:
        return self.places[0]


@dataclass
class Extractor:
    """Everything the rules need about a theatre, compiled once."""

    gazetteer: Gazetteer
    actors: tuple[Actor, ...]
    outside_places: tuple[str, ...]
    territorial_actor: str
    holding_actor: str
    unidentified_actor: str
    national_capital_iso: str
    epithets: dict[str, str] = field(default_factory=dict)
    holding_actor_until: date | None = None
    withdrawal_day: date | None = None
    period: Period | None = None  # the first and last day the theatre's reporting is about
    words: V.TheatreWords = field(default_factory=V.TheatreWords)
    not_actors: tuple[str, ...] = ()
    _alias_actor: dict[str, Actor] = field(default_factory=dict, repr=False)

    @classmethod
    def from_theatre(cls, theatre: Theatre, gazetteer: Gazetteer) -> "Extractor":
        """Return an extractor for the theatre's actors, places and defaults."""
        for phrase, iso_code in theatre.epithets.items():
            try:
                gazetteer.capital_of(iso_code)
            except KeyError:
                raise ConfigError(f"{theatre.data_dir / 'theatre.toml'}: [epithets] '{phrase}' names {iso_code}, which has no capital in the gazetteer") from None
        return cls(
            gazetteer=gazetteer,
            actors=theatre.actors,
            outside_places=theatre.outside_places,
            territorial_actor=theatre.territorial_actor,
            holding_actor=theatre.holding_actor,
            unidentified_actor=theatre.unidentified_actor,
            national_capital_iso=theatre.national_capital_iso,
            epithets=theatre.epithets,
            not_actors=theatre.not_actors,
            holding_actor_until=theatre.holding_actor_until,
            withdrawal_day=theatre.withdrawal_day,
            period=(theatre.period_start, theatre.period_end),
            words=V.TheatreWords(**{key: tuple(names) for key, names in theatre.phrase_words.items()}),
        )

    @cached_property
    def vocabulary(self) -> V.Vocabulary:
        """The event phrases with this theatre's names in them ("in Taliban hands"), compiled once."""
        return V.Vocabulary(self.words)

    @cached_property
    def epithet_pattern(self) -> re.Pattern[str] | None:
        """The theatre's descriptions of places ("the country's second-largest city"), each a named group."""
        if not self.epithets:
            return None
        separator = r"[\s-]+"
        alternatives = [f"(?P<e{i}>{separator.join(re.escape(w) for w in phrase.split())})".replace("'", "['\u2019]")
                        for i, phrase in enumerate(self.epithets)]
        return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b(?!-)", re.IGNORECASE)  # (not "the biggest city in the north-east")

    @cached_property
    def _epithet_isos(self) -> tuple[str, ...]:
        return tuple(self.epithets.values())  # by the index in each epithet's group name

    def epithets_in(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """Yield each epithet in text with the ISO code of the province whose capital it names."""
        if self.epithet_pattern is None:
            return
        for match in self.epithet_pattern.finditer(text):
            owner = P.OWNER_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
            if owner and self.outside_pattern.fullmatch(owner.group(1)):
                continue  # "Iran's third-largest city": another country's
            yield match, self._epithet_isos[int(match.lastgroup[1:])]

    @cached_property
    def actor_pattern(self) -> re.Pattern[str]:
        aliases = []
        for actor in self.actors:
            for alias in actor.aliases:
                aliases.append(alias)
                if alias.islower():
                    aliases.append(alias[0].upper() + alias[1:])
        names = compile_names(aliases, ignore_case=False)
        # "Voice of America", "Latin America": an alias at the end of a longer name that is no actor is not matched there
        guards = "".join(f"(?!(?<={re.escape(' '.join(words[:k]))}\\s){re.escape(' '.join(words[k:]))}\\b)"
                         for name in self.not_actors for words in [name.split()] for k in range(1, len(words)))
        return re.compile(guards + names.pattern, names.flags) if guards else names

    @cached_property
    def actor_by_alias(self) -> dict[str, Actor]:
        table = {}
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                table.setdefault(_alias_key(alias), actor)
        return table

    @cached_property
    def outside_pattern(self) -> re.Pattern[str]:
        return compile_names(self.outside_places, ignore_case=False)

    @cached_property
    def actor_kind(self) -> dict[str, str]:
        return {a.name: a.kind for a in self.actors}

    @cached_property
    def government_side(self) -> set[str]:
        return {a.name for a in self.actors if a.kind == "state"}

    def actor_of(self, surface: str) -> Actor | None:
        return self.actor_by_alias.get(_alias_key(surface))

    # ------------------------------------------------------------------------------------
    def extract(self, article: Article) -> list[dict]:
        """Return the event mentions in one article, as dicts of mention columns."""
        return _ArticleRun(self, article).run()


class _ArticleRun:
    """One article's extraction: sentences, their dates, and the mentions found."""

    def __init__(self, extractor: Extractor, article: Article):
        self.x = extractor
        self.article = article
        self.text = article.text
        self.published = article.published
        self.spans = sentences(self.text)
        self._dates: dict[int, list[DateExpression]] = {}
        self._expressions: dict[int, list[DateExpression]] = {}
        self.list_context: tuple[str, int] | None = None  # (event_type, paragraph) of an open list
        self.capture_spans: set[int] = set()  # sentences that reported a capture
        self.hold_spans: list[tuple[int, int]] = []  # where the current sentence's hold triggers stand
        self._headings: list[tuple[int, date]] | None = None  # (end, day) of date headings
        self._timeline_days: list[tuple[int, int, date]] = []  # (start, end, reference day) of timeline lines led by a bare weekday
        self.resolved_anaphors: list[tuple[int, Place, int]] = []  # (offset, place, sentence) of "the city" already resolved
        self.descriptions: dict[int, list[tuple[int, int]]] = {}  # per sentence: appositives describing a place
        self.participle_asides: dict[int, list[tuple[int, int]]] = {}  # per sentence: "Ghazni, ringed since mid-July, fell on Thursday"
        self.last_attacked: tuple[int, Place] | None = None  # (sentence, place) of the fighting last reported
        self.fallen_places: set[str] = set()  # places whose fall the article has told so far
        self.last_fall: int = -1  # the sentence that told the last of them

    def run(self) -> list[dict]:
        mentions: list[dict] = []
        # "Kabul Press", "Kabul Times": a place's name inside an outlet's is no mention of the place
        place_hits = [h for h in self.x.gazetteer.find(self.text) if not V.INSTITUTION_AFTER_RE.match(self.text, h[1])]
        by_sentence: dict[int, list[tuple[int, int, list[Place]]]] = {}
        cursor = 0
        for start, end, places in place_hits:
            while cursor < len(self.spans) and self.spans[cursor].end <= start:
                cursor += 1
            if cursor < len(self.spans) and self.spans[cursor].start <= start:
                by_sentence.setdefault(cursor, []).append((start, end, places))
        self.place_hits = place_hits
        self.hit_sentence = {}
        for index, raw in by_sentence.items():
            for start, _, _ in raw:
                self.hit_sentence[start] = index
        timeline = self._timeline_spans()
        self._rank_reporting_spans(by_sentence)
        link_block = None
        for index, span in enumerate(self.spans):
            sentence = span.text(self.text)
            if LINK_BLOCK_HEADER.match(sentence):
                link_block = span.paragraph
                continue
            if span.paragraph == link_block and len(self._line_of(span).split()) > P.MAX_LINK_LINE_WORDS:
                link_block = None  # "Top stories" over bullets of reporting, not a list of links
            if span.paragraph == link_block or span.heading or self.boilerplate[index] or P.CORRECTION_RE.search(sentence) or P.QUESTION_RE.match(sentence):
                continue  # "Correction: in our 12.47pm post we said ...": a retracted report; "Did Kunduz fall?": none
            hits = by_sentence.get(index, [])
            found, triggers = self._sentence(index, span, sentence, hits)
            if not any(m["event_type"] in (V.CAPTURED, V.HELD) for m in found):  # a line that says what holds is no fall
                found += self._sequence_fragment(index, span, sentence, self._hits_in(span, hits), triggers)
            mentions.extend(found)
            self._note_attacked(index, found)
            self._note_fallen(index, found)
            if any(m["event_type"] == V.CAPTURED for m in found) or _announces_falls(sentence):
                self.capture_spans.add(index)  # "three more provincial capitals were handed over" opens a run too
            if span.start in timeline:
                mentions.extend(self._timeline_items(index, span, sentence, hits, *timeline[span.start]))
        return _dedupe(mentions)

    def _note_fallen(self, index: int, found: list[dict]) -> None:
        for m in found:
            if m["event_type"] == V.CAPTURED and m["actor1"] == self.x.territorial_actor and not m["claimed"]:
                self.fallen_places.add(m["location"])
                self.last_fall = index
            elif m["event_type"] == V.CAPTURED:
                self.fallen_places.discard(m["location"])  # retaken ("Government forces retook it on Monday")

    def _note_attacked(self, index: int, found: list[dict]) -> None:
        fought = [m for m in found if m["event_type"] == V.CONTESTED]
        if fought:
            places = [p for p in self.x.gazetteer.lookup(fought[-1]["location"]) if p.kind in (CAPITAL, PROVINCE)]
            self.last_attacked = (index, places[0]) if places else self.last_attacked

    def _attacked_before(self, index: int) -> Place | None:
        """The place of the fighting reported in the sentence before, or the one before it: where an attack said
        to be "repelled" next was ("... attacked Lashkar Gah, days after they overran Zaranj. The attack was repulsed")."""
        if self.last_attacked and 0 < index - self.last_attacked[0] <= 2 and self.last_fall <= self.last_attacked[0]:
            attacked_at, attacked = self.last_attacked
            opened_since = any(attacked_at < (at := self.hit_sentence.get(start, -1)) < index and start - self.spans[at].start <= 3
                               and any(p.kind in (CAPITAL, PROVINCE) and p.iso_code != attacked.iso_code for p in places)
                               for start, _, places in self.place_hits)
            return None if opened_since else attacked  # (not "In Maimana, besieged, ... Kandahar is under pressure. Special forces forced them back")
        return None  # (nor after a fall told since: "Fighting raged in Kandahar. Ghazni fell. Its defenders had repelled them")

    def _told_as_history(self, position: int) -> bool:
        """True when the sentence holding position dates what it tells to a past year ("attacked Kunduz in 2015")."""
        index = next((i for i, span in enumerate(self.spans) if span.start <= position < span.end), None)
        if index is None:
            return False
        sentence = self.text[self.spans[index].start : self.spans[index].end]
        return self.history_years(index, sentence, position=0)  # (not a year in an aside: "the warlord who governed the city in the 1990s")

    def _holding_side_attacked(self, first: int, index: int, end: int) -> bool:
        """True when the last attack told in sentences first..index (up to end) whose maker is known was the holding
        side's: "commandos tried to retake Kunduz", "government forces attacked Taliban positions", "an army assault on
        the city" (its being repelled holds nothing for them). Retaking is the holding side's unless another side makes it."""
        for earlier in range(index, max(first, 0) - 1, -1):
            start = self.spans[earlier].start
            for attack in reversed(list(P.ATTACK_WORD_RE.finditer(self.text, start, min(end, self.spans[earlier].end)))):
                if P.HOLDING_SIDE_ADJECTIVE_BEFORE_RE.search(self.text, max(start, attack.start() - 20), attack.start()):
                    return True
                maker = _last_match(self.x.actor_pattern, self.text, start, attack.start())
                if maker and P.ATTACKER_GAP_RE.fullmatch(self.text, maker.end(), attack.start()):
                    actor = self.x.actor_of(maker.group())
                    return actor is not None and actor.name == self.x.holding_actor
                if attack.group("retake"):  # (but "Taliban fighters, driven out last week, tried to retake Lashkar Gah")
                    return not any(self._is_territorial_actor(m) for m in self.x.actor_pattern.finditer(self.text, start, attack.start()))
        return False

    def _names_attacking_side(self, phrase: str) -> bool:
        """True when phrase names the side that takes territory or its fighters ("Taliban fighters were pushed back")."""
        return bool(P.INSURGENT_WORD_RE.search(phrase)) or any(self._is_territorial_actor(m) for m in self.x.actor_pattern.finditer(phrase))

    def _rank_reporting_spans(self, by_sentence: dict[int, list]) -> None:
        """Count sentences and paragraphs as a reader does, skipping scraping noise ("Please use Chrome browser
        for a more accessible video player", "Image: AFP"), so that "the city" still finds its name across it."""
        self.sentence_rank, self.paragraph_rank = [], []
        self.boilerplate = [is_boilerplate(span.text(self.text)) for span in self.spans]  # read again by run()
        sentences_seen, paragraphs_seen, last_paragraph = 0, 0, None
        for index, span in enumerate(self.spans):
            sentence = span.text(self.text)
            alone = (index == 0 or self.spans[index - 1].paragraph != span.paragraph) and (
                index + 1 == len(self.spans) or self.spans[index + 1].paragraph != span.paragraph)
            short = len(sentence.split()) <= P.MAX_NOISE_LINE_WORDS
            noise = span.heading or self.boilerplate[index] or (alone and short and (
                (index not in by_sentence and not P.SENTENCE_END_RE.search(sentence)) or P.CAPS_LABEL_RE.fullmatch(sentence)))
            if not noise:
                sentences_seen += 1
                if span.paragraph != last_paragraph:
                    paragraphs_seen, last_paragraph = paragraphs_seen + 1, span.paragraph
            self.sentence_rank.append(sentences_seen)
            self.paragraph_rank.append(paragraphs_seen)

    def _line_of(self, span: Span) -> str:
        start = self.text.rfind("\n", 0, span.start) + 1
        end = self.text.find("\n", span.start)
        return self.text[start : end if end >= 0 else len(self.text)]

    # -- verbless timelines ------------------------------------------------------------------
    def _timeline_spans(self) -> dict[int, tuple[str, int]]:
        """Spans on the lines of a dated timeline ("Aug. 11: Faizabad, in Badakhshan.") that runs for at least
        three lines, with the event type the timeline reports (the commonest among its own phrases, else a fall
        announced just before it) and where each line's content starts."""
        lines = [(m.start(), m.end()) for m in P.LINE_RE.finditer(self.text)]
        dated = [(start, end, lead.end()) for start, end in lines if (lead := P.TIMELINE_LEAD_RE.match(self.text, start, end))]
        blocks: list[list[tuple[int, int, int]]] = []
        for line in dated:
            if blocks and self.text[blocks[-1][-1][1] : line[0]].strip() == "":
                blocks[-1].append(line)
            else:
                blocks.append([line])
        result: dict[int, tuple[str, int]] = {}
        for block in blocks:
            if len(block) < 3:
                continue
            kinds = [V.TRIGGERS[int(t.lastgroup[1:])].event_type for _, end, body in block
                     for t in self.x.vocabulary.find_triggers(self.text[body:end])]
            kinds = [k for k in kinds if k in V.TERRITORIAL]
            announced_falls = bool(P.FALL_WORD_RE.search(self.text, max(0, block[0][0] - 300), block[0][0]))
            heading = P.LIST_HEADING_BEFORE_RE.search(self.text, max(0, block[0][0] - 200), block[0][0])
            if heading and P.FALL_WORD_RE.search(heading.group()):
                event_type = V.CAPTURED  # "The capitals that fell in the week before, day by day:": the heading is every line's verb
            elif kinds:  # the commonest; on a tie, falls if the text before announced them, else the first seen
                event_type = min(dict.fromkeys(kinds), key=lambda k: (-kinds.count(k), not (announced_falls and k == V.CAPTURED), kinds.index(k)))
            elif announced_falls:
                event_type = V.CAPTURED  # "the provincial centres started to fall one after another. Below is the timeline"
            else:
                continue
            self._chain_weekday_lines(block)
            for start, end, body in block:
                for span in self.spans:
                    if start <= span.start < end:
                        result[span.start] = (event_type, max(body, span.start))
        return result

    def _chain_weekday_lines(self, block: list[tuple[int, int, int]]) -> None:
        """In "Monday 9 August: ... / Tuesday: ... / Wednesday: ...", each bare weekday is the first after the line
        before, or the day before it in a list running backwards day by day ("Sunday 15 August / Saturday / Friday")."""
        previous: date | None = None
        for start, end, body in block:
            bare = P.BARE_WEEKDAY_LEAD_RE.match(self.text, start, body)
            reference = self.published
            if previous is not None and bare:
                ahead = (WEEKDAYS[bare.group("weekday").capitalize()] - previous.weekday()) % 7 or 7
                reference = previous + timedelta(days=ahead if ahead != 6 else -1)  # the day before only in a list running backwards day by day
                self._timeline_days.append((start, end, reference))
            days = [e for e in find_dates(self.text[start:body], reference, period=self.x.period, looking_back=self._looks_back_on_period) if e.date_start is not None and e.date_start == e.date_end]
            previous = days[0].date_start if days else None

    def _timeline_items(self, index: int, span: Span, sentence: str, raw_hits, event_type: str, body: int) -> list[dict]:
        """Places listed without a verb on a timeline line: each takes the timeline's event type and the line's date."""
        hits = [h for h in self._hits_in(span, raw_hits) if h.place.kind in (CAPITAL, PROVINCE)]
        offset = body - span.start
        actor = self.x.holding_actor if event_type == V.HELD else self.x.territorial_actor
        trigger = V.Trigger(event_type, V.RIGHT, "")
        found = []
        for seg_start, seg_end in _segments(sentence, offset):
            segment = sentence[seg_start:seg_end]
            kinds = {V.TRIGGERS[int(t.lastgroup[1:])].event_type for t in self.x.vocabulary.find_triggers(P.AFTER_ADJUNCT_RE.sub("", segment))}
            if not segment.strip() or kinds - {event_type}:
                continue  # a part with another verb of its own ("Kandahar is besieged") says what happened itself
            items = [h for h in hits if seg_start <= h.start < seg_end and P.ITEM_START_RE.search(sentence[seg_start : h.start])
                     and not P.IN_PARENTHESES_RE.search(sentence[seg_start : h.start])]
            for hit in items:
                mention = self._make(index, span, sentence, event_type, hit, actor, "", trigger, "(timeline)", hit.start,
                                     (seg_start, seg_end), claimed=False, position=hit.start)
                if mention:
                    found.append(mention)
        return found

    # -- dates ---------------------------------------------------------------------------
    def expressions(self, index: int) -> list[DateExpression]:
        """Every date phrase in a sentence, history included, found once (offsets within the sentence)."""
        if index not in self._expressions:
            sentence = self.spans[index].text(self.text)
            looking_back = self._looks_back_on_period and not P.WRITING_TIME_RE.search(sentence)
            self._expressions[index] = find_dates(sentence, self._section_day(index), period=self.x.period, looking_back=looking_back)
        return self._expressions[index]

    def _section_day(self, index: int) -> date:
        """The day relative dates are counted from: the publication date, or the last date heading before the
        sentence ("Thursday 12 August" on a line of its own in a diary or a live page), if it is not later."""
        if self._headings is None:
            self._headings = []
            for line in P.LINE_RE.finditer(self.text):
                heading = line.group()
                caps = heading.isupper() and len(heading.split()) <= P.MAX_CAPS_HEADING_WORDS
                if caps or P.DATE_HEADING_RE.fullmatch(heading):
                    # "Thursday 12 August" alone on a line; "[ON-SCREEN TEXT: 6 AUGUST – ZARANJ]" over a script's narration
                    # (a day leading the line, not "BREAKING: KUNDUZ FALLS ON SUNDAY")
                    days = [e for e in find_dates(heading, self.published, period=self.x.period, looking_back=self._looks_back_on_period) if e.date_start is not None and e.date_start == e.date_end]
                    if caps and not P.DATE_HEADING_RE.fullmatch(heading):
                        days = days[:1] if days and days[0].start <= P.CAPS_LABEL_LEAD_RE.match(heading).end() else []
                    if days and days[-1].date_start <= self.published:
                        self._headings.append((line.end(), days[-1].date_start))
        start = self.spans[index].start
        chained = [day for a, b, day in self._timeline_days if a <= start < b]
        if chained:
            return chained[0]
        before = [day for end, day in self._headings if end <= start]
        return before[-1] if before else self.published

    def dates_in(self, index: int) -> list[DateExpression]:
        if index not in self._dates:
            span = self.spans[index]
            found = [
                DateExpression(e.start + span.start, e.end + span.start, e.phrase, e.kind, e.date_start, e.date_end, e.precision, e.event_date)
                for e in self.expressions(index)
                if not e.is_history and (e.date_start is None or e.date_start <= self.published)
            ]
            resolved = []
            for expression in found:
                if expression.kind == "weekday" and P.SAME_BEFORE_RE.search(self.text, max(0, expression.start - 12), expression.start) \
                        and (same := self._same_weekday_before(index, resolved, expression.event_date)):
                    expression = replace(expression, date_start=same, date_end=same, event_date=same, precision=DAY)
                elif expression.kind == "one_more_day" and not P.HOLD_VERB_RE.search(self.text, span.start, expression.start):
                    continue  # "British troops will stay at Kabul airport for an extra day": no holdout to count from
                elif expression.date_start is None:
                    # "held the airport for one more day after the city fell on Aug. 8": from the day the sentence names
                    own_day = [e for e in found if e.date_start is not None] if expression.kind == "one_more_day" else []
                    reference = own_day[0].event_date if own_day else self._reference_before(
                        index, resolved, later=expression.kind in ("next_day", "one_more_day", "days_later", "days_earlier", "previous_day"))
                    expression = resolve_relative(expression, reference)
                elif expression.kind == "overnight" and resolved and (lead := resolved[0]).kind in DAY_MONTH_KINDS and lead.precision == DAY and lead.event_date \
                        and lead.start - span.start <= 2 and P.LINE_DATE_MARK_RE.match(self.text, lead.end):
                    # "Aug 13 - Kandahar ... is lost overnight": the night into the day the line is about, not the one before writing
                    expression = resolve_near(expression, lead.event_date, night_after=False)
                elif (anchor := self._narrative_anchor(index, resolved)) and (self._section_day(index) - anchor).days > NARRATIVE_GAP_DAYS:
                    # "Monday 9 August ... On Tuesday", written weeks later; "Kandahar had fallen overnight" (into that day) or "went overnight" (after it)
                    night_after = not P.PERFECT_BEFORE_RE.search(self.text, span.start, expression.start)
                    expression = resolve_near(expression, anchor, night_after=night_after)
                elif expression.kind == "day_of_month" and (month_set := self._day_and_month_before(index, resolved)) \
                        and (self._section_day(index) - month_set).days > NARRATIVE_GAP_DAYS:
                    expression = in_month_of(expression, month_set)  # "until the city fell on 13 August ... overnight into the 13th", weeks later
                if (self._written_after_period and expression.kind not in CALENDAR_KINDS and expression.date_start > self.x.period[1]
                        and (expression.kind in CONTEXT_RELATIVE or self._last_day_named(index, resolved))):
                    # Months later, "Kandahar went overnight into the 13th" after a 12th: "overnight" counts from neither the
                    # writing nor the 12th; "three days earlier" counts from an event, not the writing. Without a day of the
                    # events named, "on Sunday" counts from the writing, and dates the report after the period.
                    continue
                resolved.append(expression)
            self._dates[index] = resolved
        return self._dates[index]

    def _reference_before(self, index: int, resolved: list[DateExpression], *, later: bool = False) -> date:
        # "[6 AUGUST – ZARANJ] ... The next day it was Sheberghan": the 7th
        named = self._last_day_named(index, resolved)
        if named is None and later:
            # a paragraph opening "The following day the Taliban entered Bamiyan" (or "A day earlier the Taliban had taken
            # Herat") goes on from the day the one before ended on; counted from the writing it would be a day not yet come
            # (or the wrong one)
            named = next(self._days_named_before(index), None)
        return named or self._section_day(index)

    def _days_named_before(self, index: int) -> Iterator[date]:
        """The days named to the day in the few sentences before this one, the nearest first."""
        for previous in range(index - 1, max(-1, index - 1 - MONTH_CONTEXT_SENTENCES), -1):
            yield from _days_named(reversed(self.dates_in(previous)))

    def _last_date_before(self, index: int, resolved: list[DateExpression]) -> DateExpression | None:
        """The last date the text has named before this point, in the sentence or earlier in its paragraph."""
        if resolved:
            return resolved[-1]
        for previous in range(index - 1, -1, -1):
            if self.spans[previous].paragraph != self.spans[index].paragraph:
                break
            dated = self.dates_in(previous)
            if dated:
                return dated[-1]
        return None

    def _same_weekday_before(self, index: int, resolved: list[DateExpression], weekday_of: date | None) -> date | None:
        """The day last named with the weekday of `weekday_of`, in this sentence or up to a few before it: "When the
        assault came on Sunday, August 8, ... That same Sunday brought the loss of Sar-e Pul": the 8th."""
        if weekday_of is None:
            return None
        named = chain(_days_named(reversed(resolved)), self._days_named_before(index))
        return next((day for day in named if day.weekday() == weekday_of.weekday()), None)

    def _last_day_named(self, index: int, resolved: list[DateExpression]) -> date | None:
        last = self._last_date_before(index, resolved)
        return (last.event_date or last.date_end) if last else None

    def _day_and_month_before(self, index: int, resolved: list[DateExpression]) -> date | None:
        """The last date named before this point, in this paragraph or an earlier one, if a day of a month written out
        ("13 August"): the month a later "on the 15th" is in."""
        last = self._last_date_before(index, resolved)
        for previous in range(index - 1, max(-1, index - 1 - MONTH_CONTEXT_SENTENCES), -1):
            if last is not None:
                break
            dated = self.dates_in(previous)
            last = dated[-1] if dated else None
        if last is None or last.kind not in DAY_MONTH_KINDS or last.precision != DAY or last.event_date is None:
            return None
        in_period = self.x.period is None or self.x.period[0] <= last.event_date <= self.x.period[1]
        return last.event_date if in_period else None  # (not "the Doha agreement of 29 February 2020")

    def _narrative_anchor(self, index: int, resolved: list[DateExpression]) -> date | None:
        """The day a narrative has set, that a later "on Tuesday" counts from: the last date named, if it is a day
        with its weekday ("Monday 9 August", "Thursday the 12th"), or any day of the month in writing done after the
        period, or a weekday already counted that way; None when the last date is anything else ("since 15 August")."""
        last = self._last_date_before(index, resolved)
        if last is None or last.precision != DAY or last.event_date is None:
            return None
        named_with_weekday = last.kind == "weekday_day" or (
            last.kind in DAY_MONTH_KINDS and (P.WEEKDAY_LEAD_RE.match(last.phrase)  # "late on Monday, 9 August": one expression
                                              or P.WEEKDAY_BEFORE_RE.search(self.text, max(0, last.start - 12), last.start)))  # "overnight on Sunday, August 8"
        written_later = self._written_after_period and last.kind in DAY_MONTH_KINDS
        # "On Tuesday it was Pul-i-Khumri. On Wednesday, Faizabad.": a weekday already counted that way carries the chain on
        chained = last.kind in NARRATIVE_KINDS and (self._section_day(index) - last.event_date).days > NARRATIVE_GAP_DAYS
        return last.event_date if named_with_weekday or written_later or chained else None

    @cached_property
    def _written_after_period(self) -> bool:
        return self.x.period is not None and self.published > self.x.period[1]

    @cached_property
    def _looks_back_on_period(self) -> bool:
        """Written after the period and naming one of its years ("a year after 15 August 2021")."""
        if not self._written_after_period:
            return False
        years = range(self.x.period[0].year, self.x.period[1].year + 1)
        return any(re.search(rf"\b{year}\b", f"{self.article.title}\n{self.text}") for year in years)

    def history_years(self, index: int, sentence: str, start: int = 0, end: int | None = None, position: int | None = None) -> bool:
        """True when the sentence (or its stretch start:end) dates something to a past year ("in 1994"), or, in an
        article written after the theatre's period, to a time outside it ("in 2022", "in 2015")."""
        end = len(sentence) if end is None else end
        asides = [] if position is None else [
            (m.start(), m.end()) for pattern in (P.RELATIVE_ASIDE_RE, P.EPITHET_ASIDE_RE, P.DASH_PAIR_ASIDE_RE)
            for m in pattern.finditer(sentence) if not m.start() <= position < m.end()]
        for expression in self.expressions(index):
            if start <= expression.start < end and expression.date_start is not None and self._outside_period(expression):
                if not sentence[expression.start : expression.end].strip():
                    continue  # in a masked appositive: "Kandahar, the Taliban's birthplace in 1994, is under attack"
                if any(a <= expression.start < b for a, b in asides):
                    continue  # "Faizabad, where Germany ran a base until 2012, was taken"
                if P.YEARS_AFTER_RE.search(sentence, max(0, expression.start - 80), expression.start):
                    continue  # "took Kabul, almost 25 years after they first captured it in 1996": the past as contrast
                if P.SINCE_YEAR_RE.search(sentence[: expression.start]):
                    continue
                if expression.phrase.lower().startswith("since") and (
                        not P.PAST_PERFECT_BEFORE_RE.search(sentence, max(0, expression.start - 80), expression.start)
                        or any(e.date_start is not None and not self._outside_period(e) for e in self.expressions(index))):
                    continue  # "at the airport since 2015" runs up to now (but "had been stationed there since 2006" ended, unless the sentence is dated now)
                return True
        return False

    def _before_period(self, date_start: date, date_end: date) -> bool:
        """True for a time in a past year that ends before the theatre's period ("in 1996", "in October 2015")."""
        return self.x.period is not None and date_start.year < self.published.year and date_end < self.x.period[0]

    def _outside_period(self, expression: DateExpression) -> bool:
        """True for a date in a past year that ends before the theatre's period ("in 1996"; without a period, any past
        year), or, in writing done after the period, a calendar date after it ("in March 2022")."""
        if self.x.period is None:
            return expression.date_start.year < self.published.year
        before = self._before_period(expression.date_start, expression.date_end)
        after = self._written_after_period and expression.kind in CALENDAR_KINDS and expression.date_start > self.x.period[1]
        return before or after

    def dated_between(self, index: int, start: int, end: int) -> bool:
        """True when a usable (not historical) date phrase lies in the sentence's stretch start:end."""
        return any(start <= e.start < end and not e.is_history for e in self.expressions(index))

    def date_for(self, index: int, position: int, clause: tuple[int, int], *, onsets: bool = True,
                 until: int | None = None) -> tuple[DateExpression | None, str]:
        """Return the date expression for a report at absolute position, and its basis.

        Dates from `until` on belong to places dated apart later in the sentence ("Aibak is the sixth
        capital lost, after Zaranj on Friday"): they do not date this report.

        Without `onsets`, a date that only says when something began ("a siege that began in late
        July", "since early July") does not date the report: a capture is not dated by its siege.
        """
        described, sentence_start = self.descriptions.get(index, ()), self.spans[index].start
        # "Lashkar Gah, the town which the Taliban attacked last week, has fallen": last week dates the attack, not the fall
        # "Ghazni, ringed since the middle of July, opened its gates on Thursday": the aside's date is the siege's, not the fall's
        asides = [(a, b) for a, b in self.participle_asides.get(index, ()) if not a <= position - sentence_start < b]
        own = [e for e in self.dates_in(index) if not any(a <= e.start - sentence_start < b for a, b in chain(described, asides))
               and (until is None or e.start < until)]
        if not onsets:
            own = [e for e in own if not P.ONSET_BEFORE_RE.search(self.text, max(0, e.start - 30), e.start)]
        if own:
            in_clause = [e for e in own if clause[0] <= e.start < clause[1]]
            if not in_clause:  # "Thursday, Aug. 12: Herat, besieged since late July, falls; ...": the line's leading date
                lead = self._leading_date(index, own, slack=15)
                if lead is not None:
                    return lead, "sentence"
            pool = in_clause or own
            return min(pool, key=lambda e: abs(e.start - position)), "sentence"
        lead = self._line_lead_date(index)
        if lead is not None:
            return lead, "paragraph-before"
        paragraph = self.spans[index].paragraph
        for previous in range(index - 1, -1, -1):
            if self.spans[previous].paragraph != paragraph:
                break
            if self.spans[previous].heading:
                continue
            dated = self.dates_in(previous)
            # "... since August 14th. About 5,800 US troops are at the airport": a beginning is no day the next sentence
            # happened on, but the time from it to the writing
            points = [e for e in dated if not self._is_onset(e)]
            if points:
                return points[-1], "paragraph-before"
            if dated and (running := self._since_window(index, dated[-1])):
                return running, "paragraph-before"
        for following in range(index + 1, len(self.spans)):
            if self.spans[following].paragraph != paragraph:
                break
            if self.spans[following].heading:
                continue
            dated = [e for e in self.dates_in(following) if e.kind not in CONTEXT_RELATIVE]  # "Zaranj fell. The next day ...": not then
            if dated:
                return dated[0], "paragraph-after"
        return None, "publication"

    def _running_since(self, index: int, clause: tuple[int, int], *, in_period: bool = False) -> DateExpression | None:
        """For a clause whose only date says when something began ("since Tuesday", "since August 14"), the
        window from that day to the day of writing; None otherwise."""
        in_clause = [e for e in self.dates_in(index) if clause[0] <= e.start < clause[1] and e.date_start is not None]
        if len(in_clause) != 1 or not self._is_onset(in_clause[0]):
            return None
        return self._since_window(index, in_clause[0], in_period=in_period)

    def _since_window(self, index: int, onset: DateExpression, *, in_period: bool = False) -> DateExpression | None:
        """The window from the day something began to the day of writing; None if it began later (or, with
        in_period, before the theatre's period: "in government hands since November 2001" dates no hold)."""
        now = self._section_day(index)
        if onset.date_start > now or (in_period and self.x.period is not None and onset.date_start < self.x.period[0]):
            return None
        precision = DAY if onset.date_start == now else WEEK if (now - onset.date_start).days <= 7 else MONTH
        return DateExpression(onset.start, onset.end, onset.phrase, onset.kind, onset.date_start, now, precision, now)

    def _is_onset(self, expression: DateExpression) -> bool:
        """True for a date that says when something began: "since August 14th", "since the 14th"."""
        return expression.phrase.lower().startswith("since") or bool(P.SINCE_BEFORE_RE.search(self.text, max(0, expression.start - 12), expression.start))

    def _line_lead_date(self, index: int) -> DateExpression | None:
        """The date leading the line this sentence is on, as in a timeline ("Aug. 13: Kandahar is
        overrun. Qalat and Tirin Kot follow."); None when the line does not start with one."""
        line_start = self.text.rfind("\n", 0, self.spans[index].start) + 1
        first = index
        while first > 0 and self.spans[first - 1].start >= line_start:
            first -= 1
        if first == index:
            return None
        return self._leading_date(first, self.dates_in(first), slack=3)

    def _leading_date(self, index: int, dated: list[DateExpression], slack: int) -> DateExpression | None:
        """The date starting within `slack` characters of the sentence and followed by a colon or dash ("Aug. 13:")."""
        start = self.spans[index].start
        return next((e for e in dated if e.start - start <= slack and P.LEAD_COLON_RE.match(self.text, e.end)), None)

    # -- sentences -------------------------------------------------------------------------
    def _hits_in(self, span: Span, raw_hits) -> list[_Hit]:
        """The gazetteer's matches in a sentence, with offsets within it."""
        return [_Hit(s - span.start, e - span.start, tuple(p), self.text[s:e]) for s, e, p in raw_hits]

    def _sentence(self, index: int, span: Span, sentence: str, raw_hits) -> tuple[list[dict], list]:
        """The sentence's reports, and the trigger phrases found in it."""
        hits = self._hits_in(span, raw_hits)
        at_line_start = span.start == 0 or self.text[span.start - 1] == "\n"
        header = _list_header(sentence, hits, self.x.vocabulary.list_header_types) if at_line_start else None
        if header:
            self.list_context = (header, span.paragraph)
            return [], []
        triggers = self._with_triggers_around_speech_tags(sentence, self.x.vocabulary.find_triggers(sentence))
        listed = self._list_items(index, span, sentence, hits, at_line_start)
        if not triggers:
            return listed, triggers
        territorial_triggers = any(V.TRIGGERS[int(t.lastgroup[1:])].event_type in V.TERRITORIAL for t in triggers)
        mentions: list[dict] = []
        name_starts = {h.start for h in hits}  # places named, not referred to ("its edges")
        hits = sorted(hits + self._anaphors(index, span, sentence, hits), key=lambda h: h.start)
        renamed, hits = _one_of_two_names(sentence, hits)
        def dated_to_history(start: int, end: int) -> bool:
            return any(start <= e.start < end and e.date_start is not None and self._outside_period(e)
                       and not e.phrase.lower().startswith("since") for e in self.expressions(index))  # ("fell for the first time since 2001")
        analysis, masked, self.descriptions[index] = _mask_appositives(
            renamed, hits, self.x.vocabulary.trigger_re, self.x.actor_pattern, dated_to_history)
        hits = [h for h in hits if not _inside(h, masked)]
        self.participle_asides[index] = _participle_asides(analysis, hits)
        kept = [t for t in triggers if not any(a <= t.start() < b for a, b in masked)]
        if len(kept) < len(triggers):  # a phrase begun inside an aside may have hidden one around it ("troops – ... soldiers – guarded the airfield")
            kept = [t for t in self.x.vocabulary.find_triggers(analysis) if not any(a <= t.start() < b for a, b in masked)]
        triggers = kept
        clauses = _clauses(analysis)
        trigger_spans = [(t.start(), t.end()) for t in triggers]
        self.hold_spans = [(t.start(), t.end()) for t in triggers if V.TRIGGERS[int(t.lastgroup[1:])].event_type == V.HELD]
        topic = _heading_topic(sentence, hits)
        captured_targets: list[list[_Hit]] = []  # the places each capture trigger took, in order
        capture_ends: list[int] = []  # where the triggers that made a capture end
        unless_captured: list[dict] = []  # reports that stand only if the sentence tells no fall of their place
        sieges_before_fall: list[re.Match] = []  # "Maimana, which had resisted a Taliban siege, was given up": the siege waits for the fall
        self.claimed_places: set[int] = set()
        for match in triggers:
            trigger = V.TRIGGERS[int(match.lastgroup[1:])]
            clause = _clause_of(clauses, match.start())
            if trigger.event_type in V.TERRITORIAL:
                if trigger.follows_capture and P.AVERTED_BEFORE_RE.search(analysis, max(0, match.start() - 40), match.start()):
                    continue  # "handed over to avoid a siege", "sparing residents a month of fighting"
                fought_in = next((h for h in hits if trigger.follows_capture and (h.start in name_starts or not h.surface.lower().startswith(("its", "their"))) and h.place.kind in (CAPITAL, PROVINCE)
                                  and P.FIGHTING_PLACE_GAP_RE.fullmatch(analysis, match.end(), h.start)), None)
                if fought_in:  # "after weeks of fighting in Kandahar had drawn away its defenders": Kandahar's, not the fall's
                    targets = _with_conjoined_after(analysis, fought_in, [h for h in hits if h.start > fought_in.end and h.place.kind in (CAPITAL, PROVINCE)])
                else:
                    targets = self._territorial_targets(trigger, match, analysis, hits, clause, clauses, trigger_spans)
                if not targets and trigger.follows_capture and captured_targets:
                    # "fell on Friday after a two-week siege": the siege of what fell, within the same part of a list
                    # (of the fall told last: "Gardez and Asadabad fell, while Maimana surrendered after a siege")
                    boundary = analysis.rfind(";", 0, match.start())
                    targets = [h for h in captured_targets[-1] if h.start > boundary]
                    # "had taken Herat and Ghazni, whose governor gave up the city after two days of street fighting": Ghazni's
                    opener = _last_match(P.RELATIVE_OPENER_RE, analysis, boundary + 1, match.start())
                    own = [h for h in targets if opener and 0 <= opener.start() - h.end <= 1]
                    targets = own or targets
                if not targets and trigger.follows_capture and not captured_targets:
                    targets = self._siege_ended_by_last_fall(index, span, analysis, match, triggers)
                    if (not targets and P.FIGHT_ENDED_BEFORE_RE.search(analysis, max(0, match.start() - 30), match.start())
                            and not _tells_a_fall([t for t in triggers if t.start() > match.start()])
                            and all(P.CITY_PART_OBJECT_RE.match(analysis, t.end()) for t in triggers if t.start() < match.start() and _tells_a_fall([t]))):
                        # "In Lashkar Gah, ... soldiers left on Friday, ending more than two weeks of street fighting", "In Lashkar
                        # Gah, the insurgents took the police headquarters after two weeks of street fighting" (a fall told before
                        # took only part of the city; not "In Kabul, families fleeing weeks of fighting", nor "In Herat, the
                        # Taliban seized the Islam Qala border crossing after two weeks of fighting")
                        targets = self._fronted_city(analysis, clause, hits, match)
                    if not targets:
                        sieges_before_fall.append(match)
                if not targets and (group := P.PLURAL_RESUMPTIVE_RE.fullmatch(analysis, clause[0], match.start())):
                    targets = self._places_taken_up(index, span, match, P.GROUP_COUNTS[(group.group("both") or group.group("count")).lower()])
                if not targets and trigger.event_type in (V.CONTESTED, V.HELD) and trigger.direction == V.RIGHT and P.CITY_PART_OBJECT_RE.match(analysis, match.end()):
                    # "In Kandahar city, clashes continued in PD-6 and PD-7 areas", "In Lashkar Gah, an attempt to storm the prison was thrown back"
                    targets = self._fronted_city(analysis, clause, hits, match)
                    if (not targets and trigger.event_type == V.CONTESTED and captured_targets
                            and P.AFTER_SUBJECT_GAP_RE.fullmatch(analysis, captured_targets[-1][-1].end, match.start())):
                        targets = captured_targets[-1]  # "Farah fell after the militants attacked the governor's compound"
                if not targets and topic and match.start() > topic[-1].end and _takes_no_object(sentence, match, trigger):
                    targets = topic
                if not targets and trigger.refers_back and not (P.GATES_RE.search(match.group())
                                                                and P.GATED_BUILDING_RE.search(analysis, max(0, match.start() - P.GATED_BUILDING_WINDOW), match.start())):
                    # (but "crowds at the gates" of an airport or a museum named before are not at the city's)
                    named_here = [h for h in hits if h.start >= match.end() and h.place.kind in (CAPITAL, PROVINCE)
                                  and P.BUILDING_IN_GAP_RE.fullmatch(analysis, match.end(), h.start)]
                    fronted = (P.FRONTED_NAME_RE.match(analysis, clause[0]) or P.FRONTED_NAME_RE.match(analysis)) if not named_here else None
                    fronted_hits = [h for h in hits if fronted and fronted.start() <= h.start < fronted.end()]
                    building_in = P.BUILDING_IN_GAP_RE.match(analysis, match.end()) if not named_here else None
                    post_in = P.POST_IN_GAP_RE.match(analysis, match.end()) if not named_here else None
                    if (building_in and analysis[building_in.end() : building_in.end() + 1].isupper()) or (
                            post_in and not any(h.start == post_in.end() for h in hits)):
                        referent = None  # "the governor's compound in Arghandab district", "a security post in Nad Ali": a place we do not know, not the city
                    elif fronted_hits and fronted_hits[0].place.kind == CAPITAL:  # "In Kandahar, speaking in Kabul, the governor said ..."
                        referent = fronted_hits[0]
                    elif (trigger.event_type == V.HELD and not fronted and not any(h.end <= match.start() and h.place.kind in (CAPITAL, PROVINCE) for h in hits)
                          and (attacked := self._attacked_before(index))):
                        referent = _Hit(match.end(), match.end(), (attacked,), "")  # the attack repelled is the one told before
                    elif fronted and not fronted_hits:  # "In Spin Boldak, the police headquarters had been taken": a place we do not know
                        referent = None
                    else:
                        referent = named_here[0] if named_here else self._referent(index, span, match.end(), match.end(), "")
                        if (referent and not named_here and trigger.event_type == V.HELD and trigger.direction == V.EITHER
                                and not self._fight_told_around(referent, span)):
                            referent = None  # "Families from Kunduz fled to Kabul. An attack on the prison was repelled": no fight told of the place last named
                        if referent and referent.context_start is not None and self._told_as_history(referent.context_start):
                            referent = None  # "The Taliban attacked Kunduz in 2015. Its defenders had beaten off a first assault"
                    if referent and trigger.event_type == V.HELD and not named_here and not self._names_attacking_side(match.group()) and (
                            referent.place.name in self.fallen_places or self._holding_side_attacked(index - 2, index, span.start + match.start())):
                        referent = None  # "Kunduz fell on Sunday ...", "Commandos tried to retake Kunduz. The attack was repelled": the Taliban held
                    targets = [referent] if referent else []
                    if named_here:  # "over the governor's compounds in Tirin Kot, in Uruzgan, and Qalat"
                        targets = _with_conjoined_after(analysis, referent, [h for h in hits if h.start > referent.end and h.place.kind in (CAPITAL, PROVINCE)])
                if trigger.event_type == V.CAPTURED:
                    if targets:
                        captured_targets.append(targets)
                several = sum(not t.dated_apart for t in targets) > 1
                dated_apart_from = min((t.start for t in targets if t.dated_apart and t.start > match.end()), default=None)
                for hit in targets:
                    made = self._territorial(index, span, sentence, analysis, trigger, match, hit, clause, listed=several or hit.dated_apart, hits=hits,
                                             after_capture=any(end <= match.start() for end in capture_ends),
                                             dates_until=dated_apart_from)
                    if any(m["event_type"] == V.CAPTURED for m in made):
                        capture_ends.append(match.end())
                    if made or not P.STRIKE_VERB_RE.search(analysis, clause[0], clause[1]):
                        self.claimed_places.add(hit.start)  # a place reported on is not also a strike's target
                    if trigger.unless_captured:
                        unless_captured.extend(made)
                    else:
                        mentions.extend(made)
        for match in sieges_before_fall:
            mentions.extend(self._siege_of_later_fall(index, span, sentence, analysis, match, hits, clauses, captured_targets))
        fallen = {m["location"] for m in mentions if m["event_type"] == V.CAPTURED}
        mentions.extend(m for m in unless_captured if m["location"] not in fallen)
        if listed and not (territorial_triggers and listed[0]["event_type"] == V.CONTESTED):
            # "* MAZAR, BALKH - ... remained under government control": the line says itself; but under "CAPITALS TAKEN",
            # "Faizabad – taken on Wednesday after two days of clashes on its outskirts" tells only the fight before the fall
            # (under a header of fighting, a line with a word of its own on the territory says itself: "no attack on the centre")
            told = {m["location"] for m in mentions if m["event_type"] in V.TERRITORIAL and m["event_type"] != V.CONTESTED}
            mentions.extend(m for m in listed if m["location"] not in told)
        for match in triggers:
            trigger = V.TRIGGERS[int(match.lastgroup[1:])]
            if trigger.event_type not in V.TERRITORIAL:
                clause = _clause_of(clauses, match.start())
                clause = (clause[0], max(clause[1], _clause_of(clauses, match.end() - 1)[1]))  # "US troops, who now control Kabul airport"
                if trigger.event_type == V.DEPLOYMENT and (aside := P.RELATIVE_ASIDE_RE.match(analysis, match.end())):
                    clause = (clause[0], max(clause[1], aside.end()))  # "Turkish soldiers, who have served at Hamid Karzai International Airport, ..."
                free = [h for h in hits if h.start not in self.claimed_places]
                mentions.extend(self._non_territorial(index, span, sentence, analysis, trigger, match, free, clause, triggers))
        return mentions, triggers

    def _fronted_city(self, analysis: str, clause: tuple[int, int], hits: list[_Hit], match: re.Match) -> list[_Hit]:
        """The capital named in a locative phrase that opens the sentence or the trigger's clause, when no other capital
        or province is named between it and the trigger ("Meanwhile, in the southern city of Lashkar Gah, the Taliban
        have reached the gates of the governor's compound")."""
        for start in dict.fromkeys((clause[0], 0)):
            fronted = P.FRONTED_CITY_RE.match(analysis, start)
            if fronted is None or fronted.end() > match.start():
                continue
            named = [h for h in hits if fronted.start() <= h.start < fronted.end() and (
                h.place.kind == CAPITAL or (h.place.kind == PROVINCE and P.PROVINCE_WORD_AFTER_RE.match(analysis, h.end)))]
            between = [h for h in hits if fronted.end() <= h.start < match.start() and h.place.kind in (CAPITAL, PROVINCE)
                       and not P.LANDMARK_BEFORE_RE.search(analysis, max(0, h.start - 30), h.start)]  # (not "north of the capital")
            if named and not between:
                return [next((h for h in reversed(named) if h.place.kind == CAPITAL), named[-1])]  # (the city, not its province in an apposition)
        return []

    def _our_speaker(self, analysis: str, end: int) -> str | None:
        """Who says "our" before end: "official" or "side" (the one that takes territory), the nearer of the two when
        both speak ("The Taliban said ..., but the governor said"); when neither does, the first named after the quote
        ('"But the city is still ours," the governor's spokesman said'); None when no one speaks."""
        side_said, official_said = self._speakers(analysis, 0, end)
        if side_said or official_said:
            return "official" if max((b for _, b in official_said), default=-1) > max((b for _, b in side_said), default=-1) else "side"
        quote_end = P.QUOTE_CLOSE_RE.search(analysis, end)
        if quote_end is None:
            return None
        side_said, official_said = self._speakers(analysis, quote_end.end(), len(analysis))
        if not side_said and not official_said:
            return None
        return "official" if min((a for a, _ in official_said), default=len(analysis)) < min((a for a, _ in side_said), default=len(analysis)) else "side"

    def _speakers(self, analysis: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The spans between start and end where the side speaks ("Taliban officials said", a claim) and where the
        government's officials do (an official of the side's is the side's)."""
        side_said = [(c.start(), c.end()) for c in self.x.vocabulary.claim_re.finditer(analysis, start, end) if not c.group().lower().startswith("claim")]
        side_said += [(m.start(), role.end()) for m in self.x.actor_pattern.finditer(analysis, start, end)
                      if self._is_territorial_actor(m) and (role := P.SIDE_ROLE_AFTER_RE.match(analysis, m.end()))]  # "Taliban officials said"
        official_said = [(m.start(), m.end()) for m in P.OFFICIAL_RE.finditer(analysis, start, end) if not any(a <= m.start() < b for a, b in side_said)]
        return side_said, official_said

    def _fight_told_around(self, referent: _Hit, span: Span) -> bool:
        """True when a place referred back to is named in this sentence, opens its own, or is named where fighting is
        told."""
        if referent.context_start is None:
            return True
        opens = any(referent.context_start <= start <= referent.context_start + 4 and places[0].iso_code == referent.place.iso_code
                    for start, _, places in self.place_hits)  # "Mazar-i-Sharif (Balkh): no change. An attack ... was repelled"
        return opens or bool(self.x.vocabulary.attacker_re.search(self.text, referent.context_start, span.start))

    @staticmethod
    def _told_of_another(analysis: str, hits: list[_Hit], hit: _Hit, repelled: re.Match, end: int) -> bool:
        """True when a repulse belongs to another city, named before it, and a new clause starts before this place:
        "Taloqan beat back an assault on Sunday, and Maimana has been cut off since July"."""
        joint = analysis.find(", and ", repelled.end(), end)
        return joint >= 0 and any(h.end <= repelled.start() and h.place.kind in (CAPITAL, PROVINCE) and h.place.iso_code != hit.place.iso_code
                                  for h in hits)

    def _siege_of_later_fall(self, index: int, span: Span, sentence: str, analysis: str, match: re.Match, hits: list[_Hit],
                             clauses, captured_targets: list[list[_Hit]]) -> list[dict]:
        """A siege told before the fall it led to, of the place that fell next within the same part of a list:
        "Maimana, which had resisted a Taliban siege for three weeks, was given up on Saturday"."""
        part_start = analysis.rfind(";", 0, match.start())
        part_end = analysis.find(";", match.end())
        part_end = len(analysis) if part_end < 0 else part_end
        fell = next(([t for t in targets if part_start < t.start < part_end] for targets in captured_targets
                     if any(part_start < t.start < part_end for t in targets)), [])
        trigger = V.TRIGGERS[int(match.lastgroup[1:])]
        clause = _clause_of(clauses, match.start())
        return [made for hit in fell
                for made in self._territorial(index, span, sentence, analysis, trigger, match, hit, clause, listed=len(fell) > 1, hits=hits)]

    def _siege_ended_by_last_fall(self, index: int, span: Span, analysis: str, match: re.Match, triggers: list) -> list[_Hit]:
        """The place whose fall the sentence before told, for a siege this sentence ends and names no place for, and
        tells no fall of its own: "The capture of Lashkar Gah was confirmed. ... allowed to leave, ending a siege of
        more than two weeks"."""
        if not P.SIEGE_ENDED_BEFORE_RE.search(analysis, max(0, match.start() - 12), match.start()) or not self._in_capture_run(index, 1):
            return []
        if _tells_a_fall(triggers):
            return []
        referent = self._referent(index, span, match.start(), match.end(), "")
        return [referent] if referent else []

    def _with_triggers_around_speech_tags(self, sentence: str, triggers: list) -> list:
        """The triggers, and those a speech tag splits ("China's embassy, a spokesman in Beijing said on Tuesday, also
        remains open"), read as if the tag were not there."""
        tags = list(P.SPEECH_TAG_RE.finditer(sentence))
        if not tags:
            return triggers
        untagged = _blanked(sentence, [(tag.start() + 1, tag.end() - 1) for tag in tags])
        spanning = [t for t in self.x.vocabulary.find_triggers(untagged)
                    if any(t.start() < tag.start() and tag.end() <= t.end() for tag in tags)
                    and not any(t.start() < o.end() and o.start() < t.end() for o in triggers)]
        return sorted(triggers + spanning, key=lambda t: t.start()) if spanning else triggers

    def _anaphors(self, index: int, span: Span, sentence: str, hits: list[_Hit]) -> list[_Hit]:
        """Hits for "the city", "its outskirts", "it fell", "the capital": the place they refer back to."""
        found: list[_Hit] = []
        taken = [(h.start, h.end) for h in hits]
        for match in P.ANAPHOR_RE.finditer(sentence):
            if any(a <= match.start() < b for a, b in taken):
                continue
            headed = [h for h in hits if 0 <= match.start() - h.end <= 40 and (
                P.HEADED_GAP_RE.fullmatch(sentence, h.end, match.start())
                or (P.COMMA_GAP_RE.fullmatch(sentence, h.end, match.start()) and P.FRONTED_LOCATIVE_RE.fullmatch(sentence, 0, h.start)))]
            if headed and headed[-1].place.kind in (CAPITAL, PROVINCE):  # "Herat: the western city was taken late on Thursday", "In Kunduz, the city had been encircled"
                found.append(_Hit(match.start(), match.end(), headed[-1].places, match.group()))
                continue
            if match.group("there") and not P.HOLDOUT_SITE_BEFORE_RE.search(sentence, 0, match.start()):
                continue  # "held out there" is the city's only after a retreat to its base or airport, not to a valley or a border
            if match.group("its") and P.DISTRICT_AND_BEFORE_RE.search(sentence, max(0, match.start() - 30), match.start()):
                continue  # "attacked Arghandab district and its southern approaches": the district's
            if match.group("its") and P.AIRPORT_AFTER_RE.match(sentence, match.end()):
                if self._airport_abroad_after(sentence, match.end()):
                    continue  # "had landed at its airport in Termez"
                subjects = [h for h in hits if h.end <= match.start() and h.place.kind == CAPITAL
                            and not P.GOVERNED_NAME_BEFORE_RE.search(sentence, max(0, h.start - 12), h.start)]
                if subjects:  # "Sheberghan falls one day after Zaranj, soldiers still holding its airport": the subject's
                    found.append(_Hit(match.start(), match.end(), subjects[-1].places, match.group()))
                    continue
            if match.group("garrison") and index > 0:
                dated_before = [e for e in self.expressions(index - 1) if e.date_start is not None]
                if dated_before and all(self._outside_period(e) for e in dated_before):
                    continue  # "The Taliban attacked Kunduz in 2015. Its defenders had beaten off a first assault": that year's defenders
            if match.group("its_fall"):  # "Ghazni is only 150 km from Kabul, and its fall ...": the place the sentence is about
                ungoverned = [h for h in hits if h.end <= match.start() and h.place.kind in (CAPITAL, PROVINCE)
                              and not _governed(sentence, h) and not _modifier_use(sentence, h)]
                if ungoverned:
                    found.append(_Hit(match.start(), match.end(), ungoverned[-1].places, match.group()))
                if ungoverned or any(h.end <= match.start() for h in hits):
                    continue
            if any(0 <= h.start - match.end() <= 3 or 0 <= match.start() - h.end <= 3 for h in hits):
                continue  # "the provincial capital, Pul-i-Alam", "Herat, the western city": named right here
            if any(P.NAMED_AFTER_RE.fullmatch(sentence, match.end(), h.start) for h in hits if h.start >= match.end()):
                continue  # "the airport in Kabul": named right after
            fronted = P.FRONTED_PHRASE_RE.match(sentence)
            if fronted and match.end() <= fronted.end() and not match.group("province"):
                later = [h for h in hits if h.start >= fronted.end() and h.place.kind == CAPITAL]
                if later:  # "after two weeks of fighting on the city's outskirts, the Taliban entered Herat"
                    found.append(_Hit(match.start(), match.end(), later[0].places, match.group()))
                    continue
            if match.group().lower().startswith(("their", "his", "her")):
                # "several Ghazni families left for Kabul as fighting reached the edges of their city": the people's city;
                # "a Herat-based film maker ... since her city came under Taliban control": the person's
                people = [h for h in hits if h.end <= match.start() and h.place.kind == CAPITAL and P.PEOPLE_AFTER_RE.match(sentence, h.end)]
                if people:
                    found.append(_Hit(match.start(), match.end(), people[-1].places, match.group()))
                    continue
            valley = match.group("province") and match.group("province").lower() == "valley"
            referent = (self._valley_referent(span, match) if valley else None) or self._referent(
                index, span, match.start(), match.end(), match.group(), province=bool(match.group("province")))
            if referent is not None and match.group("its") and P.QUARTER_DISTRICTS_AFTER_RE.match(sentence, match.end()) and (
                    [h.place.kind for h in hits if h.end <= match.start()] or [referent.place.kind])[-1] == PROVINCE:
                continue  # "Helmand is quiet, though fighting has raged in its southern districts": the province's, not a city's
            if referent is not None:
                found.append(referent)
                self.resolved_anaphors.append((span.start + match.start(), referent.place, index))
        for match, iso_code in self.x.epithets_in(sentence):
            if not any(a <= match.start() < b for a, b in taken):
                apposed = [h for h in hits if h.end <= match.start() and P.APPOSED_EPITHET_GAP_RE.fullmatch(sentence, h.end, match.start())
                           and P.APPOSITION_CLOSED_RE.match(sentence, match.end()) and not P.GOVERNED_NAME_BEFORE_RE.search(sentence, 0, h.start)]
                places = apposed[-1].places if apposed else (self.x.gazetteer.capital_of(iso_code),)
                found.append(_Hit(match.start(), match.end(), places, match.group()))
        for capital in self.x.vocabulary.national_capital_re.finditer(sentence):
            if not any(a <= capital.start() < b for a, b in taken):
                found.append(self._national_capital_hit(capital))
        return found

    def _referent(self, index: int, span: Span, start: int, end: int, surface: str, *, province: bool = False) -> _Hit | None:
        """A hit at start:end of the sentence for the capital (or province) of the place last named."""
        antecedent = self._antecedent(index, span.start + start)
        if antecedent is None:
            return None
        place, context_start = antecedent
        try:
            target = self.x.gazetteer.province(place.iso_code) if province else self.x.gazetteer.capital_of(place.iso_code)
        except KeyError:
            return None
        return _Hit(start, end, (target,), surface, None if context_start >= span.start else context_start)

    def _valley_referent(self, span: Span, match: re.Match) -> _Hit | None:
        """The province last named as a valley anywhere earlier in the article ("the Panjshir valley ... [paragraphs
        later] heavy fighting was reported in the valley"): a valley is named rarely and stays the topic."""
        position = span.start + match.start()
        for start, end, places in reversed(self.place_hits):
            if end <= position and places[0].kind in (CAPITAL, PROVINCE) and P.VALLEY_AFTER_RE.match(self.text, end):
                if any(named.start() >= end for named in P.VALLEY_NAME_RE.finditer(self.text, end, position)):
                    return None  # "the Panjshir valley ... the Andarab valley ... the valley": the later one, no province
                try:
                    return _Hit(match.start(), match.end(), (self.x.gazetteer.province(places[0].iso_code),), match.group())
                except KeyError:
                    return None
        return None

    def _antecedent(self, index: int, position: int) -> tuple[Place, int] | None:
        """The most recent capital or province named before position, or referred to by an anaphor already
        resolved ("Kabul ... the city ... the city"), within a few sentences."""
        named = self._named_antecedent(index, position)
        for offset, place, sentence_index in reversed(self.resolved_anaphors):
            if offset >= position:
                continue
            if (named is None or offset > named[2]) and self.sentence_rank[index] - self.sentence_rank[sentence_index] <= P.ANAPHOR_SENTENCES_BACK \
                    and self.paragraph_rank[index] - self.paragraph_rank[sentence_index] <= 2:
                return place, self.spans[sentence_index].start
            break
        return named[:2] if named else None

    def _named_antecedent(self, index: int, position: int) -> tuple[Place, int, int] | None:
        """The most recent capital or province named before position, within a few sentences (a name used
        as a modifier is none, except of an airport: "the Kunduz airport ... the city"), and where it stands."""
        where_spoken = None  # "Speaking in Kabul, the minister said the city was secure": the topic only when none other is named
        for order in range(len(self.place_hits) - 1, -1, -1):
            start, end, places = self.place_hits[order]
            if end > position:
                continue
            sentence_index = self.hit_sentence.get(start)
            if sentence_index is None or self.sentence_rank[index] - self.sentence_rank[sentence_index] > P.ANAPHOR_SENTENCES_BACK:
                return where_spoken
            if self.paragraph_rank[index] - self.paragraph_rank[sentence_index] > 2:
                return where_spoken
            place = places[0]
            if place.kind not in (CAPITAL, PROVINCE):
                continue
            if P.ROUTE_NAME_AFTER_RE.match(self.text, end):
                continue  # "checkpoints near the Kabul–Gardez highway ... The city": a road's name, not the topic
            if V.MODIFIER_NOUNS_RE.match(self.text, end) and not P.LOCAL_MODIFIER_RE.match(self.text, end):
                continue  # "the Kabul government" is no topic; "Helmand police said ... the city", "the Kunduz airport ... the city" are
            if order and self._in_appositive(order, sentence_index):
                continue  # "Kunduz, the north's biggest prize after Mazar-i-Sharif, fell ... at the city's airport"
            if P.LANDMARK_BEFORE_RE.search(self.text, max(0, start - 40), start):
                continue  # "Pul-i-Alam, 60km south of Kabul, fell ... on its outskirts": a landmark, not the topic
            sentence_start = self.spans[sentence_index].start
            dateline = P.DATELINE_RE.match(self.text[sentence_start : sentence_start + 80])
            if dateline and start - sentence_start < dateline.end():
                continue  # "KABUL, Afghanistan — ...": where the story was filed
            if P.PASSING_MENTION_BEFORE_RE.search(self.text, max(0, start - 40), start):
                continue  # "as he headed to Kabul ... handing over the city": Kabul is not the city
            if P.SPEAKING_IN_BEFORE_RE.search(self.text, max(0, start - 40), start):
                if sentence_index == index and self._only_place_near(index, start):
                    where_spoken = where_spoken or (place, self.spans[sentence_index].start, start)
                continue  # "Fighting raged in Kunduz. Speaking in Kabul, a spokesman said the city ...": Kunduz
            if P.SENT_FROM_BEFORE_RE.search(self.text, max(0, start - 50), start):
                continue  # "more commandos arrived yesterday from Kabul": where help came from, not the topic
            if P.ORIGIN_LIST_BEFORE_RE.search(self.text, max(0, start - 80), start) or (
                    P.FROM_BEFORE_RE.search(self.text, max(0, start - 6), start) and P.LIST_GOES_ON_RE.match(self.text, end)):
                continue  # "receiving displaced families from Sheberghan, Kunduz and Samangan. The city ...": origins
            return place, self.spans[sentence_index].start, start
        return where_spoken

    def _only_place_near(self, index: int, start: int) -> bool:
        """True when the capital or province named at start is the only one named in its sentence and the six before it
        (so that "Speaking in Kabul, the governor said the city had been lost" is about Kabul only when nothing else can be)."""
        return not any(hit_start != start and index - 6 <= self.hit_sentence.get(hit_start, -99) <= index and places[0].kind in (CAPITAL, PROVINCE)
                       for hit_start, _, places in self.place_hits)

    def _in_appositive(self, order: int, sentence_index: int) -> bool:
        """True when the place hit at `order` stands in an appositive describing the capital named just before it."""
        head_start, head_end, head_places = self.place_hits[order - 1]
        if self.hit_sentence.get(head_start) != sentence_index or head_places[0].kind != CAPITAL:
            return False
        if self.place_hits[order][2][0].iso_code == head_places[0].iso_code:
            return False  # "Aibak, the capital of northern Samangan province": the same place
        appositive = P.APPOSITIVE_RE.match(self.text, head_end, self.spans[sentence_index].end)
        return bool(appositive) and self.place_hits[order][0] < appositive.end()

    def _places_taken_up(self, index: int, span: Span, match, count: int) -> list[_Hit]:
        """The `count` capitals named in the sentences just before, in the same paragraph ("Kunduz in the morning.
        Then Sar-e Pul. Then Taloqan. All three fell within hours"), as hits at the trigger; none unless exactly that
        many were named and the first of them opens its sentence."""
        named: list[Place] = []
        first = None
        for start, _, places in reversed(self.place_hits):
            if start >= span.start:
                continue
            earlier = self.hit_sentence.get(start)
            if earlier is None or self.paragraph_rank[earlier] != self.paragraph_rank[index] or self.sentence_rank[index] - self.sentence_rank[earlier] > count:
                break
            if places[0].kind == CAPITAL and places[0] not in named:
                named.append(places[0])
                first = (start, earlier)
        if len(named) != count:
            return []  # ("Herat and Kandahar fell. Officials in Kabul were stunned. Both ...": which two is not clear)
        start, earlier = first
        if not P.FRAGMENT_LEAD_RE.fullmatch(self.text, self.spans[earlier].start, start):
            return []  # "The police chiefs of Kunduz and Taloqan fled. Both were captured": the group is of people
        return [_Hit(match.start(), match.start(), (place,), "") for place in reversed(named)]

    def _in_capture_run(self, index: int, back: int) -> bool:
        """True when one of the `back` sentences before this one, in the same or the previous paragraph, reported a fall
        (a caption or an on-screen label in between does not count)."""
        rank, paragraph = self.sentence_rank[index], self.paragraph_rank[index]
        earlier = index - 1
        while earlier >= 0 and rank - self.sentence_rank[earlier] <= back:
            if earlier in self.capture_spans and paragraph - self.paragraph_rank[earlier] <= 1:
                return True
            earlier -= 1
        return False

    def _sequence_fragment(self, index: int, span: Span, sentence: str, hits: list[_Hit], triggers: list) -> list[dict]:
        """A sentence with no verb that names places right after reports of falls ("Then Aibak, the Samangan
        capital, on Monday.", "Gardez too, the same day.") goes on with the run: those places fell too. So does a
        verbless list that gives each place its own day ("Zaranj on Friday, Sheberghan on Saturday, and then ...")."""
        if sentence.rstrip().endswith("?"):
            return []
        places = [h for h in hits if h.place.kind in (CAPITAL, PROVINCE)]
        lead = P.FRAGMENT_LEAD_RE.match(sentence)
        if not places or places[0].start != lead.end() or P.DATELINE_RE.match(sentence):
            return []
        if not P.FRAGMENT_END_RE.search(sentence) or P.LEAD_MARK_RE.match(sentence, places[0].end):
            return []  # "Kunduz" on a line of its own, "Balkh: police said ...", "Kabul/Berlin (dpa) -": headings and leads
        if _modifier_use(sentence, places[0]) or P.AIRPORT_AFTER_RE.match(sentence, places[0].end):
            return []  # "Kabul airport." heading a paragraph: the airport, not the city, and no fall
        clause_end = P.FRAGMENT_CLAUSE_END_RE.search(sentence, places[0].end)
        main = sentence[lead.end() : clause_end.start() if clause_end else len(sentence)]
        main = P.SPEAKER_TAIL_RE.sub("", main)
        if (P.FINITE_VERB_RE.search(main) or P.CONTRAST_FRAGMENT_RE.search(main) or len(P.WORD_RE.findall(main)) > 14
                or (clause_end and clause_end.group().startswith(":"))):
            return []  # "Kabul, meanwhile, quiet."; "Maimana, Faryab: has been under siege"
        just_after_fall = self._in_capture_run(index, 1)
        if main.strip().rstrip(".") == places[0].surface and (not lead.group().strip() or not just_after_fall):
            return []  # a bare name says nothing by itself, nor "Then Kabul." opening a paragraph after the falls
        # the sentence just before reported a fall, or one a little earlier when the fragment says it comes next ("Zaranj went
        # first, on Friday. Nimroz is remote, ... Then Sheberghan on Saturday, Dostum's home town.")
        in_run = just_after_fall or bool(P.NEXT_IN_RUN_RE.search(lead.group()) and not P.HEDGE_RE.search(sentence)
                                         and not V.MODAL_RE.search(sentence) and self._in_capture_run(index, 3))
        relative = clause_end is not None and P.RELATIVE_PRONOUN_RE.match(clause_end.group(), 1)
        if any(t.start() < lead.end() + len(main) or not (relative or (
                V.TRIGGERS[int(t.lastgroup[1:])].event_type not in V.TERRITORIAL and P.CIRCUMSTANCE_BEFORE_RE.search(sentence, lead.end() + len(main), t.start())))
               for t in triggers):
            return []  # the sentence has its own predicate: "Mazar, in the north, and Jalalabad remain in government hands"
        items = _with_conjoined(sentence, places[0], [h for h in places[1:] if h.end <= lead.end() + len(main)])
        own_days = {h.start: day.start - span.start for h in items for day in self.dates_in(index) if 0 <= day.start - (span.start + h.end) <= 4}
        if not in_run and (len(items) < 2 or len(own_days) < len(items)):
            return []
        trigger = V.Trigger(V.CAPTURED, V.RIGHT, "")
        found = []
        for hit in items:
            mention = self._make(index, span, sentence, V.CAPTURED, hit, self.x.territorial_actor, "", trigger, "(sequence)", hit.start,
                                 (0, len(sentence)), claimed=False, position=own_days.get(hit.start, hit.start))
            if mention:
                found.append(mention)
        return found

    def _list_items(self, index: int, span: Span, sentence: str, hits: list[_Hit], at_line_start: bool) -> list[dict]:
        """Lines of a list opened by a header: each item (a place at the start of a line, after a
        bullet, a date or ';') takes the header's event type. A line that is no item closes the list."""
        if self.list_context is None or not at_line_start:
            return []
        event_type, paragraph = self.list_context
        items = _list_item_places(sentence, hits, self.dates_in(index), span.start)
        if not items or span.paragraph - paragraph > 40:
            self.list_context = None
            return []
        actor = self.x.holding_actor if event_type == V.HELD else self.x.territorial_actor
        trigger = V.Trigger(event_type, V.RIGHT, "")
        found = []
        for hit in items:
            mention = self._make(index, span, sentence, event_type, hit, actor, "", trigger, "(list)", hit.start, (0, len(sentence)), claimed=False, position=hit.start)
            if mention:
                found.append(mention)
        return found

    # -- territorial -------------------------------------------------------------------------
    def _territorial_targets(self, trigger, match, analysis, hits, clause, clauses, trigger_spans) -> list[_Hit]:
        resumptive = False
        if trigger.direction != V.RIGHT and P.BUT_START_RE.match(analysis, clause[0], match.start()):
            clause = _with_previous_clause(analysis, clause, clauses)  # "Sar-e Pol is under attack but remains in government hands": the same subject
        elif resumptive := (trigger.direction != V.RIGHT and bool(P.RESUMPTIVE_START_RE.match(analysis, clause[0], match.start()))):
            clause = _with_previous_clause(analysis, clause, clauses, whole_list=True)  # "Gardez, Sharana and Asadabad -- all of them were in Taliban hands"
        elif trigger.direction != V.RIGHT and (P.RELATIVE_CLAUSE_START_RE.match(match.group()) or P.WHERE_CLAUSE_START_RE.match(match.group())) \
                and match.start() <= clause[0] + 2:
            # "Mazar-e-Sharif, which the Taliban have controlled since Saturday", "Kandahar, where fighting has raged since July": its antecedent
            clause = _with_previous_clause(analysis, clause, clauses)
        aside = P.RELATIVE_ASIDE_RE.match(analysis, max(0, clause[0] - 1)) if trigger.direction != V.RIGHT else None
        if aside and aside.end() <= match.start() and (
                any(aside.start() < h.start < aside.end() and h.place.kind in (CAPITAL, PROVINCE) for h in hits)
                or P.AND_NEXT_RE.match(analysis, aside.end())):
            # "Farah and Pul-i-Khumri, which sits astride the highway linking Kabul with the north, both fell": not Kabul;
            # "Kandahar, where fighting had raged since July, and Lashkar Gah passed to the Taliban": both
            clause = _with_previous_clause(analysis, clause, clauses, whole_list=True)
            hits = [h for h in hits if not aside.start() < h.start < aside.end()]
        if trigger.direction == V.RIGHT and (after_aside := P.RELATIVE_ASIDE_RE.match(analysis, max(0, clause[1] - 1))) \
                and (next_item := P.AND_NEXT_RE.match(analysis, after_aside.end())) \
                and any(h.start == next_item.end() and not P.POSSESSIVE_S_RE.match(analysis, h.end) for h in hits):
            # "had taken Herat, where the former governor was later detained, and Ghazni": the list goes on past the aside
            clause = (clause[0], _clause_of(clauses, after_aside.end() + 1)[1])
            hits = [h for h in hits if not after_aside.start() < h.start < after_aside.end()]
        dash_aside = P.DASH_ASIDE_END_RE.search(analysis, max(0, clause[0] - 160), min(len(analysis), clause[0] + 3)) if trigger.direction != V.RIGHT else None
        if dash_aside and dash_aside.end() <= match.start():
            # "Herat – which had held out for two weeks – fell too": the subject stands before the aside
            opening = _clause_of(clauses, max(0, dash_aside.start() - 1))
            clause = (opening[0], clause[1])
            hits = [h for h in hits if not dash_aside.start() < h.start < dash_aside.end()]
        semicolon_items: list[_Hit] = []
        if match.group().rstrip().endswith((":", "-", "\u2013", "\u2014")):  # "six more capitals were lost: Lashkargah, Qala-i-Naw, ..."
            following = [c for c in clauses if c[0] >= clause[1]]
            if following:
                clause = (clause[0], following[0][1])
            semicolon_items = _semicolon_items(analysis, hits, match.end())
        candidates = [h for h in hits if h.place.kind in (CAPITAL, PROVINCE) and clause[0] <= h.start < clause[1]
                      and not P.ROUTE_OBJECT_BEFORE_RE.search(analysis, max(0, h.start - 80), h.start)
                      and not P.BETWEEN_MEMBER_BEFORE_RE.search(analysis, max(0, h.start - 40), h.start)]  # "a district between Pul-i-Alam and Kabul"
        candidates = [h for i, h in enumerate(candidates) if not (
            i and h.place.kind == PROVINCE and candidates[i - 1].place.iso_code == h.place.iso_code
            and P.CONTAINER_BETWEEN_RE.fullmatch(analysis, candidates[i - 1].end, h.start))]  # "Sharana in Paktika": one place
        still_held = trigger.control_state and bool(P.STILL_HOLDING_RE.search(analysis, max(clause[0], match.start() - 30), match.start()))
        foreign_held = trigger.control_state and self._foreign_controller(match, analysis, clause) is not None
        # "Kunduz airport is under the full control of ANDSF": the city's last foothold, held
        government_held = trigger.control_state and self._territorial_actors(trigger, match, analysis, clause)[0] in self.x.government_side
        candidates = [
            h for h in candidates
            if not _modifier_use(analysis, h) or (trigger.event_type in (V.CONTESTED, V.HELD) and P.EDGE_POSSESSIVE_RE.match(analysis, h.end))
            or (trigger.event_type == V.HELD and P.AIRPORT_AFTER_RE.match(analysis, h.end))  # "still holding Kunduz airport": the city's last foothold
            or (trigger.event_type == V.HELD and P.ATTACK_ON_END_RE.search(match.group()) and P.POSSESSIVE_NOUN_RE.match(analysis, h.end))
            or (trigger.event_type == V.CAPTURED and P.AIRPORT_AFTER_RE.match(analysis, h.end) and self._territorial_subject(analysis, clause[0], match.start()))
            or (trigger.control_state and P.AIRPORT_AFTER_RE.match(analysis, h.end) and (still_held or foreign_held or government_held))
        ]  # "fighting in Kandahar's suburbs" is fighting at Kandahar; "the Taliban took full control of Kabul airport": the last of the city;
        # "still in control of the city's airport": the city's last foothold; "US forces, who are in control of Kabul airport": their deployment
        start, end = match.start(), match.end()
        others = [s for s in trigger_spans if s != (start, end)]
        chosen: list[_Hit] = []
        right = self._right(analysis, candidates, end, others, V.HELD if still_held else trigger.event_type)  # "still in control of the airport of the city"
        fronted_ok = trigger.event_type == V.HELD or trigger.transfer or (
            trigger.event_type == V.CAPTURED and trigger.direction == V.LEFT
            and (self._territorial_subject(analysis, clause[0], start) or (P.PARTICIPLE_FALL_RE.match(analysis, start) and P.FRONTED_PLACE_COMMA_RE.fullmatch(analysis, clause[0], start))))  # "In Kunduz, lost on Sunday, ..."
        left = self._left(analysis, candidates, start, others, clause, fronted_ok=fronted_ok,
                          transfer=trigger.transfer, held_until=end if trigger.event_type == V.HELD else None)
        if trigger.direction == V.LOCATIVE:
            return self._locative_targets(analysis, candidates, match, others)
        if trigger.only_earlier:
            return _predecessors(analysis, hits, end, others)
        if trigger.direction == V.RIGHT:
            chosen = right
        elif trigger.direction == V.LEFT:
            chosen = left or (right if trigger.event_type == V.HELD and right and (_is_airport(right[0]) or P.AIRPORT_AFTER_RE.match(analysis, right[0].end)
                                                                                   or P.AIRPORT_HOLDOUT_GAP_RE.fullmatch(analysis, end, right[0].start))
                              else [])  # "soldiers were still holding out at the airport", "... at Kunduz airport", "... at the airport outside Kondoz"
        else:
            right_gap = len(analysis[end : right[0].start].split()) if right else 99
            left_gap = len(analysis[left[0].end : start].split()) if left else 99
            chosen = left if left and left_gap <= right_gap else right
            if chosen and chosen == left and right and left[0].place.kind == PROVINCE and right[0].place.kind == CAPITAL \
                    and right[0].place.province == left[0].place.province:
                chosen = right  # "In Takhar, the enemy was pushed back from the outskirts of Taloqan": the city, not its province
        if resumptive and chosen and chosen == left:  # "news from Sar-e Pul and Taloqan: both fell": the whole list, whatever governs it
            chosen = _with_conjoined_before(analysis, chosen[0], [h for h in candidates if h.end <= chosen[0].start], governed_ok=True)[:-1] + chosen
        if not chosen and trigger.event_type == V.CAPTURED and P.CAPITALS_SUBJECT_RE.search(analysis, clause[0], start):
            among = P.AMONG_THEM_RE.match(analysis, end)  # "four more capitals had fallen, among them Kunduz"
            following = [h for h in candidates if h.start == among.end()] if among else []
            if following:
                chosen = _with_conjoined(analysis, following[0], [h for h in candidates if h.start > following[0].end])
        relative = relative_start = P.RELATIVE_START_RE.match(analysis[clause[0] : start])
        if relative and trigger.direction == V.RIGHT and not P.OBJECT_RELATIVE_RE.match(relative.group()) and P.HAS_OBJECT_RE.match(analysis, end):
            relative = None  # "in Herat province, where the Taliban were surrounding the dam": the object is the dam
        if (relative_start and chosen and chosen == right and trigger.direction == V.RIGHT
                and (aside := P.RELATIVE_ASIDE_RE.match(analysis, max(0, clause[0] - 1))) and end <= aside.end() <= right[0].start
                and P.LIST_AND_GAP_RE.fullmatch(analysis, aside.end(), right[0].start) and not P.APPOSED_NOUN_END_RE.search(aside.group())):
            chosen = []  # "Sar-e Pul, where fighters had been at the gates since Friday, and Taloqan ...": the gates are Sar-e Pul's
            if P.CITY_PART_OBJECT_RE.match(analysis, end):
                relative = relative_start  # "Kunduz, where the Taliban had attacked the police headquarters, and Taloqan": Kunduz's
        if not chosen and trigger.event_type == V.HELD and (P.THERE_AFTER_RE.match(analysis, end) or P.FROM_WHERE_BEFORE_RE.search(analysis, max(0, start - 30), start)):
            before = [h for h in candidates if h.end <= start and (_is_airport(h) or P.AIRPORT_BEFORE_RE.search(analysis, max(0, h.start - 30), h.start))]
            if before:  # "fell back to the airport outside Kondoz and were still holding out there", "from where they were still resisting"
                chosen = [before[-1]]
        if not chosen and trigger.direction != V.LEFT and P.PARTICIPLE_RE.fullmatch(match.group()):
            # (not "Fighting in Lashkargah, the centre of Helmand province, entered its third week"; but "In Lashkar Gah, besieged since July, ...")
            # (not "In Kandahar, surrounded by his bodyguards, the governor ...")
            agent = P.BY_AGENT_RE.match(analysis, end)
            fronted_ok = not agent or self.x.vocabulary.attacker_re.search(agent.group())
            before = [h for h in candidates if h.end <= start and P.COMMA_GAP_RE.fullmatch(analysis, h.end, start)
                      and not (_governed(analysis, h) and not (fronted_ok and P.FRONTED_LOCATIVE_RE.fullmatch(analysis, 0, h.start)))]
            both = [h for h in candidates if h.end <= start and P.QUANTIFIED_COMMA_GAP_RE.fullmatch(analysis, h.end, start)]
            if before:
                chosen = [before[-1]]  # "Herat, besieged since late July, falls": the aside says what Herat was
            elif both:
                chosen = _with_conjoined_before(analysis, both[-1], [h for h in candidates if h.end <= both[-1].start], governed_ok=True)
                if _governed(analysis, chosen[0]):  # "Lashkar Gah and Kandahar, both taken" (not "two commanders from Herat and Farah, both captured")
                    chosen = []
        if not chosen and trigger.event_type == V.CAPTURED and trigger.direction == V.RIGHT and not P.HAS_OBJECT_RE.match(analysis, end):
            before = [h for h in candidates if h.end <= start and h.place.kind in (CAPITAL, PROVINCE)
                      and (gap := P.CONTACT_RELATIVE_GAP_RE.fullmatch(analysis, h.end, start))
                      and (subject := self.x.actor_of(gap.group("subject"))) is not None and subject.name == self.x.territorial_actor]
            if before:
                chosen = [before[-1]]  # "Herat, the western city the Taliban seized on Aug. 12"
        if not chosen and relative:  # "Kunduz, which the Taliban took on Sunday"
            antecedents = [h for h in hits if h.place.kind in (CAPITAL, PROVINCE) and h.end <= clause[0]]
            if antecedents and P.DISTRICT_OF_GAP_RE.search(analysis, max(0, antecedents[-1].start - 40), antecedents[-1].start):
                # "Spin Boldak district of Kandahar, which fell": the district; "the districts around the city, including
                # the Islam Qala border crossing, which they seized": the crossing (so also, ambiguously, "the villages
                # near Kunduz, which fell on Sunday")
                antecedents = []
            if antecedents and not _modifier_use(analysis, antecedents[-1]) and P.ANTECEDENT_GAP_RE.fullmatch(analysis, antecedents[-1].end, clause[0]):
                chosen = _with_conjoined_before(analysis, antecedents[-1], antecedents[:-1], governed_ok=True)  # "Herat and Kandahar, which came under Taliban control"
                if (aside := P.RELATIVE_ASIDE_RE.match(analysis, chosen[-1].end)) and end <= aside.end():
                    # "Kandahar, where ..., and Herat, which had held out": an aside of Herat's own, as Kandahar has its own
                    own = [i for i in range(1, len(chosen)) if P.RELATIVE_ASIDE_RE.search(analysis, chosen[i - 1].end, chosen[i].start)]
                    chosen = chosen[own[-1]:] if own else chosen
            elif antecedents and trigger.event_type == V.HELD and P.AIRPORT_ANTECEDENT_GAP_RE.fullmatch(analysis, antecedents[-1].end, clause[0]):
                chosen = [antecedents[-1]]  # "the city's airport, where they were still holding out"
        if (not chosen and trigger.direction == V.LEFT and (whose := _last_match(P.WHOSE_OPENER_RE, analysis, clause[0], start))
                and not any(whose.end() <= h.start < start for h in candidates)):
            antecedents = [h for h in hits if h.place.kind in (CAPITAL, PROVINCE) and h.end <= whose.start()]
            if antecedents and not _modifier_use(analysis, antecedents[-1]) and P.ANTECEDENT_GAP_RE.fullmatch(analysis, antecedents[-1].end, whose.start()):
                chosen = [antecedents[-1]]  # "Herat, whose outskirts had been fought over since late July": Herat's
        if chosen and semicolon_items and chosen[0] is semicolon_items[0]:
            chosen = chosen + [h for h in semicolon_items[1:] if h not in chosen]  # "three went: Kunduz, the biggest ...; Sar-e Pul, ...; and Taloqan"
        if chosen and trigger.event_type == V.CAPTURED:
            chosen = chosen + _along_with(analysis, candidates, max(chosen[-1].end, end), clause)
            if chosen[-1].end <= start:
                chosen = chosen + (_gapped_after(analysis, candidates, self._past_actor(analysis, end)) or _trailing(analysis, hits, end, others))
            elif not any(chosen[-1].end <= s < clause[1] for s, _ in others):
                chosen = chosen + _gapped_objects(analysis, candidates, chosen[-1])
            chosen = chosen + _predecessors(analysis, hits, max(chosen[-1].end, end), others)
        if chosen and trigger.event_type in V.TERRITORIAL:
            chosen = chosen + _as_did(analysis, hits, max(chosen[-1].end, end), others)
        return chosen

    def _past_actor(self, analysis: str, end: int) -> int:
        """Where the text after a trigger goes on once the side it names is passed: "fell to| the Taliban| on Saturday"."""
        lead = P.SPACED_THE_RE.match(analysis, end)
        named = self.x.actor_pattern.match(analysis, lead.end())
        return named.end() if named else end

    def _last_actor_named(self, analysis: str, start: int, end: int) -> re.Match | None:
        return _last_match(self.x.actor_pattern, analysis, start, end)

    def _is_territorial_actor(self, named: re.Match | None) -> bool:
        actor = self.x.actor_of(named.group()) if named else None
        return actor is not None and actor.name == self.x.territorial_actor

    def _is_foreign(self, named: re.Match | None) -> bool:
        actor = self.x.actor_of(named.group()) if named else None
        return actor is not None and actor.kind == "external"

    def _attacker_not_the_side(self, analysis: str, start: int, end: int) -> bool:
        """True when the attacker named between start and end is not the side that takes territory ("Afghan commandos
        tried to push into Kunduz", "Resistance fighters attacked Bazarak")."""
        named = self._last_actor_named(analysis, start, end)
        return bool((named and not self._is_territorial_actor(named)) or P.ANTI_SIDE_RE.search(analysis, start, end)
                    or P.RESISTANCE_RE.search(analysis, start, end))

    def _territorial_subject(self, analysis: str, start: int, end: int) -> bool:
        """True when the last actor named between start and end is the side that takes territory."""
        return self._is_territorial_actor(self._last_actor_named(analysis, start, end))

    def _other_side_is_subject(self, analysis: str, start: int, end: int) -> bool:
        """True when a side other than the holding one is named just before end, as the verb's subject: the one that
        takes territory ("Taliban fighters held the line") or a foreign army ("US troops withdrew to the airport")."""
        named = self._last_actor_named(analysis, start, end)
        if not self._is_other_side(named):
            return False
        aside = P.RELATIVE_ASIDE_RE.match(analysis, named.end(), end)  # "the Taliban, who took Taloqan on Sunday, were still in control"
        return bool(P.SUBJECT_GAP_RE.fullmatch(analysis, aside.end() if aside else named.end(), end))

    def _other_side_before_relative(self, analysis: str, clause: tuple[int, int], end: int) -> bool:
        """True when the clause is a relative one and its antecedent, the other side, is the subject of the verb at end:
        "the Taliban, who took Taloqan on Sunday, were still in control of the city"."""
        return bool(P.RELATIVE_START_RE.match(analysis[clause[0] : end])) and self._other_side_is_subject(
            analysis, max(0, clause[0] - RELATIVE_ANTECEDENT_REACH), end)

    def _side_named_before(self, analysis: str, start: int, end: int) -> bool:
        """True when the side that takes territory is named in analysis[start:end]."""
        return any(self._is_territorial_actor(found) for found in self.x.actor_pattern.finditer(analysis, start, end))

    def _side_official_named(self, analysis: str) -> bool:
        """True when an official of the side that takes territory speaks ("the Taliban's shadow governor said"): the
        other side's word that a city is secure is no government hold."""
        return any(self._is_territorial_actor(found) and P.SIDE_ROLE_AFTER_RE.match(analysis, found.end())
                   and not P.NOT_SPEAKER_BEFORE_RE.search(analysis, max(0, found.start() - 12), found.start())
                   for found in self.x.actor_pattern.finditer(analysis))  # (not "threats made by a Taliban commander")

    def _is_other_side(self, named: re.Match | None) -> bool:
        """True for a name of the side that takes territory or of a foreign army; a common noun ("local uprising
        fighters") names no side."""
        if named is None or named.group().islower():
            return False
        return self._is_territorial_actor(named) or self._is_foreign(named)

    def _locative_targets(self, analysis, candidates, match, others) -> list[_Hit]:
        """Places introduced by in/inside/around/for, nearest to a noun such as "fighting"."""
        located = [h for h in candidates if P.LOCATIVE_PREP_RE.search(analysis[max(0, h.start - 40) : h.start])
                   or (h.start >= match.end() and P.AT_THE_MOUTH_GAP_RE.fullmatch(analysis, match.end(), h.start))]
        best = None
        for hit in located:
            if hit.start >= match.end():
                gap, a, b = analysis[match.end() : hit.start], match.end(), hit.start
            else:
                gap, a, b = analysis[hit.end : match.start()], hit.end, match.start()
            if P.AT_THE_MOUTH_GAP_RE.fullmatch(gap):
                gap = ""  # "clashed near Gulbahar, at the mouth of the Panjshir valley": at the valley's edge
            between = P.BETWEEN_SIDES_GAP_RE.match(gap)
            if between and (P.TWO_SIDES_RE.search(between.group()) or any(
                    self._is_territorial_actor(named) for named in self.x.actor_pattern.finditer(between.group()))):
                gap = gap[between.end() :]  # "between the Taliban and the resistance": who fought (not "between Pakistani and Afghan border forces")
            if not _gap_ok(P.REPORTED_IN_RE.sub(" ", P.TIME_IN_GAP_RE.sub(" ", gap)), MAX_LOCATIVE_GAP_WORDS, a, b, others):
                continue
            if hit.start >= match.end() and (P.NEARBY_PLACES_RE.search(gap) or P.DISTRICT_OF_GAP_RE.search(gap) or P.CONTAINER_GAP_RE.match(gap)
                                             or P.DRIVEN_INTO_GAP_RE.search(gap)):
                continue  # "clashes in districts near Sheberghan", "fighting in Andarab, in neighbouring Baghlan": not there
            distance = len(P.WORD_RE.findall(gap))
            if best is None or distance < best[0]:
                best = (distance, hit)
        if best is None:
            return []
        return _with_conjoined(analysis, best[1], [h for h in candidates if h.start > best[1].end])

    def _right(self, analysis, candidates, end, others, event_type) -> list[_Hit]:
        after = [h for h in candidates if h.start >= end]
        if not after:
            return []
        first = after[0]
        gap = P.TIME_IN_GAP_RE.sub(" ", analysis[end : first.start])
        if not _gap_ok(gap, MAX_RIGHT_GAP_WORDS, end, first.start, others):
            return []
        if event_type == V.HELD and P.HOLDOUT_GAP_RE.fullmatch(gap):
            gap = ""  # "still hold the airport in Kunduz": the city's last foothold
        if event_type == V.HELD and P.AT_HOLDOUT_RE.fullmatch(gap) and (P.AIRPORT_AFTER_RE.match(analysis, first.end) or _is_airport(first)):
            gap = ""  # "held out at the city's airport", "held out at the airport": the city's last foothold
        if event_type == V.HELD and P.HELD_LOCATIVE_GAP_RE.fullmatch(gap):
            gap = ""  # "helped hold the Taliban at bay in Herat", "held the line in Herat": where it held
        if event_type == V.HELD and P.AIRPORT_OUTSIDE_GAP_RE.fullmatch(gap) and P.AIRPORT_END_RE.search(analysis, max(0, end - 12), end):
            gap = ""  # "soldiers who had held out at the airport outside Kunduz city": the city's airport
        if (event_type == V.HELD or (event_type == V.CONTESTED and P.FOUGHT_OVER_BUILDING_RE.search(gap))) and P.BUILDING_IN_GAP_RE.fullmatch(gap) and not P.CIVIL_BUILDING_RE.search(gap):
            gap = ""  # "beat off an assault on the governor's compound in Lashkar Gah": the city held; "an attack on the prison of ...": fought over
        if event_type in (V.CONTESTED, V.HELD) and (P.POSITIONS_IN_GAP_RE.fullmatch(gap) or P.AT_THE_MOUTH_GAP_RE.fullmatch(gap)):
            gap = ""  # "attacked government positions in Kunduz": fighting at Kunduz
        if event_type == V.CAPTURED and P.GOVERNOR_SEAT_GAP_RE.fullmatch(gap) and not P.NOT_A_FIGHTING_SUBJECT_RE.search(
                analysis, max(0, end - 80), end - len(analysis[:end].split()[-1])) and not P.FOR_TALKS_AFTER_RE.match(analysis, first.end):
            gap = ""  # "entered the governor office of Lashkargah": the city's seat taken
        if event_type in (V.CONTESTED, V.HELD) and (part := P.CITY_PART_GAP_RE.fullmatch(gap)) and (
                not part.group("districts") or P.CITY_AFTER_RE.match(analysis, first.end) or first.surface.lower().startswith("the")
                or all(p.kind == CAPITAL for p in first.places)):
            gap = ""  # "clashes were continuing in PD-1, PD-2 and PD-3 of Lashkargah city", "the western districts of Lashkar Gah": in the city itself
        if gap.strip() and gap.strip().lower() != "the":  # "attack in the Herat ...": the trigger's own preposition
            before = analysis[:first.start]
            if V.BLOCKING_PREPOSITION_RE.search(before) and not V.NAMING_OF_RE.search(before):
                return []
            if event_type == V.CAPTURED and V.SUBPLACE_RE.search(gap):
                return []
            if P.DISTRICT_OF_GAP_RE.search(gap) or P.CONTAINER_GAP_RE.match(gap):
                return []  # "repelled attacks in Andarab district of neighbouring Baghlan": a district, not the place
        # ("The fall of Kunduz and Taloqan has stunned Kabul", "fighters who captured Kunduz and Taloqan were moving on": one subject)
        in_subject = bool(P.OF_END_RE.search(analysis, max(0, end - 4), end) or P.RELATIVE_VERB_BEFORE_RE.search(analysis, max(0, end - 50), end))
        return _before_own_predicate(analysis, _with_conjoined_after(analysis, first, after[1:]), others, new_clauses=not in_subject)

    def _left(self, analysis, candidates, start, others, clause, *, fronted_ok: bool = False, transfer: bool = False,
              held_until: int | None = None) -> list[_Hit]:
        before = [h for h in candidates if h.end <= start]
        while len(before) > 1 and P.LANDMARK_BEFORE_RE.search(analysis, max(0, before[-1].start - 30), before[-1].start) \
                and P.COMMA_GAP_RE.fullmatch(analysis, before[-1].end, start):
            before = before[:-1]  # "Maidan Shahr, the capital of Wardak province, just west of Kabul, was handed over": a landmark in an aside
        if not before:
            return []
        last = before[-1]
        gap = analysis[last.end : start]
        if P.OWN_SURROUNDINGS_RE.fullmatch(gap):  # "Mazar-e-Sharif and its surrounding districts are under the full control of the ANDSF"
            gap, others = "", [o for o in others if not last.end <= o[0] < start]
        # "Mazar-i-Sharif, the largest city in the north and still in government hands": the place, whatever governs it
        described = bool(P.DESCRIPTION_AND_GAP_RE.fullmatch(gap))
        head = P.HEAD_NOUN_RE.match(gap)  # "Nimroz province, where India built a highway, fell"
        offset = head.end() if head else 0
        if blanked := P.BLANKED_APPOSITIVE_RE.match(gap, offset):
            offset = blanked.end()  # "Lashkar Gah, the Helmand capital, besieged since 28 July, was surrendered"
        aside = (P.RELATIVE_ASIDE_RE.match(gap, offset) or P.PARTICIPLE_ASIDE_RE.match(gap, offset) or P.DASH_ASIDE_RE.match(gap, offset)
                 or P.EPITHET_ASIDE_RE.match(gap, offset))  # "Faizabad, where Germany ran a base, was taken"; "Herat, besieged since late July, falls"; "Kandahar, the city which the Taliban stormed on Thursday, fell"
        if aside and _gap_ok(gap[aside.end() :], MAX_LEFT_GAP_WORDS, last.end + aside.end(), start, others):
            pass
        elif P.SUBJECT_RELATIVE_GAP_RE.fullmatch(gap) or P.REPORTED_TO_GAP_RE.fullmatch(gap) or described:
            pass
        elif not _gap_ok(gap, MAX_LEFT_GAP_WORDS, last.end, start, others) and not _shares_subject(analysis, last.end, start, others):
            return []
        possessor = bool(P.POSSESSIVE_ONLY_RE.fullmatch(gap)) or (not gap and analysis[start : start + 1] in ("'", "\u2019"))  # "with Kunduz's fall on Sunday": Kunduz owns the fall
        if P.HOLDOUT_BEFORE_RE.search(analysis, max(clause[0], last.start - 30), last.start):
            possessor = True  # "the airport in Kandahar remains under the control of Afghan forces"
        if transfer and P.GOVERNOR_BEFORE_RE.search(analysis, max(clause[0], last.start - 30), last.start):
            possessor = True
        if fronted_ok and P.DEFENDERS_BEFORE_RE.search(analysis, max(clause[0], last.start - 30), last.start):
            possessor = True
        if held_until is not None and P.SITUATION_BEFORE_RE.search(analysis, max(clause[0], last.start - 30), last.start):
            possessor = True  # "the security situation in Herat city is normal and under control of the ANDSF"
        if described or (P.COMMA_GAP_RE.fullmatch(gap) and (P.RELATIVE_CLAUSE_START_RE.match(analysis, start) or P.WHERE_CLAUSE_START_RE.match(analysis, start))
                         and (P.FRONTED_LOCATIVE_RE.fullmatch(analysis, clause[0], last.start) or (
                             P.RELATIVE_CLAUSE_START_RE.match(analysis, start) and P.PLACE_HEADS_PHRASE_BEFORE_RE.search(analysis, max(0, last.start - 30), last.start)
                             and not P.NOUN_PHRASE_IN_BEFORE_RE.search(analysis, max(0, last.start - 50), last.start)))):
            # "In Herat, which the Taliban have held since Thursday", "In Lashkar Gah, where fighting has raged": what the relative clause is about
            possessor = True
        fronted = fronted_ok and P.FRONTED_LOCATIVE_RE.fullmatch(analysis, clause[0], last.start) and (
            analysis.startswith(",", last.end) or P.SHORT_SUBJECT_GAP_RE.fullmatch(gap)  # "In Herat the attackers were pushed back"
            or (P.SUBJECT_ONLY_GAP_RE.fullmatch(gap) and self._territorial_subject(analysis, last.end, start)))  # "In Mazar-i-Sharif the Taliban took over"
        if fronted:
            possessor = True  # "In Tirin Kot, the governor handed the keys to the Taliban": who gave up or held out did so there
        if gap.lstrip().startswith(",") and P.SUBJECT_RELATIVE_GAP_RE.fullmatch(gap):
            possessor = True  # "from Herat, the western city which fell on August 12": what the relative clause is about
        if P.MEMBERS_OF_BEFORE_RE.search(analysis, clause[0], last.start):
            possessor = True  # "elements of the 207th Zafar Corps held out": the garrison standing for its city
        if (held_until is not None and P.GARRISON_SUBJECT_RE.fullmatch(analysis, clause[0], last.start) and P.AUXILIARIES_GAP_RE.fullmatch(gap)
                and not P.ELSEWHERE_AFTER_RE.match(analysis, held_until)):
            possessor = True  # "Troops in Herat held out through the night": the holding side, posted there (not "... held out in Shindand")
        if P.WITH_ABSOLUTE_BEFORE_RE.search(analysis, clause[0], last.start) and P.ABSOLUTE_GAP_RE.fullmatch(gap):
            possessor = True  # "With the Afghan capital in Taliban hands since Sunday, ...": the place is the subject
        if not possessor and V.BLOCKING_PREPOSITION_RE.search(analysis[clause[0] : last.start]) and not V.NAMING_OF_RE.search(analysis[clause[0] : last.start]):
            return []
        return _after_own_verb(analysis, _with_conjoined_before(analysis, last, before[:-1]), others)

    def _repelled_after(self, analysis: str, match, hit: _Hit, clause: tuple[int, int], hits) -> re.Match | None:
        """A repelled attack after the trigger, unless a later clause names another place first ("fighting continued
        in Kandahar, while in Herat attacks were repelled": Herat held, not Kandahar)."""
        repelled = self.x.vocabulary.repelled_re.search(analysis, match.end())
        if repelled and repelled.start() >= clause[1] and any(
                clause[1] <= h.start < repelled.start() and h.place.kind in (CAPITAL, PROVINCE) and h.place.iso_code != hit.place.iso_code
                and not P.SENT_FROM_BEFORE_RE.search(analysis, max(0, h.start - 40), h.start)  # "commandos flown in from Herat pushed them out"
                for h in hits):
            return None
        return repelled

    def _territorial(self, index, span, sentence, analysis, trigger, match, hit, clause, *, listed: bool = False, hits: list[_Hit] = (),
                     after_capture: bool = False, dates_until: int | None = None) -> list[dict]:
        scope_start = min(clause[0], hit.start)
        before_trigger = analysis[scope_start : match.start()]
        conjunct = analysis.rfind(", and ", scope_start, min(hit.start, match.start()))
        if conjunct >= 0:  # "Mazar, which had been expected to hold out, fell, and Maimana surrendered": Maimana's own predicate
            before_trigger = analysis[conjunct : match.start()]
        elif (hit.start < match.start() and P.PAST_TIME_CLAUSE_BEFORE_RE.search(analysis, max(scope_start, hit.start - 12), hit.start)
              and P.PAST_VERB_START_RE.match(match.group()) and not V.MODAL_RE.search(analysis, scope_start, match.start())):
            # "were told not to return to work after the city was taken": its own mood (but not "would move once Kandahar had fallen")
            before_trigger = analysis[hit.start : match.start()]
        elif ((since := P.SINCE_SUBJECT_BEFORE_RE.search(analysis, max(scope_start, match.start() - 40), match.start())) and P.SIMPLE_PAST_START_RE.match(match.group())
              and (since.group("since") or (self.dated_between(index, match.end(), clause[1]) and not V.MODAL_RE.search(analysis, scope_start, since.start())))):
            # "had not heard from them for three days after the Taliban seized Kabul on August 15", "would be the highest-level contact
            # since its fighters rolled into the capital": a time told by a fact, in its own mood (not "would not stay a single day
            # after the Taliban entered Kabul", which is no fact yet)
            before_trigger = analysis[since.start() : match.start()]
        elif hit.end <= match.start() and analysis.startswith(",", hit.end) and P.SUBJECT_RELATIVE_GAP_RE.fullmatch(analysis, hit.end, match.start()):
            before_trigger = analysis[hit.end : match.start()]  # "talks would take place in the capital, a city the Taliban have held since Aug. 15": its own mood
        aside = relative_aside = P.RELATIVE_ASIDE_RE.match(analysis, hit.end, match.start()) if hit.end <= match.start() else None
        if aside:  # "Mazar-e-Sharif, which had been expected to hold out longest, fell": the aside is not the verb's mood
            before_trigger = analysis[scope_start : aside.start()] + " " + analysis[aside.end() : match.start()]
        before_trigger = P.REASSURANCE_RE.sub(" ", before_trigger)  # "There is no need to worry, the city is secure": not a negated hold
        before_trigger = P.NOT_UNTIL_CLEFT_RE.sub(" ", before_trigger)
        if trigger.event_type == V.HELD:
            before_trigger = P.ONLY_PLACE_APPOSITIVE_RE.sub(" ", before_trigger)
        report_break = _last_match(P.REPORT_BREAK_RE, before_trigger, 0, len(before_trigger))
        if report_break and P.NEGATED_CLAIM_RE.search(before_trigger, 0, report_break.start()):
            # 'said this was "not true" and that the city was still with the security forces': its own mood
            # (but "could not confirm that the army had regrouped and that Kandahar remained ..." denies both)
            before_trigger = before_trigger[report_break.end() :]
        moods = before_trigger
        if not sentence.rstrip().endswith("?") and not P.NEGATIVE_SUBJECT_RE.search(before_trigger):
            moods = P.MODAL_FRAME_RE.sub(" ", before_trigger)  # "What I can tell you is that Mazar remains ...": the telling is modal, not the news
        attempted = (trigger.event_type == V.CONTESTED and bool(P.TRIED_TO_RE.search(moods)) and bool(
            self.x.vocabulary.repelled_re.search(analysis, match.end()) or P.ATTACK_ATTEMPTED_RE.search(analysis, max(0, match.start() - 40), match.start()))
            and not self._attacker_not_the_side(analysis, clause[0], match.start()))  # (not "Afghan commandos tried to push into Kunduz")
        if attempted:
            moods = P.TRIED_TO_RE.sub(" ", moods)  # "tried to force their way into Lashkar Gah but were beaten back": an attack, repelled
        if V.NEGATION_RE.search(before_trigger) or V.MODAL_RE.search(moods) or P.NO_BEFORE_RE.search(before_trigger):
            return []  # "Nobody could confirm that Kunduz had fallen": a frame said of nobody keeps its mood
        # "attempts to enter the city were foiled", "repulsed fighters who tried to storm the prison": a failed try, not a mood
        failed_try = P.FOILED_ATTEMPT_RE.search(match.group()) or (trigger.event_type == V.HELD and P.TRIED_TO_RE.search(match.group()))
        if (V.MODAL_RE.search(match.group()) and not failed_try) or (
                V.NEGATION_RE.search(match.group()) and trigger.event_type != V.HELD):
            return []  # a hold may be said with a negation: "has not fallen"
        if (trigger.nominal and P.TIME_BEFORE_NOMINAL_RE.search(analysis, max(0, match.start() - 30), match.start())
                and not P.DAY_AFTER_ITEM_RE.match(analysis, hit.end)):  # (but "Hours before the fall of Kandahar on Friday": its day)
            return []  # "Days before the fall of Kabul, on August 10, the consulate closed": a time for another event
        if (((trigger.event_type == V.CAPTURED and trigger.direction == V.RIGHT) or (trigger.event_type == V.HELD and P.HOLDING_ON_RE.match(match.group())))
                and P.CIVILIAN_SUBJECT_BEFORE_RE.search(analysis, max(clause[0], match.start() - 40), match.start())):
            return []  # "after crowds overran the civilian side of the airport", "shopkeepers held on for a week": no side took or held anything
        quoted_from = min(hit.start, match.start())
        if P.CAPTIONED_QUOTE_BEFORE_RE.search(analysis, max(0, quoted_from - 40), quoted_from):
            return []  # 'Videos captioned "Herat has fallen" circulated on Tuesday': a caption, not a report
        if trigger.event_type == V.CAPTURED and P.EXAMPLE_IMPERATIVE_RE.match(analysis) and P.EXAMPLE_IMPERATIVE_RE.match(analysis).end() >= match.end():
            return []  # "Take Ghazni, on the highway south of here.": an example, not a capture
        if trigger.loss and P.PART_ABANDONED_BEFORE_RE.search(analysis, max(0, match.start() - 50), match.start()):
            return []  # "near Kabul, where some of the government's positions had been abandoned": posts, not the city
        if trigger.in_sequence and not after_capture and not self._in_capture_run(index, 4 if P.TURN_OF_RE.search(match.group()) else 2):
            return []  # "it was Sheberghan" tells of a fall only in a run of falls ("it had been the turn of Farah" may look further back)
        if P.DISTRICT_BEFORE_RE.search(analysis, max(scope_start, match.start() - 30), match.start()) or (
                P.ON_EDGE_START_RE.match(match.group()) and P.DISTRICT_RIGHT_BEFORE_RE.search(analysis, max(scope_start, match.start() - 12), match.start())):
            return []  # "fighters were reported in Char Asiab district, on the southern edge of Kabul province"
        if (P.UNREAL_BEFORE_RE.search(analysis, max(scope_start, match.start() - 40), match.start()) and not attempted
                and not P.ORDINAL_TO_RE.search(analysis, max(scope_start, match.start() - 60), match.start())) or (
                P.ACCUSED_BEFORE_RE.search(analysis, max(scope_start, match.start() - 40), match.start()) and P.GERUND_RE.match(match.group())):
            return []  # "taken without fighting", "heading there to take control of it", "arrested for handing over"
        conjunct_after = analysis.find(", and ", max(match.end(), hit.end), clause[1])
        scope_end = conjunct_after if conjunct_after >= 0 else clause[1]  # "Mazar was overrun, and ... 25 years after they first captured it in 1996"
        contrast = P.YEARS_AFTER_START_RE.search(analysis, max(match.end(), hit.end), scope_end)
        if contrast:  # "took Kabul without a fight, almost 25 years after they first captured it": the past as contrast
            scope_end = contrast.start()
        if P.DOUBT_AFTER_RE.search(analysis, match.end(), scope_end):
            return []  # "A push on Kabul before the end of August is unlikely"
        # the past of an aside about the place is not the report's ("Lashkar Gah, the Helmand capital laid out by American
        # engineers in the 1950s, was given up on Friday")
        described = P.APPOSITIVE_RE.match(analysis, hit.end) if hit.end <= match.start() else None
        asides = [(m.start(), m.end()) for m in (relative_aside, described) if m and m.end() <= match.start()]
        undescribed = _blanked(analysis, asides) if asides else analysis
        scope = undescribed[scope_start : scope_end]
        if (self.x.vocabulary.history_re.search(scope) or self.history_years(index, undescribed, scope_start, scope_end, position=match.start())
                or _over_decades(undescribed, scope_start, scope_end, match.start())):
            return []
        if P.THAT_YEAR_RE.match(analysis, match.end()) and self.x.period is not None and any(
                int(year.group()) < self.x.period[0].year and not P.YEARS_AFTER_RE.search(analysis, max(0, year.start() - 80), year.start())
                for year in P.YEAR_RE.finditer(analysis, 0, match.start())):
            return []  # "Comparisons with 1996 are tempting – the Taliban took Jalalabad in September of that year"
        past_when = P.PAST_YEAR_WHEN_RE.search(analysis, max(0, clause[0] - 12), min(len(analysis), clause[0] + 7))
        if past_when and self.x.period is not None and int(past_when.group("year")) < self.x.period[0].year:
            return []  # "The contrast with 2015, when commandos retook Kunduz city"
        history_end = len(analysis)
        if trigger.event_type in (V.CONTESTED, V.HELD) and (aside := P.LATER_SEPARATE_PART_RE.search(analysis, match.end())) and P.STILL_NOW_RE.search(analysis, scope_start, aside.start()):
            history_end = aside.start()  # "Mazar is still in government hands ...: this is the city the Taliban took in 1998"
        if not self.dated_between(index, scope_start, clause[1]) and self.history_years(index, analysis, 0, history_end, position=match.start()):
            return []  # an undated clause in a sentence about the past (not the past of an aside: "Lashkar Gah, where British
            # troops were based in 2006-2014, has been under siege for a week")
        if trigger.needs_official and (self.x.vocabulary.claim_re.search(sentence) or self._side_official_named(analysis) or not (
                P.OFFICIAL_RE.search(sentence) or (P.TOLD_RE.search(analysis, scope_start, match.start()) and not self._side_named_before(analysis, scope_start, match.start())))):
            return []  # "the city is under full control": the government's word ("Atta told reporters ..."), not the Taliban's
        if trigger.arrival and P.TRAVELLER_BEFORE_RE.search(analysis, max(scope_start, match.start() - 40), match.start()):
            return []  # "We drove into Herat on 31 July": the writer's journey
        lead = min(hit.start, match.start())
        if P.HANDOVER_RE.search(match.group()) and P.HANDOVER_NOT_MADE_BEFORE_RE.search(analysis, max(0, lead - 60), lead):
            return []  # "Talks on Kandahar's handover began", "rejected the handover of his city": none made
        if P.LASTED_RE.match(match.group()) and not (hit.end <= match.start() and P.SUBJECT_RIGHT_BEFORE_RE.fullmatch(analysis, hit.end, match.start())):
            return []  # "Kandahar's curfew lasted until Monday": not the city
        if trigger.needs_attacker and P.STRIKE_VERB_RE.search(analysis, clause[0], match.start()):
            return []  # "Air Force jets struck Taliban positions on the western edge of Kandahar": a strike
        if trigger.needs_attacker and not self.x.vocabulary.attacker_re.search(scope):
            return []
        event_type = trigger.event_type
        if trigger.control_state and P.OUR_IN_TRIGGER_RE.search(match.group()):
            # 'the governor said the city was "in our hands"': the speaker's side holds it; a speaker of neither side says nothing
            speaker = self._our_speaker(analysis, match.start())
            if speaker is None:
                return []
            if speaker == "official":
                event_type, trigger = V.HELD, V.Trigger(V.HELD, trigger.direction, "")
        elif (trigger.event_type == V.CAPTURED and P.THEIR_CONTROL_RE.search(match.group()) and self._our_speaker(analysis, match.start()) == "official"
              and not any(self._is_territorial_actor(m) for m in self.x.actor_pattern.finditer(analysis, clause[0], match.start()))):
            event_type, trigger = V.HELD, V.Trigger(V.HELD, trigger.direction, "")  # "Kunduz police insist the city is fully under their control"
        elif (trigger.control_state and P.OUR_FORCES_AFTER_RE.match(analysis, match.end()) and P.OFFICIAL_RE.search(sentence)
              and not self.x.vocabulary.side_speaker_re.search(analysis)):  # (not "A Taliban commander said ... under the full control of his forces")
            event_type, trigger = V.HELD, V.Trigger(V.HELD, trigger.direction, "")  # the governor: "under the full control of our forces"
        elif trigger.control_state:
            holder = self._territorial_actors(trigger, match, analysis, clause)[0]
            if holder in self.x.government_side:
                event_type, trigger = V.HELD, V.Trigger(V.HELD, trigger.direction, "")  # "government forces remain in control of"
        if P.NO_REPORT_OF_BEFORE_RE.search(analysis, max(0, match.start() - 40), match.start()):
            return []  # "no independent report of fighting near the city": none reported
        # "fighting was reported on Saturday; the police denied rumours that it had fallen": the denial is of a fall
        denials_of_this = [d for d in V.DENIAL_RE.finditer(analysis)
                           if not (event_type == V.CONTESTED and d.start() >= clause[1] and P.DENIED_FALL_RE.match(analysis, d.end()))]
        if event_type == V.HELD:
            denial = V.DENIAL_RE.search(analysis, 0, match.start())
            if denial and not P.SAYING_BREAK_RE.search(analysis, denial.end(), match.start()):
                return []  # "denied that government forces still hold Kunduz"; but "rejected reports it had fallen, saying Aibak is under the control of security forces" holds
        elif _denied(analysis, match, V.DENIAL_RE.finditer(analysis, 0, clause[1]), side_claimed=bool(self.x.vocabulary.claim_re.search(analysis, 0, match.start()))) or (
                _denied(analysis, match, denials_of_this) and not self.x.vocabulary.claim_re.search(sentence)):
            return []  # a denied fall is no fall; a claim denied after it is still a claim ("claimed Panjshir; the NRF denied this")
        after_trigger = analysis[match.end() : clause[1]]
        later = (clause[1], min(len(analysis), clause[1] + 80))
        if P.BEFORE_CLAUSE_RE.match(analysis, clause[1]) and not any(later[0] <= h.start < later[1] and h.place.iso_code != hit.place.iso_code for h in hits):
            after_trigger = analysis[match.end() : later[1]]  # "briefly entered Qala-i-Naw, ..., before commandos drove them back"
        partial = V.PARTIAL_RE.search(analysis[max(0, hit.start - 30) : hit.start]) or P.BRIEFLY_RE.search(match.group()) or any(
            not _names_another_place(analysis, ongoing.end(), hit, hits) for ongoing in V.ONGOING_RE.finditer(analysis))
        driven_back = False
        attacked_trigger = None  # the attack a repulse turned into a hold
        driven_out = event_type == V.CAPTURED and not trigger.retake and bool(
            V.REVERSAL_RE.search(after_trigger) or self._driven_out_later(index, analysis, match, hit, hits))
        if event_type == V.CAPTURED and not trigger.retake and (driven_out or partial):
            # "entered Qala-i-Naw before commandos drove them back": fought over, and held
            driven_back = driven_out and not partial
            event_type, trigger = V.CONTESTED, V.Trigger(V.CONTESTED, trigger.direction, "")
        elif event_type == V.CONTESTED and ((repelled_after := self._repelled_after(analysis, match, hit, clause, hits))
                                            or ((repelled := self.x.vocabulary.repelled_re.search(analysis, clause[0], match.end()))
                                                and not self._told_of_another(analysis, hits, hit, repelled, min(hit.start, match.start())))):
            # (not another subject's: "Taloqan beat back an assault on Sunday, and Maimana has been cut off since July")
            told_apart = repelled_after and repelled_after.start() >= clause[1] and any(
                a <= repelled_after.start() < b for a, b in self.hold_spans)
            if told_apart and P.ONGOING_VERB_RE.search(match.group()):
                pass  # "Clashes raged in Lashkargah ..., while security forces said they had repelled an attack on the prison": both
            elif (P.ENTRY_RE.search(match.group()) and not attempted) or (repelled_after and repelled_after.start() >= clause[1]
                                                     and P.WHERE_CLAUSE_START_RE.match(analysis, clause[1])):
                # "broke into Qala-i-Naw ... before commandos drove them back": inside, then out; "fighting continued
                # in Kandahar, where government forces said they had pushed the Taliban back": fought over, and held
                driven_back = True
            elif not self._holding_side_attacked(index, index, span.start + match.end()):  # "an army attack on Kunduz was repelled": no hold
                attacked_trigger = trigger
                event_type, trigger = V.HELD, V.Trigger(V.HELD, trigger.direction, "")
        if event_type == V.HELD and (P.ANTI_SIDE_RE.search(analysis, clause[0], match.start())
                                     or (trigger.pattern and ((self._other_side_is_subject(analysis, clause[0], match.start())
                                                               and not P.ATTEMPT_NOUN_RE.match(match.group()))  # "a Taliban attempt to storm the prison was thrown back"
                                                              or self._other_side_before_relative(analysis, clause, match.start())))
                                     or (P.THEY_RELATIVE_RE.match(analysis, clause[0], match.start())
                                         and self._is_other_side(self._last_actor_named(analysis, max(0, clause[0] - 80), clause[0])))):
            # (and "US troops withdrew to the airport, which they still hold": "they" are the foreign troops)
            return []  # "anti-Taliban fighters repelled an attack on the valley", "the Taliban held out in Kunduz": not the government holding
        actor1, actor2 = self._territorial_actors(trigger, match, analysis, clause)
        if trigger.control_state and (foreign := self._foreign_controller(match, analysis, clause)):
            # "The airport remains under the control of some 5,400 US troops": foreign troops there, not a side's territory
            deployed = V.Trigger(V.DEPLOYMENT, trigger.direction, "")
            return [m for m in [self._make(index, span, sentence, V.DEPLOYMENT, hit, foreign, "", deployed, match.group(), match.start(), clause, claimed=False)] if m]
        if actor1 is None:
            return []
        disputed = P.CLAIM_APPOSITION_RE.search(analysis, match.end())  # ", a claim the governor's office denied": no confirmation
        claimed = bool(event_type == V.CAPTURED and self.x.vocabulary.claim_re.search(sentence)
                       and not V.CONFIRMATION_RE.search(analysis, 0, disputed.start() if disputed else len(analysis)))
        position = match.start()
        if listed:  # in "Herat on Thursday and Ghazni on Friday" each has its day
            item_end = hit.end if hit.day_after is None else hit.day_after
            own_day = [e for e in self.dates_in(index) if 0 <= e.start - (span.start + item_end) <= 4
                       or (e.start > span.start + item_end and P.OWN_DAY_GAP_RE.fullmatch(analysis, item_end, e.start - span.start))]
            own_day = own_day or [e for e in self.dates_in(index) if match.end() <= e.start - span.start
                                  and P.LEAD_DAY_GAP_RE.fullmatch(analysis, e.end - span.start, hit.start)]  # "..., and this morning Ghazni"
            position = own_day[0].start - span.start if own_day else match.start()
        date_clause = clause if clause[0] <= position < clause[1] else (position, position + 1)  # "..., after Sheberghan on Saturday"
        if relative_aside and date_clause[0] < relative_aside.end() <= position:
            date_clause = (relative_aside.end(), date_clause[1])  # "Bamyan, where the Taliban dynamited the Buddhas in March 2001, remains ...": not the aside's day
        dates_until = None if listed else dates_until  # a listed place is dated by its own day
        made = [self._make(index, span, sentence, event_type, hit, actor1, actor2, trigger, match.group(), match.start(), date_clause, claimed=claimed, position=position,
                           dates_until=dates_until)]
        if attacked_trigger and made[0] is None and not self._attacker_not_the_side(analysis, clause[0], match.start()) and not (
                (named := self._last_actor_named(analysis, match.end(), clause[1])) and self._is_territorial_actor(named)):
            # "attacked the entrances of the Panjshir valley ... the assault was beaten back", after the government's end:
            # no one the map knows held it, but it was fought over
            made = [self._make(index, span, sentence, V.CONTESTED, hit, actor1 if actor1 != self.x.holding_actor else self.x.territorial_actor, "",
                               attacked_trigger, match.group(), match.start(), date_clause, claimed=False, position=position, dates_until=dates_until)]
        if driven_back:
            held = V.Trigger(V.HELD, trigger.direction, "")
            made.append(self._make(index, span, sentence, V.HELD, hit, self.x.holding_actor, "", held, match.group(), match.start(), clause, claimed=False, position=position,
                                   dates_until=dates_until))
        return [m for m in made if m]

    def _driven_out_later(self, index: int, analysis: str, match, hit: _Hit, hits) -> bool:
        """True when those who entered were driven out again: by their own verb later in the sentence, with no other
        place named before it ("... where fighters broke into the city on 7 July, freed prisoners and were driven out
        within a day"), or at the start of the next sentence of the paragraph ("They were driven out the following
        day."); not out of somewhere else, nor at another time ("They were driven out of Sheberghan a month ago")."""
        later = P.PASSIVE_REVERSAL_RE.search(analysis, match.end())
        if later:
            return not _driven_elsewhere(analysis, later.end(), hit.place) and not any(
                match.end() <= h.start < later.start() and h.place.kind in (CAPITAL, PROVINCE) and h.place.iso_code != hit.place.iso_code for h in hits)
        following = index + 1
        if following >= len(self.spans) or self.spans[following].paragraph != self.spans[index].paragraph:
            return False
        text = self.spans[following].text(self.text)
        driven = P.ENTRANTS_DRIVEN_OUT_START_RE.match(text)
        if not driven or _driven_elsewhere(text, driven.end(), hit.place):
            return False
        return (driven.group("subject")[0].islower() or driven.group("subject").lower() == "they"
                or self._territorial_subject(driven.group(), 0, driven.end("subject")))  # not "The Afghan army was driven out"

    def _foreign_controller(self, match, analysis, clause) -> str | None:
        """The foreign army named as the one in control, if any: "under the control of some 5,400 US troops",
        "US forces, who are in control of Kabul airport", "US troops are in control of the airport"."""
        after = analysis[match.end() : match.end() + 60]
        found = self.x.actor_pattern.search(after)
        if found and P.PASSIVE_AGENT_GAP_RE.fullmatch(after[: found.start()]) and P.TROOPS_AFTER_ACTOR_RE.match(after, found.end()):
            named = found.group()
        else:
            start = clause[0]
            if P.RELATIVE_CLAUSE_START_RE.match(analysis, clause[0], match.start()):
                start = max(0, clause[0] - 40)  # the relative clause's antecedent
            last = self._last_actor_named(analysis, start, match.start())
            if last is None or not P.TROOPS_AFTER_ACTOR_RE.match(analysis, last.end()):
                return None  # "After US forces left, the Taliban were in full control of Kabul airport": the Taliban's
            named = last.group()
        actor = self.x.actor_of(named)
        return actor.name if actor is not None and actor.kind == "external" else None

    def _foreign_army_subject(self, analysis: str, end: int) -> bool:
        """True when the last actor named in the few words before end is a foreign army, and no other side comes between
        ("US troops, who have taken control of"; not "the Taliban's special forces took control of")."""
        named = self._last_actor_named(analysis, max(0, end - 40), end)
        return self._is_foreign(named) and not P.OTHER_OWNER_RE.search(analysis, named.end(), end)

    def _foreign_army_before_relative(self, analysis: str, clause: tuple[int, int]) -> bool:
        """True when the clause is a relative one whose antecedent is a foreign army ("US troops, who have taken control
        of the airport")."""
        if not P.RELATIVE_START_RE.match(analysis[clause[0] : clause[1]]):
            return False
        named = self._last_actor_named(analysis, max(0, clause[0] - RELATIVE_ANTECEDENT_REACH), clause[0])
        return self._is_foreign(named) and bool(P.HEAD_NOUN_COMMA_GAP_RE.fullmatch(analysis, named.end(), clause[0]))

    def _territorial_actors(self, trigger, match, analysis, clause) -> tuple[str | None, str]:
        x = self.x
        if trigger.event_type == V.HELD:
            return x.holding_actor, ""
        named = None
        if trigger.passive:
            after = analysis[match.end() : match.end() + 60]
            found = x.actor_pattern.search(after)
            if found and P.PASSIVE_AGENT_GAP_RE.fullmatch(after[: found.start()]):
                named = x.actor_of(found.group())
        in_trigger = x.actor_pattern.search(match.group())
        if named is None and in_trigger:
            named = x.actor_of(in_trigger.group())
        if named is None and trigger.nominal:
            owner = x.actor_pattern.search(analysis, max(clause[0], match.start() - 25), match.start())
            if owner and P.POSSESSIVE_GAP_RE.fullmatch(analysis, owner.end(), match.start()):
                named = x.actor_of(owner.group())  # "the Taliban's rapid seizure of"
        opposed = False
        by_loser = trigger.loss and named is None and match.group().endswith("by")  # "was abandoned by its defenders": the agent lost it
        if named is None and not by_loser and not trigger.nominal and not trigger.adjectival and not trigger.passive:
            asides = [(m.start(), m.end()) for m in P.RELATIVE_ASIDE_RE.finditer(analysis) if not m.start() <= match.start() < m.end()]
            conjunct = analysis.rfind(", and ", clause[0], match.start())  # "officials withdrew, and the city was taken": a new subject
            # "staff were brought home on an IAF flight as the fighting reached the city": the fighting's own clause
            subordinate = _last_match(P.SUBORDINATOR_RE, analysis, clause[0], match.start())
            scan_from = max(clause[0], conjunct, subordinate.end() if subordinate else -1)
            subjects = [m for m in x.actor_pattern.finditer(analysis, scan_from, match.start())
                        if not any(a <= m.start() < b for a, b in asides)]  # "Faizabad, where Germany ran a base, was taken"
            # "anti-Taliban fighters": a side named only as the opponent of an actor is not that actor
            anti = [m for m in subjects if P.ANTI_BEFORE_RE.search(analysis, max(0, m.start() - 30), m.start())]
            kept = [m for m in subjects if m not in anti
                    and not P.LANDMARK_NOUN_AFTER_RE.match(analysis, m.end())]  # "Farah near the Iranian border fell": no Iranian did
            opposed = bool(anti) and not kept
            if kept:
                named = x.actor_of(kept[-1].group())
        if by_loser and P.CIVILIAN_AGENT_RE.match(analysis, match.end()):
            return None, ""  # "abandoned by thousands of residents who fled": people leaving, not a side giving it up
        if by_loser:
            agent = x.actor_pattern.match(analysis, P.THE_RE.match(analysis, match.end() + 1).end())
            named = x.actor_of(agent.group()) if agent else None  # "was abandoned by US forces": the agent gave it up
        if trigger.loss:
            if named is not None and named.kind == "external":
                return None, ""  # "the base was abandoned by US forces": their withdrawal, not a place taken
            loser = named.name if named else x.holding_actor
            if named is not None and named.name == x.territorial_actor:
                return x.holding_actor, x.territorial_actor
            return x.territorial_actor, loser
        if trigger.event_type == V.CONTESTED:
            if named is not None and named.kind == "external":
                return None, ""  # "where U.S. and British troops fought for years": not this war's front line
            attacker = named.name if named and named.name not in x.government_side else x.territorial_actor
            return attacker, (x.holding_actor if attacker != x.holding_actor else x.territorial_actor)
        if named is None:
            if opposed:
                return None, ""  # a side we cannot name
            if self._foreign_army_before_relative(analysis, clause):
                return None, ""  # "US troops, who have taken control of the airport": a foreign army's, no place taken
            if self._other_side_before_relative(analysis, clause, match.start()):
                return x.territorial_actor, ""  # "the Taliban, who took Taloqan on Sunday, were still in control of the city"
            if P.WHO_START_RE.match(match.group()):
                # "The Taliban, who took power in Kabul" (not "Najibullah, who took power in Kabul with Soviet backing")
                antecedent = self._last_actor_named(analysis, max(0, match.start() - RELATIVE_ANTECEDENT_REACH), match.start())
                if self._is_territorial_actor(antecedent) and P.COMMA_GAP_RE.fullmatch(analysis, antecedent.end(), match.start()):
                    return x.territorial_actor, ""
                return None, ""
            if trigger.control_state and P.STILL_HOLDING_RE.search(analysis, max(clause[0], match.start() - 30), match.start()):
                return x.holding_actor, ""  # "officials said they were still in control of Kandahar"
            if trigger.retake:
                return x.holding_actor, x.territorial_actor  # "recaptured the city": reports mean the government side
            return x.territorial_actor, ""
        if trigger.transfer and not trigger.retake and named.name in x.government_side:
            return x.territorial_actor, named.name  # "government forces left under a deal, handing the city to the Taliban": the giver is the other side
        if named.kind == "external" or not named.status and named.kind != "state":
            return None, ""
        if named.name in x.government_side and P.COLLAPSE_RE.search(match.group()):
            return None, ""  # "the government has collapsed": its own end, not a place taken

        other = x.holding_actor if named.name == x.territorial_actor else x.territorial_actor
        return named.name, other if trigger.retake or named.name != x.territorial_actor else ""

    # -- non-territorial ---------------------------------------------------------------------
    def _mission_named_near(self, index: int, analysis: str, end: int) -> bool:
        """An embassy, consulate, mission or diplomats named in this sentence, or an embassy, consulate or mission in
        one of the two sentences before it when nothing else in this one could be "theirs" ("The British embassy moved to
        the airport. The Turks kept theirs open."; "Are embassies still open? [new paragraph] Some. Russia and
        China have kept theirs open"; not "Most shops closed, but the Chinese kept theirs open")."""
        if P.MISSION_WORD_RE.search(analysis) or P.DIPLOMATS_RE.search(analysis):
            return True
        if P.OTHER_OWNED_RE.search(analysis, 0, end):
            return False
        return any(P.MISSION_WORD_RE.search(self.spans[back].text(self.text)) for back in range(max(0, index - 2), index))

    def _non_territorial(self, index, span, sentence, analysis, trigger, match, hits, clause, triggers) -> list[dict]:
        event_type = trigger.event_type
        if (V.NEGATION_RE.search(analysis[clause[0] : match.start()]) or P.UNREALISED_PURPOSE_RE.search(analysis, clause[0], match.start())
                or P.NO_BEFORE_RE.search(analysis, clause[0], match.start()) or P.DELIBERATION_BEFORE_RE.search(analysis, clause[0], match.start())
                or P.NOBODY_RE.search(analysis, clause[0], match.start()) or P.NO_PLANS_BEFORE_RE.search(analysis, max(0, match.start() - 50), match.start())
                or (event_type == V.DIPLOMATIC and P.CALLED_FOR_BEFORE_RE.search(analysis, max(clause[0], match.start() - 60), match.start()))):
            return []  # "had no plans to send personnel", "no further evacuation flights", "is considering sending"
        if (event_type == V.DIPLOMATIC and P.CONTINUE_TO_WORK_RE.search(match.group())
                and P.EMPLOYED_BY_BEFORE_RE.search(analysis, max(0, match.start() - 40), match.start())):
            return []  # "Afghan interpreters who worked for the US embassy in Kabul continue to work in hiding"
        if event_type == V.STRIKE and P.STRIKE_DELIVERY_RE.match(match.group()) and self._territorial_subject(analysis, clause[0], match.start()):
            return []  # "Taliban fighters launched a strike on positions of the army": no air strike
        if P.THEIRS_RE.search(match.group()) and not self._mission_named_near(index, analysis, match.start()):
            return []  # "their shops had closed, while the Chinese kept theirs open": no embassy to be theirs
        conditional = P.CONDITIONAL_START_RE.match(analysis)
        if conditional and conditional.end() <= match.start():
            return []  # "If the Americans leave on 31 August, the airlift ends with them"
        accused = (event_type == V.STRIKE and bool(P.ACCUSATION_RE.search(analysis, clause[0], match.start()))
                   and not P.SOCIAL_MEDIA_RE.search(analysis, clause[0], clause[1]))  # (a rumour online is no one's claim)
        if event_type in (V.STRIKE, V.DEPLOYMENT) and (V.DENIAL_RE.search(analysis[clause[0] : clause[1]]) or P.NO_REPORTS_RE.search(analysis, clause[0], match.start())) and not accused:
            return []  # "we found no credible evidence of foreign air strikes", "no evidence of any Chinese deployment"
        if event_type == V.DEPLOYMENT and P.ENDED_BEFORE_RE.search(analysis, max(clause[0], match.start() - 30), match.start()):
            return []  # "ending a deployment of almost 20 years"
        if event_type == V.DEPLOYMENT and P.UNTIL_BEFORE_PERIOD_RE.search(analysis, match.end(), clause[1]) and not V.MODAL_RE.search(analysis, clause[0], clause[1]):
            return []  # "Portuguese soldiers served at Kabul airport under NATO command until the spring": over before the period
        if event_type == V.DEPLOYMENT and P.SINCE_CLAUSE_BEFORE_RE.search(analysis, max(clause[0], match.start() - 40), match.start()):
            return []  # "the first capitals to fall since the US began withdrawing its forces": a time, not a report
        if event_type == V.DEPLOYMENT and P.LAST_FLIGHT_RE.search(analysis, max(clause[0], match.start() - 25), match.end()) and not P.STILL_NOW_RE.search(match.group()):
            return []  # "its last soldiers from the Kabul airport mission landed in Ankara": a withdrawal (not "were still guarding")
        if event_type == V.DEPLOYMENT and P.CASUALTY_BEFORE_RE.search(analysis, max(clause[0], match.start() - 30), match.start()):
            return []  # "the bombing killed 13 U.S. service members at the airport gate": casualties, not a deployment
        if event_type == V.DEPLOYMENT and P.STAYING_ON_NOW_RE.search(match.group()) and P.NONE_OF_BEFORE_RE.search(analysis, clause[0], match.start()):
            return []  # "No U.S. troops will stay in Kabul to protect the embassy"
        if event_type == V.DEPLOYMENT and (control := P.CONTROL_OF_RE.search(match.group())) and not self._foreign_army_subject(analysis, match.start() + control.start()):
            return []  # "The Taliban's Badri 313 special forces took control of the airport", "Afghan special forces, who have taken control"
        if event_type == V.DEPLOYMENT and P.CARRYING_RE.search(analysis, clause[0], match.start()) and not P.WHO_HAD_RE.search(match.group()):
            return []  # "a C-17 carrying the ambassador and security personnel landed": passengers, not a deployment
            # (but "carrying the last of the troops who had secured the airport" tells what they did there)
        # (a noun phrase sits further from its verb: "is expected to operate the first international flight out of Kabul")
        reach = 7 if P.AIRLIFT_NOUN_START_RE.match(match.group()) else 5
        promised = event_type in (V.STRIKE, V.EVACUATION) and V.MODAL_RE.search(" ".join(analysis[clause[0] : match.start()].split()[-reach:]))
        if event_type == V.STRIKE and promised:
            return []  # "the US says it will continue to carry out air strikes": a promise, not a strike
        if event_type == V.EVACUATION:
            if promised or P.PURPOSE_BEFORE_RE.search(analysis, max(clause[0], match.start() - 25), match.start()):
                return []  # "diplomats would be brought home", "troops to help evacuate": not yet an evacuation
            if P.INFINITIVE_EVACUATE_RE.match(match.group()) and P.SENT_TO_BEFORE_RE.search(analysis, clause[0], match.start()):
                return []  # "has sent a C-2 transport plane to Islamabad to evacuate Japanese nationals": sent for it, not yet done
            if P.NOMINAL_AIRLIFT_RE.fullmatch(match.group()) and P.TIME_OF_AIRLIFT_BEFORE_RE.search(analysis, max(clause[0], match.start() - 60), match.start()):
                return []  # "throughout the takeover and the airlift": a time, not a report
            if (home := P.SOLDIERS_FLEW_HOME_RE.search(analysis, max(0, match.start() - 120), match.end())) and home.end() > match.start():
                return []  # "the last Bundeswehr soldiers flew home from there": a withdrawal
            if P.ELIGIBLE_FOR_BEFORE_RE.search(analysis, max(clause[0], match.start() - 25), match.start()):
                return []  # "people who qualify for evacuation to the Netherlands remain": not yet flown
            if P.COMMERCIAL_BEFORE_RE.search(analysis, max(0, match.start() - 15), match.start()):
                return []  # "Commercial flights out of Kabul were suspended": no airlift
            generic = P.GENERIC_STATES_BEFORE_RE.search(analysis, max(clause[0], match.start() - 60), match.start())
            if generic and not any(named.end() < generic.start() - 1 for named in self.x.actor_pattern.finditer(analysis, clause[0], generic.start())):
                # "Western countries wound down their evacuation flights", "EU Member States continue to evacuate": no one named
                return []  # (but "Germany and other European countries have evacuated": Germany did)
            if P.OTHERS_FLIGHTS_RE.search(analysis, match.end(), clause[1]):
                return []  # "repatriated 190 nationals, most of them on flights arranged by partner countries": others flew them
            if P.FUTURE_AFTER_RE.match(analysis, match.end()):
                return []  # "the first evacuation flight was due to leave Kabul late on Wednesday": not yet
            if P.ING_START_RE.match(match.group()) and P.CLOSING_ANNOUNCED_RE.search(analysis, clause[0], match.start()):
                return []  # "Denmark says it is temporarily closing its embassy and flying out its Afghan staff": announced, not yet done
            deployments = [t for t in triggers if V.TRIGGERS[int(t.lastgroup[1:])].event_type == V.DEPLOYMENT]
            asides = [a.span() for a in P.RELATIVE_ASIDE_RE.finditer(analysis, 0, match.start())] if deployments else []
            earlier = [t for t in deployments if t.start() < match.start() and not P.NEW_CLAUSE_RE.search(analysis, t.end(), match.start())
                       and not P.AND_OWN_AUXILIARY_BEFORE_RE.search(analysis, t.end(), match.start())  # "has 5,200 soldiers there and has carried 7,000 people away"
                       and not (match.group().endswith("ed") and P.EVACUEES_AFTER_RE.match(analysis, match.end()) and any(a < t.end() <= b for a, b in asides))]  # ("US troops, who had secured the airfield, evacuated 122,000 people")
            if earlier or (deployments and P.PURPOSE_EVACUATION_RE.search(analysis[max(0, match.start() - 40) : match.end()])):
                return []
        aboard = event_type == V.EVACUATION and P.ABOARD_END_RE.search(match.group())
        if aboard and (
                P.MILITARY_PASSENGER_RE.search(analysis, clause[0], match.start())
                or any(P.LEFT_FROM_BEFORE_RE.search(analysis, match.start(), outside.start()) for outside in self.x.outside_pattern.finditer(analysis, match.start(), match.end()))
                or ((aircraft := _aircraft_after(analysis, match.end()))
                    and (inbound := P.INBOUND_AFTER_RE.match(analysis, aircraft.end()))
                    and any(0 <= h.start - inbound.end() <= 2 for h in hits))):
            # "the last paratroopers left aboard an RAF C-17": a withdrawal; "left Islamabad on a Canadian military flight":
            # not from the theatre; "aboard a Qatari air force plane bound for Kandahar": into it
            return []
        if self.x.vocabulary.history_re.search(analysis) or self.history_years(index, analysis) or _over_decades(analysis, 0, len(analysis), match.start()) or (
                event_type == V.DEPLOYMENT and P.EARLIER_YEARS_RE.search(analysis)):
            return []
        hit = self._location(analysis, match, hits, clause, event_type)
        left_from = [h for h in hits if match.start() <= h.start < match.end() and h.place.kind in (CAPITAL, PROVINCE)] if aboard else []
        if left_from:
            hit = left_from[0]  # "left Kabul aboard an Indian Air Force C-17 after the consulate in Kandahar closed"
        if hit is None:
            return []
        if hit.place.kind == COUNTRY and event_type == V.DEPLOYMENT and P.OWN_BORDER_RE.search(analysis, clause[0], clause[1]):
            return []  # "Pakistan had increased deployments along the border fence": troops on its own side
        if event_type == V.DEPLOYMENT and self._airport_abroad_after(analysis, match.end()):
            return []  # "working at the airport in Dubai to process evacuees flown out of Kabul"
        if hit.place.kind == COUNTRY and any(not any(a <= span.start + named.start() < b for a, b, _ in self.place_hits)
                                             for named in P.NAMED_AIRPORT_RE.finditer(analysis, clause[0], clause[1])):
            return []  # "working at Darwin airport", "at the airport in Dubai": an airport that is not one of the theatre's
        if hit.place.kind == COUNTRY and (P.AIRPORT_WORD_RE.search(analysis, clause[0], clause[1])
                                          or (event_type == V.DEPLOYMENT and (P.AIRPORT_WORK_RE.search(match.group())
                                                                              or self._there_is_an_airport(index, match)))):
            hit = self._airport_city(index, span, match)  # "Spanish soldiers at the airport": an airport is in a city
        elif hit.place.kind == COUNTRY and (event_type == V.EVACUATION or (event_type == V.DIPLOMATIC and not P.TALKS_RE.search(match.group())
                                                                and not P.CONSULATE_RE.search(match.group()))):
            hit = self._national_capital_hit(match)  # "France ended its evacuation operation": an airlift flies from the capital; embassies sit there
        elif (hit.place.kind == COUNTRY and not hit.surface and event_type == V.DEPLOYMENT and P.FOR_AN_AIRLIFT_RE.search(analysis, match.end(), clause[1])
              and not P.STAGED_ELSEWHERE_RE.search(analysis, clause[0], clause[1])):
            # "paratroopers flew in over the weekend to secure the UK's own evacuation": at the airlift's airport (not "sending
            # soldiers to Afghanistan to evacuate civilians", which names where they go)
            hit = self._national_capital_hit(match)
        # "NATO Allies have deployed additional forces ..., among them the United States, the United Kingdom and Turkey"
        # (read in the sentence itself: the list is an appositive, masked in the analysis)
        holdout = (event_type == V.DEPLOYMENT and hit.place.kind in (CAPITAL, PROVINCE) and P.HOLDING_RE.search(match.group())
                   and P.AIRPORT_WORD_RE.search(analysis, match.start(), max(match.end(), hit.end)))
        actors = (self._listed_members(sentence, clause, match) if event_type in (V.DEPLOYMENT, V.EVACUATION) else []) or \
            self._external_actors(index, analysis, match, clause, event_type)
        if (holdout and hit.place.iso_code != self.x.national_capital_iso
                and not any(self.x.actor_kind.get(a) == "external" and self._named_in(analysis, a) for a in actors)):
            actors = []  # "A group of soldiers held the airport for another day": no army named here, so the country's own
        # An event by nobody named is no event: "smoke rises after an airstrike in Lashkargah" says
        # nothing an analyst could attribute, and the evidence is kept only for attributable reports.
        actors = [a for a in actors if a != self.x.unidentified_actor]
        if hit.place.kind == COUNTRY and event_type == V.DIPLOMATIC and P.TALKS_RE.search(match.group()) and not hit.surface:
            # a meeting with no place named: where the side that now governs sits ("Haqqani met former president Karzai");
            # a meeting without that side and without a place ("Biden met his advisers") is none of the theatre's
            if self.x.territorial_actor not in actors:
                return []
            hit = self._national_capital_hit(match)
        if not actors and holdout:
            # "soldiers of the 217th Corps are still holding the airport": no foreign army is named, so the country's own hold out
            return self._territorial(index, span, sentence, analysis, V.Trigger(V.HELD, V.RIGHT, ""), match, hit, (match.start(), clause[1]), hits=hits)
        if actors and event_type in (V.DEPLOYMENT, V.EVACUATION):
            actors += [a for a in self._gapped_actors(analysis, match.start()) if a not in actors]
        own_days = self._day_gapped_actors(analysis, match.end()) if actors else {}
        actors += [a for a in own_days if a not in actors]
        if actors and event_type == V.DIPLOMATIC:
            actors += [a for a in self._as_did_actors(analysis, match.end(), clause[1]) if a not in actors]
        # "the last US aircraft left Kabul" on the day the foreign troops left is their withdrawal; a country's
        # last flight before it ("Denmark's last plane also left Kabul on Thursday") ended its evacuation
        withdrawal = event_type == V.EVACUATION and P.LAST_FLIGHT_RE.search(analysis, max(clause[0], match.start() - 25), match.end())
        out = []
        for actor in actors:
            mention = self._make(index, span, sentence, event_type, hit, actor, "", trigger, match.group(), match.start(), clause, claimed=accused,
                                 position=own_days.get(actor))
            if mention and not (withdrawal and (self.x.withdrawal_day is None or mention["date_end"] >= self.x.withdrawal_day.isoformat())):
                out.append(mention)
        return out

    def _named_in(self, text: str, actor: str) -> bool:
        """True when text names the actor by one of its aliases."""
        return any((named := self.x.actor_of(f.group())) is not None and named.name == actor for f in self.x.actor_pattern.finditer(text))

    def _previous_list_item(self, text: str, found: re.Match) -> re.Match | None:
        """The actor named just before found in the same list ("Qatar, Kuwait": Qatar for Kuwait), if any."""
        before = [f for f in self.x.actor_pattern.finditer(text, max(0, found.start() - 60), found.start())
                  if P.LIST_JOINT_RE.fullmatch(text, f.end(), found.start())]
        return before[-1] if before else None

    def _actors_listed_at(self, text: str, position: int) -> list[re.Match]:
        """Actors named one after another from position: "the United States, the United Kingdom and Turkey"."""
        listed = []
        while (found := self.x.actor_pattern.match(text, P.THE_RE.match(text, position).end())):
            listed.append(found)
            joint = P.LIST_JOINT_RE.match(text, found.end())
            if joint is None:
                break
            position = joint.end()
        return listed

    def _listed_members(self, sentence: str, clause: tuple[int, int], match: re.Match) -> list[str]:
        """Countries listed as the members who acted: "Allies ..., among them the United States and Turkey", or whose
        aircraft carried those flown out ("were flown out on flights operated by France and Finland"; but "Norway sent
        60 soldiers aboard aircraft of Britain" was Norway's doing)."""
        lead = P.MEMBERS_LEAD_RE.search(sentence, clause[0], len(sentence))
        if lead is None or lead.start() > clause[1] + 2 or P.CARRIED_PEOPLE_BEFORE_RE.search(sentence, max(0, lead.start() - 60), lead.start()):
            return []
        if lead.group().lstrip().startswith(("aboard", "on", "in", "Aboard", "On", "In")) and not P.PASSIVE_CARRIED_RE.search(sentence, clause[0], lead.start()) \
                and any(self._is_foreign(f) for f in self.x.actor_pattern.finditer(sentence, clause[0], match.start())):
            return []
        names = []
        for found in self._actors_listed_at(sentence, lead.end()):
            actor = self.x.actor_of(found.group())
            if actor is None or actor.kind != "external":
                break
            names.append(actor.name)
        return names if len(names) >= 2 else []

    def _as_did_actors(self, analysis: str, after: int, end: int) -> list[str]:
        """Countries that share the predicate: "Beijing's embassy stayed open, as did Tehran's"."""
        shared = P.AS_DID_RE.search(analysis, after, len(analysis))
        if shared is None or shared.start() > end + 1:  # the shared predicate starts where the clause ends
            for gapped in P.AND_THEN_OWNERS_RE.finditer(analysis, after, end + 1):  # "kept their embassies open, and the Turks and Qataris theirs"
                listed = self._actors_listed_at(analysis, gapped.end())
                if listed and P.THEIRS_AFTER_RE.match(analysis, listed[-1].end()):
                    return self._external_names(listed)
            return []
        return self._external_names(self._actors_listed_at(analysis, shared.end()))  # "as did Tehran's", "as have those of China and Russia"

    def _external_names(self, listed: list[re.Match]) -> list[str]:
        """The foreign actors among names found in the text, each once, in order."""
        actors = [self.x.actor_of(found.group()) for found in listed]
        return list(dict.fromkeys(a.name for a in actors if a and a.kind == "external"))

    def _gapped_actors(self, analysis: str, after: int) -> list[str]:
        """More actors of the same predicate, each with its own figure: "flown out more than 5,700 people,
        Germany around 2,700, and France, Italy and Spain over 1,000 each"."""
        first = P.QUANTITY_RE.search(analysis, after)
        if first is None or P.SENTENCE_BREAK_RE.search(analysis, after, first.start()):
            return []
        names: list[str] = []
        tail = P.FIGURE_TAIL_RE.match(analysis, first.end())  # "5,700 people from Kabul, Germany around 2,700"
        cursor = tail.end() if tail else first.end()
        while (lead := P.LIST_JOINT_RE.match(analysis, cursor)):
            group = self._actors_listed_at(analysis, lead.end())
            figure = P.QUANTITY_RE.match(analysis, group[-1].end()) if group else None
            if figure is None:
                break
            names += self._external_names(group)
            cursor = figure.end()
        return names

    def _day_gapped_actors(self, analysis: str, after: int) -> dict[str, int]:
        """More actors of the same predicate, each with a day of its own, and where that day is: "Canada wound up its
        flights on Thursday, France and Italy on Friday"."""
        day = P.GAPPED_DAY_RE.match(analysis, after)
        if day is None or not P.DAY_WORD_RE.search(day.group()):
            return {}
        found: dict[str, int] = {}
        cursor = day.end()
        while (lead := P.LIST_JOINT_RE.match(analysis, cursor)):
            group = self._actors_listed_at(analysis, lead.end())
            day = P.GAPPED_DAY_RE.match(analysis, group[-1].end()) if group else None
            if day is None or not P.DAY_WORD_RE.search(day.group()):
                break
            part = P.DAYPART_AFTER_RE.match(analysis, day.end())  # "the Dutch on Thursday morning"
            if not P.ITEM_END_RE.match(analysis, part.end() if part else day.end()):
                break
            for name in self._external_names(group):
                found.setdefault(name, day.end() - len(day.group().lstrip(" ,")))  # where the day's words begin
            cursor = part.end() if part else day.end()
        return found

    def _airport_city(self, index: int, span: Span, match) -> _Hit:
        """The city of an unnamed airport: the one last named, or else the national capital's, where an airlift runs."""
        referent = self._referent(index, span, match.start(), match.end(), match.group())
        return referent if referent is not None else self._national_capital_hit(match)

    def _there_is_an_airport(self, index: int, match) -> bool:
        """True when "there" ends the deployment and the sentence before, in the same paragraph, is at an airport
        ("About 900 British soldiers are at the airport. America has about 5,200 soldiers there")."""
        if not P.THERE_END_RE.search(match.group()) or index == 0 or self.spans[index - 1].paragraph != self.spans[index].paragraph:
            return False
        before = self.spans[index - 1].text(self.text)
        return bool(P.AIRPORT_WORD_RE.search(before)) and not self.x.outside_pattern.search(before)  # (not "to Tashkent airport")

    def _airport_abroad_after(self, text: str, position: int) -> bool:
        """True when an airport named just after position is in a town outside the theatre ("its airport in Termez")."""
        airport_in = P.AIRPORT_IN_AFTER_RE.match(text, position)
        return bool(airport_in and self.x.outside_pattern.match(text, airport_in.end()))

    def _national_capital_hit(self, match) -> _Hit:
        """A hit for the national capital at the span of match ("the capital", "the presidential palace", an airlift)."""
        return _Hit(match.start(), match.end(), (self.x.gazetteer.capital_of(self.x.national_capital_iso),), match.group())

    def _location(self, analysis, match, hits, clause, event_type: str = "") -> _Hit | None:
        """The place where a non-territorial event happens; None when it is outside the theatre."""
        in_clause = [h for h in hits if clause[0] <= h.start < clause[1]]
        located = [h for h in in_clause if _locative(analysis, h) or abs(h.start - match.end()) <= 2 or abs(match.start() - h.end) <= 2
                   or P.AIRPORT_AFTER_RE.match(analysis, h.end)]  # "guard parts of Kabul airport": at Kabul
        located += [h for h in hits if h not in located and match.start() <= h.start < match.end() + 1]
        where_clause = P.WHERE_CLAUSE_START_RE.match(analysis, clause[0])  # "a command post in Islamabad, where 60 personnel were stationed"
        outside = [
            m for m in self.x.outside_pattern.finditer(analysis, max(0, clause[0] - 40) if where_clause else clause[0], clause[1])
            if (_locative_before(analysis, m.start()) or P.IN_PLACE_COMMA_BEFORE_RE.search(analysis, max(0, m.start() - 50), m.start()))
            and not P.SPEAKER_AFTER_RE.match(analysis, m.end())
            and not (event_type in (V.EVACUATION, V.DIPLOMATIC) and P.ATTRIBUTION_BEFORE_RE.search(analysis, max(0, m.start() - 50), m.start()))  # "according to statements from Ottawa"
            and not (event_type == V.EVACUATION and (P.ENDS_WITH_TO_RE.search(match.group()) and 0 <= m.start() - match.end() <= 2
                                                     or P.LANDING_PLACE_BEFORE_RE.search(analysis, max(clause[0], m.start() - 60), m.start())))
            and not (event_type == V.DIPLOMATIC and m.start() > match.end() and (P.NEW_CLAUSE_RE.search(analysis, match.end(), m.start())
                                                                             or P.RUN_FROM_ELSEWHERE_RE.search(analysis, match.end(), m.start())))
        ]  # "flew 125 people to Tashkent", "via its base in Abu Dhabi": where an airlift lands is not where it happens
        # (but "suspended operations on Aug. 15, and its diplomats have since worked from Ottawa", "had been suspended and would be
        # run from Doha": the embassy stays where it was)
        if (P.TALKS_RE.search(match.group()) or event_type == V.DEPLOYMENT) and any(0 <= m.start() - match.end() <= 2 for m in outside):
            return None  # "met again in Doha": talks outside the theatre; "aircraft, dispatched to Islamabad": a deployment there
        located = [h for h in located if not V.MODIFIER_NOUNS_RE.match(analysis, h.end) or P.AIRPORT_AFTER_RE.match(analysis, h.end)]  # "the Kabul government" is no venue
        adjacent = [h for h in located if 0 <= h.start - match.end() <= 2 and h.place.kind != COUNTRY]
        if adjacent and P.TALKS_RE.search(match.group()):
            return adjacent[0]  # "talks between the Taliban and Panjshir elders were held in Charikar"
        if located:
            after = [h for h in located if h.start >= match.start()]
            specific = [h for h in (after or located) if h.place.kind != COUNTRY]
            if outside and not specific:
                nearest_outside = min(outside, key=lambda m: abs(m.start() - match.end()))
                nearest_place = min(after or located, key=lambda h: abs(h.start - match.end()))
                if abs(nearest_outside.start() - match.end()) < abs(nearest_place.start - match.end()):
                    return None
            return (specific or after or located)[0]
        if outside:
            return None
        if P.RELATIVE_START_RE.match(analysis[clause[0] : match.start()]):
            antecedents = [h for h in hits if h.end <= clause[0] and h.place.kind != COUNTRY]
            if antecedents:
                return antecedents[-1]
        capital_phrase = self.x.vocabulary.national_capital_re.search(analysis, clause[0], clause[1])
        if capital_phrase is None and (P.EMBASSY_RE.search(match.group())
                                       or (event_type == V.DIPLOMATIC and P.EMBASSY_RE.search(analysis, clause[0], clause[1]))
                                       or (event_type == V.DEPLOYMENT and P.GUARDED_BY_RE.match(match.group())
                                           and P.EMBASSY_RE.search(analysis, max(0, clause[0] - 60), match.start()))):
            capital_phrase = match  # an embassy named without a city is in the national capital ("the flag was lowered at the chancery",
            # "The US embassy is still working, protected by a residual force of about 650 American soldiers")
        if capital_phrase:
            return self._national_capital_hit(capital_phrase)
        country = next((p for p in self.x.gazetteer.places if p.kind == COUNTRY), None)
        if country is None:
            return None
        return _Hit(match.start(), match.end(), (country,), "")

    def _external_actors(self, index, analysis, match, clause, event_type) -> list[str]:
        x = self.x
        talks = event_type == V.DIPLOMATIC and P.TALKS_RE.search(match.group())
        excluded = set() if talks else {x.territorial_actor}  # the Taliban hold talks; they keep no embassies
        if event_type == V.DIPLOMATIC:
            excluded |= x.government_side  # nor does the government in its own capital; its envoys are not coded
        foreign_only = event_type in (V.DEPLOYMENT, V.EVACUATION)

        def usable(found) -> bool:
            actor = x.actor_of(found.group())
            if actor is None or actor.name in excluded or (foreign_only and actor.kind != "external"):
                return False
            if event_type == V.DIPLOMATIC and P.MISSION_AFTER_RE.match(analysis, found.end()):
                return True  # "the German Embassy closed": the embassy's country is the actor
            if destination(found) or helper(found):
                return False
            if event_type == V.STRIKE and found.end() < match.start() and not analysis[found.end() : match.start()].strip():
                return True  # "heavy casualties in AAF airstrikes in Kunduz city": the air force the strikes are named by
            return not P.ACTOR_MODIFIER_RE.match(analysis, found.end())

        def helper(found) -> bool:  # "flew 14 Afghans out at the request of the United States": who asked, not who flew
            if not foreign_only:
                return False
            if P.HELPER_BEFORE_RE.search(analysis, max(0, found.start() - 30), found.start()):
                return True
            previous = self._previous_list_item(analysis, found)
            # "passengers, among them Americans, Britons, Canadians" (but not "the United States, Korean aircraft flew")
            return previous is not None and helper(previous) and not P.LIST_ITEM_CONTINUES_RE.match(analysis, found.end())

        def destination(found, text: str = analysis) -> bool:  # "withdrew across the border into Uzbekistan": a place, not who acted
            if P.DESTINATION_BEFORE_RE.search(text, max(0, found.start() - 30), found.start()):
                return True
            previous = self._previous_list_item(text, found)
            if previous is not None and destination(previous, text):
                return True  # "flown to U.S. bases in Qatar, Kuwait and Germany": every item of the list
            # "flew them from Kabul to Tashkent, Uzbekistan, where ..." (but not "returned to Kabul, Germany said",
            # nor the parties to talks "between Taliban and US officials")
            before = max(0, found.start() - 40)
            return bool((event_type != V.DIPLOMATIC and P.ROUTE_BETWEEN_BEFORE_RE.search(text, before, found.start()))
                        or (P.ROUTE_APPOSITIVE_BEFORE_RE.search(text, before, found.start()) and P.ROUTE_END_RE.match(text, found.end())))

        def owners(start: int, end: int) -> list[str]:  # the countries whose aircraft is named between start and end
            named = [f for f in x.actor_pattern.finditer(analysis, start, end) if usable(f)]
            return list(dict.fromkeys(x.actor_of(f.group()).name for f in _joined_from_first(analysis, named))) if named else []

        if event_type == V.EVACUATION and P.ABOARD_END_RE.search(match.group()):
            aircraft = _aircraft_after(analysis, match.end())
            until = aircraft.start() if aircraft else min(len(analysis), match.end() + 40)  # (not "aboard a C-17 for Qatar")
            # "26 Irish citizens had left on a French military flight": France flew them; "He left aboard a C-17 for Qatar":
            # whose aircraft is not said
            return owners(match.end(), until) or [x.unidentified_actor]
        if event_type == V.EVACUATION and P.PASSENGER_VERB_RE.match(match.group()) and (on_board := P.ABOARD_AFTER_RE.match(analysis, match.end())) and (
                aircraft := _aircraft_after(analysis, on_board.end(), reach=30)) and not P.CLAUSE_PUNCTUATION_RE.search(
                analysis, on_board.end(), aircraft.start()) and (flown_by := owners(on_board.end(), aircraft.start())):
            return flown_by  # "Two Chilean aid workers ... were flown out on a French military aircraft" (but "British troops flew 200
            # interpreters out on an American C-17": the subject flew them)
        subject_found = [f for f in x.actor_pattern.finditer(analysis, clause[0], match.end()) if usable(f)]
        if (aside := P.RELATIVE_ASIDE_RE.match(analysis, max(0, clause[0] - 1))) and aside.end() <= match.start():
            # "India, which routes part of its trade through Iran's Chabahar port, flew 50 diplomats out": the antecedent acts
            antecedents = [f for f in x.actor_pattern.finditer(analysis, max(0, aside.start() - 120), aside.start()) if usable(f)]
            if antecedents and antecedents[-1].end() == aside.start():
                subject_found = [f for f in subject_found if f.start() >= aside.end()] or _joined_list(analysis, antecedents)
        asides = [a.span() for a in P.RELATIVE_ASIDE_RE.finditer(analysis, max(0, clause[0] - 1), match.end())]
        # "The British embassy, where another Nepali team worked, relocated to the airport": not the aside's nation
        subject_found = [f for f in subject_found if not any(a < f.start() < b for a, b in asides)] or subject_found
        for joiner in (", and ", ", "):
            conjunct = analysis.rfind(joiner, clause[0], match.start())
            second_subject = next((f for f in subject_found if f.start() > conjunct), None) if conjunct >= 0 else None
            if (second_subject is not None and P.THE_ONLY_RE.fullmatch(analysis, conjunct + len(joiner), second_subject.start())
                    and self.x.vocabulary.trigger_re.search(analysis[clause[0] : conjunct])):
                # "Belgium ended its evacuation flights, and Turkey began withdrawing its soldiers", "Belgium brought its last
                # evacuees out, Turkey began flying its soldiers home": the second predicate's own subject
                subject_found = [f for f in subject_found if f.start() > conjunct]
                break
        if not subject_found and P.RELATIVE_CLAUSE_START_RE.match(analysis, clause[0], match.start()):
            # "Qatar and Turkey, which have both kept their embassies in Kabul open": the relative clause's antecedents
            before = [f for f in x.actor_pattern.finditer(analysis, max(0, clause[0] - 120), clause[0]) if usable(f)]
            if before and (P.COMMA_GAP_RE.fullmatch(analysis, before[-1].end(), clause[0]) or P.DASH_LEAD_RE.match(analysis, before[-1].end())):
                return list(dict.fromkeys(x.actor_of(f.group()).name for f in _joined_list(analysis, before)))
        if event_type == V.EVACUATION and P.ITS_CARRIER_START_RE.match(analysis, clause[0]) \
                and (flag := self._external_actor_before(index, back=1, organisations=False)) is not None:
            return [flag]  # "Qatar has been the go-between. Its national airline flew two charter flights from Kabul": Qatar's
        lead = P.LEADING_TEMPORAL_CLAUSE_RE.match(analysis[clause[0] : match.start()])
        if lead and subject_found and subject_found[-1].start() < clause[0] + lead.end() and P.NOUN_SUBJECT_RE.match(analysis[clause[0] + lead.end() : match.start()]):
            return [x.unidentified_actor]  # "When the last American C-17 lifted off, most Western capitals had pulled their diplomats out"
        subject = [x.actor_of(f.group()).name for f in subject_found]
        if event_type == V.STRIKE and subject_found:  # "American and Afghan aircraft bombed": both air forces struck
            joined = _joined_list(analysis, subject_found)
            first = subject_found.index(joined[0])
            if first and P.AIRCRAFT_AND_RE.fullmatch(analysis, subject_found[first - 1].end(), joined[0].start()):
                joined.insert(0, subject_found[first - 1])  # "Afghan Air Force jets and U.S. aircraft struck": both air forces
            struck = [x.actor_of(f.group()).name for f in joined]
            adjective = P.ADJECTIVE_AND_BEFORE_RE.search(analysis, max(0, joined[0].start() - 30), joined[0].start())
            aircraft = P.AIRCRAFT_NOUN_AFTER_RE.match(analysis, joined[-1].end())
            if adjective and aircraft:  # "Afghan and American planes pounded": "Afghan planes" too
                partner = x.actor_of(f"{adjective.group(1)} {aircraft.group(1)}")
                if partner is not None and partner.name not in excluded:
                    struck.insert(0, partner.name)
            joint = P.AND_JOINT_RE.match(analysis, match.end())
            partner = x.actor_pattern.search(analysis, joint.end(), joint.end() + 24) if joint else None
            partner = partner if partner and partner.start() - joint.end() <= 8 else None
            if partner and usable(partner) and P.AIRCRAFT_AFTER_RE.match(analysis, partner.end()):
                struck.append(x.actor_of(partner.group()).name)  # "US B-52s and Afghan A-29s struck": the second air force too
            return list(dict.fromkeys(struck))
        if talks:  # "UN envoy Griffiths held talks with IEA leaders": the side that governs met; "Turkish officials held talks
            # with the Taliban": the state that came to talk is the one reported on, the Taliban its counterpart
            met = [(f, x.actor_of(f.group())) for f in x.actor_pattern.finditer(analysis, clause[0], match.end()) if not destination(f)]
            met = [(f, a) for f, a in met if a is not None]
            visitors = [f for f, a in met if f.start() < match.start() and a.kind == "external" and not a.organisation]
            if not visitors and P.ITS_ENVOY_BEFORE_RE.search(analysis, clause[0], match.start()):
                # "Russia's embassy stayed open. Its ambassador met Taliban representatives in Kabul": the country named before
                sent_by = self._external_actor_before(index, back=1, organisations=False)
                if sent_by is not None:
                    return [sent_by]
            subject += [a.name for _, a in met if a.name not in x.government_side]
            if visitors:
                subject = [a for a in subject if a != x.territorial_actor]
        if subject:
            return list(dict.fromkeys(subject))
        if talks and P.BOTH_SIDES_RE.search(analysis, clause[0], clause[1]) and not V.MODAL_RE.search(analysis, clause[0], clause[1]) \
                and not P.SCHEDULED_TO_RE.search(analysis, clause[0], clause[1]) \
                and self._party_named_before(index) == x.territorial_actor:
            return [x.territorial_actor]  # "The Taliban want a deal. Talks between the two sides in Charikar broke down": they were one side
        after_found = [f for f in x.actor_pattern.finditer(analysis, match.start(), min(clause[1], match.end() + 40)) if usable(f)]
        if after_found and event_type == V.STRIKE:  # "Air strikes by US and Afghan aircraft": every air force of the list
            return list(dict.fromkeys(x.actor_of(f.group()).name for f in _joined_from_first(analysis, after_found)))
        if after_found:
            return [x.actor_of(after_found[0].group()).name]
        anywhere = [x.actor_of(f.group()).name for f in x.actor_pattern.finditer(analysis) if usable(f)]
        if anywhere:
            return [anywhere[0]]
        speakers = [x.actor_of(f.group()) for f in x.actor_pattern.finditer(analysis) if not destination(f) and not helper(f)]
        speakers = [a.name for a in speakers if a and a.name not in excluded and not (foreign_only and a.kind != "external")]
        if speakers:
            return [speakers[0]]
        named_before = self._external_actor_before(index, back=2, keep=lambda found, text: not destination(found, text))
        if named_before is not None:
            return [named_before]
        if P.FIRST_PERSON_RE.search(analysis, clause[0], match.end()):
            # "Our embassy in Kabul suspended operations" in a statement from "National Defence Canada"
            publisher = [x.actor_of(f.group()) for f in x.actor_pattern.finditer(self.article.outlet or "")]
            publisher = [a.name for a in publisher if a and a.kind == "external" and a.name not in excluded]
            if publisher:
                return [publisher[0]]
        if event_type == V.DIPLOMATIC and P.THE_MISSION_RE.search(analysis, clause[0], match.end()):
            home = self._home_country(index)
            if home is not None:
                return [home]  # "The embassy in Kabul was closed on 15 August" in a German weekly that names Germany throughout
        return [x.unidentified_actor]

    def _home_country(self, index: int) -> str | None:
        """The one foreign country an article has been about so far: named at least three times before this
        sentence, and at least twice as often as any other."""
        named = (self.x.actor_of(found.group()) for found in self.x.actor_pattern.finditer(self.text, 0, self.spans[index].start))
        ranked = Counter(a.name for a in named if a is not None and a.kind == "external" and not a.organisation).most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _party_named_before(self, index: int, back: int = 6) -> str | None:
        """The actor named in the nearest of the `back` sentences before this one that names any (the side that takes
        territory if it is among them): who "both sides" or "the two sides" takes in."""
        for earlier in range(index - 1, max(-1, index - 1 - back), -1):
            found = [self.x.actor_of(f.group()) for f in self.x.actor_pattern.finditer(self.spans[earlier].text(self.text))]
            found = [a.name for a in found if a is not None]
            if found:
                return self.x.territorial_actor if self.x.territorial_actor in found else found[-1]
        return None

    def _external_actor_before(self, index: int, *, back: int, keep=None, organisations: bool = True) -> str | None:
        """The foreign actor last named in the nearest of the `back` sentences before this one, in the same paragraph
        (caption headings skipped), among the names `keep(match, text)` accepts."""
        for earlier in range(index - 1, max(-1, index - 1 - back), -1):
            if self.spans[earlier].paragraph != self.spans[index].paragraph:
                break
            if self.spans[earlier].heading:
                continue
            previous = self.spans[earlier].text(self.text)
            found = [self.x.actor_of(f.group()) for f in self.x.actor_pattern.finditer(previous) if keep is None or keep(f, previous)]
            found = [a.name for a in found if a and a.kind == "external" and (organisations or not a.organisation)]
            if found:
                return found[-1]
        return None

    # -- output -----------------------------------------------------------------------------
    def _make(self, index, span, sentence, event_type, hit, actor1, actor2, trigger, trigger_text, trigger_pos, clause, *, claimed, position=None,
              dates_until=None) -> dict | None:
        place = hit.place
        if place.kind == PROVINCE and hit.surface and len(hit.places) > 1 and not _says_province(sentence, hit):
            place = next(p for p in hit.places if p.kind == CAPITAL)
        elif place.kind == CAPITAL and len(hit.places) > 1 and _says_province(sentence, hit):
            place = next(p for p in hit.places if p.kind == PROVINCE)
        if (place.kind == PROVINCE and hit.surface and P.CAPITAL_OF_BEFORE_RE.search(sentence, max(0, hit.start - 60), hit.start)
                and not P.POSSESSIVE_OR_DISTRICT_AFTER_RE.match(sentence, hit.end)):  # (not "the capital of Helmand's Nad Ali district")
            place = self.x.gazetteer.capital_of(place.iso_code)  # "fighters broke into the capital of Badghis": Qala-i-Naw
        if place.kind == PROVINCE and hit.surface and P.PROVINCE_CAPITAL_AFTER_RE.match(sentence, hit.end):
            place = self.x.gazetteer.capital_of(place.iso_code)  # "around the Jowzjan capital": Sheberghan
        at = trigger_pos if position is None else position
        expression, basis = self.date_for(index, span.start + at, (span.start + clause[0], span.start + clause[1]), onsets=event_type == V.CONTESTED or trigger.control_state
                                       or (event_type == V.CAPTURED and bool(P.STATE_PHRASE_RE.search(trigger_text))
                                           and bool(P.SINCE_AFTER_RE.match(sentence, trigger_pos + len(trigger_text))))  # "in Taliban hands since Saturday"
                                       or (event_type == V.CAPTURED and bool(P.SINCE_END_RE.search(trigger_text))),  # "which they have held since Thursday"
                                       until=None if dates_until is None else span.start + dates_until)
        if (event_type in (V.EVACUATION, V.DEPLOYMENT) or (event_type in (V.CONTESTED, V.HELD) and P.STILL_SO_RE.search(trigger_text))) and (
                running := self._running_since(index, (span.start + clause[0], span.start + clause[1]), in_period=event_type in (V.CONTESTED, V.HELD))):
            # "France has evacuated close to 1,000 people since Tuesday", "Kunduz has been encircled since late June": from then until now
            expression, basis = running, "sentence"
        if event_type == V.DEPLOYMENT and P.STAYING_ON_NOW_RE.search(trigger_text) and not (
                basis == "sentence" and expression.end <= span.start + trigger_pos
                and not P.CLAUSE_JOIN_RE.search(self.text, expression.end, span.start + trigger_pos)
                and not P.RELATIVE_OPEN_END_RE.search(self.text, span.start, expression.start)):
            # "U.S. forces left Bagram on July 2. About 650 troops will stay in Kabul": now (but "In April, Biden said
            # about 650 troops would stay": then)
            expression, basis = None, "publication"
        if expression is not None:
            date_start, date_end, precision, best = expression.date_start, expression.date_end, expression.precision, expression.event_date
            phrase = expression.phrase
        elif (section_day := self._section_day(index)) != self.published:
            date_start = date_end = best = section_day  # an undated sentence under a diary's or live page's day heading
            precision, phrase, basis = DAY, "", "heading"
        else:
            date_start, date_end, precision, best = publication_window(self.published, self.x.period)
            phrase = ""
            if self._written_after_period:
                basis = "period"  # a year on, an undated report can only be placed somewhere in the period
        days_before = hit.days_before
        if (expression is not None and basis == "sentence" and (lag := P.LAG_BEFORE_RE.search(sentence, max(0, hit.start - 80), hit.start))
                and expression.end <= span.start + lag.start()):
            days_before = _lag_days(lag.group("lag")) or 0
        if days_before and date_start is not None:
            date_start, date_end, best = (d - timedelta(days=days_before) if d else d for d in (date_start, date_end, best))
        if date_start is None or date_start > self.published:
            return None
        if self._written_after_period and date_start > self.x.period[1]:
            return None  # a year on, "Japan will reopen its embassy only when security allows": after the period
        if self._before_period(date_start, date_end):
            return None  # "nearly six years after a US air strike destroyed the MSF hospital in October 2015": history, by its date
        cutoff = self.x.holding_actor_until
        if (event_type == V.HELD and cutoff and basis == "publication" and self.published > cutoff and P.HOLD_LENGTH_RE.search(sentence)
                and not P.STILL_SO_NOW_RE.search(sentence) and (told_day := next(self._days_named_before(index), None)) and told_day <= cutoff):
            # weeks later, "Together they kept the Taliban out of the city for a fortnight" after "On the night of 29 July":
            # a hold over before the writing, from the day the story is at
            date_start = date_end = best = told_day
            precision, basis = DAY, "context"
        if event_type == V.HELD and cutoff and (date_start > cutoff or (basis == "publication" and (best or date_end) > cutoff)):
            return None  # "Panjshir, the last province holding out" in September: resistance, not the government
        if event_type == V.HELD and cutoff and basis != "publication" and date_start <= cutoff < date_end:
            # a year on, "the city stayed in government hands"; "since July ... still holding the airport", weeks later: before the end
            date_end, best = cutoff, min(best, cutoff)
        if (event_type == V.CONTESTED and cutoff and basis == "sentence" and date_start > cutoff and place.kind == CAPITAL
                and place.iso_code == self.x.national_capital_iso):
            return None  # after the government's end, a firefight at the capital's airport gate on a day named contests nobody's control
        kind = self.x.actor_kind.get(actor1, "external")
        acled_event, sub_event = V.acled_type(event_type, kind, trigger.transfer)
        location = place.name
        is_country = place.kind == COUNTRY
        char_start = min(span.start, hit.context_start) if hit.context_start is not None else span.start
        evidence = " ".join(self.text[char_start : span.end].split())
        key = f"{self.article.file}|{span.start}|{event_type}|{place.iso_code or place.name}|{actor1}"
        return {
            "mention_id": "M" + hashlib.sha1(key.encode()).hexdigest()[:12],
            "article": self.article.file,
            "title": self.article.title,
            "outlet": self.article.outlet,
            "published": self.published.isoformat(),
            "url": self.article.url,
            "event_type": event_type,
            "sub_event_type": sub_event,
            "acled_event_type": acled_event,
            "actor1": actor1,
            "actor2": actor2,
            "location": location,
            "province": "" if is_country else place.province,
            "iso_code": "" if is_country else place.iso_code,
            "latitude": place.lat,
            "longitude": place.lon,
            "geo_precision": place.geo_precision,
            "date_start": date_start.isoformat(),
            "date_end": date_end.isoformat(),
            "event_date": (best or date_end).isoformat(),
            "time_precision": precision,
            "date_basis": basis,
            "date_phrase": phrase,
            "claimed": claimed,
            "evidence": evidence,
            "char_start": char_start,
            "char_end": span.end,
            "trigger": " ".join(trigger_text.split()),
        }


# -- helpers over one sentence -------------------------------------------------------------------


def _alias_key(surface: str) -> str:
    """An actor's name as matched in text ("Afghanistan’s  defence-ministry") in the form its alias is listed."""
    return " ".join(re.split(r"[\s\-\u2010\u2011]+", surface.replace("\u2019", "'").strip())).lower()


def _joined_list(text: str, found: list[re.Match]) -> list[re.Match]:
    """The last of the matches, with those joined to it as a list before it ("American, British and French")."""
    joined = [found[-1]]
    for previous in reversed(found[:-1]):
        joint = P.AND_JOINT_RE if len(joined) == 1 else P.LIST_JOINT_RE
        if not joint.fullmatch(text, previous.end(), joined[0].start()):
            break
        joined.insert(0, previous)
    return joined


def _joined_from_first(text: str, found: list[re.Match]) -> list[re.Match]:
    """The first of the matches, with those joined to it as a list after it ("US and Afghan aircraft")."""
    joined = [found[0]]
    for following in found[1:]:
        if not P.LIST_JOINT_RE.fullmatch(text, joined[-1].end(), following.start()):
            break
        joined.append(following)
    return joined


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match | None:
    """The last non-overlapping match of pattern in text[start:end], if any."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def _tells_a_fall(triggers: list) -> bool:
    """True when one of a sentence's triggers tells of a capture."""
    return any(V.TRIGGERS[int(t.lastgroup[1:])].event_type == V.CAPTURED for t in triggers)


def _days_named(expressions: Iterable[DateExpression]) -> Iterator[date]:
    """The days of the expressions that name one to the day, in their order."""
    return (e.event_date for e in expressions if e.precision == DAY and e.event_date is not None)


def _inside(hit: _Hit, masked: list[tuple[int, int]]) -> bool:
    return any(a <= hit.start < b for a, b in masked)


def _one_of_two_names(sentence: str, hits: list[_Hit]) -> tuple[str, list[_Hit]]:
    """The sentence with the first of two names for one place blanked ("Firozkoh, or Chaghcharan, the capital of
    Ghor": the place once, so the list it stands in still reads as one), and the hits without it."""
    kept: list[_Hit] = []
    for hit in hits:
        previous = kept[-1] if kept else None
        if previous is not None and previous.places == hit.places and previous.start != hit.start and P.OR_NAME_GAP_RE.fullmatch(sentence, previous.end, hit.start):
            sentence = sentence[: previous.start] + " " * (hit.start - previous.start) + sentence[hit.start :]
            kept[-1] = hit
            continue
        kept.append(hit)
    return sentence, kept


def _mask_appositives(sentence: str, hits: list[_Hit], trigger_re: re.Pattern[str], actor_re: re.Pattern[str],
                      dated_to_history: Callable[[int, int], bool]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Blank out appositives after place names ("Herat, a city south of Kabul,") for analysis; return the sentence
    so masked, every span blanked, and the spans that describe a place (whose dates are the description's own).
    An appositive telling an event of its own stays, unless dated_to_history says the event is the place's past."""
    masked: list[tuple[int, int]] = []
    descriptions: list[tuple[int, int]] = []
    starts = {h.start for h in hits}
    possessive_starts = {h.start for h in hits if P.POSSESSIVE_S_RE.match(sentence, h.end)}  # ", Afghanistan's third city,": a description
    unquoted = None  # the sentence as the trigger scan reads it, made only if an appositive needs it
    for hit in hits:
        match = P.APPOSITIVE_RE.match(sentence, hit.end)
        described = match is not None  # (not just any short phrase between commas)
        if not match:
            match = P.GENERAL_APPOSITIVE_RE.match(sentence, hit.end)
        if not match:
            continue
        body_start = match.start() + 1 + len(match.group()[1:]) - len(match.group()[1:].lstrip())
        if body_start in starts and body_start not in possessive_starts:
            continue  # ", Sar-e-Pol, Taloqan": a list, not an appositive
        if P.TIME_ADJUNCT_START_RE.match(sentence, body_start):
            continue  # "overran the city, in 2015 and 2016, but ...": when it happened, not a description
        if (P.PARTICIPLE_LEAD_RE.fullmatch(sentence, 0, match.start())
                or (P.FRONTED_LOCATIVE_RE.fullmatch(sentence, 0, hit.start) and len(P.WORD_RE.findall(match.group())) <= 4)) \
                and actor_re.search(sentence, body_start, match.end()):
            # "Having suspended its presence in Kabul, the State Department will ...", "In Kabul, the CIA director, William
            # Burns, met ...": the subject after the lead
            continue
        unquoted = unquoted if unquoted is not None else V.without_quote_marks(sentence)
        inner_trigger = trigger_re.search(unquoted, match.start())  # in the whole sentence: "also went," looks past its comma
        triggered = inner_trigger is not None and inner_trigger.start() < match.end()
        inner = triggered and not (  # "the capital of Helmand where British troops fought for years" (not "... which fell on August 12")
            P.DESCRIPTION_WITH_RELATIVE_RE.match(sentence, body_start, inner_trigger.start())
            and not P.DAY_NAMED_RE.search(sentence, inner_trigger.end(), match.end()))
        most_words = 14
        if described and not triggered and not any(match.start() < other.start < match.end() and other.place.iso_code != hit.place.iso_code
                                                   and other.place.kind != COUNTRY for other in hits):
            most_words = 18  # "once the capital of a medieval empire and home to two celebrated 12th-century minarets" (or "the northern hub ...")
            if P.EPITHET_HEAD_RE.match(sentence, body_start):
                most_words = 24  # "the Helmand capital laid out by American engineers in the 1950s as a model town for the ... irrigation project"
        history_aside = described or (P.PARTICIPLE_APPOSITIVE_START_RE.match(sentence, body_start)  # ", overrun briefly in 2015, has been"
                                      and P.PRESENT_VERB_START_RE.match(sentence, match.end()))
        inner = inner and not (history_aside and sentence.startswith(",", match.end()) and dated_to_history(match.start(), match.end()))  # "Kunduz, the hub the Taliban seized in 2015,"
        if len(P.WORD_RE.findall(match.group())) > most_words or inner or V.REVERSAL_RE.search(match.group()):
            continue  # ", enemy attacks repelled in Kandahar,": a clause of its own, not a description
        masked.append((match.start() + 1, match.end()))
        descriptions.append((match.start() + 1, match.end()))
    for hit in hits:
        dashed = P.DASH_APPOSITIVE_RE.match(sentence, hit.end)
        if dashed is None:
            past = P.DASH_PARTICIPLE_APPOSITIVE_RE.match(sentence, hit.end)
            if past and dated_to_history(past.start(), past.end()) and P.PRESENT_VERB_START_RE.match(sentence, past.end()):
                masked.append((past.start() + 1, past.end() - 1))  # "Ghazni — besieged in 2018 — has been under attack"
                descriptions.append((past.start() + 1, past.end() - 1))
            continue
        unquoted = unquoted if unquoted is not None else V.without_quote_marks(sentence)
        if not trigger_re.search(unquoted, dashed.start(), dashed.end()) or dated_to_history(dashed.start(), dashed.end()):
            # "Maidan Shahr and Mahmud-i-Raqi – the Wardak and Kapisa capitals – surrendered": a description between dashes
            masked.append((dashed.start() + 1, dashed.end() - 1))
            descriptions.append((dashed.start() + 1, dashed.end() - 1))
    for dashed in P.DASH_PAIR_ASIDE_RE.finditer(sentence):
        unquoted = unquoted if unquoted is not None else V.without_quote_marks(sentence)
        if (not any(dashed.start() <= start < dashed.end() for start in starts)
                and not trigger_re.search(unquoted, dashed.start(), dashed.end())
                and not actor_re.search(sentence, dashed.start(), dashed.end())
                and not any(a <= dashed.start() + 1 < b for a, b in masked)):
            # "Herat – defended for a fortnight by Ismail Khan's militia – held out": an aside that names no place or
            # side and tells no event of its own, between its subject and its verb
            masked.append((dashed.start() + 1, dashed.end() - 1))
            if P.DESCRIPTION_START_RE.match(sentence, dashed.start() + 2):
                descriptions.append((dashed.start() + 1, dashed.end() - 1))  # (but "– late on Sunday –" still dates it)
    for tag in P.SPEECH_TAG_RE.finditer(sentence):
        if not P.CAPITALISED_RE.search(P.WEEKDAY_WORD_RE.sub("", tag.group())) and not any(a <= tag.start() + 1 < b for a, b in masked):
            masked.append((tag.start() + 1, tag.end() - 1))  # "Herat, officials said on Thursday, has fallen": the subject, then its verb
    for end in [h.end for h in hits] + [b for _, b in masked]:
        distance = P.DISTANCE_APPOSITIVE_RE.match(sentence, end)
        if distance and not any(a <= distance.start() + 1 < b for a, b in masked):
            # "Pul-e-Alam, the capital of Logar province, roughly 70 km south of Kabul, fell": where it lies, not a subject
            masked.append((distance.start() + 1, distance.end()))
            descriptions.append((distance.start() + 1, distance.end()))
    for hit in hits:
        paren = P.PAREN_AFTER_RE.match(sentence, hit.end)
        if paren:
            masked.append((paren.start(), paren.end()))  # "Aibak (Aug. 9), the capital of ...": still dated from the text
    dateline = None if sentence.isupper() else P.DATELINE_RE.match(sentence)  # "LASHKARGAH - HANDED OVER": a strap, not a dateline
    if dateline and ((hits and hits[0].start <= dateline.start(1) + 1) or ("," in dateline.group() and (not hits or hits[0].start >= dateline.end()))):
        masked.append((dateline.start(1), dateline.end()))  # "KABUL — ...", "MANILA, Philippines - ...": where it was written, not what happened
    for first, second in zip(hits, hits[1:]):
        # "Aybak city in Samangan province", "Tirin Kot in Uruzgan": the province only describes.
        between = sentence[first.end : second.start]
        if first.place.kind == CAPITAL and any(p.kind == PROVINCE for p in second.places) and P.IN_PROVINCE_RE.fullmatch(between):
            tail = P.PROVINCE_WORD_RE.match(sentence, second.end)
            masked.append((first.end, tail.end() if tail else second.end))
    if not masked:
        return sentence, masked, descriptions
    return _blanked(sentence, masked), masked, descriptions


def _participle_asides(analysis: str, hits: list[_Hit]) -> list[tuple[int, int]]:
    """The participle asides right after a place, or after its blanked appositive ("Ghazni, ringed since mid-July,")."""
    spans = []
    for hit in hits:
        start = blank.end() if (blank := P.BLANKED_APPOSITIVE_RE.match(analysis, hit.end)) else hit.end
        if aside := P.PARTICIPLE_ASIDE_RE.match(analysis, start):
            spans.append(aside.span())
    return spans


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by spaces (same length, so offsets still hold)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _clauses(analysis: str) -> list[tuple[int, int]]:
    found = list(V.CLAUSE_BOUNDARY_RE.finditer(analysis))
    # "three more capitals – Kunduz, Sar-e Pul and Taloqan – fell": a short aside between two dashes ends no clause
    aside = {m.start() for first, second in zip(found, found[1:])
             if P.DASH_BOUNDARY_RE.fullmatch(first.group()) and second.group() == first.group()
             and P.DASH_ASIDE_BODY_RE.fullmatch(analysis, first.end(), second.start())
             and not P.FINITE_VERB_RE.search(analysis, first.end(), second.start()) for m in (first, second)}
    bounds = [0]
    for match in found:
        if match.start() in aside:
            continue
        bounds.append(match.start() + (1 if match.group().startswith(",") else 0))
    bounds.append(len(analysis))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _clause_of(clauses: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for clause in clauses:
        if clause[0] <= position < clause[1]:
            return clause
    return clauses[-1]


def _conjoined(between: str) -> bool:
    """True when two place names are joined as a list ("Herat, [appositive], and Ghazni")."""
    between = P.RELATIVE_ASIDE_RE.sub(",", between)  # "Sar-e Pul, where fighters had been at the gates since Friday, and Taloqan"
    between = P.WHERE_IN_RE.sub(lambda m: ", " if m.group().rstrip().endswith(",") else " ", P.LATER_ASIDE_RE.sub(" ", between))
    # "Sharana in Paktika and Gardez", "Mazar in the north and Jalalabad", "Firozkoh in the west, Tirin Kot"
    between = P.DOUBLE_COMMA_RE.sub(",", P.DANGLING_PREPOSITION_RE.sub("", P.TIME_OF_DAY_RE.sub("", strip_dates(between))))
    between = P.AFTER_RE.sub(", ", between)
    # "Sar-e-Pol city on Sunday, along with Kunduz": a head noun and a day may come between.
    between = P.HEAD_NOUN_RE.sub("", between)
    between = P.WEEKDAY_START_RE.sub("", between)
    return bool(P.CONJUNCT_RE.match(between))


def _aircraft_after(analysis: str, end: int, reach: int = 60) -> re.Match | None:
    """The aircraft a passenger left on or aboard, named just after end ("left on a French military flight")."""
    return P.AIRCRAFT_NOUN_RE.search(analysis, end, min(len(analysis), end + reach))


def _gap_ok(gap: str, max_words: int, start: int, end: int, other_triggers) -> bool:
    if len(P.WORD_RE.findall(gap)) > max_words:
        return False
    if V.GAP_BLOCKER_RE.search(gap):
        return False
    return not any(start <= s < end for s, _ in other_triggers)


def _driven_elsewhere(text: str, end: int, place: Place) -> bool:
    """True when "driven out" at end goes on to name somewhere other than place, or another time."""
    out_of = P.OUT_OF_RE.match(text, end)
    if out_of and not any(re.match(re.escape(alias) + r"\b(?!['\u2019]s)", text[out_of.end() :]) for alias in place.aliases):
        return True  # "driven out of the police headquarters", "pushed out of Sheberghan" (not "of Qala-i-Naw" itself)
    return bool(P.ANOTHER_TIME_RE.match(text, end))


def _semicolon_items(analysis: str, hits: list[_Hit], start: int) -> list[_Hit]:
    """The places heading the items of a list set out with semicolons after a colon ("three capitals went in a
    single day: Kunduz, the biggest city in the north-east; Sar-e Pul, to the west of Sheberghan; and Taloqan, the
    capital of Takhar"): each item's first word is its place, whatever the description after it. The list ends at
    an item that says something else of its place ("...; Lashkar Gah, however, remained in government hands").
    Empty unless there are at least two such items."""
    items, position = [], start
    for part in analysis[start:].split(";"):
        lead = P.LIST_ITEM_LEAD_RE.match(part)
        head = next((h for h in hits if h.start == position + lead.end() and h.place.kind in (CAPITAL, PROVINCE)), None)
        if head is None or P.CONTRAST_WORD_RE.search(part):
            break
        items.append(head)
        position += len(part) + 1
    return items if len(items) >= 2 else []


def _with_conjoined(analysis: str, first: _Hit, following: list[_Hit]) -> list[_Hit]:
    """first, and the places after it joined to it as a list ("Kunduz, Sar-e Pul and Taloqan")."""
    chosen = [first]
    for nxt in following:
        if not _conjoined(analysis[chosen[-1].end : nxt.start]):
            break
        chosen.append(nxt)
    return chosen


def _with_conjoined_before(analysis: str, last: _Hit, preceding: list[_Hit], *, governed_ok: bool = False) -> list[_Hit]:
    """last, and the places before it joined to it as a list, not counting one governed by a preposition
    (unless the list is a relative clause's antecedent: "the situation in Kandahar, Herat and Lashkargah, which ...")."""
    chosen = [last]
    for previous in reversed(preceding):
        if not _conjoined(analysis[previous.end : chosen[0].start]) or (_governed(analysis, previous) and not governed_ok):
            break
        chosen.insert(0, previous)
    return chosen


def _with_conjoined_after(analysis: str, first: _Hit, following: list[_Hit]) -> list[_Hit]:
    """first, and the places after it joined to it as a list, up to one governed by a preposition."""
    chosen = [first]
    for nxt in following:
        if not _conjoined(analysis[chosen[-1].end : nxt.start]) or _governed(analysis, nxt):
            break
        chosen.append(nxt)
    return chosen


def _before_own_predicate(analysis: str, listed: list[_Hit], other_triggers, *, new_clauses: bool = True) -> list[_Hit]:
    """The list up to a place that has a verb of its own: "took Kunduz on Sunday and Herat remained in government hands",
    "took Zaranj and Kabul sent reinforcements"."""
    for i, hit in enumerate(listed[1:], 1):
        if any(P.SUBJECT_VERB_GAP_RE.fullmatch(analysis, hit.end, s) for s, _ in other_triggers if s >= hit.end) or (new_clauses and P.NEW_CLAUSE_VERB_AFTER_RE.match(analysis, hit.end)):
            return listed[:i]
    return listed


def _after_own_verb(analysis: str, listed: list[_Hit], other_triggers) -> list[_Hit]:
    """The list back to a place that is another verb's object: "took Kunduz on Sunday and Herat remained in government hands"."""
    for i in range(len(listed) - 2, -1, -1):
        if any(P.VERB_OBJECT_GAP_RE.fullmatch(analysis, e, listed[i].start) for _, e in other_triggers if e <= listed[i].start):
            return listed[i + 1 :]
    return listed


def _along_with(analysis: str, candidates: list[_Hit], after: int, clause: tuple[int, int]) -> list[_Hit]:
    """Places added to a capture: "took Sar-e-Pol on Sunday, along with Kunduz and Taloqan"."""
    following = [h for h in candidates if h.start >= after and h.start < clause[1]]
    if not following or not P.ALONG_WITH_RE.fullmatch(analysis, after, following[0].start):
        return []
    return _with_conjoined(analysis, following[0], following[1:])


def _gapped_after(analysis: str, candidates: list[_Hit], after: int) -> list[_Hit]:
    """Places after the verb, each with a day of its own: "Ghazni had fallen on Thursday and Khost on Friday",
    "Kunduz fell on Sunday, Aibak on Monday and Pul-e-Khumri on Tuesday"."""
    following = [h for h in candidates if h.start >= after]
    if not following:
        return []
    gap = analysis[after : following[0].start]
    if not P.GAPPED_GAP_RE.match(gap) or not (_conjoined(gap) or gap.rstrip().endswith(",")):
        return []
    return _gapped_run(analysis, following, after)


def _gapped_objects(analysis: str, candidates: list[_Hit], last_object: _Hit) -> list[_Hit]:
    """Objects after the first, each with a day of its own: "overran Sheberghan on Saturday, and Zaranj on Friday"."""
    day = P.GAPPED_DAY_RE.match(analysis, last_object.end)
    if not day or not P.DAY_WORD_RE.search(day.group()):
        return []
    following = [h for h in candidates if h.start >= day.end()]
    if not following or not P.NEXT_GAPPED_GAP_RE.fullmatch(analysis, day.end(), following[0].start):
        return []
    return _gapped_run(analysis, following, day.end())


def _gapped_run(analysis: str, following: list[_Hit], cursor: int) -> list[_Hit]:
    added = []
    for hit in following:
        if added and not P.NEXT_GAPPED_GAP_RE.fullmatch(analysis, cursor, hit.start):
            break
        day = P.GAPPED_DAY_RE.match(analysis, hit.end)
        if not day or not P.ITEM_END_RE.match(analysis, day.end()):
            break
        if not P.AND_JOINT_END_RE.search(analysis, cursor, hit.start) and not P.DAY_WORD_RE.search(day.group()):
            break  # after a bare comma only a real day makes a list item: not "Herat by contrast, held firm"
        added.append(hit)
        cursor = day.end()
    return added


def _trailing(analysis: str, hits: list[_Hit], after: int, other_triggers) -> list[_Hit]:
    """Places listed after an intransitive fall, up to the end of the sentence: "Kunduz has gone, and Shibirghan, and Sar-i-Pul"."""
    following = [h for h in hits if h.start >= after and h.place.kind in (CAPITAL, PROVINCE)]
    if not following or not P.TRAILING_GAP_RE.fullmatch(analysis, after, following[0].start):
        return []
    if any(after <= s for s, _ in other_triggers):
        return []
    chosen = _with_conjoined(analysis, following[0], following[1:])
    end = chosen[-1].end
    day = P.DAY_AFTER_ITEM_RE.match(analysis, end)
    return chosen if P.TRAILING_END_RE.match(analysis, day.end() if day else end) else []


def _predecessors(analysis: str, hits: list[_Hit], after: int, other_triggers) -> list[_Hit]:
    """Earlier falls named after a fall, each with its own day: "..., after Sheberghan on Saturday and Zaranj on Friday"."""
    following = [h for h in hits if h.start >= after and h.place.kind == CAPITAL]
    gap = P.PREDECESSOR_GAP_RE.fullmatch(analysis, after, following[0].start) if following else None
    if not gap:
        return []
    count = gap.span("count")  # "bringing the number under their control to five": a tally, not another report
    if any(after <= s < following[0].start and not count[0] <= s < count[1] for s, _ in other_triggers):
        return []
    added, waiting = [], []
    for hit in following:
        previous = (added + waiting)[-1:]
        if previous and not _conjoined(analysis[previous[0].end : hit.start]):
            break
        day = P.DAY_AFTER_ITEM_RE.match(analysis, hit.end)
        if not day:
            waiting.append(hit)  # "..., and Kunduz, Sar-i Pul and Taluqan on Sunday": the group's day comes last
            continue
        if not P.ITEM_END_RE.match(analysis, day.end()):
            break  # "after Kabul on Thursday refused to send reinforcements": no earlier fall
        added += [replace(h, dated_apart=True, day_after=hit.end) for h in waiting] + [replace(hit, dated_apart=True)]
        waiting = []
    lag = gap.group("lag")
    if waiting and lag is not None and (days := _lag_days(lag)) is not None:
        end = waiting[-1].end + (where.end() if (where := P.WHERE_IN_RE.match(analysis[waiting[-1].end :])) else 0)
        clause_end = min([i for i in (analysis.find(";", end), analysis.find(".", end)) if i >= 0] or [len(analysis)])
        if P.ITEM_END_RE.match(analysis, end) and not any(end <= s < clause_end for s, _ in other_triggers):
            added += [replace(h, dated_apart=True, days_before=days) for h in waiting]  # "taken on Wednesday, a day after Pul-e-Khumri and Farah"
    return added


def _over_decades(analysis: str, start: int, end: int, position: int) -> bool:
    """True when analysis[start:end] tells of decades ("Over two decades, the Taliban attacked Kandahar again and again"),
    not as a superlative's measure nor in an aside apart from the trigger at position ("Germany, which deployed
    troops to Afghanistan over two decades, sent paratroopers")."""
    decades = list(P.OVER_DECADES_RE.finditer(analysis, start, end))
    if not decades:
        return False  # (most sentences: no need to find their asides)
    asides = [m.span() for m in P.RELATIVE_ASIDE_RE.finditer(analysis) if not m.start() <= position < m.end()]
    for m in decades:
        if P.SUPERLATIVE_BEFORE_RE.search(analysis, max(0, m.start() - 80), m.start()) or any(a <= m.start() < b for a, b in asides):
            continue
        if m.start() > position:  # after the verb: its own time unless a comma or a relative clause comes between
            if not P.DECADES_APART_RE.search(analysis, position, m.start()):  # ("captured Kunduz on Sunday, a prize that had eluded them over two decades")
                return True
        elif (not analysis[: m.start()].strip()
              or (re.fullmatch(r",\s", analysis[max(0, m.start() - 2) : m.start()]) and P.DECADES_ASIDE_END_RE.match(analysis, m.end()))
              or not re.search(r"[,;]", analysis[m.end() : position])):
            return True  # "Over two decades, the Taliban attacked ...", "The Taliban, over two decades, attacked ..." (not "Afghan forces, built up over two decades, surrendered")
    return False


def _lag_days(lag: str) -> int | None:
    """Whole days in "a day", "two days", "24 hours", "shortly" (0); None when it cannot be told."""
    words = lag.lower().split()
    if words[-1].startswith("hour") or words[0] in ("shortly", "just", "hours"):
        return int(words[0]) // 24 if words[0].isdigit() else 0
    count = P.LAG_DAYS.get(words[0], int(words[0]) if words[0].isdigit() else None)
    return count if words[-1].startswith("day") else None


def _as_did(analysis: str, hits: list[_Hit], after: int, other_triggers) -> list[_Hit]:
    """A place that shares the predicate: "... remain in government hands, as does the capital"."""
    following = [h for h in hits if h.start >= after and h.place.kind in (CAPITAL, PROVINCE)]
    if not following or any(after <= s < following[0].start for s, _ in other_triggers):
        return []
    gap = analysis[after : following[0].start]
    found = P.AS_DID_RE.search(gap)
    if not found or found.end() != len(gap) or len(P.WORD_RE.findall(gap[: found.start()])) > 6 or V.GAP_BLOCKER_RE.search(gap[: found.start()]):
        return []
    shared = _with_conjoined(analysis, following[0], following[1:])  # "..., the same day as Kandahar and Lashkar Gah"
    end = shared[-1].end
    where = P.WHERE_IN_RE.match(analysis[end:]) or P.ITSELF_RE.match(analysis[end:])  # "as did Qalat in Zabul province", "as did Kabul itself"
    end += where.end() if where else 0
    day = P.DAY_AFTER_ITEM_RE.match(analysis, end)
    if not P.ITEM_END_RE.match(analysis, day.end() if day else end):
        return []  # "the same day as Herat came under attack": Herat has a verb of its own
    return shared


def _segments(sentence: str, start: int) -> list[tuple[int, int]]:
    """The parts of a timeline line, split at semicolons and spaced dashes."""
    bounds, cursor = [], start
    for separator in P.SEGMENT_SEPARATOR_RE.finditer(sentence, start):
        bounds.append((cursor, separator.start()))
        cursor = separator.end()
    bounds.append((cursor, len(sentence)))
    return bounds


MAX_SHARED_SUBJECT_WORDS = 16


def _shares_subject(analysis: str, subject_end: int, start: int, other_triggers) -> bool:
    """True for a second predicate coordinated with a first one right after the subject:
    "Lashkar Gah had been besieged since late July and fell on Friday", "... held out for weeks before falling"."""
    inner = sorted(s for s, _ in other_triggers if subject_end <= s < start)
    coordinated = P.COORDINATED_RE.search(analysis[subject_end:start]) or (
        P.BEFORE_GERUND_RE.search(analysis[subject_end:start]) and P.GERUND_START_RE.match(analysis, start))
    if not inner or not coordinated:
        return False
    lead = analysis[subject_end : inner[0]]
    return (len(P.WORD_RE.findall(lead)) <= 3 and not V.GAP_BLOCKER_RE.search(lead)
            and len(P.WORD_RE.findall(analysis[subject_end:start])) <= MAX_SHARED_SUBJECT_WORDS)


def _names_another_place(analysis: str, end: int, hit: _Hit, hits: list[_Hit]) -> bool:
    """True when ongoing fighting is placed somewhere else: "Farah falls, clashes continue in Faizabad", "... fighting
    continued around the airport" (a holdout outside the city that fell)."""
    if P.AROUND_HOLDOUT_AFTER_RE.match(analysis, end):
        return True
    located = P.ANOTHER_PLACE_AFTER_RE.match(analysis, end)
    if not located:
        return False
    there = next((h for h in hits if h.start <= located.end() - 1 < h.end), None)
    return there is not None and there.place.iso_code != hit.place.iso_code


def _governed(analysis: str, hit: _Hit) -> bool:
    """True when a preposition makes the place a description ("south of Kabul", "near Herat")."""
    before = analysis[max(0, hit.start - 40) : hit.start]
    if P.AND_OF_RE.search(before):
        return False  # "the fall of Herat on Thursday and of Kandahar overnight": the same noun again
    return bool(V.BLOCKING_PREPOSITION_RE.search(before)) and not V.NAMING_OF_RE.search(before)


def _is_airport(hit: _Hit) -> bool:
    return bool(P.AIRPORT_WORD_RE.search(hit.surface))


def _denied(analysis: str, match: re.Match, denials, *, side_claimed: bool = False) -> bool:
    """True when one of the denials governs the trigger. A clause of time is taken as given, whatever the rest of
    the sentence denies: "Since the Taliban entered Kabul on 15 August, rumours have spread"; "We found no evidence of
    strikes on Kandahar after the Taliban took the city" (but not "denied reports that he fled when the Taliban came")."""
    lead = P.PRESUPPOSED_LEAD_RE.match(analysis)
    for denial in denials:
        if denial.start() >= match.end():
            if lead and match.end() <= lead.end() <= denial.start() and not P.REPORTED_BETWEEN_RE.search(analysis, 0, match.start()):
                continue  # (but "When Taliban fighters said they had entered Kandahar, officials denied it": what was said is denied)
            if side_claimed and (claim := P.CLAIM_APPOSITION_RE.search(analysis, match.end(), denial.start())) and not P.CLAUSE_PUNCTUATION_RE.search(
                    analysis, claim.end(), denial.start()):
                continue  # "Taliban spokesmen said their fighters were surrounding the Panjshir valley, a claim the NRF has denied": still their claim
        elif denial.end() <= match.start():
            tail = P.PRESUPPOSED_TAIL_RE.search(analysis, denial.end(), match.start())
            if tail and not P.REPORTED_BETWEEN_RE.search(analysis, denial.end(), tail.start()):
                continue
        return True
    return False


def _with_previous_clause(analysis: str, clause: tuple[int, int], clauses, *, whole_list: bool = False) -> tuple[int, int]:
    """The clause extended back over the one before it (with whole_list, over every part of a list before it)."""
    previous = [c for c in clauses if c[1] <= clause[0]]
    while whole_list and len(previous) > 1 and P.LIST_JOINT_RE.match(analysis, previous[-1][0] - 1):
        previous.pop()
    return (previous[-1][0], clause[1]) if previous else clause


def _announces_falls(sentence: str) -> bool:
    """True for "three more provincial capitals were handed over", not "officials insisted no more cities had fallen"."""
    return bool(P.CAPITALS_FELL_RE.search(sentence)) and not V.NEGATION_RE.search(sentence) and not V.MODAL_RE.search(sentence) \
        and not P.NO_BEFORE_CAPITALS_RE.search(sentence)


def _modifier_use(analysis: str, hit: _Hit) -> bool:
    after = analysis[hit.end : hit.end + 40]
    return bool(V.MODIFIER_NOUNS_RE.match(after) or P.POSSESSIVE_SUBPLACE_RE.match(after))


def _locative(analysis: str, hit: _Hit) -> bool:
    return bool(P.LOCATIVE_BEFORE_RE.search(analysis[max(0, hit.start - 40) : hit.start]) or P.LOCATIVE_AFTER_RE.match(analysis, hit.end))


def _locative_before(analysis: str, position: int) -> bool:
    return bool(P.LOCATIVE_BEFORE_RE.search(analysis[max(0, position - 40) : position]))


def _says_province(sentence: str, hit: _Hit) -> bool:
    after = sentence[hit.end : hit.end + 12].lower()
    before = sentence[max(0, hit.start - 14) : hit.start].lower()
    return after.lstrip().startswith("province") or "province of" in before


def _takes_no_object(sentence: str, match: re.Match, trigger) -> bool:
    """True unless the trigger has an object of its own ("had seized its central prison")."""
    return trigger.direction != V.RIGHT or not P.OBJECT_AFTER_RE.match(sentence, match.end())


def _list_header(sentence: str, hits: list[_Hit], header_types) -> str | None:
    """The event type a list header announces ("Contested provincial capitals:"), or None."""
    if any(h.place.kind in (CAPITAL, PROVINCE) for h in hits):
        return None
    text = sentence.strip()
    words = text.split()
    shaped = text.endswith(":") or (len(words) <= 6 and text.isupper()) or (len(words) <= 12 and text[-1:] not in ".!?\"\u201d" and P.PLURAL_PLACES_RE.search(text))
    if not shaped:
        return None
    for event_type, pattern in header_types:
        if pattern.search(text):
            return event_type
    return None


def _list_item_places(sentence: str, hits: list[_Hit], dates: list[DateExpression], offset: int) -> list[_Hit]:
    """The places a list line names as items: at its start, after a bullet or date, or after ';'."""
    if len(sentence.split()) > 30:
        return []
    starts = {0}
    lead = P.ITEM_LEAD_RE.match(sentence)
    if lead:
        starts.add(lead.end())
    for expression in dates:
        if expression.start - offset <= 3:
            starts.add(expression.end - offset + len(sentence[expression.end - offset :]) - len(sentence[expression.end - offset :].lstrip(" :-\u2013\u2014,")))
    for semicolon in P.SEMICOLON_RE.finditer(sentence):
        starts.add(semicolon.end())
    items, seen = [], set()
    for hit in hits:
        if hit.place.kind not in (CAPITAL, PROVINCE) or hit.place.iso_code in seen:
            continue
        if any(abs(hit.start - start) <= 1 for start in starts):
            joined = P.AND_ITEM_RE.match(sentence, hit.end)
            second = next((h for h in hits if joined and h.start == joined.end()), None)
            if second and _separated_after(sentence, second.end):
                starts.add(second.start)  # "Farah and Pul-i-Khumri (Baghlan) – both lost on Tuesday": two items (not "Farah and Herat residents fled")
            elif sentence[hit.end : hit.end + 3].strip() and not _separated_after(sentence, hit.end):
                continue
            items.append(hit)
            seen.add(hit.place.iso_code)
    return items


def _separated_after(sentence: str, end: int) -> bool:
    """True when a list item's name ends at end: a dash, colon, bracket or punctuation follows."""
    return bool(P.ITEM_SEPARATOR_RE.match(sentence, end)) or sentence[end : end + 1] in ",;."  # ("" at the end of the line too)


def _heading_topic(sentence: str, hits: list[_Hit]) -> list[_Hit]:
    """Places in a lead before a dash: in capitals ("* SHEBERGHAN, JOWZJAN - Captured on Aug. 7") or
    naming the province ("Qalat, Zabul Province – captured."); before a colon ("Faizabad, Badakhshan: fell
    on Aug. 11."); or in the first cells of a table row ("Balkh | Mazar-e-Sharif | Under ANDSF control")."""
    lead = P.CAPS_LEAD_RE.match(sentence)
    if not lead or not (P.ITEM_LEAD_RE.match(sentence) or "," in lead.group() or sentence.isupper()):  # a strap: "LASHKARGAH - HANDED OVER"
        lead = P.PROVINCE_LEAD_RE.match(sentence) or P.PIPE_LEAD_RE.match(sentence)
        colon = None if lead else P.COLON_LEAD_RE.match(sentence)
        if colon:  # "Faizabad, Badakhshan: fell on Aug. 11.", "KABUL CITY: Remains under ANDSF control." (not "Farah: The ANDSF ...")
            named = [h for h in hits if h.end <= colon.end()]
            if colon.group().isupper() or (len(named) >= 2 and any(p.kind == CAPITAL for p in named[0].places)
                                           and named[0].place.iso_code in {p.iso_code for h in named[1:] for p in h.places}):
                lead = colon
        if not lead:  # "Zaranj, Nimruz Province – entered by the Taliban"
            predicate = P.PREDICATE_LEAD_RE.match(sentence)
            named = [h for h in hits if predicate and h.end <= predicate.end()]
            if (len(named) == 1 and named[0].place.kind in (CAPITAL, PROVINCE)
                    and (named[0].start, named[0].end) == predicate.span("name") and not P.ANY_YEAR_RE.search(sentence, predicate.end())):
                return named
            return []
    topic, seen = [], set()
    for hit in hits:
        if hit.end <= lead.end() and hit.place.kind in (CAPITAL, PROVINCE) and hit.place.iso_code not in seen:
            topic.append(hit)
            seen.add(hit.place.iso_code)
    return topic


def _dedupe(mentions: list[dict]) -> list[dict]:
    """One mention per sentence, event type, place and actor: the most precise place, else the first."""
    best: dict[tuple, dict] = {}
    for m in mentions:
        key = (m["char_start"], m["event_type"], m["iso_code"] or m["location"], m["actor1"])
        if key not in best or m["geo_precision"] < best[key]["geo_precision"]:
            best[key] = m  # "In Logar, ... the outskirts of Pul-e-Alam": keep the named capital
    return [m for m in mentions if best[(m["char_start"], m["event_type"], m["iso_code"] or m["location"], m["actor1"])] is m]
