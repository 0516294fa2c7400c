"""Browser fixtures: Debian's Chromium driven by Playwright's sync API, against live_server.

Never downloads a browser: Chromium must be at /usr/bin/chromium (apt-get install
chromium); without it every browser test is skipped with that reason.

live_server tests run on a transactional database, which is emptied after each
test; `site` loads the shipped content again when needed, and the module-level
`browser` fixture restores it at the end so the suites that run later still find
the content the session loaded.
"""
import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]"}


_snapshot: str | None = None


def _models() -> list:
    from django.apps import apps

    from assistant.models import IndexBuild

    content = [m for m in apps.get_app_config("content").get_models() if not m.__name__.startswith("Historical")]
    return content + [IndexBuild]


def ensure_content() -> None:
    """Put the shipped content (and its search index) back after a flush emptied it.

    The first call loads it if needed and keeps a snapshot; later calls restore the
    snapshot with the same primary keys (a few seconds instead of a full load), so
    cited /faq/<id>/ URLs and the served index version stay valid.
    """
    global _snapshot
    from django.core import serializers
    from django.core.management.color import no_style
    from django.db import connection

    from assistant import index_store
    from content.models import Section

    if Section.objects.exists():
        if _snapshot is None:
            index_store.build_and_publish()
            _snapshot = serializers.serialize("json", [obj for model in _models() for obj in model.objects.all()])
    elif _snapshot is None:
        call_command("load_content", verbosity=0)
        return ensure_content()
    else:
        for obj in serializers.deserialize("json", _snapshot):
            obj.save()  # raw save: no history rows, no rebuild signals
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), _models()):
                cursor.execute(sql)
    index_store._checked_at = float("-inf")  # look for the newest build on the next question


@pytest.fixture(scope="module")
def browser(django_db_blocker):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Debian chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the ORM
    # calls the tests make around it are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        with django_db_blocker.unblock():
            ensure_content()


@pytest.fixture
def site(live_server, browser):
    """The live site with the shipped content; returns its base URL."""
    ensure_content()
    return live_server.url


@pytest.fixture
def context(browser):
    """A fresh browser profile; requests to anything but this machine are refused
    and recorded, so a test can prove nothing third-party was asked for."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15000)
    context.outside = []

    def guard(route):
        host = route.request.url.split("/")[2].rsplit(":", 1)[0] if "://" in route.request.url else ""
        if host in LOCAL_HOSTS or not route.request.url.startswith("http"):
            route.continue_()
        else:
            context.outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("dialog", lambda dialog: (page.errors.append("dialog: " + dialog.message), dialog.dismiss()))
    return page


@pytest.fixture
def sized_page(browser, site):
    """sized_page(size, **options) -> a page in a fresh context of that size
    (helpers.DESKTOP, PHONE_320, ZOOM_200), collecting page errors in page.errors."""
    contexts = []

    def make(size: dict, **options):
        context = browser.new_context(**size, **options)
        context.set_default_timeout(15000)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def new_page(sized_page):
    """new_page(size) -> a page that accepts the injected axe script (its CSP bypassed)."""
    return lambda size: sized_page(size, bypass_csp=True)


def artifact(name: str) -> str:
    ARTIFACTS.mkdir(exist_ok=True)
    return str(ARTIFACTS / name)
