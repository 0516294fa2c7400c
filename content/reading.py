"""Reading content input: refusing what is not readable text or JSON, with the reason.

Pure Python (no Django), so the file checks (content/checks.py) run anywhere.
"""
import json
import re
from pathlib import Path

# Shipped reports: content/data/cbp-ipr-seizure-statistics-fy<year>.txt (or .pdf).
REPORT_FILES = re.compile(r"^cbp-ipr-seizure-statistics-fy(\d{4})\.(txt|pdf)$")


class ContentError(Exception):
    """The input was refused; the message says why. Nothing was written."""


def check_text(text: str, name: str = "the text") -> None:
    if not text.strip():
        raise ContentError(f"{name} is empty")
    if "\x00" in text:
        raise ContentError(f"{name} is binary (it contains NUL bytes), not report text")
    sample = text[:200_000]
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t\f")
    visible = [ch for ch in sample if not ch.isspace()]
    letters = sum(1 for ch in visible if ch.isalpha())
    if printable < 0.97 * len(sample) or sample.count("\ufffd") > 0.01 * len(sample):
        raise ContentError(f"{name} is garbled: it is mostly not readable text")
    if visible and letters < 0.4 * len(visible):
        raise ContentError(f"{name} is garbled: too few letters for report text")


def decode(data: bytes, name: str = "the file", prose: bool = True) -> str:
    if not data.strip():
        raise ContentError(f"{name} is empty")
    if b"\x00" in data:
        raise ContentError(f"{name} is binary (it contains NUL bytes), not report text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name} is not UTF-8 text (invalid byte at position {exc.start})") from None
    if prose:
        check_text(text, name)
    return text


def read_json_list(path: Path) -> list:
    if not path.is_file():
        raise ContentError(f"{path}: no such file")
    text = decode(path.read_bytes(), name=path.name, prose=False)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, list):
        raise ContentError(f"{path.name} must be a JSON list of objects")
    return data


def refuse(name: str, errors: list[str]) -> None:
    if errors:
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise ContentError(f"{name}: " + "; ".join(errors[:10]) + more)


