"""portal.markup: the small answer markup, rendered through the nh3 allowlist."""
from html.parser import HTMLParser

import pytest

from portal.markup import render, safe_url


class TestRender:
    """What becomes markup."""

    def test_it_renders_bold_links_lists_and_breaks(self):
        html = render("Hello **there**\nnext line\n\n- one\n- [two](https://a.example/x)")
        assert html == (
            "<p>Hello <strong>there</strong><br>next line</p>"
            '<ul><li>one</li><li><a href="https://a.example/x" rel="noopener noreferrer">two</a></li></ul>'
        )

    def test_it_links_bare_https_urls_without_trailing_punctuation(self):
        html = render("Go to https://eallegations.cbp.gov/s/.")
        assert '<a href="https://eallegations.cbp.gov/s/" rel="noopener noreferrer">https://eallegations.cbp.gov/s/</a>.' in html

    @pytest.mark.parametrize("url", ["mailto:IPRHELPDESK@cbp.dhs.gov", "tel:+18002325378", "/faq/3/"])
    def test_it_keeps_allowed_schemes(self, url):
        assert f'href="{url}"' in render(f"[x]({url})")


class TestRenderRefuses:
    """Hostile input ends up as harmless text."""

    @pytest.mark.parametrize(
        "text",
        [
            "<script>alert(1)</script>",
            '<img src=x onerror="alert(1)">',
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](//evil.example/)",
            '[x](https://a.example/"onmouseover="alert(1))',
            "**<svg/onload=alert(1)>**",
        ],
    )
    def test_it_handles_hostile_markup(self, text):
        html = str(render(text))
        assert "<script" not in html and "<img" not in html and "<svg" not in html
        assert 'href="javascript' not in html.lower()
        assert 'href="data' not in html and 'href="//' not in html
        assert elements(html) <= {("p", ()), ("strong", ()), ("a", ("href", "rel")), ("br", ())}


def elements(html: str) -> set[tuple[str, tuple[str, ...]]]:
    """Every (tag, attribute names) in the output, to prove nothing else got through."""
    found = set()

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.add((tag, tuple(sorted(name for name, _ in attrs))))

    Collect().feed(html)
    return found

    def test_it_handles_empty_text(self):
        assert render("") == ""


@pytest.mark.parametrize(
    "url,ok",
    [("https://x.example", True), ("http://x.example", True), ("/report/a/", True), ("mailto:a@b.c", True),
     ("tel:+1", True), ("//x.example", False), ("/\\x.example", False), ("javascript:x", False), ("", False)],
)
def test_safe_url(url, ok):
    assert safe_url(url) is ok
