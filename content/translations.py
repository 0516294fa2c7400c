"""Spanish versions of the content: the "es" block of FAQs and contacts, and the glossary.

Why explicit `_es` fields rather than a translation library: the assistant speaks
two languages; one field per translated text keeps django-simple-history recording
every Spanish edit next to the English one (a translation library registering its
fields after the history model is built would leave them out), keeps the loaders
and their staff-edit protection as they are, and shows both side by side in the
admin. A third language would justify a library; two do not.
"""
from django.utils.html import format_html
from django.utils.translation import get_language

# The "es" block of each file, and the model field each key fills.
FAQ_FIELDS = {"question": "question_es", "answer": "answer_es", "alternate_phrasings": "alternate_phrasings_es"}
CONTACT_FIELDS = {"name": "name_es", "purpose": "purpose_es", "who_should_use": "who_should_use_es", "keywords": "keywords_es"}


def problems(block, fields: dict[str, str]) -> list[str]:
    """What is wrong with an entry's "es" block (absent is fine: not translated yet)."""
    if block is None:
        return []
    if not isinstance(block, dict):
        return ['"es" must be an object']
    out = [f'"es" has unknown key(s) {", ".join(sorted(set(block) - set(fields)))}'] if set(block) - set(fields) else []
    for key, value in block.items():
        if key == "alternate_phrasings":
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                out.append('"es"."alternate_phrasings" must be a list of strings')
        elif not isinstance(value, str):
            out.append(f'"es".{key!r} must be text')
    if "question" in fields and block and not str(block.get("question") or "").strip():
        out.append('"es" needs a "question" (or leave "es" out until it is translated)')
    return out


def values(block, fields: dict[str, str]) -> dict[str, str]:
    """The model fields an "es" block fills ("" for what it leaves out)."""
    block = block or {}
    out = {}
    for key, field in fields.items():
        value = block.get(key) or ""
        if isinstance(value, list):
            value = "\n".join(v.strip() for v in value if v.strip())
        out[field] = str(value).strip()
    return out


# --- on the public pages ----------------------------------------------------------


class Text(str):
    """A text and the language it is written in (a plain str everywhere else).

    On a Spanish page, English text (a report passage, an FAQ not translated yet)
    must say so to screen readers and translators: `lang_attr` is ` lang="en"`
    when the text's language is not the page's, else nothing.
    """

    language: str

    def __new__(cls, text: str, language: str) -> "Text":
        made = super().__new__(cls, text)
        made.language = language
        return made

    @property
    def lang_attr(self) -> str:
        return format_html(' lang="{}"', self.language) if self.language != (get_language() or "en") else ""

    @property
    def in_page_language(self) -> bool:
        return self.language == (get_language() or "en")


def field_text(obj, field: str, language: str) -> Text:
    """`obj.<field>` in `language` (its `<field>_es`) when there is one, else the English."""
    if language != "en":
        translated = str(getattr(obj, f"{field}_{language}", "") or "").strip()
        if translated:
            return Text(translated, language)
    return Text(getattr(obj, field) or "", "en")


class Glossary:
    """Report names (tables, rows, section titles) in one language, from content.GlossaryTerm.

    A name the glossary lacks stays in English and says so (Text.language).
    Matching forgives case ("Seizure lines" finds "Seizure Lines").
    """

    do_not_call_in_templates = True  # templates pass it to the `named` filter

    def __init__(self, language: str, terms: dict[str, str] | None = None):
        self.language = language
        self.terms = dict(terms or {})
        self.folded = {english.casefold(): spanish for english, spanish in self.terms.items()}

    def __call__(self, english: str) -> Text:
        english = str(english or "")
        if self.language == "en":
            return Text(english, "en")
        found = self.terms.get(english) or self.folded.get(english.strip().casefold())
        return Text(found, self.language) if found else Text(english, "en")
