"""Remove personal data from visitors' text before it is stored or logged.

redact(text) replaces emails (also written "jane(at)example(dot)com"), phone
numbers (US, and international ones written with +country code), SSNs, payment
card numbers (Luhn-checked), IBANs (mod-97-checked), street addresses and PO
boxes with the city/state/ZIP after them, passport numbers and dates of birth
(after a cue such as "passport" or "born") with "[email]", "[phone]", "[ssn]",
"[card]", "[iban]", "[address]", "[passport]" and "[dob]". clean(text) normalises what visitors type (NFKC,
no control or zero-width characters) so lookalike digits cannot dodge redaction
and odd Unicode cannot upset the rest of the pipeline.

Every pattern runs in linear time on Python's backtracking `re`: each one starts
only at a token boundary (a lookbehind rules out starting inside a run of the
same characters, which would make a failed scan quadratic) and has no nested
unbounded quantifiers. tests/assistant/test_redaction.py feeds adversarial
64 KiB inputs to catch a regression.
"""
import re
import unicodedata

# C0/C1 controls except tab and newline, plus zero-width and bidi-control
# characters that hide text or reorder how it displays.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]"
)


def clean(text: str) -> str:
    """NFKC-normalise and drop control/invisible characters; CR LF becomes LF."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Lone surrogates (valid in JSON, not in UTF-8) would crash the database
    # driver later: drop them.
    text = text.encode("utf-8", "ignore").decode("utf-8") if _has_surrogates(text) else text
    return _INVISIBLE.sub("", text)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_EMAIL = re.compile(
    # Local part starts at a boundary (no quadratic rescans of a long run).
    r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
)

# Spelled-out emails: "jane(at)example(dot)com", "jane [at] example [dot] com",
# "jane at example dot com". A bare " at " needs a spelled-out dot too, so
# "buy at amazon.com" is left alone.
_AT_BRACKET = r"\s{0,3}[(\[{<]\s{0,2}(?i:at)\s{0,2}[)\]}>]\s{0,3}"
_DOT_SPELLED = r"(?:\s{0,3}[(\[{<]\s{0,2}(?i:dot)\s{0,2}[)\]}>]\s{0,3}|\s{1,3}(?i:dot)\s{1,3})"
_LABEL = r"[A-Za-z0-9-]{1,63}"
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}(?:"
    + _AT_BRACKET + _LABEL + r"(?:(?:" + _DOT_SPELLED + r"|\.)" + _LABEL + r"){1,4}"
    + r"|\s{1,3}(?i:at)\s{1,3}" + _LABEL + r"(?:" + _DOT_SPELLED + _LABEL + r"){1,4}"
    + r")(?![\w-])"
)

# IBAN: country, check digits, 11-30 more letters/digits (maybe in groups of 4);
# the mod-97 check decides.
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])")

# Passport numbers only after a cue: 6-9 letters/digits with at least one digit.
_PASSPORT = re.compile(
    r"(?i:(?<![a-z])passport(?:\s{1,3}(?:number|no\.?|num\.?|\#))?(?:\s{0,3}(?:is|:|\#|=)){0,2}\s{0,3})"
    r"(?=[A-Za-z]{0,2}\d)[A-Za-z0-9]{6,9}(?![\w])"
)

# Dates of birth only after a cue ("born on", "date of birth", "DOB", "birthday"):
# 01/02/1990, 1990-01-02, 2 January 1990, January 2, 1990, or a bare year after "born in".
_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
         r"|\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?" + _MONTH + r",?\s{1,3}\d{4}"
         r"|" + _MONTH + r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4})")
_DOB = re.compile(
    r"(?i:(?<![a-z])(?:born(?:\s{1,3}(?:on|in))?|date\s{1,3}of\s{1,3}birth|d\.?o\.?b\.?|birth\s{0,3}day|birth\s{1,3}date)"
    r"(?:\s{0,3}(?:is|was|:|=)){0,2}\s{0,3})(?:" + _DATE + r"|\d{4}(?![\w/.-]))(?![\w/])"
)

# 13-19 digits, optionally split by single spaces or dashes; Luhn decides.
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")

# SSN: 3-2-4 with a consistent separator, or 9 bare digits after a cue word.
_SSN = re.compile(
    r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])"
    r"|(?i:(?<![a-z])(?:ssn|ss\#|social\s{1,3}security(?:\s{1,3}(?:number|no\.?|\#))?)"
    r"(?:\s{0,3}(?:is|:|\#|=)){0,2}\s{0,3})\d{9}(?!\d)",
)

# US phones: optional +1/1, area code (maybe in parentheses), 3 + 4 digits with
# optional separators; or a local 3-4 number with a required separator.
_PHONE = re.compile(
    r"(?<![\w+(])(?:(?:\+\s?1|1)[\s.-]{0,2})?(?:\(\s?\d{3}\s?\)|\d{3})[\s.-]{0,2}\d{3}[\s.-]{1,2}\d{4}(?!\w)"
    r"|(?<![\w+(])(?:(?:\+\s?1|1)[\s.-]{0,2})?\(\s?\d{3}\s?\)\s?\d{3}\d{4}(?!\w)"
    r"|(?<![\w+(])(?:\+\s?1[\s.-]{0,2}|1[.-])?\d{10}(?!\w)"
    r"|(?<![\w.-])\d{3}[.-]\d{4}(?![\w-])"
    r"|(?<![\w+])\+1\d{10}(?!\w)"
)

# International numbers written with a country code: "+44 20 7946 0958",
# "+33 (0)1 23 45 67 89", "+49-30-1234567"; 8-15 digits in all (E.164).
_PHONE_INTL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]{0,2}(?:\(\d{1,4}\)|\d{1,5})){1,6}(?![\w])")

_SUFFIX_CAP = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl"
    r"|Parkway|Pkwy|Highway|Hwy|Terrace|Ter|Circle|Cir|Trail|Trl|Square|Sq|Plaza|Plz|Pike|Loop"
    r"|Alley|Aly|Crescent|Cres|Expressway|Expy|Freeway|Fwy|Route|Rte)"
)
_SUFFIX_ANY = (
    r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|parkway|pkwy|highway|hwy"
    r"|terrace|court|circle|trail|square|plaza|crescent|alley)"
)
_UNIT = r"(?:,?\s{1,3}(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Fl|Floor|\#)\.?\s{0,3}\#?[A-Za-z0-9-]{1,8})?"
_DIRECTION = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s{1,3})?"
_STOP = r"(?:the|a|an|on|in|at|of|to|for|from|by|with|and|or|my|our|your|his|her|their|its|this|that|fake|real)"
_ADDRESS = re.compile(
    # Capitalised street names: "4500 N. Oak Avenue Apt 5", "12 W 34th St".
    r"(?<![\w,.$])\d{1,6}[A-Za-z]?\s{1,3}" + _DIRECTION
    + r"(?:(?:[A-Z][A-Za-z'-]{0,30}|\d{1,3}(?:st|nd|rd|th))\.?\s{1,3}){1,4}"
    + _SUFFIX_CAP + r"\b\.?" + _UNIT
    # Lower-case street names: at most two words, none a common small word, so
    # "3 bags on the street" is left alone but "123 main st" is not.
    + r"|(?<![\w,.$])\d{1,6}\s{1,3}(?i:" + _DIRECTION + r")(?:(?!(?i:" + _STOP + r")\b)(?i:[a-z][a-z'-]{0,30}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,2}"
    + _SUFFIX_ANY + r"\b\.?" + _UNIT
)

# PO boxes: "PO Box 1234", "P.O. Box 77", "post office box 5".
_PO_BOX = re.compile(r"(?<![\w.])(?i:p\.?\s?o\.?\s{0,2}box|post\s{1,3}office\s{1,3}box)\s{0,3}\#?\s{0,2}\d{1,8}(?![\w])")

# What follows an address: ", Springfield, IL 62704", " Springfield IL", ", 62704".
# The state is two capitals or a capitalised name, or any two letters before a ZIP.
_ZIP = r"\d{5}(?:-\d{4})?"
_PLACE_TAIL = re.compile(
    r"\[address\](?:,?\s{1,3}[A-Za-z][A-Za-z'.-]{1,30}(?:\s{1,2}[A-Za-z][A-Za-z'.-]{1,30}){0,2},?\s{1,3}"
    r"(?:[A-Z]{2}|[A-Z][a-z]{3,13}(?:\s[A-Z][a-z]{3,13})?|[A-Za-z]{2}(?=\s{1,3}" + _ZIP + r"))"
    r"(?:\s{1,3}" + _ZIP + r")?(?![\w-])|,?\s{1,3}" + _ZIP + r"(?![\w-])"
    # A city alone: ", Springfield" closing the sentence or the clause.
    r"|,\s{1,3}[A-Z][A-Za-z'.-]{1,30}(?:\s{1,2}[A-Z][A-Za-z'.-]{1,30}){0,2}(?=\s{0,3}(?:[.,;:!?)\n]|$)))"
)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[card]" if _luhn(digits) else match.group(0)


def _iban(match: re.Match) -> str:
    code = match.group(0).replace(" ", "")
    if not 15 <= len(code) <= 34:
        return match.group(0)
    rearranged = code[4:] + code[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return "[iban]" if int(number) % 97 == 1 else match.group(0)


def _intl_phone(match: re.Match) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    return "[phone]" if 8 <= digits <= 15 else match.group(0)


_PASSPORT_VALUE = re.compile(r"[A-Za-z0-9]{6,9}$")
_DOB_VALUE = re.compile(r"(?:" + _DATE + r"|\d{4})$")


def _cue_kept(placeholder: str, value: re.Pattern):
    """Keep the cue ("my passport number is") and replace only what follows it."""

    def replace(match: re.Match) -> str:
        text = match.group(0)
        found = value.search(text)
        return text[: found.start()] + placeholder if found else placeholder

    return replace


def _ssn(match: re.Match) -> str:
    # Keep the cue word ("my SSN is [ssn]") and replace only the number.
    text = match.group(0)
    digits = re.search(r"\d{3}[- ]?\d{2}[- ]?\d{4}$", text)
    return text[: digits.start()] + "[ssn]" if digits else "[ssn]"


def redact(text: str) -> str:
    """Return text with personal data replaced by placeholders like "[email]"."""
    if not text:
        return text
    text = clean(text)
    text = _EMAIL.sub("[email]", text)
    text = _EMAIL_SPELLED.sub("[email]", text)
    text = _IBAN.sub(_iban, text)
    text = _CARD.sub(_card, text)
    text = _PASSPORT.sub(_cue_kept("[passport]", _PASSPORT_VALUE), text)
    text = _DOB.sub(_cue_kept("[dob]", _DOB_VALUE), text)
    text = _SSN.sub(_ssn, text)
    text = _PHONE_INTL.sub(_intl_phone, text)
    text = _PHONE.sub("[phone]", text)
    text = _ADDRESS.sub("[address]", text)
    text = _PO_BOX.sub("[address]", text)
    if "[address]" in text:
        text = _PLACE_TAIL.sub("[address]", text)
    return text
