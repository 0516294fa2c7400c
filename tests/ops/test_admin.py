"""The admin: staff only, on a configurable path, locks out repeated failures."""
import importlib
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("staffer", password="correct horse battery", is_staff=True)


def login(client, settings, password, addr="192.0.2.10"):
    return client.post(
        "/" + settings.ADMIN_PATH + "login/?next=/" + settings.ADMIN_PATH,
        {"username": "staffer", "password": password},
        REMOTE_ADDR=addr,
    )


def test_it_sends_anonymous_visitors_to_the_login_page(client, settings):
    response = client.get("/" + settings.ADMIN_PATH)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_it_refuses_non_staff_users(client, settings):
    get_user_model().objects.create_user("visitor", password="correct horse battery")
    client.force_login(get_user_model().objects.get(username="visitor"))
    assert client.get("/" + settings.ADMIN_PATH).status_code == 302


def test_it_lets_staff_in(client, settings, staff):
    response = login(client, settings, "correct horse battery")
    assert response.status_code == 302
    assert client.get("/" + settings.ADMIN_PATH).status_code == 200


def test_it_is_titled_for_this_project(client, settings, staff):
    login_page = client.get("/" + settings.ADMIN_PATH + "login/").content.decode()
    assert "Django administration" not in login_page and "IPR assistant administration" in login_page
    client.force_login(staff)
    index = client.get("/" + settings.ADMIN_PATH).content.decode()
    assert "<title>Content, conversations and hand-offs | IPR assistant admin</title>" in index


def test_it_locks_out_the_sixth_failed_login(client, settings, staff):
    # AXES_FAILURE_LIMIT = 5: four tries get the form again, the fifth failure
    # locks the account, and a sixth attempt is refused without being checked.
    for _ in range(4):
        response = login(client, settings, "wrong")
        assert response.status_code == 200  # the login form again, with an error
        assert b"Sign-in temporarily locked" not in response.content
    assert login(client, settings, "wrong").status_code == 429
    locked = login(client, settings, "wrong")
    assert locked.status_code == 429
    assert b"Sign-in temporarily locked" in locked.content
    # Even the right password is refused while locked.
    assert login(client, settings, "correct horse battery").status_code in (403, 429)


def test_the_lockout_does_not_hit_other_addresses(client, settings, staff):
    for _ in range(6):
        login(client, settings, "wrong")
    assert login(client, settings, "correct horse battery", addr="192.0.2.99").status_code == 302


def test_the_lockout_cannot_be_dodged_with_a_forged_forwarded_for(client, settings, staff):
    settings.PROXY_COUNT = 0
    for i in range(6):
        client.post(
            "/" + settings.ADMIN_PATH + "login/",
            {"username": "staffer", "password": "wrong"},
            REMOTE_ADDR="192.0.2.10",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        )
    assert login(client, settings, "correct horse battery").status_code in (403, 429)


def test_the_admin_path_comes_from_ipr_admin_path():
    code = (
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('admin:index'))"
    )
    env = {"IPR_ADMIN_PATH": "/staff-only-7f3a/", "DJANGO_SETTINGS_MODULE": "ipr_site.settings", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "/staff-only-7f3a/"


def test_the_admin_is_not_at_the_default_path_when_moved(client, settings):
    from django.urls import clear_url_caches

    import ipr_site.urls

    settings.ADMIN_PATH = "staff-only-7f3a/"
    try:
        clear_url_caches()
        importlib.reload(ipr_site.urls)
        assert client.get("/staff-only-7f3a/").status_code == 302
        assert client.get("/admin/").status_code == 404
    finally:
        settings.ADMIN_PATH = "admin/"
        importlib.reload(ipr_site.urls)
        clear_url_caches()


def test_it_locks_out_an_address_that_tries_many_usernames(client, settings, staff):
    # Issue 17, finding 9: the lock was per username + address, so one address
    # could try five passwords for every username it could think of.
    for i in range(5):
        client.post(
            "/" + settings.ADMIN_PATH + "login/",
            {"username": f"guess{i}", "password": "wrong"},
            REMOTE_ADDR="192.0.2.20",
        )
    assert login(client, settings, "correct horse battery", addr="192.0.2.20").status_code in (403, 429)
    # Other addresses are not affected.
    assert login(client, settings, "correct horse battery", addr="192.0.2.21").status_code == 302
