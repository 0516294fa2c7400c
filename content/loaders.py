"""Writes shared by the content loaders, and the FAQ, contact and synonym file loaders.

See content/services.py for the rules every loader follows.
"""
import datetime
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import models, transaction

from content import translations
from content.models import FAQ, Audience, Contact, Example, FAQSource, GlossaryTerm, Section, Synonym, fingerprint
from content.reading import read_json_list, refuse
from content.sources import SECTION_PATH, reviewed_problems, source_problems

LOADER = "loaded from source"
UNPUBLISHED = "unpublished: missing from source"
# Loader changes are recorded in history under this (inactive, password-less) user,
# so the admin history says who made them; staff_touched() leaves it out.
LOADER_USERNAME = "content-loader"

_reason: ContextVar[str] = ContextVar("content_load_reason", default=LOADER)
_user: ContextVar[object | None] = ContextVar("content_loader_user", default=None)


@contextmanager
def writing(reason: str):
    """Loader writes inside this block carry `reason` in their history (e.g. "loaded from <source>")."""
    reason_token, user_token = _reason.set(reason[:100]), _user.set(None)
    try:
        yield
    finally:
        _reason.reset(reason_token)
        _user.reset(user_token)


def loader_user():
    """The history user of loader changes (created on first use)."""
    user = _user.get()
    if user is not None:
        return user
    User = get_user_model()
    user = User.objects.filter(username=LOADER_USERNAME).first()
    if user is None:
        user = User(username=LOADER_USERNAME, first_name="Content", last_name="loader", is_active=False)
        user.set_unusable_password()
        user.save()
    _user.set(user)
    return user


def stamp(obj, reason: str = "") -> None:
    """Mark the next save of `obj` as the loader's, with why."""
    obj._history_user = loader_user()
    obj._change_reason = (reason or _reason.get())[:100]


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    kept: int = 0  # edited by staff, left alone
    unpublished: int = 0
    unchanged: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.unpublished)

    def __str__(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, {self.kept} kept (staff-edited), "
            f"{self.unpublished} unpublished, {self.unchanged} unchanged"
        )


# --- writing ---------------------------------------------------------------


def staff_touched(model: type[models.Model]) -> set[int]:
    """Ids of rows a signed-in user changed (the loader's own history user aside)."""
    rows = model.history.filter(history_user__isnull=False).exclude(history_user__username=LOADER_USERNAME)
    return set(rows.values_list("id", flat=True).distinct())


