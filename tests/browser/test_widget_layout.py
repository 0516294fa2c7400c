"""Launcher first: on a phone and at 200% zoom the panel never opens by itself,
the page stays usable, and the open panel is a modal dialog (page behind inert,
focus kept inside). On a desktop the conversation gets the window's height."""
import pytest

from tests.browser.conftest import artifact
from tests.browser.helpers import DESKTOP, PHONE_320, ZOOM_200, active, ask, focused_html, open_widget

pytestmark = pytest.mark.browser

SMALL = [(PHONE_320, "phone-320"), (ZOOM_200, "zoom-200")]


@pytest.fixture
def sized(sized_page):
    return sized_page


def covered(page, selector: str) -> bool:
    """Whether something else is drawn over the middle of the page element."""
    return page.evaluate(
        """(sel) => {
            const node = document.querySelector(sel);
            const r = node.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
            return !(top === node || node.contains(top));
        }""",
        selector,
    )


@pytest.mark.parametrize("size,name", SMALL)
def test_a_small_screen_starts_with_the_panel_closed_and_the_page_usable(site, sized, size, name):
    page = sized(size)
    page.goto(site + "/")
    page.locator("ipr-assistant .launcher").wait_for()
    assert page.locator("ipr-assistant .panel").is_hidden()
    assert not covered(page, "h1") and not covered(page, "nav a")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= size["viewport"]["width"]
    page.locator("nav a", has_text="FAQs").click()  # the menu works
    page.wait_for_url("**/faq/")
    assert page.locator("ipr-assistant .panel").is_hidden()
    assert page.errors == []


@pytest.mark.parametrize("size,name", SMALL)
def test_a_small_screen_never_reopens_the_panel_by_itself(site, sized, size, name):
    # Open on a desktop, then the same tab at a small size (zoomed in, or a phone): closed.
    page = sized(DESKTOP)
    page.goto(site + "/")
    open_widget(page)
    storage = page.evaluate("() => JSON.stringify(sessionStorage)")
    assert '\\"open\\":true' in storage
    small = sized(size)
    small.goto(site + "/")
    small.evaluate("(s) => { for (const [k, v] of Object.entries(JSON.parse(s))) sessionStorage.setItem(k, v); }", storage)
    small.reload()
    small.locator("ipr-assistant .launcher").wait_for()
    small.wait_for_timeout(500)
    assert small.locator("ipr-assistant .panel").is_hidden()
    # The same stored state on a desktop does reopen it: the visitor left it open.
    page.reload()
    page.locator("ipr-assistant #input").wait_for()


@pytest.mark.parametrize("size,name", SMALL)
def test_an_open_panel_on_a_small_screen_is_modal(site, sized, size, name):
    page = sized(size)
    page.goto(site + "/")
    open_widget(page)
    assert page.evaluate("() => document.querySelector('ipr-assistant').shadowRoot.querySelector('.panel').matches(':modal')")
    box = page.locator("ipr-assistant .panel").bounding_box()
    assert box["x"] == 0 and box["y"] == 0 and box["width"] == size["viewport"]["width"]
    # Focus stays inside: Tab around the whole panel and never land on the page behind.
    for _ in range(25):
        page.keyboard.press("Tab")
        # Inside the widget, or (between laps) on the browser's own controls, never the page.
        inside = page.evaluate(
            "() => [document.querySelector('ipr-assistant'), document.body].includes(document.activeElement)"
        )
        assert inside, f"focus left the dialog: {focused_html(page)}"
    # The page behind cannot be clicked.
    page.mouse.click(5, size["viewport"]["height"] - 5)
    assert page.locator("ipr-assistant .panel").is_visible()
    answer = ask(page, "How do I record my trademark with CBP?")
    assert answer.is_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= size["viewport"]["width"]
    page.screenshot(path=artifact(f"widget-{name}-modal.png"))
    page.keyboard.press("Escape")
    assert page.locator("ipr-assistant .panel").is_hidden()
    assert active(page) == "launcher"
    assert not covered(page, "h1")


def test_the_launcher_toggles_the_panel(site, sized):
    page = sized(DESKTOP)
    page.goto(site + "/privacy/")
    launcher = page.locator("ipr-assistant .launcher")
    panel = page.locator("ipr-assistant .panel")
    launcher.focus()
    page.keyboard.press("Enter")
    assert panel.is_visible() and launcher.get_attribute("aria-expanded") == "true"
    assert active(page) == "input"
    launcher.focus()
    page.keyboard.press("Enter")
    assert panel.is_hidden() and launcher.get_attribute("aria-expanded") == "false"
    assert active(page) == "launcher"
    page.keyboard.press("Enter")
    assert panel.is_visible()
    # On a desktop the panel sits beside the page (not modal): the page still works.
    assert not page.evaluate("() => document.querySelector('ipr-assistant').shadowRoot.querySelector('.panel').matches(':modal')")


def test_the_conversation_uses_the_height_of_the_window(site, sized):
    page = sized(DESKTOP)  # 1280x800: the conversation area was 362 px tall
    page.goto(site + "/")
    ask(page, "How do I report a counterfeit seller?")
    scroller = page.locator("ipr-assistant .scroller").bounding_box()
    panel = page.locator("ipr-assistant .panel").bounding_box()
    assert panel["height"] >= 800 - 96 - 1
    assert scroller["height"] >= 420, scroller
    # The first answer's channel cards and sources show without scrolling.
    last = page.locator("ipr-assistant .msg.bot .sources").last.bounding_box()
    assert last["y"] + last["height"] <= scroller["y"] + scroller["height"]


def test_main_content_lines_up_with_header_and_footer(site, sized):
    page = sized(DESKTOP)
    page.goto(site + "/")
    lefts = page.evaluate(
        """() => ['.site-header .wrap', 'main .wrap', '.site-footer .wrap'].map(
            (sel) => Math.round(document.querySelector(sel).getBoundingClientRect().left))"""
    )
    assert len(set(lefts)) == 1, lefts
