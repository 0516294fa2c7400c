"""Settings for the IPR assistant, read from environment variables.

Local defaults are safe and need nothing installed: SQLite, no Redis, DEBUG off.
Production sets IPR_PRODUCTION=1 plus DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS,
DATABASE_URL and REDIS_URL (see README.md, "Configuration").
"""
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from ipr_site.env import check_known, env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("IPR_VAR_DIR", str(BASE_DIR / "var")))

# Every IPR_* variable must be one of these, so a typo fails at start-up.
check_known(
    "IPR_",
    {
        "IPR_PRODUCTION",
        "IPR_VAR_DIR",
        "IPR_ADMIN_PATH",
        "IPR_CORS_ORIGINS",
        "IPR_PROXY_COUNT",
        "IPR_CHAT_RATE",
        "IPR_FEEDBACK_RATE",
        "IPR_HANDOFF_RATE",
        "IPR_CHAT_LOG_DAYS",
        "IPR_HELPDESK_EMAIL",
        "IPR_ALERT_EMAILS",
        "IPR_HANDOFF_STATUS_RATE",
        "IPR_FALLBACK_THRESHOLD",
        "IPR_INDEX_POLL_SECONDS",
        "IPR_ANSWER_CACHE_SIZE",
        "IPR_CELERY_EAGER",
        "IPR_LOG_LEVEL",
        "IPR_REDIS_TIMEOUT",
    },
)

PRODUCTION = env_bool("IPR_PRODUCTION", False)
DEBUG = env_bool("DJANGO_DEBUG", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG must be off when IPR_PRODUCTION=1")

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when IPR_PRODUCTION=1")
    # Local runs only: a fixed, obviously unsafe key so sessions survive restarts.
    SECRET_KEY = "local-development-only-not-secret-" + "x" * 32

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
if PRODUCTION and not env_str("DJANGO_ALLOWED_HOSTS"):
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is required when IPR_PRODUCTION=1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "drf_spectacular",
    "simple_history",
    "django_celery_beat",
    "axes",
    "content",
    "assistant",
    "ops",
    "portal",
    "handoff",
    "insights",
]

