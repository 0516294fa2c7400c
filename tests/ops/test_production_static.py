"""With production settings the widget's files are served from collectstatic's
output (compressed, cacheable), since nothing is served from app folders there."""
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FETCH = """
import django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="ipr.example.gov")
for path in ("/static/assistant/widget.js", "/static/assistant/widget.css", "/static/assistant/missing.js"):
    r = client.get(path, secure=True, HTTP_ACCEPT_ENCODING="gzip")
    print(path, r.status_code, r.get("Content-Encoding"), r.get("Cache-Control"))
    if r.status_code == 200:
        print(path, "type", r["Content-Type"].split(";")[0], "cors", r.get("Access-Control-Allow-Origin"))
"""


def _production(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IPR_", "DJANGO_"))}
    env.pop("DATABASE_URL", None)  # static files need no database
    env.pop("REDIS_URL", None)
    env.update(
        IPR_PRODUCTION="1",
        IPR_VAR_DIR=str(tmp_path),
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="ipr.example.gov",
        DJANGO_SETTINGS_MODULE="ipr_site.settings",
    )
    return env


def _run(args: list[str], env: dict) -> str:
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
def test_it_serves_the_widget_after_collectstatic(tmp_path):
    env = _production(tmp_path)
    _run(["manage.py", "collectstatic", "--noinput", "-v", "0"], env)
    lines = _run(["-c", FETCH], env).splitlines()
    assert "/static/assistant/widget.js 200 gzip max-age=60, public" in lines
    assert "/static/assistant/widget.css 200 gzip max-age=60, public" in lines
    assert "/static/assistant/missing.js 404 None None" in lines
    # The widget is an ES module: partner pages load it cross-origin, in CORS mode.
    assert "/static/assistant/widget.js type text/javascript cors *" in lines


@pytest.mark.slow
def test_it_handles_missing_collectstatic(tmp_path):
    # Nothing collected: production does not fall back to app folders.
    lines = _run(["-c", FETCH], _production(tmp_path)).splitlines()
    assert "/static/assistant/widget.js 404 None None" in lines