def upsert(model, lookup: dict, loaded: dict, other: dict, touched: set[int] | None = None) -> str:
    """Create or update one Loaded row; returns created/updated/kept/unchanged."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**{**lookup, **loaded, **other})
        obj.origin_hash = fingerprint({k: getattr(obj, k) for k in model.loaded_fields})
        stamp(obj)
        obj.save()
        return "created"
    if obj.edited_by_staff or (touched is not None and obj.pk in touched):
        return "kept"
    changed = False
    for name, value in {**loaded, **other}.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    if not obj.published:  # unpublished by the loader (staff unpublishing counts as touched)
        obj.published, changed = True, True
    new_hash = obj.current_hash()
    if obj.origin_hash != new_hash:
        obj.origin_hash, changed = new_hash, True
    if not changed:
        return "unchanged"
    stamp(obj)
    obj.save()
    return "updated"


def unpublish_missing(rows, key, keep: set, counts: Counts, touched: set[int] | None = None) -> int:
    """Unpublish loader-made rows whose key is no longer in the source; returns how many."""
    fields = (key,) if isinstance(key, str) else tuple(key)
    done = 0
    for obj in rows.filter(published=True).exclude(origin_hash=""):
        value = getattr(obj, fields[0]) if len(fields) == 1 else tuple(getattr(obj, f) for f in fields)
        if value in keep:
            continue
        if obj.edited_by_staff or (touched is not None and obj.pk in touched):
            counts.kept += 1
            continue
        obj.published = False
        stamp(obj, UNPUBLISHED)
        obj.save()
        done += 1
    return done


# --- contacts, FAQs, synonyms ---------------------------------------------------

CONTACT_KEYS = (
    "slug", "name", "kind", "url", "email", "phone", "hours", "purpose", "who_should_use", "keywords", "example_questions", "order",
    "es",
)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _entry(i: int, item) -> str:
    key = item.get("slug") or item.get("key") or item.get("term") if isinstance(item, dict) else None
    return f"entry {i + 1}" + (f" ({key!r})" if key else "")


def _text(item: dict, name: str) -> str:
    value = item.get(name) or ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return str(value).strip()


def validate_contacts(data: list) -> list[str]:
    errors, seen = [], set()
    kinds = set(Contact.Kind.values)
    for i, item in enumerate(data):
        where = _entry(i, item)
        if not isinstance(item, dict):
            errors.append(f"{where} is not an object")
            continue
        for name in ("slug", "name", "kind", "purpose"):
            if not str(item.get(name) or "").strip():
                errors.append(f"{where}: missing {name!r}")
        slug = str(item.get("slug") or "")
        if slug and not SLUG.match(slug):
            errors.append(f"{where}: slug {slug!r} must be lowercase words joined by hyphens")
        if slug in seen:
            errors.append(f"{where}: slug {slug!r} is used twice")
        seen.add(slug)
        if item.get("kind") and item["kind"] not in kinds:
            errors.append(f"{where}: unknown kind {item['kind']!r} (use {', '.join(sorted(kinds))})")
        url, email, phone = _text(item, "url"), _text(item, "email"), _text(item, "phone")
        if url and not re.match(r"^https?://\S+$", url):
            errors.append(f"{where}: url {url!r} must start with http:// or https://")
        if email and not re.match(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$", email):
            errors.append(f"{where}: email {email!r} is not an e-mail address")
        if not (url or email or phone):
            errors.append(f"{where}: needs a url, an email or a phone")
        unknown = set(item) - set(CONTACT_KEYS)
        if unknown:
            errors.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        if "order" in item and not isinstance(item["order"], int):
            errors.append(f"{where}: order must be a whole number")
        if not _strings(item.get("example_questions", [])):
            errors.append(f"{where}: example_questions must be a list of strings")
        errors += [f"{where}: {p}" for p in translations.problems(item.get("es"), translations.CONTACT_FIELDS)]
    return errors


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _lines(values: list[str]) -> str:
    return "\n".join(v.strip() for v in values if v.strip())


def load_contacts(path: Path) -> tuple[Counts, list[str]]:
    data = read_json_list(Path(path))
    refuse(Path(path).name, validate_contacts(data))
    counts, touched = Counts(), staff_touched(Contact)
    with writing(f"loaded from {Path(path).name}"), transaction.atomic():
        for i, item in enumerate(data):
            loaded = {k: _text(item, k) for k in Contact.loaded_fields if k not in translations.CONTACT_FIELDS.values()}
            loaded["example_questions"] = _lines(item.get("example_questions", []))
            loaded.update(translations.values(item.get("es"), translations.CONTACT_FIELDS))
            other = {"keywords": _text(item, "keywords"), "order": item.get("order", (i + 1) * 10)}
            counts.add(upsert(Contact, {"slug": item["slug"]}, loaded, other, touched))
        keep = {item["slug"] for item in data}
        counts.unpublished += unpublish_missing(Contact.objects.all(), "slug", keep, counts, touched)
    return counts, []


FAQ_KEYS = (
    "key", "question", "answer", "alternate_phrasings", "audience", "contacts", "section", "order", "published",
    "sources", "reviewed", "es",
)
def validate_faqs(data: list, contact_slugs: set[str]) -> list[str]:
    errors, seen = [], set()
    for i, item in enumerate(data):
        where = _entry(i, item)
        if not isinstance(item, dict):
            errors.append(f"{where} is not an object")
            continue
        for name in ("key", "question", "answer"):
            if not isinstance(item.get(name), str) or not item[name].strip():
                errors.append(f"{where}: missing {name!r}")
        key = str(item.get("key") or "")
        if key and not SLUG.match(key):
            errors.append(f"{where}: key {key!r} must be lowercase words joined by hyphens")
        if key in seen:
            errors.append(f"{where}: key {key!r} is used twice")
        seen.add(key)
        if len(str(item.get("question") or "")) > 300:
            errors.append(f"{where}: question is longer than 300 characters")
        if not _strings(item.get("alternate_phrasings", [])):
            errors.append(f"{where}: alternate_phrasings must be a list of strings")
        if item.get("audience", "both") not in Audience.values:
            errors.append(f"{where}: unknown audience {item.get('audience')!r} (use {', '.join(Audience.values)})")
        contacts = item.get("contacts", [])
        if not isinstance(contacts, list):
            errors.append(f"{where}: contacts must be a list of contact slugs")
        else:
            for slug in contacts:
                if slug not in contact_slugs:
                    errors.append(f"{where}: unknown contact slug {slug!r}")
        if item.get("section") is not None and not isinstance(item.get("section"), str):
            errors.append(f"{where}: section must be text or null")
        if "order" in item and not isinstance(item["order"], int):
            errors.append(f"{where}: order must be a whole number")
        errors += [f"{where}: {p}" for p in source_problems(item.get("sources"))]
        errors += [f"{where}: {p}" for p in reviewed_problems(item.get("reviewed"))]
        errors += [f"{where}: {p}" for p in translations.problems(item.get("es"), translations.FAQ_FIELDS)]
        unknown = set(item) - set(FAQ_KEYS)
        if unknown:
            errors.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return errors


def resolve_section(words: str | None, sources: list[dict] | None = None) -> Section | None:
    """The Section an FAQ comes from: the report section its sources name
    (/report/<year>/<slug>/), else the newest report's section whose slug equals
    `words`, else whose title contains them."""
    for source in sources or []:
        match = SECTION_PATH.match(str(source.get("url", "")))
        if match:
            found = Section.objects.filter(report__fiscal_year=int(match.group(1)), slug=match.group(2)).first()
            if found is not None:
                return found
    if not words:
        return None
    words = words.strip()
    rows = Section.objects.order_by("-report__fiscal_year", "-published", "order")
    return rows.filter(slug=words).first() or rows.filter(title__icontains=words).first()


def missing_section_sources(data: list) -> list[str]:
    """FAQ sources naming a report section that is not loaded."""
    errors = []
    for i, item in enumerate(data):
        for source in item.get("sources") or []:
            match = SECTION_PATH.match(str(source.get("url", ""))) if isinstance(source, dict) else None
            if match and not Section.objects.filter(report__fiscal_year=int(match.group(1)), slug=match.group(2)).exists():
                errors.append(f"{_entry(i, item)}: source {source['url']!r} names no loaded report section")
    return errors


def _sync_sources(faq: FAQ, sources: list[dict]) -> bool:
    """Make the FAQ's sources these, in this order; keeps link-check results of URLs kept. Returns whether anything changed."""
    wanted = [(str(s["title"]).strip(), str(s["url"]).strip()) for s in sources]
    have = list(faq.sources.order_by("order", "pk"))
    if [(s.title, s.url) for s in have] == wanted and [s.order for s in have] == [(n + 1) * 10 for n in range(len(have))]:
        return False
    by_url = {s.url: s for s in have}
    for n, (title, url) in enumerate(wanted):
        row = by_url.pop(url, None) or FAQSource(faq=faq, url=url)
        if row.pk is None or row.title != title or row.order != (n + 1) * 10:
            row.title, row.order = title, (n + 1) * 10
            stamp(row)
            row.save()
    for row in by_url.values():
        stamp(row)
        row.delete()
    return True


