"""Small helpers shared by the browser tests (the widget lives in a shadow root;
Playwright's CSS locators pierce open shadow roots)."""
from pathlib import Path

from playwright.sync_api import Locator, Page

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")

ANSWER_TIMEOUT = 20000

# What a 1280x800 window shows at 200% zoom: a 640x400 CSS-pixel viewport at 2x.
ZOOM_200 = {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}
PHONE_320 = {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}


def active(page: Page) -> str:
    """What has focus: 'launcher', 'input', ... inside the widget, or the page's tag name."""
    return page.evaluate(
        """() => {
            const host = document.querySelector('ipr-assistant');
            const inner = host && host.shadowRoot && host.shadowRoot.activeElement;
            if (document.activeElement === host && inner) {
                if (inner.classList.contains('launcher')) return 'launcher';
                return inner.id || inner.className || inner.tagName.toLowerCase();
            }
            return document.activeElement ? document.activeElement.tagName.toLowerCase() : '';
        }"""
    )


def focused_html(page: Page) -> str:
    """The focused element's opening tag and text, inside the widget or on the page."""
    return page.evaluate(
        """() => {
            let node = document.activeElement;
            while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
            return node ? node.outerHTML.slice(0, 300) : '';
        }"""
    )


def answers(page: Page) -> Locator:
    return page.locator("ipr-assistant .msg.bot")


def open_widget(page: Page) -> None:
    if page.locator("ipr-assistant .panel").is_hidden():
        page.locator("ipr-assistant .launcher").click()
    page.locator("ipr-assistant #input").wait_for()


def ask(page: Page, question: str) -> Locator:
    """Type a question with the keyboard and wait for its answer; returns that answer."""
    open_widget(page)
    before = answers(page).count()
    box = page.locator("ipr-assistant #input")
    box.focus()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    answer = answers(page).nth(before)
    answer.wait_for(timeout=ANSWER_TIMEOUT)
    return answer


def in_view(page: Page, selector: str) -> bool:
    """Whether the element is inside the conversation's visible area."""
    return page.evaluate(
        """(sel) => {
            const root = document.querySelector('ipr-assistant').shadowRoot;
            const node = root.querySelector(sel), view = root.querySelector('.scroller');
            if (!node || !view) return false;
            const a = node.getBoundingClientRect(), b = view.getBoundingClientRect();
            return a.top >= b.top - 1 && a.top < b.bottom && a.height > 0;
        }""",
        selector,
    )


def violations(page: Page) -> list[str]:
    """axe-core's default rules (WCAG 2.x A/AA and best practices), shadow DOM included.

    The page's own CSP (script-src 'self') refuses the injected script: open the page
    in a context with bypass_csp (the `new_page` fixture)."""
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(content=AXE)
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})" for v in found]


def check(page: Page, state: str, shot: str | None = None) -> None:
    """No axe violation in this state; a screenshot in test-artifacts/ when named."""
    from tests.browser.conftest import artifact

    assert violations(page) == [], state
    if shot:
        page.screenshot(path=artifact(shot))
