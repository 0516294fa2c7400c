import secrets

import pytest


@pytest.fixture
def client_addr():
    """A fresh client address per test, so throttle windows never overlap."""
    return f"2001:db8::{secrets.token_hex(2)}:{secrets.token_hex(2)}"
