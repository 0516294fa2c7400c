"""`manage.py runall` with no Redis: web + worker + beat on the filesystem broker.

The README's run command (scripts/serve) ends in runall. Without REDIS_URL the
jobs travel through var/broker; this checks a real worker picks them up there,
the web process serves the rebuilt index, and Ctrl-C (SIGINT) stops everything.
"""
import json
import signal
import subprocess
import sys
import urllib.request
import uuid

import pytest

from content.models import FAQ
from tests.jobs.conftest import ROOT, child_env, free_port, wait_for

pytestmark = pytest.mark.slow


def chat(port: int, message: str) -> str:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/chat/",
        data=json.dumps({"message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)["answer"]
    except OSError:
        return ""  # not up yet


@pytest.fixture
def filesystem_broker(tmp_path, settings):
    """This process publishes into the same var/broker folders as runall's worker."""
    from ipr_site.celery import app
    from tests.jobs.conftest import _reset_pools

    var = tmp_path / "var"
    folders = {"out": var / "broker" / "out", "processed": var / "broker" / "processed"}
    for folder in folders.values():
        folder.mkdir(parents=True)
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(var / "cache")}}
    settings.INDEX_AUTO_REBUILD = True
    old = app.conf.broker_url, app.conf.broker_transport_options
    app.conf.broker_url = "filesystem://"
    app.conf.broker_transport_options = {
        "data_folder_in": str(folders["out"]),
        "data_folder_out": str(folders["out"]),
        "processed_folder": str(folders["processed"]),
        "control_folder": str(var / "broker" / "control"),
        "store_processed": False,
    }
    _reset_pools(app)
    yield
    app.conf.broker_url, app.conf.broker_transport_options = old
    _reset_pools(app)


def test_runall_serves_and_runs_jobs_without_redis_and_stops_on_ctrl_c(live_db, filesystem_broker, tmp_path):
    from assistant import index_store

    index_store.build_and_publish()
    port = free_port()
    log = tmp_path / "runall.log"
    env = child_env(tmp_path, None)
    runall = subprocess.Popen(
        [sys.executable, "manage.py", "runall", "--port", str(port), "--concurrency", "1"],
        cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    try:
        faq = FAQ.objects.get(key="avoid-buying-counterfeits")
        wait_for(lambda: chat(port, faq.question), 60, 0.5, "the web server")
        wait_for(lambda: " ready." in log.read_text(), 60, 0.5, "the worker")
        wait_for(lambda: "lock acquired" in log.read_text(), 60, 0.5, "beat")

        token = f"LOCAL{uuid.uuid4().hex[:8].upper()}"
        faq.answer += f" {token}"
        faq.save()  # queues a rebuild in var/broker
        wait_for(lambda: token in chat(port, faq.question), 30, 0.5, "runall's worker to rebuild")

        runall.send_signal(signal.SIGINT)
        assert runall.wait(40) == 0
        output = log.read_text()
        assert "runall: stopped" in output
        assert "rebuild_index" in output and "succeeded" in output
    finally:
        if runall.poll() is None:
            runall.kill()
        print(log.read_text()[-3000:])
