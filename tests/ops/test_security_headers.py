"""CSP without unsafe-inline, Permissions-Policy, Referrer-Policy, and check --deploy."""
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def directives(header: str) -> dict[str, str]:
    return {part.split()[0]: " ".join(part.split()[1:]) for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/healthz", "/api/v1/nothing/", "/no-such-page/"])
def test_it_sends_a_strict_csp_everywhere(client, path):
    csp = directives(client.get(path)["Content-Security-Policy"])
    assert csp["default-src"] == "'self'"
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert csp["base-uri"] == "'none'"
    assert csp["form-action"] == "'self'"
    assert "unsafe-inline" not in client.get(path)["Content-Security-Policy"]
    assert "unsafe-eval" not in client.get(path)["Content-Security-Policy"]


def test_it_sends_the_other_security_headers(client):
    response = client.get("/healthz")
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_admin_keeps_scripts_strict_and_works(admin_client, settings):
    response = admin_client.get("/" + settings.ADMIN_PATH)
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self' 'unsafe-inline'"
    assert csp["frame-ancestors"] == "'none'"


def test_the_admin_pages_have_no_inline_scripts(admin_client, settings):
    import re

    for path in ["", "auth/user/", "auth/user/add/"]:
        html = admin_client.get("/" + settings.ADMIN_PATH + path).content.decode()
        inline = [tag for tag in re.findall(r"<script\b[^>]*>", html) if "src=" not in tag and "json" not in tag]
        assert inline == [], path
        assert not re.search(r"\son[a-z]+=", html), path


def _check_deploy(extra_env: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IPR_", "DJANGO_"))}
    env.update(
        IPR_PRODUCTION="1",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="ipr.example.gov",
        DJANGO_SETTINGS_MODULE="ipr_site.settings",
        **extra_env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.slow
def test_check_deploy_passes_with_production_settings():
    result = _check_deploy({})
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_check_deploy_catches_a_weakened_setting():
    # Proves the check above can fail: plain-HTTP allowed is a deploy warning.
    result = _check_deploy({"DJANGO_SSL_REDIRECT": "0"})
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


@pytest.mark.parametrize("page", ["/", "/privacy/"])
def test_public_pages_need_no_unsafe_inline(client, loaded, page):
    # What the strict CSP would block: inline scripts, style attributes, on* handlers.
    import re

    html = client.get(page).content.decode()
    inline_scripts = [t for t in re.findall(r"<script\b[^>]*>", html) if "src=" not in t and "json" not in t]
    assert inline_scripts == []
    assert re.findall(r"<style\b", html) == []
    assert re.findall(r"\sstyle\s*=", html) == []
    assert re.findall(r"\son[a-z]+\s*=", html) == []
