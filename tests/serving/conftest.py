"""Real gunicorn (ops/gunicorn.conf.py) and nginx (ops/nginx/) on the test database.

Like tests/jobs, the servers are separate processes: data they must see is
committed (live_db) and the session's content is restored afterwards.
"""
import subprocess
import sys
import urllib.request

import pytest

from tests.jobs.conftest import (  # noqa: F401  (fixtures and the restoring hook)
    ROOT,
    child_env,
    free_port,
    live_db,
    pytest_runtest_teardown,
    wait_for,
)


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2)
    except urllib.error.HTTPError:
        return True  # it answered (503 while e.g. the broker check fails)
    except OSError:
        return False
    return True


class Gunicorn:
    def __init__(self, tmp, workers: int = 2, threads: int = 2, **env_extra):
        self.port = free_port()
        self.log = tmp / f"gunicorn-{self.port}.log"
        env = child_env(tmp, None, GUNICORN_BIND=f"127.0.0.1:{self.port}", WEB_CONCURRENCY=str(workers),
                        GUNICORN_THREADS=str(threads), **env_extra)
        self.process = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "gunicorn") if (ROOT / ".venv" / "bin" / "gunicorn").exists()
             else sys.executable.replace("python", "gunicorn"), "-c", "ops/gunicorn.conf.py", "ipr_site.wsgi"],
            cwd=ROOT, env=env, stdout=self.log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
        )
        wait_for(lambda: _answers(f"http://127.0.0.1:{self.port}/healthz") or self.process.poll() is not None,
                 60, 0.2, "gunicorn to answer")
        assert self.process.poll() is None, self.log.read_text()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def gunicorn(tmp_path, live_db):
    from assistant import index_store

    index_store.build_and_publish()  # committed: the web workers load it
    servers = []

    def start(**kwargs) -> Gunicorn:
        server = Gunicorn(tmp_path, **kwargs)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def nginx(tmp_path):
    from ops import nginx as ops_nginx

    binary = ops_nginx.ensure_installed()
    if not binary:
        pytest.skip("nginx is not installed and could not be (apt-get install nginx-light as root)")
    started = []

    def start(upstream_port: int) -> int:
        port = free_port()
        process = ops_nginx.start(tmp_path / f"nginx-{port}", f"127.0.0.1:{port}", f"127.0.0.1:{upstream_port}", binary)
        started.append(process)
        wait_for(lambda: _answers(f"http://127.0.0.1:{port}/healthz") or process.poll() is not None, 20, 0.1,
                 "nginx to answer")
        assert process.poll() is None
        return port

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=10)
