from django.urls import path

from assistant import api, widget_config

urlpatterns = [
    path("chat/", api.ChatApi.as_view(), name="api-chat"),
    path("feedback/", api.FeedbackApi.as_view(), name="api-feedback"),
    path("widget/", widget_config.WidgetConfigApi.as_view(), name="api-widget-config"),
]
