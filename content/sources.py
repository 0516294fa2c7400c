"""Where an FAQ's answer comes from: its sources and its review date, as the files give them.

Pure Python (no Django): used by the FAQ loader, the model and the file checks.
"""
import datetime
import re

# A report section on this site: /report/<fiscal year>/<section slug>/
SECTION_PATH = re.compile(r"^/report/(\d{4})/([a-z0-9]+(?:-[a-z0-9]+)*)/$")


def is_source_url(url: str) -> bool:
    """An http(s) address, or a path on this site ("/report/2021/executive-summary/")."""
    return bool(re.match(r"^(https?://[^\s/]+\S*|/[^\s/]\S*)$", url or ""))


SOURCE_KEYS = ("title", "url")


def source_problems(sources) -> list[str]:
    """What is wrong with an FAQ's "sources" ([] when nothing): at least one, each a title and a URL."""
    if not isinstance(sources, list) or not sources:
        return ["needs 'sources': a list of at least one {\"title\", \"url\"} saying where the answer comes from"]
    errors, seen = [], set()
    for n, source in enumerate(sources, 1):
        if not isinstance(source, dict):
            errors.append(f"source {n} is not an object with a title and a url")
            continue
        title, url = source.get("title"), source.get("url")
        if not isinstance(title, str) or not title.strip():
            errors.append(f"source {n}: missing 'title'")
        elif len(title) > 300:
            errors.append(f"source {n}: title is longer than 300 characters")
        if not isinstance(url, str) or not is_source_url(url.strip()):
            errors.append(f"source {n}: url {url!r} must be an http(s) address or a path on this site such as /report/2021/executive-summary/")
        elif len(url) > 500:
            errors.append(f"source {n}: url is longer than 500 characters")
        elif url in seen:
            errors.append(f"source {n}: url {url!r} is listed twice")
        seen.add(url)
        unknown = set(source) - set(SOURCE_KEYS)
        if unknown:
            errors.append(f"source {n}: unknown key(s) {', '.join(sorted(unknown))}")
    return errors


def reviewed_problems(value, today: datetime.date | None = None) -> list[str]:
    """What is wrong with an FAQ's "reviewed" date ([] when nothing)."""
    if not isinstance(value, str) or not value.strip():
        return ["needs 'reviewed': the date its answer was last checked against its sources, as YYYY-MM-DD"]
    try:
        day = datetime.date.fromisoformat(value.strip())
    except ValueError:
        return [f"reviewed {value!r} is not a date written YYYY-MM-DD"]
    if day > (today or datetime.date.today()):
        return [f"reviewed {value!r} is in the future"]
    return []


