"""What is committed: sources, not build artefacts or local data."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTEFACT = re.compile(
    r"(\.(whl|egg|pyc|pyo|so|tar\.gz|zip|sqlite3|log)$|(^|/)(__pycache__|build|dist|var|test-artifacts|"
    r"node_modules|\.venv|[^/]+\.egg-info)/)"
)


def test_git_tracks_no_build_artefacts():
    if not shutil.which("git") or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert tracked, "git ls-files listed nothing"
    assert [path for path in tracked if ARTEFACT.search(path)] == []
