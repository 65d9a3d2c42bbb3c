"""The event vocabulary: event types, their ACLED-style mapping, and the English phrases that signal them.

This is the one place that knows how reporting language names a capture, a siege or a
deployment. Place names and actors belong to the theatre (data/theatre.toml), not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.names import lower_pattern

CAPTURED, CONTESTED, HELD = "captured", "contested", "held"
DEPLOYMENT, EVACUATION, DIPLOMATIC, STRIKE = "deployment", "evacuation", "diplomatic", "strike"

TERRITORIAL = (CAPTURED, CONTESTED, HELD)
NON_TERRITORIAL = (DEPLOYMENT, EVACUATION, DIPLOMATIC, STRIKE)
EVENT_TYPES = TERRITORIAL + NON_TERRITORIAL
# Same-day precedence in the control model: a capture outranks a contest, which outranks a hold.
TERRITORIAL_RANK = {CAPTURED: 3, CONTESTED: 2, HELD: 1}


def acled_type(event_type: str, actor_kind: str, transfer: bool = False) -> tuple[str, str]:
    """Return the ACLED-style (event_type, sub_event_type) for one of our event types."""
    if event_type == CAPTURED:
        if transfer:
            return "Strategic developments", "Non-violent transfer of territory"
        if actor_kind == "state":
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    return {
        CONTESTED: ("Battles", "Armed clash"),
        HELD: ("Strategic developments", "Other"),
        DEPLOYMENT: ("Strategic developments", "Change to group/activity"),
        EVACUATION: ("Strategic developments", "Other"),
        DIPLOMATIC: ("Strategic developments", "Other"),
        STRIKE: ("Explosions/Remote violence", "Air/drone strike"),
    }[event_type]


# Where a trigger's place argument lies:
#   right  - after it ("captured Kandahar", "the siege of Lashkar Gah")
#   left   - before it ("Kandahar fell", "Herat was captured")
#   either - the nearest on either side ("in Taliban hands", "a holdout")
#   locative - a place introduced by in/inside/around/near/for ("fighting raged inside Lashkar Gah",
#              "In Lashkargah, the clashes ..."), on either side within the clause
RIGHT, LEFT, EITHER, LOCATIVE = "right", "left", "either", "locative"


@dataclass(frozen=True)
class Trigger:
    event_type: str
    direction: str
    pattern: str
    transfer: bool = False  # surrender / handover: a non-violent transfer
    retake: bool = False  # "recaptured", "retook": the actor takes back
    passive: bool = False  # the actor, if named, follows ("captured by the Taliban")
    adjectival: bool = False  # "captured Kunduz": no subject; the actor is the default
    loss: bool = False  # "lost control of": the subject is the loser
    needs_attacker: bool = False  # "on the edge of X" is fighting only when an attacker or fighting is named
    follows_capture: bool = False  # "fell, ending a two-week siege": the siege was of the place captured
    nominal: bool = False  # "the fall of Herat": only a possessive ("the Taliban's seizure of") names the actor
    control_state: bool = False  # "in control of X": a capture if the Taliban hold it, a hold if the government does
    in_sequence: bool = False  # "On Saturday it was Sheberghan": a capture only right after other captures
    refers_back: bool = False  # "the white flag went up over the governor's compound": of the city last named
    arrival: bool = False  # "rolled into Kunduz": a capture only when fighters, not the writer, arrive
    needs_official: bool = False  # "the city is under full control": a hold only in an official's mouth, not the other side's
    only_earlier: bool = False  # "The losses came after Zaranj on Friday": only the earlier falls named with their days
    unless_captured: bool = False  # "militants were in the city centre": fighting, unless the sentence tells the place's fall


# Entering a city by force, as an attempt that may be foiled: "an attempt to storm the city was repulsed"
_ENTRY_VERB = r"(?:enter|take|capture|storm|seize|overrun|break\s+into)"
# Adverbs that may sit inside a predicate: "were all taken", "is now surrounded".
_ADV = r"(?:(?:\w+ly|all|also|both|now|already|since|finally|then|effectively|still)\s+){0,2}"
# a flag over a border post or a district is not over the city
_NOT_A_SUBPLACE = r"(?!\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:customs|border|crossing|checkpoints?|posts?|outposts?|district|village|base|dam|bridge|hill)\b)"
# "troops were in Kabul", not "soldiers were still in control of the city's airport" (a hold, read elsewhere)
_IN_NOT_CONTROL = r"in(?!\s+(?:full\s+|effective\s+)?(?:control|the\s+hands|government)\b)"
# ("Lashkar Gah was besieged for weeks before being handed over": the gerund after "before" only, not "fears of being overrun")
_AUX = r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been|(?<=before\s)being)"
_TROOPS = r"(?:troops|soldiers|forces|(?<!air\s)force(?=\s+(?:arrived|landed|is|was|has|had|were|are))|marines|paratroopers|paracommandos|peacekeepers|detachment|contingent|personnel|service\s?members|servicemen|units|military\s+(?:personnel|planes|aircraft)|special\s+forces)"
# "the security forces were in control (of ...)": the holding side's forces, and the verb that says they hold
_GOVERNMENT_FORCES = r"(?:(?:security|government|<NATION>)\s+forces|<NOT_AFTER_SIDE>police|<NOT_AFTER_SIDE>army|<FORCES>)"
_ARE_IN_CONTROL = r"\s+(?:are|were|is|was|remain(?:s|ed)?)\s+(?:still\s+|firmly\s+|fully\s+)?in\s+(?:full\s+|firm\s+|complete\s+)?(?:control|charge)"
# "600 troops, most of them from 16 Air Assault Brigade, are at the airport": an aside between troops and verb
# "roughly 1,100 ", "close to 5,000 ": a head count, perhaps rounded
_ABOUT_A_NUMBER = r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|close\s+to\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?[\d,]+(?![\d,])\s+"
_TROOPS_ASIDE = r"(?:,\s+(?:most|many|some|all|mostly|including|part|several|among\s+them)\b[^,;.()]{0,80},|\s+[-\u2013\u2014]+\s+[^-\u2013\u2014;.()]{1,70}?\s+[-\u2013\u2014]+)?"
# "Government units retain the airport" (not "hope to / did not / no longer retain")
# what a place "falls" into that is no fall: "has not yet fallen silent", "is yet to fall into line"
_NOT_A_FALL = r"(?!\s+(?:silent|quiet|asleep|ill|sick|victim|short|apart|behind|back|into|in\s+love))"
_RETAIN = r"(?<!to\s)(?<!not\s)(?<!never\s)(?<!longer\s)retain(?:s|ed|ing)?"
_V_CAPTURE = r"(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|overr(?:an|un|uns|unning)|conquer(?:s|ed|ing)?|overtook|overtaken|overtak(?:e|es|ing))"

# (only where the operations are inside the city, in its police districts or where the enemy is said to hide)
_INSIDE_THE_CITY = r"(?=\s+(?:the\s+)?(?:\w+\s+(?:and\s+\w+\s+)?)?(?:police\s+districts?|PDs?)(?:[-\s]*\d|\b)|[^.;]{0,80}?\bwhere\s+the\s+(?:enemy|terrorists|insurgents|militants)\s+(?:are|were|is|was)\s+hiding\b)"
TRIGGERS: tuple[Trigger, ...] = (
    # A capture of a building or quarter inside a city is fighting in that city (listed first: it
    # must win over the plain capture verbs at the same position).
    Trigger(CONTESTED, RIGHT, r"\b(?:captured|seized|took|taken|overran|stormed)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:police\s+headquarters?|(?<!governor's\s)(?<!governor\u2019s\s)headquarters?|prison|jail|(?<!governor's\s)(?<!governor\u2019s\s)compound|police\s+station|governor['\u2019]s\s+(?:residence|house)|neighbou?rhoods?|police\s+districts?)\s+(?:\w+\s+){0,2}?(?:of|in)\b"),
    # "as control of the city passed to the Taliban"
    Trigger(CAPTURED, RIGHT, r"\bcontrol\s+(?:over|of)\b(?=\s+(?:the\s+(?:city|town|capital|provincial\s+capital)(?:\s+of\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)?|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?:\s+city)?)\s+(?:passed|passes|went|fell)\s+(?:in)?to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b)"),
    # "Clashes are continuing in parts of the 6th police district": numbered districts are the city's, the city last named
    Trigger(CONTESTED, RIGHT, r"\b(?:(?:heavy|fierce|street)\s+)?(?:fighting|clashes)\b(?=[^.;]{0,40}?\bin\s+(?:parts\s+of\s+)?the\s+(?:\w+ern\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)(?:\s+and\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth))?\s+(?:police\s+)?districts?\b(?!\s+of\b))", refers_back=True),
    # "The enemy entered some parts of Farah city last night": inside, but not holding it
    Trigger(CONTESTED, RIGHT, r"\bentered\s+(?:into\s+)?(?:the\s+|some\s+|several\s+|many\s+|a\s+)?(?:\w+ern\s+)?(?:outskirts?|suburbs|parts?|edges?|areas|neighbou?rhoods)\s+of\b", needs_attacker=True),
    # "Since fighting entered Lashkar Gah at the end of July": the fighting came into the city, no side took it
    Trigger(CONTESTED, RIGHT, r"\b(?:(?:heavy|street|the)\s+)?(?:fighting|clashes|battles?)\s+(?:had\s+|has\s+|have\s+)?(?:entered|enters|spread\s+(?:in)?to|spreads\s+(?:in)?to)\b(?!\s+(?:its\s+|a\s+|the\s+)?[\w-]+\s+(?:days?|weeks?|months?|phase|stage|round|year)\b)|\bthe\s+war\s+(?:had\s+|has\s+)?(?:entered|enters)\b(?!\s+(?:its\s+|a\s+|the\s+)?[\w-]+\s+(?:days?|weeks?|months?|phase|stage|round|year)\b)"),
    # Partial control, the city named before: "the Taliban seized the police headquarters", "government forces hold only the governor's compound"
    Trigger(CONTESTED, RIGHT, r"\b(?:seiz(?:ed|es|ing)|took\s+over|taken\s+over|captured|overran|stormed)\s+(?=(?:the\s+)?(?:city['\u2019]s\s+|provincial\s+)?(?:main\s+|central\s+)?(?:police\s+headquarters|prison|intelligence\s+(?:headquarters|building)|NDS\s+(?:headquarters|building)|police\s+districts?)\b)", refers_back=True),
    # "the police headquarters fell on Thursday", "police headquarters taken": a building lost, the city still fought over
    Trigger(CONTESTED, RIGHT, r"(?:(?<=the\s)|(?<=,\s)|(?<=^))(?:provincial\s+|city['\u2019]s\s+|main\s+)?(?:police\s+headquarters|central\s+prison|(?:NDS|intelligence)\s+(?:headquarters|building))\s+(?:(?:had|has)\s+(?:also\s+)?(?:fallen|been\s+(?:seized|taken|captured|overrun|stormed))|(?:also\s+)?fell|(?:was|were)\s+(?:also\s+)?(?:seized|taken|captured|overrun|stormed)|taken|seized|overrun)\b(?!\s+back\b)(?!\s+by\s+(?!(?:the\s+)?(?:<SIDE>|insurgents|militants)\b)(?:the\s+)?(?:\w+\s+)?(?:government|security|<NATION>|commandos?|troops|soldiers|forces|army|police|protesters|militias?|uprising|resistance|<FORCES>)\b)(?![^.;]{0,40}?\bin\s+(?:a\s+|the\s+)?(?:19\d\d|20[01]\d)\b)", refers_back=True),
    # "they took the governor's office", "the governor's compound had fallen", "the governor's office is theirs": the seat of
    # the province given up, the city named with it or last named taken (a police headquarters alone is fighting, above)
    Trigger(CAPTURED, RIGHT, r"\b(?:captured|seized|took|taken|overran|overrun|occupied)\s+(?=(?:the\s+)?(?:provincial\s+)?governor['\u2019]s\s+(?:office|compound)\b)"
            r"|(?<=the\s)(?:provincial\s+)?governor['\u2019]s\s+(?:office|compound)(?:\s+and\s+(?:the\s+)?police\s+headquarters)?\s+(?:(?:had|has|have)\s+(?:also\s+)?(?:fallen|been\s+(?:seized|taken|captured|overrun|given\s+up|handed\s+over))"
            r"|(?:also\s+)?fell|(?:was|were)\s+(?:also\s+)?(?:seized|taken|captured|overrun|given\s+up|handed\s+over)|(?:is|are|was|were)\s+(?:now\s+)?theirs)\b(?!\s+back\b)"
            r"(?!\s+by\s+(?!(?:the\s+)?(?:<SIDE>|insurgents|militants)\b)(?:the\s+)?(?:\w+\s+)?(?:government|security|<NATION>|commandos?|troops|soldiers|forces|army|police|protesters|militias?|uprising|resistance|<FORCES>)\b)", refers_back=True),
    Trigger(CONTESTED, RIGHT, r"\b(?:now\s+)?(?:control(?:s|led)?|hold(?:s|ing)?|held)\s+(?:only|little\s+more\s+than|nothing\s+but|just)\s+(?=the\s+(?:governor['\u2019]s|police|city['\u2019]s\s+cent|centre|center|airport|army\s+base|corps))", refers_back=True),
    # fighting at a building of a city, or a building attacked: "fighting continued near the governor's compound" (of the city last named)
    # "Clearance operations of the ANDSF continue in Lashkargah city": the army's word for fighting still going on inside
    Trigger(CONTESTED, RIGHT, r"(?<!mine\s)(?<!mines\s)(?<!route\s)(?<!rubble\s)(?<!debris\s)(?<!airport\s)(?<!demining\s)\bclearance\s+operations?\s+(?:of\s+the\s+\w+\s+|by\s+the\s+\w+\s+)?(?:continue[sd]?|(?:are|is|were|was)\s+(?:still\s+)?(?:continuing|ongoing|going\s+on|under\s?way))\s+in\b|\bcontinu(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+)?clearance\s+operations?\s+in\b"),
    Trigger(CONTESTED, LOCATIVE, r"\b(?:(?:heavy|fierce|intense)\s+)?(?:fighting|clashes|(?<!celebratory\s)gunfire|battles?)\s+(?:(?:continued|continues|raged|rages|erupted|(?:was|is|were|are)\s+(?:still\s+)?(?:going\s+on|reported|under\s+way|raging))\s+)?(?:on\s+\w+day\s+)?(?:near|around|outside)\s+"
            r"(?=the\s+(?:governor['\u2019]s\s+(?:compound|office|residence)|police\s+headquarters|(?:central\s+)?prison|NDS\s+(?:headquarters|building))\b)"
            r"|(?<=the\s)(?:governor['\u2019]s\s+(?:compound|office|residence)|police\s+headquarters|(?:central\s+)?prison)\s+(?:had\s+|has\s+)?(?:came|come|comes|was|were|had\s+been|has\s+been|is|are)\s+(?:still\s+)?under\s+(?:heavy\s+|sustained\s+|repeated\s+)?(?:attack|fire|assault)\b(?!(?:\s+[\w-]+){0,3}?\s+(?:for|over)\s+(?:its|his|her|their)\b|\s+from\s+(?:critics|residents|lawmakers)\b)",
            refers_back=True),
    # -- captured ---------------------------------------------------------------------------
    # "the Taliban's white flag went up over the governor's compound": the city is theirs
    Trigger(CAPTURED, RIGHT, r"\b(?:white|<SIDE>['\u2019]s(?:\s+white)?|their(?:\s+white)?)\s+flags?\s+(?:(?:was|were|is|are)\s+(?:already\s+|now\s+)?up\b|(?:went\s+up|was\s+raised|were\s+raised|had\s+been\s+raised|flew|was\s+flying|were\s+flying|was|hung|hoisted)\s+(?:over|on|above|from)\b)" + _NOT_A_SUBPLACE, refers_back=True),
    # "For the Taliban, rulers of Kabul since August 15, ...": theirs since that day
    Trigger(CAPTURED, RIGHT, r"\b<SIDE>,\s+(?:the\s+)?(?:new\s+)?(?:rulers|masters)\s+of\b(?=\s+(?:the\s+(?:city|capital)|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+since\b(?!\s+(?:19|20)\d\d))", control_state=True),
    # "Sar-e Pul and Taloqan were also flying the insurgents' white flag": the places are theirs
    Trigger(CAPTURED, LEFT, r"(?:(?<=,\s)|(?<=city\s)|(?<=town\s)|(?<=capital\s)|(?<=capitals\s)|(?<=seats\s))(?:was|were|is|are)\s+(?:now\s+|also\s+|already\s+){0,2}flying\s+(?:the\s+(?:<SIDE>(?:['\u2019]s?)?|insurgents['\u2019]|movement['\u2019]s|group['\u2019]s)\s+(?:white\s+)?|their\s+white\s+)(?:flags?|banners?)\b"),
    # "the Taliban raised their flag over the governor's office": the same, told of those who raised it
    Trigger(CAPTURED, RIGHT, r"\b(?:raised|hoisted|planted|ran\s+up)\s+(?:their|its|the\s+<SIDE>['\u2019]s|the\s+group['\u2019]s)\s+(?:white\s+(?:\w+\s+)?(?:flags?|banners?)|(?:white\s+)?(?:\w+\s+)?flags?)\s+(?:over|on|above|atop|in)\b" + _NOT_A_SUBPLACE, refers_back=True),
    # "The Taliban captured three more provincial capitals on Sunday: Kunduz, ..." (or after a dash)
    Trigger(CAPTURED, RIGHT, r"\b(?:captured|seized|took|taken|overran|overrun|conquered|took\s+control\s+of)\s+(?:(?:another|the|a\s+further)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more\s+|other\s+|further\s+|(?:north|south)?(?:-?(?:east|west))?(?:ern)?\s+|(?:and|or)\s+|major\s+|key\s+)*(?:provincial\s+)?(?:capitals|cities|towns|provincial\s+(?:centres|centers))\b[^:;.\u2013\u2014]{0,50}?(?::|\s+[\u2013\u2014]\s*|\s+--?\s+)"),
    # headline participles: "Sunday morning: Jalalabad taken without a shot fired"
    Trigger(CAPTURED, LEFT, r"(?<=[A-Za-z]\s)(?:taken|captured|seized|overrun|gone)\b(?=\s+(?:without\s+(?:a\s+)?(?:fight|shot|resistance)|overnight|with\s+(?:little|no)\s+(?:fighting|resistance)|while\s+we\s+slept))"),
    Trigger(CAPTURED, RIGHT, r"\b(?:re-?captur(?:e|es|ed|ing)|re-?took|re-?taken|re-?tak(?:e|es|ing)|regain(?:s|ed|ing)?\s+(?:full\s+)?control\s+(?:of|over)|took\s+back|taken\s+back|won\s+back|wrested\s+back(?:\s+control\s+of)?|liberat(?:e|ed|es|ing))\b", retake=True),
    Trigger(CAPTURED, LEFT, rf"\b(?:{_AUX}\s+{_ADV})?(?:re)?(?:captured|seized|overrun|taken(?:\s+over)?|conquered|overtaken)\s+by\b", passive=True),
    Trigger(CAPTURED, LEFT, rf"\b{_AUX}\s+{_ADV}(?:reported\s+(?=lost\b))?(?:captured|seized|overrun|taken(?:\s+over)?|conquered|overtaken|lost)\b(?!\s+by)"),  # ("was reported lost late on Friday")
    Trigger(CAPTURED, LEFT, r"\b(?:had|have|has)\s+(?:all\s+|also\s+)gone\b"),
    # "Jalalabad went early this morning.", "The city went on Sunday, without a fight": a place that went, at a time, fell
    Trigger(CAPTURED, LEFT, r"(?<=[A-Za-z]\s)went(?=\s+(?:(?:early|late)\s+)?(?:this\s+(?:morning|afternoon|evening)|last\s+night|overnight|yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s*[.;,]|\s+(?:without|with|after|before|in\s+the)\b))"),
    # "Charikar was entered on the morning of 15 August": a city entered is taken, unless only part of it or not for long
    Trigger(CAPTURED, LEFT, rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+{_ADV}entered\b(?!\s+into\b)", passive=True),
    Trigger(CAPTURED, EITHER, r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|latest|\w+th)\s+(?:provincial\s+)?(?:(?:capital|city|town)\s+(?:lost|taken|captured|seized|overrun)\s+(?:to|by)|(?:capital|city|town)?\s*to\s+(?:fall|go(?!\s+(?:to|into|through|on|back|ahead|home|out|under|up|down)\b)|change\s+hands|be\s+(?:taken|captured|seized|lost|overrun))|(?:capital|city|town)(?=\s+(?:on|in|along)\s+(?:[\w'\u2019-]+\s+){1,3}?to\s+(?:fall|change\s+hands|be\s+(?:taken|captured|seized|lost|overrun))\b))\b"),
    Trigger(CAPTURED, LEFT, rf"\b{_AUX}\s+{_ADV}(?:handed(?:\s+over)?|surrendered|given\s+up|(?<!land\s\w{{3}}\s)(?<!ground\s\w{{3}}\s)(?:yielded|ceded)|(?:given|turned\s+over|abandoned)(?=\s+to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b))\s+(?:to|by)\b|\b{_AUX}\s+{_ADV}handed\s+over\b", transfer=True, passive=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:handed|hand(?:s|ing)?)\s+over\b", transfer=True),
    Trigger(CAPTURED, RIGHT, r"\bsurrender(?:ed|s|ing)?\s+(?:control\s+of\s+)?(?=the\s+(?!(?:next|following|same|previous|day|night|morning|evening|afternoon)\b)|(?-i:[A-Z]))", transfer=True),
    Trigger(CAPTURED, LEFT, r"(?<!['\u2019]s\s)\bsurrender(?:ed|s)?\b(?!\s+(?:to\s+)?(?:the\s+)?(?-i:[A-Z]))(?:\s+to)?", transfer=True, passive=True),
    # "Maidan Shahr had capitulated the night before", "until the city gave way on 12 August"
    Trigger(CAPTURED, LEFT, r"\bcapitulat(?:ed|es)\b(?:\s+to)?|(?:(?<=city\s)|(?<=town\s)|(?<=capital\s))gave\s+way\b(?!\s+to\b)", passive=True),
    # "Kabul's takeover by the Taliban on 15 August" (not "Kabul's takeover could come within 90 days", "Kunduz's surrender was never on the table")
    Trigger(CAPTURED, LEFT, r"['\u2019]s\s+(?:\w+\s+)?(?:fall|capture|surrender|collapse|handover|hand-over|takeover|conquest|seizure)\b(?!\s+of)(?!(?:\s+(?!on\s+(?:\w+day\b|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)|last\s+(?:\w+day|night|week)\b|yesterday\b|overnight\b|(?:early|late)\s+(?:on\b|\w+day\b))[^\s,;.]+){0,8}?\s+(?:could|would|might|may|will|never|seems?|seemed|appears?|appeared|looks?|looked|(?:is|was)\s+(?:being\s+)?(?:negotiated|discussed|feared)|(?:is|was)\s+under\s+discussion|(?:is|was|seemed|seems|looked|looks)\s+(?:\w+\s+){0,3}?(?:likely|expected|possible|inevitable|imminent|near|close|certain|(?:only\s+|just\s+)?a\s+(?:matter|question)\s+of))\b)", passive=True),
    # "Having lost Ghazni and Herat on 12 August, the government ...": the subject after the comma lost them
    Trigger(CAPTURED, RIGHT, r"\bhaving\s+(?:(?!nearly\b|almost\b)\w+ly\s+)?lost\b(?!\s+(?:control|contact|touch|hope|faith|patience|count|sight|track|the\s+(?:war|battle|fight|will|support|argument)|his|her|their|its|my|our|your|[\d,]+|a|an|many|several|dozens|hundreds)\b)", loss=True),
    # "He fled Kandahar after its fall on Aug. 13": of the place last named
    Trigger(CAPTURED, LEFT, r"(?<=\bits\s)(?:(?:eventual|final|sudden|swift|rapid)\s+)?(?:fall|surrender|capture)\b(?!\s+of\b)(?!\s+to\b(?!\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b))(?!(?:\s+\w+)?\s+(?:could|would|might|may|will|is\s+(?:likely|expected|only\s+a\s+matter)|seems?|seemed)\b)", passive=True),
    Trigger(CAPTURED, LEFT, r"(?<!['\u2019]s\s)(?<!eventual\s)(?<!possible\s)(?<!imminent\s)(?<!likely\s)(?<!rapid\s)(?<!swift\s)(?<!sudden\s)(?<!final\s)\bfall\b(?!\s+(?:of|back|behind|silent|ill|apart))(?:\s+(?:in)?to\s+(?:the\s+hands\s+of\s+)?)?", passive=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:entry|march|sweep)\s+into\b|\benters?\b(?!\s+(?:into\s+)?(?:talks|negotiations|the\s+(?:outskirts?|suburbs))|\s+(?:its\s+|a\s+|the\s+)?(?:[a-z]+(?:st|nd|rd|th)|second|third|new|final|last|next|\d+(?:st|nd|rd|th)?)\s+(?:days?|weeks?|months?|phase|stage)\b|\s+(?:day|week)\s+\d+\b)"),
    Trigger(CAPTURED, LEFT, r"\b(?:fell|(?:was|were)\s+fallen(?=\s+(?:in)?to\b)|has\s+(?!not\s|never\s)(?:\w+\s+)?fallen|had\s+(?!not\s|never\s)(?:\w+\s+)?fallen|have\s+(?!not\s|never\s)(?:\w+\s+)?fallen|falls|falling)\b(?!\s+(?:back|behind|silent|quiet|ill|apart|short|asleep|sharply|victim)\b)(?:\s+(?:in)?to\s+(?:the\s+hands\s+of\s+)?)?\b", passive=True),
    # "Mazar-e-Sharif, which the Taliban have controlled since Saturday": its fall told as the start of their rule
    Trigger(CAPTURED, LEFT, r"\b(?:which|that)\s+(?:the\s+)?<SIDE>\s+(?:have|has|had)\s+(?:controlled|held|ruled|run)\s+since\b|\b(?:went|negotiated|bargained|traded)\s+over\s+to\s+(?:the\s+)?<SIDE>\b|(?<!governor\s)(?<!governors\s)(?<!elders\s)(?<!commander\s)(?<!commanders\s)(?<!leaders\s)(?<!officials\s)(?<!police\s)(?<!soldiers\s)(?<!troops\s)(?<!men\s)(?<!he\s)(?<!she\s)(?<!they\s)(?<!delegation\s)(?<!chief\s)(?<!envoy\s)(?<!mayor\s)(?<!money\s)(?<!revenue\s)(?<!aid\s)\bwent\s+to\s+the\s+<SIDE>(?=\s+(?:(?:early|late)\s+)?(?:on|in|at|overnight|yesterday|today|this|last|after|without|with|within)\b|\s*[.;,])"),
    Trigger(CAPTURED, EITHER, r"\b(?:in|into)\s+(?:the\s+)?hands\s+of\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b|\b(?:in|into)\s+(?:<SIDE>|insurgent|militant)\s+hands\b|\b(?:in|into)\s+the\s+(?:group|movement|insurgents|militants)['\u2019]s?\s+hands\b|\bunder\s+(?:<SIDE>|insurgent|militant|the\s+group's|their)\s+control\b|\bunder\s+the\s+(?:<SIDE>(?:['\u2019]s?)?\s+|insurgents['\u2019]\s+)(?:white\s+)?(?:flags?|banners?)\b|\b(?:passed|passes|went|came)\s+(?:in)?to\s+(?:<SIDE>|insurgent|militant)\s+control\b|\b(?:passed|passes|pass)\s+to\s+(?:(?:the\s+)?(?:<SIDE>|insurgents|militants)|the\s+movement)\b|\b(?:came|comes|fell|falls|passed)\s+under\s+(?:<SIDE>|insurgent|militant)\s+(?:control|rule)\b|\b(?:<SIDE>)-(?:held|controlled|occupied)\b(?!\s+(?:districts?|areas?|territor(?:y|ies)|villages?|roads?|highways?|checkpoints?|positions?|parts|outskirts|suburbs|countryside|border|crossings?|regions?|zones?|pockets?))"),
    # "With Mazar-i-Sharif gone on the 14th, there was nothing left but the capital"
    Trigger(CAPTURED, RIGHT, r"\bwith\s+(?=(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+(?:now\s+|also\s+)?(?:gone|fallen|taken|lost)\b(?!\s+by\s+(?!(?:the\s+)?(?:<SIDE>|insurgents|militants)\b))(?![^.;]*\b(?:would|could|might)\b))"),
    # "In Mazar-i-Sharif the Taliban took over on 14 August": taking over with no object, the place fronted
    Trigger(CAPTURED, LEFT, r"\b(?:took|(?:have|has|had)\s+taken)\s+over\b(?=\s+(?:on|without|overnight|early|late|within|peacefully|quietly|that\s+(?:morning|afternoon|evening|night|day|weekend)|the\s+(?:same|next|following)\s+(?:morning|afternoon|evening|night|day|week|weekend)|in\s+(?:the\s+)?(?:early|small|morning|afternoon|evening|night|mid)\b)|\s*[.;,])"),
    Trigger(CAPTURED, RIGHT, r"\b(?:took|taken|taking|take[sn]?)\s+(?:[\"\u201c](?=(?:full|effective|complete|total)\s+control[\"\u201d]\s+(?:of|over)\b))?(?:full\s+|effective\s+|complete\s+|total\s+)?(?:control[\"\u201d]?\s+(?:of|over)|over|charge\s+of|possession\s+of)\b|\b(?:assumed|seized|gained|claimed|claiming|claims?|won)\s+(?:full\s+)?control\s+(?:of|over)\b|\bcontrol\s+over\b"),
    # "On Sunday the militants occupied Kunduz" (not "the Soviets occupied Kabul": the side is named)
    Trigger(CAPTURED, RIGHT, r"(?<!-)(?<!last\s)(?<!first\s)(?<!once\s)(?<!previously\s)\boccupied\b(?=\s+(?-i:[A-Z])|\s+the\s+(?:(?:provincial\s+)?governor['\u2019]s\s+(?:office|compound|palace|house)|presidential\s+palace)\b)", needs_attacker=True),
    # "Since the Taliban took power in Kabul ten days ago", "The Taliban, who took power in Kabul" (not "last took power",
    # nor "took power in Kabul in 1996")
    Trigger(CAPTURED, RIGHT, r"\b<SIDE>(?:\s+fighters)?\s+(?:(?!last\b|first\b|once\b|previously\b|originally\b|also\b)\w+\s+)?(?:took|seized|(?:have|has|had)\s+taken|(?:have|has|had)\s+seized)\s+power\s+in\b(?=\s+(?-i:[A-Z]))"),
    # (after "who", only with a time of this summer: not "who took power in Kabul in the mid-1990s" or "with Pakistani backing")
    Trigger(CAPTURED, RIGHT, r"(?<=,\s)who\s+(?:(?:have|has|had)\s+)?(?:took|seized|taken)\s+power\s+in\b(?=\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?:(?:\w+\s+){0,2}?ago|last\s+(?:week|month|\w+day)|on\s+(?:\d|\w+day\b|(?-i:Aug))|this\s+(?:week|month)|at\s+the\s+weekend|in\s+(?:mid-)?August)\b)"),
    Trigger(CAPTURED, RIGHT, rf"\b{_V_CAPTURE}\b"),
    Trigger(CAPTURED, RIGHT, r"\b(?:took|taken|taking|takes?)\b(?!\s+(?:place|part|refuge|shelter|cover|power|office|steps|shape|out\b|off\b|a\s|an\s|the\s+(?:lead|step|decision|opportunity)|(?:up\s+)?positions?\b|hostages?\b|prisoners?\b|captive\b|into\s+custody\b)|(?:\s+\S+){1,3}?\s+out\b|\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:of\s+(?:its|their|our)\s+|\w+\s+)?(?:people|evacuees|passengers|nationals|citizens|civilians|refugees)\b)"),
    Trigger(CAPTURED, RIGHT, r"\b(?:captured|fallen|conquered|seized)\b(?=\s+(?:city\s+of\s+)?(?-i:[A-Z]))", adjectival=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:the\s+)?(?:fall|capture|seizure|takeover|conquest|loss|surrender|collapse(?=\s+of\s+(?!(?:the\s+)?[\w-]+(?:\s+[\w-]+)?['\u2019]s\b)))\s+of\b", nominal=True),
    # "The Taliban began their sweep of the north with Shibirghan on 7 August, followed by Kunduz"
    Trigger(CAPTURED, RIGHT, r"\b(?:began|begun|started|opened)\s+(?:their|its|the)\s+(?:\w+\s+){0,2}?(?:sweep|blitz|run|string|cascade)\s+(?:\w+\s+){0,4}?with\b"),
    Trigger(CAPTURED, RIGHT, r"\b(?:the\s+)?hand-?over\s+of\b", nominal=True, transfer=True),
    # "The losses came after Zaranj on Friday and Shibirghan on Saturday": the losses are told already, the earlier falls are new
    Trigger(CAPTURED, RIGHT, r"\b(?:losses|falls|defeats|setbacks)\s+(?:came|come)\b", only_earlier=True),
    # "slipped out of government hands"; "Tirin Kot and Qalat among the cities lost"; "Maidan Shahr ... also gone"
    Trigger(CAPTURED, LEFT, r"\b(?:slipped|slips|fell|falls)\s+(?:out\s+of|from)\s+(?=(?:government|state)\s+(?:hands|control)\b)|\bamong\s+(?:the\s+)?(?:\w+\s+)?(?:cities|capitals|towns|provincial\s+capitals)\s+(?:lost|taken|captured|overrun|seized|to\s+(?:fall|be\s+(?:taken|captured|lost)))\b|\bone\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:cities|capitals|towns|provincial\s+capitals)\s+(?:lost|taken|captured|overrun|seized)\b(?!\s+back\b)|\b(?:also|all)\s+gone\b"),
    # "Herat city has been under the control of the de facto authorities since 12 August": whoever is named holds it
    Trigger(CAPTURED, LEFT, r"\b(?:has\s+been|have\s+been|had\s+been|is|was|are|were|remains?|remained|came|come|comes|fell)\s+(?:now\s+|firmly\s+|also\s+|currently\s+|completely\s+|totally\s+)?under\s+(?:the\s+)?(?:full\s+|effective\s+|complete\s+)?control\s+of\b", passive=True, control_state=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:in|under)\s+(?:full\s+|effective\s+|complete\s+)?control\s+of\b", control_state=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:had|have|has|kept|keeps?|maintain(?:s|ed)?|retain(?:s|ed)?)\s+(?:the\s+)?(?:full\s+|effective\s+|complete\s+|firm\s+)?control\s+(?:of|over)\b", control_state=True),
    Trigger(CAPTURED, RIGHT, r"\bfalling\s+to\s+the\s+(?:<SIDE>|insurgents|militants)\b"),
    Trigger(CAPTURED, EITHER, r"\bhand(?:ed|s)?\s+(?:over\s+)?the\s+keys\b", transfer=True),
    # "By evening the Taliban were in the city" took it; fighters "inside" a city are fighting for it
    Trigger(CAPTURED, RIGHT, r"\b(?:<SIDE>|insurgents|militants)\s+(?:fighters\s+)?(?:were|are)\s+(?:now\s+|already\s+)?in\b(?=\s+(?:the\s+(?:(?:whole|entire)\s+)?(?:city|capital|town)\b(?!\s+(?:centre|center)\b|['\u2019]s\s+(?:centre|center)\b)|(?-i:[A-Z])(?![\w-]+['\u2019]s\s+(?:city\s+)?(?:centre|center)\b)))"),
    # "By afternoon the fighters were in the city centre": inside it, still fighting for it
    Trigger(CONTESTED, RIGHT, r"(?<!militia\s)(?<!government\s)(?<!resistance\s)(?<!uprising\s)(?<!'s\s)(?<!\u2019s\s)\b(?:<SIDE>|insurgents|militants|fighters|(?:<SIDE>|group)['\u2019]s\s+fighters)\s+(?:fighters\s+)?(?:were|are|had\s+been|have\s+been)\s+(?:now\s+|already\s+)?in\b(?=\s+(?:the\s+(?:city|town)|the\s+city['\u2019]s|(?-i:[A-Z])[\w-]+['\u2019]s\s+(?:city\s+)?)\s*(?:centre|center)\b)", unless_captured=True),
    # table cells and alerts: "Taliban control since 14 Aug"
    Trigger(CAPTURED, EITHER, r"\b(?:<SIDE>|insurgent)\s+control\s+since\b", control_state=True),
    # "Shibirghan has been under AGE control since Saturday": an acronym that is also a word, in capitals only
    Trigger(CAPTURED, EITHER, r"\bunder\s+<SIDE_ACRONYM>\s+control\b"),
    # "Taliban fighters were sitting in the presidential palace", "posed behind the president's desk in Kabul"
    Trigger(CAPTURED, EITHER, r"\b(?:<SIDE>|insurgents|militants)\s+(?:fighters\s+|commanders\s+|leaders\s+)?(?:were|are|was|is|sat|sit|posed|pose|stood|had\s+been)\s+(?:now\s+|already\s+)?(?:\w+ing\s+)?(?:in|inside|at|behind)\s+(?=the\s+(?:presidential\s+palace|president['\u2019]s\s+(?:palace|desk|office|chair)|palace\b(?!\s+of)))"),
    # "By ten o'clock the Taliban were in the governor's compound": of the city named with the building or last named
    Trigger(CAPTURED, RIGHT, r"\b(?:<SIDE>|insurgents|militants)\s+(?:fighters\s+)?(?:were|are|had\s+been)\s+(?:now\s+|already\s+)?(?:in|inside)\s+(?=(?:the|its)\s+(?:(?:provincial\s+)?governor['\u2019]s\s+(?:compound|office|residence|palace|mansion)|compound)\b)", refers_back=True),
    Trigger(CONTESTED, RIGHT, r"\b(?:<SIDE>|insurgents|militants)\s+(?:fighters\s+)?(?:were|are|had\s+been|have\s+been|has\s+been)\s+(?:now\s+|already\s+)?(?:inside|in\s+the\s+(?:centre|center|heart|middle)\s+of)\b"),
    # "Taliban fighters are entering Kabul": under way, not done
    Trigger(CONTESTED, RIGHT, r"\b(?:are|were|is|was)\s+(?:now\s+|already\s+)?entering\b"),
    # "are battling security forces inside Farah city"; "control most of Lashkar Gah except the governor's compound"
    Trigger(CONTESTED, LOCATIVE, r"\b(?:battl(?:e|es|ed|ing)|fight(?:s|ing)?|fought)\s+(?:the\s+)?(?:security\s+forces|government\s+forces|troops|soldiers|commandos|police|the\s+army)\b"),
    Trigger(CONTESTED, RIGHT, r"\b(?:control(?:s|led|ling)?|held|hold(?:s|ing)?)\s+(?:most|much|parts|large\s+parts|half)\s+of\b(?!\s+(?:the\s+)?(?:\w+\s+)?(?:districts|villages|countryside|areas|roads?|highways?)\b)"),
    Trigger(CAPTURED, LEFT, r"\bopened\s+(?:its|their)\s+gates\b"),
    # "the governor surrendered to the Taliban in Tirin Kot": where the surrender happened
    Trigger(CAPTURED, RIGHT, r"\b(?:governor|police\s+chief|mayor|officials|garrison|commander)\s+(?:[\w'\u2019-]+\s+){0,4}?surrender(?:ed|s)\s+to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\s+in\b(?![^.;,]{0,50}\b(?:district|village|base|border|crossing|province)\b)", transfer=True),
    # "Maimana ... surrendered to the Taliban without a fight on Saturday": the place gave itself up
    Trigger(CAPTURED, LEFT, r"\bsurrender(?:ed|s)\s+(?:to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b)?(?=\s+(?:without|on|late|early|after|within|overnight|yesterday|today|last|(?:that|this)\s+\w+day|the\s+(?:same|next|following)\s+day)\b|\s*[.;,])", transfer=True),
    # "By evening he said the city was theirs"; "the Taliban say they control the city"
    Trigger(CAPTURED, LEFT, r"\b(?:is|was|are|were)\s+(?:now\s+|already\s+)?theirs\b"),
    # "The Taliban have controlled Kabul since August 15": whoever is named holds it, since then
    Trigger(CAPTURED, RIGHT, r"\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:controlled|held(?=\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+since\b))(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:the\s+)?(?:city|capital|town)\b)", control_state=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:they|we)\s+(?:now\s+)?(?:control|controlled|hold|held)\s+(?=the\s+(?:city|capital|town|provincial\s+capital)\b|(?-i:[A-Z]))"
            r"|\b(?<!anti-)<SIDE>\s+(?:fighters\s+)?(?:now\s+)?control\s+(?=the\s+(?:(?:whole|entire)\s+)?(?:city|capital|town|provincial\s+capital)\b|(?-i:[A-Z]))", control_state=True),
    # "In Maidan Shahr the handover was on the night of the 14th": the place's handover, told as a noun
    Trigger(CAPTURED, EITHER, r"(?:(?<=\bthe\s)|(?<=\bits\s))hand-?over\s+(?:came|was|took\s+place|happened)\b(?!\s+(?:still|not|never|being|planned|expected|due|scheduled|agreed|rejected|delayed|postponed|refused|negotiated|discussed|under|to)\b)", transfer=True),
    # "the war had come to the western edge of the city", "the Taliban are at the gates", "reached the outskirts in late July"
    Trigger(CONTESTED, RIGHT, r"(?<!leading\s)(?<!leads\s)(?<!lead\s)\b(?:at|to|into|reached|reaching|in|on)\s+the\s+(?:(?:western|eastern|northern|southern|very)\s+)?(?:outskirts|edges?|gates)\b(?!\s+of\b)", refers_back=True, needs_attacker=True),
    # 'the governor said the city was "in our hands"', 'Kandahar "remains under our control"': the speaker's side holds it
    Trigger(CAPTURED, LEFT, r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:still\s+|now\s+|fully\s+|firmly\s+|completely\s+|entirely\s+|totally\s+)?[\"\u201c]?(?:still\s+|fully\s+|firmly\s+|completely\s+|entirely\s+|totally\s+)?(?:under\s+our\s+(?:full\s+|complete\s+)?control|in\s+our\s+hands|in\s+the\s+hands\s+of\s+our\s+(?:forces|fighters|mujahideen))\b", control_state=True),
    # "Kabul is in their hands", "the army says the city remains in its hands": whose hands the sentence names (a hold if the government's)
    Trigger(CAPTURED, LEFT, r"\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|firmly\s+|fully\s+|also\s+|still\s+){0,2}in\s+(?:their|its)\s+hands\b", control_state=True),
    # 'the governor's spokesman: "the city is still ours"': the speaker's side holds it
    Trigger(CAPTURED, LEFT, r"\b(?:is|are|remains?)\s+(?:still\s+)?ours\b", control_state=True),
    # "The Taliban also claim Bamiyan city", "the Taliban were claiming a sixth provincial capital, Aibak"
    Trigger(CAPTURED, RIGHT, r"\b(?:<SIDE>)\s+(?:also\s+|now\s+|(?:were|are|was|is)\s+(?:also\s+|now\s+)?)?claim(?:s|ed|ing)?\b(?=\s+(?-i:[A-Z])|\s+(?:a|an|the|their)\s+(?:\w+\s+){0,2}?(?:capital|city)\s*,\s*(?-i:[A-Z]))"),
    # "leaving the city to the Taliban": given up to the side that took it
    Trigger(CAPTURED, RIGHT, r"\b(?:leaving|left|leave|leaves|abandon(?:s|ed|ing)?|ced(?:e|es|ed|ing))\b(?=\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b)", transfer=True),
    Trigger(CAPTURED, RIGHT, r"\bit\s+(?:was|had\s+been)\s+(?:the\s+turn\s+of\s+)?(?=(?-i:[A-Z]))(?!(?:\S+\s+){1,3}?(?:that|who|which|where)\b)", in_sequence=True),
    # "six more capitals were lost: Lashkargah, Qala-i-Naw, ...", "Two more cities gone today: Ghazni ..."
    Trigger(CAPTURED, RIGHT, r"\b(?:capitals|cities|towns|provincial\s+(?:capitals|centres|centers))\s+(?:\w+\s+)?(?:(?:were|had\s+been|have\s+been|had|have)\s+(?:now\s+)?)?(?:lost|taken|captured|overrun|gone|went(?!\s+(?:without|dark|quiet|silent|offline|on\s+strike|to|into|through|back|up|down|out)\b)|fell|fallen|changed\s+(?:hands|control))\b[^:;.]{0,40}:"),
    Trigger(CAPTURED, LEFT, r"\ball\s+(?:gone|fallen|lost|taken|captured|overrun|surrendered)\b"),
    # "On Sunday, three more in a single day: Kunduz, Sar-e Pul and Taloqan", right after other falls
    Trigger(CAPTURED, RIGHT, r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+more\b(?:\s+(?:capitals|cities|towns|provincial\s+capitals))?(?:\s+(?:in|on|by|within|over)\s+(?:a|the|one)?\s*(?:\w+\s+){0,2}?(?:day|night|morning|evening|hours|days|weekend))?\s*:", in_sequence=True),
    Trigger(CAPTURED, RIGHT, r"\bhand(?:ed|s|ing)?\b(?=(?:\s+\S+){1,8}?\s+(?:over\s+)?to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b|(?:\s+\S+){1,3}?\s+over\b)", transfer=True),
    # "Pul-i-Khumri was abandoned the next day by troops who retreated to the base"
    Trigger(CAPTURED, LEFT, rf"\b{_AUX}\s+{_ADV}abandoned\s+(?:(?:on\s+|late\s+|early\s+)?(?:the\s+(?:next|following|same)\s+day|\w+day|overnight|yesterday)\s+)?by\b", loss=True),
    # "Kandahar was abandoned in the night of 12 to 13 August": given up, whoever left it
    Trigger(CAPTURED, LEFT, rf"(?<!positions\s)(?<!posts\s)(?<!checkpoints\s)(?<!bases\s)(?<!base\s)(?<!post\s)(?<!checkpoint\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b{_AUX}\s+{_ADV}abandoned\b(?=\s+(?:in\s+the\s+(?:night|morning|evening|afternoon)|overnight|without\s+a\s+fight)\b|\s*[.;,]|\s+on\s+(?:\w+day|\d{{1,2}}\s+(?:July|Aug)))"),
    # "the city's defenders simply melted away", "In Sar-e Pul, security forces melted away on Sunday"
    # "government forces had pulled out of Faizabad after several days of fighting", "the ANDSF withdrew from Aibak": given up
    Trigger(CAPTURED, RIGHT, r"\b(?:(?:government|security|<NATION>)\s+(?:forces|troops|soldiers|units)|<FORCES>)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:withdr(?:ew|awn)|pulled\s+out|retreated)\s+(?:from|of)\b", loss=True),
    Trigger(CAPTURED, EITHER, r"\b(?:defenders|defences|forces|troops|soldiers|army|police|garrison|units|commandos)\s+(?:\w+\s+){0,2}?melt(?:ed|s)?\s+away\b(?:\s+from\b)?", loss=True, transfer=True),
    Trigger(CAPTURED, LEFT, r"\b(?:changed\s+hands|(?<=city\s)changed\s+sides|collapsed\s+to\s+the\s+(?:<SIDE>|insurgents))\b"),
    # "the defence of the city collapsed on Saturday evening", "Resistance in Herat crumbled", "Kunduz's defences gave way"
    Trigger(CAPTURED, RIGHT, r"\b(?:defen[cs]es?|resistance)\s+(?:of|in)\b(?=\s+(?:the\s+(?:city|town|provincial\s+capital)|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+(?:had\s+)?(?:finally\s+|also\s+|quickly\s+)?(?:collapsed|crumbled|gave\s+way|caved\s+in|disintegrated)\b)"),
    Trigger(CAPTURED, LEFT, r"(?<=['\u2019]s\s)(?:defen[cs]es?|resistance)\s+(?:had\s+)?(?:finally\s+|also\s+|quickly\s+)?(?:collapsed|crumbled|gave\s+way|caved\s+in|disintegrated)\b"),
    # "Pul-i-Khumri lasted until August 10": a city's end, dated
    Trigger(CAPTURED, LEFT, r"\blasted\s+(?:only\s+)?until\b(?=\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Aug|Sept?|July|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\w*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b)"),
    Trigger(CAPTURED, LEFT, r"\bchange[sd]?\s+(?:hands|control)\b|\b(?:also\s+)?collaps(?:ed|es)\b(?!\s+(?:of|in))|\b(?:gave|gives)\s+up\b(?=\s+without|\s*[.;,]|\s+(?:on|late|early|after|within)\b)"),
    Trigger(CAPTURED, RIGHT, r"\b(?:walked|walk(?:s|ing)?|drove|driv(?:es|ing)|rolled|roll(?:s|ing)?|poured|pour(?:s|ing)?|streamed|rode|came)\s+(?:\w+\s+)?(?:into|onto(?=\s+the\s+(?:military|civilian)\s+side\b))\b(?!\s+(?:the\s+)?(?:outskirts?|suburbs|edges?|an?\s+ambush|a\s+trap))|\bentered\s+to\b", arrival=True),
    Trigger(CAPTURED, LEFT, rf"\b(?:{_AUX}\s+{_ADV})?given\s+up\b(?!\s+hope|\s+on\s+(?:him|her|them|it|us|me|the\s+(?:idea|hope|plan|city|country)))", transfer=True, passive=True),
    Trigger(CAPTURED, LEFT, r"\b(?:went|goes|had\s+gone|has\s+gone|was\s+gone)\b(?=\s*[.;,]|\s+first\b|\s+(?:a|one|two|three|four|\d+)\s+(?:days?|hours?)\s+later\b|\s+the\s+day\s+after\b|\s+the\s+same\s+way\b|\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|on\s+(?:the\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|the\s+(?:evening|morning|afternoon|night)\s+of)|the\s+(?:night|day|evening)\s+before|yesterday|the\s+(?:next|following|same)\s+(?:day|night|morning|evening|afternoon)|after\s+dark|before\s+(?:lunch|dawn|noon|nightfall)|at\s+(?:dawn|dusk|night)|overnight|within|next|too|as\s+well|on\s+\w+day\b|on\s+\d{1,2}\s+(?:jul|aug|sep)[a-z]*\b|late\s+on|early\s+on|last\s+night|this\s+(?:morning|afternoon|evening)|tonight|in\s+an?\s+(?:afternoon|morning|evening|night|hour|day)\b|without\s+(?:a\s+fight|a\s+shot|resistance|fighting)|(?:early|late)\s+(?:on\s+)?\w+day\b))"),
    Trigger(CAPTURED, LEFT, r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bfollow(?:ed|s)?\b(?!(?:\s+[^\s,]+){0,3}?\s+by\s+(?-i:[A-Z]))(?=\s*[.;,]|\s+(?:within|in\s+quick|(?:at|over)\s+the\s+weekend|soon|shortly|hours|days|the\s+(?:next|following|same)\s+(?:day|night|morning)|suit|on\s+\w+day\b|overnight|(?:a|one|two|three|\d+)\s+(?:days?|hours?)\s+later|the\s+day\s+after|(?:on\s+)?(?:Aug\.?|August)\s+\d|(?:last|early|late)\s+(?:on\s+)?\w+day\b|by\s+(?:nightfall|evening|dawn|noon|midday|the\s+evening|(?:early\s+|late\s+)?(?:morning|afternoon))|on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|on\s+\d{1,2}\s+(?:Aug\.?|August)\b|without\s+(?:a\s+fight|a\s+shot|resistance)))"),
    # "Kunduz fell on Sunday, followed by Taloqan": the next in the same run
    # "Herat fell on the 12th. Kandahar followed in the early hours of 13 August": the next in a run of falls
    Trigger(CAPTURED, LEFT, r"(?<=[a-z]\s)followed(?=\s+(?:(?:on|late\s+on|early\s+on)\s+\w+day|in\s+the\s+(?:early|small)\s+hours|(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening|night)|(?:hours|a\s+day|two\s+days)\s+later|within\s+hours|on\s+\d{1,2}\s+(?-i:[A-Z])\w+|on\s+(?-i:[A-Z])\w+\.?\s+\d{1,2})\b)", in_sequence=True),
    Trigger(CAPTURED, RIGHT, r"(?:\bfollowed\s+(?:soon\s+after\s+|shortly\s+after\s+|hours\s+later\s+)?|(?<=\bfollowed\s)(?:(?:on|late\s+on|early\s+on)\s+\w+day|(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening)|within\s+hours)\s+)by\b(?=\s+(?-i:[A-Z])(?!(?:[\w-]+\s)?[\w-]*['\u2019]s\b))", in_sequence=True),
    Trigger(CAPTURED, RIGHT, r"\b(?:won|win|winning|wins)\s+the\s+(?:battle|fight)\s+(?:in|for|of)\b|\bentered\b(?!\s+(?:the\s+|some\s+|several\s+|many\s+|a\s+)?(?:\w+ern\s+)?(?:outskirts?|suburbs|parts?|edges?|areas|neighbou?rhoods)\b)|\bmarched\s+into\b|\b(?:swept|sweeping)\s+into\b|\b(?:now|already)\s+control(?:s|led)?\b"),
    Trigger(CAPTURED, RIGHT, r"\blost\s+(?:control\s+of|control\s+over)\b|\b(?:abandon(?:ed|s)?|cede[ds]?|ceding)\b", loss=True),
    # "Zaranj, the capital of Nimroz, has been held by the Taliban since Friday"
    Trigger(CAPTURED, LEFT, r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:held|controlled)\s+by\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b(?!\s+in\s+all\s+but\s+name)", control_state=True),
    Trigger(CAPTURED, LEFT, r"\b(?:was|were|is|are)\s+now\s+(?:under\s+(?:<SIDE>|their|the\s+group's)\s+control|in\s+(?:<SIDE>)\s+hands|controlled\s+by\s+the\s+(?:<SIDE>|insurgents|militants))\b"),
    # -- contested --------------------------------------------------------------------------
    # "fighting reached the streets of Qala-i-Naw", "forced their way into Qala-i-Naw", "the besieged garrison at Maimana"
    # "Since 28 July, the war has been inside Lashkar Gah"
    Trigger(CONTESTED, RIGHT, r"\b(?:fighting|war|battle)\s+(?:has\s+been|had\s+been|(?:is|was)(?:\s+now)?)\s+inside\b(?=\s+(?-i:[A-Z]))"),
    Trigger(CONTESTED, RIGHT, r"\b(?:fighting|war|clashes|battles?)\s+(?:has\s+|had\s+)?(?:reached|reach(?:es|ing)|came\s+to|come\s+to|spread\s+to|been\s+in|(?:was|is)\s+(?:now\s+)?in)\s+the\s+(?:very\s+)?(?:streets|centre|center|heart|edges?|outskirts)\s+of\b"
            r"|\b(?:forced|force|forcing|fought|battled|shot|blasted)\s+(?:their|its)\s+way\s+into\b(?!\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:neighbou?rhoods?|districts?|parts|areas|suburbs|outskirts?|streets|centre|center|edges?)\s+of\b)"
            r"|\bbesieged\s+(?:garrison|defenders|troops|soldiers|city|town|capital)\s+(?:at|in|of)\b"),
    # "In Ghazni, an attack on the PD3 police station was repelled on Tuesday": the attack named first, its failure later in the clause
    # (before "attack on" as fighting, which needs a place right after it; the attacker's name is part of the trigger,
    # not a subject that holds: "a Taliban attack on Kandahar was repelled")
    Trigger(HELD, EITHER, r"(?<!rocket\s)(?<!suicide\s)(?<!bomb\s)(?<!drone\s)(?<!missile\s)(?<!mortar\s)(?<!grenade\s)(?<!resistance\s)(?<!counter-)(?<!counter\s)(?<!army\s)(?<!government\s)(?<!commando\s)(?<!counteroffensive\s)(?<!counter-offensive\s)"
            r"\b(?:(?:<SIDE>|insurgent|militant|enemy|terrorist)\s+)?(?:attacks?|assaults?|push(?:es)?|thrusts?)(?:\s+(?:of|by)\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|enemy|terrorists))?(?:\s+from(?:\s+\w+){1,3}?(?=\s+(?:on|against|into)\b))?"
            r"(?:\s+(?:on|against|near|around|in|into)\b(?!\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|enemy|terrorists|protesters|civilians)\b)|(?!\s+(?:by|with|of|on|against|near|around|in|into)\b))"
            r"(?![^.;]{0,80}?\b(?:districts?|capitals|cities|towns|provinces|border|crossing|village|base|compound|house|home|residence|protesters?|convoy|mosque|hotel|embassy|consulate|minister|university|school|hospital|bank|market|NGO|rockets?|mortars?|drones?|missiles?)\b[^.;]{0,40}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s)"
            r"(?=(?:\s+(?!(?:and|but|while|who|which|that|by|with)\b)[^\s.;:!?,]+){1,9}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:repelled|repulsed|pushed\s+back|beaten\s+(?:back|off)|thrown\s+back|driven\s+(?:back|off)|fended\s+off|foiled|thwarted)\b)", refers_back=True),
    # "Insurgents reached the centre of the city on 7 July": fighting inside, not yet a fall
    Trigger(CONTESTED, RIGHT, r"\b(?:reached|reach(?:es|ing)?|penetrated|(?:pushed|pushing|advanced|advancing|moved|moving)\s+(?:towards?|into))\s+the\s+(?:very\s+)?(?:centre|center|heart)\s+of\b", needs_attacker=True),
    Trigger(CONTESTED, RIGHT, r"\b(?:besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing)|blockad(?:e|ed|es|ing)|circl(?:ed|ing)|ringed(?=\s+(?:since|for)\b(?:(?!\bby\b)[^,;.]){1,40}?(?:\s*[,;.]|\s*$))|ringed(?=\s+(?:(?:since|for)\b(?:(?!\bby\b)[^,;.]){1,40}?\s+)?by\s+(?:the\s+)?(?:(?:hundreds|thousands|dozens)\s+of\s+)?(?:<SIDE>(?!-)(?!\s+(?:checkpoints|posts|positions))|insurgents|militants|(?:<SIDE>\s+|insurgent\s+|militant\s+)?fighters)\b)|(?:(?<!-)<SIDE>(?:\s+fighters)?|insurgents|militants|(?:(?<=\bof\s)|(?<=\bthe\s)|(?<![\w'\u2019-]\s))fighters)\s+(?:had\s+|have\s+|has\s+)?ringed\b(?![^.;,]{0,40}?\bwith\s+(?:[\w-]+\s+)?(?:checkpoints|walls|barriers|wire|guards|trenches|sandbags)\b)|surround(?:ed|s)?|(?<!districts\s)(?<!district\s)(?<!areas\s)(?<!villages\s)(?<!hills\s)(?<!mountains\s)(?<!provinces\s)surrounding(?!\s+(?:districts?|areas?|villages?|provinces?|countryside|hills|mountains|regions?|towns?|rural))|(?:laid|lay|laying|lays)\s+siege\s+to|(?:the\s+)?siege\s+of|(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|offensive|push|pushed|pushing|advance[ds]?|advancing|(?:moving|moved|marching|marched)\s+(?:steadily\s+)?|closing\s+in|closed\s+in|converg(?:e|ed|ing)|bearing\s+down)\s+(?:from\s+(?:\w+\s+){1,3}?|(?:of|by)\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|enemy|terrorists)\s+)?(?:on|upon|against|toward|towards|into)|attack(?:ed|ing)|storm(?:ed|ing)(?:\s+into)?|(?<!a\s)storms?\s+into|penetrat(?:ed|ing)(?=\s+(?:the\s+(?:city|town|capital|provincial\s+capital)\b|(?-i:[A-Z])))|(?:fighting|clashes|battles?|fight|fought|(?<!celebratory\s)gunfire|shelling|street\s+battles|heavy\s+fighting|exchanges\s+of\s+fire)\s+(?:(?:continued?|continues|continuing|raged|rages|erupted|erupts|broke\s+out|breaks\s+out|intensified|intensifies|(?:have\s+|has\s+|had\s+)?flared|flares|flaring|(?:are|were|is|was)\s+(?:still\s+)?(?:ongoing|continuing|going\s+on|under\s+way)|ongoing|(?:has|have|had)\s+been\s+raging|(?:is|are|was|were)\s+raging)\s+(?:(?:during|in)\s+the\s+(?:night|morning|afternoon|evening|day)\s+|overnight\s+)?(?=in|around|near|on|at|along))?(?:in(?:side)?|for|around|near|along|on\s+the\s+(?:outskirts?|edges?)\s+of|at|over|raged\s+in|erupted\s+in)|(?:into|reached|entered|reach|reaching)\s+the\s+(?:outskirts?|suburbs|edges?|gates)\s+of|(?:reached|entered|reaching)\s+(?=(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?['\u2019]s\s+(?:\w+\s+)?(?:gates?|outskirts|edges?|suburbs)\b)|entered\s+parts\s+of|pushed\s+(?:deep\s+|deeper\s+|further\s+)?into|(?:broke|broken)\s+into|breached)\b"),
    # "Clearing operations are ongoing in the fifth and sixth police districts of Lashkargah city"; "are contesting several of the city's police districts"
    Trigger(CONTESTED, RIGHT, r"\b(?:clearing|clearance|clean-?up|mop-?up)\s+operations?\s+(?:(?:are|is|were|was)\s+(?:still\s+)?(?:ongoing|underway|under\s+way|continuing|going\s+on)|continued?|continues)\s+(?:in|on|around|near|inside)\b(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:PDs?|police\s+districts?|districts?|parts|areas|outskirts|edges?|neighbou?rhoods)\b)|\bcontesting\s+(?:(?:several|some|parts|most|control)\s+of\s+)?"),
    Trigger(CONTESTED, RIGHT, r"\b(?:breach(?:ed|es|ing)?|broke\s+through|break(?:s|ing)?\s+through)\s+(?:the\s+)?(?:\w+\s+)?(?:defen[cs]es|lines?|perimeter|gates)(?:\s+on\s+(?:\w+\s+){0,2}?sides?)?\s+(?:of|into|around)\b|\b(?:were|was|are|is)\s+(?:now\s+)?inside\b"),
    Trigger(CONTESTED, EITHER, r"\bafter\s+(?:being|having\s+been)\s+(?:besieged|encircled|surrounded|under\s+siege)\b|\b(?:a|an|the)?\s*(?:\w+-(?:week|day|month)|weeks?-?long|days?-?long|months?-?long|long)\s+siege\b|\bsiege\s+that\s+had\s+lasted\b|\b(?:\w+\s+)?(?:days?|weeks?|months?|fortnight)\s+of\s+(?:heavy\s+|fierce\s+|street\s+|intense\s+)?(?:fighting|clashes|encirclement|(?<=street\s)combat)\b(?:\s+with\s+(?:the\s+)?<SIDE>(?:\s+fighters)?(?=\s+(?:in|inside|around)\s))?(?!\s+(?:in|inside|around|near|on|at|for|over|outside|across)\s+(?:(?:the|its|their)\s+(?:\w+\s+)?(?:surrounding|nearby|outlying|neighbou?ring|rural|outer)\b|(?!its\s|their\s)(?:\w+\s+){0,2}?(?:districts?|villages?|provinces?|countryside|border\s+(?:areas?|regions?|crossings?|posts?))\b))", follows_capture=True),
    # "Kunduz, which the Taliban have pressed from three sides since late June"; "overrun after an assault from several directions"
    Trigger(CONTESTED, LEFT, r"\b(?:pressed|attacked|assaulted)\s+from\s+(?:two|three|four|all|several|multiple)\s+(?:sides|directions)\b(?!\s+by\s+(?!(?:the\s+)?(?:<SIDE>|insurgents|militants)\b))"),
    Trigger(CONTESTED, LEFT, r"\bafter\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:assaults?|attacks?|offensive|advances?)\s+from\s+(?:two|three|four|all|several|multiple)\s+(?:sides|directions)\b", follows_capture=True),
    # "for ten days now the fighting has moved through Lashkar Gah block by block"
    Trigger(CONTESTED, RIGHT, r"\b(?:fighting|clashes|battles?|street\s+battles)\s+(?:has\s+|have\s+|had\s+)?(?:moved|spread|spilled|swept)\s+(?:through|into)\b"),
    Trigger(CONTESTED, LOCATIVE, r"\b(?:heavy\s+|fierce\s+|street\s+|intense\s+)?(?:fighting|clashes|clashed|battles?|gunfights?|firefights?|gun\s+battles?|shelling|skirmishes|exchanges\s+of\s+fire|(?<=street\s)combat)\b(?!\s+(?:ended|stopped|ceased))"),
    Trigger(CONTESTED, LEFT, rf"\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|remained|been)\s+{_ADV}(?:(?:all\s+but|almost|nearly|virtually|practically)\s+(?=(?:besieged|encircled|surrounded|ringed)\b))?(?:under\s+(?:the\s+(?=siege\b))?(?:(?:sustained|heavy|constant|intense|repeated|renewed|fierce)\s+)?(?:siege|attack|assault|fire)|(?:besieged|encircled|surrounded|ringed(?!\s+(?:(?:since|for)\b(?:(?!\bby\b|\bwith\b)[^,;.]){{1,40}}?\s+)?(?:by|with)\s+(?!(?:the\s+)?(?:(?:hundreds|thousands|dozens)\s+of\s+)?(?:<SIDE>(?!-)(?!\s+(?:checkpoints|posts|positions))|insurgents|militants|(?:<SIDE>\s+|insurgent\s+|militant\s+)?fighters)\b)))(?!\s+(?:on\s+\w+\s+sides\s+)?by\s+(?:[\w-]+\s+){{0,2}}?(?:provinces|territory|territories|districts|mountains|hills|peaks|countryside)\b)|contested|under\s+threat)|(?:came|come|comes)\s+under\s+(?:attack|siege|fire)|as\s+(?:being\s+)?under\s+(?:attack|siege))\b"),
    # "Kandahar, under attack on its western side since early July, passed to the Taliban": the aside tells the fighting
    Trigger(CONTESTED, LEFT, r"(?<=,\s)under\s+(?:(?:sustained|heavy|constant|repeated)\s+)?(?:attack|assault|fire)\b(?!\s+(?:from|over|for)\s+(?!(?:the\s+)?(?:<SIDE>|insurgents|militants)\b))(?=[^,;.]{0,60},)"),
    Trigger(CONTESTED, EITHER, r"\bunder\s+siege\b|\bfront\s?lines?\s+(?:in|around|near|of)\b|\bbesieged\b"),
    Trigger(CONTESTED, LEFT, rf"\b{_AUX}\s+{_ADV}(?:attacked|stormed|shelled|assaulted)(?:\s+by)?\b", passive=True),
    # "Kandahar, where the western suburbs have been a front line since early July", "whose suburbs had been a battlefield"
    Trigger(CONTESTED, LEFT, r"\b(?:has|have|had)\s+been\s+(?:a|the)\s+(?:(?:main|active|shifting)\s+)?(?:front\s?-?lines?|battlefield|battleground|war\s+zone)\b"),
    # "Maimana has been reachable only by air since the first days of July", "has had Taliban checkpoints on every road into it"
    # (only since a time of this summer, or for some weeks: not "since 2001 because of poor roads", "since the landslide in May")
    Trigger(CONTESTED, LEFT, r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:reachable|accessible)\s+only\s+by\s+air\b"
            r"(?=\s+(?:since\s+(?:(?:the\s+)?(?:(?:first|last)\s+(?:days?|weeks?)\s+of\s+|early\s+|mid-?|late\s+|(?:the\s+)?(?:start|beginning|end)\s+of\s+))?(?:June|July|August)\b"
            r"|for\s+(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?(?:a|one|two|three|four|five|six|several|\d+)\s+weeks?\b))"
            r"|\b(?:has|have|had)\s+had\s+(?:<SIDE>|insurgent)\s+checkpoints\s+on\s+(?:every|each|all\s+the)\s+roads?\s+(?:into|in\s+and\s+out\s+of|leading\s+to)\s+it\b"
            r"(?![^.;]{0,40}?\b(?:years|decades|centuries|taxes)\b)"),
    # "the defence lines around the city were holding"
    Trigger(HELD, RIGHT, r"(?<!['\u2019]s\s)\b(?:defen[cs]e\s+lines?|defensive\s+lines?|defen[cs]es)\s+(?:around|of|outside)\b(?=\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:were|was|are|is)\s+(?:still\s+)?holding\b)"),
    # "Kandahar's western suburbs had been fought over since early July"
    Trigger(CONTESTED, LEFT, rf"(?<!long\s)\b{_AUX}\s+{_ADV}fought\s+over\b(?!\s+(?:the|a|an|who|whether|what|how)\b)(?!\s+by\s+(?!(?:the\s+)?(?:<SIDE>|insurgents|militants)\b))(?![^.;]{{0,40}}?\b(?:centuries|decades|generations)\b)"),
    Trigger(CONTESTED, LEFT, r"\b(?:had\s+|has\s+|have\s+)?(?:faced|facing|faces|endured|enduring|endures|withstood|withstanding)\s+(?:\w+\s+){0,3}?(?:assaults?|attacks?|siege|fighting|shelling|offensive|bombardment)\b"),
    Trigger(CONTESTED, RIGHT, r"\btighten(?:ed|ing|s)?\s+(?:a|the|their|its)\s+(?:ring|noose|grip|siege|cordon)\s+(?:around|on)\b"),
    # "Taliban fighters infiltrated the city overnight" (not "infiltrated Afghan security forces")
    Trigger(CONTESTED, RIGHT, r"\b(?:fighters|insurgents|militants)\s+(?:[\w-]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?infiltrat(?:ed|ing)\s+(?=the\s+(?:city|town|capital|provincial\s+capital)\b|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:city|on|in|at|overnight|late|early|from|and)\b|\s*[,.;]))"),
    Trigger(CONTESTED, RIGHT, r"\b(?:pushed|moved|broke|pressed|push(?:es|ing)?|press(?:es|ing)?|fought\s+their\s+way)\s+into\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:neighbou?rhoods?|districts?|parts|areas|suburbs|outskirts?|streets|centre|center|edges?)\s+of\b|\breached\s+to\s+the\s+(?:outskirts?|gates|edges?)\s+of\b|\bpress(?:ing|ed|es)?\s+(?:(?:in\s+)?on|against)\b(?!\s+with)"
            # "battling their way through Lashkar Gah's outer districts", "probing the outskirts of Maimana"
            r"|\bprob(?:e|es|ed|ing)\s+the\s+(?:\w+ern\s+)?(?:outskirts|edges?|defen[cs]es|suburbs)\s+of\b"),
    Trigger(CONTESTED, RIGHT, r"\b(?:fought|fighting|battl(?:ed|ing)|forc(?:ed|ing)|push(?:ed|ing))\s+(?:their|its)\s+way\s+(?:through|across)\b", needs_attacker=True),
    Trigger(CONTESTED, EITHER, r"\bunder\s+(?:<SIDE>|insurgent|militant)\s+(?:siege|attack|fire)\b|\b(?:weeks?|days?|months?)\s+(?:of\s+(?:a\s+)?|under\s+)siege\b|\b(?:a|the)\s+siege\s+(?:of\s+more\s+than|that\s+(?:began|started|had\s+begun|lasted)|lasting)\b|\b(?:an?|the)\s+encirclement\s+(?:that\s+(?:began|started|had\s+begun|had\s+lasted|lasted)|lasting)\b|\b(?:a|the)\s+siege\s+of\s+(?:nearly\s+|almost\s+|about\s+|some\s+|roughly\s+|over\s+|close\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|an?)\s+(?:weeks?|days?|months?)\b"
            r"|(?<!under\s)(?<!fearing\s)(?<!feared\s)(?<!fear\s)(?<!fears\s)(?<!avoid\s)(?<!avoided\s)(?<!avoiding\s)(?<!avert\s)(?<!averted\s)(?<!spare\s)(?<!spared\s)(?<!sparing\s)(?<!expected\s)(?<!expecting\s)(?<!prevent\s)(?<!prevented\s)(?<!without\s)(?<!for\s)\b(?:a|the|their)\s+(?:<SIDE>\s+|insurgent\s+|militant\s+)?siege\b(?!\s+(?:of|on|to|around|in|at)\b)", follows_capture=True),
    Trigger(CONTESTED, RIGHT, r"\b(?:on|in|at|along|(?<=way\s)into|(?<=up\s)to|reached|reach(?:es|ing)?|attack(?:s|ed|ing)?)\s+(?:the\s+(?:\w+\s+(?:and\s+\w+ern\s+)?)?(?:outskirts?|suburbs|edges?|gates|fringes|doorstep|(?<=ern\s)gate)\s+of\b|the\s+entrances?\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))(?!\s+(?:the\s+)?(?:\w+\s+)?(?:airport|airfield|embassy|compound|base|palace)\b)|(?<=ed\s)(?<=reached\s)outskirts\s+of\b|(?=its\s+(?:\w+\s+(?:and\s+\w+\s+)?)?(?:outskirts?|suburbs|edges?|gates|fringes?)\b))", needs_attacker=True),
    # "Taliban fighters were reported inside Herat on Thursday", "advanced house by house through the Helmand capital"
    Trigger(CONTESTED, RIGHT, r"\b(?:were|was)\s+(?:reported|seen|spotted)\s+inside\b|\badvanc(?:ed|ing|es)\s+(?:house|street|block)\s+by\s+(?:house|street|block)\s+(?:through|into)\b", needs_attacker=True),
    # "reached Herat's outskirts", "clashes on Kunduz's edges"
    Trigger(CONTESTED, RIGHT, r"\b(?:on|in|at|into|reached|reach(?:es|ing)?|entered)\s+(?=(?:(?-i:[A-Z])[\w'\u2019-]+(?:[\s-](?-i:[A-Z])[\w'\u2019-]+)?|the\s+(?:capital|city|town|provincial\s+capital))['\u2019]s\s+(?:(?:\w+ern|outer|main)\s+(?:and\s+\w+ern\s+)?)?(?:outskirts|suburbs|edges?|gates|fringes|approaches|(?<=ern\s)(?:districts|neighbou?rhoods|side)|streets)\b)", needs_attacker=True),
    # "Ghazni's outskirts saw fighting throughout the day"
    Trigger(CONTESTED, LEFT, r"(?:(?<=outskirts\s)|(?<=edges\s)|(?<=suburbs\s)|(?<=edge\s))(?:saw|witnessed|(?:has|have|had)\s+(?:also\s+)?(?:seen|witnessed))\s+(?:(?:heavy|fierce|renewed|more|street|some|sporadic)\s+)?(?:fighting|clashes)\b(?!\s+between\b)"),
    # "By the afternoon the Taliban were attacking from several directions": the city the story is at
    Trigger(CONTESTED, RIGHT, r"\b<SIDE>\s+(?:fighters\s+)?(?:were|are|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:attacking|advancing|closing\s+in|pressing\s+in)\s+(?=from\s+(?:several|three|two|four|all|many|different|multiple)\s+(?:directions|sides)\b(?!\s+(?:in|on|at|into|towards?|near|around)\b))", refers_back=True),
    # "Kandahar, where fighting has raged since early July", "on the city's outskirts, where the Taliban have been attacking for a week"
    Trigger(CONTESTED, LEFT, r"(?<=,\s)where\s+(?:(?:heavy|fierce|street|house-to-house|the)\s+)?(?:fighting|clashes)\s+(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:raged|gone\s+on|continued|been\s+(?:going\s+on|raging|continuing|under\s+way))|(?:is|are|was|were)\s+(?:still\s+)?(?:raging|going\s+on|continuing|under\s+way))\b(?![^.;]{0,40}?\b(?:districts?|villages?|countryside|provinces?|highway|road|in\s+the\s+past|before)\b)"
            r"|(?<=,\s)where\s+(?:the\s+)?<SIDE>\s+(?:fighters\s+)?(?:have|has|had)\s+been\s+(?:fighting|attacking|pressing)\b(?!\s+(?:for|over|with|since|in|during)\s+(?:years|decades|the\s+(?:19|20)\d0s|(?:19|20)\d\d))(?![^.;]{0,40}?\b(?:districts?|villages?|countryside|provinces?|highway|road)\b)"),
    Trigger(CONTESTED, RIGHT, r"\bmass(?:ed|ing)\s+(?:(?!in\b|districts?\b|villages?\b|areas\b)\w+\s+){0,2}?(?:at|near|around|outside|on)\s+(?:the\s+)?(?:(?:mouth|gates?|edges?|outskirts|entrances?|approaches)\s+(?:of|to)\s+(?:the\s+(?!(?:city|town|capital|provincial\s+capital)\b))?)?", needs_attacker=True),
    # "hundreds of Taliban fighters were heading towards Panjshir": an advance, when the attacker is named
    Trigger(CONTESTED, RIGHT, r"\bhead(?:ed|ing|s)?\s+(?:north\s+|south\s+|east\s+|west\s+)?(?:towards?|for)\b", needs_attacker=True),
    # "Lashkar Gah has seen fierce street fighting since late last week"
    Trigger(CONTESTED, LEFT, r"\b(?:has|have|had)\s+seen\s+(?:(?!no\b|little\b|few\b|hardly\b)\w+\s+){0,3}?(?:fighting|clashes|battles|gunfights)\b"),
    # fighting from street to street, or the defenders reduced to a few buildings: "In Lashkar Gah, commandos fought street by
    # street for more than two weeks", "In Lashkar Gah, government forces are clinging to a handful of buildings"
    Trigger(CONTESTED, LOCATIVE, r"\b(?:fought|fighting|fights?|battled|battling)\s+(?:it\s+out\s+)?street[-\s]by[-\s]street\b|\bstreet[-\s]by[-\s]street\s+(?:fighting|battles?|combat)\b|\b(?:cling(?:ing|s)?|clung)\s+(?:on\s+)?to\s+(?:a\s+handful|a\s+few|the\s+last|only)\b|\b(?:holds?|held|holding)\s+(?:only\s+)?(?:a\s+few|a\s+handful\s+of)\s+(?:blocks|buildings|streets|neighbou?rhoods)\b"),
    # "Kunduz, which has been cut off by road for two weeks": encircled (but "cut off from the capital" is a road lost elsewhere)
    Trigger(CONTESTED, LEFT, r"\b(?:(?:has|have|had)\s+been|is|was|are|were|remains?|remained)\s+(?:now\s+|still\s+|effectively\s+|largely\s+|completely\s+)?cut\s+off\b(?!\s+(?:by\s+road\s+)?from\b)"),
    # "Road links to Maimana, the capital of Faryab, have been severed since early July"
    Trigger(CONTESTED, RIGHT, r"(?<!its\s)(?<!their\s)\b(?:road\s+links?|roads|supply\s+(?:lines|routes))\s+(?:to|into)\b(?=\s+(?:the\s+city\b|(?-i:[A-Z])[\w'\u2019-]+(?:[\s-](?-i:[A-Z])[\w'\u2019-]+)?(?:,|\s+(?:have|has|had|were|are)\b))[^.;]{0,60}?\b(?:(?:have|has|had)\s+been|were|are)\s+(?:\w+ly\s+)?(?:severed|cut|blocked)\b)"),
    # -- held ---------------------------------------------------------------------------------
    Trigger(HELD, EITHER, r"\b(?:in|under)\s+(?:government|<FORCES>|<NATION>\s+(?:government|forces|army))\s+(?:hands|control)\b|\bgovernment-(?:held|controlled)\b|\bheld\s+by\s+(?:the\s+)?(?:government|<NATION>\s+(?:forces|army|government))\b|\bholdouts?\b(?!\s+of\s+(?:the\s+)?(?:anti-|resistance|opposition))|\bheld\s+out\b|\bholding\s+out\b|\b(?:managed|able)\s+to\s+hold\s+(?:out|on)\b|\b(?:held|holding|hung|hanging)\s+on\b(?=\s+(?:at|in|inside|to\s+(?:the\s+)?(?:airport|airfield|city|town|capital)|until|till|for|through)\b|\s*[.;,])|\bstill\s+(?:in\s+government\s+hands|held\s+by\s+the\s+government)\b|\blast\s+(?:major\s+|remaining\s+|big\s+)?(?:cities|city|strongholds?|bastions?)\s+(?:held\s+by|in\s+the\s+hands\s+of)\s+(?:the\s+)?government\b"),
    # "Herat held firm", "army units held firm in Herat", "militiamen loyal to Ismail Khan held firm in Herat" (not "prices held firm in Kabul", "Ghani stood firm")
    Trigger(HELD, EITHER, r"(?:(?<=troops\s)|(?<=forces\s)|(?<=units\s)|(?<=defenders\s)|(?<=army\s)|(?<=garrison\s)|(?<=soldiers\s)|(?<=commandos\s)|(?<=militiamen\s)|(?<=police\s))(?:held|holding|holds|stood|standing|stands)\s+firm\b"
            r"|(?:(?<=troops\s)|(?<=forces\s)|(?<=units\s)|(?<=militias\s)|(?<=militiamen\s))loyal\s+to\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){1,5}?(?:held|stood)\s+firm\b"),
    Trigger(HELD, LEFT, r"\b(?:held|holds|stood|stands)\s+firm\b"),
    # "But the city stood, and in the morning the army was still in the streets", "The city held, officials said"
    Trigger(HELD, LEFT, r"(?:(?<=\bthe\scity\s)|(?<=\bthe\stown\s)|(?<=\bthe\scapital\s))(?:held|stood)(?=\s*[,;.]|\s+(?:and|but)\b)"),
    # "commandos pushed the Taliban back from the central prison", "beat off an assault on the governor's compound": a part of
    # the city last named (or named right after) was defended
    # "In Herat, the army pushed the Taliban back from the districts around the airport": from the edges of the city last named
    Trigger(HELD, RIGHT, r"\b(?:pushed|drove|driven|forced|beat|beaten|threw|thrown)\s+(?:the\s+)?(?:<SIDE>(?:\s+fighters)?|insurgents|militants|attackers|enemy|terrorists|them|fighters)\s+back\s+(?:from|beyond)"
            r"(?=\s+(?:the\s+)?(?:city['\u2019]s\s+)?(?:\w+ern\s+|outer\s+)?(?:outskirts|edges?|suburbs|gates?|districts?\s+around\s+the\s+airport|airport\s+road|road\s+to\s+the\s+airport)\b(?!\s+of\s+(?:a|an)\b)(?!\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}(?:village|district|base|border)))",
            refers_back=True),
    Trigger(HELD, RIGHT, r"\b(?:(?:pushed|drove|driven|forced|beat|beaten|threw|thrown)\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|attackers|enemy|terrorists|them)\s+back\s+from"
            r"|(?:repelled|repulsed|beat\s+off|fought\s+off|fended\s+off|held\s+off|beat\s+back|threw\s+back|turned\s+(?:back|away))\s+(?:an?|the)\s+(?:\w+\s+)?(?:(?:attack|assault)\s+on|thrust\s+(?:on|at|toward|towards|against)|attempt\s+to\s+(?:storm|take|seize|overrun))|(?:repelled|repulsed|beat\s+off|fought\s+off|fended\s+off|held\s+off)\s+(?:the\s+)?(?:\w+\s+)?(?:fighters|attackers|insurgents|militants)\s+(?:who|that)\s+(?:had\s+)?(?:tried|attempted)\s+to\s+(?:storm|enter|attack|seize|take|overrun))(?=\s+(?:the\s+)?(?:city['\u2019]s\s+)?"
            r"(?:central\s+|provincial\s+|main\s+)?(?:prison|jail|police\s+headquarters|governor['\u2019]s\s+(?:office|compound)|intelligence\s+(?:building|headquarters|directorate))\b)",
            refers_back=True),
    # "Afghan commandos cleared the bazaar", "commandos had cleared the streets by the next day": the fighters who broke in were driven out
    Trigger(HELD, EITHER, r"(?:(?<=commandos\s)|(?<=troops\s)|(?<=forces\s)|(?<=soldiers\s)|(?<=police\s)|(?<=army\s)|(?<=units\s))(?:had\s+|have\s+|has\s+)?cleared\s+the\s+(?:city['\u2019]s\s+)?"
            r"(?:streets|bazaars?|markets?|city|town|(?:city\s+)?cent(?:re|er))\b(?!\s+(?:of\s+)?(?:the\s+)?(?:mines|rubble|debris|bodies|snow|protesters|demonstrators|crowds?|people)\b)(?![^.;]{0,40}\b(?:protests?|demonstrations?|rally|rallies)\b)", refers_back=True, unless_captured=True),
    # "kept fighting from the airport for three more days", "still fighting from the corps headquarters in Herat": the city's last foothold
    Trigger(HELD, RIGHT, r"\b(?:(?:kept|keep|keeps|continued|continues)\s+(?:to\s+)?(?:fight(?:ing)?|resist(?:ing)?)|still\s+(?:fighting|resisting))(?:\s+(?:back|on))?\s+from\b"
            r"(?=\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:airport|airfield|corps\s+(?:headquarters|base)|army\s+base)\b)"),
    # "withdrew to the airport, which they still hold", "... and surrendered there on 11 August": the city's last foothold, held
    # (a bare retreat to the airport is told as part of the fall)
    Trigger(HELD, EITHER, r"\b(?:withdr(?:ew|aws?)|(?:had|have|has|were|was)\s+(?:\w+\s+)?withdrawn|retreat(?:ed|s)?|f[ae]lls?\s+back|(?:had|have|has)\s+fallen\s+back|pull(?:ed|s)?\s+back)\s+to\b"
            r"(?=\s+(?:the\s+)?(?:city['\u2019]s\s+)?(?:[\w-]+\s+)?(?:airport|airfield)\b[^.;]{0,80}?\b(?:still|remains?|holding|held|hold|resisting|surrendered\s+there|(?:will|would)\s+(?:keep|continue)\s+(?:fighting|resisting)|(?:kept|continued)\s+(?:fighting|resisting)|(?:will|would)\s+fight\s+on|vow(?:ing|ed|s)?\s+to\s+(?:fight\s+on|keep\s+fighting|continue\s+(?:fighting|the\s+fight)))\b)"),
    # "the governor's office in Bazarak still flies the flag of the republic": the seat of government not yet given up
    Trigger(HELD, LEFT, r"\b(?:(?:is|was|were|are)\s+)?still\s+(?:fl(?:y|ies|ew|ying|own)|under)\s+the\s+(?:\w+\s+)?flag\s+of\s+the\s+(?:\w+\s+){0,2}?(?:republic|government)\b"),
    # "the flag of the republic was still flying over the governor's office in Bazarak", "At the governor's office in
    # Bazarak the flag of the republic is still up"
    Trigger(HELD, EITHER, r"\bflag\s+of\s+the\s+(?:\w+\s+){0,2}?(?:republic|government)\s+(?:was|is|were|remained|remains)\s+still\s+(?:flying|up|raised|hoisted|fluttering)\b"),
    # "the republic's flag still flew over the governor's office in Bazarak"
    Trigger(HELD, RIGHT, r"\b(?:republic|government)['\u2019]s\s+(?:\w+\s+)?flag\s+(?:(?:was|is)\s+)?still\s+fl(?:y|ies|ew|ying|own)\s+over\b"),
    # "Clearing operations are continuing in PD1 and PD3 of Lashkargah city": the enemy is inside, the city fought over
    Trigger(CONTESTED, RIGHT, rf"\b(?:clearing|clearance|mop(?:ping)?-up)\s+operations?\s+(?:(?:are|were|is|was)\s+(?:still\s+)?)?(?:continu(?:e|es|ed|ing)|ongoing|underway|under\s+way)\s+in\b{_INSIDE_THE_CITY}"
            rf"|\b(?:continu(?:e|es|ed|ing)|conduct(?:s|ed|ing)?)\s+(?:their\s+|its\s+)?(?:clearing|clearance)\s+operations?\s+in\b{_INSIDE_THE_CITY}"),
    # "The enemy's attempt to enter Farah city from the north was foiled": the city held
    Trigger(HELD, RIGHT, rf"\b(?:attempts?|bids?|efforts?)\s+(?:by\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\s+)?to\s+(?:{_ENTRY_VERB}|approach|advance\s+on|reach)\b(?=[^.;]{{0,80}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:foiled|thwarted|repelled|repulsed|defeated|beaten\s+(?:back|off)|pushed\s+back|thrown\s+back|driven\s+(?:back|off)|fended\s+off)\b)"),
    Trigger(HELD, LEFT, r"\b(?:(?:are|is|were|was)\s+(?:now\s+|still\s+)?(?:the\s+)?(?:only|last)\s+(?:\w+\s+){0,3}?(?:cities|city|capitals?|holdouts?|strongholds?)\s+(?:that\s+|which\s+)?(?:still\s+)?(?:remains?|are|is|were)?\s*(?:still\s+)?(?:in|under)\s+government\s+(?:control|hands))\b"),
    # ("described Mazar-i-Sharif as calm and entirely under the control of the security forces")
    Trigger(HELD, LEFT, r"\b(?:remains?|remained|stays?|stayed|is\s+still|was\s+still|are\s+still|is|was|are|were|(?<=\w\s)as)\s+(?:(?:\w+ly|still|also|now)\s+){0,2}(?:(?:safe|calm|secure|quiet|normal)\s+and\s+(?:(?:fully|completely|firmly|totally|entirely)\s+)?)?(?:in\s+government\s+hands|in\s+the\s+(?:government|army|security\s+forces)['\u2019]s\s+(?:firm\s+)?(?:grip|hands)|under\s+(?:full\s+|firm\s+)?(?:government|police|army|military)\s+(?:control|authority)|(?:under|in)\s+(?:the\s+)?(?:full\s+)?(?:control|protection)\s+of\s+(?:the\s+)?(?:government|security\s+forces|<NATION>\s+(?:forces|security\s+forces|army)|<FORCES>)|under\s+the\s+(?:army|government|security\s+forces|police)['\u2019]s\s+(?:full\s+|firm\s+)?control|secure\b|in\s+the\s+hands\s+of\s+(?:the\s+)?(?:government|(?:Islamic\s+)?Republic\b(?!\s+of\b))\b|(?:loyal\s+to|held\s+by|controlled\s+by|(?<=still\s)(?:run|administered)\s+by)\s+(?:the\s+)?(?:government(?:\s+forces)?|<FORCES>|security\s+forces|<NATION>\s+(?:forces|army|security\s+forces))|held\s+by\s+(?:its|the\s+city['\u2019]s)\s+(?:defenders|garrison))\b|\b(?:has|have)\s+not\s+(?:yet\s+)?fallen\b" + _NOT_A_FALL + r"|(?:(?<=city\s)|(?<=town\s)|(?<=still\s))(?:belongs|belonged)\s+to\s+the\s+(?:government|security\s+forces|army|<NATION>\s+(?:army|forces|security\s+forces))\b|\b(?:has|have|is|are)\s+(?:still\s+)?yet\s+to\s+fall\b" + _NOT_A_FALL + r"|\b(?:had|has)\s+held\b(?!\s+out\b|\s+the\s+line\b|\s+(?:\S+\s+){0,3}?(?:talks|negotiations|meetings?))|\b(?:is|are|was|were)\s+still\s+(?:resisting|holding\s+out)\b|\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+|firmly\s+){0,2}with\s+the\s+(?:government|state(?!\s+of\b|['\u2019]s)|army|security\s+forces|government\s+forces|<NATION>\s+(?:army|forces))\b"),
    # "That leaves Jalalabad as the only major city outside the capital still held by the government"
    Trigger(HELD, LEFT, r"\bas\s+the\s+(?:only|last)\s+(?:\w+\s+){0,3}?(?:city|capital|town|stronghold)\s+(?:outside\s+(?:the\s+capital|(?-i:[A-Z])[\w-]+)\s+)?(?:still\s+)?(?:held\s+by\s+the\s+government|in\s+government\s+hands|under\s+government\s+control)\b"),
    # "the only big city in the north not yet under the Taliban flag"
    # "now that Taliban fighters have held Kabul since 15 August", "a city the Taliban have held since Aug. 15": theirs since that day
    Trigger(CAPTURED, EITHER, r"\b<SIDE>(?:\s+fighters)?\s+(?:have|has|had)\s+held\b(?=\s+(?:(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+|the\s+(?:city|capital)\s+)?since\b)"),
    # "In Kunduz, lost (to the Taliban) on Sunday, the last soldiers laid down their arms": the place before, lost on the day told
    Trigger(CAPTURED, LEFT, r"(?<=,\s)lost(?=\s+(?:to\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\s+)?(?:(?:late|early)\s+)?on\s+(?:\w+day|\d{1,2}\s+(?-i:[A-Z])\w+|(?-i:[A-Z])\w+\s+\d{1,2})(?:\s+(?:night|morning|evening))?\s*,)"),
    # "Mazar-i-Sharif itself is holding, its defences stiffened by militiamen"
    Trigger(HELD, LEFT, r"(?<=\s)(?:itself\s+)?(?:is|was)\s+(?:still\s+)?holding(?:\s+out)?(?=\s*[,;.]|\s+(?:for\s+now|firm)\b)"),
    # "troops of the northern corps fought on at the airport until the 11th", "a rump of the corps defended the airfield into 14 August"
    Trigger(HELD, RIGHT, r"\b(?:fought|fighting|fights)\s+on\s+(?:at|from)\s+(?=(?:the\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b)"
            r"|(?:(?<=corps\s)|(?<=garrison\s)|(?<=troops\s)|(?<=soldiers\s)|(?<=defenders\s))defended\s+(?=(?:the\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b)", refers_back=True),
    # "not a single neighbourhood of Kandahar is in enemy hands": every part still held
    Trigger(HELD, RIGHT, r"\b(?:not\s+(?:a\s+single|one)|no)\s+(?:neighbou?rhood|district|street|part|quarter|inch)\s+of\b(?=\s+(?:the\s+(?:city|town)|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+(?:is|was|has\s+been|had\s+been)\s+(?:in\s+(?:the\s+)?(?:<SIDE>|enemy|insurgent|militant)(?:['\u2019]s)?\s+hands|in\s+the\s+hands\s+of\s+the\s+(?:<SIDE>|enemy|insurgents|militants)|under\s+(?:<SIDE>|enemy|insurgent)\s+control)\b)"),
    Trigger(HELD, LEFT, r"\bnot\s+yet\s+(?:under\s+(?:the\s+)?<SIDE>(?:['\u2019]s)?\s+(?:flag|control|rule)|in\s+<SIDE>\s+hands)\b"),
    # "only Kabul, Mazar-i-Sharif and Jalalabad remain with the Kabul government", "the city is still with the government"
    Trigger(HELD, LEFT, r"\b(?:remains?|remained|stays?|stayed|(?:is|are|was|were)\s+still)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:government|security\s+forces|army)\b(?!\s+(?:officials?|delegation|negotiators?|team)\b)"),
    # "the ministry said the city is under full control", "Kabul is safe and there is no threat to the city"
    Trigger(HELD, LEFT, r"\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?(?:(?:normal|calm|secure|quiet)\s+and\s+(?:(?:fully|completely|firmly|totally|entirely)\s+)?)?(?:under\s+(?:its\s+)?(?:(?:full|complete|firm|total)\s+)?control\b(?!\s+of)|(?:completely\s+|totally\s+|perfectly\s+)?safe\b(?!\s+(?:to|for|from|passage|haven))|(?:fully|completely)\s+secured\b(?!\s+by\s+(?:the\s+)?<SIDE>))", needs_official=True),
    # "In Kandahar, he said ... the security forces were in control"
    Trigger(HELD, LEFT, r"<NOT_AFTER_SIDE>\b(?:(?:security|government|<NATION>)\s+forces|police|army)\s+(?:are|were|remain(?:ed)?)\s+(?:still\s+|fully\s+|firmly\s+)?in\s+(?:full\s+|complete\s+|firm\s+)?control\b(?!\s+(?:only\s+|just\s+)?of)", needs_official=True, refers_back=True),
    # "the security forces had the city under full control"
    Trigger(HELD, RIGHT, r"<NOT_AFTER_SIDE>\b(?:(?:security|government|<NATION>)\s+forces|police|army)\s+(?:still\s+)?(?:have|has|had)\s+(?=(?:the\s+)?(?:city|town|capital|provincial\s+capital|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:\w+\s+)?under\s+(?:full\s+|complete\s+|firm\s+|total\s+)?control\b)", needs_official=True),
    # "The security of Kabul city is fully ensured," the ministry said
    Trigger(HELD, RIGHT, r"\bsecurity\s+(?:of|in)\b(?=\s+(?:\S+\s+){1,3}?(?:is|was|has\s+been|remains)\s+(?:fully\s+|completely\s+)?(?:ensured|guaranteed|maintained)\b(?!\s+by\s+(?!(?:the\s+|our\s+)?(?:security|defen[cs]e|<NATION>|government|national|<FORCES>|police|army)\b)))", needs_official=True),
    # "In Herat the attackers were pushed back by the army": the attack failed, the place held
    Trigger(HELD, EITHER, r"(?<!on\sthe\s)(?<!against\sthe\s)(?<!on\s)(?<!against\s)\b(?:<SIDE>|insurgents|militants|attackers|assailants|enemy|(?<!counter-)(?<!counter)attacks?|assaults?|<SIDE>\s+fighters)\s+(?:were|was|had\s+been|have\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?(?:(?:pushed|driven|beaten|forced|thrown)\s+back(?!\s+from\s+(?:the\s+)?(?:some|several|many|a\s+few|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:areas?|districts?|villages?)\b)(?:\s+from)?|beaten\s+off|driven\s+off(?=\s*[,.;:\"\u201d]|\s+(?:by|on|in\s+(?:the\s+)?(?:morning|afternoon|evening|night)|overnight|after|before|during|within|late|early|yesterday|last|again|with)\b)|fought\s+off|repelled|repulsed)(?!\s+by\s+(?:the\s+)?(?:<SIDE>|insurgents|militants)\b)", refers_back=True),
    # "a garrison ... has thrown back one assault after another", "defenders repelled repeated attacks": attacks told before, held
    Trigger(HELD, EITHER, r"\b(?:thrown|threw|beaten|beat|fought|fended|repelled|repulsed)\s+(?:(?:back|off)\s+)?(?:one\s+(?:attack|assault)\s+after\s+another|(?:repeated|several|successive|multiple|wave\s+after\s+wave\s+of)\s+(?:\w+\s+)?(?:attacks|assaults))\b",
            refers_back=True),
    # "the security forces are masters of the city", "insisting police were masters of the situation there"
    Trigger(HELD, EITHER, r"\b" + _GOVERNMENT_FORCES + r"\s+(?:are|were|is|was|remain(?:s|ed)?)\s+(?:still\s+|firmly\s+)?(?:the\s+)?masters\s+of\s+the\s+(?:city|town|situation)\b",
            refers_back=True),
    # "On Monday night they attacked the prison. The police pushed them back": the attack told before, on the city last named
    Trigger(HELD, LEFT, r"\b(?:(?:pushed|push|drove|drive|driven|beat|beaten|threw|thrown|forced|force)\s+them\s+back|(?:repelled|repulsed|fought\s+off|beat\s+off)\s+them)\b(?!\s+(?:from|into|across|towards?|to(?!\s+the\s+(?:(?:city|town)['\u2019]s\s+(?:edge|outskirts)|(?:\w+ern\s+|outer\s+)?(?:edges?|outskirts|suburbs)\b)))\b)"
            r"|\b(?:pushed|drove|driven|threw|thrown|forced)\s+them\s+(?:back\s+)?out\b(?:\s+of\s+the\s+(?:city|town|provincial\s+capital)\b)?(?!\s+of\b)", refers_back=True),
    # "In Kandahar, he said the situation was normal and the security forces were in control": the place told before
    Trigger(HELD, LEFT, r"\b" + _GOVERNMENT_FORCES + r"(?:\s+and\s+(?:\w+\s+)?(?:militias?|militiamen|police|army))?" + _ARE_IN_CONTROL + r"\b(?!\s+(?:of|only|just)\b)"),
    Trigger(HELD, RIGHT, r"\b" + _GOVERNMENT_FORCES + _ARE_IN_CONTROL + r"\s+of\b|\b(?:pushed|drove|driven)\s+(?:the\s+)?(?:<SIDE>\s+fighters|<SIDE>|insurgents|militants|attackers|enemy|terrorists|them)\s+(?:back|away)\s+(?:from|out\s+of)\b|\bkept\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|attackers)\s+(?:fighters\s+)?(?:out\s+of|outside|(?=at\s+the\s+(?:\w+ern\s+)?(?:edges?|outskirts|gates)\s+of\b))\b(?!\s+(?-i:[A-Z])[\w-]+['\u2019]s\b)|\bkept\s+them\s+(?:out\s+of|outside)\s+(?=the\s+(?:city|town)\b(?!['\u2019]s))|\b(?:pushed|drove|forced)\s+back\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|attackers|enemy|terrorists)\s+from\b"),
    Trigger(HELD, EITHER, r"\bin\s+the\s+hands\s+of\s+(?:the\s+)?(?:(?:security|government|<NATION>)\s+forces|army|<NATION>\s+(?:army|government|authorities)|<FORCES>|government)\b|\bunder\s+(?:the\s+)?(?:full\s+)?control\s+of\s+(?:the\s+)?government\s+forces\b|(?<!partly\s)(?<!partially\s)\bunder\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?authority\s+of\s+(?:the\s+)?(?:government|security)\s+forces\b"),
    # "Kandahar was declared “safe” by the army", "Kabul, declared secure by the interior ministry at breakfast time, ..."
    Trigger(HELD, LEFT, r"(?:\b(?:was|were|is|are|has\s+been|had\s+been)\s+|(?<=,\s))declared\s+[\"\u201c]?(?:fully\s+|completely\s+)?(?:safe|secure)\b(?!\s+for\b)"),
    # "Sheberghan saw off an assault on Monday", "Maimana held off a night attack on its second police district": the
    # place that stood, named before or last ("Its defenders had beaten off a first assault"); an attack "on" a place
    # named after is the next trigger's
    Trigger(HELD, LEFT, r"\b(?:repelled|repulsed|beat(?:en)?\s+off|fought\s+off|fended\s+off|held\s+off|saw\s+off|seen\s+off|withstood|threw\s+back|thrown\s+back)\s+(?:an?|the|another)\s+(?:\w+\s+){0,2}?(?:attack|assault|offensive)\b"
            r"(?=\s+(?:on\s+(?:its\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|against\s+its\b|overnight\b|late\b|early\b|before\b|during\b|in\s+the\s+(?:night|morning|afternoon|evening)\b"
            r"|from\s+the\s+(?:[\w-]+\s+){1,2}?(?:side|direction|flank)\b|in\s+the\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:area|neighbou?rhood|sector)\b)|\s*[,.;:])", refers_back=True),
    # "on Monday night our forces pushed back a big attack on the prison": a building of the city the story is about
    Trigger(HELD, RIGHT, r"\b(?:repel(?:led|s)?|repuls(?:e|ed|es)|fought\s+off|beat(?:en)?\s+(?:back|off)|pushed\s+back|drove\s+back|threw\s+back)\s+(?:a|an|the|another)\s+(?:\w+\s+){0,2}?(?:attacks?|assaults?)\s+on\s+"
            r"(?=(?:the\s+)?(?:city['\u2019]s\s+)?(?:main\s+|central\s+|provincial\s+)?(?:prison|jail|police\s+headquarters|governor['\u2019]s\s+(?:compound|office|house)|(?:NDS|intelligence)\s+(?:headquarters|building)|(?:\w+ern\s+)?(?:outskirts|edges?|gates)(?!\s+of\b))\b(?!\s+(?:in|at|of)\s+(?-i:[A-Z])))", refers_back=True),
    Trigger(HELD, RIGHT, rf"\b(?:repel(?:led|s)?|repuls(?:e|ed|es)|fend(?:ed)?\s+off|fought\s+off|beat(?:en)?\s+(?:back|off)|pushed\s+back|(?:threw|thrown|drove|driven)\s+(?:back|off)(?=\s+(?:\w+\s+){{0,2}}?(?:attacks?|assaults?|offensive|advance)\b)|thwart(?:ed)?|foil(?:ed|s)?)\s+(?:\w+\s+){{0,4}}?(?:(?:attacks?|assaults?|offensive|advance)\s+(?:on|against|in|near|around)\b|attempts?\s+to\s+(?:{_ENTRY_VERB}|push\s+into|fight\s+(?:its|their)\s+way\s+into)\b)|\b(?:still|continue[sd]?\s+to)\s+(?:hold|controll?|defend)(?:s|ing|ed)?\b|\bstill\s+held\b(?!\s+(?:talks|out|by)\b)|\bretain(?:ed|s)?\s+control\s+of\b"),
    # "the situation is normal and the security forces control the city"
    Trigger(HELD, RIGHT, r"\b(?:security|government|<NATION>)\s+forces\s+(?:still\s+|now\s+|fully\s+|firmly\s+)?control\s+(?=the\s+(?:(?:whole|entire)\s+)?(?:city|capital|town|provincial\s+capital)\b(?!\s+(?:centre|center)\b)|(?-i:[A-Z]))"),
    # the holding side named as the subject, before a deployment phrase could take "troops ... hold the airport"
    Trigger(HELD, RIGHT, r"\b(?:government|<NATION>|security|army)\s+(?:troops|forces|soldiers|units|commandos)\s+(?:\w+\s+)?(?:still|continue[sd]?\s+to)\s+(?:hold|controll?|defend)(?:s|ing|ed)?(?:\s+out)?\b"),
    # "the 205th Corps still held the Kandahar airport", "the garrison had been holding the airport": a country's own army, holding out
    # "Government units retain the airport", "they kept the airport for one more day"
    Trigger(HELD, RIGHT, r"\b(?:(?:corps|garrison|defenders)(?:\s+|,\s+(?=holed\s+up\b))(?:\w+\s+){0,3}?(?:still\s+)?(?:held|holding|hold|holds|clung|clinging|holed\s+up|" + _RETAIN + r")|(?:army|troops|soldiers|forces)\s+(?:and\s+police(?:men)?\s+)?(?:(?!not\b|never\b)\w+\s+){0,2}?(?:(?:held|holding)\s+on|clung|clinging)"
            r"|\b(?:the|<NATION>)\s+army\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:held|holding|clung|clinging|" + _RETAIN + r"|(?:is|was)\s+still)"
            r"|\b(?:government|security|army|<NATION>)\s+(?:units|troops|forces|soldiers)\s+(?:\w+\s+){0,2}?(?:still\s+)?" + _RETAIN + r")\s+(?:on\s+(?:to|at)\s+|at\s+|to\s+)?(?=(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b)"
            r"|\b(?:held|kept|holding|keeping)\s+(?=(?:the|its|their)\s+(?:airport|airfield)\s+(?:for\s+)?(?:(?:one|a|a\s+few|two|three|several)\s+more\s+days?|another\s+day)\b)"),
    # "the garrison there is holding", "the soldiers at the airport are still holding": a holdout with no object, the city told before
    Trigger(HELD, RIGHT, r"<NOT_AFTER_SIDE>\b(?:garrison|defenders|soldiers|troops)(?:\s+there|\s+at\s+the\s+(?:airport|airfield))?\s+(?:is|are)\s+(?:still\s+)?(?:holding(?:\s+out)?|resisting)\b(?!\s+(?:the|a|an|their|its|his|on|onto|up|back|talks)\b)", refers_back=True),
    # "Militias help the army hold the city for two weeks", "defended Herat for a fortnight": a hold told by how long it lasted
    Trigger(HELD, RIGHT, r"\b(?:army|troops|forces|soldiers|militias?|militiamen|commandos|defenders|police|garrison|units|corps)\s+(?:(?!not\b|never\b|no\b|to\b)\w+\s+){0,2}?(?:held|hold|holds|holding|kept|keep|defended|defend)\s+(?=(?:the\s+)?(?:city|town|provincial\s+capital|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)(?:\s+city)?\s+for\s+(?:(?:more\s+than|nearly|almost|about|over|another)\s+)?(?:a|one|two|three|four|five|six|several|\d+)\s+(?:(?:more\s+)?(?:weeks?|days)|fortnight)\b)"),
    # "Mazar-i-Sharif, still held by government forces and the militias, was tense": an aside on the place before
    Trigger(HELD, LEFT, r"(?:(?<=,\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bwere\s)|(?<=\bremains\s)|(?<=\bremained\s))(?:still|firmly)\s+(?:held|controlled|defended)\s+by\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:government|security|<NATION>|army|pro-government|police|commandos|troops|soldiers|militias)\b)"),
    # "In Sheberghan the airport held for another day"; "Jalalabad is still holding, just": held out, with no object
    Trigger(HELD, LEFT, r"\b(?:airport|airfield)\s+(?:still\s+)?held\b(?=\s+(?:out\b|on\b|for\s+(?:another|one\s+more|a\s+few\s+more|two\s+more|three\s+more|several\s+more)\b))"
            r"|\b(?:is|are|was|were)\s+(?:still|also)\s+holding\b(?=\s*[,.;]|\s+(?:firm|fast|just)\b)"),
    # "the government now holds little more than Kabul, Mazar-e-Sharif and Jalalabad": the cities it has left
    Trigger(HELD, RIGHT, r"\bgovernment\s+(?:in\s+(?-i:[A-Z])[\w-]+\s+|of\s+(?:President\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}\s+)?(?:forces\s+)?(?:now\s+|still\s+)?(?:holds?|held|controls?|controlled|(?:is|was|remains?|remained)\s+in\s+control\s+of|in\s+control\s+of)\s+(?:only|little\s+(?:more\s+than|beyond|but)|nothing\s+(?:more\s+than|beyond|but))(?=\s+(?:the\s+capital\b|(?-i:[A-Z])))"),
    # "Ismail Khan's militias have held the Taliban back for two weeks", "kept the insurgents at bay"
    Trigger(HELD, EITHER, r"\b(?:held|holding|hold|kept|keeping|keep)\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|attackers|enemy)\s+(?:back|off|at\s+bay|(?=(?:on|at)\s+the\s+(?:city['\u2019]s|town['\u2019]s)\s+(?:edges?|outskirts|fringes?)\b))(?:\s+from)?\b|\b(?:held|holding|hold)\s+the\s+line\b", refers_back=True),
    # "enemy attacks repelled in Kandahar, Herat and Lashkargah"
    Trigger(HELD, RIGHT, r"\b(?:attacks?|assaults?|offensive)\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:repelled|repulsed|pushed\s+back|beaten\s+(?:back|off)|foiled)\s+(?:in|on|at|near|around)\b"),
    # -- deployment ---------------------------------------------------------------------------
    # "Security at Hamid Karzai International Airport is still in the hands of a Turkish contingent"
    Trigger(DEPLOYMENT, LEFT, r"\b(?:is|are|remains)\s+(?:still\s+|now\s+)?in\s+the\s+hands\s+of\s+(?:a|an|the)\s+(?:small\s+|large\s+)?(?!(?:<NATION>|<SIDE>)\b)(?-i:[A-Z])[\w'\u2019-]+\s+(?:contingent|troops|soldiers|forces|military|detachment|units?)\b"),
    # "roughly 650 troops, kept in Kabul to secure the embassy compound"
    Trigger(DEPLOYMENT, RIGHT, rf"\b{_TROOPS},\s+(?:kept|left\s+behind)\s+(?:in|at)\b"),
    Trigger(DEPLOYMENT, RIGHT, rf"\b{_TROOPS}{_TROOPS_ASIDE}[,\s]+(?:(?!said\b|says\b|told\b|say\b)\S+\s+){{0,6}}?(?:remain(?:s|ed)?|(?:are|were|is)\s+(?:still\s+|now\s+|already\s+|also\s+)?(?:at|{_IN_NOT_CONTROL}|on\s+the\s+(?:ground|airfield|tarmac)|stationed|securing|guarding|staying(?:\s+on)?\s+(?:at|in))|who\s+(?:have\s+|had\s+)?(?:now\s+)?(?:guard(?:ed)?|secure[sd]?|control(?:led)?)|who\s+(?:are|were)\s+(?:now\s+|still\s+)?(?:guarding|securing|controlling|manning|running)|(?:now\s+)?(?:hold|held|guard|guarded|secure|secured|ran|run|manned|man|control(?:s|led)?(?!\s+of\b)|(?:(?:are|were|is)\s+(?:still\s+|now\s+)?)?running(?:\s+security\s+(?:at|for))?)\s+(?:the\s+)?(?:[\w'\u2019]+\s+){{0,4}}?(?:airport|airfield|perimeter|gates(?!\s+of\b)|military\s+side\s+of\s+(?:the\s+)?(?:airport|airfield))|(?:still\s+)?(?:holding|guarding|securing)\s+(?:the|a|a\s+single)\s+(?:airport|airfield)|(?:(?:are|were|is)\s+)?(?:still\s+)?(?:holding|guarding|securing|manning)\s+the\s+(?:gates|perimeter)\b(?:\s+(?:of|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b)?|(?:have|has|had)\s+been\s+(?:at\s+(?:the\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?|(?-i:[A-Z])[\w'\u2019-]+\s+)(?:airport|airfield)|on\s+the\s+ground\s+(?:at|in(?=\s+\S+(?:\s+\S+)?\s+since\b)))|(?:were|are)\s+landing|continue[sd]?\s+to\s+(?:guard|secure|protect|hold)|(?:would|will)\s+fly\s+(?:in)?to|flew\s+(?:in)?to|securing|guarding)\b|\bguarded\s+by\s+(?:\S+\s+){{0,4}}?{_TROOPS}\b"),
    # "about 650 troops will stay in Kabul to protect the embassy", "is keeping about 650 soldiers in Kabul to protect its embassy":
    # troops kept on to guard something are deployed there
    Trigger(DEPLOYMENT, RIGHT, rf"(?:\b{_TROOPS}\s+(?:will|would|(?:are|is|were|was)(?:\s+\w+ly)?)\s+(?:stay(?:ing)?|remain(?:ing)?)(?:\s+(?:on|behind))?"
            rf"|(?<!to\s)\b(?:keeping|keeps|kept)\s+(?:(?:about|some|around|roughly|nearly|only)\s+)?[\d,]+\s+(?:[\w.]+\s+)?{_TROOPS})"
            r"(?=(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+)?\s+to\s+(?:protect|guard|secure|defend)\b)"),
    # "About 5,800 American troops now hold the airfield", "Turkish troops, who had secured the military side of the airport since 2015",
    # "the Americans running the airfield": foreign troops holding, securing or running the airport are deployed there
    Trigger(DEPLOYMENT, RIGHT, rf"<NOT_AFTER_SIDE>\b{_TROOPS}{_TROOPS_ASIDE}(?:\s+and\s+[\w'\u2019-]+\s+(?:officials|diplomats|staff|police))?[,\s]+(?:who\s+|which\s+)?(?:(?:now|still|had|have|has|already|also|are|were)\s+){{0,2}}(?:been\s+|continue[sd]?\s+to\s+)?(?:hold|held|holds|control(?:s|led)?|(?:taken|took|take[ns]?|taking)\s+control\s+of|secur(?:e|es|ed|ing)|guard(?:s|ed|ing)?|ran|run|runs|running|manned|man|mans"
            r"|work(?:s|ed|ing)?\s+(?:at|on|in)|support(?:s|ed|ing)?|protect(?:s|ed|ing)?|(?:provid(?:e|es|ed|ing)|run|runs|ran|running)\s+security\s+(?:at|for|on|around))\b"
            rf"(?=\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?(?:airport|airfield|runway|perimeter|military\s+side|air\s+traffic|[\w'\u2019-]+\s+[\w'\u2019-]+\s+International)\b)"),
    # "the Americans running the airfield", "The Americans, who had controlled the airfield since 16 August": a people named for
    # its troops, at the airport now (not "The Germans held the airfield at Mazar for two decades")
    Trigger(DEPLOYMENT, RIGHT, r"(?<=the\s)<PEOPLES>(?:,\s+who\s+(?:(?:are|is)\s+(?:now\s+|still\s+)?|(?:now|still)\s+)?|\s+(?:(?:are|were)\s+(?:now\s+|still\s+)?)?)(?:running|holding|controlling|securing|guarding|manning|run|hold|control|secure|guard)\b"
            r"(?=\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:airport|airfield|perimeter)\b(?!\s+(?:at|in|of)\b))"
            r"|(?<=the\s)<PEOPLES>,\s+who\s+(?:had|have|has)\s+(?:controlled|held|run|secured|guarded)(?=\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:airport|airfield)\s+since\b)"),
    # troops there and leaving: "Turkey began withdrawing its troops from the airport", "German troops have been at the airport since Monday"
    Trigger(DEPLOYMENT, RIGHT, rf"\b(?:began|begun|started|starting|beginning)\s+(?:withdrawing|pulling\s+out|to\s+withdraw|to\s+pull\s+out)\s+(?:its|their|the)\s+(?:(?:roughly|about|some|nearly|around|approximately|remaining|last)\s+(?:[\d,]+\s+)?(?:\w+\s+)?{_TROOPS}\b(?=\s+from\s+(?:the\s+)?(?:airport|airfield)\b)|(?:\w+\s+)?{_TROOPS}\b)"
            rf"|\b{_TROOPS}\s+(?:began|started|have\s+begun|has\s+begun|had\s+begun)\s+(?:leaving|withdrawing\s+from|pulling\s+out\s+of)\s+(?=the\s+(?:airport|airfield)\b)"
            rf"|\b(?:began|begun|started|starting|beginning)\s+(?:flying|to\s+fly)\s+(?:its|their|the)\s+(?:(?:remaining|last)\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?{_TROOPS}\s+(?:home|out)\s+from\b(?=\s+(?:the\s+)?(?:airport|airfield)\b)"  # "began flying its soldiers home from the airport"
            rf"|\b(?:began|begun|started|starting|beginning)\s+(?:pulling|to\s+pull)\s+(?:its|their|the)\s+(?:(?:roughly|about|some|nearly|around|approximately|remaining|last)\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?{_TROOPS}\s+out\s+of\b(?=\s+(?:the\s+)?(?:airport|airfield)\b)"
            rf"|\b{_TROOPS}\s+(?:have|has|had)\s+been\s+(?:on\s+the\s+ground\s+)?at\s+(?=(?:the\s+|[\w'\u2019-]+\s+){{0,4}}?(?:airport|airfield)\b)"
            # "Turkey began pulling its soldiers out of the airport", "The Turkish contingent, which began packing up on Wednesday",
            # "Turkish forces, whose withdrawal from the airport began"
            rf"|\b(?:pull(?:s|ed|ing)?|withdr(?:aw|aws|ew|awing))\s+(?:its|their|the)\s+(?:(?:remaining|last)\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?{_TROOPS}\s+(?:out\s+of|from)\s+(?=(?:the\s+|[\w'\u2019-]+\s+){{0,3}}?(?:airport|airfield)\b)"
            rf"|\b{_TROOPS},\s+(?:which|who)\s+(?:began|started|have\s+begun|has\s+begun|had\s+begun)\s+(?:packing\s+up|pulling\s+out|withdrawing|leaving)\b"
            rf"|\b{_TROOPS},\s+whose\s+(?:withdrawal|departure|pull-?out)\s+from\s+(?=(?:the\s+|[\w'\u2019-]+\s+){{0,3}}?(?:airport|airfield)\b)"),
    Trigger(DEPLOYMENT, RIGHT, rf"\bthere\s+(?:are|were)\s+(?:now\s+|still\s+)?(?:(?:about|around|some|nearly|roughly|more\s+than|fewer\s+than|over|under)?\s*[\d,]+|thousands\s+of|hundreds\s+of)\s+(?:\S+\s+){{0,2}}?{_TROOPS}\s+(?:at|in|on)\b|\b{_TROOPS}\s+(?:at|on)\s+the\s+(?:airport|airfield)\b|\b{_TROOPS}[,\s]+(?:who\s+)?(?:now\s+)?(?:numbering|number(?:ed)?)\b|\b(?:began|begin|begins|started)\s+(?:arriving|landing)\b"),
    Trigger(DEPLOYMENT, RIGHT, rf"\b{_TROOPS}{_TROOPS_ASIDE}[,\s]+(?:(?!said\b|says\b|told\b|say\b)\S+\s+){{0,7}}?(?:(?:have|has|had)\s+)?(?:arrived|landed|reached(?=\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b)|were\s+rushed|been\s+rushed|(?:are|were|is|was)\s+(?:now\s+)?on\s+the\s+ground)\b|\b(?:has|have|had)\s+(?:still\s+)?(?:some|about|around|nearly|close\s+to|almost|roughly|up\s+to|more\s+than|over|several\s+hundred|several\s+thousand|hundreds\s+of|thousands\s+of)?\s*(?:[\d,]+\s+)?(?:\w+\s+){{0,2}}?{_TROOPS}\s+(?:at|in|on|there)\b|\brush(?:ed|ing)?\s+(?:\S+\s+){{0,6}}?{_TROOPS}\b"),
    Trigger(DEPLOYMENT, RIGHT, rf"\b(?:deploy(?:s|ed|ing|ment\s+of)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|fly(?:ing)?\s+in|flown\s+in|bring(?:ing)?\s+in|brought\s+in|rushing|rush(?:ed)?|order(?:ed|ing)|(?:will|to)\s+order|authori[sz](?:e|es|ed|ing))\s+(?:\S+\s+){{0,8}}?{_TROOPS}\b|\b{_TROOPS}\s+(?:are|were|is)\s+going\s+(?:in)?to\b|\bfly\s+(?:\S+\s+){{0,2}}?{_TROOPS}\b|\b{_TROOPS}\s+(?:\S+\s+){{0,6}}?(?:will\s+be|would\s+be|are\s+being|were|was|to\s+be|being|have\s+been|had\s+been)\s+(?:sent|deployed|dispatched|flown|positioned|stationed)\b(?!\s+(?:out|home|back)\b)|\bdeploy(?:s|ed|ing|ments?)?\b(?!\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:workers|nurses|labou?rers|civilians|diplomats|journalists|volunteers|teachers|doctors)\b|\s+bans?\b)"),
    # "the 3,000 US troops ordered to Hamid Karzai International Airport", "the number of troops sent to the airport"
    Trigger(DEPLOYMENT, RIGHT, rf"\b{_TROOPS}\s+(?:\S+\s+){{0,3}}?(?:ordered|sent|rushed|dispatched|flown|flew|headed|heading|bound)\s+(?:in\s+)?to\b|\b{_TROOPS}\s+(?:\S+\s+){{0,3}}?flew\s+in\b(?!\s+(?:from|to|helicopters?|planes?|aircraft|jets?|an?|the|their|its)\b)"),
    # "troops are arriving at", "have been stationed at", "about 1,000 of them now at the airport", "5,000 troops left at"
    # "US forces, who have taken over air traffic control, now number about 2,500 at the airport"
    Trigger(DEPLOYMENT, RIGHT, rf"\b{_TROOPS}[,\s]+(?:(?!said\b|says\b|told\b|say\b|killed\b|died\b|wounded\b|injured\b|lost\b)\S+\s+){{0,9}}?(?:now\s+)?number(?:ed|s)?\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:at|{_IN_NOT_CONTROL})\b(?!\s+(?:all|total)\b)"),
    Trigger(DEPLOYMENT, RIGHT, rf"\b{_TROOPS}[,\s]+(?:(?!said\b|says\b|told\b|say\b)\S+\s+){{0,6}}?(?:(?:are|were|is|was)\s+(?:still\s+|now\s+)?arriving(?:\s+(?:at|in))?|(?:have|has|had)\s+been\s+stationed|(?:now|still)\s+(?:(?:about|around|more\s+than|over|some|nearly|roughly)\s+)?(?:[\d,]+\s+)?(?:at|{_IN_NOT_CONTROL})|(?:left|remaining)\s+(?:at|in))\b"),
    # "a perimeter controlled by US Marines and British paratroopers", "the airfield has since been run by American troops",
    # "British troops are also present", "officials working alongside American and British troops to process people",
    # "Marines had been screening evacuees": troops at work there
    Trigger(DEPLOYMENT, RIGHT, rf"\b(?:perimeter|airport|airfield|gates?|runway)\s+(?:(?:was|were|is|are|(?:has|have|had)\s+(?:since\s+)?been)\s+)?(?:(?:still|now|being)\s+)?(?:controlled|guarded|secured|held|run|manned|protected)\s+by\s+(?:\S+\s+){{0,4}}?{_TROOPS}\b(?:\s+and\s+(?:\S+\s+){{0,2}}?{_TROOPS}\b)?"
            rf"|\b(?:perimeter|airport|airfield)\s+(?:in\s+[\w-]+\s+)?(?:remains?|remained|(?:is|was)\s+(?:still\s+)?)\s+under\s+the\s+protection\s+of\s+(?:\S+\s+){{0,4}}?{_TROOPS}\b"
            rf"|(?<=,\s)(?:protected|guarded)\s+by\s+(?:a\s+(?:\w+\s+)?force\s+of\s+)?(?:\S+\s+){{0,4}}?{_TROOPS}\b"
            rf"|\b{_TROOPS}\s+(?:are|were|is|was)\s+(?:also\s+|still\s+|now\s+){{0,2}}present\b(?!\s+(?:in|at|on)\s+(?!the\s+(?:airport|airfield)\b))"
            rf"|(?:\b(?:are|were|is|was|been)\s+|(?<=,\s))working\s+(?:alongside|with)\s+(?:\S+\s+){{0,4}}?{_TROOPS}\b(?=[^.;]{{0,60}}\b(?:airport|airfield|gates?|evacuees|process|screen))"
            rf"|\b{_TROOPS}\s+(?:(?:had|have|has)\s+been\s+|(?:are|were)\s+)?(?:there\s+)?(?:screening|processing|processed|screened)\s+(?:\S+\s+){{0,2}}?(?:evacuees|people|passengers|papers|documents|him|her|them|families)\b"),
    # "British paratroopers checked papers at the airport gates": troops seen at the airport are there
    Trigger(DEPLOYMENT, RIGHT, rf"\b(?<!killed\s)(?<!wounded\s)(?<!\d\s){_TROOPS}\b(?=(?:,(?=\s+(?:at\s|who\s+(?:have|has|are|is|remain|still|had\s+been\s+\w+ing|had\s+(?=[^,.;]*\bsince\b))))(?![^,.;]*\buntil\b))?(?:\s+(?!said\b|says\b|told\b|killed\b|wounded\b|died\b)\S+){{0,8}}?\s+(?:at|outside|inside|above|beside|near|around|on)\s+(?:the\s+)?(?:(?:(?!of\b)[\w'\u2019-]+\s+){{0,3}}?(?:airport|airfield|gates?|perimeter|terminal)\b|(?-i:[A-Z][\w'\u2019-]+\s+Hotel\b)))"),
    # -- evacuation ---------------------------------------------------------------------------
    # "The Germans took their first people out last night", "The British flew her out"
    # "its remaining Japanese staff left the capital on Tuesday", "Canadian diplomats have left the city"
    Trigger(EVACUATION, RIGHT, r"\b(?:staff|staff\s+members|diplomats|nationals|citizens|employees)\s+(?:(?:at|of|from)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:embassy|consulate|mission)\s+)?(?:have\s+|had\s+|has\s+)?(?:(?:all|also|safely|now|since|already)\s+)?(?:left|departed)\s+(?=(?:the\s+)?(?:city|capital)\b|(?-i:[A-Z]))"),
    Trigger(EVACUATION, RIGHT, r"\b(?:took|flew|flown|fly|flying|got|getting|taking|airlifted|brought|bringing)\s+(?:their\s+|its\s+|the\s+)?(?:first\s+|last\s+|remaining\s+)?(?:people|citizens|nationals|staff|evacuees|diplomats|her|him|them|us)(?:\s+and\s+(?:his|her|their)\s+\w+)?\s+out\b|\blift(?:ing|ed|s)?\s+(?:(?:its|their|the|embassy|remaining|last)\s+){0,2}(?:(?:staff|diplomats|people|nationals|citizens|evacuees|personnel|employees)\s+)?out\b"
            r"|\bbrought\s+(?:its|their|the)\s+(?:\S+\s+){0,5}?(?:staff|diplomats|ambassador|nationals|citizens|evacuees|personnel|employees)\s+back\b(?=\s+(?:on|from|home|aboard)\b)(?![^.]{0,30}?;\s+(?:he|she|they)\s+(?:\w+\s+)?(?:returned|reopened|resumed)\b)(?![^.;]{0,80}?\b(?:return(?:s|ed|ing)?|reopen(?:s|ed|ing)?|resum(?:e|es|ed|ing))\b)"
            r"|\b(?:made|flew)\s+(?:their|its)\s+(?:final|last)\s+(?:runs?|flights?|sorties|rotations?)\s+out\s+of\b"),
    # "flown more than 3,800 people from Kabul", "carried thousands of evacuees from", "ended their flights"
    Trigger(EVACUATION, RIGHT, r"\b(?:flown|flew|carried|taken|took|brought|ferried|lifted|airlifted)\s+(?:out\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|only\s+|just\s+)?(?:[\d,]+|several\s+hundred|several\s+thousand|a\s+few\s+hundred|a\s+few\s+thousand|one|two|three|four|five|six|seven|eight|nine|ten|thousands\s+of|hundreds\s+of|dozens\s+of)\s+(?:(?:\w+\s+){0,2}?(?:from|out\s+of)\b|(?:of\s+(?:its|their|our)\s+|\w+\s+)?(?:people|evacuees|nationals|citizens|afghans|civilians|refugees|passengers)(?:\s+(?:to|out)\b|(?=\s*[.;,]|\s+since\s|\s+and\s+(?:\w+\s+){0,2}?(?:staff|families|nationals|citizens|people|evacuees|interpreters|employees)\b)))|\b(?:ended|wrapped\s+up|concluded|completed|halted|stopped|ceased)\s+(?:their|its)\s+(?:own\s+)?(?:evacuation\s+|rescue\s+)?(?:flights|airlifts?|operations?|air\s+bridge|evacuations?)\b(?!\s+(?:to|into)\b)"),
    Trigger(EVACUATION, RIGHT, r"\b(?:fl(?:y|ying|ew|own))\s+(?:(?!into\b|to\b)\S+\s+){0,13}?out\s+of\b|\b(?:brought|got)\s+(?!(?:\S+\s+){0,4}?(?:troops|soldiers|forces|marines|paratroopers|equipment|vehicles|wounded)\b)(?:(?!into\b|to\b)\S+\s+){1,10}?out\s+of\b|\bflies\s+(?:its|their|his|her|the|some|about|more|[\d,]+)\s+(?:\S+\s+){0,7}?out\s+of\b|\bflying\s+out\b|\b(?:evacuation|special|charter|rescue|repatriation)\s+flights?\s+(?:from|out\s+of|left|leave|leaves|(?:took|carried|brought)\s+(?:\S+\s+){1,4}?out\s+of)\b|\b(?:staff|diplomats|personnel|nationals|citizens)\s+(?:\S+\s+){0,3}?(?:were|was|are|being|had\s+been|have\s+been|has\s+been)\s+(?:being\s+)?moved\s+(?:under\s+escort\s+|by\s+\w+\s+)?to\s+(?:\S+\s+){0,5}?airport\b|\b(?:diplomats|staff|personnel|nationals|citizens|evacuees)\s+(?:were|was|are|being|have\s+been|had\s+been)\s+(?:\w+\s+)?flown\b(?!\s+in\b)"),
    Trigger(EVACUATION, RIGHT, r"\b(?:evacuat(?:e|es|ed|ing|ion|ions)|airlift(?:s|ed|ing)?(?!\s+of\s+(?:\w+\s+)?(?:ammunition|supplies|weapons|arms|food|aid|reinforcements|equipment|fuel|troops|commandos)\b)|pull(?:ing|ed|s)?\s+out\s+(?:their|its|all|the)\s+(?:embassy\s+)?(?:staff|citizens|nationals|diplomats|personnel)|pull(?:ing|ed|s)?\s+(?:their|its|all|the)\s+(?:remaining\s+)?(?:embassy\s+|consulate\s+)?(?:staff|diplomats|personnel)\s+out\b|fly\s+out|flown\s+out|flew\s+out|flights?\s+out\s+of|ferr(?:y|ies|ied|ying)\s+(?:\S+\s+){0,3}?(?:diplomats|staff|personnel|evacuees|people|nationals|citizens|passengers)|(?:diplomats|staff|personnel|evacuees|nationals|citizens)\s+(?:(?:\S+\s+){0,5}?(?:are|were|being)\s+)?ferried|repatriat(?:e|ed|ing|ion))\b|\bflew\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,]+\s+(?:\w+\s+){0,2}?out\b|\b[\w-]+\s+flights?\s+(?:had\s+|have\s+)?continu(?:ed|es|ing)\b|\b(?:brought|bring(?:s|ing)?|flew|flown)\s+(?:\S+\s+){0,7}?home\b|\b(?:sent|brought|bring(?:s|ing)?|flew|flown)\s+(?:\S+\s+){0,3}?(?:nationals|citizens|staff|diplomats|personnel|employees|evacuees|people)\s+(?:home\b|back\s+(?:home\s+)?from\b)|\b(?:brought|bring(?:s|ing)?|got|get(?:s|ting)?|taken|took|flown|flew)\s+out\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+(?![\d,])(?!\s+(?:\w+\s+){0,2}?(?:fighters|militants|insurgents|vehicles|targets|positions|commanders|tanks|members)\b)|\b(?:flown|flew|taken|took|got|brought)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:\w+\s+){0,2}?out\b|\b(?:brought|got|took|flew|flown)\s+out\s+(?:its|their|the)\s+(?:first\s+|last\s+|remaining\s+)?(?:evacuees|citizens|nationals|people|staff|diplomats)\b|\bcarried\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|at\s+least\s+|more\s+than\s+)?[\d,]+\s+(?:\w+\s+){0,2}?(?:out|from)\b|\b(?:evacuation\s+|chartered\s+|charter\s+|special\s+|military\s+|rescue\s+)?(?:flights?|planes?|aircraft|jets?|A400Ms?|C-17s?|C-130s?|airlifters?)\b(?:,?\s+\S+){0,12}?(?:,\s+carrying\s+[^;.()]{1,100}?,)?\s+(?:left|departed(?:\s+from)?|took\s+off\s+from|(?:began\s+|begin\s+|started\s+)?taking\s+off\s+(?:again\s+)?from)\b|\b(?:took|lifted)\s+off\s+from\b(?=(?:\s+\S+){0,8}?\s+(?:with|carrying)\s+(?:about\s+|some\s+|more\s+than\s+|all\s+)?[\d,]+\s+(?:passengers|people|evacuees|on\s+board|aboard))|\b(?:flying|ferrying)\s+(?:people|evacuees|passengers|citizens|nationals)\s+(?:from|out\s+of)\b|\bshuttl(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:evacuees|people|passengers|citizens|nationals|diplomats|staff|personnel)\b|\btook\s+out\s+(?:of|from)\b"),
    # "500 people taken out of Kabul by Russian Il-76 transport aircraft"
    Trigger(EVACUATION, RIGHT, r"\b(?:people|citizens|nationals|evacuees|civilians|diplomats|staff|passengers)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?taken\s+out\s+of\b(?=\s+(?-i:[A-Z])[^.;]{0,40}?\bby\s+(?:[\w-]+\s+){0,3}?(?:aircraft|planes?|flights?|jets?|transports?|air\s+force|military)\b)"),
    # "flights have carried about 2,000 interpreters and family members out of Kabul", "C-17s flew the ambassador and 150 staff out
    # on Tuesday", "brought its ambassador and 120 embassy staff home from Kabul"
    # "Military C-17s have lifted roughly 1,100 people out of Kabul", "the air bridge has moved some 95,000 evacuees", "has carried
    # more than 7,000 people away on military flights"
    Trigger(EVACUATION, RIGHT, r"\b(?:lifted|airlifted)\s+" + _ABOUT_A_NUMBER + r"(?:\w+\s+){0,2}?(?:people|evacuees|Afghans|civilians|nationals|citizens|passengers)\b"
            r"|\b(?:moved|rescued|carried)\s+" + _ABOUT_A_NUMBER + r"(?:evacuees\b|(?:\w+\s+){0,2}?(?:people|Afghans|civilians|nationals|citizens|passengers)\b(?=\s+(?:away|out|from)\b[^.;]{0,60}?\b(?:flights?|planes?|aircraft|C-17s?|airlift|air\s+bridge)\b))"),
    Trigger(EVACUATION, RIGHT, r"\b(?:carried|carrying|ferried|ferrying)\s+(?:\S+\s+){1,9}?out\s+of\b|\b(?:flew|flown)\s+(?!(?:\S+\s+){1,3}?(?:troops|soldiers|forces|marines|paratroopers|contingent)\s+out\b)(?:the|its|their|some|about|around|more|[\d,]+)\s+(?:\S+\s+){0,11}?out\b(?=\s+(?:on|in|at|late|early|overnight|yesterday|today|last)\b|\s*[.;,])"
            r"|\b(?:brought|bringing|flew|flown)\s+(?:\S+\s+){1,10}?home\s+from\b"
            # "brought its ambassador and about 120 staff home on an Indian Air Force C-17"
            r"|\b(?:brought|bringing|flew|flown)\s+(?:its|their)\s+(?:ambassador|diplomats|(?:embassy\s+|consulate\s+)?staff)\s+(?:\S+\s+){0,6}?home\b(?=\s+(?:on|aboard|by|via|late|early|overnight|yesterday|today|last)\b|\s*[.;,])"),
    # "Canada and Australia also wound up their flights on Thursday": an airlift, ending
    # "Czech army aircraft have made four round trips to Kabul since Saturday"
    Trigger(EVACUATION, RIGHT, r"(?<!Airlines\s)(?<!Airways\s)(?<!Air\s)\b(?:made|flown|flew|completed)\s+(?!daily\b|weekly\b|regular\b|scheduled\b)(?:\w+\s+)?(?:round\s+trips|rotations|shuttle\s+flights)\s+(?:to|into|from|between)\b"),
    Trigger(EVACUATION, RIGHT, r"\bwound\s+up\s+(?:their|its)\s+(?:evacuation\s+|rescue\s+)?(?:flights|airlifts?)\b"),
    # "its military flew 390 Afghans who had worked with its embassy to Seoul", "flew 125 people to Tashkent"
    Trigger(EVACUATION, RIGHT, r"\b(?:flew|flown)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|another\s+)?[\d,]+\s+(?:(?-i:[A-Z][a-z]+(?:ans|is|ese|ons))|evacuees|people|nationals|citizens|passengers|refugees)\b(?=(?:\s+\S+){0,14}?\s+(?:to|out\s+of)\b)"),
    # "Canadian diplomatic staff have been safely moved out of Kabul"
    Trigger(EVACUATION, RIGHT, r"\b(?:diplomats|diplomatic\s+staff|embassy\s+staff|consular\s+staff)\s+(?:\S+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?moved\s+out\s+of\b"),
    # "brought back about 50 diplomats from its consulate in Kandahar", "pulled 50 diplomats out of its Kandahar consulate";
    # "has taken out thousands since 15 August"
    Trigger(EVACUATION, RIGHT, r"\b(?:brought|brings?|bringing|flew|fly|flies|flying|flown|pulled|pulls?|pulling)\s+(?:back\s+|home\s+)?(?:\S+\s+){0,6}?(?:diplomats|staff|personnel|nationals|citizens|officials|employees)\b"
            r"(?=(?:\s+\S+){0,6}?\s+(?:out\s+of|from)\s+(?:its|their|the|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:\S+\s+){0,2}?(?:consulate|embassy|mission)\b(?![^.;]{0,40}?\b(?:into|to)\s+(?-i:[A-Z])))"
            r"|\btaken\s+out\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?(?:thousands|hundreds|[\d,]{3,})\b(?=\s+(?:since|so\s+far|already)\b|\s*[.,;]|\s+of\s+(?:people|evacuees|its|their|civilians)\b)"),
    # "Germany's Luftwaffe shuttled A400Ms between Kabul and Tashkent": an airlift's aircraft going to and fro
    Trigger(EVACUATION, RIGHT, r"\bshuttl(?:e|es|ed|ing)\s+(?:its\s+|their\s+)?(?:A400Ms?|C-17s?|C-130s?|aircraft|planes|transport\s+planes|transports)\s+between\b"
            r"|\b(?:A400Ms?|C-17s?|C-130s?|transport\s+planes|transports)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?shuttl(?:ed|ing)\s+between\b"),
    # "Chinooks were shuttling diplomats from the embassy compound to the airport", "transferred the staff of the embassy to the airport"
    Trigger(EVACUATION, RIGHT, r"\b(?:shuttl(?:e|es|ed|ing)|ferr(?:y|ies|ied|ying)|transferr(?:ed|ing)|mov(?:ed|ing)|airlift(?:ed|ing))\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:diplomats|staff|personnel|employees)\b"
            r"(?=(?:\s+\S+){0,8}?\s+(?:from|of)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:embassy|chancery)\b(?:\s+\S+){0,8}?\s+to\s+(?:the\s+)?(?:\S+\s+)?(?:airport|airfield)\b)"),
    # "A Spanish A400M carried the first group out of Kabul"
    Trigger(EVACUATION, RIGHT, r"\b(?:took|carried|flew|brought)\s+(?:the\s+)?(?:first|second|third|next|last)\s+(?:group|batch)\s+(?:of\s+\w+\s+)?(?:out|from|to)\b"),
    # "had left on a French military flight on Monday night", "got out on Thursday on a Qatari air force plane", "boarded a
    # U.S. Air Force C-17": a person flown out on a country's military aircraft was evacuated by that country
    Trigger(EVACUATION, RIGHT, r"(?:\b(?:left|got\s+out|flown\s+out|flew\s+out|(?:was|were|been)\s+carried\s+out|escaped|was\s+evacuated|were\s+evacuated)\b(?:\s+(?!and\b|but\b)[^\s.;]+){0,6}?\s+(?:on|aboard|in)"
            r"(?:\s+(?:an?|the))?|\bboarded(?:\s+(?:an?|the))?)"
            r"(?=\s+(?:\S+\s+){0,3}?(?:military|air\s+force|airforce)\s+(?:\S+\s+)?(?:flights?|planes?|aircraft|jets?|C-17s?|C-130s?|A400Ms?|transport|(?-i:K?C-\d{2,3}[A-Z]?s?))\b"
            r"|\s+(?:\S+\s+){0,3}?(?:C-17|C-130|A400M|Globemaster|Hercules)\b|\s+(?:(?:one\s+of\s+)?the\s+(?:last|final|first)\s+)?(?-i:[A-Z])[\w.'\u2019-]*\s+(?:planes?|aircraft|jets?|flights?|transports)\b)"),
    # "Italy's last C-130 out of Kabul took off on Friday", "The Germans ran their last flight on the 26th": an airlift's end
    Trigger(EVACUATION, RIGHT, r"\b(?:last|final)\s+(?:evacuation\s+|military\s+|[\w-]+\s+)?(?:flights?|planes?|aircraft|jets?|A400Ms?|C-17s?|C-130s?)\b"
            r"(?:\s+out\s+of\s+[\w-]+)?(?:,?\s+\S+){0,4}?\s+(?:took|lifted|taken)\s+off\b|\bran\s+(?:its|their|the)\s+(?:last|final)\s+(?:evacuation\s+)?flights?\b"),
    # -- diplomatic ---------------------------------------------------------------------------
    # an embassy moved to the airport, told by where it works now: "whose embassy has operated out of the airport since Sunday",
    # "where the embassy has been set up since Sunday", "who has run the embassy from the airport"; "The embassy abandoned its
    # building downtown"; kept: "which never evacuated their embassies in Kabul"
    Trigger(DIPLOMATIC, RIGHT, r"\bembass(?:y|ies)\s+(?:has|have|had)\s+(?:been\s+)?(?:operat(?:ed|ing)|set\s+up|work(?:ed|ing)|run|based)"
            r"(?:\s+(?:out\s+of|from|at|in|inside)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b|(?=\s+since\b))"
            r"|\b(?:run|ran|running|runs)\s+the\s+embassy\s+from\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?(?:airport|airfield)\b"
            r"|\bembass(?:y|ies)\s+(?:\S+\s+){0,2}?(?:abandoned|vacated)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:building|compound|chancery|premises)\b"
            r"|\bnever\s+(?:evacuated|closed|shut)\s+(?:their|its)\s+(?:embass(?:y|ies)|(?:diplomatic\s+)?missions?)\b"
            # an aside: "The U.S. Embassy in Kabul, still operating behind its blast walls,", "Canada's Kabul embassy, still open on Friday,"
            r"|\bembass(?:y|ies)(?:\s+in\s+(?-i:[A-Z])[\w-]+)?,\s+(?:still|now\s+still)\s+(?:open|operating|functioning|working)\b"),
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|suspend(?:s|ed|ing)?|reopen(?:s|ed|ing)?|relocat(?:e|ed|ing))\s+(?:\S+\s+){0,4}?(?:embass(?:y|ies)|(?<=\bsuspended\s)the\s+(?:work|operations)\s+of\s+(?:its|their|the)\s+(?:\S+\s+)?embass(?:y|ies)|consulates?|(?:cooperation|liaison|representative)\s+office|(?:(?<=\bits\s)|(?<=\bthe\s)|(?<=\btheir\s))(?:diplomatic\s+)?missions?(?!\s+(?:to|of|at\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:airport|airfield))\b))\b|\b(?:embass(?:y|ies)|consulates?)(?:['\u2019]s)?\s+(?!staff|personnel|diplomats|employees|workers|nationals)(?:\S+\s+){0,5}?(?:(?:would|will)\s+not\s+be\s+(?:closing|closed|shut)|(?:will|would)\s+(?:remain|stay|continue\s+(?:to\s+operate|operating|working|to\s+work|its\s+work)|keep\s+working|close)|remains?\s+open|(?:(?:was|were|has\s+been|have\s+been|had\s+been|(?:was|is)\s+being)\s+|(?:has|have|had)\s+since\s+)(?:\w+ly\s+)?(?:closed|shut(?!\s+out\b)|evacuated|suspended)|continue[sd]?\s+to\s+operate|works?\s+as\s+(?:before|usual|normal)|(?:is|was)\s+working\s+(?:as\s+(?:before|usual)|normally))\b|\bembass(?:y|ies)\s+(?:in\s+\S+\s+)?(?:would|will)\s+not\s+be\s+evacuated\b|\b(?:kept|keep|keeping|keeps)\s+(?!no\s)(?:\S+\s+){0,3}?(?:embass(?:y|ies)|(?:diplomatic\s+)?mission|consulates?(?=\s+in\s+\S+\s+(?:open|working|operating)\b))\b|\b(?:keep|maintain|retain|reduce|draw\s+down|suspend(?:ed|s)?|end(?:ed|s)?|clos(?:e|ed|es)|withdr(?:ew|awn|aw))\s+(?:its|their|our|a|the)?\s*(?:\S+\s+){0,2}?diplomatic\s+presence\b|\b(?:talks|negotiations)\s+(?:were\s+)?(?:held\s+|hosted\s+)?in\b|\bheld\s+talks\s+in\b|\b(?:(?<=['\u2019]s\s)|(?<=\bwhose\s))(?<!military['\u2019]s\s)(?<!army['\u2019]s\s)(?<!forces['\u2019]\s)(?:diplomatic\s+)?mission(?!\s+at\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:airport|airfield)\b),?\s+(?:\S+\s+){0,7}?(?:(?:has|have|had)\s+(?:\w+ly\s+)?been\s+(?:shut(?!\s+out\b)|closed)|(?:(?:has|had)\s+)?(?:was|is|remained|remains|stayed|stays)\s+(?:still\s+|now\s+)?open(?![\w-]|\s+to\b)|(?:will|would)\s+(?:remain|stay)\s+open|(?:(?:continu(?:e|es|ed)\s+to\s+(?:function|work|operate)|(?:is|was)\s+still\s+(?:working|operating|functioning))\b(?![^.;]{0,60}?\b(?:flying|flights?|evacuat\w*|airlift\w*)\b))|(?:has|have|had)\s+suspended\s+(?:its|all)\s+(?:operations|activities|work))\b|\b(?:embass(?:y|ies)|consulates?|(?:diplomatic\s+)?missions),?\s+(?:\S+\s+){0,7}?(?:(?:has|have|had)\s+(?:\w+ly\s+)?been\s+(?:shut(?!\s+out\b)|closed|suspended|evacuated)|(?:was|is|were|are|remained|remains|remain)\s+(?:still\s+|now\s+)?(?:open|operating|functioning)|continu(?:e|es|ed|ing)\s+to\s+(?:function|work|operate|carry\s+out\s+(?:its|their)\s+work)|carried\s+on\s+(?:working|operating|functioning)|(?:is|was|are|were)\s+still\s+(?:working|operating|functioning)|(?:its|their)\s+operations\s+(?:were|are|was|is)\s+continuing|(?:is|are)\s+(?:also\s+)?(?:staying|remaining)\s+open|(?:is|was|are|were)\s+(?:also\s+|still\s+)?continuing\s+(?:its|their)\s+(?:work|operations)|(?:has|have|had)\s+(?:\w+ly\s+)?been\s+(?:relocated|moved)|(?:suspended|halted|ceased|stopped)\s+(?:(?:its|their|all)\s+)?(?:activities|operations|work))\b|\bembass(?:y|ies),?\s+(?!staff|personnel|diplomats|employees|workers|nationals)(?:\S+\s+){0,4}?(?:moved|relocated|move|relocate)\s+(?:\S+\s+){0,4}?(?:to|into|inside)\b|\bembass(?:y|ies),?\s+(?!staff|personnel|diplomats|employees|workers)(?:\S+\s+){0,6}?(?:closed|shut(?!\s+out\b)|suspended|(?<=been\s)emptied)\b|(?:(?<=\bits\s)|(?<=\btheir\s))(?:diplomatic\s+)?mission\s+(?:in\s+\S+\s+)?(?:is|was|are|were)\s+(?:now\s+)?(?:shut|closed)\b|\bembass(?:y|ies)\b\s+(?:\S+\s+){0,10}?(?:it|which)\s+(?:remained|remains|was|is|would\s+remain|will\s+remain)\s+open\b|\b(?:moved|relocated)\s+(?:its|their)\s+(?:operations|embass(?:y|ies))(?:\s+in\s+\S+)?\s+(?:to|into|inside)\b"),
    # "remains open and functional", "continues its services", "which continues to work in Kabul as usual"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?|(?:cooperation|liaison|representative)\s+office)\s+(?!staff|personnel|diplomats|employees|workers)(?:\S+\s+){0,12}?(?:remains?\s+open|continu(?:es|ed|ing)\s+(?:its|their)\s+(?:services|work|operations|activities)|(?:keep|keeps|kept)\s+(?:operating|functioning|working))\b|\b(?:embass(?:y|ies)|consulates?)\b(?:\s+\S+){0,8}?,?\s+(?:which|that)\s+continu(?:es|ed)\s+to\s+(?:work|function|operate)\b"),
    # "were shuttering their embassies", "wound up its embassy operations"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:shutter(?:s|ed|ing)?|wound\s+up|wind(?:s|ing)?\s+up)\s+(?:its|their)\s+(?:\w+\s+)?(?:embass(?:y|ies)|consulates?|diplomatic\s+missions?)\b"),
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?)\b(?:\s+\S+){0,8}?\s+(?:stayed|stays|stay)\s+open\b|\bnever\s+(?:closed|shut)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:embass(?:y|ies)|mission|consulates?)\b|\b(?:embass(?:y|ies)|consulates?|(?<!military\s)(?<!evacuation\s)(?<!airlift\s)mission)\b(?:\s+\S+){0,4}?\s+never\s+(?:stopped|ceased)\s+(?:working|operating|functioning)\b|\b(?:embass(?:y|ies)|consulates?)\b(?:\s+\S+){0,10}?\s+(?:shut|closed)\s+(?:its|their)\s+doors\b|\b(?:kept|keeps|keep|keeping)\s+(?:its|their)\s+doors\s+open\b"
            r"|\b(?:embass(?:y|ies)|consulates?)\b(?:\s+\S+){0,8}?\s+did\s+not\s+(?:close|shut)\b(?!\s+(?:until|before|for\s+long|earlier|sooner)\b)|\b(?:embassies|consulates|missions)\s+still\s+open\b|\b(?:moved|relocated)\s+the\s+(?:\w+\s+)?(?:embassy|mission)\s+(?:in)?to\b"
            r"|\btheirs\s+(?:will\s+|would\s+)?(?:remain|remains|stay|stays|are\s+still|were\s+still)\s+open\b|\b(?:kept|keep|keeps|keeping)\s+theirs\s+open\b"
            r"|\b(?:its|their)\s+(?:diplomatic\s+)?mission\s+(?:in\s+\S+\s+)?(?:would|will)\s+(?:remain|stay)\s+open\b|\bno\s+plans\s+to\s+(?:evacuate|close|shut)\s+(?:its|their)\s+(?:embass(?:y|ies)|consulates?)\b"),
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:flag|Stars\s+and\s+Stripes|Union\s+(?:Jack|flag))\s+(?:\S+\s+){0,8}?(?:(?:was|were|has\s+been|had\s+been)\s+lowered|came\s+down|(?:had|has)\s+come\s+down)\b"),
    # "The French embassy left its premises in the city"; "The US embassy lowers its flag"; "India's consulate in Mazar, closed temporarily on Tuesday,"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?)\s+(?:\S+\s+){0,3}?(?:left|leaves|vacated|vacates)\s+(?:its|their)\s+(?:premises|compound|building|chancery)\b"
            r"|\b(?:lowers|lowering)\s+(?:its|their|the)\s+flag\b(?!\s+(?:to\s+|at\s+)?half)"
            r"|\b(?:embass(?:y|ies)|consulates?)\b(?:\s+[^\s,]+){0,4}?,\s+(?:closed|shut)\s+(?:temporarily\s+)?(?=(?:on|since|last|this|yesterday|late|early)\b)"),
    # "The closure of the Norwegian embassy was announced on Friday"; "Qatar has kept its ambassador in Kabul throughout"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:closure|closing|shutdown|suspension|relocation|reopening)(?:\s+(?:late\s+|early\s+)?(?:on|last)\s+\w+)?\s+of\s+(?=(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:embass(?:y|ies)|consulates?)\b"
            r"(?!(?:\s+(?:in|at)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:would|could|will|might|may|should|is\s+(?:being\s+)?(?:considered|discussed|planned)|was\s+(?:being\s+)?(?:considered|discussed))\b))"
            r"|\b(?:kept|keeps|keep|keeping)\s+(?:its|their)\s+ambassador\s+in\b(?=\s+(?-i:[A-Z]))"),
    # "Pakistan's embassy in Kabul is fully functional", "China's embassy is also still operating", "The United States lowered its flag"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?)\b(?:\s+\S+){0,8}?\s+(?:(?:is|was|remains?|remained)\s+(?:fully\s+|still\s+|also\s+){0,2}(?:functional|operational)|continu(?:e|es|ed)\s+to\s+function(?:\s+normally)?"
            r"|(?:is|was|are|were)\s+(?:also\s+)?(?:still\s+)?(?:operating|working|functioning)\b(?!\s+(?:on|with|towards?|to)\b)|(?:working|operating|functioning)\s+normally)\b|\blowered\s+(?:its|their|the)\s+flag\b(?!\s+(?:to\s+)?half)"),
    # "The Embassy of Canada to Afghanistan in Kabul has temporarily suspended its operations", "the embassy ceased operating"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?)\b(?!\s+(?:staff|personnel|diplomats|employees|workers))(?:\s+(?!said\b|says\b|told\b|that\b)\S+){0,8}?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?<!\bnot\s)(?<!\bnever\s)(?<!\bnot\syet\s)(?<!n't\s)(?:suspended|halted|ceased)\s+(?:(?:its|their|all)\s+(?:\w+\s+)?operations|operating|operations|functioning)\b"),
    # "The U.S. and German missions in the city both shut on Sunday"
    Trigger(DIPLOMATIC, RIGHT, r"(?<=\w\s)(?<!military\s)(?<!evacuation\s)(?<!airlift\s)(?<!rescue\s)(?<!training\s)(?<!combat\s)(?<!aid\s)(?<!advisory\s)(?<!medical\s)(?<!humanitarian\s)(?<!trade\s)(?<!monitoring\s)(?<!observer\s)(?<!peacekeeping\s)missions\s+(?:in\s+(?:the\s+)?[\w-]+\s+)?(?:both\s+|all\s+|also\s+)?(?:shut|closed)\b(?!\s+(?:out|off)\b)"),
    # "The Danish and Norwegian embassies announced today that they are closing for now"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?)\b(?!\s+(?:staff|personnel|diplomats|employees|workers))(?:\s+\S+){0,6}?\s+(?:announced|said|confirmed)(?:\s+\S+){0,3}?\s+(?:that\s+)?(?:it|they)\s+(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:closing|shutting|suspending\s+(?:its|their|all)\s+operations)\b(?!\s+(?:ranks|down\s+(?:its|their|the)|its|their|the|a|an)\b)"),
    # "their embassies in Kabul continue to work": the embassy itself, not staff who worked for it
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|consulates?)(?:\s+in\s+(?-i:[A-Z])[\w-]+)?\s+(?:still\s+|also\s+)?continu(?:e|es|ed)\s+to\s+(?:work|operate)\b"),
    # "France's embassy has been operating from the airport", "the ambassador has moved to Kabul airport with a small team"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:embass(?:y|ies)|ambassadors?|mission)\b,?(?!\s+(?:staff|personnel|employees|workers))(?:\s+(?!(?:not|never|could|may|might|would|will|should|shall|due|be)\b)\S+){0,8}?\s+(?:(?:has|have|had|was|were|is|are)\s+(?:also\s+)?(?:been\s+)?)?(?:operating|working|relocated|moved|transferred|relocating|moving)\s+(?:(?:with\s+(?:a\s+|his\s+|her\s+|their\s+)?|(?<!working\s)(?<!operating\s)(?:his|her|their|its)\s+)(?:\w+\s+){0,2}?(?:team|staff|colleagues|diplomats)\s+)?(?:(?:on|last)\s+\w+\s+)?(?:from|to|into|onto|inside|out\s+of)\s+(?=(?:the\s+|[\w'\u2019-]+\s+){0,5}?(?:airport|airfield)\b)"
            r"|\b(?:embass(?:y|ies)|mission)\s+(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?(?:relocated|moved|transferred)\s+there\b"
            r"|\bmoved\s+what\s+(?:(?:was|is)\s+left|remain(?:s|ed))\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'\u2019-]+\s+){0,2}?(?:embassy|mission)\s+(?:in|on)?to\b"),
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:met|meets|(?:(?<=been\s)|(?<=was\s)|(?<=were\s)|(?<=is\s)|(?<=are\s))meeting)\s+(?:with\s+)?(?:\S+\s+){0,10}?in\b(?=\s+(?-i:[A-Z]))"
            r"|\bsat\s+down\s+(?:with\s+)?(?:\S+\s+){1,10}?in\b(?=\s+(?-i:[A-Z]))|\bsat\s+down\s+in\b(?=\s+(?-i:[A-Z])[\w'\u2019-]+\s+with\b)"
            r"|\b(?:met|meets|(?:(?<=been\s)|(?<=was\s)|(?<=were\s)|(?<=is\s)|(?<=are\s))meeting)\s+(?:with\s+)?(?:\S+\s+){0,3}?<SIDE>\s+(?:\S+\s+){0,3}?in\b(?=\s+the\s+capital\b)"),
    # "negotiators travelled to the presidential palace for talks"; "the ambassador would stay in Kabul for now"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:to|at|in)\s+the\s+(?:presidential\s+)?palace\s+for\s+talks\b|\b(?:ambassador|envoy|charg[eé]\s+d['\u2019]affaires)\s+(?:\w+\s+){0,2}?(?:would|will)\s+(?:stay|remain)\b"),
    # "Anas Haqqani met former president Hamid Karzai": a meeting with no place named (held where the leaders are)
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:met|meets)\s+(?:with\s+)?(?=(?:the\s+|a\s+(?=<SIDE>))?(?:(?:former|ex-|outgoing|senior|top)\s+)*(?:president|vice[-\s]president|chief\s+executive|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)"
            r"|<SIDE>(?:['\u2019]s)?\s+(?:leaders?|leadership|delegation|co-founder|deputy\s+leader|political\s+chief)\b))"),
    # "Russia's ambassador, Dmitry Zhirnov, met Taliban representatives on Tuesday": a diplomat meeting the side's people
    Trigger(DIPLOMATIC, RIGHT, r"(?<!and\s)\b(?:ambassadors?|envoys?|diplomats)(?:,\s+(?-i:[A-Z])[\w'\u2019.-]+(?:\s+(?-i:[A-Z])[\w'\u2019.-]+){0,2},)?\s+(?:met|meets|has\s+met|had\s+met)\s+(?:with\s+)?(?:senior\s+)?<SIDE>\s+(?:representatives|officials)\b(?![^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z]))"),
    Trigger(DIPLOMATIC, RIGHT, r"\bdiplomatic\s+(?:operations|presence|mission|activities)\s+(?:\S+\s+){0,6}?(?:had|has|have|were|was)\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?(?:suspended|halted|ended|moved|relocated)\b"),
    # talks held in a place: "talks between a Taliban delegation and ... were held in Charikar", "held their first talks with the Taliban in Kabul"
    Trigger(DIPLOMATIC, RIGHT, r"\b(?:talks|negotiations)\s+(?:between|with)\s+(?:\S+\s+){1,8}?(?:(?:were|was)\s+held\s+)?(?:in|at)\b(?=\s+(?-i:[A-Z]))|\b(?:talks|negotiations)\s+(?:that|which)\s+(?:began|started|opened|were\s+held|took\s+place)\s+(?:\S+\s+){0,3}?in\b(?=\s+(?-i:[A-Z]))|\bheld\s+(?:\S+\s+){0,3}?(?:talks|negotiations|meetings?)\s+(?:with\s+(?:\S+\s+){1,4}?)?(?:in\b(?=\s+(?-i:[A-Z]))|at\b(?=\s+the\s+(?:[\w-]+\s+){1,3}?of\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?:international\s+)?(?:airport|airfield)\b))"),
    # visits: "visited Kabul on Saturday and met senior Taliban leaders", "arrived in Kabul at the head of a delegation"
    Trigger(DIPLOMATIC, RIGHT, r"\bvisit(?:ed|ing|s)?\s+(?=(?-i:[A-Z]))|\b(?:chief|head|minister|envoy|ambassador|secretary|delegation|delegates)\b,?(?:\s+\S+){0,5}?\s+(?:flew|flies|travell?ed|travels)\s+(?:in)?to\b(?=\s+(?-i:[A-Z]))|\b(?:arrived|arrives|landed)\s+in\b(?=\s+(?-i:[A-Z])\S+\s+(?:\S+\s+){0,6}?(?:at\s+the\s+head\s+of|leading|with)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?delegation)"
            r"|\b(?:arrived|arrives|landed|was|were)\s+in\b(?=\s+(?-i:[A-Z])[^.;]{0,30}?\b(?:for\s+(?:talks|meetings?(?!\s+with\s+(?:\S+\s+){0,3}?(?:agenc(?:y|ies)|NGOs?|charit(?:y|ies)|staff|doctors|hospitals?|commanders|chiefs|donors|workers|volunteers|humanitarian\s+\w+)\b))|to\s+meet|where\s+(?:he|she|they)\s+(?:met|held\s+talks))\b)"),
    # -- strike -------------------------------------------------------------------------------
    Trigger(STRIKE, LOCATIVE, r"\b(?:flew|flown|flying)\s+(?:\S+\s+){0,3}?(?:sorties|strikes(?=\s+(?:against|on|in|over|around)\b))\b|\b(?:jets?|aircrafts?|warplanes?|planes?|(?<!suicide\s)bombers?|helicopters?|gunships?|drones?|Air\s+Force|(?:(?<=its\s)|(?<=their\s)|(?<=the\s)|(?<=military\s))aviation(?!\s+(?:officials?|authorit(?:y|ies)|technicians?|teams?|experts?|industry|sector|compan(?:y|ies)|firms?|staff|workers|engineers|regulators?|ministers?|ministry|security))|(?-i:(?:A|F|AC|AH|MQ)-\d{1,3}s?))\s+(?:\S+\s+){0,4}?(?<!was\s)(?<!were\s)(?<!been\s)(?:bombed|(?<!\ba\s)(?<!\bthe\s)bomb(?:s|ing)?(?=\s+(?:the|its|their|<SIDE>|insurgent|enemy|houses|homes|buildings|positions)\b)|struck|hit|hits|pounded|pounds|targeted|strafed|(?:raided|attacked)(?=\s+(?:the\s+)?(?:<SIDE>|insurgent|militant|enemy|their|its)?\s*(?:positions|targets|hideouts|fighters|insurgents|militants|gatherings|convoys?|bases?)\b|\s+an?\s+(?:\w+\s+)?(?:car|vehicle)\b))\b|\b(?:using|sending|sent|deploying|flying)\s+(?:drones|jets|aircraft|warplanes)\s+to\s+(?:strike|bomb|hit)\b|\b(?:bombed|pounded)\b|\b(?:has\s+been|have\s+been|had\s+been|were|was|is|are)\s+(?:bombing|pounding)\b|\b(?:bombing|pounding|striking)\s+(?:<SIDE>|insurgent|militant|enemy)\s+(?:positions|targets|hideouts|fighters)\b"),
    # "an American Reaper drone killed ten civilians in Kabul", "US AC-130 gunships had fired on Taliban fighters"
    Trigger(STRIKE, LOCATIVE, r"\b(?:drones?|gunships?|warplanes?|jets?|helicopters?|(?-i:(?:A|F|AC|AH|MQ)-\d{1,3}s?))\s+(?:had\s+|have\s+|has\s+|also\s+)?(?:fired\s+(?:on|at)|killed\b)"),
    # "US aircraft had carried out several strikes in Helmand province"
    Trigger(STRIKE, LOCATIVE, r"\b(?:aircraft|jets|warplanes|planes|bombers|drones|helicopters|gunships|air\s+force|(?:(?<=its\s)|(?<=their\s)|(?<=the\s)|(?<=military\s))aviation(?!\s+(?:officials?|authorit(?:y|ies)|technicians?|teams?|experts?|industry|sector|compan(?:y|ies)|firms?|staff|workers|engineers|regulators?|ministers?|ministry|security))|[A-Z]-\d{1,2}s?)\s+(?:\S+\s+){0,3}?(?:carried\s+out|conducted|launched|mounted)\s+(?:\w+\s+){0,3}?strikes?\b"),
    # "conducted a strike with an unmanned aerial vehicle in Nangarhar", "delivered strikes on positions of the Taliban near the airport"
    Trigger(STRIKE, LOCATIVE, r"\b(?:conduct(?:ed|s|ing)|carr(?:ied|ies|ying)\s+out|deliver(?:ed|s|ing)|launch(?:ed|es|ing))\s+(?:an?\s+)?(?:\w+\s+)?strikes?\b(?=\s+(?:with\s+(?:an?\s+)?(?:drones?|unmanned|aircraft|missiles?|jets?|warplanes|helicopters)|on\s+(?:the\s+)?(?:positions|hideouts|targets|fighters|gatherings)|against\s+(?:the\s+)?(?:<SIDE>|insurgents|militants|enemy|positions|targets))\b)"),
    Trigger(STRIKE, LOCATIVE, r"\bstruck\s+(?:back\s+)?(?:\w+\s+){0,2}?with\s+(?:a\s+)?(?:drones?|missiles?|aircraft)\b"),
    # "the US strike in Kabul on 29 August": a strike named by whose it was (the name must be an actor's)
    Trigger(STRIKE, LOCATIVE, r"(?<=\s)(?-i:[A-Z][\w.]*[A-Za-z.])\s+strikes?\b(?=\s+(?:in|on|near|against|around)\b)"),
    Trigger(STRIKE, EITHER, r"\b(?:air\s?strikes?|airstrikes?|drone\s+strikes?|air\s+raids?|bombing\s+raids?|bombard(?:ed|ment|ing)|B-\d{1,2}s?(?!\s+(?:circled|circling|patrolled|patrolling|were\s+(?:seen|spotted|heard|circling)|overhead)\b)|Air\s+Force\s+strikes?)\b"),
)

_CASED = [i for i, t in enumerate(TRIGGERS) if "(?-i:" in t.pattern or "<SIDE_ACRONYM>" in t.pattern]


class TriggerMatch:
    """A trigger found in a sentence: its span in the original text and which trigger it is."""

    __slots__ = ("_start", "_end", "_text", "lastgroup")

    def __init__(self, start: int, end: int, text: str, lastgroup: str):
        self._start, self._end, self._text, self.lastgroup = start, end, text, lastgroup

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


# Signs that a clause names someone fighting: "on the edge of the city" is contested only with one.
_ATTACKER_TEMPLATE = (r"\b(?:<SIDE>|insurgents?|militants?|fighters|enemy|attack\w*|fight\w*|clash\w*|battl\w*|assault\w*|dug\s+in|advanc\w*|besieg\w*|shell\w*|gunfire|shooting|firing|exchanges?\s+of\s+fire|(?:fire|gun)fights?|skirmish\w*)\b", re.IGNORECASE)
# A capture undone in the same clause ("entered Qala-i-Naw ... before being pushed out"): contested.
REVERSAL_RE = re.compile(r"\b(?:pushed|driven|forced|beaten)\s+(?:them\s+)?(?:back\s+)?out\b|\b(?:drove|drive|driving)\s+(?:\w+\s+)?(?:back|out)\b|\bdriven\s+back\b|\bpushed\s+back\b|\brepel(?:led)?\b|\brepuls(?:e|ed)\b", re.IGNORECASE)
# Fighting still going on where a capture is reported: only part of the city is taken.
ONGOING_RE = re.compile(r"\b(?:clashes|fighting|battles?|gunfights?)\s+(?:\w+\s+){0,2}?(?:are|is|were|was|continue[sd]?|still)\s+(?:still\s+)?(?:ongoing|going\s+on|continuing|raging|under\s+way)\b|\b(?:clashes|fighting)\s+continue[sd]?\b|\b(?:are|were|is|was)\s+(?:still\s+)?fighting\s+(?:near|around|in|inside|for|at)\b|\b(?:shooting|gunfire|explosions|shots)\s+(?:(?:was|were|is|are|could\s+be)\s+)?heard\b"
                        r"|\b(?:the\s+)?(?:fighting|clashes|battle)\s+(?:(?:for|in)\s+the\s+city\s+)?(?:started|began|erupted|broke\s+out)\b[^.;]{0,40}?\bwhen\b", re.IGNORECASE)
# A capture of only part of a place: "most of the city under Taliban control".
PARTIAL_RE = re.compile(r"\b(?:most|parts?|much|half|large\s+parts|areas|sections|some|outskirts|suburbs|edges?)\s+of\s+(?:the\s+)?$|\b(?:police\s+districts?|PDs?)(?:[-\s]*\d+(?:\s*(?:,|and|&)\s*\d+)*)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# An attack that failed ("the attack on Mazar-e-Sharif ... was repelled"): the place held.
_REPELLED_TEMPLATE = (
    r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:successfully\s+)?(?:repelled|repulsed|pushed\s+back|turned\s+back|foiled|thwarted|beaten\s+(?:back|off)|fended\s+off|driven\s+off(?=\s*[,.;:\"\u201d]|\s+(?:by|on|in\s+(?:the\s+)?(?:morning|afternoon|evening|night)|overnight|after|within|late|early|yesterday|last|again|with)\b))"
    r"|\b(?:pushed|drove|(?<!to\s)drive|beat|forced|fought|held|<NOT_AFTER_SIDE>chased)\s+(?:them|the\s+(?:<SIDE>|insurgents|militants|attackers|fighters))\s+(?:back|off|out)\b"
    r"|<NOT_AFTER_SIDE>\bexpelled\s+(?:them|the\s+(?:<SIDE>|insurgents|militants|attackers|fighters))(?=\s+(?:from|out\s+of|again|the\s+(?:following|next)\b|within\b|on\s+\w+day\b)|\s*[,.;])"
    r"|\b(?:repelled|repulsed)\s+(?:them|the\s+(?:attack|assault|offensive|attackers|<SIDE>|insurgents))\b"
    r"|\b(?:push(?:ed)?|drove|drive|beat|fought|fight)\s+back\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?(?:<SIDE>|insurgents|militants|attackers|fighters|attacks?|assaults?|push|offensive)\b"
    r"|\b(?:repel(?:led)?|repulse[d]?|thwart(?:ed)?|foil(?:ed)?|turn(?:ed)?\s+(?:back|away))\s+(?:a|an|the|several|two|three|repeated)\s+(?:\w+\s+){0,2}?(?:attacks?|assaults?|offensive|push|advance)\b|\bdriven\s+back\s+by\b",
    re.IGNORECASE,
)

# A list header ("Contested provincial capitals:", "CAPITALS TAKEN") and the type its items take.
_LIST_HEADER_TEMPLATES: tuple[tuple[str, str, int], ...] = (
    (HELD, r"\b(?:government-(?:held|controlled)|(?:in|under)\s+government\s+(?:hands|control)|held\s+by\s+the\s+government|holdouts?|holding\s+out|still\s+held|still\s+with\s+the\s+government|not\s+yet\s+fallen|yet\s+to\s+fall)\b", re.IGNORECASE),
    (CONTESTED, r"\b(?:contested|under\s+(?:attack|siege|pressure|threat)|besieged|fighting\s+continues|where\s+fighting)\b", re.IGNORECASE),
    (CAPTURED, r"\b(?:lost|taken|seized|captured|fallen|fell|overrun|surrendered|under\s+<SIDE>\s+control|<SIDE>-(?:held|controlled)|in\s+<SIDE>\s+hands)\b", re.IGNORECASE),
)

# Signals that a territorial report is not a report of something that happened.
NEGATION_RE = re.compile(r"\b(?:not|never|no\s+longer|failed\s+to|unable\s+to|without\s+(?:taking|capturing))\b|n['\u2019]t\b", re.IGNORECASE)
DENIAL_RE = re.compile(r"\b(?:unconfirmed\s+(?:reports|claims)\s+on\s+social\s+media|(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:reported|said|stated|claimed)|social\s+media\s+(?:posts|users|rumou?rs)|posts\s+claim(?:ed|ing)|deni(?:ed|es|al)|deny(?:ing)?|reject(?:ed|s|ing)?\s+(?:the\s+|such\s+)?(?:reports?|claims?|suggestions?)|dismiss(?:ed|es)?\s+(?:the\s+|such\s+)?(?:reports?|claims?)|(?:brush(?:ed|es|ing)?\s+aside|play(?:ed|s|ing)?\s+down|wav(?:ed|es|ing)\s+(?:away|off))\s+(?:the\s+|such\s+)?(?:reports?|claims?|rumou?rs?|suggestions?)(?=\s+(?:of\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:fall|capture|loss|surrender|collapse|takeover|fighting|attacks?|siege)|that|(?:the\s+)?(?-i:[A-Z])[\w-]+\s+(?:had|have|has|were|was)\b)\b)|refut(?:ed|es)|false|untrue|not\s+true|(?:is|are|was|were)\s+(?:incorrect|inaccurate)|baseless|rumou?rs?|no\s+(?:credible\s+|independent\s+)?evidence|fake|debunked|misleading)\b", re.IGNORECASE)
MODAL_RE = re.compile(
    r"^\W*(?-i:Had)\s+(?:the|they|it|we|he|she|government)\b|"  # "Had the ANA stood and fought at Mazar, ...": unreal
    r"\b(?:is|are)\s+to\s+be\b|"  # "they are to be flown out as soon as possible"
    r"\b(?:could(?!\s+(?:hear|see|smell|feel|watch))|would|might|(?-i:may)|(?<!the\s)(?<!own\s)(?<!their\s)(?<!its\s)will(?!\s+(?:and|of)\b)|shall|should|can|cannot|if|unless|whether|lest|fears?|feared|fearing|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|threat(?:en|ens|ened|ening)?|plans?\s+to|planned\s+to|intention\s+(?:to|of)|intends?\s+to|intended\s+to|planning\s+to|prepar(?:es?|ed|ing)\s+to|aims?\s+to|aimed\s+to|seek(?:s|ing)?\s+to|sought\s+to|tr(?:y|ies|ied|ying)\s+to|attempt(?:s|ed|ing)?\s+to|vow(?:s|ed)?\s+to|want(?:s|ed)?\s+to|poised\s+to|set\s+to|likely\s+to|expected\s+to|about\s+to|due\s+to\s+(?:start|begin)|on\s+the\s+(?:verge|brink)\s+of|in\s+danger\s+of|risk(?:s|ed)?\s+(?:of\s+)?|prospect\s+of|possibility\s+of|would-be|next\s+target|imminent|going\s+to|expect(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?to\b|(?:operation|bid|effort|campaign|order(?:s|ed)?|ready)\s+to)\b",
    re.IGNORECASE,
)
_HISTORY_TEMPLATE = (
    r"\b(?:(?:in|during|after|since|until)\s+the\s+(?:early[-\s]|mid-?|late[-\s])?(?:19|20)\d0s|over\s+the\s+years|last\s+year|(?:two|three|several|many|\d+)\s+decades?\s+ago|\d+\s+years\s+ago|(?:twenty|twenty-five|25|20)\s+years\s+ago|back\s+in(?!\s+(?:(?:early|mid|late)[-\s]+|the\s+(?:middle|start|beginning|end|first\s+half|second\s+half)\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:19|20)\d\d))|during\s+(?:its|their|the)\s+(?:previous|earlier|first|former)\s+(?:rule|regime|time\s+in\s+power)|(?:previous|last|first)\s+time\s+(?:the\s+(?:<SIDE>)|they)\s+(?:ruled|were\s+in\s+power|held)|(?:first|previously|once|briefly)\s+(?:captured|took|seized|overran|held|controlled)|on\s+(?:those|that|previous)\s+occasions?|back\s+then)\b",
    re.IGNORECASE,
)
# The side's own speaker ("A Taliban commander said", "..., the Taliban commander said", "Mujahid said")
_SIDE_SPEAKER_TEMPLATE = (
    r"\b<SIDE>(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?(?:commanders?|spokesm[ae]n|officials?|leaders?|fighters|governor)\s+(?:\w+\s+)?(?:said|says|told|claimed|insisted|declared)\b"
    r"|\b(?:said|says|told|claimed|insisted|declared)\s+(?:a|the|one)\s+<SIDE>\s+(?:[\w-]+\s+){0,2}?(?:commander|spokesman|official|leader)\b|<SPOKESPERSON>",
    re.IGNORECASE,
)
# A Taliban claim rather than an independent report, and signs of independent confirmation.
_CLAIM_TEMPLATE = (
    r"\b(?:claim(?:s|ed|ing)?|(?:<SIDE>|group's|militants'?|insurgents'?)\s+spokesm[ae]n|spokesm[ae]n\s+for\s+the\s+(?:<SIDE>|militant\s+group|group|insurgents|militants)|<SPOKESPERSON>|according\s+to\s+(?:the\s+)?(?:<SIDE>|group|militants|insurgents)|(?:<SIDE>|the\s+group|militants|insurgents)\s+(?:said|says|announced|tweeted|posted|stated))\b",
    0,
)
CONFIRMATION_RE = re.compile(
    r"\b(?:officials?|governor|police|lawmakers?|MPs?|council(?:lor)?s?|residents?|ministry|confirm(?:ed|s|ing)?|witnesses|security\s+sources?|government\s+sources?)\b",
    re.IGNORECASE,
)
# Nouns of a place other than the town itself: a capture of these is not a capture of the capital.
SUBPLACE_RE = re.compile(
    r"\b(?:district|districts|border\s+(?:crossing|post|town|point)s?|crossing|checkpoints?|check\s+posts?|outposts?|base|bases|airport|airfield|air\s+base|prison|jail|village|villages|dam|bridge|highway|road|outskirts?|suburbs?|parts|areas?|military\s+facility|headquarters|compound|police\s+station|posts?)\b",
    re.IGNORECASE,
)
# A place name used as a modifier ("the Kabul government", "a Herat-born singer") is no argument.
MODIFIER_NOUNS_RE = re.compile(
    r"(?:-[a-z]|-[A-Z][\w'\u2019-]*\s+(?:highway|road|motorway)\b|\s+(?:highway|motorway)\b|\s+(?:government|regime|administration|authorities|resident|residents|native|officials?|governor|police|airport|university|council|residents|-based|based|born|airport's|districts?|strongman|warlord|elders|border|prison|jail)\b)"
)
# A name that continues a place's into an outlet's ("Kabul Press", "Kabul Times").
INSTITUTION_AFTER_RE = re.compile(r"[ \t]+(?:Press|Times|News|Now(?![ \t]+(?:[A-Z]|(?:in|under)[ \t]+[A-Z]))|Post|Tribune|Herald|Daily|Observer)\b")
# Prepositions that, directly before a place, make it something other than the trigger's object.
BLOCKING_PREPOSITION_RE = re.compile(
    r"\b(?:in|into|near|from|to|toward|towards|outside|around|at|by|with|for|across|through|beyond|between|against|via|within|of|on"
    r"|(?<!\bthe\s)(?:south|north|east|west|southwest|southeast|northwest|northeast|southern|northern|eastern|western))\s+(?:the\s+)?$",  # (not "In the east Gardez, ...")
    re.IGNORECASE,
)
# Nouns that, followed by "of", name the place ("the city of Ghazni", "the bastion of Mazar").
NAMING_OF_RE = re.compile(
    r"\b(?:city|cities|town|capital|capitals|province|provinces|bastion|stronghold|hub|seat|centre|center|gateway|heartland|cradle|birthplace|keys|mouth|entrance|fall|capture|seizure|takeover|conquest|loss|siege|control|including|most|all|whole|both|outskirts?|suburbs|edges?|gates|parts?|quarters?|neighbou?rhoods?|(?:military|civilian)\s+side)\s+of\s+(?:the\s+)?$"
    r"|\b(?:police\s+districts?|PDs?)(?:[-\s]*\d+(?:\s*(?:,|and|&)\s*\d+)*)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CLAUSE_BOUNDARY_RE = re.compile(
    r";|:\s|\s[\u2013\u2014]\s(?!(?:had|have|has|were|was|are|is|all)\b)|\s--\s|,\s+(?:but|while|whereas|although|though|as(?!\s+well\s+as\b)|after|before|which|who|where|(?:both|all)\s+of\s+(?:which|whom)|when|leaving|prompting|forcing|following|since|because|amid|even\s+as)\b|(?<!\ball)\s(?:but|while|whereas|although|though|because|whereas)\s"
)
# Words that cannot sit between a trigger and its argument.
GAP_BLOCKER_RE = re.compile(
    r"\b(?:said|says|told|according|reported|announced|while|but|although|though|because|after|before|since(?!\s+(?:dawn|daybreak|first\s+light|"
    r"(?:early\s+|late\s+)?(?:this\s+)?(?:morning|afternoon|evening|midnight|noon)|(?:early\s+|late\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"yesterday|last\s+(?:night|week)|the\s+(?:weekend|start\s+of|beginning\s+of)|(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|\d)\b)|"
    r"when|which|who|where|whose|that|if|unless|amid|despite|then|also\s+said)\b",
    re.IGNORECASE,
)
# Double quotes, and a single quote opening a word: never part of a phrase ("Taliban's" keeps its apostrophe).
_QUOTE_MARK_RE = re.compile(r"[\"\u201c\u201d]|(?<!\S)['\u2018\u2019](?=\w)")


def without_quote_marks(text: str) -> str:
    """The text with quotation marks as spaces (same length), so "was 'completely captured'" reads as a phrase."""
    return _QUOTE_MARK_RE.sub(" ", text)

# "the capital" with no name: the theatre's national capital.
# "the presidential palace", "the president's desk": the seat of government stands for the capital.
_NATIONAL_CAPITAL_TEMPLATE = (r"\b[Tt]he\s+(?:<NATION>\s+|country['\u2019]s\s+|nation['\u2019]s\s+)?capital(?:\s+city)?\b(?!\s+(?:of|,?\s+[A-Z]))"
                              r"|\b[Tt]he\s+(?:presidential\s+palace|president['\u2019]s\s+(?:palace|desk|chair)|palace\b(?!\s+of))\b", 0)


@dataclass(frozen=True)
class TheatreWords:
    """The theatre's own names inside fixed phrases ("in Taliban hands", "Afghan forces"), from its data."""

    side: tuple[str, ...] = ()  # the side that takes territory, as a name or adjective ("Taliban")
    side_acronyms: tuple[str, ...] = ()  # its names that are words in lower case, matched only in capitals ("AGE")
    nation: tuple[str, ...] = ()  # the country's adjective ("Afghan")
    forces: tuple[str, ...] = ()  # acronyms of the holding side's forces ("ANDSF")
    spokespeople: tuple[str, ...] = ()  # people whose words are a side's claim ("Mujahid")
    foreign_peoples: tuple[str, ...] = ()  # foreign troops named by their people ("the Americans running the airfield")


