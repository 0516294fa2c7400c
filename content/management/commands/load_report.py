from django.core.management.base import BaseCommand, CommandError

from content.services import ContentError, load_report_file


class Command(BaseCommand):
    help = (
        "Load one report (a PDF as CBP publishes it, or its text) into the report of its fiscal year. "
        "Other years' reports are never changed. Refuses bad or half-readable input and changes nothing then."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the report's PDF or UTF-8 text file")
        parser.add_argument(
            "--fiscal-year", type=int, default=None, help="refuse the file unless it is this fiscal year's report"
        )
        parser.add_argument("--report-slug", default="", help="slug for a new report (default: ipr-seizure-statistics-fy<year>)")

    def handle(self, *args, **options):
        try:
            result = load_report_file(options["path"], report_slug=options["report_slug"], fiscal_year=options["fiscal_year"])
        except ContentError as exc:
            raise CommandError(f"refused: {exc}") from None
        if options["verbosity"] > 0:
            self.stdout.write(f"report: {result.report.slug} (FY {result.report.fiscal_year}{', new' if result.created else ''})")
            for line in result.lines():
                self.stdout.write(line)
            for warning in result.warnings:
                self.stdout.write(f"  warning: {warning}")
