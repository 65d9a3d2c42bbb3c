"""English sentence-structure patterns the extractor reads arguments with: what may stand between a phrase and
its place (gaps, appositives, lists, clauses), what makes a report unreal (modal purposes, blame, corrections),
and how timeline lines, datelines and headings look. The event phrases themselves are in geo.vocabulary."""

from __future__ import annotations

import re

from geo import vocabulary as V

# Words after an actor's name that make it a modifier, not the one acting ("NATO allies Denmark").
ACTOR_MODIFIER_RE = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:allies|ally|powers|members?|partners|countries|counterparts|envoys?|officials?|spokesm[ae]n|spokeswoman|spokesperson|Secretary|Secretary-General|Defen[cs]e\s+Secretary|news\s+agency|President|Prime\s+Minister|Minister|ambassador|diplomats?|lawmakers?|leaders?|citizens|nationals|civilians|staff|embassy|Embassy|ports?|border|frontier|airspace|territory|soil)\b"
)
# troops told by whom they guard: "protected by a residual force of 650 American soldiers" (at an embassy: the capital)
GUARDED_BY_RE = re.compile(r"(?:protected|guarded)\s+by\b", re.IGNORECASE)
# a second verb with its own auxiliary: "has 5,200 soldiers there and has carried 7,000 people away"
AND_OWN_AUXILIARY_BEFORE_RE = re.compile(r"\band\s+(?:has|have|had)\s+(?:also\s+|\w+ly\s+)?$", re.IGNORECASE)
# ", and over the next 16 days allied aircraft flew ...": a new clause with its own subject
NEW_CLAUSE_RE = re.compile(r"[,;]\s+(?:(?:and|but|while)\s+(?!to\b|help|assist|support)|which\s+(?:has|have|had)\b)")
# A sub-provincial place between a trigger and a province or capital: the event is in the former.
# "clashes were continuing in PD-1, PD-2 and PD-3 of Lashkargah city", "in several districts of the city": parts of the city itself
CITY_PART_GAP_RE = re.compile(r"\s*(?:the\s+(?=(?:entrances?|approaches|mouth|suburbs|outskirts|parts|neighbou?rhoods|quarters)\b))?(?:(?:the\s+)?(?:several|some|many|most|all|every|each|two|three|four|five|six|\w+ern|central|outer|inner|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|and)\s+)*(?:(?P<districts>(?:police\s+)?districts?(?:\s+\([^)]{1,20}\))?)|"
                              r"PDs?[-\s]?\d+(?:\s*(?:,|and|,\s*and)\s*(?:PD[-\s]?)?\d+)*|parts|neighbou?rhoods|quarters|streets|suburbs|outskirts|edges?|gates?|entrances?|approaches|mouth)\s+(?:of|(?<=entrance\s)to|(?<=entrances\s)to|(?<=approaches\s)to)\s+(?:the\s+)?")
