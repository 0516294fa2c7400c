"""GET /api/v1/widget/: the widget's starter questions and limits, from one copy on the server."""
from assistant.answering import messages
from handoff import services as handoff


def test_it_gives_the_starters_and_limits_the_server_uses(client, settings):
    settings.CHAT_MAX_CHARS = 1000
    response = client.get("/api/v1/widget/")
    assert response.status_code == 200
    assert response.json() == {
        "max_chars": 1000,
        "starters": messages.starters("en"),
        "handoff": {
            "max_questions": handoff.MAX_QUESTIONS,
            "max_question_chars": handoff.MAX_QUESTION_CHARS,
            "max_total_chars": handoff.MAX_TOTAL_CHARS,
        },
    }
    assert "max-age=300" in response["Cache-Control"] and "public" in response["Cache-Control"]


def test_it_is_readable_from_an_allowed_origin(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    response = client.get("/api/v1/widget/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"


def test_the_widget_keeps_no_copy_of_them():
    import re
    from pathlib import Path

    widget = (Path(handoff.__file__).parents[1] / "assistant" / "static" / "assistant" / "widget.js").read_text()
    for starter in messages.starters("en"):
        assert starter not in widget
    assert not re.search(r"\bmax\w*\s*[=:]\s*\d", widget, re.IGNORECASE)  # no `const MAX = 1000`
    assert "1,000" not in widget
