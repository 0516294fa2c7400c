from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The public site: home page, privacy notice, channel redirects, shared layout."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