CITY_AFTER_RE = re.compile(r"\s+city\b", re.IGNORECASE)
DISTRICT_OF_GAP_RE = re.compile(r"\b(?<!police\s)(?:district|districts|villages?|border\s+(?:crossing|post|town|point)s?|checkpoints?|outposts?)\s+(?:of|in|near|surrounding|around)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# "fighting in Andarab, in neighbouring Baghlan": a place the gazetteer does not know, then the province it lies in.
CONTAINER_GAP_RE = re.compile(r"^\s*(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?:\s+(?:district|valley|village|town))?,\s+(?:in|of)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|\w+ern\s+)?$")
DISTRICT_BEFORE_RE = re.compile(r"\b(?<!police\s)districts?\s*,\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
# "fighters were reported in Surkh Rod district on its western edge": the district is on the edge, not the fighting
DISTRICT_RIGHT_BEFORE_RE = re.compile(r"\b(?<!police\s)(?<!surrounding\s)district\s+$", re.IGNORECASE)
ON_EDGE_START_RE = re.compile(r"on\b", re.IGNORECASE)
AND_OF_RE = re.compile(r"\band\s+of\s+(?:the\s+)?$")
# "Herat – which had held out for two weeks – fell too": an aside between dashes, which also end clauses
_DASH_RELATIVE = r"\s[\u2013\u2014]\s+(?:where|which|whose|who)\b[^,;\u2013\u2014]{3,120}\s[\u2013\u2014]"
DASH_ASIDE_RE = re.compile(_DASH_RELATIVE, re.IGNORECASE)
DASH_ASIDE_END_RE = re.compile(_DASH_RELATIVE + r"\s$", re.IGNORECASE)
RELATIVE_ASIDE_RE = re.compile(r",\s+(?:where|which|whose|who)\b(?:[^,;]|(?<=\d),(?=\d{3}\b)){3,200},", re.IGNORECASE)
# "All three fell within hours", "Both were handed over": the places just listed, taken up as a group (the count, or
# "both" for two)
GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
PLURAL_RESUMPTIVE_RE = re.compile(
    r"\W*(?:(?:and|but|so|then)\s+)?(?:(?P<both>both)(?:\s+(?:cities|capitals|towns))?|(?:all\s+|the\s+)(?P<count>" + "|".join(w for w in GROUP_COUNTS if w != "both") + r")(?:\s+(?:cities|capitals|provincial\s+capitals|towns))?)"
    r"\s+(?:(?:were|was|had|have|are|then|also|quickly|eventually)\s+){0,2}(?:been\s+)?", re.IGNORECASE)
# "Kunduz — the northern hub": an epithet in apposition describes the place just named
APPOSITION_CLOSED_RE = re.compile(r"[^,;:()\u2013\u2014]{0,120}[,)\u2013\u2014]")  # (not "Unlike Kunduz, the northern hub remained ...")
GOVERNED_NAME_BEFORE_RE = re.compile(r"\b(?:unlike|after|before|besides|beyond|like|in|from|of|since|than|with|without|near|to)\s+$", re.IGNORECASE)
APPOSED_EPITHET_GAP_RE = re.compile(r"\s*(?:,|[\u2013\u2014]|\()\s*(?:the|its)\s+(?:[\w'\u2019-]+\s+){0,2}", re.IGNORECASE)
# ", the northern hub the Taliban briefly seized in 2015,": a place's epithet telling its own past
# "the western city", "a provincial capital": up to three words before the noun that says what the place is
_EPITHET_LEAD = r"(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?"
_EPITHET_HEAD = _EPITHET_LEAD + r"(?:city|town|hub|capital|stronghold|birthplace|heartland|centre|center|seat)"  # "the Helmand capital"
EPITHET_HEAD_RE = re.compile(_EPITHET_HEAD + r"\b", re.IGNORECASE)
EPITHET_ASIDE_RE = re.compile(r",\s+" + _EPITHET_HEAD + r"\s[^,;]{3,150},", re.IGNORECASE)
CORRECTION_RE = re.compile(
    r"^\W*(?:correction|clarification|claim\s*\d*)\s*:|^\W*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\W*(?:correction|clarification)\s*:|\b(?:pulled|retracted|withdrawn)\s+at\s+\d|\ban\s+earlier\s+version\s+of\s+(?:this|our|the\s+(?:[\w:.]+\s+){0,3}?(?:post|entry|update|report|story))\b|\bin\s+(?:our|an\s+earlier)\s+(?:[\w.:]+\s+){0,2}(?:post|entry|update|report|story)\b[^.]{0,40}\bwe\s+(?:said|reported|wrote)\b",
    re.IGNORECASE,
)
BUT_START_RE = re.compile(r"\W*but\s+(?:still\s+)?$", re.IGNORECASE)
RESUMPTIVE_START_RE = re.compile(r"\W*(?:all|both|each|every\s+one)(?:\s+of\s+(?:them|these|those))?\s+(?:(?:were|was|are|is|had|have|has|been|now|then|also|later|soon|quickly|swiftly)\s+){0,3}$", re.IGNORECASE)
STRIKE_VERB_RE = re.compile(r"\b(?:struck|bombed|pounded|hit|targeted|strafed|air\s?strikes?|airstrikes?|drone\s+strikes?)\b", re.IGNORECASE)
PURPOSE_BEFORE_RE = re.compile(r"\b(?:possible|potential|eventual|likely|feared)\s+$|\b[\d,]+\s+(?:\w+\s+)?(?:troops|forces|soldiers|marines|personnel)\s+for\s+(?:the\s+)?$|\bto\s+(?:help\s+(?:with\s+|in\s+)?(?:the\s+)?|assist\s+(?:with\s+|in\s+)?(?:the\s+)?|support\s+|secure\s+(?:the\s+)?|protect\s+(?:the\s+)?|cover\s+(?:the\s+)?)(?:(?:its|their|[\w.]+['\u2019]s)\s+)?(?:own\s+)?$", re.IGNORECASE)
# "hold the airport in Kunduz", "holding out at the airport outside Kondoz" (but a base outside the city is not the city)
_HOLDOUT_LEAD = r"\s*(?:(?:at|in|inside)\s+)?(?:the\s+)?(?:\w+\s+)?"
HOLDOUT_GAP_RE = re.compile(_HOLDOUT_LEAD + r"(?:(?:airport|airfield|air\s+base|army\s+base|base|corps\s+headquarters)\s+(?:in|of|at|near|on\s+the\s+(?:edge|outskirts)\s+of)"
                            r"|(?:airport|airfield)\s+outside)\s+(?:the\s+)?", re.IGNORECASE)
HOLDOUT_BEFORE_RE = re.compile(r"\b(?:airport|airfield|air\s+base|army\s+base|corps\s+headquarters|governor['\u2019]s\s+(?:office|compound))\s+(?:in|of|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "Mazar-i-Sharif, the largest city in the north and still in government hands": a description, then the place's state
DESCRIPTION_AND_GAP_RE = re.compile(r",\s+(?:the|a|an|its)\s+[^,;.()]{1,60}?\s+and\s+(?:is\s+|was\s+|remains\s+)?")
# An appositive that describes a place and then says what once happened there ("Lashkar Gah, the capital of Helmand
# where British troops fought for years, has fallen"): the relative clause belongs to the description
DESCRIPTION_WITH_RELATIVE_RE = re.compile(r"(?:the|a|an|its)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:where|which|who|whose)\s+"
                                          r"|(?:the|a|an|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:city|town|capital|hub|stronghold|seat)\s+(?:(?:\d{1,3}(?:,\d{3})+|[\w'\u2019-]+)\s+){0,3}?that\s+")
# "the resistance accused Pakistan of drone strikes, an allegation Islamabad dismissed": the accuser's claim, and the
# accused's denial does not undo it
ACCUSATION_RE = re.compile(r"\baccus(?:ed|es|ing)\s+(?:\S+\s+){0,3}?of\b|\balleg(?:ed|es|ing)\s+that\b|\bblam(?:ed|es|ing)\s+(?:\S+\s+){0,3}?for\b",
                           re.IGNORECASE)  # the verbs only: "denied the alleged strike" is a denial
# "at the request of the United States", "citizens of other countries, among them Azerbaijan": a country named in
# an airlift that neither flies nor sends anyone
HELPER_BEFORE_RE = re.compile(
    r"\b(?:at\s+the\s+request\s+of|with\s+the\s+help\s+of|with\s+help\s+from|on\s+behalf\s+of|citizens\s+of|nationals\s+of|among\s+them|(?:foreigners|passengers|people|evacuees|nationals),\s+including)\s+(?:the\s+)?$",
    re.IGNORECASE)
ING_START_RE = re.compile(r"\w{3,}ing\b")  # "flying out", "bringing diplomats home" (not "bring")
CLOSING_ANNOUNCED_RE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:closing|shutting|suspending)\b", re.IGNORECASE)
SOCIAL_MEDIA_RE = re.compile(r"\bsocial\s+media\b", re.IGNORECASE)
# "The security situation of Mazar-e-Sharif city is fully under the control of the ANDSF": the city's state
SITUATION_BEFORE_RE = re.compile(r"\b(?:security\s+)?situation\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "the defenders of Lashkar Gah held out until 13 August": the city held (or, surrendering, was given up)
DEFENDERS_BEFORE_RE = re.compile(r"\b(?:defenders|garrisons?|defen[cs]e)\s+(?:of|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "Government forces in Herat were holding out", "Troops in Kandahar held on": the whole subject is the holding side
# posted in the place (nothing before it but a time or a connective), and only auxiliaries stand before the predicate
GARRISON_SUBJECT_RE = re.compile(
    r"\W*(?:(?:on|by|late|early|overnight|and|but|yet|still|meanwhile)\b[\w\s'\u2019-]{0,25},?\s*)?(?:the\s+)?(?:(?:government|afghan|security|national|army|special|elite|local|remaining|last)\s+){0,3}"
    r"(?:troops|soldiers|forces|commandos|police(?:men)?|units|army|garrison|defenders)\s+(?:(?:still\s+)?(?:in|at|inside)\s+)(?:the\s+(?:city\s+of\s+)?)?", re.IGNORECASE)
# "Troops in Herat held out in Shindand district": where they held out is somewhere else
ELSEWHERE_AFTER_RE = re.compile(r"\s+(?:in|at|inside|near|on)\s+(?!(?:the\s+)?(?:(?:city|town|provincial|main|police|army|corps)['\u2019]?s?\s+)?(?:city|town|capital|airport|airfield|governor|night|day|morning|evening|end|police|headquarters|compound|corps|base|citadel|prison|barracks|provincial)\b)", re.IGNORECASE)
AUXILIARIES_GAP_RE = re.compile(r"(?:\s+(?:base|headquarters|barracks))?\s+(?:(?:had|have|has|were|was|are|is|been|still|also|again|managed\s+to|\w+ly)\s+){0,3}", re.IGNORECASE)
# "the governor of Tirin Kot surrendered to the Taliban": he gave up his city
GOVERNOR_BEFORE_RE = re.compile(r"\b(?:(?:provincial|deputy)\s+)?governors?\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSIVE_ONLY_RE = re.compile(r"['\u2019]s?\s*")
ENTRY_RE = re.compile(r"\b(?:into|entered|inside|stormed|penetrated|(?:centre|center|heart)\s+of)\b", re.IGNORECASE)
# "had no plans to send", "offered to keep troops at the airport", "wants to keep its embassy open": not done
# "is considering sending", "ruled out sending", "declined to say whether U.S. B-52s would", "plans existed to evacuate": not done
DELIBERATION_BEFORE_RE = re.compile(r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|debat(?:es|ed|ing)|rul(?:ed|es|ing)\s+out|whether|(?:is|are|was|were)\s+talking\s+(?:about|of)|talk\s+of"
                                    r"|plans?\s+(?:existed|exist|were\s+in\s+place|are\s+in\s+place)\s+to|contingency\s+plans?\s+to|(?:on\s+)?standby\s+to|prepar(?:es|ed|ing)|(?:is\s+)?read(?:ying|ies|ied))"
                                    r"\s+(?:[\w.'\u2019-]+\s+){0,4}$", re.IGNORECASE)
# "The last Bundeswehr soldiers flew home": a withdrawal, not an evacuation
SOLDIERS_FLEW_HOME_RE = re.compile(r"\b(?:troops|soldiers|marines|paratroopers|service\s?members|servicemen|contingent)(?:[^.;]{0,80}?[;,]\s+the\s+last\s+of\s+them)?\s+(?:have\s+|had\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?:flew|flown)\s+home\b", re.IGNORECASE)
TRIED_TO_RE = re.compile(r"\b(?:tried|attempted|sought|trying|attempting)\s+to\b", re.IGNORECASE)
# "This week, on 12 August, the Taliban said ...": in a piece looking back, a sentence about the days of its writing
WRITING_TIME_RE = re.compile(r"\b(?:this\s+(?:week|month|year|morning|weekend)|today|yesterday|tonight|days\s+ago|last\s+week)\b", re.IGNORECASE)
# "broke into the capital of Badghis province": the province's capital, unnamed
# "around the Helmand capital", "Helmand's provincial capital": the province names its capital
PROVINCE_CAPITAL_AFTER_RE = re.compile(r"(?:['\u2019]s|\s+province['\u2019]s)?\s+(?:provincial\s+|province\s+)?capital\b(?!s|\s+(?:city\s+)?of\b)", re.IGNORECASE)
# "in North Waziristan, Pakistan": a place the gazetteer does not know, placed in a country outside the theatre
IN_PLACE_COMMA_BEFORE_RE = re.compile(r"\b(?:in|near|at)\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+){0,2}(?-i:[A-Z])[\w'\u2019-]+,\s+$", re.IGNORECASE)
CAPITAL_OF_BEFORE_RE = re.compile(r"\b(?:the\s+)?(?:provincial\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:province\s+of\s+)?$", re.IGNORECASE)
# "troops will stay in Kabul", "is keeping 650 soldiers there": said of now, not of a day told nearby
STAYING_ON_NOW_RE = re.compile(r"^(?:\S+\s+)*?(?:will|would|are|is)\s+(?:\w+ly\s+)?(?:stay|remain|staying|remaining)\b|^(?:keeping|keeps?)\b", re.IGNORECASE)
NONE_OF_BEFORE_RE = re.compile(r"\b(?:no|none\s+of(?:\s+the)?)\s+(?:[\w.'\u2019-]+\s+){0,2}$", re.IGNORECASE)  # "No U.S. troops will stay"
CLAUSE_JOIN_RE = re.compile(r",\s+(?:and|but)\b|;")  # "handed over Bagram on July 2, and ... will stay": another clause's day
RELATIVE_OPEN_END_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", re.IGNORECASE)  # "The United States, which handed over Bagram on July 2"
# "fighters tried to push into the valley overnight": an attack made, whatever came of it
ATTACK_ATTEMPTED_RE = re.compile(r"\b(?:tried|attempted|(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:trying|attempting))\s+to\s+$", re.IGNORECASE)
FOILED_ATTEMPT_RE = re.compile(r"(?:attempts?|bids?|efforts?)\s+to\b", re.IGNORECASE)  # the held trigger "attempt to enter ... was foiled"
CAPITALS_SUBJECT_RE = re.compile(r"\b(?:capitals|cities|towns)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
AMONG_THEM_RE = re.compile(r"(?:\s+\w+){0,3}?,\s+(?:among\s+them|including)\s+", re.IGNORECASE)
THERE_AFTER_RE = re.compile(r"\s+there\b", re.IGNORECASE)
THERE_END_RE = re.compile(r"\bthere$", re.IGNORECASE)
FROM_WHERE_BEFORE_RE = re.compile(r"\bfrom\s+where\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "the airport outside Kondoz": a place named as where its airport or base is (wider than HOLDOUT_BEFORE_RE, which makes a possessor)
AIRPORT_BEFORE_RE = re.compile(r"\b(?:airport|airfield|army\s+base|corps\s+(?:base|headquarters))\s+(?:\w+\s+)?(?:outside|near|of|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
HELD_LOCATIVE_GAP_RE = re.compile(r"\s+(?:in|inside|at)\s+(?:the\s+(?:city|town)\s+of\s+)?", re.IGNORECASE)
# "..., but commandos pushed them out after two days": a reversal told as done, by a fighting side
BEFORE_CLAUSE_RE = re.compile(r",?\s*(?:before|until|only\s+to\s+be|but(?=\s+(?:[\w-]+\s+){0,3}?(?:commandos|forces|troops|army|soldiers|police|militia\w*|defenders|they\s+were)"
                              r"\s+(?:\w+\s+){0,2}?(?:pushed|drove|driven|forced|beat|beaten|repelled|repulsed)\b)|but(?=\s+(?:were|was)\s+(?:\w+\s+)?(?:pushed|driven|forced|beaten)\s+(?:back\s+)?out\b(?!\s+of\s+(?!the\s+(?:city|town)\b))))\b", re.IGNORECASE)
# "kept their embassies open throughout the takeover and the airlift", "damaged in the final days of the airlift":
# the airlift named as a time, not reported
NOMINAL_AIRLIFT_RE = re.compile(r"(?:evacuations?|airlifts?)", re.IGNORECASE)
AIRLIFT_NOUN_START_RE = re.compile(r"(?:(?:evacuation|rescue|charter(?:ed)?|special|military)\s+)?(?:flights?|airlifts?|evacuations?)\b", re.IGNORECASE)
TIME_OF_AIRLIFT_BEFORE_RE = re.compile(r"\b(?:throughout|during|amid|until|(?:since|after|before)\s+the\s+(?:end|start|close)\s+of|in\s+the\s+(?:final|last|first|closing)\s+(?:days|hours|weeks)\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$", re.IGNORECASE)
CONDITIONAL_START_RE = re.compile(r"\W*(?:(?-i:[A-Z]+):\s+)?(?:if|unless|should)\b[^,;]{3,120},", re.IGNORECASE)  # "If the Americans leave on 31 August, the airlift ends"
GENERIC_STATES_BEFORE_RE = re.compile(r"\b(?:(?:Western|European|foreign|other|several|many|most|allied)\s+(?:countries|nations|governments|states|capitals|powers)|Member\s+States|(?<!its\s)(?<!their\s)allies)\s+(?:[\w'\u2019-]+\s+){0,5}$", re.IGNORECASE)
OTHERS_FLIGHTS_RE = re.compile(r"\bon\s+(?:\w+\s+)?(?:flights|aircraft|planes)\s+(?:arranged|operated|run|provided|chartered|organi[sz]ed)\s+by\s+(?:other|partner|allied|friendly|foreign)\s+(?:countries|nations|governments|states)\b", re.IGNORECASE)
COMMERCIAL_BEFORE_RE = re.compile(r"\b(?:commercial|civilian|scheduled|passenger)\s+$", re.IGNORECASE)  # "Commercial flights out of Kabul were suspended"
PAST_YEAR_WHEN_RE = re.compile(r"\b(?P<year>\d{4}),\s+when\b", re.IGNORECASE)  # "The contrast with 2015, when commandos retook Kunduz"
UNREALISED_PURPOSE_RE = re.compile(r"\b(?:no\s+(?:immediate\s+)?plans?|no\s+need(?:\s+(?!to\b)\w+){0,2}|offer(?:s|ed|ing)?|propos(?:es|ed|ing)|wants?|wanted|would\s+like|hopes?|hoped)\s+to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
CARRYING_RE = re.compile(r"\bcarrying\b", re.IGNORECASE)
QUARTER_DISTRICTS_AFTER_RE = re.compile(r"\s+\w+ern\s+districts\b", re.IGNORECASE)  # "its |western districts"
EARLIER_YEARS_RE = re.compile(r"\bin\s+(?:earlier|previous|past|former)\s+years\b", re.IGNORECASE)  # troops "guarding, in earlier years, the airport at Kunduz"
STAGED_ELSEWHERE_RE = re.compile(r"\b(?:the|a)\s+region\b|\bneighbou?ring\s+countries\b", re.IGNORECASE)  # "sent to the region to help evacuate"
CONTROL_OF_RE = re.compile(r"\bcontrol\s+of\b", re.IGNORECASE)
OTHER_OWNER_RE = re.compile(r"['\u2019]s\b|\b(?:group|movement)\b", re.IGNORECASE)  # "the group's elite troops"
STILL_NOW_RE = re.compile(r"\b(?:still|now)\b", re.IGNORECASE)
LAST_FLIGHT_RE = re.compile(r"\b(?:the\s+)?(?:very\s+)?last\s+(?:\w+\s+){0,2}?(?:flights?|aircraft|planes?|C-17s?|jets?|soldiers?|troops)\b", re.IGNORECASE)
SUBORDINATOR_RE = re.compile(r"\b(?:as|when|while|because|whereas|since)\s+(?=(?:the|its|their|his|her|a|an)\s)"
                             r"|\b(?:after|before|until)\s+\Z", re.IGNORECASE)  # searched up to the trigger: "after heavy fighting erupted"
UNREAL_BEFORE_RE = re.compile(
    r"\bwithout\s+(?:any\s+|major\s+|much\s+|heavy\s+|serious\s+|a\s+)?$"
    r"|(?<!managed\s)(?<!able\s)(?<!succeeded\s)(?<!went\s)(?<!due\s)(?<!owing\s)(?<!thanks\s)(?<!reported\s)(?<!said\s)(?<!believed\s)(?<!understood\s)(?<!confirmed\s)(?<!known\s)\b(?<!on\s)to\s+[\"\u201c]?$"
    r"|\b(?:allow(?:ing|ed|s)?|permitt(?:ing|ed))[\"\u201d]?\s+$"
    r"|\b(?:avoid(?:ing|ed|s)?|prevent(?:ing|ed|s)?|avert(?:ing|ed|s)?)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "the first provincial capital to fall": the ordinal says it did
ORDINAL_TO_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest|next|only)\s+(?:[\w-]+\s+){0,3}to\s+$", re.IGNORECASE)
OUR_FORCES_AFTER_RE = re.compile(r"\s*(?:the\s+)?(?:our|its|their|his|her)\s+(?:own\s+)?(?:forces|troops|soldiers|security\s+forces|army|police)\b", re.IGNORECASE)
OFFICIAL_RE = re.compile(r"\b(?:governor|government|ministry|minister|officials?|police|army|corps|commander|(?-i:M[Oo][DI])|spokesm[ae]n\s+for\s+the\s+(?:ministry|army|police|governor))\b", re.IGNORECASE)
# 'Videos captioned "Herat has fallen" circulated': words on a video or a banner, quoted, not a report
CAPTIONED_QUOTE_BEFORE_RE = re.compile(r"\b(?:captioned|titled|entitled|headlined|labell?ed|hashtags?|that\s+read|which\s+read|reading|with\s+the\s+(?:words|caption|headline))\s*[:,]?\s*[\"\u201c\u2018#]$", re.IGNORECASE)
ACCUSED_BEFORE_RE = re.compile(r"\b(?:accused\s+of|charged\s+with|blamed\s+for|for)\s+[\"\u201c]?$", re.IGNORECASE)
GERUND_RE = re.compile(r"\w+ing\b")
COLLAPSE_RE = re.compile(r"\bcollaps", re.IGNORECASE)
# "Fighting since Sunday in nearby districts has sent thousands fleeing into Lashkar Gah": where the fighting drove people, not where it was
DRIVEN_INTO_GAP_RE = re.compile(r"\b(?:sent|sending|pushed|pushing|driven|drove|driving|forced|forcing|displaced)\b[^.;]*\b(?:into|to|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
THE_MISSION_RE = re.compile(r"\b(?:the|its)\s+(?:embassy|consulate|mission|chancery)\b", re.IGNORECASE)
SCHEDULED_TO_RE = re.compile(r"\b(?:is|are|were|was)\s+(?:due|scheduled)\s+to\b", re.IGNORECASE)  # (what vocabulary.MODAL_RE leaves out)
# "Delegations from both sides met in Charikar": the parties go unnamed, but the side that takes territory is one of them
BOTH_SIDES_RE = re.compile(r"\b(?:both|the\s+two|either)\s+sides\b", re.IGNORECASE)
TALKS_RE = re.compile(r"\b(?:talks|negotiations|met|meet|meets|meeting|sat\s+down)\b", re.IGNORECASE)
# "from Kabul to Tashkent, Uzbekistan, where ...", "shuttling between Kabul and Tashkent": a country or city on a route
ROUTE_APPOSITIVE_BEFORE_RE = re.compile(r"\b(?:into|to|via|toward|towards|from)\s+[A-Z][\w-]*,\s+$")
ROUTE_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+$")
ROUTE_END_RE = re.compile(r"\s*(?:[.;,]|$|\s+(?:where|from|on|in|and\s+then|before|after)\b)")
DESTINATION_BEFORE_RE = re.compile(
    r"\b(?:into|(?<![Aa]ccording\s)to|in|via|toward|towards|bound\s+for)\s+(?:the\s+)?$|\b(?:flying|flown|flew|operating|operated|based|launched|taking\s+off|run|managed|working|worked)(?:\s+in|\s+into\s+[A-Z][\w-]+)?\s+(?:from|out\s+of|in|at)\s+(?:the\s+)?$"
)
THEIRS_RE = re.compile(r"theirs\b", re.IGNORECASE)
MISSION_WORD_RE = re.compile(r"\b(?:embass(?:y|ies)|consulates?|(?<!military\s)(?<!evacuation\s)(?<!airlift\s)(?<!rescue\s)(?<!training\s)(?<!combat\s)missions?)\b", re.IGNORECASE)
DIPLOMATS_RE = re.compile(r"\bdiplomats\b", re.IGNORECASE)
MISSION_AFTER_RE = re.compile(r"\s*(?:['\u2019]s\s+)?(?:embass(?:y|ies)|Embass(?:y|ies)|mission|consulates?|Consulates?)\b")
CONSULATE_RE = re.compile(r"\bconsulates?\b", re.IGNORECASE)  # a consulate is in a provincial city, not necessarily the capital
EMBASSY_RE = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Cc]hancery)\b")
APPOSITIVE_RE = re.compile(
    r",\s+(?:a|an|the|its|their|one\s+of|home\s+to|some|about|just|only|once|capital\s+of|provincial\s+capital|[\w'\u2019-]+['\u2019]s|in\s+(?=(?:the\s+)?[A-Z]\w+(?:\s+province)?,))\b(?:[^,;:]|(?<=\d),(?=\d{3}\b)){0,140}?(?=,(?!\d{3}\b)|\.\s*$|$)"
)
DISTANCE_APPOSITIVE_RE = re.compile(r",\s+(?:(?:roughly|about|some|around|nearly|just|only|barely|less\s+than|more\s+than|under|over)\s+){0,2}"
                                    r"(?:\d+\s*(?:-\s*)?(?:km|kilometres|kilometers|miles)|(?:an?|one|two|three|four|five|six|\d+)\s+hours?(?:['\u2019]s?)?\s+(?:drive|journey|ride))\s+(?:\([^)]{1,20}\)\s+)?"
                                    r"(?:(?:south|north|east|west)\w*\s+of|from|outside)\s+[^,;:()]{1,40}?(?=,\s)", re.IGNORECASE)
# ", in the west,", ", defended by Ismail Khan,": any short comma-enclosed phrase after a place.
GENERAL_APPOSITIVE_RE = re.compile(
    r",\s+(?!(?:and|or|but|which|who|whose|where|while|as|after|before|said|says|according|officials?|residents?|then|so|yet)\b)[^,;:]{1,90}?(?=,\s)"
)
AND_NEXT_RE = re.compile(r"\s+and\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
CONJUNCT_RE = re.compile(
    r"^(?:\s*,\s*(?:and\s+(?:of\s+)?|as\s+well\s+as\s+|plus\s+|along\s+with\s+|besides\s+)?(?:in\s+)?|\s+and,?\s+(?:of\s+|in\s+)?|\s+as\s+well\s+as\s+|\s*,?\s*along\s+with\s+|\s*&\s*)(?:the\s+(?:[\w'\u2019-]+\s+){0,4}?(?:of\s+|(?:city|town|capital|province)\s+))?(?:then\s+)?$"
)
# "officials said they were still in control of Kandahar", "we are in control": the holder speaking ("By evening, they were in
# control of the palace" without "still" is whoever was named before)
STILL_HOLDING_RE = re.compile(r"\bwe\s+(?:are|were|remain(?:ed)?)\s+(?:still\s+|firmly\s+)*$|\bthey\s+(?:(?:are|were)\s+(?:still|firmly)|remain(?:ed)?)\s+(?:still\s+|firmly\s+)*$|\bstill\s+(?:firmly\s+)?$", re.IGNORECASE)
# "repelled an attack on the city's prison": an attack on a part of the city that failed leaves the city held
ATTACK_ON_END_RE = re.compile(r"\b(?:attacks?|assaults?|offensive|advance)\s+(?:on|against)$", re.IGNORECASE)
POSSESSIVE_NOUN_RE = re.compile(r"['\u2019]s\s+\w")
EDGE_POSSESSIVE_RE = re.compile(r"['\u2019]s\s+(?:(?:\w+ern|outer|main|city)\s+(?:and\s+\w+ern\s+)?)?(?:outskirts|suburbs|edges?|gates|fringes|outer\s+districts|(?<=ern\s)(?:districts|neighbou?rhoods)|(?:central\s+)?(?:prison|jail)|police\s+headquarters|governor['\u2019]s\s+(?:office|compound))\b", re.IGNORECASE)
POSSESSIVE_SUBPLACE_RE = re.compile(r"^['\u2019]s\s+(?:\w+\s+)?" + V.SUBPLACE_RE.pattern, re.IGNORECASE)
LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:to|in|into|inside|at|from|out\s+of|for|on|near|outside|around|over|across|toward|towards)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}(?:of\s+(?:the\s+)?)?$", re.IGNORECASE
)
LOCATIVE_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:\w+\s+)?(?:embass(?:y|ies)|airport|international\s+airport|mission|compound)\b", re.IGNORECASE)
HAS_OBJECT_RE = re.compile(r"\s+(?:its|their|his|her|a|an|the|several|some|many|dozens|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
# "Herat, the western city the Taliban seized on Aug. 12": a relative clause with no "which", about the place before it
CONTACT_RELATIVE_GAP_RE = re.compile(r",\s+(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:city|town|capital|provincial\s+capital|hub|stronghold)\s+(?:that\s+)?"
                                     r"(?:the\s+)?(?P<subject>(?-i:[A-Z])[\w'\u2019-]+)(?:\s+fighters)?\s+(?:had\s+|have\s+|has\s+)?(?:finally\s+|first\s+|eventually\s+)?", re.IGNORECASE)
OBJECT_RELATIVE_RE = re.compile(r"^\W*(?:which|that)\b", re.IGNORECASE)
HEAD_NOUN_COMMA_GAP_RE = re.compile(r"(?:\s+[\w'\u2019-]+){0,2}\s*,?\s*")  # "US troops, who": the antecedent's head noun and the comma
WHOSE_OPENER_RE = re.compile(r",\s+whose\b", re.IGNORECASE)
CIVILIAN_AGENT_RE = re.compile(r"\s*(?:(?:thousands|hundreds|many|most|some)\s+of\s+)?(?:its\s+|the\s+|their\s+)?(?:residents|civilians|families|people|inhabitants|traders|shopkeepers|citizens)\b", re.IGNORECASE)
WHO_HAD_RE = re.compile(r"\bwho\s+(?:have|had|has)\b", re.IGNORECASE)
WHO_START_RE = re.compile(r"who\b", re.IGNORECASE)
RELATIVE_START_RE = re.compile(r"^\W*(?:(?:both|all)\s+of\s+(?=which\b))?(?:which|who|where|that|whose)\b", re.IGNORECASE)  # ("Taloqan and Sar-e Pul, both of which fell")
FOR_AN_AIRLIFT_RE = re.compile(r"\b(?:to|for)\s+(?:[\w.'\u2019]+\s+){0,4}?(?:evacuat\w*|airlift\w*)\b", re.IGNORECASE)
PURPOSE_EVACUATION_RE = re.compile(r"\b(?:to|for|help(?:ing)?|aid(?:ing)?|assist(?:ing)?|support(?:ing)?)\s+(?:\w+\s+){0,2}?(?:evacuat|airlift|fly\s+out|flee|the\s+evacuation)", re.IGNORECASE)
# "the defence ministry in London said": where a speaker is, not where the event is.
SPEAKER_AFTER_RE = re.compile(r"\s+(?!and\s+(?:said|says|told|reported|announced|stated)\b)(?:\w+\s+){0,2}?(?:said|says|told|reported|announced|stated)\b")  # ("talks in Moscow and told reporters": not Moscow)
YEARS_AFTER_START_RE = re.compile(r",?\s+(?:(?:almost|nearly|some|about|exactly|just\s+over|more\s+than)\s+)?(?:\d+|two|three|four|five|ten|twenty|twenty-\w+)\s+(?:years|decades?)\s+(?:after|since)\b", re.IGNORECASE)
YEARS_AFTER_RE = re.compile(r"\b(?:years|decades?)\s+(?:after|since)\b[^.;]*$", re.IGNORECASE)
SINCE_YEAR_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# Words that refer back to a place named earlier ("the city", "its outskirts", "it fell").
ANAPHOR_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]heir(?=\s+(?:city|town)\b)|[Hh]is(?=\s+(?:city|town)\b)|[Hh]er(?=\s+(?:city|town)\b))\s+(?:(?:southern|northern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|besieged|embattled|beleaguered|strategic|ancient|whole|entire)\s+)?(?:[A-Z][a-z]+(?:an|i)\s+)?(?P<capital>provincial\s+capital(?:\s+city)?|provincial\s+(?:centre|center|seat)|city|town|airport|airfield|garrison)\b(?!\s+of\b|['\u2019]s\s+(?:residents|people))"
    r"|\b[Tt]he\s+(?:(?:whole|entire)\s+)?(?P<province>province|valley)\b(?!\s+of\b)"
    r"|\b(?P<its>[Ii]ts)\b(?=\s+(?:\w+\s+(?:and\s+\w+\s+)?)?(?:outskirts|suburbs|edges?|gates|fringes?|outer\s+districts|(?<=ern\s)districts|parts|neighbou?rhoods|approaches|streets|(?:\w+\s+)?police\s+districts?|airport|airfield|(?<=Its\s)(?P<garrison>garrison|defenders))\b)"
    r"|\b(?P<its_fall>[Ii]ts)\b(?=\s+(?:(?:eventual|final|sudden|swift|rapid)\s+)?(?:fall|surrender|capture)\b(?!\s+of\b)(?!\s+to\b(?!\s+(?:the\s+)?(?-i:[A-Z])))"
    r"(?!(?:\s+\w+)?\s+(?:could|would|might|may|will|is\s+(?:likely|expected|only\s+a\s+matter)|seems?|seemed)\b))"
    r"|(?:(?<=held\sout\s)|(?<=holding\sout\s)|(?<=hold\sout\s)|(?<=holds\sout\s))(?P<there>there)\b"  # "withdrew to their base and held out there": where it fell
    r"|(?:(?<=besieged\s)|(?<=besieging\s)|(?<=attacked\s)|(?<=attacking\s)|(?<=encircled\s)|(?<=surrounded\s)|(?<=stormed\s)|(?<=captured\s)|(?<=seized\s)|(?<=overran\s)|(?<=entered\s))(?P<object>it)\b(?!\s+(?:was|is|had|has|would|will)\b)"
    r"|\b(?P<it>[Ii]t)\b(?=\s+[\"\u201c]?(?:\w+\s+)?(?:fell|has\s+fallen|had\s+fallen|surrendered|capitulated|was\s+(?:captured|taken|seized|overrun|handed|surrendered)|(?:has|had)\s+been\s+(?:encircled|besieged|surrounded|under\s+siege)\b(?!\s+by\s+(?!(?:the\s+)?(?-i:[A-Z])|(?:the\s+)?(?:insurgents|militants|fighters|enemy)\b))|remain(?:s|ed)?|is\s+(?:now|still)|was\s+(?:now|still)|(?<=\bit\s)as\s+(?:(?:safe|calm|secure|quiet|normal)\s+and\s+)?(?:under|in)\s+(?:the\s+)?(?:full\s+)?(?:government|control)))"
)
DISTRICT_AND_BEFORE_RE = re.compile(r"\bdistricts?\s*(?:,|and|,\s*and)\s*$", re.IGNORECASE)
FIGHT_ENDED_BEFORE_RE = re.compile(r"\b(?:ending|ended|ends|after|following|capping|closing)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+)?$", re.IGNORECASE)
POST_IN_GAP_RE = re.compile(r"\s*(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:post|outpost|checkpoint|base)s?\s+(?:in|of|near|at)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE)
ANAPHOR_SENTENCES_BACK = 3
MAX_CAPS_HEADING_WORDS = 10  # "[ON-SCREEN TEXT: 6 AUGUST – ZARANJ]": a line in capitals naming a day heads what follows
MAX_NOISE_LINE_WORDS = 12  # a short line standing alone without a full stop: a caption or player notice
# "[ON-SCREEN TEXT: 8 AUGUST – KUNDUZ, SAR-E PUL, TALOQAN]", "[CAPTION: ...]": a label over a script, not narration
CAPS_LABEL_LEAD_RE = re.compile(r"\W*(?:[A-Z][A-Z -]*:\s*)?")  # "[ON-SCREEN TEXT: " before the day it names
CAPS_LABEL_RE = re.compile(r"\s*\[[A-Z][A-Z -]*:[^\]]*\]\s*")
SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
# A fronted adverbial whose "the city" points ahead to the city the main clause names.
FRONTED_PHRASE_RE = re.compile(r"^\W*(?:[\w\s]{0,30},\s*)?(?:after|following|despite|amid|before)\b[^,;]{0,120},", re.IGNORECASE)
# "In Tirin Kot, ...", "The same day, in Tirin Kot, ...", "Out at the airport, ...": where the main clause happens.
FRONTED_LOCATIVE_RE = re.compile(r"\W*(?:[\w\s'\u2019-]{0,30},\s*)?(?:out\s+|back\s+|over\s+)?(?:in|at|inside)\s+(?:the\s+)?", re.IGNORECASE)
LOCATIVE_PREP_RE = re.compile(
    r"\b(?:in|inside|around|near|at|for|over|across|outside|within|into|along|(?:control|battle|siege|outskirts|edges?|gates)\s+of|in\s+the\s+(?:centre|center|heart|middle)\s+of|(?:in|across|into)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:parts?|neighbou?rhoods?|quarters?)\s+of|on\s+the\s+(?:\w+ern\s+)?(?:outskirts|edges?)\s+of)\s+(?:the\s+)?(?:(?:city|town|provincial\s+capital)\s+of\s+)?(?:(?:\w+\s+(?:and\s+\w+\s+)?)?(?:police\s+districts?|PDs?)(?:[-\s]*\d+(?:\s*(?:,|and|&)\s*(?:PD[-\s]*)?\d+)*)?\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
IN_PROVINCE_RE = re.compile(r"\s+(?:city\s+|town\s+)?(?:in|of)\s+(?:the\s+)?(?:\w+ern\s+)?(?:province\s+of\s+)?")
PROVINCE_WORD_RE = re.compile(r"\s+province\b", re.IGNORECASE)
MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# month names and their abbreviations only (MONTH_NAME also takes any letters after an abbreviation)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# ", in 2015 and 2016,", ", on Friday and Sheberghan on Saturday,": when something happened, not a description of the place
TIME_ADJUNCT_START_RE = re.compile(
    rf"(?:(?:in|during|by|until|since)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{4}}|{_MONTH}\s+\d{{4}})"
    rf"|(?:on|by|until|since|late|early)\s+(?:(?:the\s+)?(?:early|late)\s+)?(?:(?:on\s+)?{WEEKDAY_NAME}|{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
    rf"|(?:yesterday|today|overnight|last\s+night|the\s+(?:next|following|same)\s+day))\b(?=\s*(?:[,;.]|and\b|or\b))", re.IGNORECASE)
PAST_PERFECT_BEFORE_RE = re.compile(r"\bhad\s+(?:been\s+)?\w+", re.IGNORECASE)
# "KABUL — In the span of a week ...": a dateline says where the story was filed.
DATELINE_RE = re.compile(r"^\W*([A-Z][A-Z'\u2019\-]+(?:\s+[A-Z][A-Z'\u2019\-]+)*)(?:,\s+[A-Z][a-z]+(?=\s+[-\u2013\u2014]\s|,))?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z]+\))?\s+[-\u2013\u2014]\s")
POSSESSIVE_GAP_RE = re.compile(r"['\u2019]s?\s+(?:\w+\s+)?(?:the\s+)?")
PAREN_AFTER_RE = re.compile(r"\s*\([^()]{1,40}\)")
OBJECT_AFTER_RE = re.compile(r"\s+(?:its|their|his|her|a|an|the|several|some|\d)\b")
TROOPS_AFTER_ACTOR_RE = re.compile(r"\s+(?:\w+\s+)?(?:troops|forces|soldiers|military|marines|paratroopers)\b", re.IGNORECASE)
PASSIVE_AGENT_GAP_RE = re.compile(r"\s*(?:(?:to|by|into|the|hands|of|local|armed|some|about|around|roughly|nearly|\d[\d,]*)\s+)*", re.IGNORECASE)
AFTER_RE = re.compile(r",?\s+(?:after|following|then|before\s+that)\s+")
# "Farah and, a few hours later, Pul-e-Khumri": an aside of time inside a list
LATER_ASIDE_RE = re.compile(r",\s*(?:(?:a\s+few|a|an|one|two|three|several|some|\d+)\s+)?(?:hours?|days?|minutes?)\s+later\s*,\s*")
ITEM_LEAD_RE = re.compile(r"\s*[-*\u2022\u2013\u2014]\s*")
SEMICOLON_RE = re.compile(r";\s*")
# Words are separated by required spaces, so a long run of capitals cannot be split many ways (no possessive
# quantifier: Python 3.11.2 mis-matches them).
CAPS_WORDS = r"[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+)*"
PROVINCE_LEAD_RE = re.compile(
    r"^\W*[A-Z][\w'\u2019.]*(?:-[\w'\u2019.]+)*(?:\s+[A-Z][\w'\u2019.]*(?:-[\w'\u2019.]+)*){0,3}(?:\s*\([^()]{1,40}\))?,\s+[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*(?:\s+[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*){0,2}\s+[Pp]rovince\s*[-\u2013\u2014]\s"
)
# "Faizabad, Badakhshan: fell on Aug. 11.", "KABUL CITY: Remains under ANDSF control.", "Balkh | Mazar-e-Sharif | Under ANDSF control"
COLON_LEAD_RE = re.compile(r"^\W*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:\s*\([^()]{1,40}\))?(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?\s*:\s")
# "Maimana: encircled since early July", "* **Lashkar Gah** – handed over today": a place, then what became of it
# (not "Farah: The ANDSF ...", "Kabul – a city of five million")
PREDICATE_LEAD_RE = re.compile(r"^\W*(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\W{0,3}?\s*(?::|\s[-\u2013\u2014])\s+"
                               r"(?=(?!(?:a|an|the|its|their|this|that|these|those|there|it|he|she|they|we|i|you|one|some|many|most|all|no|not|once|home|capital|where|when|who|which)\b)"
                               r"(?:(?![a-z]+(?:ed|en|wn|ght)\b)[a-z]|[a-z]+(?:\s+(?:over|up|back|out|off|down|again))?"
                               r"(?:\s*[,.;:]|\s*$|\s+(?:on|in|at|by|since|after|before|overnight|today|tonight|yesterday|this|last|early|late|without|under|to|from|again|and|but|with|for|amid|following|during|within|as|once|the\s+(?:same|next|previous|following)|\d|(?-i:[A-Z])[a-z]+day)\b)))")
ANY_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
PIPE_LEAD_RE = re.compile(r"^\W*(?:[^|\n]{1,40}\|\s*){1,3}")
CAPS_LEAD_RE = re.compile(rf"^\W*{CAPS_WORDS}\s*(?:[,;]\s*{CAPS_WORDS}\s*)*\s[-\u2013\u2014]\s")
ITEM_SEPARATOR_RE = re.compile(r"\s*(?:[:(\u2013\u2014]|-\s)")
AND_ITEM_RE = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
ANTECEDENT_GAP_RE = re.compile(r"[\s,]*(?:(?:(?<=,\s)" + _EPITHET_LEAD + r"(?=(?:city|town|capital)\b))?(?:city|town|province|capital)[\s,]*)?(?:itself[\s,]*)?", re.IGNORECASE)
# "retreated to the city's airport, where they were still holding out": the airport is the city's
AIRPORT_ANTECEDENT_GAP_RE = re.compile(r"(?:['\u2019]s)?\s+(?:(?:international\s+)?(?:airport|airfield)|(?:corps\s+)?(?:headquarters|base))[\s,]*")
NO_BEFORE_RE = re.compile(r"\bno\s+(?:\w+\s+)?(?:(?:have|has|had)\s+(?:yet\s+|ever\s+)?)?$", re.IGNORECASE)  # "No Taliban have entered Panjshir"
DOUBLE_COMMA_RE = re.compile(r",\s*,")
SHORT_SUBJECT_GAP_RE = re.compile(r"\s+(?:the|its|their)\s+(?:(?:provincial\s+|local\s+)?(?:governor|army|troops|police|elders|garrison|defenders|authorities|officials|soldiers|commandos|forces|defen[cs]e)\s+)?")
RUN_FROM_ELSEWHERE_RE = re.compile(r"\b(?:would|will)\s+(?:now\s+)?be\s+(?:run|operated|managed|handled|based)\s+(?:\w+\s+){0,2}?from\s+$", re.IGNORECASE)
TURN_OF_RE = re.compile(r"\bturn\s+of\b", re.IGNORECASE)
RELATIVE_OPENER_RE = re.compile(r",\s+(?:whose|which|where)\b", re.IGNORECASE)
WHERE_CLAUSE_START_RE = re.compile(r"[\s,]*where\b", re.IGNORECASE)
RELATIVE_CLAUSE_START_RE = re.compile(r"[\s,\u2013\u2014-]*(?:(?:both|all)\s+of\s+)?(?:which|who|whom)\b", re.IGNORECASE)
DASH_LEAD_RE = re.compile(r"\s*[\u2013\u2014]|\s+--?\s")  # "Qatar and Turkey – both of which kept their embassies open –"
THEY_RELATIVE_RE = re.compile(r"[\s,]*(?:which|that|where)\s+they\b", re.IGNORECASE)  # "the airport, which they still hold"
GATES_RE = re.compile(r"\bgates?\b", re.IGNORECASE)
GATED_BUILDING_WINDOW = 150  # characters before "at the gates" where the airport or building is named
ENDS_WITH_TO_RE = re.compile(r"\sto$", re.IGNORECASE)
# "the highway linking Kabul and Kandahar was cut off": the road, not the cities at its ends
ROUTE_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:highways?|roads?|routes?|corridors?|supply\s+lines?)\s+(?:\w+\s+){0,2}?(?:linking|connecting|joining|between)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+(?:and|with|to)\s+)?$",
    re.IGNORECASE)
# "flown to Tashkent", "via its base in Abu Dhabi": the end of text naming where an airlift lands
LANDING_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]o|[Vv]ia|[Ii]nto)\s+(?:(?:the|its|their|a|an)\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"|\b(?:landed|landing|lands|arrived|arriving|arrives|base|bases|hub|stopover|transit|staging)\s+(?:in|at)\s+(?:the\s+)?"
    r"|\b(?:left|leaving|leaves|departed|departing|took\s+off|bound|headed|heading)\s+(?:\S+\s+){0,3}?for\s+)$"
)
GATED_BUILDING_RE = re.compile(r"\b(?:airport|airfield|museum|embassy|compound|building|base|palace|ministry|prison|hotel|camp)\b", re.IGNORECASE)
HEAD_NOUN_RE = re.compile(r"^\s*(?:city|town|province|itself)\b")
# "Taloqan city which had been under siege": the place is the relative clause's subject
# "Qalat was reported to have been lost": the verb's own subject, through a verb of report
REPORTED_TO_GAP_RE = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+)?(?:reported|said|believed|understood|confirmed)\s+to\s+", re.IGNORECASE)
# "from Herat, the western city which fell on August 12", "in Kabul, a city the Taliban have held since Aug. 15": what the relative clause is about
SUBJECT_RELATIVE_GAP_RE = re.compile(r"\s*(?:,\s*" + _EPITHET_LEAD + r"(?:city|town|capital)\s+(?:(?:which|that)\s+)?(?:the\s+)?|(?:city|town|province|capital)?\s*(?:which|that)\s+)", re.IGNORECASE)
# "He lives in Kabul, which ...": the place heads its phrase, so the relative clause is about it (not "the crossing at Spin Boldak
# near Kandahar, which ...", "the road to Kabul, which ...", "the airport in Kabul, which ...": a landmark for another noun)
PLACE_HEADS_PHRASE_BEFORE_RE = re.compile(r"(?<!airport\s)(?<!airfield\s)(?<!base\s)(?<!prison\s)(?<!compound\s)(?<!palace\s)(?<!embassy\s)(?<!consulate\s)"
                                          r"(?<!district\s)(?<!districts\s)(?<!crossing\s)(?<!road\s)(?<!highway\s)(?<!village\s)(?<!villages\s)"
                                          r"\b(?:in|inside|into|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "stopped at a checkpoint in Kandahar, which ...": an article-led noun phrase that the place only locates
NOUN_PHRASE_IN_BEFORE_RE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:in|inside|into|from)\s+(?:the\s+)?$", re.IGNORECASE)
WEEKDAY_START_RE = re.compile(r"^\s*(?:on|late|early)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
PLURAL_PLACES_RE = re.compile(r"\b(?:capitals|cities|towns|provinces)\b", re.IGNORECASE)
WORD_RE = re.compile(r"\w+")
# Where a listed place lies, between list items: "Sharana in Paktika and", "Mazar-i-Sharif in the north and".
ORIGIN_LIST_BEFORE_RE = re.compile(r"\bfrom\s+(?:(?-i:[A-Z])[\w'\u2019]*(?:-[\w'\u2019]+)*(?:\s+(?-i:[A-Z])[\w'\u2019]*(?:-[\w'\u2019]+)*)*(?:,\s*|\s+and\s+))+$", re.IGNORECASE)
PARTICIPLE_ASIDE_RE = re.compile(r",\s+(?:\w+ed\b|under\s+(?:attack|siege|pressure|fire|assault)\b)[^,;]{0,60},\s*")  # (and "Kandahar, under attack since July,")
# the agent of a participle ("surrounded by his bodyguards,")
BY_AGENT_RE = re.compile(r"\s+by\s+[^,;.]{1,60}")
PARTICIPLE_RE = re.compile(r"\w+ed|taken|overrun|lost")
# "..., has been encircled since June": a verb of now after an aside (the aside's past is not the sentence's)
PRESENT_VERB_START_RE = re.compile(r",?\s*(?:has|have|is|are|remains?|stays?)\b", re.IGNORECASE)
# ", overrun briefly in 2015,", " — besieged in 2018 — ": a reduced relative clause telling the place's past
PARTICIPLE_APPOSITIVE_START_RE = re.compile(r"(?:(?:briefly|first|once|twice|also)\s+)?(?:\w+ed|taken|overrun|held|seized|won|fallen)\s", re.IGNORECASE)
# (a comma, or an appositive blanked out between two: "Lashkar Gah, [the Helmand capital], besieged since 28 July, ...")
COMMA_GAP_RE = re.compile(r",(?:\s{2,},)?\s*")
BLANKED_APPOSITIVE_RE = re.compile(r",\s{2,}(?=,)")
QUANTIFIED_COMMA_GAP_RE = re.compile(r",\s*(?:both|all(?:\s+(?:two|three|four|five|six|of\s+them))?)\s+", re.IGNORECASE)  # "Lashkar Gah and Kandahar, both taken"
NAMED_AFTER_RE = re.compile(r"\s+(?:in|of|at|near|outside)\s+(?:the\s+)?")
FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
LIST_GOES_ON_RE = re.compile(r"(?:,\s*|\s+and\s+)(?=[A-Z])")
CONTAINER_BETWEEN_RE = re.compile(r"\s+in\s+the\s+(?:[\w-]+\s+){0,2}?province\s+of\s+|\s+in\s+(?:the\s+)?|\s*\(\s*|,\s+in\s+(?:the\s+)?")
WHERE_IN_RE = re.compile(r"^\s*,?\s*in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?province\s+of\s+(?-i:[A-Z])[\w'\u2019-]+|(?:[\w-]+\s+)?(?:highlands|mountains|hills|desert|plains?)\b|(?:far\s+)?(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west|centre|center)\b|(?-i:[A-Z])[\w'\u2019-]+(?:\s+province)?)\s*,?", re.IGNORECASE)
# "Kunduz in the morning, then Sar-e-Pul by evening": a time of day between list items.
TIME_OF_DAY_RE = re.compile(
    r"\b(?:(?:in|by|at|before|after|around|towards?)\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night(?:fall)?|dawn|dusk|noon|midday|lunch(?:time)?|dark|hours)\b(?:\s+as\s+well)?"
)
# What strip_dates leaves of "on Saturday": a preposition with nothing after it.
# "Zaranj, [the capital of Nimroz,] on Friday": a listed place's own day, past its blanked appositive
OWN_DAY_GAP_RE = re.compile(r"[\s,]*(?:(?:late|early|later)\s+)?(?:(?:on|by|in|before\s+dawn\s+on)\s+)?")
LEAD_DAY_GAP_RE = re.compile(r",?\s*")  # "and on Monday Aibak": the day before a trailing place is its own
DANGLING_PREPOSITION_RE = re.compile(r"(?:^|(?<=,))\s*(?:on|by|in|at|late|early)\s*(?=,|\s+(?:and|then)\b|$)")
ALONG_WITH_RE = re.compile(r"(?:\s+(?:city|town|province))?(?:\s+(?:on|late|early|overnight|in\s+the)\s*\w*(?:\s+\w+day)?(?:\s+alone)?)?,?\s+(?:along|together)\s+with\s+|,?\s+as\s+well\s+as\s+", re.IGNORECASE)
GAPPED_GAP_RE = re.compile(r"^\s+(?:on|late|early|in|by|at)?\s*[\w.]+(?:\s+[\w.]+)?\s*(?:,?\s+(?:and|then|and\s+then)\s+|,\s+)$", re.IGNORECASE)
# "Kunduz fell on Sunday, Aibak on Monday and Pul-e-Khumri on Tuesday": between one gapped item's day and the next place
NEXT_GAPPED_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+(?:then\s+)?)?|\s+and\s+(?:then\s+)?)", re.IGNORECASE)
# "just a day after", "less than 24 hours after": words that leave the lag as it is
_LAG_QUALIFIER = r"(?:just|only|barely|some|about|roughly|nearly|almost|exactly|(?:less|more)\s+than)\s+"
# "Aybak fell, after Sheberghan on Saturday and Zaranj on Friday": the earlier falls, each with its day.
# "..., bringing the number of capitals under the group's control to five after Zaranj on Friday": a count between
PREDECESSOR_GAP_RE = re.compile(r"(?:\s*[\w.]+(?:\s+[\w.]+){0,7}?)??,?\s+(?:(?:" + _LAG_QUALIFIER + r")?(?P<lag>(?:a|one|two|three|\d+)\s+(?:days?|hours?)|shortly|just|hours)\s+|days\s+"
                                r"|(?P<count>(?:bringing|taking|raising|making)\s+the\s+(?:number|tally|total|count)\b[^.;:]{0,60}?\s+to\s+[\w-]+\s+))?after\s+", re.IGNORECASE)
# the number words of a lag ("a day after", "two days after"), in days
LAG_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
# "Kandahar fell on Friday, a day after Herat fell", "a day after Taliban fighters swept into Kabul": the day named is the later event's
LAG_BEFORE_RE = re.compile(r"\b(?:" + _LAG_QUALIFIER + r")?(?P<lag>a\s+day|one\s+day|two\s+days|three\s+days|\d+\s+hours)\s+after\s+(?:[^\s,.;:]+\s+){0,7}$", re.IGNORECASE)
ITEM_END_RE = re.compile(r"\s*(?:[.;,)]|and\b|$)")
# "... remain in government hands, as does the capital"; "surrendered the same day, as did Qalat"; "fell on Friday, the same day as Kandahar"
ITSELF_RE = re.compile(r"\s+itself\b", re.IGNORECASE)
AS_DID_RE = re.compile(r",?\s+as\s+(?:does|did|do|has|have|had|was|were|is|are)\s+(?:the\s+(?=capital\b)|(?:those|that)\s+of\s+(?:the\s+)?)?"
                       r"|,?\s+(?:on\s+)?the\s+same\s+day\s+as\s+", re.IGNORECASE)
# "held out at the airport", "held out at the city's airport": the city's last foothold
AIRPORT_WORD_RE = re.compile(r"\b(?:airport|airfield)\b", re.IGNORECASE)
# troops at work at an airlift's airport without naming it: "a perimeter controlled by", "screening evacuees", "are also present"
AIRPORT_WORK_RE = re.compile(r"\b(?:perimeter|gates?|evacuees|screen\w*|process\w*|(?<!at\s)present)\b", re.IGNORECASE)
AIRPORT_HOLDOUT_GAP_RE = re.compile(_HOLDOUT_LEAD + r"(?:airport|airfield)\s+(?:in|of|at|near|outside)\s+(?:the\s+)?", re.IGNORECASE)
AIRPORT_END_RE = re.compile(r"\b(?:airport|airfield)$", re.IGNORECASE)
AIRPORT_OUTSIDE_GAP_RE = re.compile(r"\s+(?:outside|near)\s+(?:the\s+)?", re.IGNORECASE)  # "held out at the airport| outside |Kunduz"
AT_HOLDOUT_RE = re.compile(r"\s*(?:at|in|inside|to)\s+(?:the\s+)?", re.IGNORECASE)
DAY_AFTER_ITEM_RE = re.compile(r"\s+(?:(?:late|early|later)\s+(?:on\s+\w+|(?:this|that)\s+(?:morning|afternoon|evening|night))|before\s+dawn(?:\s+on\s+\w+)?|(?:at|over)\s+the\s+weekend|(?:(?:late|early|later)\s+)?(?:on\s+)?the\s+same\s+day|(?:on|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)|(?:on|late|early|by|at|in\s+the)\s+\w+(?:\s+(?:june|july|aug(?:ust)?|sept(?:ember)?)\b|\s+\d{1,2}\b)?|yesterday|overnight(?:\s+into\s+the\s+\d{1,2}(?:st|nd|rd|th)|\s+(?:in)?to\s+\w+day)?|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
                               r"|the\s+(?:next|following)\s+(?:day|morning|evening)|the\s+day\s+after|(?:a|one|two|three)\s+days?\s+later|hours\s+later)\b", re.IGNORECASE)
# a gapped item's own day, also after a masked appositive: "Pul-e-Khumri, the capital of Baghlan, on Tuesday"
AND_JOINT_END_RE = re.compile(r"\b(?:and|then)\s+$", re.IGNORECASE)
# "..., where fighters were at the gates, and Taloqan": the next item of a list (not "..., where fighters were on
# the outskirts of the provincial capital, Pul-e-Alam": the aside's last noun, named)
LIST_AND_GAP_RE = re.compile(r"\s*(?:(?:and|or)\s+(?:then\s+)?)?", re.IGNORECASE)
APPOSED_NOUN_END_RE = re.compile(r"\b(?:capital|city|town|centre|center|hub|seat|province)\s*,\s*$", re.IGNORECASE)
# "over the past two decades": the time of what the verb tells, unless it measures a superlative ("the largest
# airlift in over two decades", "the worst the city has seen across two decades of war")
OVER_DECADES_RE = re.compile(r"(?<!\bin\s)\b(?:over|across|during|throughout)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|several|\d+)\s+decades\b", re.IGNORECASE)
SUPERLATIVE_BEFORE_RE = re.compile(r"\b(?:largest|biggest|worst|deadliest|heaviest|fiercest|bloodiest|longest|greatest|highest|first|best|most\s+\w+)\b[^.;,]{0,60}$", re.IGNORECASE)
# a noun its side qualifies rather than a verb it is subject of ("a Taliban attempt to storm")
ATTEMPT_NOUN_RE = re.compile(r"(?:attempts?|bids?|efforts?)\b", re.IGNORECASE)
# "according to statements from Ottawa and Copenhagen": where a report comes from, not where the event was
ATTRIBUTION_BEFORE_RE = re.compile(r"\baccording\s+to\s+(?:\w+\s+){0,4}?(?:from|in)\s+(?:\w+\s+(?:and|or)\s+)?$", re.IGNORECASE)
SUBJECT_GAP_RE = re.compile(r"(?:\s+[\w'\u2019-]+){0,2}\s+")  # "Taliban fighters held": a subject and its verb, nothing between
DAY_WORD_RE = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|yesterday|today|tonight|overnight|night|morning|afternoon|evening|weekend|day|\d+)", re.IGNORECASE)
GAPPED_DAY_RE = re.compile(r"(?:\s*,)*" + DAY_AFTER_ITEM_RE.pattern, re.IGNORECASE)
# "Kunduz has gone, and Shibirghan, and Sar-i-Pul, they say.": places trailing an intransitive fall
TRAILING_GAP_RE = re.compile(r"(?:\s+[\w.]+){0,3}?,?\s+and\s+(?:then\s+)?(?:(?:(?:this|that|on|by|early|late|(?:late|early)\s+on)\s+\w+(?:\s+(?:jul|aug|sep)[a-z]*\.?)?|the\s+(?:next|following)\s+(?:day|morning|evening))\s*,?\s+)?", re.IGNORECASE)  # "..., and this morning Ghazni"
TRAILING_END_RE = re.compile(r"\s*(?:[.;!]|$|,\s+(?:they|he|she|officials?|residents|people|the\s+radio|witnesses)\s+(?:say|says|said)\b)")
# "fighting was also reported in Faryab": the report verb belongs to the fighting, not to a speaker
# "Fighting between the Taliban and government forces has been reported in Kunduz": who fought, not where
BETWEEN_SIDES_GAP_RE = re.compile(r"^\s*(?:with\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:forces|fighters|militias?|insurgents|militants|Taliban)|between\s+(?:the\s+)?(?:two\s+sides|(?:[\w'\u2019-]+\s+){1,4}?and\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:forces|fighters|troops|army|militias?|soldiers|resistance|police|commandos|Taliban)(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})?))(?=\s)", re.IGNORECASE)
TWO_SIDES_RE = re.compile(r"\btwo\s+sides\b", re.IGNORECASE)
POSSESSIVE_OR_DISTRICT_AFTER_RE = re.compile(r"['\u2019]s\b|\s+district\b", re.IGNORECASE)
REPORTED_IN_RE = re.compile(r"^\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?reported(?=\s+(?:in|around|near|inside|on)\b)", re.IGNORECASE)
NEARBY_PLACES_RE = re.compile(r"\b(?:districts?|villages?|areas)\s+(?:\w+\s+)?(?:near|around|outside|close\s+to|south\s+of|north\s+of|east\s+of|west\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
ENDED_BEFORE_RE = re.compile(r"\b(?:end(?:ing|ed|s)?|conclud(?:ing|ed)|the\s+end\s+of)\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,2}?$"
                             r"|\bafter\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)  # (not "only after US troops, who now control the airport, ...")
AIRPORT_AFTER_RE = re.compile(r"\s*(?:['\u2019]s\s+)?(?:international\s+)?airport\b", re.IGNORECASE)
RESISTANCE_RE = re.compile(r"\bresistance\s+(?:fighters|forces|militias?|commanders?)\b", re.IGNORECASE)
ANTI_SIDE_RE = re.compile(r"\banti-\w+\s+(?:\w+\s+){0,4}?(?:forces|fighters|militias?|resistance|front)\b", re.IGNORECASE)
ANTI_BEFORE_RE = re.compile(r"\banti-\w+\s+(?:\w+\s+)?$", re.IGNORECASE)
HANDOVER_RE = re.compile(r"\bhand-?over\b|(?<=\bits\s)surrender\b", re.IGNORECASE)  # ("ruled out its surrender")
LASTED_RE = re.compile(r"lasted\b", re.IGNORECASE)
SUBJECT_RIGHT_BEFORE_RE = re.compile(r"\s*(?:,[^,;]{1,80},\s*)?")  # "Pul-i-Khumri lasted until", "Pul-i-Khumri, the cement town, lasted until"
# "...still in government hands: this is the city the Taliban took in 1998": a part of its own after a colon or semicolon
LATER_SEPARATE_PART_RE = re.compile(r"[:;]\s")
# "have kept the Taliban out of Panjshir for two weeks", "still hold the valley": a hold going on at the writing
STILL_SO_NOW_RE = re.compile(r"\b(?:has|have|is|are|still|now)\b", re.IGNORECASE)
# "at the airport in Dubai", "its airport in Termez": an airport with its town named after it
AIRPORT_IN_AFTER_RE = re.compile(r"\s*(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:airport|airfield)\s+(?:in|at|near)\s+", re.IGNORECASE)
# "the army held the airport for one more day": the holdout a day more is counted for
HOLD_VERB_RE = re.compile(r"\b(?:held|hold|holding|kept|keep|keeping|clung|clinging|retain(?:ed|s)?)\b", re.IGNORECASE)
# "Darwin airport", "the airport in Dubai": the name of an airport's town
NAMED_AIRPORT_RE = re.compile(r"(?!(?:The|This|That|Its|Their|His|Her|Our|An?|Main|Military|Civilian|International|Civil)\b)(?-i:[A-Z])[\w'\u2019-]+(?=\s+(?:[Ii]nternational\s+)?[Aa]irport\b)|(?<=airport\sin\s)(?-i:[A-Z])[\w'\u2019-]+|(?<=airport\sat\s)(?-i:[A-Z])[\w'\u2019-]+")
# "kept the Taliban out of the city for a fortnight": a hold told by how long it lasted, over by the time of writing
HOLD_LENGTH_RE = re.compile(r"\bfor\s+(?:(?:more\s+than|nearly|almost|about|over|some)\s+)?(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks|days|fortnight)\b", re.IGNORECASE)
STILL_SO_RE = re.compile(r"\b(?:has|have)\s+been\b|\b(?:is|are|remains?)\b", re.IGNORECASE)  # a state that lasts to the writing
SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
ONSET_BEFORE_RE = re.compile(r"\b(?:since|began|begun|started|starting|beginning)\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?$", re.IGNORECASE)
LINE_RE = re.compile(r"[^\n]+")
# A date on a line of its own ("Thursday 12 August"): a diary's or live page's day heading
DATE_HEADING_RE = re.compile(
    rf"\W*(?:{WEEKDAY_NAME},?\s+)?(?:{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME})(?:,?\s+\d{{4}})?\s*"
)
# "Aug. 11:", "Friday 6 August –", "14 August -": a date leading a line, then a separator
TIMELINE_LEAD_RE = re.compile(
    rf"\W*(?:(?:{WEEKDAY_NAME},?\s+)?(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME})(?:,?\s+\d{{4}})?\s*[:\u2013\u2014-]|{WEEKDAY_NAME}\s*:)\s+"
)
FALL_WORD_RE = re.compile(r"\b(?:fall|fell|falls|fallen|taken|captured|lost|overrun|surrendered|how\s+\w+\s+fell)\b", re.IGNORECASE)
# An item of a verbless list: at the start of its part, or after a comma, "and" or "then"
ITEM_START_RE = re.compile(r"(?:^|[,:]\s*|\s+and\s+|\s+then\s+|\s*[\u2013\u2014]\s*)(?:and\s+|then\s+)?(?:the\s+)?\W*$")
IN_PARENTHESES_RE = re.compile(r"\([^)]*$")
SEGMENT_SEPARATOR_RE = re.compile(r";\s*|\s[\u2013\u2014]\s")
LEAD_COLON_RE = re.compile(r"\s*[:\u2013\u2014-]\s")
# ("the airport outside Kunduz": the city's own airport, so the city stays the topic)
LANDMARK_BEFORE_RE = re.compile(r"\b(?<!airport\s)(?<!airfield\s)(?:(?:south|north|east|west|southwest|southeast|northwest|northeast)\s+of|near|outside"
                                r"|(?:km|kilometres|kilometers|miles)\s+from)\s+(?:the\s+)?$", re.IGNORECASE)  # (and "150 kilometres from Kabul")
COORDINATED_RE = re.compile(r"(?:,\s*)?\b(?:and|but)\s+(?:then\s+|finally\s+|eventually\s+|later\s+|soon\s+|only\s+|still\s+)?$")
# "Herat held out for two weeks before falling on August 12": a gerund after "before" has the clause's subject
BEFORE_GERUND_RE = re.compile(r"(?:,\s*)?\bbefore\s+(?:finally\s+|eventually\s+)?$")
GERUND_START_RE = re.compile(r"\w+ing\b")  # ("falling", "being")
ANOTHER_PLACE_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in|at|near|around|on\s+the\s+outskirts?\s+of|in\s+the\s+outskirts?\s+of|for)\s+(?:the\s+)?(?-i:[A-Z])")
# A statement in the first person: its author is whoever published it
FIRST_PERSON_RE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)

