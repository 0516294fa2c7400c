"""Staff edit a FAQ's Spanish beside its English: in a real browser the pairs sit side
by side on a wide screen and one under the other on a narrow one."""
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from content.models import FAQ
from tests.browser.conftest import artifact

pytestmark = pytest.mark.browser


def signed_in(browser, site, width: int):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site}])
    return context


def boxes(page, *names):
    return [page.locator(f"#id_{name}").bounding_box() for name in names]


@pytest.mark.parametrize("width,side_by_side", [(1400, True), (700, False)], ids=["wide", "narrow"])
def test_the_spanish_fields_sit_beside_the_english(site, browser, width, side_by_side):
    faq = FAQ.objects.exclude(question_es="").first()
    context = signed_in(browser, site, width)
    page = context.new_page()
    page.goto(site + reverse("admin:content_faq_change", args=[faq.pk]))
    page.locator("#id_question_es").wait_for()
    for english, spanish in boxes(page, "question", "question_es"), boxes(page, "answer", "answer_es"):
        if side_by_side:
            assert abs(english["y"] - spanish["y"]) <= 2 and spanish["x"] >= english["x"] + english["width"]
            assert english["width"] > 300 and spanish["width"] > 300  # room to write
        else:
            assert spanish["y"] >= english["y"] + english["height"]
    if side_by_side:
        page.locator("fieldset.side-by-side").screenshot(path=artifact("admin-faq-english-spanish.png"))
    context.close()
