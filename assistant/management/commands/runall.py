"""Run the web server, a Celery worker and Celery beat together; Ctrl-C stops all.

For one machine (local use, a small deployment). Each child runs in its own
process group so a stop reaches all of its processes; if any child exits, the
others are stopped too and the command exits with that child's code. Several
machines run the three separately instead (docs/jobs.md).
"""
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

STOP_TIMEOUT = 15  # seconds for a warm shutdown before SIGKILL


class Command(BaseCommand):
    help = "Run web + Celery worker + Celery beat in one command (Ctrl-C stops all)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--web", choices=["runserver", "gunicorn", "none"], default="runserver",
            help="runserver (local, default), gunicorn (production-like), none (jobs only)",
        )
        parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
        parser.add_argument("--no-beat", action="store_true", help="don't run the scheduler here")

    def handle(self, *args, host, port, web, concurrency, no_beat, **options):
        python = sys.executable
        commands = {}
        if web == "runserver":
            commands["web"] = [python, str(settings.BASE_DIR / "manage.py"), "runserver", f"{host}:{port}", "--noreload"]
        elif web == "gunicorn":
            commands["web"] = [python, "-m", "gunicorn", "ipr_site.wsgi", "-b", f"{host}:{port}", "-w", "2", "-k", "gthread", "--threads", "4"]
        commands["worker"] = [python, "-m", "celery", "-A", "ipr_site", "worker", "-l", "INFO", "-c", str(concurrency)]
        if not no_beat:
            commands["beat"] = [python, "-m", "celery", "-A", "ipr_site", "beat", "-l", "INFO"]
        self.children: dict[str, subprocess.Popen] = {}
        self.stopping = False
        signal.signal(signal.SIGINT, self._stop_signal)
        signal.signal(signal.SIGTERM, self._stop_signal)
        for name, command in commands.items():
            self.stdout.write(f"runall: starting {name}: {' '.join(command[1:])}")
            self.children[name] = subprocess.Popen(command, cwd=settings.BASE_DIR, start_new_session=True)
        code = self._watch()
        self._stop_all()
        sys.exit(code)

    def _watch(self) -> int:
        while not self.stopping:
            for name, child in self.children.items():
                code = child.poll()
                if code is not None:
                    self.stderr.write(f"runall: {name} exited with {code}; stopping the others")
                    return code or 1
            time.sleep(0.5)
        return 0

    def _stop_signal(self, signum, frame) -> None:
        self.stopping = True

    def _stop_all(self) -> None:
        live = {name: child for name, child in self.children.items() if child.poll() is None}
        for name, child in live.items():
            self.stdout.write(f"runall: stopping {name}")
            # The main process only: it shuts its own children down warmly.
            child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        for name, child in live.items():
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.stderr.write(f"runall: {name} did not stop in {STOP_TIMEOUT} s; killing it")
                _signal_group(child, signal.SIGKILL)
                child.wait()
        self.stdout.write("runall: stopped")


def _signal_group(child: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(child.pid, signum)
    except ProcessLookupError:
        pass