# Gapped lists of actors with figures: "..., Germany around 2,700, and France, Italy and Spain over 1,000 each"
QUANTITY_RE = re.compile(r"\s*(?<![\d,.])(?:(?:about|around|over|nearly|some|roughly|almost|just\s+over|just\s+under|under|more\s+than|fewer\s+than|close\s+to|at\s+least)\s+)?\d[\d,.]*(?:\s+(?:each|people|troops|soldiers|citizens|nationals|evacuees|personnel|Afghans))?\b", re.IGNORECASE)
SENTENCE_BREAK_RE = re.compile(r"[;:]")
FIGURE_TAIL_RE = re.compile(r"(?:\s+[\w'\u2019-]+){1,4}?(?=,)")
LIST_JOINT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
THE_RE = re.compile(r"(?:[Tt]he\s+)?")
OR_NAME_GAP_RE = re.compile(r",?\s+(?:or|also\s+(?:known|called|spelt|spelled)(?:\s+as)?|a\.k\.a\.?)\s+", re.IGNORECASE)  # "Firozkoh, or Chaghcharan"
SAME_BEFORE_RE = re.compile(r"\b(?:that|the|this)\s+(?:very\s+)?same\s+$", re.IGNORECASE)  # "that same Sunday"
SPACED_THE_RE = re.compile(r"\s*(?:[Tt]he\s+)?")
# "the first evacuation flights ... would take off on Monday", "was due to leave": announced, not done
FUTURE_AFTER_RE = re.compile(r"(?:\s+(?!said\b|says\b)[\w'\u2019-]+){0,5}?\s+(?:(?:was|were|is|are)\s+(?:due|scheduled|expected|set|planned)\s+to|(?:would|will)\s+(?:take\s+off|leave|depart|begin|start|fly)|(?:would|will|could|may|might)\s+be\s+(?:organi[sz]ed|arranged|sent|laid\s+on|provided|made\s+available)|to\s+(?:begin|start|resume))\b", re.IGNORECASE)
# "over the governor's compound in Lashkar Gah": a building of the city named after it
# "since the US began withdrawing its forces" (but not "Since Saturday Britain has deployed")
SINCE_CLAUSE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?(?!(?:" + WEEKDAY_NAME + r"|last|early|late|mid|then|yesterday|today|\d)\b)"
                                    r"(?:[\w.'\u2019-]+\s+){1,2}$", re.IGNORECASE)