def load_faqs(path: Path) -> tuple[Counts, list[str]]:
    data = read_json_list(Path(path))
    contacts = {c.slug: c for c in Contact.objects.all()}
    errors = validate_faqs(data, set(contacts))
    refuse(Path(path).name, errors or missing_section_sources(data))
    counts, warnings, touched = Counts(), [], staff_touched(FAQ)
    with writing(f"loaded from {Path(path).name}"), transaction.atomic():
        for i, item in enumerate(data):
            section = resolve_section(item.get("section"), item["sources"])
            if item.get("section") and section is None:
                warnings.append(f"{_entry(i, item)}: no section matches {item['section']!r}")
            loaded = {
                "question": item["question"].strip(),
                "answer": item["answer"].strip(),
                "alternate_phrasings": _lines(item.get("alternate_phrasings", [])),
                "audience": item.get("audience", Audience.BOTH),
                **translations.values(item.get("es"), translations.FAQ_FIELDS),
            }
            other = {
                "section": section,
                "order": item.get("order", (i + 1) * 10),
                "reviewed": datetime.date.fromisoformat(item["reviewed"].strip()),
            }
            outcome = upsert(FAQ, {"key": item["key"]}, loaded, other, touched)
            if outcome != "kept":
                faq = FAQ.objects.get(key=item["key"])
                wanted = {contacts[s].pk for s in item.get("contacts", [])}
                if set(faq.contacts.values_list("pk", flat=True)) != wanted:
                    stamp(faq)
                    faq.contacts.set(wanted)
                    outcome = "updated" if outcome == "unchanged" else outcome
                if _sync_sources(faq, item["sources"]):
                    outcome = "updated" if outcome == "unchanged" else outcome
            counts.add(outcome)
        keep = {item["key"] for item in data}
        counts.unpublished += unpublish_missing(FAQ.objects.all(), "key", keep, counts, touched)
    return counts, warnings


