"""Every string the pages, their Python code and the API's visitor texts mark for
translation has a Spanish translation, and the compiled catalogue Django reads is
the one in the .po.

The check runs Django's own `makemessages` (GNU gettext's xgettext) on a copy of
the project, so a string added anywhere (a template, a view, a selector) without
its Spanish fails here; `bash scripts/messages` adds it to the .po to translate.
"""
import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
# What makemessages reads: the site's own packages (the same folders scripts/messages reads).
SOURCES = ["ipr_site", "content", "assistant", "portal", "handoff", "ops", "insights", "manage.py", "locale"]



def key(entry: polib.POEntry) -> tuple[str | None, str]:
    return entry.msgctxt, entry.msgid


def problems(po: polib.POFile) -> list[str]:
    """Entries with no Spanish (or a fuzzy one a person has not confirmed)."""
    out = []
    for entry in po:
        if entry.obsolete:
            continue
        label = f"{entry.msgctxt + ': ' if entry.msgctxt else ''}{entry.msgid!r}"
        if "fuzzy" in entry.flags:
            out.append(f"fuzzy (check the translation): {label}")
        elif entry.msgid_plural and not all(entry.msgstr_plural.get(i) for i in (0, 1)):
            out.append(f"untranslated plural: {label}")
        elif not entry.msgid_plural and not entry.msgstr:
            out.append(f"untranslated: {label}")
    return out


def collect(tree: Path) -> polib.POFile:
    """makemessages on a copy of the project at `tree`; returns the .po it leaves there."""
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "es", "--no-obsolete", "--verbosity", "0"],
        cwd=tree, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "ipr_site.settings", "IPR_VAR_DIR": str(tree / "var"),
             "PYTHONPATH": str(tree)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return polib.pofile(str(tree / "locale" / "es" / "LC_MESSAGES" / "django.po"))


@pytest.fixture
def tree(tmp_path):
    if not shutil.which("xgettext") or not shutil.which("msgmerge"):
        pytest.fail("GNU gettext is needed (apt-get install gettext; scripts/test installs it)")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "static"))
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


# xgettext over the project: several seconds each on the shared machine.
@pytest.mark.slow
def test_every_marked_string_has_a_spanish_translation(tree):
    fresh = collect(tree)
    committed = polib.pofile(str(PO))
    assert problems(fresh) == [], "run `bash scripts/messages` and translate the new strings in locale/es"
    # Nothing stale either: the .po holds exactly what the code marks.
    assert sorted(map(key, fresh), key=str) == sorted(map(key, committed), key=str)


@pytest.mark.slow
def test_it_fails_when_a_string_is_added_without_its_translation(tree):
    # The check above can fail: a new template string shows up as untranslated.
    template = tree / "portal" / "templates" / "portal" / "privacy.html"
    template.write_text(template.read_text() + '\n{% translate "A sentence nobody has translated" %}\n')
    view = tree / "portal" / "views.py"
    view.write_text(view.read_text() + '\nfrom django.utils.translation import gettext\nNEW = gettext("Another new sentence")\n')
    found = problems(collect(tree))
    assert "untranslated: 'A sentence nobody has translated'" in found
    assert "untranslated: 'Another new sentence'" in found
    assert len(found) == 2


def test_the_compiled_catalogue_is_the_po():
    """django.mo (what Django reads) says what django.po says: compiled after the last edit."""
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    po = polib.pofile(str(PO))
    stale = []
    for entry in po.translated_entries():
        if entry.msgid_plural:
            shown = [compiled.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n) if entry.msgctxt
                     else compiled.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
            wanted = [entry.msgstr_plural[0], entry.msgstr_plural[1]]
        else:
            shown = compiled.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else compiled.gettext(entry.msgid)
            wanted = entry.msgstr
        if shown != wanted:
            stale.append(entry.msgid)
    assert stale == [], "django.mo is older than django.po: run `bash scripts/messages`"
    assert len(po.translated_entries()) == len(po) > 100
