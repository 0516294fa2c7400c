"""The dashboard in a real browser (Debian chromium), saved as a screenshot artefact.

No live server: the page and its same-origin files are fetched with the Django
test client first (inside the test's transaction, seeded data visible), then
served to Chromium by Playwright request routing, with the site's own headers
(Content-Security-Policy included). Anything else the page asks for is refused
and fails the test: the dashboard needs no third party.
"""
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.insights.conftest import url

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ORIGIN = "http://localhost"  # a trustworthy origin, like the real site (HTTPS)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def fetch_all(client, path: str) -> dict[str, tuple[int, dict, bytes]]:
    """The page and every same-origin stylesheet, script and image it links."""
    files = {}
    response = client.get(path)
    files[path] = (response.status_code, dict(response.items()), response.content)
    for ref in re.findall(r'(?:href|src)="(/[^"]+\.(?:css|js|svg|png|ico))"', response.content.decode()):
        extra = client.get(ref)
        body = b"".join(extra.streaming_content) if extra.streaming else extra.content
        files[ref] = (extra.status_code, dict(extra.items()), body)
    return files


def test_it_renders_the_dashboard_charts_in_chromium(staff, seeded):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); never downloaded")
    sync_api = pytest.importorskip("playwright.sync_api")
    path = url("dashboard_changelist")
    files = fetch_all(staff, path)
    assert files[path][0] == 200
    refused, problems = [], []

    def serve(route):
        target = urlsplit(route.request.url)
        key = target.path + (f"?{target.query}" if target.query else "")
        if f"{target.scheme}://{target.netloc}" != ORIGIN or key not in files:
            refused.append(route.request.url)
            return route.abort()
        status, headers, body = files[key]
        route.fulfill(status=status, headers={k: v for k, v in headers.items() if k.lower() != "content-length"}, body=body)

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.route("**/*", serve)
            page.goto(ORIGIN + path)
            charts = page.locator("svg.chart")
            assert charts.count() >= 5
            assert page.locator("svg.chart rect.bar.answered").count() >= 2
            box = charts.first.bounding_box()
            assert box and box["width"] > 400 and box["height"] > 80  # the stylesheet applied, charts have room
            fill = page.eval_on_selector("svg.chart rect.bar.answered", "el => getComputedStyle(el).fill")
            assert fill == "rgb(47, 111, 159)"  # coloured by insights.css, not inline styles
            assert page.locator("#total-questions").inner_text() == "15"
            page.screenshot(path=str(ARTIFACTS / "insights-dashboard.png"), full_page=True)
        finally:
            browser.close()
    assert refused == []
    assert problems == []  # no CSP violations, no script errors
    assert (ARTIFACTS / "insights-dashboard.png").stat().st_size > 10_000
