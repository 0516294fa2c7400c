"""Per-client rate limits: 429 + Retry-After, shared cache, proxy-aware client address.

Rates are off in settings_test; each test turns them on with override_settings
and uses its own client address so counters from other tests never interfere.
"""
import pytest
from django.test import override_settings
from django.urls import resolve, Resolver404

from ops.throttles import parse_rate

pytestmark = [pytest.mark.urls("tests.ops.urls"), pytest.mark.django_db]

ON = {"chat": "3/min", "feedback": "2/min", "handoff": "1/day"}


def post(client, url, addr, xff=None, body=None):
    extra = {"REMOTE_ADDR": addr}
    if xff is not None:
        extra["HTTP_X_FORWARDED_FOR"] = xff
    return client.post(url, body or {"message": "hello"}, content_type="application/json", **extra)


@override_settings(THROTTLE_RATES=ON)
def test_it_answers_429_with_retry_after_over_the_limit(client, client_addr):
    codes = [post(client, "/api/v1/_echo/", client_addr).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    over = post(client, "/api/v1/_echo/", client_addr)
    assert over.status_code == 429
    body = over.json()
    assert set(body) == {"error", "retry_after"}
    assert body["error"].startswith("Too many requests")
    assert 1 <= body["retry_after"] <= 60
    assert over["Retry-After"] == str(body["retry_after"])


@override_settings(THROTTLE_RATES=ON)
def test_it_counts_each_client_separately(client, client_addr):
    for _ in range(3):
        post(client, "/api/v1/_echo/", client_addr)
    assert post(client, "/api/v1/_echo/", client_addr).status_code == 429
    assert post(client, "/api/v1/_echo/", client_addr + "0").status_code == 200


@override_settings(THROTTLE_RATES=ON)
def test_it_counts_each_scope_separately(client, client_addr):
    for _ in range(3):
        post(client, "/api/v1/_echo/", client_addr)
    assert post(client, "/api/v1/_echo/", client_addr).status_code == 429
    assert post(client, "/api/v1/_echo_feedback/", client_addr).status_code == 200


@override_settings(THROTTLE_RATES={**ON, "chat": "off"})
def test_it_does_not_throttle_a_scope_that_is_off(client, client_addr):
    assert all(post(client, "/api/v1/_echo/", client_addr).status_code == 200 for _ in range(6))


@override_settings(THROTTLE_RATES=ON)
def test_it_counts_bad_requests_too(client, client_addr):
    # Garbage must not be a free way to hammer the API.
    for _ in range(3):
        assert post(client, "/api/v1/_echo/", client_addr, body={"message": ""}).status_code == 400
    assert post(client, "/api/v1/_echo/", client_addr).status_code == 429


# --- client address behind proxies ------------------------------------------
@override_settings(THROTTLE_RATES=ON, PROXY_COUNT=0)
def test_it_ignores_x_forwarded_for_without_trusted_proxies(client, client_addr):
    # A client rotating a forged header is still one client.
    codes = [post(client, "/api/v1/_echo/", client_addr, xff=f"10.0.0.{i}").status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]


@override_settings(THROTTLE_RATES=ON, PROXY_COUNT=1)
def test_it_uses_the_address_our_proxy_appended(client, client_addr):
    proxy = "10.1.1.1"
    codes = [post(client, "/api/v1/_echo/", proxy, xff=client_addr).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    # Another real client behind the same proxy has its own budget.
    assert post(client, "/api/v1/_echo/", proxy, xff=client_addr + "1").status_code == 200


@override_settings(THROTTLE_RATES=ON, PROXY_COUNT=1)
def test_it_cannot_be_bypassed_by_a_spoofed_leftmost_forwarded_for(client, client_addr):
    proxy = "10.1.1.1"
    # The client forges the left part; the proxy appends the real address.
    codes = [
        post(client, "/api/v1/_echo/", proxy, xff=f"203.0.113.{i}, {client_addr}").status_code for i in range(4)
    ]
    assert codes == [200, 200, 200, 429]


@override_settings(THROTTLE_RATES=ON, PROXY_COUNT=2)
def test_it_takes_the_nth_entry_from_the_right_behind_two_proxies(client, client_addr):
    codes = [
        post(client, "/api/v1/_echo/", "10.2.2.2", xff=f"198.51.100.{i}, {client_addr}, 10.1.1.1").status_code
        for i in range(4)
    ]
    assert codes == [200, 200, 200, 429]


# --- rates ------------------------------------------------------------------
@pytest.mark.parametrize(
    "rate, expected",
    [("30/min", (30, 60)), ("5/day", (5, 86400)), ("2/s", (2, 1)), ("10/hour", (10, 3600)), ("off", None), (None, None)],
)
def test_it_parses_rates(rate, expected):
    assert parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["30", "x/min", "30/fortnight", "0/min"])
def test_it_rejects_bad_rates(rate):
    with pytest.raises(ValueError):
        parse_rate(rate)


def test_it_reads_rates_from_the_environment(monkeypatch):
    import subprocess
    import sys

    code = "import django; django.setup(); from django.conf import settings; print(settings.THROTTLE_RATES)"
    env = {"IPR_CHAT_RATE": "7/min", "IPR_FEEDBACK_RATE": "8/min", "IPR_HANDOFF_RATE": "9/day",
           "DJANGO_SETTINGS_MODULE": "ipr_site.settings", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert "'chat': '7/min'" in out and "'feedback': '8/min'" in out and "'handoff': '9/day'" in out


# --- the real public APIs set their scopes ----------------------------------
@pytest.mark.parametrize(
    "url, scope", [("/api/v1/chat/", "chat"), ("/api/v1/feedback/", "feedback"), ("/api/v1/handoff/", "handoff")]
)
def test_public_apis_declare_their_throttle_scope(url, scope):
    try:
        match = resolve(url)
    except Resolver404:
        pytest.fail(f"{url} is not routed")
    view = getattr(match.func, "view_class", None) or getattr(match.func, "cls", None)
    assert getattr(view, "throttle_scope", None) == scope


# --- client_ip ------------------------------------------------------------------
@pytest.mark.parametrize(
    "proxies, remote, xff, expected",
    [
        (0, "192.0.2.1", "203.0.113.9", "192.0.2.1"),
        (1, "10.0.0.1", "203.0.113.9", "203.0.113.9"),
        (1, "10.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        (1, "10.0.0.1", "not-an-ip", "10.0.0.1"),
        (1, "10.0.0.1", "", "10.0.0.1"),
        (2, "10.0.0.2", "203.0.113.9", "203.0.113.9"),
        (0, "", "", None),
        (0, "garbage", "", None),
        (1, "10.0.0.1", " 2001:DB8::1 ", "2001:db8::1"),
    ],
)
def test_client_ip_is_proxy_aware_and_never_garbage(rf, settings, proxies, remote, xff, expected):
    from ops.clientip import client_ip

    settings.PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=xff)
    assert client_ip(request) == expected


@override_settings(THROTTLE_RATES=ON)
def test_it_lets_requests_through_when_the_counter_store_is_down(client, client_addr, monkeypatch, caplog):
    import ops.throttles

    def down(*args, **kwargs):
        raise ConnectionError("redis://:secret@cache:6379 refused")

    monkeypatch.setattr(ops.throttles, "_count", down)
    codes = [post(client, "/api/v1/_echo/", client_addr).status_code for _ in range(5)]
    assert codes == [200] * 5
    assert "rate limit store unavailable" in caplog.text
