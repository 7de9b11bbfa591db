"""Screenshots of the web app for the README: the bundled sample served on 127.0.0.1 and shot
with Debian's chromium. Run: .venv/bin/python docs/screenshots.py (after `make serve` made
.venv/sample.db, or give a store: docs/screenshots.py STORE)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from summitry.interfaces.web.app import create_app

HERE = Path(__file__).parent


def main(db: str) -> None:
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(base + "/")
        page.wait_for_selector(".event-row")
        page.screenshot(path=str(HERE / "web-timeline.png"))
        page.goto(base + "/map")
        page.wait_for_selector("path.event-marker")
        page.wait_for_function("document.querySelectorAll('.leaflet-overlay-pane path').length > 20")
        page.screenshot(path=str(HERE / "web-map.png"))
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".venv/sample.db")
