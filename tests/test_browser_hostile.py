"""Article text is untrusted: in a real headless Chromium, no script from an article ever runs,
and the text is shown literally in every view that shows it.

A stored article carries payloads in its text, title, outlet and URL. Each payload would set
window.__pwned or open an alert if it ran. The test visits the map (province and marker
popups, the evidence panel, the tables), the articles list, and the add-article preview.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from browser_support import RunningApp, type_publication_date
from geo.intake import prepare
from geo.store import Store
from geo.theatre import load_theatre
from test_browser import MAP_FRAME, content_frame, open_map

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned=5;alert(5)</script>"
IMAGE = '<img src=x onerror="window.__pwned=4;alert(4)">'
MARKDOWN_LINK = "[click](javascript:window.__pwned=6)"
ENTITY = "&lt;b&gt;"
HOSTILE_TEXT = (
    "Sheberghan update\n\n"
    f"Taliban fighters captured Sheberghan {IMAGE} on Saturday, {SCRIPT} officials said {ENTITY} {MARKDOWN_LINK} **bold**.\n\n"
    "Residents said the city was calm."
)
HOSTILE_TITLE = "<script>window.__pwned=1</script>Sheberghan falls"
HOSTILE_OUTLET = '<img src=x onerror="window.__pwned=2">Wire &amp; Co'
HOSTILE_URL = "javascript:window.__pwned=3"
OTHER_OUTLET = '<img src=x onerror="window.__pwned=8">Other **Wire** :red[x]'
LINKED_TEXT = "Aibak falls\n\nTaliban fighters captured Aibak, the capital of Samangan province, on Monday, officials said."
LINKED_URL = "https://example.org/news/aibak?id=1&lang=en"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    theatre = load_theatre()
    path = tmp_path_factory.mktemp("hostile-store") / "store.sqlite"
    store = Store.open(path, theatre)
    article = prepare(HOSTILE_TEXT.encode(), "hostile.txt", published=date(2021, 8, 9), title=HOSTILE_TITLE,
                      outlet=HOSTILE_OUTLET, url=HOSTILE_URL, theatre=theatre)
    store.add(article, origin="upload")
    linked = prepare(LINKED_TEXT.encode(), "aibak.txt", published=date(2021, 8, 10), outlet="Test Wire", url=LINKED_URL, theatre=theatre)
    store.add(linked, origin="upload")
    store.close()
    running = RunningApp(env={"GEO_STORE": str(path)})
    yield running
    running.stop()


@pytest.fixture()
def watched_page(offline_page):
    """The page, with every alert recorded (and dismissed) and the sentinel checked at the end."""
    dialogs: list[str] = []
    offline_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield offline_page
    assert dialogs == [], f"a payload opened an alert: {dialogs}"
    assert_nothing_ran(offline_page)


def assert_nothing_ran(page) -> None:
    assert page.evaluate("() => window.__pwned") is None
    for frame in page.frames:
        assert frame.evaluate("() => window.__pwned") is None, f"a payload ran in {frame.url}"
        assert frame.locator('img[src="x"]').count() == 0
        assert frame.locator("script", has_text="__pwned").count() == 0


def test_the_map_popups_and_panels_show_article_text_literally(watched_page, app):
    page = watched_page
    frame = open_map(page, app, "?day=2021-08-07")
    # The province's popup: the evidence sentence and the outlet, as typed.
    frame.locator("path.iso-AF-JOW").dispatch_event("click")
    popup = frame.locator(".leaflet-popup-content").filter(has_text="Sheberghan")
    popup.wait_for(timeout=20_000)
    text = popup.inner_text()
    for payload in (IMAGE, SCRIPT, ENTITY, MARKDOWN_LINK, "**bold**", '<img src=x onerror="window.__pwned=2">Wire &amp; Co'):
        assert payload in text
    assert popup.locator("img, script, b").count() == 0
    # Its article has a javascript: URL: the name is shown but is not a link.
    assert popup.locator("a").count() == 0
    # The click also opens the evidence panel under the map.
    page.get_by_role("heading", name=re.compile(r"Jowzjan: .* on 07 August 2021")).wait_for(timeout=30_000)
    assert_nothing_ran(page)

    # A marker's popup holds the same sentence.
    content_frame(page).evaluate("() => { for (const layer of Object.values(window.map._layers)) "
                                 "{ if (layer.feature && layer.feature.properties.kind === 'event' "
                                 "&& layer.feature.properties.label.includes('Sheberghan')) { layer.openPopup(); } } }")
    page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content").filter(has_text="window.__pwned=4").first.wait_for(timeout=20_000)

    # The tables under the map.
    for tab in ("Events", "Downloads"):
        page.get_by_role("tab", name=tab).click()
    page.get_by_text(re.compile(r"Province status on")).first.click()
    page.wait_for_timeout(500)


def test_an_http_source_becomes_a_link_in_the_popup(watched_page, app):
    page = watched_page
    frame = open_map(page, app, "?day=2021-08-09")
    frame.locator("path.iso-AF-SAM").dispatch_event("click")
    popup = frame.locator(".leaflet-popup-content").filter(has_text="Aibak")
    popup.wait_for(timeout=20_000)
    link = popup.locator("a")
    assert link.count() == 1
    assert link.get_attribute("href") == LINKED_URL
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_the_articles_list_and_preview_show_article_text_literally(watched_page, app):
    page = watched_page
    page.goto(f"{app.url}/articles")
    page.get_by_role("tab", name="The corpus").click()
    page.get_by_text(re.compile(r"\d+ articles in the store")).wait_for(timeout=30_000)
    page.wait_for_timeout(500)
    assert_nothing_ran(page)

    # Preview a pasted article with payloads in its text, title and outlet.
    page.get_by_role("tab", name="Add an article").click()
    page.get_by_label("Article text").fill(HOSTILE_TEXT.replace("Saturday", "Friday"))
    page.get_by_label("Title").fill(HOSTILE_TITLE)
    page.get_by_label("Outlet").fill(HOSTILE_OUTLET)
    page.get_by_label("URL").fill(HOSTILE_URL)
    type_publication_date(page, "2021", "08", "09")
    page.get_by_role("button", name="Preview").click()
    # The URL is already stored: the message quotes it as typed.
    page.get_by_text(f"the URL {HOSTILE_URL} is already stored", exact=False).wait_for(timeout=30_000)
    page.get_by_label("URL").fill(HOSTILE_URL.replace("3", "7") + " **x** :red[y]")
    page.get_by_role("button", name="Preview").click()
    # Now it is a near-copy from the same outlet: the message quotes the outlet as typed.
    page.get_by_text(f"from the same outlet ({HOSTILE_OUTLET})", exact=False).wait_for(timeout=30_000)
    page.get_by_label("Outlet").fill(OTHER_OUTLET)
    page.get_by_role("button", name="Preview").click()
    marked = page.locator("mark").filter(has_text="captured Sheberghan")
    marked.wait_for(timeout=30_000)
    for payload in (IMAGE, SCRIPT, ENTITY, MARKDOWN_LINK, "**bold**"):
        assert payload in marked.inner_text()
    assert page.get_by_text(HOSTILE_TITLE).count() >= 1
    assert page.get_by_text(OTHER_OUTLET, exact=False).count() >= 1
