"""Peak memory of the app process with 100k SYNTHETIC events loaded. Run by hand:

    .venv/bin/python bench/bench_memory.py [--events 100000]

Builds a store, puts the synthetic events of bench/bench_control.py in it, starts the app on it,
opens the page in headless Chromium and moves the slider; then reads the server process's peak
resident set size (VmHWM) from /proc.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import pandas as pd  # noqa: E402
from bench_control import synthetic_events  # noqa: E402
from browser_support import CHROMIUM, CHROMIUM_ARGS, RunningApp  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from geo import layers  # noqa: E402
from geo.store import Store  # noqa: E402
from geo.theatre import load_theatre  # noqa: E402

FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    theatre = load_theatre()
    path = Path(tempfile.mkdtemp()) / "store.sqlite"
    Store.open(path, theatre).close()
    provinces = pd.DataFrame(layers.provinces(theatre).drop(columns="geometry"))
    events = synthetic_events(args.events, provinces)
    events["review"] = ""
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(events)")]
        events[[c for c in columns if c in events.columns]].to_sql("events", db, if_exists="append", index=False)
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    app = RunningApp(env={"GEO_STORE": str(path)})
    try:
        idle = peak_rss_mb(app.process.pid)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            t0 = time.perf_counter()
            page.goto(f"{app.url}/?day=2021-06-01")
            page.frame_locator(FRAME).locator("path.province").nth(33).wait_for(state="attached", timeout=300_000)
            loaded = time.perf_counter() - t0
            slider = page.locator('[data-testid="stSlider"]').filter(has_text="Day shown on the map").locator("input").first
            slider.focus()
            for _ in range(10):
                slider.press("ArrowRight")
                page.wait_for_timeout(400)
            page.get_by_role("tab", name="Events").click()
            page.wait_for_timeout(2000)
            browser.close()
        print(f"{args.events:,} events in the store: page ready in {loaded:.1f} s; app process peak RSS {peak_rss_mb(app.process.pid):.0f} MB "
              f"(at start {idle:.0f} MB; target <= 400 MB)")
    finally:
        app.stop()


if __name__ == "__main__":
    main()
