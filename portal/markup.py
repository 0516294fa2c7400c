"""The small markup answers use (**bold**, [links](url), "- " lists), rendered safely.

Staff edit FAQ answers in the admin, so the text is untrusted: it is escaped first,
only the constructs below become tags, and nh3 (an allowlist sanitiser) has the
last word on tags, attributes and URL schemes.
"""
import html
import re

import nh3
from django.utils.safestring import SafeString, mark_safe

TAGS = {"p", "br", "strong", "a", "ul", "li"}
SCHEMES = {"https", "http", "mailto", "tel"}

# On escaped text: [label](url) | **bold** | a bare https URL.
_INLINE = re.compile(
    r"\[(?P<label>[^\]\n]{1,300})\]\((?P<url>[^()\s]{1,2000})\)"
    r"|\*\*(?P<bold>[^\n]+?)\*\*"
    r"|(?P<bare>https://(?:[^\s<>()\[\]&]|&amp;){1,2000}?)(?=[.,;:!?]*(?:\s|$|[<()\[\]]|&(?!amp;)))"
)


def safe_url(url: str) -> bool:
    """https, http, mailto, tel or a site-relative path; nothing that can run code."""
    lowered = url.strip().lower()
    if lowered.startswith("/"):
        return not lowered.startswith("//") and not lowered.startswith("/\\")
    return lowered.startswith(("https://", "http://", "mailto:", "tel:"))


def _inline(escaped: str) -> str:
    def replace(match: re.Match) -> str:
        if match.group("label") is not None:
            url = html.unescape(match.group("url"))
            if not safe_url(url):
                return match.group(0)  # shown as typed, never as a link
            return f'<a href="{html.escape(url)}">{match.group("label")}</a>'
        if match.group("bold") is not None:
            return f"<strong>{_inline(match.group('bold'))}</strong>"
        url = match.group("bare")
        return f'<a href="{url}">{url}</a>'

    return _INLINE.sub(replace, escaped)


def to_html(text: str) -> str:
    """Blocks split on blank lines; "- " lines become lists, other lines keep their breaks."""
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", (text or "").replace("\r\n", "\n").strip()):
        items: list[str] = []
        lines: list[str] = []

        def flush_lines() -> None:
            if lines:
                out.append("<p>" + "<br>".join(lines) + "</p>")
                lines.clear()

        def flush_items() -> None:
            if items:
                out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
                items.clear()

        for raw in block.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if line.startswith(("- ", "* ")):
                flush_lines()
                items.append(_inline(html.escape(line[2:].strip(), quote=True)))
            else:
                flush_items()
                lines.append(_inline(html.escape(line, quote=True)))
        flush_lines()
        flush_items()
    return "".join(out)


def render(text: str) -> SafeString:
    cleaned = nh3.clean(
        to_html(text),
        tags=TAGS,
        attributes={"a": {"href"}},
        url_schemes=SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return mark_safe(cleaned)  # noqa: S308 - nh3 output is sanitised by construction
