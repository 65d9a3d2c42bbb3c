"""Adding and reviewing an article through the pages, in a real headless Chromium.

Paste an article about a capital the seeds do not cover, preview, save, and see its province
change colour on the right day; reject the event and see the colour go back; re-extract the
corpus and see the rejection still applied.
"""

from __future__ import annotations

import re

import pytest

from browser_support import RunningApp, type_publication_date
from test_browser import GOVERNMENT, MAP_FRAME, TALIBAN, open_map, wait_for_fill

pytestmark = pytest.mark.browser

ARTICLE = (
    "Taliban fighters captured Sheberghan, the capital of Jowzjan province, on Saturday, "
    "a provincial council member said.\n\nResidents said the city was calm on Sunday."
)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    running = RunningApp(env={"GEO_STORE": str(tmp_path_factory.mktemp("articles-store") / "store.sqlite")})
    yield running
    running.stop()


def show_day(page, app, day: str):
    open_map(page, app, f"?day={day}")


def test_add_preview_save_reject_and_reextract(offline_page, app):
    page = offline_page
    # Before: Jowzjan is only the baseline's government.
    show_day(page, app, "2021-08-07")
    wait_for_fill(page, "AF-JOW", GOVERNMENT)

    # Add the article through the Articles page.
    page.goto(f"{app.url}/articles")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Outlet").fill("Test Wire (synthetic)")
    type_publication_date(page, "2021", "08", "09")
    page.get_by_role("button", name="Preview").click()
    page.get_by_text(re.compile(r"It would add \d+ report")).wait_for(timeout=30_000)
    page.locator("mark").filter(has_text="captured Sheberghan").wait_for(timeout=30_000)  # the text, highlighted
    page.get_by_role("button", name="Save to the corpus").click()
    page.get_by_text(re.compile(r"Saved .* with \d+ report")).wait_for(timeout=30_000)

    # The map: Jowzjan is Taliban from Saturday 7 August, not before.
    show_day(page, app, "2021-08-07")
    wait_for_fill(page, "AF-JOW", TALIBAN)
    show_day(page, app, "2021-08-06")
    wait_for_fill(page, "AF-JOW", GOVERNMENT)

    # Reject the event: the province goes back to the baseline.
    show_day(page, app, "2021-08-07")
    page.get_by_role("tab", name="Events").click()
    event_box = page.get_by_label("Event", exact=True)
    event_box.click()
    page.keyboard.type("captured · Sheberghan")
    page.keyboard.press("Enter")
    page.get_by_text("reject", exact=True).click()
    page.get_by_label("Reason (required, kept with the decision)").fill("test: reporter misread the town")
    page.get_by_role("button", name="Save review").click()
    page.get_by_text(re.compile(r"Saved: reject")).wait_for(timeout=30_000)
    wait_for_fill(page, "AF-JOW", GOVERNMENT)

    # Re-extract everything: the rejection is re-applied.
    page.goto(f"{app.url}/articles")
    page.get_by_role("tab", name="The corpus").click()
    page.get_by_role("button", name="Re-extract all articles").click()
    page.get_by_text(re.compile(r"Re-extracted \d+ articles")).wait_for(timeout=60_000)
    show_day(page, app, "2021-08-07")
    wait_for_fill(page, "AF-JOW", GOVERNMENT)
    assert page.locator(MAP_FRAME).count() == 1


def test_bad_input_gets_a_clear_message_and_saves_nothing(offline_page, app):
    page = offline_page
    page.goto(f"{app.url}/articles")
    page.get_by_label("Article text").fill("Kandahar fell on Friday.")
    page.get_by_role("button", name="Preview").click()
    page.get_by_text(re.compile(r"publication date", re.IGNORECASE)).first.wait_for(timeout=30_000)
    assert page.get_by_text(re.compile(r"required")).count() >= 1
    assert page.get_by_role("button", name="Save to the corpus").count() == 0


def test_an_upload_over_the_size_limit_is_refused_in_the_browser(offline_page, app):
    page = offline_page
    page.goto(f"{app.url}/articles")
    page.get_by_text("Upload a file").click()
    big = b"Kandahar fell on Friday. " * (6 * 1024 * 1024 // 25)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        {"name": "big.txt", "mimeType": "text/plain", "buffer": big})
    page.get_by_text(re.compile(r"File must be 5(\.0)? ?MB or smaller")).wait_for(timeout=30_000)
    page.get_by_role("button", name="Preview").click()
    page.get_by_text("Nothing to add").wait_for(timeout=30_000)
