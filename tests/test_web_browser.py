"""The web app used as a person would: a real server on 127.0.0.1 (ephemeral port) and
headless Chromium (Debian's, driven by Playwright) through the timeline, a filter, the map and
an event page, with screenshots (in a temporary folder, or SUMMITRY_SCREENSHOTS if set).
No request may leave the machine and no script carried by an article may run."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)
import uvicorn  # noqa: E402
from playwright import sync_api  # noqa: E402

from summitry.interfaces.web.app import create_app  # noqa: E402
from test_web import sample_store  # noqa: E402

START_TIMEOUT = 30.0  # seconds for the server to listen (a readiness wait, not a timing assertion)
PATIENCE_MS = 90_000  # how long the browser waits for a page element on a busy machine


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = uvicorn.Server(uvicorn.Config(create_app(str(sample_store())), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("SUMMITRY_SCREENSHOTS")
    return Path(folder) if folder else tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(base_url):
    """A fresh browser page that records every request, script error and the page title."""
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            view = browser.new_page(viewport={"width": 1280, "height": 900})
            view.set_default_timeout(PATIENCE_MS)
            view.requests, view.errors = [], []
            view.on("request", lambda r: view.requests.append(r.url))
            view.on("pageerror", lambda e: view.errors.append(str(e)))
            yield view
            outside = [u for u in view.requests if not u.startswith(base_url) and not u.startswith("data:")]
            assert not outside, f"requests left the machine: {outside}"
            assert not view.errors, f"script errors: {view.errors}"
        finally:
            browser.close()


def _not_pwned(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "pwned"  # what the article's scripts would set


def test_timeline_filter_and_event_page(page, base_url, shots):
    page.goto(base_url + "/")
    page.wait_for_selector(".event-row")
    rows = page.locator(".event-row").count()
    assert rows > 5 and page.locator(".series-group h2").count() >= 3
    assert "G7 summit" in page.locator("#timeline").inner_text()
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)

    page.fill("input[name=q]", "summit")
    page.select_option("select[name=status]", "held")
    page.click("button[type=submit]")
    page.wait_for_url("**q=summit**")
    page.wait_for_selector(".event-row")
    statuses = page.locator(".event-row .status").all_inner_texts()
    assert 0 < len(statuses) < rows and set(statuses) == {"held"}
    assert page.input_value("input[name=q]") == "summit"  # the form shows the filter in force
    page.screenshot(path=str(shots / "timeline-filtered.png"), full_page=True)

    page.locator(".event-link", has_text="G7 summit").first.click()
    page.wait_for_selector("#event-title")
    assert "G7 summit" in page.locator("#event-title").inner_text()
    assert page.locator("mark").count() >= 1  # evidence highlighted in the article text
    page.screenshot(path=str(shots / "event.png"), full_page=True)


def test_bad_filter_is_explained(page, base_url):
    page.goto(base_url + "/?since=someday")
    # locator waits, not wait_for_function: the app's CSP forbids the eval that the latter needs
    sync_api.expect(page.locator("#status")).to_contain_text("not a date", timeout=PATIENCE_MS)
    assert page.locator(".event-row").count() == 0


def test_map_shows_located_events_and_links_to_them(page, base_url, shots):
    page.goto(base_url + "/map")
    page.wait_for_selector("path.event-marker")
    page.locator(".leaflet-overlay-pane path").nth(20).wait_for(state="attached")  # land drawn
    assert page.locator("path.event-marker").count() >= 4
    assert "located at" in page.locator("#status").inner_text()
    page.screenshot(path=str(shots / "map.png"))
    page.locator("path.event-marker").first.click(force=True)
    link = page.locator(".leaflet-popup a.event-link").first
    link.wait_for()
    link.click()
    page.wait_for_selector("#event-title")


def test_article_markup_and_scripts_never_run(page, base_url, shots):
    page.goto(base_url + "/?q=Wellington")
    page.wait_for_selector(".event-row")
    page.locator(".event-link").first.click()
    page.wait_for_selector("#event-title")
    _not_pwned(page)
    assert page.locator("main script, main img, main b").count() == 0
    assert "<script>window.__pwned = 1" in page.locator("main").inner_text()  # shown as text
    page.locator("section.article h3 a").first.click()
    page.wait_for_selector("#article-text")
    _not_pwned(page)
    text = page.locator("#article-text").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in text and "<b>fisheries</b>" in text
    assert page.locator("#article-title").inner_text().endswith('<script>document.title = "pwned"</script>')
    page.screenshot(path=str(shots / "article.png"), full_page=True)
