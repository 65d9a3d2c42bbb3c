"""The real dashboard in a real headless Chromium, driven the way a person would.

Every page is an `offline_page` (tests/conftest.py): requests outside localhost are blocked and
any attempt fails the test.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urlparse

import numpy as np
import pytest
from PIL import Image

from browser_support import ROOT, RunningApp

pytestmark = pytest.mark.browser

TALIBAN, GOVERNMENT = "#d55e00", "#0072b2"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


@pytest.fixture(scope="module")
def app():
    running = RunningApp()
    yield running
    running.stop()


def open_map(page, app, query: str = ""):
    page.goto(f"{app.url}/{query}")
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("path.province").nth(33).wait_for(state="attached", timeout=60_000)
    return frame


def content_frame(page):
    return page.locator(MAP_FRAME).element_handle().content_frame()


def fill_of(frame, iso_code: str) -> str:
    return frame.locator(f"path.iso-{iso_code}").get_attribute("fill")


def wait_for_fill(page, iso_code: str, colour: str, timeout: float = 20_000) -> None:
    page.wait_for_function(
        """([selector, iso, colour]) => {
            const frame = document.querySelector(selector);
            const path = frame && frame.contentDocument && frame.contentDocument.querySelector('path.iso-' + iso);
            return path && path.getAttribute('fill') === colour;
        }""",
        arg=[MAP_FRAME, iso_code, colour],
        timeout=timeout,
    )


def day_slider(page):
    return page.locator('[data-testid="stSlider"]').filter(has_text="Day shown on the map").locator('input[type="range"], [role="slider"]').first


def map_zoom(page) -> int:
    return content_frame(page).evaluate("() => window.map.getZoom()")


def test_map_renders_34_provinces_with_vendored_leaflet(offline_page, app):
    frame = open_map(offline_page, app)
    assert frame.locator("path.province").count() == 34
    scripts = content_frame(offline_page).evaluate("() => Array.from(document.scripts).map(s => s.src).filter(Boolean)")
    assert any(src.endswith("/app/static/vendor/leaflet/leaflet.js") for src in scripts), scripts
    assert all(urlparse(src).hostname in ("127.0.0.1", "localhost") for src in scripts)
    attribution = frame.locator(".leaflet-control-attribution").inner_text()
    assert "Made with Natural Earth" in attribution and "GeoNames" in attribution


def test_kandahar_changes_colour_when_the_slider_moves_and_the_map_is_not_remounted(offline_page, app):
    page = offline_page
    frame = open_map(page, app, "?day=2021-08-11")
    assert fill_of(frame, "AF-KAN") == GOVERNMENT
    inner = content_frame(page)
    inner.evaluate("() => { window.__probe = 'still here'; }")
    frame.locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(600)
    zoom = map_zoom(page)
    slider = day_slider(page)
    slider.focus()
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    wait_for_fill(page, "AF-KAN", TALIBAN)
    # the colours change at once in the browser; the rerun's layer (tooltips, evidence) follows
    frame.locator("path.province.layer-2021-08-13").nth(33).wait_for(state="attached", timeout=20_000)
    assert "2021-08-13" in frame.locator("path.iso-AF-KAN").get_attribute("class")
    assert page.locator(MAP_FRAME).count() == 1
    assert content_frame(page).evaluate("() => window.__probe") == "still here"
    assert map_zoom(page) == zoom
    page.wait_for_url(re.compile(r"day=2021-08-13"), timeout=10_000)


def test_url_with_a_date_restores_it(offline_page, app):
    page = offline_page
    frame = open_map(page, app, "?day=2021-08-12&claims=confirmed")
    wait_for_fill(page, "AF-HER", TALIBAN)
    assert fill_of(frame, "AF-KAN") == GOVERNMENT  # Kandahar fell on the 13th
    assert "2021-08-12" in page.locator('[data-testid="stSlider"]').filter(has_text="Day shown on the map").inner_text()
    assert page.get_by_role("radio", name="confirmed").is_checked()


def test_download_yields_the_filtered_events_csv(offline_page, app):
    page = offline_page
    open_map(page, app)
    page.get_by_role("tab", name="Downloads").click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name=re.compile("Filtered events")).click()
    text = open(download_info.value.path(), encoding="utf-8").read()
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "time_precision"]
    assert "notes" in header and "admin1" in header
    assert "fell into the hands of Taliban insurgents" in text


def test_screenshot_shows_the_status_colours(offline_page, app):
    page = offline_page
    open_map(page, app, "?day=2021-08-13")
    wait_for_fill(page, "AF-KAN", TALIBAN)
    page.wait_for_timeout(500)
    shot = page.screenshot(full_page=False)
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "dashboard.png").write_bytes(shot)
    pixels = np.asarray(Image.open(io.BytesIO(shot)).convert("RGB"), dtype=int).reshape(-1, 3)

    def count_near(target, tolerance=14):
        return int((np.abs(pixels - np.array(target)) <= tolerance).all(axis=1).sum())

    # Fills are drawn with opacity over the map background: check the blended colours.
    taliban_reported = (220, 138, 73)
    government_baseline = (186, 203, 215)
    assert count_near(taliban_reported) > 2000
    assert count_near(government_baseline, 18) > 2000
