from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import pgettext_lazy
from django.utils.safestring import SafeString

from content.translations import Glossary, Text, field_text
from portal import markup as markup_module

register = template.Library()


@register.filter
def markup(text: str) -> SafeString:
    """Render answer markup (**bold**, [links](url), lists) through the nh3 allowlist."""
    return markup_module.render(text)


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[dict]:
    """This page in every language: [{code, name, url, absolute, current}], for the switch and hreflang links.

    A page that has no address in another language (a 404) links to that language's home page.
    """
    request = context.get("request")
    here = request.get_full_path() if request is not None else "/"
    current = translation.get_language()
    out = []
    for code, name in settings.LANGUAGES:
        url = translate_url(here, code) if request is not None else here
        if code != current and url == here:
            with translation.override(code):
                url = reverse("home")
        absolute = request.build_absolute_uri(url) if request is not None else url
        out.append({"code": code, "name": name, "url": url, "absolute": absolute, "current": code == current})
    return out


@register.filter
def translated(obj, field: str) -> Text:
    """`obj.<field>` in the page's language when it has a version in it, else English (Text knows which)."""
    return field_text(obj, field, translation.get_language() or "en")


@register.filter
def named(english: str, names: Glossary | None) -> Text:
    """A name as the report prints it, in the page's language from the glossary (`names`)."""
    return names(english) if isinstance(names, Glossary) else Text(str(english or ""), "en")


_CONTACT_KINDS = {
    "online_form": pgettext_lazy("contact kind", "Online form"),
    "website": pgettext_lazy("contact kind", "Website"),
    "email": pgettext_lazy("contact kind", "Email"),
    "phone": pgettext_lazy("contact kind", "Phone"),
}


@register.filter
def contact_kind(kind: str) -> str:
    """A contact's kind in the page's language (the model's choices stay English for the admin)."""
    return str(_CONTACT_KINDS.get(kind, kind))
