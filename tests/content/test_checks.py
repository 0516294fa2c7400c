"""The content file checks (content/checks.py), the check_content command, and
load_content refusing files that fail them.

The checks are pure Python: `.venv/bin/pytest tests/content/test_checks.py -q -p no:django -k "not command and not load"`
runs them without a database. Each check is shown to pass on the shipped files
and to flag a broken sample: a check that could never fail would prove nothing.
"""
import datetime
import json
import shutil
from pathlib import Path

import pytest

from content import checks
from content.checks import ERROR, WARNING, Reports, check_data_dir

DATA = Path(__file__).resolve().parents[2] / "content" / "data"
REPORT = (DATA / "cbp-ipr-seizure-statistics-fy2021.txt").read_text(encoding="utf-8")
REPORTS = Reports({2021: REPORT})


def load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def messages(problems) -> list[str]:
    return [p.message for p in problems]


@pytest.fixture(scope="module")
def contacts():
    return load("contacts.json")


@pytest.fixture(scope="module")
def faqs():
    return load("faqs.json")


@pytest.fixture
def good_contact(contacts):
    return dict(next(c for c in contacts if c["slug"] == "ipr-help-desk"))


@pytest.fixture
def good_faq(faqs):
    """An FAQ drawn from the report alone (its figures must be the report's)."""
    return dict(next(f for f in faqs if all(s["url"].startswith("/report/") for s in f["sources"])))


@pytest.fixture
def data_dir(tmp_path):
    """A copy of content/data to break."""
    for path in DATA.iterdir():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def edit(data_dir: Path, name: str, change) -> None:
    items = json.loads((data_dir / name).read_text(encoding="utf-8"))
    change(items)
    (data_dir / name).write_text(json.dumps(items), encoding="utf-8")


# --- the shipped files -----------------------------------------------------------------


def test_the_shipped_files_have_no_problem_at_all():
    assert [str(p) for p in check_data_dir(DATA)] == []


def test_every_shipped_faq_has_a_source_and_a_review_date(faqs):
    for f in faqs:
        assert f["sources"] and all(s["title"] and s["url"] for s in f["sources"]), f["key"]
        datetime.date.fromisoformat(f["reviewed"])


def test_the_shipped_contacts_cover_every_points_of_contact_channel(contacts):
    assert checks.uncovered_channels(contacts, REPORT) == []
    by_slug = {c["slug"]: c for c in contacts}
    # The report names one web form and one phone line for each reporting channel.
    assert by_slug["e-allegations"]["url"] == "https://eallegations.cbp.gov/s/"
    assert by_slug["e-allegations-phone"]["phone"] == "1-800-BE-ALERT"
    assert by_slug["ipr-center"]["url"] == "https://www.iprcenter.gov/referral/"
    assert by_slug["ipr-center-phone"]["phone"] == "1-866-IPR-2060"


# --- sources and review dates -------------------------------------------------------------


def test_it_flags_an_faq_without_a_source(good_faq, contacts):
    slugs = {c["slug"] for c in contacts}
    for sources in ([], None, [{"title": "", "url": "https://www.cbp.gov/"}], [{"title": "CBP"}], [{"title": "CBP", "url": "www.cbp.gov"}]):
        sample = dict(good_faq, sources=sources)
        if sources is None:
            del sample["sources"]
        problems = checks.faq_problems([sample], slugs)
        assert problems and all(p.level == ERROR for p in problems), sources


def test_it_flags_an_faq_without_a_review_date(good_faq, contacts):
    slugs = {c["slug"] for c in contacts}
    today = datetime.date(2026, 12, 1)
    sample = dict(good_faq)
    del sample["reviewed"]
    assert "needs 'reviewed'" in messages(checks.faq_problems([sample], slugs, today))[0]
    assert messages(checks.faq_problems([dict(good_faq, reviewed="30/11/2026")], slugs, today)) == [
        "reviewed '30/11/2026' is not a date written YYYY-MM-DD"
    ]
    assert messages(checks.faq_problems([dict(good_faq, reviewed="2027-01-01")], slugs, today)) == [
        "reviewed '2027-01-01' is in the future"
    ]


