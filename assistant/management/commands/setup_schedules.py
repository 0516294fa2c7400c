from django.core.management.base import BaseCommand

from assistant import schedules


class Command(BaseCommand):
    help = "Create the default background job schedules (idempotent; existing ones are kept)."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Restore the default times of existing jobs too.")

    def handle(self, *args, reset: bool = False, **options):
        result = schedules.install(reset=reset)
        for state in ("created", "reset", "kept"):
            for name in result[state]:
                self.stdout.write(f"{state}: {name}")
