from django.core.management.base import BaseCommand, CommandError

from content.services import ContentError, load_report_file


class Command(BaseCommand):
    help = "Load one report text file (sections and statistics tables). Refuses bad input and changes nothing then."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the report's text file (UTF-8)")
        parser.add_argument("--report-slug", default="", help="the Report to load into (default: from the fiscal year)")

    def handle(self, *args, **options):
        try:
            result = load_report_file(options["path"], report_slug=options["report_slug"])
        except ContentError as exc:
            raise CommandError(f"refused: {exc}") from None
        if options["verbosity"] > 0:
            self.stdout.write(f"report: {result.report.slug}")
            for line in result.lines():
                self.stdout.write(line)
            for warning in result.warnings:
                self.stdout.write(f"  warning: {warning}")