NO_REPORT_OF_BEFORE_RE = re.compile(r"\bno\s+(?:credible\s+|independent\s+|confirmed\s+)?reports?\s+of\s+(?:any\s+)?$", re.IGNORECASE)  # "no independent report of fighting near the city"
NO_REPORTS_RE = re.compile(r"\bno\s+(?:credible\s+|independent\s+)?reports?\s+(?:of|that)\b", re.IGNORECASE)  # "found no credible report of Pakistani air strikes"
# a building whose loss or defence is a fight for the city: "an attack on the central prison of Lashkargah" (not a minister's residence)
FOUGHT_OVER_BUILDING_RE = re.compile(r"\b(?:prison|jail|headquarters|governor['\u2019]s|gate|citadel|fort)\b", re.IGNORECASE)
# "gunmen attacked the main UN compound in the city": other violence, not a fight for the city
CIVIL_BUILDING_RE = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|embassy|consulate|NGO|aid|hotel|hospital|mosque|shrine|school|university|guest\s?house|wedding)\b", re.IGNORECASE)
# "Talks on Kandahar's handover", "rejected the handover of his city": a handover not made
HANDOVER_NOT_MADE_BEFORE_RE = re.compile(r"\b(?:(?:talks?|negotiations?)\s+(?:on|about|over|for)|discuss(?:ed|es|ing|ion)?|reject(?:ed|s|ing)?|refus(?:ed|es|ing)?|ruled?\s+out|rules\s+out|avoid(?:ed|s|ing)?|prevent(?:ed|s|ing)?|demand(?:ed|s|ing)?|propos(?:ed|es|ing|al)|offer(?:ed|s|ing)?|possible|planned|call(?:ed|s)?\s+for|sought|seek(?:s|ing)?)\b[^.;,]{0,40}$", re.IGNORECASE)
# a suicide bomber or a delegation entering the governor's office takes no city
NOT_A_FIGHTING_SUBJECT_RE = re.compile(r"\b(?:bombers?|delegat(?:ion|es)|negotiators?|envoys?|visitors?)\b[^,;.]{0,30}$", re.IGNORECASE)
FOR_TALKS_AFTER_RE = re.compile(r"[^.;]{0,40}\bfor\s+talks\b", re.IGNORECASE)
# "Taliban fighters entered the governor office of Lashkargah": the seat of the province taken is its city taken
# ("the governor's office and the police headquarters of Farah": the seat taken with the police)
GOVERNOR_SEAT_GAP_RE = re.compile(r"\s*(?:the\s+)?(?:provincial\s+)?governor(?:['\u2019]s|s['\u2019]?)?\s+(?:office|compound|house|residence|palace|headquarters)"
                                  r"(?:,?\s+and\s+(?:the\s+)?(?:provincial\s+)?police\s+(?:headquarters|command|chief['\u2019]s\s+office))?\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
BUILDING_IN_GAP_RE = re.compile(r"\s*(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:compound|office|residence|palace|house|headquarters|building|square|gate|citadel|fort|prison|jail)s?\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)

# A verbless sentence that goes on a run of falls: "Then Aibak, the Samangan capital, on Monday.",
# "Gardez too, the same day.", "The radio also says Asadabad and Mehtarlam, in the east."
FRAGMENT_LEAD_RE = re.compile(r"\W*(?:(?:and|then|also|next|later|after\s+that|soon\s+after)\s*,?\s+){0,2}"
                              r"(?:(?:this\s+(?:morning|afternoon|evening)|yesterday|overnight|(?:(?:early|late)\s+)?on\s+\w+day|by\s+(?:nightfall|evening|the\s+(?:afternoon|evening)))\s*,?\s+)?"
                              r"(?:(?:in\s+the\s+space\s+of|within)\s+[^,.;]{1,30},\s+)?(?:(?:the\s+(?:radio|news|television|tv|reports?)|reports|they|people|someone|officials|residents)\s+(?:also\s+)?(?:says?|said|report|reported)\s+(?:that\s+)?)?", re.IGNORECASE)
HEDGE_RE = re.compile(r"\b(?:perhaps|maybe|possibly|probably|likely|within|soon|next)\b", re.IGNORECASE)  # "Then Kabul, perhaps within 90 days."
NEXT_IN_RUN_RE = re.compile(r"\b(?:then|next|later|after\s+that|soon\s+after)\b|^\W*and\b", re.IGNORECASE)
FRAGMENT_CLAUSE_END_RE = re.compile(r",\s+(?:where|which|who|whose|when|while|and|but|despite|amid)\b|\s+[-\u2013\u2014]+\s+|[(;:\u2013\u2014]")
SPEAKER_TAIL_RE = re.compile(r",\s*(?:[\w'\u2019]+\s+){0,3}?(?:say|says|said|reported|reports|claim|claims|told\s+\w+|tells\s+\w+)\s*\W*$", re.IGNORECASE)
FINITE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|says?|said"
    r"|\w+ed|fell|falls?|went|goes|took|takes?|held|holds?|came|comes?|saw|sees?|got|gets?|left|lost|won|ran|runs?|remains?|stays?|looks?|seems?|tells?|told)\b",
    re.IGNORECASE)
CONTRAST_FRAGMENT_RE = re.compile(r"\b(?:quiet|calm|safe|secure|untouched|spared|next|intact|normal|peaceful|tense|still|not|never|no|yet|meanwhile|however|though|instead|only|except|unlike)\b", re.IGNORECASE)
FRAGMENT_END_RE = re.compile(r"[.!]['\"\u2019\u201d]?\s*$")
LEAD_MARK_RE = re.compile(r"\s*(?:[:/(]|[-\u2013\u2014]+\s)")
RELATIVE_PRONOUN_RE = re.compile(r"\s+(?:where|which|who|whose|when)\b")
# "Then Sheberghan on Saturday, despite a week of B-52 strikes": a strike in a circumstance is no predicate of the fragment
CIRCUMSTANCE_BEFORE_RE = re.compile(r",\s+(?:despite|amid|in\s+spite\s+of)\b[^,;:]*$", re.IGNORECASE)
CAPITALS_FELL_RE = re.compile(r"\bone\s+(?:city|capital|town|provincial\s+capital)\s+after\s+(?:another|the\s+other)\b|\b(?:city|capital)\s+after\s+(?:city|capital)\b|\b(?:capitals|cities|towns|provincial\s+(?:centres|centers))\s+(?:\w+\s+){0,3}?(?:fell|had\s+fallen|have\s+fallen|were\s+(?:taken|captured|lost|overrun|handed\s+over|surrendered)|went|had\s+gone)\b", re.IGNORECASE)
TRAVELLER_BEFORE_RE = re.compile(r"(?:\b(?:I|we|you|(?:my|our)\s+(?:convoy|car|bus|team|plane|flight|driver|group|family|colleagues?)|the\s+(?:convoy|car|bus|team|reporters?|journalists?|correspondents?|photographers?|delegation|aid\s+workers?|family|refugees?)))\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
MODAL_FRAME_RE = re.compile(r"\b(?:can|could|will|would|may)\s+(?!not\b)(?:\w+\s+)?(?:tell|say|confirm|report|assure|share|add)\b", re.IGNORECASE)
HOLDING_RE = re.compile(r"\b(?:hold|holds|held|holding|control|controlled|controlling|resist\w*|remain\w*|still)\b", re.IGNORECASE)
MAX_LINK_LINE_WORDS = 30  # a longer line under "Top stories" or "Related" is reporting, not a headline link
DOUBT_AFTER_RE = re.compile(r"\b(?:is|was|are|were|seems?|looks?|remains?)\s+(?:\w+\s+){0,2}?(?:unlikely|improbable|not\s+expected|not\s+imminent)\b|\bis\s+the\s+most\s+likely\b"
                            r"|\b(?:cannot|can\s*not|can['\u2019]t)\s+be\s+(?:ruled\s+out|excluded)\b|\b(?:is|are)\s+(?:assessed|judged|considered|deemed)\s+(?:as\s+|to\s+be\s+)?(?:less\s+|more\s+|highly\s+|increasingly\s+)?(?:likely|unlikely|possible|probable)\b", re.IGNORECASE)
STATE_PHRASE_RE = re.compile(r"\b(?:hands|control|(?:have|has|had)\s+held)$", re.IGNORECASE)
SINCE_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}?since\b", re.IGNORECASE)
# "Q: Do you have anything on the fighting in the Panjshir?": a question reports nothing
# "Herat: the western city was taken", "Maimana (Faryab): the city was surrendered": a heading place and what is said of it
HEADED_GAP_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[:\u2013\u2014-]\s*")
# a question, after a time stamp or a label ("4.30pm: READER QUESTION – "), and before who asked it ("– Aroha, Porirua")
QUESTION_RE = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s*[:\u2013\u2014-]?\s*)?(?:(?:[A-Z][\w.' -]{0,30}:|(?-i:[A-Z][A-Z.' ]{2,30})\s[\u2013\u2014])\s*[\"\u201c]?)?"
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|what|why|how|when|where|who|which|whose|isn['\u2019]t|aren['\u2019]t|doesn['\u2019]t|didn['\u2019]t)\b[^.!]*\?[\"'\u201d\u2019)\s]*(?:[\u2013\u2014]\s*(?-i:[A-Z])[\w'\u2019-]*(?:[\s,]+(?-i:[A-Z])[\w'\u2019-]*){0,4}\s*)?$", re.IGNORECASE)
LOCAL_MODIFIER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:police|governor|provincial|council|officials?|residents?|strongman|warlord|elders|(?:international\s+)?airport)\b", re.IGNORECASE)
OWN_SURROUNDINGS_RE = re.compile(r"\s+and\s+its\s+(?:\w+\s+)?(?:districts|areas|suburbs|outskirts|surroundings|environs|villages)\s+", re.IGNORECASE)
LIST_ITEM_CONTINUES_RE = re.compile(r"\s+(?!and\b|or\b)[a-z]")  # "Korean aircraft": the name starts a new phrase, not a list item
# "on flights operated by France, Finland and the United Kingdom": the countries that flew them
PASSIVE_CARRIED_RE = re.compile(r"\b(?:was|were|been|being|are|is)\s+(?:\w+ly\s+)?(?:flown|evacuated|airlifted|taken|carried|ferried|brought|deployed|sent|moved|rescued|lifted)\b", re.IGNORECASE)
MEMBERS_LEAD_RE = re.compile(r",\s+among\s+them\s+|\b(?:aboard|on|in)\s+(?:\w+\s+)?(?:aircraft|planes|flights|jets)\s+(?:of|operated\s+by|run\s+by|flown\s+by)\s+", re.IGNORECASE)
# "113 passengers, among them Americans and Britons": the people carried, not countries that acted
CARRIED_PEOPLE_BEFORE_RE = re.compile(r"\b(?:passengers|evacuees|people|nationals|citizens|civilians|foreigners|refugees|Afghans|travell?ers)(?:\s+(?:from|out\s+of)\s+[\w'\u2019-]+(?:[\s-][\w'\u2019-]+)?)?\s*$", re.IGNORECASE)
# "as he headed to Kabul", "the highway linking Kabul with the south": where someone went or a road's end, not the
# topic a later "the city" refers to
PASSING_MENTION_BEFORE_RE = re.compile(
    r"\b(?:(?:head(?:ed|ing)|fled|fleeing|escaped|(?:was|were|had\s+been)\s+flown)\s+(?:back\s+)?(?:in)?(?:to|towards?)"
    r"|bound\s+for|(?:highways?|roads?|routes?)\s+(?:\w+\s+)?(?:to|from)|linking|connecting"
    r"|(?:convoy|drove|driving|left|leaving|leave|flew|flying)\s+(?:[\w'\u2019]+\s+){0,5}?towards?|(?:drove|driven|driving)\s+(?:(?:north|south|east|west)\w*\s+)?(?:back\s+)?to)"
    r"\s+(?:(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or|with)\s+)(?:(?:in)?to\s+)?){0,3}(?:the\s+)?$", re.IGNORECASE)  # "... fled towards Kandahar or Kabul", "to Kabul and to Kandahar", "to Kabul, Kandahar and"
