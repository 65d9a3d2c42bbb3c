"""A SYNTHETIC corpus for speed benchmarks: articles of about 5 KB built from the gazetteer.

Every article is machine-made from templates (varied phrasing, spellings and relative dates)
and says so in its title, outlet and first line. They are for measuring speed, not accuracy.

    python bench/synthetic_corpus.py OUT_DIR N     # write N articles and a manifest.csv
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from geo.articles import Article
from geo.gazetteer import load_theatre_gazetteer
from geo.theatre import load_theatre

TARGET_CHARS = 5000
WHEN = ["on Friday", "early Saturday", "late on Thursday", "overnight", "yesterday", "at the weekend", "earlier this week",
        "on Aug. {d}", "on August {d}", "{d} August", "two days ago", "last night", "on Monday", "this morning", ""]
EVENT_TEMPLATES = [
    "Taliban fighters captured {capital} {when}, officials said.",
    "{capital}, the capital of {province} province, fell to the Taliban {when}.",
    "The insurgents took control of {capital} {when} after days of fighting.",
    "{capital} was seized by the militants {when}, a local council member told reporters.",
    "A Taliban spokesman said the group had taken {capital} {when}, a claim officials did not confirm.",
    "Heavy fighting raged on the outskirts of {capital} {when}.",
    "The Taliban besieged {capital} {when} as government forces dug in.",
    "Government forces repelled an attack on {capital} {when}, the defence ministry said.",
    "{capital} remains in government hands, the governor said {when}.",
    "Afghan forces recaptured {capital} {when} after a counter-offensive.",
    "Officials denied reports that {capital} had fallen.",
    "Analysts warned that {capital} could fall within weeks.",
    "The Taliban first captured {capital} in 1996, during their previous rule.",
    "The militants seized a border crossing in {province} province {when}.",
    "The United States is sending 3,000 troops to {capital} airport {when}.",
    "Britain will deploy 600 soldiers to Afghanistan to help evacuate its nationals.",
    "Germany closed its embassy in Kabul {when} and moved staff to the airport.",
    "Afghan Air Force jets bombed Taliban positions in {capital} {when}.",
    "Evacuation flights left {capital} {when} carrying hundreds of foreign nationals.",
]
FILLER = [
    "Residents described long queues at bakeries and banks as prices rose sharply.",
    "Aid agencies said tens of thousands of people had been displaced by the violence in recent weeks.",
    "The United Nations called for an immediate ceasefire and for civilians to be protected.",
    "Talks between the two sides have made little progress, diplomats said.",
    "Photo: A family waits beside a road leading out of the city. (Synthetic caption)",
    "Sign up to our newsletter for daily updates.",
    "The conflict has displaced hundreds of thousands of people since the spring, according to aid groups.",
    "Some shops reopened in the afternoon, but most streets remained empty.",
]


def _render(template: str, rng: random.Random, capitals, published: date) -> str:
    place = rng.choice(capitals)
    when = rng.choice(WHEN).format(d=rng.randint(1, max(1, min(28, published.day))))
    return template.format(capital=rng.choice(place.aliases), province=place.province, when=when).replace("  ", " ").replace(" ,", ",").replace(" .", ".")


def generate(n: int, seed: int = 2021) -> Iterator[Article]:
    """Yield n synthetic articles of about TARGET_CHARS characters each."""
    theatre = load_theatre()
    capitals = [p for p in load_theatre_gazetteer(theatre).places if p.kind == "capital"]
    rng = random.Random(seed)
    for i in range(n):
        published = date(2021, 8, 1) + timedelta(days=rng.randint(0, 20))
        paragraphs = [f"SYNTHETIC ARTICLE {i} for benchmarks, generated from templates; not reporting."]
        size = len(paragraphs[0])
        while size < TARGET_CHARS:
            sentences = [_render(rng.choice(EVENT_TEMPLATES), rng, capitals, published) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.5:
                sentences.append(rng.choice(FILLER))
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        yield Article(f"synthetic_{i:06d}.txt", "\n\n".join(paragraphs), published, f"Synthetic article {i}", "SYNTHETIC (benchmark)", "")


def write(folder: Path, n: int, seed: int = 2021) -> None:
    """Write n synthetic articles and their manifest.csv to folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "title", "outlet", "published", "url"])
        for article in generate(n, seed):
            (folder / article.file).write_text(article.text, encoding="utf-8")
            writer.writerow([article.file, article.title, article.outlet, article.published.isoformat(), ""])


if __name__ == "__main__":
    write(Path(sys.argv[1]), int(sys.argv[2]))
