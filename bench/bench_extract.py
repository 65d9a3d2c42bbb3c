"""Extraction throughput on a SYNTHETIC corpus (bench/synthetic_corpus.py), one process = one core. Run by hand:

    .venv/bin/python bench/bench_extract.py [--sizes 1000 10000 100000]

For each size: articles per second of the full extractor, and of the floor (one pass of the
compiled gazetteer pattern over the same texts), and their ratio. Articles are generated in
memory (about 5 KB each) before timing starts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import generate  # noqa: E402

from geo.extract import Extractor  # noqa: E402
from geo.gazetteer import load_theatre_gazetteer  # noqa: E402
from geo.theatre import load_theatre  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    theatre = load_theatre()
    gazetteer = load_theatre_gazetteer(theatre)
    extractor = Extractor.from_theatre(theatre, gazetteer)
    pattern = gazetteer.pattern
    for article in generate(50, seed=1):  # warm caches
        extractor.extract(article)
    print("size      chars/article  extractor art/s  floor art/s  ratio  mentions/article")
    for size in args.sizes:
        articles = list(generate(size))
        chars = sum(len(a.text) for a in articles) / size
        t0 = time.perf_counter()
        for article in articles:
            pattern.findall(article.text)
        floor = time.perf_counter() - t0
        t0 = time.perf_counter()
        mentions = sum(len(extractor.extract(article)) for article in articles)
        full = time.perf_counter() - t0
        print(f"{size:>7,}   {chars:11,.0f}   {size / full:14,.0f}   {size / floor:10,.0f}   {full / floor:4.1f}x   {mentions / size:6.1f}", flush=True)


if __name__ == "__main__":
    main()
