"""Slider latency in a real headless Chromium against the running app. Run by hand:

    .venv/bin/python bench/bench_slider.py [--steps 40]

For each variant, focus the day slider and press ArrowRight STEPS times; each latency is the time
from the key press to every shape on the map carrying the new day (its class names the day).
Variants, measured in the same run:
  layer      the dated layer swapped through st_folium(feature_group_to_add=...) (the app's way)
  remount    the dated layer inside the map, remounting the component on every change (?render=remount)
  districts  the app's way, with the 398 districts as the layer (?districts=1)
Also: cold start (command to map painted) and the bytes the browser receives per step.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser_support import CHROMIUM, CHROMIUM_ARGS, RunningApp  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

FRAME = 'iframe[title="streamlit_folium.st_folium"]'
FIRST_DAY = date(2021, 7, 1)  # the slider ends at the last reported day (13 Aug); 40 steps fit before it

WAIT_DAY = """([frame, cls, expected]) => {
    const f = document.querySelector(frame);
    const doc = f && f.contentDocument;
    if (!doc) return false;
    return doc.querySelectorAll('path.' + cls).length >= expected ? performance.now() : false;
}"""


WAIT_PAINTED = """([frame, expected]) => {
    const f = document.querySelector(frame);
    const doc = f && f.contentDocument;
    return !!doc && doc.querySelectorAll('path.province').length >= expected;
}"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(page, url: str, query: str, kind: str, expected: int, steps: int) -> tuple[list[float], list[float], int]:
    received = {"bytes": 0}
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.__setitem__("bytes", received["bytes"] + len(payload))))
    page.goto(f"{url}/?day={FIRST_DAY.isoformat()}{query}")
    page.wait_for_function(WAIT_DAY, arg=[FRAME, f"{kind}.day-{FIRST_DAY.isoformat()}", expected], timeout=120_000, polling="raf")
    page.wait_for_timeout(1500)
    slider = page.locator('[data-testid="stSlider"]').filter(has_text="Day shown on the map").locator('input[type="range"], [role="slider"]').first
    slider.focus()
    received["bytes"] = 0  # count only the steps
    latencies, layers = [], []
    for step in range(1, steps + 1):
        day = (FIRST_DAY + timedelta(days=step)).isoformat()
        start = page.evaluate("() => performance.now()")
        slider.press("ArrowRight")
        shown = page.wait_for_function(WAIT_DAY, arg=[FRAME, f"{kind}.day-{day}", expected], timeout=60_000, polling="raf").json_value()
        layer = page.wait_for_function(WAIT_DAY, arg=[FRAME, f"{kind}.layer-{day}", expected], timeout=60_000, polling="raf").json_value()
        latencies.append(shown - start)
        layers.append(layer - start)
        page.wait_for_timeout(150)  # as a person scrubbing would
    return latencies, layers, received["bytes"]


def cold_start(env: dict[str, str]) -> float:
    """Seconds from starting the app to the 34 provinces painted in the browser."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page()
        t0 = time.perf_counter()
        app = RunningApp(env=env)
        try:
            page.goto(app.url)
            page.wait_for_function(WAIT_PAINTED, arg=[FRAME, 34], timeout=120_000)
            return time.perf_counter() - t0
        finally:
            app.stop()
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()
    store = Path(tempfile.mkdtemp()) / "store.sqlite"
    env = {"GEO_STORE": str(store)}
    app = RunningApp(env=env)  # creates the store with the sample articles
    results = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for name, query, kind, expected in (("layer", "", "province", 34), ("remount", "&render=remount", "province", 34), ("districts", "&districts=1", "district", 398)):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                latencies, layers, received = measure(page, app.url, query, kind, expected, args.steps)
                results[name] = latencies
                print(f"{name:10} colours shown p50 {statistics.median(latencies):6.1f} ms  p95 {percentile(latencies, 0.95):6.1f} ms  max {max(latencies):6.1f} ms | "
                      f"server layer p50 {statistics.median(layers):6.1f} ms  p95 {percentile(layers, 0.95):6.1f} ms | "
                      f"{received / args.steps / 1024:6.1f} KiB/step  ({args.steps} steps)")
                page.close()
            browser.close()
    finally:
        app.stop()
    ratio = statistics.median(results["remount"]) / statistics.median(results["layer"])
    print(f"remount / layer p50 ratio: {ratio:.1f}x   (target: layer p50 <= 100 ms, p95 <= 200 ms)")
    starts = [cold_start(env) for _ in range(3)]
    print(f"cold start (command to 34 provinces painted): median {statistics.median(starts):.2f} s of {', '.join(f'{s:.2f}' for s in starts)}   (target <= 5 s)")


if __name__ == "__main__":
    main()
