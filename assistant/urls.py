from django.urls import path

from assistant import api

urlpatterns = [
    path("chat/", api.ChatApi.as_view(), name="api-chat"),
    path("feedback/", api.FeedbackApi.as_view(), name="api-feedback"),
]