# "Speaking in Kabul, ...", "reached by phone in Kabul": where a speaker is, not the topic (but "officials in Herat said the
# city is secure" speak of their own city)
# An attack and who made it: "government forces attacked", "commandos tried to retake", "an army assault"
ATTACK_WORD_RE = re.compile(r"\b(?:(?P<retake>re-?take|retak(?:es|ing|en)|retook|recaptur(?:e|ed|es|ing)|regain(?:s|ed|ing)?|reclaim(?:s|ed|ing)?|w[oi]n\s+back)"
                            r"|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|offensive|storm(?:s|ed|ing)?)\b", re.IGNORECASE)
INSURGENT_WORD_RE = re.compile(r"\b(?:insurgents?|militants?|terrorists?|enemy)\b", re.IGNORECASE)
HOLDING_SIDE_ADJECTIVE_BEFORE_RE = re.compile(r"\b(?:army|government|commando|militia|police)[-\s]+$", re.IGNORECASE)
ATTACKER_GAP_RE = re.compile(r"(?:['\u2019]s?)?(?:,?\s+(?:\w+ly|have|has|had|then|also|on\s+\w+day|overnight|launched|mounted|staged|began|started|led|tried|attempted|sought|"
                             r"moved|managed|failed|to|a|an|the|its|their|new|fresh|major|large-scale|big|ground|night|fierce|heavy|counter-?offensive|"
                             r"counter-?attack|operation|bid|attempt|effort|push)){0,6},?\s+", re.IGNORECASE)