MIDDLEWARE = [
    # First, so every response (static files and errors too) gets the headers.
    "ops.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # After CORS so the widget on other origins can read a 413.
    "ops.middleware.BodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language is the address's (/es/...), never a cookie or Accept-Language.
    "ops.middleware.PathLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, so it sees the authentication result of every login attempt.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "ipr_site.urls"
WSGI_APPLICATION = "ipr_site.wsgi.application"
ASGI_APPLICATION = "ipr_site.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite when DATABASE_URL is unset; PostgreSQL (psycopg 3) when it is.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60, minimum=0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web, worker and beat share one SQLite file locally: wait for locks, don't fail.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
# Seconds any Redis call of a web process may wait (connect, then each reply):
# a Redis that hangs instead of refusing must not hang the site (ops/redis_client.py).
REDIS_TIMEOUT = env_float("IPR_REDIS_TIMEOUT", 0.25, minimum=0.01, maximum=30)
# The chat's rate-limit counter waits less: a hung Redis may cost a question at
# most this long, and the breaker skips Redis for THROTTLE_BREAKER_SECONDS after.
THROTTLE_REDIS_TIMEOUT = min(REDIS_TIMEOUT, 0.05)
THROTTLE_BREAKER_SECONDS = 5.0
# Passed to redis-py's connection pool (whose connections never retry).
REDIS_CACHE_OPTIONS = {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    # Shared by every local process (web, worker), unlike LocMemCache.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Public pages in English at /, in Spanish under /es/ (ipr_site/urls.py); the
# admin and the APIs are English. Translations: locale/es/LC_MESSAGES/django.po,
# compiled to django.mo (scripts/messages; docs/widget.md, "Languages").
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Serve from app folders without collectstatic in local runs and tests.
WHITENOISE_USE_FINDERS = not PRODUCTION
if not PRODUCTION:
    # WhiteNoise also looks in STATIC_ROOT and warns on every start when it is
    # missing; in production it must exist (collectstatic), so there the warning stays.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# The admin lives on a configurable path so it is not where every bot looks.
ADMIN_PATH = env_str("IPR_ADMIN_PATH", "admin/").strip("/") + "/"

REST_FRAMEWORK = {
    # Unique component names for the nested Input/OutputSerializers (ops/schema.py).
    "DEFAULT_SCHEMA_CLASS": "ops.schema.AutoSchema",
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "EXCEPTION_HANDLER": "ops.errors.handler",
    # Views set throttle_scope; rates come from THROTTLE_RATES (below).
    "DEFAULT_THROTTLE_CLASSES": ["ops.throttles.ScopedThrottle"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "IPR public-information assistant API",
    "DESCRIPTION": "Ask questions about U.S. border enforcement of intellectual property rights.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

# The widget may be embedded on other origins; only these may call the API.
CORS_ALLOWED_ORIGINS = env_list("IPR_CORS_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"
# The widget on another site reads Retry-After to say when to try again.
CORS_EXPOSE_HEADERS = ["Retry-After"]

# Behind N trusted proxies the client is the Nth address from the right of
# X-Forwarded-For; 0 means use REMOTE_ADDR and ignore the header.
PROXY_COUNT = env_int("IPR_PROXY_COUNT", 0, minimum=0)

# Per-client API rate limits ("N/s|min|hour|day", or "off"), counted in the
# shared cache so every web process enforces the same budget (ops/throttles.py).
THROTTLE_RATES = {
    "chat": env_str("IPR_CHAT_RATE", "30/min"),
    "feedback": env_str("IPR_FEEDBACK_RATE", "30/min"),
    "handoff": env_str("IPR_HANDOFF_RATE", "5/day"),
    # The widget polls a hand-off's status until it is sent.
    "handoff_status": env_str("IPR_HANDOFF_STATUS_RATE", "60/min"),
}
# API bodies over this are refused with 413 before they are read in full;
# other forms (the admin) keep a larger cap on what Django reads into memory.
API_MAX_BODY = 16 * 1024
# Deepest JSON nesting an API body may have (ours need 2); deeper is refused
# before parsing, since Python's JSON parser recurses (ops/middleware.py).
API_MAX_JSON_DEPTH = 32
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# No inline scripts or styles anywhere; the admin also gets inline style
# attributes, which django-simple-history's templates use (ops/middleware.py).
_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
CSP = "; ".join(f"{k} {v}" for k, v in _CSP.items())
CSP_ADMIN = "; ".join(f"{k} {v}" for k, v in {**_CSP, "style-src": "'self' 'unsafe-inline'"}.items())
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)

# Assistant behaviour.
CHAT_LOG_DAYS = env_int("IPR_CHAT_LOG_DAYS", 90, minimum=1)
HELPDESK_EMAIL = env_str("IPR_HELPDESK_EMAIL", "IPRHELPDESK@cbp.dhs.gov")
# Staff told by email when a hand-off could not be sent for a day (docs/handoff.md).
ALERT_EMAILS = env_list("IPR_ALERT_EMAILS", [])
INDEX_POLL_SECONDS = env_int("IPR_INDEX_POLL_SECONDS", 2, minimum=1)
# Content edits queue a coalesced index rebuild (assistant/rebuild.py; off in tests).
INDEX_AUTO_REBUILD = True
CHAT_MAX_CHARS = 1000
# "batched": on PostgreSQL the chat log and daily counters are written by a
# per-process batch writer, off the request path (assistant/exchange_writer.py);
# "inline": in the request, one statement per question.
EXCHANGE_WRITES = "batched"
# Recent answers each web process keeps, to answer a repeated question without
# recomputing it (assistant/answer_cache.py; 0 turns it off).
ANSWER_CACHE_SIZE = env_int("IPR_ANSWER_CACHE_SIZE", 1024, minimum=0)
# Least confidence an FAQ or report-passage answer may have before the assistant
# falls back (chosen on the dev set: docs/assistant.md, "Fallback threshold").
try:
    FALLBACK_THRESHOLD = float(env_str("IPR_FALLBACK_THRESHOLD", "0.12"))
except ValueError:
    raise ImproperlyConfigured("IPR_FALLBACK_THRESHOLD must be a number between 0 and 1") from None
if not 0.0 <= FALLBACK_THRESHOLD <= 1.0:
    raise ImproperlyConfigured("IPR_FALLBACK_THRESHOLD must be a number between 0 and 1")

# Failed admin logins: an address is locked out for an hour after 5 failures,
# whatever usernames it tried (counting per username + address let one address
# try 5 passwords for every username it could think of). Locking a username
# for every address is left out on purpose: anyone could lock staff out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
# Same client address as the API throttles (PROXY_COUNT-aware, not spoofable).
AXES_CLIENT_IP_CALLABLE = "ops.clientip.client_ip"
AXES_LOCKOUT_TEMPLATE = "ops/lockout.html"

# Celery: Redis when REDIS_URL is set; otherwise an embedded filesystem broker so
# the local run needs nothing installed (web, worker and beat share var/broker).
CELERY_TASK_ALWAYS_EAGER = env_bool("IPR_CELERY_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    # A job taken by a worker that dies is redelivered after this long; it must
    # exceed the task time limit (15 min) so a slow job is never run twice at once.
    # Socket timeouts so a hung Redis fails a publish instead of hanging it; the
    # read timeout stays above kombu's 1 s BRPOP poll so workers are unaffected.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": 20 * 60,
        "socket_connect_timeout": max(REDIS_TIMEOUT, 1.0),
        "socket_timeout": 5.0,
    }
else:
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(VAR_DIR / "broker" / "out"),
        "data_folder_out": str(VAR_DIR / "broker" / "out"),
        "processed_folder": str(VAR_DIR / "broker" / "processed"),
        "control_folder": str(VAR_DIR / "broker" / "control"),
        "store_processed": False,
    }
    # kombu does not create them, and publishing fails without them.
    for _folder in ("out", "processed"):
        (VAR_DIR / "broker" / _folder).mkdir(parents=True, exist_ok=True)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True  # redelivered if a worker dies mid-task
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 15 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 14 * 60
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE

EMAIL_BACKEND = env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25, minimum=1)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "ipr-assistant@localhost")

# Security headers, everywhere.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    # Load balancers probe over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 50 random characters")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("IPR_LOG_LEVEL", "INFO").upper()},
}

VAR_DIR.mkdir(parents=True, exist_ok=True)
