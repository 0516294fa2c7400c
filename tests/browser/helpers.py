"""Small helpers shared by the browser tests (the widget lives in a shadow root;
Playwright's CSS locators pierce open shadow roots)."""
from playwright.sync_api import Locator, Page

ANSWER_TIMEOUT = 20000


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


def answers(page: Page) -> Locator:
    return page.locator("ipr-assistant .msg.bot")


def ask(page: Page, question: str) -> Locator:
    """Type a question with the keyboard and wait for its answer; returns that answer."""
    before = answers(page).count()
    box = page.locator("ipr-assistant textarea")
    box.focus()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    answer = answers(page).nth(before)
    answer.wait_for(timeout=ANSWER_TIMEOUT)
    return answer


def open_widget(page: Page) -> None:
    if page.locator("ipr-assistant .panel").is_hidden():
        page.locator("ipr-assistant .launcher").click()
    page.locator("ipr-assistant textarea").wait_for()