SPEAKING_IN_BEFORE_RE = re.compile(r"\b(?:speaking|reached(?:\s+by\s+(?:tele)?phone)?)\s+(?:in|from)\s+$", re.IGNORECASE)
# "weeks of fighting in and around Kandahar": the place fought over, named after the fighting
FIGHTING_PLACE_GAP_RE = re.compile(r"\s+(?:in(?:side)?|around|near|for(?:\s+control\s+of)?|over|outside|across|in\s+and\s+around|on\s+the\s+(?:outskirts?|edges?)\s+of)\s+"
                                   r"(?:the\s+)?(?:(?:city|town|province)\s+of\s+)?", re.IGNORECASE)
# "to avoid a siege", "sparing residents a month of fighting", "bracing for a siege": fighting that did not happen
AVERTED_BEFORE_RE = re.compile(r"\b(?:avoid(?:ed|ing|s)?|avert(?:ed|ing|s)?|spar(?:e|es|ed|ing)|fear(?:ed|ing|s)?|expect(?:ed|ing|s)?|brac(?:e|ed|es|ing)\s+(?:themselves\s+)?for|prevent(?:ed|ing|s)?|without)\s+(?:(?:the\s+)?(?:city|town|residents|people|it|them|its\s+people)\s+)?$", re.IGNORECASE)
SENT_FROM_BEFORE_RE = re.compile(r"\b(?:arriv\w+|came|flown|flew|sent|brought|dispatched|reinforcements?)\s+(?:\w+\s+){0,2}?from\s+$", re.IGNORECASE)
AND_JOINT_RE = re.compile(r",?\s+and\s+")
_AIRCRAFT = r"(?:[A-Z]-\d{1,2}s?|aircraft|jets|warplanes|planes|bombers|drones|helicopters|gunships)"  # "A-29s", "B-52s", "jets"
AIRCRAFT_AFTER_RE = re.compile(r"\s*" + _AIRCRAFT + r"?\s+(?:struck|bombed|hit|pounded|targeted|strafed|carried\s+out|conducted)\b", re.IGNORECASE)
NO_BEFORE_CAPITALS_RE = re.compile(r"\bno\s+(?:more\s+|other\s+|further\s+)?(?:provincial\s+)?(?:capitals|cities|towns)\b", re.IGNORECASE)
# Between a denial and a hold: the hold is said on its own ("rejected reports of its fall, saying / and said / and assures
# the people that the city is under full control"), not denied ("denied that government forces still hold Kunduz")
SAYING_BREAK_RE = re.compile(r",\s*(?:saying|adding|insisting)\b|,?\s+and\s+|[\"\u201c;]")
NEGATIVE_SUBJECT_RE = re.compile(r"\b(?:nobody|no\s+one|none|neither)\b", re.IGNORECASE)
CASUALTY_BEFORE_RE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\b", re.IGNORECASE)
# "took Kunduz on Sunday and Herat remained in government hands": a listed place that is a verb's subject or object
# "took Zaranj and Kabul sent reinforcements": a place that starts a clause of its own, not the verb's next object
NEW_CLAUSE_VERB_AFTER_RE = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|remains?|remained|looks?|seems?|appears?"
                                      r"|sent|vowed|said|says|responded|reacted|rushed|ordered|promised|pledged|denied|warned|announced|insisted|braced|prepared|waited)\b)",
                                      re.IGNORECASE)
