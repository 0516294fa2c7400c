"""The site's production settings plus bench/urls.py (the bare endpoint)."""
from ipr_site.settings import *  # noqa: F401,F403

ROOT_URLCONF = "bench.urls"