def test_it_flags_a_report_source_that_names_no_section(good_faq):
    sample = dict(good_faq, sources=[{"title": "The report", "url": "/report/2021/no-such-section/"}])
    assert messages(checks.faq_section_problems([sample], REPORTS)) == [
        "source '/report/2021/no-such-section/': the FY 2021 report has no such section"
    ]
    sample = dict(good_faq, sources=[{"title": "The report", "url": "/report/2019/executive-summary/"}])
    assert "no FY 2019 report is shipped" in messages(checks.faq_section_problems([sample], REPORTS))[0]


def test_an_faq_citing_a_regulation_may_state_its_figures(good_faq, contacts):
    # "30 days" is the regulation's figure, not the report's: the FAQ's source vouches for it.
    answer = "One article of each type, once every 30 days, see [19 CFR 148.55](https://www.ecfr.gov/current/title-19/section-148.55)."
    ecfr = [{"title": "19 CFR 148.55 (eCFR)", "url": "https://www.ecfr.gov/current/title-19/section-148.55"}]
    assert checks.faq_grounding_problems([dict(good_faq, answer=answer, sources=ecfr, section=None)], contacts, REPORTS) == []
    # The same figure in an FAQ whose only source is the report is invented.
    report_only = [{"title": "The report", "url": "/report/2021/executive-summary/"}]
    problems = checks.faq_grounding_problems([dict(good_faq, answer=answer, sources=report_only, section=None)], contacts, REPORTS)
    assert "numbers not in the report: ['148.55']" in messages(problems)
    assert any("is neither a contact, in the report, nor a source" in m for m in messages(problems))


# --- the checks catch what they are meant to catch (moved from the old file tests) ------


def test_it_flags_a_contact_missing_a_key(good_contact):
    del good_contact["purpose"]
    assert checks.contact_problems([good_contact])


def test_it_flags_a_duplicate_slug_and_an_unknown_kind(good_contact):
    assert checks.contact_problems([good_contact, good_contact])
    assert checks.contact_problems([dict(good_contact, kind="fax")])


def test_it_flags_an_email_contact_without_an_email(good_contact):
    assert checks.contact_problems([dict(good_contact, email="")])


def test_it_flags_a_contact_others_route_to_going_missing(contacts):
    problems = checks.contact_problems([c for c in contacts if c["slug"] != "ipr-help-desk"])
    assert messages(problems) == ["no contact 'ipr-help-desk': the assistant routes to it"]


def test_it_flags_an_address_or_hours_not_in_the_report(good_contact):
    assert checks.contact_address_problems([dict(good_contact, email="help@cbp.dhs.gov")], REPORT)
    assert checks.contact_address_problems([dict(good_contact, phone="1-800-555-0100")], REPORT)
    assert checks.contact_address_problems([dict(good_contact, hours="Monday to Friday, 8 a.m. to 5 p.m.")], REPORT)


def test_it_flags_a_points_of_contact_channel_without_a_contact(contacts):
    without = [c for c in contacts if c["slug"] != "exclusion-order-rulings"]
    assert checks.uncovered_channels(without, REPORT) == ["EOEBranch.ITC337.Rulings@cbp.dhs.gov"]
    without = [c for c in contacts if c["slug"] != "ipr-center-phone"]
    assert messages(checks.channel_problems(without, REPORTS)) == ["no contact carries '1-866-IPR-2060', a Points of Contact channel"]


def test_it_flags_an_unknown_contact_slug_and_a_duplicate_key(good_faq, contacts):
    slugs = {c["slug"] for c in contacts}
    assert checks.faq_problems([dict(good_faq, contacts=["no-such-channel"])], slugs)
    assert checks.faq_problems([good_faq, good_faq], slugs)


def test_style_problems_are_warnings(good_faq, contacts):
    slugs = {c["slug"] for c in contacts}
    few = checks.faq_problems([dict(good_faq, alternate_phrasings=["fakes"])], slugs)
    long = checks.faq_problems([dict(good_faq, answer="word " * (checks.MAX_WORDS + 1))], slugs)
    assert [p.level for p in few + long] == [WARNING, WARNING]


@pytest.mark.parametrize("answer", ["Fifty-three percent were in express.", "El cincuenta y tres por ciento fue exprés.",
                                    "El 53 por ciento fue exprés."])
def test_it_warns_of_a_share_written_in_words(good_faq, contacts, answer):
    # A visitor's "53%" and the scorer's digits miss "fifty-three percent".
    problems = checks.faq_problems([dict(good_faq, answer=answer)], {c["slug"] for c in contacts})
    assert [(p.level, p.message.split(" '")[0]) for p in problems] == [(WARNING, "write the share")]