def _fill(pattern: str, words: TheatreWords) -> str:
    """Put the theatre's words into a phrase pattern's placeholders (a never-matching group when it has none)."""
    # "US troops who took control" but not "Taliban forces took control" or "the Taliban's own police": one fixed-width look-behind per name
    pattern = pattern.replace("<NOT_AFTER_SIDE>", "(?<!own\\s)" + "".join(
        f"(?<!{re.escape(name)}{ending}\\s)" for name in words.side for ending in ("", "'s", "\u2019s")))
    for placeholder, names, cased in (("<SIDE_ACRONYM>", words.side_acronyms, True), ("<SIDE>", words.side, False),
                                      ("<NATION>", words.nation, False), ("<FORCES>", words.forces, False),
                                      ("<SPOKESPERSON>", words.spokespeople, False), ("<PEOPLES>", words.foreign_peoples, False)):
        alternatives = "|".join(re.escape(name).replace("\\ ", r"\s+") for name in sorted(names, key=len, reverse=True))
        group = f"(?-i:{alternatives})" if cased else f"(?:{alternatives})"  # an acronym that is also a word: capitals only
        pattern = pattern.replace(placeholder, group if alternatives else "(?!)")
    return pattern


class Vocabulary:
    """The phrase patterns compiled for one theatre's words; `TRIGGERS` gives each trigger's meaning by index."""

    def __init__(self, words: TheatreWords):
        patterns = [_fill(t.pattern, words) for t in TRIGGERS]

        def alternation(indices) -> str:
            return "|".join(f"(?P<t{i}>{patterns[i]})" for i in indices)

        # Every trigger starts at a word boundary; testing it once up front lets the engine skip positions
        # inside words without trying each alternative (several times faster on long texts).
        self.trigger_re = re.compile(r"\b(?=[A-Za-z'\u2019])(?:" + alternation(range(len(patterns))) + ")", re.IGNORECASE)
        # Faster still: match lower-cased text with a case-sensitive pattern (IGNORECASE costs per character);
        # the few triggers that look at capital letters run on the original text.
        self._lower_trigger_re = re.compile(
            r"\b(?=[a-z'\u2019])(?:" + "|".join(f"(?P<t{i}>{lower_pattern(patterns[i])})" for i in range(len(patterns)) if i not in _CASED) + ")")
        self._cased_trigger_re = re.compile(r"\b(?:" + alternation(_CASED) + ")", re.IGNORECASE)
        def compiled(pattern: str, flags: int) -> re.Pattern[str]:
            return re.compile(_fill(pattern, words), flags)

        self.attacker_re = compiled(*_ATTACKER_TEMPLATE)
        self.repelled_re = compiled(*_REPELLED_TEMPLATE)
        self.history_re = compiled(*_HISTORY_TEMPLATE)
        self.claim_re = compiled(*_CLAIM_TEMPLATE)
        self.side_speaker_re = compiled(*_SIDE_SPEAKER_TEMPLATE)
        self.national_capital_re = compiled(*_NATIONAL_CAPITAL_TEMPLATE)
        self.list_header_types = tuple((event_type, compiled(pattern, flags)) for event_type, pattern, flags in _LIST_HEADER_TEMPLATES)

    def find_triggers(self, sentence: str) -> list[TriggerMatch]:
        """Return the non-overlapping trigger phrases in a sentence, in order (quotation marks inside a phrase,
        as in "was 'completely captured'", are read as spaces)."""
        original, sentence = sentence, without_quote_marks(sentence)
        lowered = sentence.lower()
        if len(lowered) != len(sentence):  # a few characters change length when lower-cased
            return [TriggerMatch(m.start(), m.end(), original[m.start() : m.end()], m.lastgroup) for m in self.trigger_re.finditer(sentence)]
        found = [TriggerMatch(m.start(), m.end(), original[m.start() : m.end()], m.lastgroup) for m in self._lower_trigger_re.finditer(lowered)]
        cased = [TriggerMatch(m.start(), m.end(), original[m.start() : m.end()], m.lastgroup) for m in self._cased_trigger_re.finditer(sentence)]
        if not cased:
            return found
        merged, end = [], -1
        for match in sorted(found + cased, key=lambda m: (m.start(), int(m.lastgroup[1:]))):  # as one alternation would
            if match.start() >= end:
                merged.append(match)
                end = match.end()
        return merged
