"""Run nginx (Debian's package) in front of gunicorn: tests and bench/load.py.

The configuration is ops/nginx/site.conf (what production installs in
/etc/nginx/sites-enabled/, docs/operations.md) inside ops/nginx/standalone.conf,
with the placeholders filled in. ensure_installed() installs Debian's
nginx-light when nginx is missing and we are root, as scripts/test does for
chromium; otherwise callers skip or stop with the reason.
"""
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent / "nginx"
NGINX = "/usr/sbin/nginx"


def find() -> str | None:
    return shutil.which("nginx") or (NGINX if os.path.exists(NGINX) else None)


def ensure_installed() -> str | None:
    """Path of the nginx binary, installing Debian's package first when root."""
    found = find()
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "install", "-y", "-qq", "nginx-light"],
                    ["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "nginx-light"]):
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if find():
            break
    return find()


def site_conf(listen: str, upstream: str) -> str:
    return (HERE / "site.conf").read_text().replace("@LISTEN@", listen).replace("@UPSTREAM@", upstream)


def render(runtime: Path, listen: str, upstream: str) -> Path:
    """Write a runnable configuration under `runtime`; returns the main file."""
    runtime.mkdir(parents=True, exist_ok=True)
    (runtime / "site.conf").write_text(site_conf(listen, upstream))
    main = runtime / "nginx.conf"
    main.write_text((HERE / "standalone.conf").read_text().replace("@RUNTIME@", str(runtime)))
    return main


def start(runtime: Path, listen: str, upstream: str, binary: str | None = None) -> subprocess.Popen:
    """Start nginx in the foreground (stop it with .terminate()); the caller waits for the port."""
    binary = binary or find()
    if not binary:
        raise RuntimeError("nginx is not installed (apt-get install nginx-light)")
    conf = render(runtime, listen, upstream)
    subprocess.run([binary, "-t", "-q", "-p", str(runtime), "-c", str(conf)], check=True,
                   stderr=subprocess.PIPE)
    return subprocess.Popen([binary, "-p", str(runtime), "-c", str(conf)],
                            stdout=subprocess.DEVNULL, stderr=open(runtime / "stderr.log", "w"),
                            start_new_session=True)
