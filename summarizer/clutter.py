"""General rules that tell a report's prose from web clutter, and read metadata on the way.

Each rule is about the *shape* of a line, never about a particular site's strings:
not prose (too short, no sentence, title case, all caps), credit and caption lines, form
text ("please enter your comment"), copyright and URL lines, and lines that repeat verbatim
across reports (or within one) without being prose. Datelines ("BRUNEI, July 2 (UPI) --")
are cut off the first paragraph and kept as metadata; so is the outlet named in a
copyright line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from summarizer.text import ends_sentence, is_stop_word, normalize, words

#: A paragraph shorter than this (in words) that does not end a sentence is not prose.
MIN_PROSE_WORDS = 8


@dataclass
class Metadata:
    """What the cleaning learnt about a report besides its text."""

    outlet: str | None = None
    date: str | None = None
    place: str | None = None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RE = re.compile(
    rf"""^(?P<place>[A-Z][A-Z.'\- ]{{2,}}(?:,\s*[A-Z][A-Za-z.\- ]+?)?)\s*,?\s*
          (?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*,?\s*
          (?:\((?P<outlet>[A-Za-z&.\- ]{{2,30}})\))?\s*(?:--|-|_|:)\s+(?=\S)""",
    re.X,
)
_CREDIT_RE = re.compile(
    r"""(\bfile\s+photo\b|\blicense\s+photo\b|\bphoto(?:graph)?\s*(?:by|credit)?\s*:|\(photo\b
        |\bimage\s*(?:credit|caption|source)?\s*:|\b[A-Z]{2,}\s*/\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*$
        |\bgetty\s+images\b|\b(?:AP|AFP|EPA|Reuters)\s+photo\b)""",
    re.X | re.I,
)
_COPYRIGHT_RE = re.compile(r"(©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b)", re.I)
_URL_RE = re.compile(r"(https?://|www\.)\S+", re.I)
_FORM_RE = re.compile(
    r"""^(please\s+)?(enter|type|leave|post|add|write|submit|sign\s+(in|up)|log\s*in|subscribe
        |share|follow|click|tap|read\s+more|related|comments?|reply|advertisement|loading
        |skip\s+to|back\s+to\s+top|latest\s+(headlines|news)|most\s+(read|popular))\b""",
    re.X | re.I,
)
_OUTLET_IN_COPYRIGHT_RE = re.compile(
    r"(?:©|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?:by\s+)?(?P<outlet>[A-Z][\w.&\- ]{1,40}?)[.,]?\s*(?:All rights|\||$)",
    re.I,
)


def _key(paragraph: str) -> str:
    return " ".join(w.lower() for w in words(paragraph))


def is_prose(paragraph: str) -> bool:
    """Prose has enough words, lower-case running text and function words.

    Function words stand in for "has a verb-like sentence": headlines, menus, bylines and
    captions written in title case have few of them.
    """
    tokens = words(paragraph)
    if len(tokens) < MIN_PROSE_WORDS and not (len(tokens) >= 4 and ends_sentence(paragraph)):
        return False
    alphabetic = [t for t in tokens if t[0].isalpha()]
    if not alphabetic:
        return False
    lower_share = sum(1 for t in alphabetic if t[0].islower()) / len(alphabetic)
    function_share = sum(1 for t in alphabetic if is_stop_word(t)) / len(alphabetic)
    return lower_share >= 0.3 and function_share >= 0.15


def is_all_caps(paragraph: str) -> bool:
    letters = [ch for ch in paragraph if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


def clutter_reason(paragraph: str, repeated: set[str]) -> str | None:
    """Why a paragraph is clutter, or None when it is the report's prose."""
    if _FORM_RE.match(paragraph) and len(words(paragraph)) <= 12:
        return "form or navigation text"
    if _COPYRIGHT_RE.search(paragraph):
        return "copyright line"
    if _URL_RE.search(paragraph) and len(words(paragraph)) <= 25:
        return "link"
    if _CREDIT_RE.search(paragraph):
        return "photo credit or caption"
    if is_all_caps(paragraph):
        return "all caps"
    if not is_prose(paragraph):
        return "not prose"
    if _key(paragraph) in repeated and len(words(paragraph)) < 15:
        return "repeated boilerplate"
    return None


def repeated_lines(reports: Sequence[Sequence[str]]) -> set[str]:
    """Short lines seen verbatim more than once (in several reports, or twice in one)."""
    counts = Counter(_key(p) for paragraphs in reports for p in paragraphs)
    return {key for key, count in counts.items() if count > 1 and key}


def take_headline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The report's headline: among its first lines, the first that reads like a title
    (3 to 25 words, no closing period, not a credit or form line)."""
    for i, paragraph in enumerate(paragraphs[:3]):
        count = len(words(paragraph))
        if is_prose(paragraph) and ends_sentence(paragraph):
            break  # the story has begun: no headline
        if 3 <= count <= 25 and not ends_sentence(paragraph) and not _FORM_RE.match(paragraph) \
                and not _CREDIT_RE.search(paragraph) and not is_all_caps(paragraph):
            return paragraph, paragraphs[:i] + paragraphs[i + 1:]
    return None, paragraphs


def _read_dateline(paragraph: str, meta: Metadata) -> str:
    match = _DATELINE_RE.match(paragraph)
    if not match or not (match.group("date") or match.group("outlet") or "--" in match.group(0)):
        return paragraph
    meta.place = meta.place or match.group("place").strip(" ,").title()
    meta.date = meta.date or match.group("date")
    meta.outlet = meta.outlet or match.group("outlet")
    return paragraph[match.end():]


def _read_copyright(paragraph: str, meta: Metadata) -> None:
    match = _OUTLET_IN_COPYRIGHT_RE.search(paragraph)
    if match and not meta.outlet:
        meta.outlet = match.group("outlet").strip()


def remove_clutter(paragraphs: list[str], repeated: set[str],
                   meta: Metadata) -> tuple[list[str], list[str]]:
    """Split paragraphs into (prose, clutter); datelines and outlets go into ``meta``."""
    body: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs:
        paragraph = normalize(paragraph)
        if not body:
            paragraph = _read_dateline(paragraph, meta)
        reason = clutter_reason(paragraph, repeated)
        if reason:
            if reason == "copyright line":
                _read_copyright(paragraph, meta)
            removed.append(paragraph)
        else:
            body.append(paragraph)
    return body, removed