OF_END_RE = re.compile(r"\bof\s*$", re.IGNORECASE)
RELATIVE_VERB_BEFORE_RE = re.compile(r"\b(?:who|which|that)(?:\s+[\w'\u2019-]+){1,3}\s*$", re.IGNORECASE)
SUBJECT_VERB_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:city\s+|province\s+)?(?:still\s+|also\s+|too\s+)?")
VERB_OBJECT_GAP_RE = re.compile(r"\s*(?:the\s+)?(?:city\s+of\s+|province\s+of\s+)?")
# "Atta told reporters the city was under full control": a speaker named by name (not "Residents told AFP")
TOLD_RE = re.compile(r"\b(?!(?:Residents?|Witnesses|People|Locals?|Villagers|Shopkeepers?|Traders?|Refugees|Sources?|Reports?|Media|Fighters|Travell?ers|Drivers?)\b)"
                     r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:told|tells|insisted|insists|assured|declared|said|says)\b")
REASSURANCE_RE = re.compile(r"\b(?:(?:there\s+is\s+)?no\s+need\s+to|do\s+not|don['\u2019]t|(?:there\s+is\s+)?nothing\s+to)\s+(?:worry|panic|fear|be\s+(?:afraid|alarmed|concerned))\b[^,;]{0,30}[,;]", re.IGNORECASE)
# "In Panjshir, the one province the Taliban have not entered, the governor's office ...": the description's own
# negation, which says the place is not taken, not that the news after it is untrue
ONLY_PLACE_APPOSITIVE_RE = re.compile(r"(?:,|\s[\u2013\u2014])\s+the\s+(?:one|only|last)\s+(?:\w+\s+)?(?:province|city|valley|capital|town|region|place)\b[^,;\u2013\u2014]{0,80}(?:,|\s[\u2013\u2014])", re.IGNORECASE)
# "It was not until the evening of 12 August that the city changed hands": a late time, not a denial
NOT_UNTIL_CLEFT_RE = re.compile(r"\bit\s+(?:was|is)\s+not\s+until\b(?=[^.;]{1,80}?\bthat\b)", re.IGNORECASE)
DAYPART_AFTER_RE = re.compile(r"\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)
TIME_BEFORE_NOMINAL_RE = re.compile(r"\b(?:days|weeks|hours|months|shortly|just|long|(?:a|one|two|three|four|five|several|a\s+few)\s+(?:days?|weeks?|hours?|months?))\s+before\s+$", re.IGNORECASE)
INFINITIVE_EVACUATE_RE = re.compile(r"evacuate\b", re.IGNORECASE)
SENT_TO_BEFORE_RE = re.compile(r"\b(?:sent|sends|sending|dispatched|dispatches|dispatching|despatched|deployed|deploys|deploying)\b"
                               r"(?:(?!\b(?:and\s+(?:it|they|he|she|then)|which|who|managed|able|but)\b)[^.;]){0,80}?\bto\s+$", re.IGNORECASE)
# a calendar date led by its weekday: "Monday 9 August", "late on Sunday, August 8", "last Sunday, August 8"
WEEKDAY_LEAD_RE = re.compile(r"(?:(?:last|this|past)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?" + WEEKDAY_NAME + r"\b", re.IGNORECASE)
WEEKDAY_BEFORE_RE = re.compile(r"\b" + WEEKDAY_NAME + r",?\s+(?:the\s+)?$")
DASH_BOUNDARY_RE = re.compile(r"\s[\u2013\u2014]\s")
# a name, a description or a list between two dashes ("– Kunduz, Sar-e Pul and Taloqan –"), not a clause ("— which came under ... —")
DASH_ASIDE_BODY_RE = re.compile(r"\s*(?:[A-Z]|(?:the|a|an|its|their|both|all|two|three|four|five|six|seven)\s)[^,;:.\u2013\u2014]{1,60}(?:,\s+[^,;:.\u2013\u2014]{2,40}){0,6}")
DASH_APPOSITIVE_RE = re.compile(r"\s[\u2013\u2014]\s+(?:(?:the|a|an|its|their|both|one\s+of|capital\s+of|home\s+to)\s[^,;:.\u2013\u2014]{2,80})\s[\u2013\u2014]\s")
DASH_PARTICIPLE_APPOSITIVE_RE = re.compile(r"\s[\u2013\u2014]\s+(?=" + PARTICIPLE_APPOSITIVE_START_RE.pattern + r")[^,;:.\u2013\u2014]{2,80}\s[\u2013\u2014]\s", re.IGNORECASE)
DASH_PAIR_ASIDE_RE = re.compile(r"\s[\u2013\u2014]\s+[^;:.\u2013\u2014]{2,160}?\s[\u2013\u2014]\s")
SINCE_END_RE = re.compile(r"\bsince$", re.IGNORECASE)
HOLDING_ON_RE = re.compile(r"(?:held|holding|hung|hanging|managed|able)\b", re.IGNORECASE)
OWN_BORDER_RE = re.compile(r"\b(?:along|on|to|at)\s+(?:the|its|their)\s+(?:(?:own\s+)?side\s+of\s+the\s+)?(?:\w+\s+)?(?:border|frontier)(?:\s+(?:fence|areas?|regions?|crossings?|posts?))?\b", re.IGNORECASE)
MEMBERS_OF_BEFORE_RE = re.compile(r"\b(?:elements|soldiers|troops|units|remnants|members|officers|commanders|men|the\s+rest)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
EXAMPLE_IMPERATIVE_RE = re.compile(r"\W*(?:take|look\s+at|consider)\b(?!\s+(?:over|control|back)\b)", re.IGNORECASE)
PART_ABANDONED_BEFORE_RE = re.compile(r"\b(?:positions|posts|checkpoints|check\s+posts|outposts|bases|districts|villages|trenches|lines)\s+(?:had|have|has|were|are)\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
CIVILIAN_SUBJECT_BEFORE_RE = re.compile(r"\b(?:crowds?|civilians|residents|passengers|protesters|demonstrators|families|looters|people|shopkeepers|shop\s+owners|owners|traders|merchants|businesses|shops|vendors|farmers|students|journalists|aid\s+workers|doctors|patients)\s+(?:\w+\s+)?$", re.IGNORECASE)
BETWEEN_MEMBER_BEFORE_RE = re.compile(r"\bbetween\s+(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+and\s+)?$")
ROUTE_NAME_AFTER_RE = re.compile(r"(?:\s*[-\u2013]\s*[A-Z][\w'\u2019-]*)?\s+(?:highway|road|motorway)\b", re.IGNORECASE)
BRIEFLY_RE = re.compile(r"\bbriefly\b", re.IGNORECASE)  # "was briefly entered": not for long
AIRCRAFT_AND_RE = re.compile(r"\s+(?:air\s+force\s+)?" + _AIRCRAFT + r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
# ", a spokesman in Beijing said on Tuesday,": who said it, set between a subject and its verb
SPEECH_TAG_RE = re.compile(r",\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'\u2019.-]+\s+){0,5}?(?:said|says|told\s+(?:[\w.-]+\s+){0,2}?[\w.-]+|confirmed|announced)"
                           r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|last\s+night|this\s+(?:morning|afternoon|evening|week)))?,")
CAPITALISED_RE = re.compile(r"[A-Z]")
# "held out on Wednesday in Herat", "was reported late on Thursday in Lashkar Gah": a time between a verb and its place
TIME_IN_GAP_RE = re.compile(r"\b(?:(?:late|early)\s+)?(?:on\s+)?" + WEEKDAY_NAME + r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:in|at|inside|around|near|outside)\s)"
                            r"|\b(?:overnight|yesterday|last\s+night|this\s+(?:morning|week))(?=\s+(?:in|at|inside|around|near|outside)\s)", re.IGNORECASE)
# "evacuated more than 122,000 people": people flown out (not "evacuated Kabul", "evacuated their base")
EVACUEES_AFTER_RE = re.compile(r"\s+(?:(?:more\s+than|about|some|nearly|over|almost|around)\s+)?(?:[\d,]+|(?:\w+\s+){0,2}?(?:people|civilians|nationals|citizens|evacuees|Afghans|staff|diplomats))\b", re.IGNORECASE)
# what comes between a verb and "over two decades" told of something else: a comma, or a relative clause
DECADES_APART_RE = re.compile(r"[,;:]|\b(?:who|which|that|whose)\b", re.IGNORECASE)
# ("The Taliban, over two decades, attacked ...": the phrase as a bare aside, between a comma and this end)
DECADES_ASIDE_END_RE = re.compile(r"(?:\s+of\s+war)?\s*,", re.IGNORECASE)
# "the western city which fell to the Taliban on August 12": a day named in a describing relative tells an event of now
DAY_NAMED_RE = re.compile(r"\bon\s+(?:" + WEEKDAY_NAME + r"|\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b", re.IGNORECASE)
WEEKDAY_WORD_RE = re.compile(r"\b" + WEEKDAY_NAME + r"\b")
DESCRIPTION_START_RE = re.compile(r"\s*(?:the|a|an|its|their|one|home|capital)\b", re.IGNORECASE)
ADJECTIVE_AND_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")  # "Afghan and |American planes"
AIRCRAFT_NOUN_AFTER_RE = re.compile(r"\s+(aircraft|planes|jets|warplanes|helicopters)\b")
LINE_DATE_MARK_RE = re.compile(r"\s*[-:\u2013\u2014]")  # "Aug 13 - ", "August 13: " leading a timeline line
HOLDOUT_SITE_BEFORE_RE = re.compile(r"\b(?:withdr[ae]wn?|withdrawing|retreat(?:ed|ing)?|f[ae]ll(?:en)?\s+back|pulled\s+back|regrouped)\s+(?:in)?to\s+(?:the|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:base|airport|airfield|headquarters|compound|barracks|garrison)\b", re.IGNORECASE)
CLAIM_APPOSITION_RE = re.compile(r",\s+(?:a|the)\s+claim\b", re.IGNORECASE)  # "..., a claim the NRF has denied"
# a clause of time, whose event is taken as given: "Since the Taliban entered Kabul", "after the city was taken"
_TIME_SUBORDINATOR = r"(?:ever\s+since|since|after|once|when)"
PAST_TIME_CLAUSE_BEFORE_RE = re.compile(rf"\b{_TIME_SUBORDINATOR}\s+$", re.IGNORECASE)  # "after |the city was taken"
# "after the Taliban |seized Kabul", "since the city |came under Taliban rule": a fact that dates the main clause
SINCE_SUBJECT_BEFORE_RE = re.compile(r"\b(?:(?P<since>(?:ever\s+)?since)|after)\s+(?:(?:the|its|their)\s+)?(?:[\w'\u2019-]+\s+){1,2}$", re.IGNORECASE)
SIMPLE_PAST_START_RE = re.compile(r"(?:\w+ed|came|fell|took|went|overran|swept|rode|drove|marched)\b", re.IGNORECASE)
PAST_VERB_START_RE = re.compile(r"(?:was|were|had|has|have|fell|took)\b", re.IGNORECASE)
PASSENGER_VERB_RE = re.compile(r"(?:flown|taken|got|left|(?:was|were|been)\s+evacuated)\b", re.IGNORECASE)  # the passengers' verb, not the flier's
CLAUSE_PUNCTUATION_RE = re.compile(r"[,;:.]")  # "on Friday, the Italian aircraft": not the aircraft left on
# "had left on a French military flight", "boarded a U.S. Air Force C-17": the aircraft named next is whose airlift it was
ABOARD_AFTER_RE = re.compile(r"(?:\s+(?!and\b|but\b|on\b|aboard\b)[^\s.;,]+){0,6}?\s+(?:on|aboard)(?:\s+(?:an?|the))?", re.IGNORECASE)  # "flown out of Kabul on Sunday| on a"
ABOARD_END_RE = re.compile(r"\b(?:on|aboard|in|boarded)(?:\s+(?:an?|the))?$", re.IGNORECASE)
# "The last German soldiers in Mazar left aboard an A400M", "Gen. Scott Miller left aboard a C-17": a withdrawal, not an airlift
MILITARY_PASSENGER_RE = re.compile(r"\b(?:troops|soldiers|forces|marines|paratroopers|contingent|commanders?|general|Gen\.|personnel|servicemen|service\s+members)\b", re.IGNORECASE)
AIRCRAFT_NOUN_RE = re.compile(r"\b(?:flights?|planes?|aircraft|jets?|airlifters?|transport|C-17s?|C-130\w*|A400Ms?|Globemaster|Hercules)\b", re.IGNORECASE)
LEFT_FROM_BEFORE_RE = re.compile(r"\b(?:left|departed)\s+$", re.IGNORECASE)  # "left Islamabad on a Canadian military flight"
# "... aboard a Qatari air force plane bound for Kandahar": a flight into the country
INBOUND_AFTER_RE = re.compile(r"\s+(?:\S+\s+){0,3}?(?:bound\s+for|(?:flying|headed|heading)\s+(?:in)?to)\b", re.IGNORECASE)
# "kept their embassies open, and the Turks and Qataris theirs": more owners of the same predicate, the verb left out
AND_THEN_OWNERS_RE = re.compile(r"[\s,]+(?:and|while)\s+(?:the\s+)?(?=[A-Z])")
THEIRS_AFTER_RE = re.compile(r"\s+(?:theirs|its|their\s+own)\s*(?:[.;,]|$)")
# a subordinate clause of time before the main one, whose own subject does the main verb
LEADING_TEMPORAL_CLAUSE_RE = re.compile(r"\W*(?:when|once|while|as\s+soon\s+as|by\s+the\s+time)\b[^,;]{3,200},\s*", re.IGNORECASE)
NOUN_SUBJECT_RE = re.compile(r"(?!(?:it|they|he|she|we|its|their|his|her|our|the\s+(?:country|government|embassy|ministry))\b)(?:the\s+|most\s+|many\s+|some\s+|other\s+)*[a-z]+\b", re.IGNORECASE)
# a sentence led by a participle phrase: "Having taken Ghazni", "Closing its doors" (not "During ..." or "According to ...")
PARTICIPLE_LEAD_RE = re.compile(r"\W*(?:[Hh]aving\s+\w+|(?!During\b|According\b|Including\b|Following\b|Excluding\b|Regarding\b|Concerning\b)[A-Z][a-z]+ing)\b[^,;:]*")
LIST_HEADING_BEFORE_RE = re.compile(r"[^\n]*:[ \t]*\n\s*$")  # the line just before a list, ending in a colon
BARE_WEEKDAY_LEAD_RE = re.compile(rf"\W*(?P<weekday>{WEEKDAY_NAME})\s*:", re.IGNORECASE)
AFTER_ADJUNCT_RE = re.compile(r",\s*after\s+[^,;]*", re.IGNORECASE)  # "Faizabad, after a night of fighting on its edge": what came before
NOBODY_RE = re.compile(r"\b(?:nobody|no\s+one)\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+)?(?:said|says|announced|confirmed|suggested|claimed|decided|knows|knew)\b|\b(?:nobody|no\s+one)\s+(?:\S+\s+){0,3}$|\bno\s+(?:current\s+|immediate\s+)?(?:plans?|intention|decision)\W{0,2}\s+(?:yet\s+)?to\s+\S*$", re.IGNORECASE)  # "nobody has said yet that the embassies will close"
# "called for the closure of the embassy", "denied reports of the closure of its consulate": not done
CALLED_FOR_BEFORE_RE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|den(?:y|ies|ied|ying)\s+(?:reports?|claims?)\s+of)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
PERFECT_BEFORE_RE = re.compile(r"\bhad\s+(?:been\s+)?\w+\s+(?:\w+\s+)?$", re.IGNORECASE)  # "Kandahar had fallen overnight": the night before
# a clause of time whose event the sentence takes as given: "Since the Taliban entered Kabul on 15 August, rumours ...",
# "no evidence of strikes on Kandahar after the Taliban took the city"
PRESUPPOSED_LEAD_RE = re.compile(rf"\W*{_TIME_SUBORDINATOR}\s+[^,;]{{3,200}},\s*", re.IGNORECASE)
PRESUPPOSED_TAIL_RE = re.compile(rf"\b{_TIME_SUBORDINATOR}\s+(?:\S+\s+){{0,4}}?$", re.IGNORECASE)
REPORTED_BETWEEN_RE = re.compile(r"\b(?:that|reports?|reported|claims?|claimed|said|says|tweet(?:s|ed)?|announced|posted|statement)\b", re.IGNORECASE)
SUBJECT_ONLY_GAP_RE = re.compile(r",?\s+(?:the\s+)?\S+(?:\s+(?:fighters|militants|forces))?\s+")  # ", the Taliban ": a subject and nothing else
# "there are no plans for its evacuation", "no need for an evacuation": none planned
NO_PLANS_BEFORE_RE = re.compile(r"\bno\s+(?:immediate\s+|current\s+|such\s+)?(?:plans?|intention|decision|need|question)\s+(?:yet\s+)?(?:for|of|to)\s+(?:an?\s+|the\s+|its\s+|their\s+|any\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# a new reported clause: 'told the Standard this was "not true" and that the city was still with the security forces'
REPORT_BREAK_RE = re.compile(r"\band\s+(?:(?:said|says|added|insisted|stressed)\s+)?that\b|,\s*(?:saying|adding|insisting)\b", re.IGNORECASE)
# the entrants driven out again, later in the sentence (their own verb, after "and") or at the start of the next:
# "... broke into the city on 7 July, freed prisoners and were driven out within a day"; "They were driven out the
# following day." (not "government troops were driven out of the police headquarters", "driven out ... in 2001")
PASSIVE_REVERSAL_RE = re.compile(r"(?:(?:,\s*|\s)and\s+|;\s*(?:[^;,]{0,30}?\s)?they\s+)(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+|then\s+|soon\s+)?(?:driven|pushed|forced|beaten|thrown)\s+(?:back\s+)?out\b", re.IGNORECASE)
ENTRANTS_DRIVEN_OUT_START_RE = re.compile(r"\W*(?P<subject>they|the\s+(?:insurgents|militants|fighters|attackers)|(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+fighters)?)\s+(?:were|was|had\s+been)\s+(?:\w+ly\s+|then\s+|soon\s+)?(?:driven|pushed|forced|beaten|thrown)\s+(?:back\s+)?out\b", re.IGNORECASE)
# after "driven out": of somewhere (checked against the place's own names), or at another time, in the same clause
OUT_OF_RE = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:city|town|it\b|provincial\s+capital))(?:the\s+)?", re.IGNORECASE)
ANOTHER_TIME_RE = re.compile(r"(?:\s+\S+){0,3}?\s+(?:earlier|previously)\b|[^.;]{0,80}?\b(?:19\d\d|20[01]\d|ago|last\s+(?:year|month))\b", re.IGNORECASE)
# "Comparisons with 1996 are tempting – the Taliban took Jalalabad in September of that year": the year named before
THAT_YEAR_RE = re.compile(r"[^;.\u2013\u2014]{0,60}?\b(?:(?:of|in|later|earlier)\s+that\s+year\b|that\s+(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December)|spring|summer|autumn|winter)\b)", re.IGNORECASE)
YEAR_RE = re.compile(r"(?:(?<=\bwith\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\band\s))(?:19[5-9]\d|20[0-2]\d)\b")  # "Comparisons with 1996"
LIST_ITEM_LEAD_RE = re.compile(r"\s*(?:(?:and|or)\s+)?")  # "; and Taloqan, the capital of Takhar"
# an item of a list that says something else of its place: "...; Lashkar Gah, however, remained in government hands"
CONTRAST_WORD_RE = re.compile(r"\b(?:however|but|whereas|although|though|while|meanwhile|(?:by|in)\s+contrast|(?:is|are|was|were)\s+still|remain(?:s|ed)?|held|holds|holding|resist(?:s|ed|ing)|defended|repelled)\b", re.IGNORECASE)
# a role of the side that takes territory: "the Taliban's shadow governor said", "a Taliban commander said"
SIDE_ROLE_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:\w+\s+)?(?:governor|commander|spokesm[ae]n|spokesperson|official|officials|leader|leadership)(?:,\s*[^,]{1,40},)?\s+(?:\w+\s+){0,2}?(?:said|says|told|stated|announced|claimed)\b", re.IGNORECASE)
NOT_SPEAKER_BEFORE_RE = re.compile(r"\b(?:by|to|from|of|against|with|at)\s+(?:a|an|the)?\s*$", re.IGNORECASE)
# a negation that denies what was said before, not what follows: 'this was "not true" and that the city ...'
NEGATED_CLAIM_RE = re.compile(r"\b(?:this|that|it|the\s+(?:reports?|claims?))\s+(?:was|is|were|are)\s+[\"\u201c]?(?:not\s+true|untrue|false|wrong|incorrect|baseless)", re.IGNORECASE)
# an embassy as the employer of the subject: "interpreters who worked for the US embassy in Kabul continue to work"
EMPLOYED_BY_BEFORE_RE = re.compile(r"\b(?:worked|working|works|hired|employed|contracted|paid)\s+(?:for|by)\s+(?:the\s+)?(?:\S+\s+){0,2}$", re.IGNORECASE)
# a strike told as conducted or launched: its subject is the striker
STRIKE_DELIVERY_RE = re.compile(r"(?:conduct|carr|deliver|launch)", re.IGNORECASE)
# what else could be "theirs" in a sentence: "Most shops closed, but the Chinese kept theirs open"
OTHER_OWNED_RE = re.compile(r"\b(?:shops|stores|businesses|schools|offices|markets|banks|restaurants|borders|crossings|homes|houses|doors|gates|airspace|airports)\b", re.IGNORECASE)
VALLEY_AFTER_RE = re.compile(r"\s+[Vv]alley\b")  # "the Panjshir valley"
PROVINCE_WORD_AFTER_RE = re.compile(r"\s+(?:[Vv]alley|[Pp]rovince)\b")  # "In the Panjshir valley,", "In Helmand province,"
CONTINUE_TO_WORK_RE = re.compile(r"\bcontinu(?:e|es|ed)\s+to\s+(?:work|operate)\b", re.IGNORECASE)
VALLEY_NAME_RE = re.compile(r"\b(?!(?:The|This|That|A|An|Its|Their|Our|Whole|Entire)\s)(?-i:[A-Z])[\w'\u2019-]+\s+[Vv]alley\b")  # "the Andarab valley": a valley that is no province
LANDMARK_NOUN_AFTER_RE = re.compile(r"\s+(?:border|frontier|side\s+of\s+the\s+border|embassy|consulate)\b", re.IGNORECASE)  # a nationality naming a place
# "Ghazni families", "Kunduz residents": a place naming whose people they are
PEOPLE_AFTER_RE = re.compile(r"\s+(?:families|residents|people|natives|refugees|evacuees|elders|students|traders|shopkeepers)\b|-based\b", re.IGNORECASE)
# a siege told as over, right before it: "..., ending a siege of more than two weeks"
SIEGE_ENDED_BEFORE_RE = re.compile(r"\b(?:ending|ended|end\s+to|after|following)\s+$", re.IGNORECASE)
# fighting placed at a holdout outside the city: "fighting continued around the airport, where government forces held out"
AROUND_HOLDOUT_AFTER_RE = re.compile(r"\s+(?:\w+\s+)?(?:around|at|near|for)\s+the\s+(?:city['\u2019]s\s+)?(?:airport|airfield|army\s+base|corps\s+(?:base|headquarters))\b(?![^.;]{0,30}?\b(?:and|as\s+well\s+as)\s+(?:in|inside|around|near|at)\s+(?:the\s+|several\s+|some\s+)?(?:city|town|centre|center|streets|bazaar|neighbou?rhoods?|parts)\b)", re.IGNORECASE)
# whose control a trigger names, held by the speaker's side when an official speaks: "under their control", "in its hands"
THEIR_CONTROL_RE = re.compile(r"\b(?:their|its)\s+(?:control|hands)\b", re.IGNORECASE)
# the speaker's own side, inside a control trigger: "in our hands", "under our control"
OUR_IN_TRIGGER_RE = re.compile(r"\bours?\b", re.IGNORECASE)
QUOTE_CLOSE_RE = re.compile(r"[\"\u201d]")  # the end of the quote a speaker is named after
# a clause fronted by a named place: "In Spin Boldak, ..."
# "Meanwhile, in the southern city of Lashkar Gah,", "In Kandahar city,": where the sentence is set
FRONTED_CITY_RE = re.compile(r"\W*(?:[\w\s'\u2019-]{0,30},\s*)?(?:in|at|inside)\s+(?:nearby\s+|neighbou?ring\s+)?(?:the\s+(?:[\w-]+\s+)?(?:city|town|provincial\s+capital)\s+of\s+|the\s+(?=[\w'\u2019-]+\s+[Vv]alley\b))?"
                             r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?:\s+(?:city|[Vv]alley|province))?\s*,"
                             r"(?:\s*(?:the\s+)?(?:provincial\s+)?capital\s+of\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+){1,2}province\s*,)?", re.IGNORECASE)  # "In nearby Lashkar Gah, capital of Helmand province,"