def validate_synonyms(data: list) -> list[str]:
    errors, seen = [], set()
    for i, item in enumerate(data):
        where = _entry(i, item)
        if not isinstance(item, dict):
            errors.append(f"{where} is not an object")
            continue
        term = item.get("term")
        if not isinstance(term, str) or not term.strip():
            errors.append(f"{where}: missing 'term'")
            continue
        if term.strip().lower() in seen:
            errors.append(f"{where}: term {term!r} is listed twice")
        seen.add(term.strip().lower())
        exp = item.get("expansions")
        if not isinstance(exp, list) or not exp or not all(isinstance(e, str) and e.strip() for e in exp):
            errors.append(f"{where}: expansions must be a non-empty list of words")
        elif len(", ".join(exp)) > 300:
            errors.append(f"{where}: expansions are longer than 300 characters")
    return errors


def load_synonyms(path: Path, language: str = "en") -> tuple[Counts, list[str]]:
    """Synonyms of one language (synonyms.json: English, synonyms_es.json: Spanish). They have no
    origin hash: a row a signed-in user changed is staff's. Terms of another language are left alone."""
    data = read_json_list(Path(path))
    refuse(Path(path).name, validate_synonyms(data))
    counts, touched = Counts(), staff_touched(Synonym)
    with writing(f"loaded from {Path(path).name}"), transaction.atomic():
        keep = set()
        for item in data:
            term = item["term"].strip().lower()
            keep.add(term)
            expansions = ", ".join(e.strip().lower() for e in item["expansions"])
            obj = Synonym.objects.filter(term=term).first()
            if obj is None:
                obj = Synonym(term=term, expansions=expansions, language=language)
                stamp(obj)
                obj.save()
                counts.created += 1
            elif obj.pk in touched:
                counts.kept += 1
            elif obj.expansions != expansions or not obj.active or obj.language != language:
                obj.expansions, obj.active, obj.language = expansions, True, language
                stamp(obj)
                obj.save()
                counts.updated += 1
            else:
                counts.unchanged += 1
        for obj in Synonym.objects.filter(active=True, language=language).exclude(term__in=keep):
            if obj.pk in touched:
                counts.kept += 1
                continue
            obj.active = False
            stamp(obj, UNPUBLISHED)
            obj.save()
            counts.unpublished += 1
    return counts, []


