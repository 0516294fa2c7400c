"""Turning PDF-extracted lines into clean text: furniture, duplicates, footnotes, paragraphs."""
import re
from dataclasses import dataclass

from content.parsing.layout import CHART_CAPTIONS, masked


@dataclass
class Line:
    text: str  # stripped
    no: int  # 1-based line number in the source, for warnings
    blank_before: bool = False  # a blank (or dropped) line came before it
    page_start: bool = False  # the extraction starts a page or text box with one space


# Page numbers and the rotated "FY 2021 / 22" margin, which the extraction spreads
# over lines such as "FY", " 2", "02", "1", "42".
FURNITURE = re.compile(r"^(FY|FY \d{4}|\d{1,3})$")
LONE_REF = re.compile(r"^(\d{1,2})\.$")  # a footnote mark that lost its line: "5."
URL = re.compile(r"(?:https?://|mailto:)[^\s,<>\"“”()]+")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
TERMINATORS = (".", ":", "?", "!", "”", ".)")


def _is_lone_url(s: str) -> bool:
    """A link annotation repeating a URL; one ending a sentence ("...allegations.") is text."""
    starts = s.startswith(("http://", "https://", "mailto:"))
    return starts and ((" " not in s and not s.endswith((".", ",", ")", ";"))) or " | " in s)


def duplicated(rows: list[str]) -> set[int]:
    """Indexes of lines repeating an earlier run of 3+ substantial lines.

    The extraction repeats whole blocks (the MSRP by Center table, the Points of
    Contact text). Short repeated lines, such as table headers, are left alone.
    """
    content = [i for i, s in enumerate(rows) if s.strip()]
    seen: set[tuple[str, ...]] = set()
    dup: set[int] = set()
    for k in range(len(content) - 2):
        idx = content[k : k + 3]
        window = tuple(rows[i].strip() for i in idx)
        if sum(len(s) for s in window) < 60:
            continue
        if window in seen:
            dup.update(idx)
        else:
            seen.add(window)
    # Short lines inside a repeated block ("MSRP", "% of Total") repeat too.
    earlier: set[str] = set()
    for pos, i in enumerate(content):
        text = rows[i].strip()
        if i not in dup and text in earlier:
            before = next((j for j in reversed(content[:pos]) if rows[j].strip()), None)
            after = content[pos + 1 : pos + 13]
            if before in dup and any(j in dup for j in after):
                dup.add(i)
        earlier.add(text)
    return dup


