"""No tables of its own: proxies put the dashboard and the console in the admin index.

The admin lists registered models; a proxy gives each staff page an entry
there (and the usual view permission) without a template override.
"""
from assistant.models import ChatLog, DailyCount


class Dashboard(DailyCount):
    class Meta:
        proxy = True
        verbose_name = "dashboard"
        verbose_name_plural = "dashboard"


class Console(ChatLog):
    class Meta:
        proxy = True
        verbose_name = "try a question"
        verbose_name_plural = "try a question"
