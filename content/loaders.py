"""Writes shared by the content loaders, and the FAQ, contact and synonym file loaders.

See content/services.py for the rules every loader follows.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import models, transaction

from content.models import FAQ, Audience, Contact, Section, Synonym, fingerprint

LOADER = "loaded from source"
UNPUBLISHED = "unpublished: missing from source"


class ContentError(Exception):
    """The input was refused; the message says why. Nothing was written."""


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


# --- reading ---------------------------------------------------------------


def check_text(text: str, name: str = "the text") -> None:
    if not text.strip():
        raise ContentError(f"{name} is empty")
    if "\x00" in text:
        raise ContentError(f"{name} is binary (it contains NUL bytes), not report text")
    sample = text[:200_000]
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t\f")
    visible = [ch for ch in sample if not ch.isspace()]
    letters = sum(1 for ch in visible if ch.isalpha())
    if printable < 0.97 * len(sample) or sample.count("\ufffd") > 0.01 * len(sample):
        raise ContentError(f"{name} is garbled: it is mostly not readable text")
    if visible and letters < 0.4 * len(visible):
        raise ContentError(f"{name} is garbled: too few letters for report text")


def decode(data: bytes, name: str = "the file", prose: bool = True) -> str:
    if not data.strip():
        raise ContentError(f"{name} is empty")
    if b"\x00" in data:
        raise ContentError(f"{name} is binary (it contains NUL bytes), not report text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name} is not UTF-8 text (invalid byte at position {exc.start})") from None
    if prose:
        check_text(text, name)
    return text


def read_json_list(path: Path) -> list:
    if not path.is_file():
        raise ContentError(f"{path}: no such file")
    text = decode(path.read_bytes(), name=path.name, prose=False)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, list):
        raise ContentError(f"{path.name} must be a JSON list of objects")
    return data


def refuse(name: str, errors: list[str]) -> None:
    if errors:
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise ContentError(f"{name}: " + "; ".join(errors[:10]) + more)


# --- writing ---------------------------------------------------------------


def staff_touched(model: type[models.Model]) -> set[int]:
    """Ids of rows a signed-in user changed: the loader never saves with a user."""
    return set(model.history.filter(history_user__isnull=False).values_list("id", flat=True).distinct())


def upsert(model, lookup: dict, loaded: dict, other: dict, touched: set[int] | None = None) -> str:
    """Create or update one Loaded row; returns created/updated/kept/unchanged."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**{**lookup, **loaded, **other})
        obj.origin_hash = fingerprint({k: getattr(obj, k) for k in model.loaded_fields})
        obj._change_reason = LOADER
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
    obj._change_reason = LOADER
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
        obj._change_reason = UNPUBLISHED
        obj.save()
        done += 1
    return done


# --- contacts, FAQs, synonyms ---------------------------------------------------

CONTACT_KEYS = ("slug", "name", "kind", "url", "email", "phone", "hours", "purpose", "who_should_use", "keywords", "order")
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
    return errors


def load_contacts(path: Path) -> tuple[Counts, list[str]]:
    data = read_json_list(Path(path))
    refuse(Path(path).name, validate_contacts(data))
    counts, touched = Counts(), staff_touched(Contact)
    with transaction.atomic():
        for i, item in enumerate(data):
            loaded = {k: _text(item, k) for k in Contact.loaded_fields}
            other = {"keywords": _text(item, "keywords"), "order": item.get("order", (i + 1) * 10)}
            counts.add(upsert(Contact, {"slug": item["slug"]}, loaded, other, touched))
        keep = {item["slug"] for item in data}
        counts.unpublished += unpublish_missing(Contact.objects.all(), "slug", keep, counts, touched)
    return counts, []


FAQ_KEYS = ("key", "question", "answer", "alternate_phrasings", "audience", "contacts", "section", "order", "published")


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
        alts = item.get("alternate_phrasings", [])
        if not isinstance(alts, list) or not all(isinstance(a, str) for a in alts):
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
        unknown = set(item) - set(FAQ_KEYS)
        if unknown:
            errors.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return errors


def resolve_section(words: str | None) -> Section | None:
    if not words:
        return None
    words = words.strip()
    found = Section.objects.filter(slug=words).first()
    if found is None:
        found = Section.objects.filter(title__icontains=words).order_by("-published", "order").first()
    return found


def load_faqs(path: Path) -> tuple[Counts, list[str]]:
    data = read_json_list(Path(path))
    contacts = {c.slug: c for c in Contact.objects.all()}
    refuse(Path(path).name, validate_faqs(data, set(contacts)))
    counts, warnings, touched = Counts(), [], staff_touched(FAQ)
    with transaction.atomic():
        for i, item in enumerate(data):
            section = resolve_section(item.get("section"))
            if item.get("section") and section is None:
                warnings.append(f"{_entry(i, item)}: no section matches {item['section']!r}")
            loaded = {
                "question": item["question"].strip(),
                "answer": item["answer"].strip(),
                "alternate_phrasings": "\n".join(a.strip() for a in item.get("alternate_phrasings", []) if a.strip()),
                "audience": item.get("audience", Audience.BOTH),
            }
            other = {"section": section, "order": item.get("order", (i + 1) * 10)}
            outcome = upsert(FAQ, {"key": item["key"]}, loaded, other, touched)
            if outcome != "kept":
                faq = FAQ.objects.get(key=item["key"])
                wanted = {contacts[s].pk for s in item.get("contacts", [])}
                if set(faq.contacts.values_list("pk", flat=True)) != wanted:
                    faq._change_reason = LOADER
                    faq.contacts.set(wanted)
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


def load_synonyms(path: Path) -> tuple[Counts, list[str]]:
    """Synonyms have no origin hash: a row a signed-in user changed is staff's."""
    data = read_json_list(Path(path))
    refuse(Path(path).name, validate_synonyms(data))
    counts, touched = Counts(), staff_touched(Synonym)
    with transaction.atomic():
        keep = set()
        for item in data:
            term = item["term"].strip().lower()
            keep.add(term)
            expansions = ", ".join(e.strip().lower() for e in item["expansions"])
            obj = Synonym.objects.filter(term=term).first()
            if obj is None:
                obj = Synonym(term=term, expansions=expansions)
                obj._change_reason = LOADER
                obj.save()
                counts.created += 1
            elif obj.pk in touched:
                counts.kept += 1
            elif obj.expansions != expansions or not obj.active:
                obj.expansions, obj.active = expansions, True
                obj._change_reason = LOADER
                obj.save()
                counts.updated += 1
            else:
                counts.unchanged += 1
        for obj in Synonym.objects.filter(active=True).exclude(term__in=keep):
            if obj.pk in touched:
                counts.kept += 1
                continue
            obj.active = False
            obj._change_reason = UNPUBLISHED
            obj.save()
            counts.unpublished += 1
    return counts, []
