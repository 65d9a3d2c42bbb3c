"""Control timeline and CSV export at scale, on SYNTHETIC events. Run by hand:

    .venv/bin/python bench/bench_control.py

Prints the median of repeated runs for 1k, 10k and 100k events x 34 provinces x 365 days,
and for the filtered ACLED-style CSV export of 100k events.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

import numpy as np
import pandas as pd

from geo import control, layers
from geo.export import events_csv
from geo.filters import EventFilter, filter_events
from geo.schema import EVENT_COLUMNS, conform
from geo.theatre import load_theatre

START = date(2021, 1, 1)
DAYS = 365
TYPES = ["captured", "contested", "held", "deployment", "evacuation", "diplomatic", "strike"]


def synthetic_events(n: int, provinces: pd.DataFrame, seed: int = 7) -> pd.DataFrame:
    """n random events over the year, clearly synthetic (evidence says so)."""
    rng = np.random.default_rng(seed)
    iso = provinces["iso_code"].to_numpy()
    names = dict(zip(provinces["iso_code"], provinces["province"]))
    pick = rng.integers(0, len(iso), n)
    start = rng.integers(0, DAYS - 7, n)
    precision = rng.choice([1, 1, 1, 2, 3], n)
    span = np.where(precision == 1, 0, np.where(precision == 2, rng.integers(1, 7, n), rng.integers(7, 28, n)))
    end = np.minimum(start + span, DAYS - 1)
    day = lambda offsets: [(START + timedelta(days=int(d))).isoformat() for d in offsets]  # noqa: E731
    event_type = rng.choice(TYPES, n, p=[0.35, 0.25, 0.15, 0.1, 0.05, 0.05, 0.05])
    frame = pd.DataFrame(
        {
            "event_id": [f"SYN{i:07d}" for i in range(n)],
            "event_date": day(end),
            "date_start": day(start),
            "date_end": day(end),
            "time_precision": precision,
            "event_type": event_type,
            "sub_event_type": "Non-state actor overtakes territory",
            "acled_event_type": "Battles",
            "actor1": np.where(event_type == "held", "Afghan government forces", np.where(rng.random(n) < 0.1, "Afghan government forces", "Taliban")),
            "actor2": "",
            "province": [names[i] for i in iso[pick]],
            "iso_code": iso[pick],
            "location": [names[i] for i in iso[pick]],
            "latitude": 34.5,
            "longitude": 69.2,
            "geo_precision": 1,
            "n_sources": rng.integers(1, 4, n),
            "sources": "SYNTHETIC",
            "articles": "synthetic.txt",
            "evidence": "SYNTHETIC event for benchmarks: =not a formula",
            "claimed": rng.random(n) < 0.1,
        }
    )
    return conform(frame, EVENT_COLUMNS)


def median_seconds(run, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    theatre = load_theatre()
    provinces = pd.DataFrame(layers.provinces(theatre).drop(columns="geometry"))
    rules = control.status_rules(theatre)
    baseline = control.load_baseline(theatre.path("baseline"), provinces, tuple(s.name for s in theatre.statuses))
    end = START + timedelta(days=DAYS - 1)
    print(f"control timeline: 34 provinces x {DAYS} days (median of 5)")
    for n in (1_000, 10_000, 100_000):
        events = synthetic_events(n, provinces)
        seconds = median_seconds(lambda: control.timeline(events, provinces, rules, START, end, baseline))
        print(f"  {n:>7,} events: {seconds:.3f} s  (target <= 1 s at 100k)")
    events = synthetic_events(100_000, provinces)
    chosen = EventFilter(event_types=("captured", "contested", "held"), claims="all", date_from=date(2021, 3, 1), date_to=date(2021, 11, 30))
    seconds = median_seconds(lambda: events_csv(filter_events(events, chosen)))
    kept = len(filter_events(events, chosen))
    print(f"filtered ACLED-style CSV export of 100,000 events ({kept:,} kept): {seconds:.3f} s  (target <= 1 s)")


if __name__ == "__main__":
    main()
