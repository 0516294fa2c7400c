"""The questions the home page offers under "What you can ask", in every language.

Each one is a button that asks the assistant. They are translated like the rest
of the page (locale/es/LC_MESSAGES/django.po), so the Spanish home page asks
Spanish questions; tests/browser/test_widget_suggestions.py asks every one in
both languages and fails if any gets a fallback.
"""
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

EXAMPLES = [
    (
        _("If you shop online"),
        [
            _("How do I report a counterfeit seller?"),
            _("How can I tell if a product is fake?"),
            _("Are counterfeit phone chargers dangerous?"),
        ],
    ),
    (
        _("If you own a brand or run a business"),
        [
            _("How do I record my trademark with CBP?"),
            _("What happens when CBP seizes goods that infringe my rights?"),
            _("Who do I contact with questions about IPR enforcement?"),
        ],
    ),
    (
        _("About the figures"),
        [
            _("How many seizures did CBP make in FY 2021?"),
            _("What was the value of seized handbags and wallets?"),
            _("Which economies were the top sources of seized goods?"),
        ],
    ),
]


def examples(language: str | None = None) -> list[tuple[str, list[str]]]:
    """[(audience, [question, ...])] as plain text, in `language` (default: the active one)."""
    def texts():
        return [(str(audience), [str(q) for q in questions]) for audience, questions in EXAMPLES]

    if language is None:
        return texts()
    with override(language):
        return texts()