# what was fought over inside a city: "in PD-6 and PD-7 areas", "the gates of the governor's compound"
CITY_PART_OBJECT_RE = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:PDs?[-\s]?\d+|police\s+districts?|neighbou?rhoods?|suburbs|outskirts|edges?|gates?|prison|jail"
                                 r"|governor['\u2019]s\s+(?:compound|office|house)|police\s+headquarters|city\s+cent(?:re|er)|bazaar|(?:(?-i:[A-Z])[\w-]+\s+)?(?:government|army|security|resistance|police|military|national)\s+(?:forces['\u2019]?\s+)?(?:positions|front\s?lines?|defen[cs]es)\b(?!\s+(?:in|near|around|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:districts?|villages?)\b))\b", re.IGNORECASE)
# "Farah fell to the Taliban after the militants attacked the governor's compound": the attack that ended in the fall told before
AFTER_SUBJECT_GAP_RE = re.compile(r"[^;:.]{0,120}?\bafter\s+(?:(?:the|their|its)\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# "denied rumours that it had fallen": a denial of a fall, not of fighting told before it
DENIED_FALL_RE = re.compile(r"[^.;:]{0,60}?\b(?:had|has|have)\s+(?:already\s+)?(?:fallen|been\s+(?:captured|taken|seized|overrun|lost))\b", re.IGNORECASE)
# "clashed near Gulbahar, at the mouth of the Panjshir valley": a spot the gazetteer does not know, placed at the edge of one it does
AT_THE_MOUTH_GAP_RE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:near|in|at|around)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:area|district|village))?,?\s+"
                                 r"(?:at|near|on)\s+the\s+(?:mouth|entrances?|approaches|edges?|outskirts|gates?)\s+(?:of|to)\s+(?:the\s+)?", re.IGNORECASE)
# "attacked government positions in Kunduz", "pushed back attacks on army positions around Lashkar Gah": where the fighting was
POSITIONS_IN_GAP_RE = re.compile(r"\s*(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:government|army|security|resistance|police|military|national|their|its)\s+(?:forces['\u2019]?\s+|security\s+)?(?:positions|front\s?lines?|defen[cs]es|forces|troops|soldiers|units|checkpoints)\s+(?:in|inside|around|outside|on\s+the\s+(?:outskirts|edges?)\s+of)\s+(?:the\s+)?", re.IGNORECASE)
FRONTED_NAME_RE = re.compile(r"\s*(?:In|At|Near|Around|Inside)\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s*,")
# fighting told as going on: "clashes raged in", "fighting continued in"
ONGOING_VERB_RE = re.compile(r"\b(?:rag(?:ed|es|ing)|continu(?:ed|es|ing)|ongoing|going\s+on|erupted|intensified)\b", re.IGNORECASE)
# a past participle aside after a fronted place: "In Kunduz, lost on Sunday, the last soldiers gave up"
PARTICIPLE_FALL_RE = re.compile(r"(?<=,\s)(?:lost|taken|captured|seized|overrun)\b(?!\s+(?:by\s+)?(?:surprise|panic|fear|anxiety|doubt|grief|the\s+(?:idea|urge|thought|need|desire))\b)")  # ("In Herat, taken by the Taliban a week ago, ...")
FRONTED_PLACE_COMMA_RE = re.compile(r"\s*(?:In|At)\s+(?-i:[A-Z])[\w'\u2019-]+(?:[\s-](?-i:[A-Z])[\w'\u2019-]+)?,\s")
POSSESSIVE_S_RE = re.compile(r"['\u2019]s\b")
# the owner named right before a description: "Iran's third largest city", "Tajikistan's largest city in the north"
OWNER_BEFORE_RE = re.compile(r"\b((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)['\u2019]s\s+$")
# an absolute "with" before a place whose state follows at once: "With the Afghan capital in Taliban hands since Sunday"
WITH_ABSOLUTE_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
ABSOLUTE_GAP_RE = re.compile(r"\s+(?:(?:now|already|firmly|still|fully)\s+)?")
# a service over before the period told: "served at Kabul airport until the spring"
UNTIL_BEFORE_PERIOD_RE = re.compile(r"\buntil\s+(?:the\s+|last\s+|this\s+|early\s+)?(?:spring|winter|(?:January|February|March|April|May)\b|(?:19\d\d|20[01]\d|2020)\b)", re.IGNORECASE)
# a carrier named only by whose it is: "Its national airline flew two charter flights"
ITS_CARRIER_START_RE = re.compile(r"\s*(?:its|their)\s+(?:national\s+|state\s+|flag\s+)?(?:airline|carrier|air\s+force)\b", re.IGNORECASE)
# a status before the noun, not the act: "people who qualify for evacuation"
ELIGIBLE_FOR_BEFORE_RE = re.compile(r"\b(?:qualify|qualified|qualifies|eligible|applied|apply|applying|registered|register)\s+for\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# an envoy named only by whose he is: "Its ambassador met Taliban representatives"
ITS_ENVOY_BEFORE_RE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:ambassador|envoy|charg[e\u00e9]\s+d['\u2019]affaires|diplomats?|representatives?|foreign\s+minister)\b", re.IGNORECASE)
THE_ONLY_RE = re.compile(r"(?:the\s+)?")  # nothing but an article
