"""Fuzz every /api/v1/ operation from its own OpenAPI schema (schemathesis).

Valid and invalid requests are generated from /api/schema/ (drf-spectacular)
and sent in-process through the WSGI app; every response must be a non-5xx
whose status code, content type, headers and body are all documented.
Bounded and derandomised, so it is quick and repeatable.

If this fails with "undocumented status code" or "response violates schema",
the view's @extend_schema is out of date with what it really returns.
"""
import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks
from schemathesis.specs.openapi import checks as openapi_checks

CHECKS = [
    checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.negative_data_rejection,
]


# Loaded at collection (pytest-django has set Django up by then); generating
# the schema touches no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application()).include(path_regex=r"^/api/v1/")


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Stop Django closing the test transaction's connection after each request.

    Requests go through the real WSGI handler, whose request_finished signal
    closes connections in a non-autocommit state, i.e. the test transaction on
    PostgreSQL (Django's test client disconnects the same handler).
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.usefixtures("loaded")
@schema.parametrize()
@settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_matches_its_schema_and_never_fails(case):
    case.call_and_validate(checks=CHECKS)
