"""Report pages in a real browser: table titles are never clipped on a phone, each
table has its chart, and axe finds nothing to fix."""
from pathlib import Path

import pytest

from tests.browser.conftest import artifact

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
WIDE = "/report/2021/msrp-by-centers-of-excellence-and-expertise/"  # 8 columns, the longest title


def test_a_phone_sees_every_table_title_whole_and_scrolls_only_the_table(site, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    for path in (WIDE, "/report/2021/number-of-seizures/", "/report/2021/products-seized-by-msrp/"):
        page.goto(site + path)
        titles = page.locator(".stats-title")
        assert titles.count() >= 1
        for n in range(titles.count()):
            box = titles.nth(n).bounding_box()
            # The title wraps inside the screen (it was clipped inside the scrolling table).
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (path, box)
            scroll = page.evaluate("(i) => { const t = document.querySelectorAll('.stats-title')[i]; return t.scrollWidth <= t.clientWidth; }", n)
            assert scroll, path
        charts = page.locator(".stats-chart svg[role=img]")
        assert charts.count() == titles.count()
        assert charts.first.bounding_box()["width"] <= 360
        # Only the table scrolls sideways, never the page.
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    page.goto(site + WIDE)
    assert page.evaluate("() => { const s = document.querySelector('.table-scroll'); return s.scrollWidth > s.clientWidth; }")
    page.screenshot(path=artifact("report-table-phone-360.png"), full_page=True)
    context.close()


def test_report_pages_with_charts_have_no_axe_violations(site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    for path in ("/report/", WIDE, "/report/2021/intellectual-property-rights-e-allegations/"):
        page.goto(site + path)
        page.add_script_tag(content=AXE)
        found = page.evaluate("async () => (await axe.run(document)).violations")
        assert [f"{v['id']}: {v['help']}" for v in found] == [], path
    page.screenshot(path=artifact("report-e-allegations-desktop.png"), full_page=True)
    context.close()