def lines_of(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", " ")
    text = text.replace("\f", "\n")
    rows = text.split("\n")
    dup = duplicated(rows)
    out: list[Line] = []
    gap = False
    for i, raw in enumerate(rows):
        s = re.sub(r"\s+", " ", raw).strip()
        if not s or i in dup or FURNITURE.match(s) or _is_lone_url(s) or masked(s) in CHART_CAPTIONS:
            gap = True
            continue
        ref = LONE_REF.match(s)
        if ref and out:
            out[-1].text = out[-1].text.rstrip(" .") + ref.group(1) + "."
            gap = True
            continue
        page_start = raw.startswith(" ") and not raw.startswith("  ")
        out.append(Line(s, i + 1, blank_before=gap, page_start=page_start))
        gap = False
    return out


# --- footnotes -------------------------------------------------------------

FOOTNOTE_START = re.compile(r"^(\d{1,2}) +(\S.*)$")


def footnote_open(text: str) -> bool:
    """Does a footnote continue on the next line? (It ends mid-sentence or mid-URL.)"""
    last = text.rstrip().split(" ")[-1]
    if last.endswith(("www.", "/", "-", "=", "&", "?")) or last in ("https://", "http://"):
        return True
    return not text.rstrip().endswith((".", ".”", ".)"))


def join_lines(a: str, b: str) -> str:
    """Join two lines of one paragraph, mending URLs, e-mail addresses and hyphens."""
    if not a:
        return b
    if not b:
        return a
    last, first = a.split(" ")[-1], b.split(" ")[0]
    url_part = "://" in last or last.startswith(("www.", "(http", "(www"))
    if url_part and last.endswith((".", "/", "-", "=", "&", "?", "%20", "://")) and re.match(r"[a-z0-9%]", first):
        return a + b
    if url_part and last.endswith(("/", "-", "%20")) and re.match(r"[A-Z][\w%/.-]*$", first):
        return a + b  # ".../documents/2021-" + "Apr/1%20..."
    if last.endswith(".") and re.match(r"^[A-Za-z0-9._%+-]+@", first) and "@" not in last:
        return a + b  # "EOEBranch.ITC337." + "Rulings@cbp.dhs.gov."
    if re.search(r"[A-Za-z]-$", last) and re.match(r"[a-z]", first):
        return a + b  # "high-" + "risk": the report breaks only real compounds
    if last.endswith(")") and re.match(r"s\b", b):
        return a + b  # "(CBPO)" + "s stationed"
    return a + " " + b


def urls_in(text: str) -> list[str]:
    found = []
    for url in URL.findall(text):
        url = url.rstrip(".,;:)")
        if url not in found:
            found.append(url)
    return found


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([.,;:])(?=\s|$)", r"\1", text)  # "is also high ." -> "high."
    text = re.sub(r"\( ", "(", text)
    text = re.sub(r" \)", ")", text)
    return text


# --- paragraphs ------------------------------------------------------------

BULLET = re.compile(r"^(■|❱❱|•|\*|\d\.) ?")


def paragraphs(lines: list[Line]) -> list[str]:
    """Re-flow broken lines into paragraphs.

    A new paragraph starts after a line that ends a sentence when a blank line
    follows or the line is clearly shorter than its paragraph (the last line of a
    justified column); at bullets; and where the column width changes after a gap.
    """
    paras: list[list[Line]] = []
    for line in lines:
        if not paras:
            paras.append([line])
            continue
        cur = paras[-1]
        prev = cur[-1]
        width = max(len(x.text) for x in cur)
        ends = prev.text.endswith(TERMINATORS)
        starts_upper = bool(re.match(r"[A-Z0-9“‘\"(■❱•*]|e-[A-Z]", line.text))
        short = len(cur) > 1 and len(prev.text) < 0.7 * width
        new = False
        if BULLET.match(line.text):
            new = True
        elif ends and starts_upper and (line.blank_before or short):
            new = True
        elif line.blank_before and starts_upper and len(cur) > 1 and len(line.text) < 0.6 * width and not ends:
            new = not prev.text.endswith((",", ";", "and", "or", "the", "of"))
        if new:
            paras.append([line])
        else:
            cur.append(line)
    out = []
    for para in paras:
        text = ""
        for line in para:
            text = join_lines(text, line.text)
        text = BULLET.sub(lambda m: "• " if m.group(1) in ("■", "•") else (m.group(1) + " " if m.group(1)[0].isdigit() else ""), text)
        text = tidy(text)
        if text:
            out.append(text)
    return out


def lead_in_first(paras: list[str]) -> list[str]:
    """Move a trailing "... consists of four pillars:" lead-in before its numbered list.

    The extraction emits a page's lead-in text after the list it introduces.
    """
    if len(paras) < 2 or not paras[-1].endswith(":"):
        return paras
    first = next((i for i, p in enumerate(paras) if re.match(r"1\. ", p)), None)
    if first is None:
        return paras
    return paras[:first] + [paras[-1]] + paras[first:-1]


def footnote_pattern(number: str) -> re.Pattern:
    """An inline footnote mark: "ownership1." or "in 20112." (year 2011, note 2)."""
    return re.compile(rf"(?:(?<=[A-Za-z)”’])|(?<=\b(?:19|20)\d\d)){number}(?=[.,;:]?(?:\s|$))")
