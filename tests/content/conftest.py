"""Fixtures for content tests: the shipped report text, parsed once."""
from pathlib import Path

import pytest

from content.parsing import parse_report

REPORT = Path(__file__).resolve().parents[2] / "content" / "data" / "cbp-ipr-seizure-statistics-fy2021.txt"


@pytest.fixture(scope="session")
def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def parsed(report_text):
    return parse_report(report_text)
