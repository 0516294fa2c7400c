"""The evaluation corpus gates changes: `manage.py evaluate` fails under the recorded floor."""
import json

import pytest
from django.core.management import CommandError, call_command

from assistant import evaluation


def test_it_judges_as_the_shared_scorer_does():
    assert evaluation.contains("CBP made 27,115 seizures", "27115")
    assert not evaluation.contains("33,323 seizure lines", "33")
    assert evaluation.judge({"q": "x", "fallback": True}, {"kind": "fallback"}) is None
    assert evaluation.judge({"q": "x", "expect": ["27,115"]}, {"kind": "fallback", "answer": ""}) == "fell back on an in-scope question"
    assert evaluation.judge({"q": "x", "link": "iprr.cbp.gov"}, {"kind": "faq", "answer": "", "links": [{"url": "https://iprr.cbp.gov/"}]}) is None


def test_it_loads_every_set_of_the_corpus_with_conversations():
    items = evaluation.load()
    singles = [i for i in items if len(i.turns) == 1 and "turns" not in i.id]
    conversations = [i for i in items if len(i.turns) > 1]
    assert len(singles) >= 500 and len(conversations) >= 60
    assert all(t.get("q") for i in items for t in i.turns)


def test_it_refuses_a_broken_corpus_file(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "q": "ok"}\n{not json\n')
    with pytest.raises(ValueError, match="bad.jsonl line 2"):
        evaluation.load(corpus=tmp_path)


@pytest.mark.parametrize("line, found", [
    ('{"id": "x", "question": "how many seizures?"}', "found: id, question"),
    ('{"id": "c", "turns": [{"q": "hi"}, {"question": "and 2020?"}]}', "found: question"),
    ('{"id": "c", "turns": []}', "non-empty list"),
    ('{"q": "no id"}', '"id" string'),
])
def test_it_handles_an_item_missing_its_question(tmp_path, line, found):
    # A set written in another shape fails on load, naming the line, not with a KeyError mid-run.
    (tmp_path / "other.jsonl").write_text('{"id": "ok", "q": "fine"}\n' + line + "\n")
    with pytest.raises(ValueError, match="other.jsonl line 2") as raised:
        evaluation.load(corpus=tmp_path)
    assert found in str(raised.value)


@pytest.mark.slow
def test_the_corpus_scores_at_least_its_floor(loaded, capsys):
    floor = json.loads(evaluation.FLOOR.read_text())["percent"]
    call_command("evaluate", "--quiet")  # raises CommandError under the floor
    out = capsys.readouterr().out
    assert f"floor {floor:.1f}%" in out
    with pytest.raises(CommandError, match="under the floor"):
        call_command("evaluate", "--quiet", "--set", "dev", "--floor", "100.1")
