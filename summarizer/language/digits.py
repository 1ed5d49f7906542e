"""Numbers as languages write them: digits grouped by thousands with spaces ("1 500"),
decimal commas ("3,5") and Arabic-Indic digits, read as plain decimals. Its own module because
both the word splitter and the stemmers need it."""

from __future__ import annotations

import unicodedata

import regex

from summarizer.language import LANGUAGES

#: Digits grouped by thousands with a space, a no-break space, a narrow no-break space or a
#: thin space ("1 500", "1 500 000", "3 000,5"): one number, not two. The first group has one
#: to three digits and every later group exactly three, so "2019 500" stays two numbers.
GROUP_SPACES = " \u00a0\u202f\u2009"
GROUPED_NUMBER_RE = regex.compile(
    rf"""(?<![\p{{N}}\p{{L}}.,])\p{{N}}{{1,3}}(?:[{GROUP_SPACES}]\p{{N}}{{3}})+(?![\p{{N}}]|[.,]\p{{N}}{{3}})(?:,\p{{N}}+)?""")


def is_grouped_number(token: str) -> bool:
    """A number whose thousands are set apart by spaces ("1 500"): ``words`` keeps it whole."""
    return bool(GROUPED_NUMBER_RE.fullmatch(token))


def normalize_number(token: str, code: str) -> str:
    """A number written in language ``code`` as a plain decimal: "1.500" and "1 500" ->
    "1500", "3,5" -> "3.5" where the comma is the decimal mark; Arabic-Indic digits -> ASCII."""
    token = "".join(ch for ch in token if ch not in GROUP_SPACES)
    token = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in token)
    token = token.replace("\u066c", "").replace("\u066b", ".")
    if LANGUAGES[code].decimal_comma:
        groups = token.split(".")
        if "," in token or (len(groups) > 1 and all(len(g) == 3 for g in groups[1:])):
            token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", "")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token