def validate_examples(data: list, faq_keys: set[str] | None = None) -> list[str]:
    """faq_keys: the FAQs an example of kind "faq" may name (None: not checked)."""
    errors, seen = [], set()
    kinds = set(Example.Kind.values)
    for i, item in enumerate(data):
        where = f"entry {i + 1}"
        if not isinstance(item, dict):
            errors.append(f"{where} is not an object")
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: missing 'text'")
            continue
        if len(text) > 500:
            errors.append(f"{where}: text is longer than 500 characters")
        if item.get("kind") not in kinds:
            errors.append(f"{where}: kind must be one of {', '.join(sorted(kinds))}")
        faq = item.get("faq")
        if item.get("kind") == Example.Kind.FAQ:
            if not isinstance(faq, str) or not faq:
                errors.append(f"{where}: an example of kind faq needs 'faq', the key of the FAQ it asks")
            elif faq_keys is not None and faq not in faq_keys:
                errors.append(f"{where}: no FAQ has the key {faq!r}")
        elif faq is not None:
            errors.append(f"{where}: only an example of kind faq names an FAQ")
        language = item.get("language", "en")
        if language not in ("en", "es"):
            errors.append(f"{where}: language must be en or es")
        key = (text.strip().lower(), language)
        if key in seen:
            errors.append(f"{where}: {text!r} is listed twice")
        seen.add(key)
        unknown = set(item) - {"text", "kind", "language", "note", "faq"}
        if unknown:
            errors.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return errors


def load_examples(path: Path) -> tuple[Counts, list[str]]:
    """Example questions (figure questions, questions asking an FAQ, out-of-scope ones); a row staff changed is theirs."""
    data = read_json_list(Path(path))
    faqs = {f.key: f for f in FAQ.objects.all()}
    refuse(Path(path).name, validate_examples(data, set(faqs)))
    counts, touched = Counts(), staff_touched(Example)
    with transaction.atomic():
        keep = set()
        for item in data:
            text, language = item["text"].strip(), item.get("language", "en")
            keep.add((text, language))
            wanted = {"kind": item["kind"], "note": str(item.get("note") or "")[:200], "active": True,
                      "faq": faqs.get(item.get("faq") or "")}
            obj = Example.objects.filter(text=text, language=language).first()
            if obj is None:
                obj = Example(text=text, language=language, **wanted)
                obj._change_reason = LOADER
                obj.save()
                counts.created += 1
            elif obj.pk in touched:
                counts.kept += 1
            elif any(getattr(obj, k) != v for k, v in wanted.items()):
                for k, v in wanted.items():
                    setattr(obj, k, v)
                obj._change_reason = LOADER
                obj.save()
                counts.updated += 1
            else:
                counts.unchanged += 1
        for obj in Example.objects.filter(active=True):
            if (obj.text, obj.language) not in keep and obj.pk not in touched:
                obj.active = False
                obj._change_reason = UNPUBLISHED
                obj.save()
                counts.unpublished += 1
    return counts, []


def validate_glossary(data: list) -> list[str]:
    errors, seen = [], set()
    for i, item in enumerate(data):
        where = f"entry {i + 1}"
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k].strip() for k in ("en", "es")):
            errors.append(f'{where}: needs "en" and "es" texts')
            continue
        if item["en"].strip() in seen:
            errors.append(f"{where}: {item['en']!r} is listed twice")
        seen.add(item["en"].strip())
        if set(item) - {"en", "es"}:
            errors.append(f"{where}: unknown key(s) {', '.join(sorted(set(item) - {'en', 'es'}))}")
    return errors


def load_glossary(path: Path) -> tuple[Counts, list[str]]:
    """Glossary terms; a term a signed-in user changed is staff's and stays."""
    data = read_json_list(Path(path))
    refuse(Path(path).name, validate_glossary(data))
    counts, touched = Counts(), staff_touched(GlossaryTerm)
    with writing(f"loaded from {Path(path).name}"), transaction.atomic():
        for item in data:
            english, spanish = item["en"].strip(), item["es"].strip()
            term = GlossaryTerm.objects.filter(english=english).first()
            if term is None:
                term = GlossaryTerm(english=english, spanish=spanish)
                counts.created += 1
            elif term.pk in touched:
                counts.kept += 1
                continue
            elif term.spanish != spanish:
                term.spanish = spanish
                counts.updated += 1
            else:
                counts.unchanged += 1
                continue
            stamp(term)
            term.save()
    return counts, []
