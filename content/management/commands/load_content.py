from django.core.management.base import BaseCommand, CommandError

from content.services import DATA_DIR, ContentError, load_content_dir


class Command(BaseCommand):
    help = "Load everything shipped in content/data/: the report, contacts, FAQs and synonyms."

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", default=str(DATA_DIR), help="folder holding the files (default: content/data)")

    def handle(self, *args, **options):
        quiet = options["verbosity"] == 0
        try:
            load_content_dir(options["data_dir"], log=(lambda line: None) if quiet else self.stdout.write)
        except ContentError as exc:
            raise CommandError(f"refused: {exc}") from None
