from django.urls import path

from handoff import api

urlpatterns = [
    path("", api.HandoffApi.as_view(), name="api-handoff"),
    path("<str:reference>/", api.HandoffStatusApi.as_view(), name="api-handoff-status"),
]
