from django.core.management.base import BaseCommand, CommandError

from content.checks import check_data_dir
from content.services import DATA_DIR


class Command(BaseCommand):
    help = (
        "Check the content files (reports, contacts, FAQs, synonyms) against the reports: "
        "errors are wrong data (load_content refuses them), warnings are house style."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", default=str(DATA_DIR), help="folder holding the files (default: content/data)")
        parser.add_argument("--strict", action="store_true", help="fail on warnings too")

    def handle(self, *args, **options):
        problems = check_data_dir(options["data_dir"])
        for problem in problems:
            self.stdout.write(f"{problem.level}: {problem}")
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        summary = f"{errors} error(s), {warnings} warning(s)"
        if errors or (options["strict"] and warnings):
            raise CommandError(f"content files: {summary}")
        self.stdout.write(f"content files: {summary}")
