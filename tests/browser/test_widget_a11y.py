"""Accessibility (axe-core, vendored) and screenshots of the widget on desktop and a phone."""
from pathlib import Path

import pytest

from tests.browser.conftest import artifact
from tests.browser.helpers import ask

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")


def violations(page) -> list[str]:
    """axe-core's default rules (WCAG 2.x A/AA and best practices), shadow DOM included."""
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(content=AXE)
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})" for v in found]


@pytest.fixture
def axe_page(browser, site):
    # The page's own CSP (script-src 'self') would refuse the injected axe script.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    context.set_default_timeout(15000)
    page = context.new_page()
    yield page
    context.close()


def test_it_has_no_axe_violations_closed_open_and_after_three_answers(site, axe_page):
    page = axe_page
    page.goto(site + "/")
    page.locator("ipr-assistant textarea").wait_for()
    assert violations(page) == [], "widget open"

    page.get_by_role("button", name="Close assistant").click()
    assert page.locator("ipr-assistant .panel").is_hidden()
    assert violations(page) == [], "widget closed"

    page.locator("ipr-assistant .launcher").click()
    for question in (
        "How do I report a counterfeit seller?",
        "How many seizures did CBP make in FY 2021?",
        "Can you tell me a joke about penguins?",
    ):
        ask(page, question)
    assert violations(page) == [], "after three answers"
    page.screenshot(path=artifact("widget-desktop.png"))

    last = page.locator("ipr-assistant .msg.bot").last
    last.get_by_role("button", name="Not helpful").click()
    last.get_by_label("What were you looking for? (optional)").wait_for()
    assert violations(page) == [], "comment box after 'Not helpful'"


def test_it_fits_a_320_pixel_phone(site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site + "/")
    ask(page, "How do I record my trademark with CBP?")
    panel = page.locator("ipr-assistant .panel").bounding_box()
    assert panel["width"] <= 320 and panel["x"] >= 0
    # Nothing makes the page scroll sideways.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    page.screenshot(path=artifact("widget-phone-320.png"))
    page.get_by_role("button", name="Close assistant").click()
    page.screenshot(path=artifact("home-phone-320.png"), full_page=True)
    context.close()


def test_site_pages_load_nothing_from_other_hosts_and_break_no_csp_rule(site, page, context):
    from content.models import FAQ, Section

    console = []
    page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
    pages = ["/", "/privacy/", "/report/", "/faq/", Section.objects.filter(published=True).first().get_absolute_url(),
             FAQ.objects.filter(published=True).first().get_absolute_url()]
    for path in pages:
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
    assert context.outside == []
    assert [line for line in console if "Content Security Policy" in line] == []
    assert page.errors == []