def test_it_flags_a_number_missing_from_the_report(good_faq, contacts):
    invented = dict(good_faq, answer="CBP seized 12,345,678 fakes.")
    assert messages(checks.faq_grounding_problems([invented], contacts, REPORTS)) == ["numbers not in the report: ['12345678']"]


def test_it_accepts_a_figure_written_without_thousands_separators(good_faq, contacts):
    # The report prints "1200 members"; an answer may print "1,200".
    assert checks.faq_grounding_problems([dict(good_faq, answer="It reached 1,200 members.")], contacts, REPORTS) == []


def test_it_flags_an_invented_link_email_phone_or_section(good_faq, contacts):
    for answer in ("See [this](https://example.com/).", "Email ipr@example.com.", "Call 1-800-555-0100."):
        assert checks.faq_grounding_problems([dict(good_faq, answer=answer)], contacts, REPORTS)
    assert checks.faq_grounding_problems([dict(good_faq, section="Refund Policy")], contacts, REPORTS)


def test_it_flags_a_section_naming_several_report_sections(good_faq):
    sample = dict(good_faq, section="Outreach", sources=[{"title": "CBP", "url": "https://www.cbp.gov/trade/priority-issues/ipr"}])
    assert "names 2 sections of the report, not one" in messages(checks.faq_section_problems([sample], REPORTS))[0]


def test_it_flags_duplicate_or_useless_synonyms():
    vocabulary = checks.flat(REPORT)
    assert checks.synonym_problems([{"term": "fake", "expansions": ["counterfeit"]}] * 2, vocabulary)
    assert checks.synonym_problems([{"term": "fake", "expansions": []}], vocabulary)
    assert checks.synonym_problems([{"term": "sneakers", "expansions": ["zzyzx"]}], vocabulary)
    assert checks.synonym_problems([{"term": "Fake", "expansions": ["counterfeit"]}], vocabulary)


def test_it_reads_a_folder_and_names_the_file_and_entry(data_dir):
    edit(data_dir, "faqs.json", lambda items: items[0].pop("sources"))
    (data_dir / "synonyms.json").write_text("[{", encoding="utf-8")
    problems = [str(p) for p in check_data_dir(data_dir)]
    assert any(p.startswith("faqs.json: avoid-buying-counterfeits: needs 'sources'") for p in problems)
    assert any(p.startswith("synonyms.json: not valid JSON") for p in problems)


# --- the command and the loader ------------------------------------------------------------


def test_the_command_passes_the_shipped_files(capsys):
    from django.core.management import call_command

    call_command("check_content", strict=True)
    assert "content files: 0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_the_command_fails_on_an_error_and_strictly_on_a_warning(data_dir, capsys):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    edit(data_dir, "faqs.json", lambda items: items[0].update(alternate_phrasings=["one"]))
    call_command("check_content", data_dir=str(data_dir))  # a warning alone passes...
    with pytest.raises(CommandError, match="0 error\\(s\\), 1 warning\\(s\\)"):
        call_command("check_content", data_dir=str(data_dir), strict=True)  # ...unless strict
    edit(data_dir, "faqs.json", lambda items: items[1].pop("reviewed"))
    with pytest.raises(CommandError, match="1 error\\(s\\)"):
        call_command("check_content", data_dir=str(data_dir))
    assert "error: faqs.json: counterfeits-not-victimless: needs 'reviewed'" in capsys.readouterr().out


def test_load_content_refuses_files_with_errors_and_loads_nothing(loaded, data_dir):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from content.models import FAQ

    edit(data_dir, "faqs.json", lambda items: items[0].update(answer="Totally new answer.", sources=[]))
    before = list(FAQ.objects.values_list("key", "answer"))
    with pytest.raises(CommandError, match="refused: content files have errors: faqs.json: avoid-buying-counterfeits: needs 'sources'"):
        call_command("load_content", data_dir=str(data_dir), verbosity=0)
    assert list(FAQ.objects.values_list("key", "answer")) == before


def test_it_flags_a_synonym_in_both_languages_files(data_dir):
    # One row per term: each load of one file would take the term from the other.
    edit(data_dir, "synonyms.json", lambda items: items.append({"term": "tenis", "expansions": ["footwear"]}))
    problems = [p for p in check_data_dir(data_dir) if p.is_error]
    assert any("'tenis' is also in synonyms.json" in p.message for p in problems), problems
