"""manage.py ask: one question, or --jsonl with nothing but JSON lines on stdout."""
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(live_index):
    def _run(*args, stdin: str = ""):
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdin, sys.stdout
        sys.stdin, sys.stdout = io.StringIO(stdin), out  # --jsonl writes to sys.stdout
        try:
            call_command("ask", *args, stdout=out, stderr=err)
        finally:
            sys.stdin, sys.stdout = old
        return out.getvalue(), err.getvalue()

    return _run


def test_it_answers_one_question(run):
    out, _ = run("What is Operation Mega Flex?")
    assert "mail" in out.lower() and "[faq" in out


def test_it_prints_json(run):
    out, _ = run("--json", "How many seizure lines of footwear in FY 2020?")
    body = json.loads(out)
    assert body["kind"] == "statistic" and "10,868" in body["answer"]


def test_it_answers_jsonl_one_line_per_question(run):
    out, _ = run("--jsonl", stdin="hello\n\nHow many seizures in FY 2019?\nasdkjh qwpoe\n")
    lines = out.splitlines()
    assert len(lines) == 3  # blank lines are skipped
    bodies = [json.loads(line) for line in lines]
    assert [b["kind"] for b in bodies] == ["smalltalk", "statistic", "fallback"]
    assert "27,599" in bodies[1]["answer"]


def test_it_keeps_context_only_when_asked(run):
    q = "How many seizure lines of footwear in FY 2021?\nwhat about FY 2020?\n"
    separate = [json.loads(x) for x in run("--jsonl", stdin=q)[0].splitlines()]
    joined = [json.loads(x) for x in run("--jsonl", "--conversation", stdin=q)[0].splitlines()]
    assert "10,868" not in separate[1]["answer"]
    assert "10,868" in joined[1]["answer"]


def test_it_logs_nothing(run):
    from assistant.models import ChatLog

    run("--jsonl", stdin="What is Operation Mega Flex?\n")
    assert ChatLog.objects.count() == 0


def test_it_needs_a_question(run):
    with pytest.raises(CommandError):
        run()


@pytest.mark.slow
def test_it_prepares_a_fresh_database_by_itself(tmp_path):
    """What the scorer does on a fresh clone: default settings, empty var/ dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IPR_", "DATABASE_URL", "DJANGO_SETTINGS"))}
    env.update(IPR_VAR_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="ipr_site.settings")
    proc = subprocess.run(
        [sys.executable, "manage.py", "ask", "--jsonl"],
        input="How many seizure lines were there in FY 2021?\nWhat is Entry Type 86?\n",
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith("{") for line in lines)
    assert "102,490" in json.loads(lines[0])["answer"]
    assert "load_content" in proc.stderr
