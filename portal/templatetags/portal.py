from django import template
from django.utils.safestring import SafeString

from portal import markup as markup_module

register = template.Library()


@register.filter
def markup(text: str) -> SafeString:
    """Render answer markup (**bold**, [links](url), lists) through the nh3 allowlist."""
    return markup_module.render(text)
