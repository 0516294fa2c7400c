"""Ask the assistant from the command line.

    manage.py ask "How many seizures in FY 2020?"        # readable answer
    manage.py ask --json "..."                            # the API's JSON shape
    manage.py ask --jsonl < questions.txt > answers.jsonl # one JSON line per line

Only answers go to stdout; progress and logs go to stderr. On a fresh checkout
the database is migrated and the shipped content loaded first. Nothing is
logged to ChatLog: this is a developer and scoring tool.
"""
import json
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

from assistant.answering.reply import Answer


def _as_json(reply: Answer, debug: bool = False) -> dict:
    body = {
        "answer": reply.text,
        "kind": reply.kind,
        "confidence": reply.confidence,
        "sources": reply.sources,
        "links": reply.links,
        "suggestions": reply.suggestions,
        "offer_handoff": reply.offer_handoff,
        "language": reply.language,
        "chart": reply.chart,
    }
    if debug:
        body["debug"] = reply.debug
    return body


class Command(BaseCommand):
    help = "Answer questions as the chat API would (without logging them)."

    def add_arguments(self, parser):
        parser.add_argument("question", nargs="*", help="The question (omit with --jsonl).")
        parser.add_argument("--jsonl", action="store_true", help="Read questions from stdin, one per line; write one JSON object per line.")
        parser.add_argument("--json", action="store_true", help="Print the answer as JSON.")
        parser.add_argument("--debug", action="store_true", help="Include the parsed frame and candidate scores.")
        parser.add_argument("--rebuild", action="store_true", help="Build and publish a fresh index first (after content changes).")
        parser.add_argument("--conversation", action="store_true", help="With --jsonl: treat the lines as one conversation (follow-ups).")
        parser.add_argument("--language", default="", help="The page's language (en, es): a message too short to tell follows it.")

    def handle(self, *args, **options):
        question = " ".join(options["question"]).strip()
        if not options["jsonl"] and not question:
            raise CommandError('Give a question, e.g. manage.py ask "How many seizures in FY 2021?", or use --jsonl.')
        self._ensure_content()
        from assistant import index_store
        from assistant.services import answer_message

        if options["rebuild"]:
            index_store.build_and_publish(progress=lambda m: sys.stderr.write(f"index: {m}\n"))
        index_store.current()  # load (or build) once, before the first question
        if options["jsonl"]:
            context: dict = {}
            for line in sys.stdin:
                line = line.strip()
                if not line:
                    continue
                reply = answer_message(line, context if options["conversation"] else {}, options["language"])
                context = reply.context or {}
                sys.stdout.write(json.dumps(_as_json(reply, options["debug"]), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            return
        reply = answer_message(question, None, options["language"])
        if options["json"]:
            self.stdout.write(json.dumps(_as_json(reply, options["debug"]), ensure_ascii=False, indent=2))
            return
        self.stdout.write(reply.text)
        self.stdout.write(f"\n[{reply.kind}, confidence {reply.confidence:.2f}]")
        for src in reply.sources:
            self.stdout.write(f"source: {src['title']} {src['url']}")
        for link in reply.links:
            self.stdout.write(f"link: {link['label']} {link['url']}")
        for s in reply.suggestions:
            self.stdout.write(f"try: {s}")
        if options["debug"]:
            self.stdout.write(json.dumps(reply.debug, indent=2))

    def _ensure_content(self) -> None:
        """Migrate and load the shipped content when the database is new (messages to stderr)."""
        try:
            pending = MigrationExecutor(connection).migration_plan(MigrationExecutor(connection).loader.graph.leaf_nodes())
        except DatabaseError:
            pending = True
        if pending:
            sys.stderr.write("ask: preparing the database (migrate)...\n")
            call_command("migrate", interactive=False, verbosity=1, stdout=sys.stderr, stderr=sys.stderr)
        from content.models import Section, Statistic

        if not (Section.objects.exists() and Statistic.objects.exists()):
            sys.stderr.write("ask: no content yet; loading the shipped content (load_content)...\n")
            call_command("load_content", stdout=sys.stderr, stderr=sys.stderr)
