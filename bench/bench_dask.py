"""Extraction on a Dask cluster with 1 and with 2 workers (one thread each), SYNTHETIC corpus. Run by hand:

    .venv/bin/python bench/bench_dask.py [--articles 2000] [--batch 100]

Starts a LocalCluster of worker processes on this machine each time (as an existing cluster would
be reached with `python -m geo extract --dask tcp://...`) and times the extraction of the same articles.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from distributed import Client, LocalCluster  # noqa: E402
from synthetic_corpus import generate  # noqa: E402

from geo.distributed import extract_rows_on_cluster  # noqa: E402
from geo.extract import Extractor  # noqa: E402
from geo.gazetteer import load_theatre_gazetteer  # noqa: E402
from geo.theatre import load_theatre  # noqa: E402


def timed(workers: int, articles, extractor, batch: int, repeat: int = 3) -> float:
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        extract_rows_on_cluster(articles[:batch * workers], extractor, client, batch)  # warm the workers
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            extract_rows_on_cluster(articles, extractor, client, batch)
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    theatre = load_theatre()
    extractor = Extractor.from_theatre(theatre, load_theatre_gazetteer(theatre))
    articles = list(generate(args.articles))
    one = timed(1, articles, extractor, args.batch)
    two = timed(2, articles, extractor, args.batch)
    print(f"{args.articles:,} synthetic articles, batches of {args.batch}: 1 worker {one:.1f} s ({args.articles / one:.0f} art/s), "
          f"2 workers {two:.1f} s ({args.articles / two:.0f} art/s); speed-up {one / two:.2f}x (target >= 1.7x)")


if __name__ == "__main__":
    main()
