from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Content"

    def ready(self) -> None:
        # Content changes queue index rebuilds (content/signals.py).
        from content import signals

        signals.connect()
