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
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from summarizer import language
from summarizer.language.detect import MIN_ENGLISH_FUNCTION_SHARE
from summarizer.text import ends_sentence, is_courtesy_title, is_stop_word, normalize
from summarizer.text import words as _text_words

#: A paragraph shorter than this (in words) that does not end a sentence is not prose.
MIN_PROSE_WORDS = 8
#: ... and one that does end a sentence needs this many ("Fire kills three.").
MIN_SENTENCE_WORDS = 3


@dataclass
class Metadata:
    """What the cleaning learnt about a report besides its text."""

    outlet: str | None = None
    date: str | None = None
    place: str | None = None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: Every Unicode dash (category Pd: "-", "‐", "‒", "–", "—", "―", ...): outlets end a
#: dateline with any of them, alone or doubled ("--", "–-").
DASHES = "".join(ch for ch in map(chr, range(0x2D, 0x10000)) if unicodedata.category(ch) == "Pd")
#: The dashes that are not hyphens: one may touch the word after it ("WASHINGTON ―House").
_BARS = "".join(ch for ch in DASHES if "HYPHEN" not in unicodedata.name(ch))
#: A dateline: a place in capitals ("WASHINGTON", "KANSAS CITY, Mo."), or in title case
#: ("Denver") when a wire credit follows; then a date, a credit, a dash or a colon.
_DATELINE_RE = re.compile(
    rf"""^(?P<place>[A-Z][A-Z.'\- ]{{2,}}(?:,\s*[A-Z][A-Za-z.\- ]+?)?
          |(?P<titled>[A-Z][a-z.]+(?:\s[A-Z][a-z.]+){{0,2}}(?:,\s*[A-Z][A-Za-z.]+)?))\s*,?\s*
          (?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*,?\s*
          (?:\((?P<outlet>[A-Za-z&.\- ]{{2,30}})\))?\s*
          (?:(?P<dash>[{re.escape(DASHES)}]{{1,3}})\s+|(?<=\s)(?P<bar>[{re.escape(_BARS)}])|(?:_|:)\s+)(?=\S)""",
    re.X,
)
#: A wire credit after a place in title case: "(AP)", "(The Associated Press)", not "(R-Ky.)".
_WIRE_CREDIT_RE = re.compile(r"[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3}")
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
#: What any match of a slow pattern contains, in the text as ``str.lower`` gives it: a
#: paragraph holding none of these is not searched. Only letters that case-insensitive
#: matching pairs with nothing but their ASCII capital (not i, k or s, which "İ", "ı", "K"
#: and "ſ" also match), so the filter never drops a match.
_REQUIRED = {
    _CREDIT_RE: ("photo", "mage", "getty", "/"),
    _COPYRIGHT_RE: ("©", "(c)", "copyr", "erved"),
}


def _found(pattern: re.Pattern[str], paragraph: str) -> bool:
    """``pattern.search(paragraph)``, skipped when a required string is missing."""
    lower = paragraph.lower()
    return any(part in lower for part in _REQUIRED[pattern]) and bool(pattern.search(paragraph))


_OUTLET_IN_COPYRIGHT_RE = re.compile(
    r"(?:©|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?:by\s+)?(?P<outlet>[A-Z][\w.&\- ]{1,40}?)[.,]?\s*(?:All rights|\||$)",
    re.I,
)


#: Error pages, cookie walls and bot checks: a page that is not the report it was meant to be.
_NOTICE_RE = re.compile(
    r"""\b(?:page|article|content|story)\s+(?:was\s+|could\s+not\s+be\s+|cannot\s+be\s+)?not\s+found\b
        |\b(?:page|article|story)\s+(?:could|can)\s*not\s+be\s+found\b
        |\b(?:error\s+)?404\b(?:\s*(?:error|-|:|\|))?\s*(?:page\s+)?not\s+found\b|\berror\s+404\b
        |\bthe\s+page\s+you\s+(?:are|were)\s+looking\s+for\b|\bthe\s+page\s+you\s+requested\b
        |\bwe\s+use\s+cookies\b|\b(?:accept|reject|manage)\s+(?:all\s+)?cookies\b
        |\bcookie\s+(?:policy|settings|preferences|consent)\b|\buse\s+of\s+cookies\b
        |\b(?:enable|turn\s+on)\s+javascript\b|\bjavascript\s+is\s+(?:disabled|required)\b
        |\baccess\s+denied\b|\b403\s+forbidden\b|\bare\s+you\s+a\s+robot\b""",
    re.X | re.I,
)
#: A paragraph longer than this (in words) is prose even if it mentions cookies or a 404.
MAX_NOTICE_WORDS = 40
NOTICE = "error page or cookie notice"
#: A Markdown/plain-text table row or separator: cells between pipes.
#: A wire service's typesetting code left in the text ("Q. (italics)Why are you skeptical
#: about the deal?(end italics)"): an instruction to the printer, not a word of the report.
_TYPESETTING_RE = re.compile(r"\(\s*(?:end\s+)?(?:ital(?:ic)?s?|bold|underlin(?:e|ed|ing))\s*\)", re.I)
_TABLE_RE = re.compile(r"^\s*\|.*\|\s*$|\|\s*:?-{3,}:?\s*\|", re.S)


#: Paragraphs whose words are kept (see ``words``): the rules ask for a paragraph's words
#: several times in a row; a bound keeps memory flat over thousands of long reports.
_WORDS_CACHE_SIZE = 256


def words(paragraph: str) -> tuple[str, ...]:
    """The paragraph's word tokens in the current language (``summarizer.text.words``),
    tokenized once however many rules ask."""
    return _words_in(paragraph, language.current())


@lru_cache(maxsize=_WORDS_CACHE_SIZE)
def _words_in(paragraph: str, code: str) -> tuple[str, ...]:
    return tuple(_text_words(paragraph, code))


def _key(paragraph: str) -> str:
    return " ".join(w.lower() for w in words(paragraph))


def is_prose(paragraph: str) -> bool:
    """Prose has enough words, lower-case running text and function words.

    Function words stand in for "has a verb-like sentence": headlines, menus, bylines and
    captions written in title case have few of them. Words, function words and sentence ends
    are the current language's (see ``summarizer.language.use``); in a script without
    case (Chinese, Arabic, Hebrew, ...) the lower-case test is left out, and outside English
    a paragraph that ends a sentence needs no function words.
    """
    tokens = words(paragraph)
    if len(tokens) < MIN_PROSE_WORDS and not (len(tokens) >= MIN_SENTENCE_WORDS and ends_sentence(paragraph)):
        return False
    alphabetic = [t for t in tokens if t[0].isalpha()]
    if not alphabetic:
        return False
    function_share = _stop_word_count(alphabetic) / len(alphabetic)
    lang = language.get(None)
    lower_share = sum(1 for t in alphabetic if t[0].islower()) / len(alphabetic) if lang.cased else 1.0
    if lang.code != language.ENGLISH:
        # Russian or Arabic inflect where English adds function words, Chinese prose has few
        # listed ones: there a whole sentence is evidence enough.
        return lower_share >= 0.3 and (function_share >= 0.15 or ends_sentence(paragraph))
    return lower_share >= 0.3 and function_share >= 0.15


def _stop_word_count(tokens: Sequence[str]) -> int:
    """How many of ``tokens`` are stop words (each distinct token looked up once)."""
    return sum(count for token, count in Counter(tokens).items() if is_stop_word(token))


@lru_cache(maxsize=_WORDS_CACHE_SIZE)
def is_all_caps(paragraph: str) -> bool:
    """Over 80% of the paragraph's letters (at least three) are upper-case; each distinct
    character is tested once."""
    letters = upper = 0
    for char, count in Counter(paragraph).items():
        if char.isalpha():
            letters += count
            upper += count if char.isupper() else 0
    return letters >= 3 and upper / letters > 0.8


def is_table(paragraph: str) -> bool:
    """Table rows (``| cell | cell |``) or a table's ``|---|`` separator."""
    return paragraph.count("|") >= 2 and bool(_TABLE_RE.search(paragraph))


def is_notice(paragraph: str) -> bool:
    """An error page's, cookie wall's or bot check's text, not news."""
    return len(words(paragraph)) <= MAX_NOTICE_WORDS and bool(_NOTICE_RE.search(paragraph))


def in_capitals(paragraphs: Sequence[str]) -> bool:
    """A report written in capitals throughout (old wire style): most of its letters, in
    its longer paragraphs, are upper-case. Its prose is judged as if it were in lower case."""
    if not any(is_all_caps(p) for p in paragraphs):
        return False  # the usual case, answered without tokenizing
    long = [p for p in paragraphs if len(words(p)) >= MIN_PROSE_WORDS] or list(paragraphs)
    return bool(long) and sum(is_all_caps(p) for p in long) > 0.5 * len(long)


def clutter_reason(paragraph: str, repeated: set[str], capitals: bool = False) -> str | None:
    """Why a paragraph is clutter, or None when it is the report's prose. ``capitals``:
    the report is written in capitals (see ``in_capitals``), so capitals are not a sign."""
    if is_notice(paragraph):
        return NOTICE
    if is_table(paragraph):
        return "table"
    if capitals:
        paragraph = paragraph.lower()
    if _FORM_RE.match(paragraph) and len(words(paragraph)) <= 12:
        return "form or navigation text"
    if _found(_COPYRIGHT_RE, paragraph):
        return "copyright line"
    if len(words(paragraph)) <= 25 and _URL_RE.search(paragraph):
        return "link"
    if _found(_CREDIT_RE, paragraph):
        return "photo credit or caption"
    if is_all_caps(paragraph):
        return "all caps"
    if not is_prose(paragraph):
        return "not prose"
    if len(words(paragraph)) < 15 and _key(paragraph) in repeated:
        return "repeated boilerplate"
    return None


def repeated_lines(reports: Sequence[Sequence[str]]) -> set[str]:
    """Short lines seen verbatim more than once (in several reports, or twice in one)."""
    counts = Counter(_key(p) for paragraphs in reports for p in paragraphs)
    return {key for key, count in counts.items() if count > 1 and key}


#: A headline has this many words at most; a question or exclamation headline fewer still.
MAX_HEADLINE_WORDS = 25
MAX_QUESTION_HEADLINE_WORDS = 15


def _is_question_headline(paragraphs: list[str], i: int) -> bool:
    """A short one-sentence question or exclamation standing alone above the story ("Is the
    dam safe?", "Fox to Trump: We won't pay for 'that wall!'")."""
    paragraph = paragraphs[i]
    return (paragraph.rstrip(" \"'’”").endswith(("?", "!")) and i + 1 < len(paragraphs)
            and len(words(paragraph)) <= MAX_QUESTION_HEADLINE_WORDS
            and not re.search(r"[.!?]\s", paragraph))


#: A dateline's place on a line of its own: "BANDAR SERI BEGAWAN, Brunei".
_PLACE_LINE_RE = re.compile(r"^[A-Z][A-Z.'\- ]{2,},(?:\s*[A-Z][A-Za-z.\-]*){1,3}$")


def _is_capitals_title(paragraph: str) -> bool:
    """A headline in capitals ("FIRE KILLS THREE IN PORT HALVEY"), not a dateline."""
    return len(words(paragraph)) >= 3 and not _DATELINE_RE.match(paragraph)


#: A line ending in an initialism ("..., Bloomberg Tells U.S.") has no sentence end there.
_INITIALISM_END_RE = re.compile(r"\b(?:[A-Z]\.){2,}[\"'’”]?$")


def _reads_like_title(paragraph: str) -> bool:
    count = len(words(paragraph))
    unfinished = not ends_sentence(paragraph) or bool(_INITIALISM_END_RE.search(paragraph.rstrip()))
    return (3 <= count <= MAX_HEADLINE_WORDS and unfinished
            and not _FORM_RE.match(paragraph) and not _found(_CREDIT_RE, paragraph)
            and not is_notice(paragraph) and not is_table(paragraph)
            and not _PLACE_LINE_RE.match(paragraph)
            and (not is_all_caps(paragraph) or _is_capitals_title(paragraph)))


def take_headline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The report's headline: among its first lines, the first that reads like a title
    (3 to 25 words, no closing period, not a credit or form line; in capitals too, unless
    it is a dateline), or a short question standing alone above the story. The only
    paragraph of a report is never its headline."""
    if len(paragraphs) < 2:
        return None, paragraphs  # a report of one paragraph is all story
    capitals = in_capitals(paragraphs[1:])
    for i, paragraph in enumerate(paragraphs[:3]):
        if _is_question_headline(paragraphs, i):
            return paragraph, paragraphs[:i] + paragraphs[i + 1:]
        if is_prose(paragraph.lower() if capitals else paragraph) and ends_sentence(paragraph):
            break  # the story has begun: no headline
        if _reads_like_title(paragraph):
            return paragraph, paragraphs[:i] + paragraphs[i + 1:]
    return None, paragraphs


def _dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline opening ``paragraph``: a dash or a date or credit must end the place (a
    colon or "_" alone is too weak), and a place in title case needs a wire credit."""
    match = _DATELINE_RE.match(paragraph)
    if not match or not any(match.group(k) for k in ("date", "outlet", "dash", "bar")):
        return None
    if match.group("titled") and not (_WIRE_CREDIT_RE.fullmatch(match.group("outlet") or "")
                                      or _opens_a_sentence(match, paragraph)):
        return None
    return match


def _opens_a_sentence(match: re.Match[str], paragraph: str) -> bool:
    """A place in title case and one dash before a new sentence ("New York – In his first
    speech ..."), not a name with an aside set off by a pair of dashes ("Bloomberg ― the
    former mayor ― said") or a courtesy title ("Mr. McConnell – ...")."""
    dash, rest = match.group("dash"), paragraph[match.end():]
    return bool(dash) and rest[:1].isupper() and dash not in rest and \
        not is_courtesy_title(match.group("titled").split()[0])


def _read_dateline(paragraph: str, meta: Metadata) -> str:
    match = _dateline(paragraph)
    if not match:
        return paragraph
    meta.place = meta.place or match.group("place").strip(" ," + DASHES).title()
    meta.date = meta.date or match.group("date")
    meta.outlet = meta.outlet or match.group("outlet")
    return paragraph[match.end():]


def _read_copyright(paragraph: str, meta: Metadata) -> None:
    match = _OUTLET_IN_COPYRIGHT_RE.search(paragraph)
    if match and not meta.outlet:
        meta.outlet = match.group("outlet").strip()


def strip_typesetting(paragraph: str) -> str:
    """The paragraph without the wire's typesetting codes ("(italics)", "(end bold)")."""
    if "(" not in paragraph:
        return paragraph
    closing = re.compile(r"\s*(?:" + _TYPESETTING_RE.pattern + r")(?=[.,;:?!'\"”’)]|$)", re.I)
    return re.sub(r"  +", " ", _TYPESETTING_RE.sub(" ", closing.sub("", paragraph))).strip()


def remove_clutter(paragraphs: list[str], repeated: set[str],
                   meta: Metadata) -> tuple[list[str], list[tuple[str, str]]]:
    """Split paragraphs into (prose, clutter as (paragraph, reason)); datelines and outlets
    go into ``meta``."""
    body: list[str] = []
    removed: list[tuple[str, str]] = []
    capitals = in_capitals(paragraphs)
    for paragraph in paragraphs:
        paragraph = strip_typesetting(normalize(paragraph))
        if not body:
            paragraph = _read_dateline(paragraph, meta)
        reason = clutter_reason(paragraph, repeated, capitals)
        if reason:
            if reason == "copyright line":
                _read_copyright(paragraph, meta)
            removed.append((paragraph, reason))
        else:
            body.append(paragraph)
    return body, removed


# --- language ------------------------------------------------------------------------------

#: Scripts named in the reason a report was left out.
_SCRIPT_NAMES = {"CJK": "Chinese characters", "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana",
                 "HANGUL": "Korean Hangul"}


def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split()[0]


def not_english_reason(paragraphs: Sequence[str]) -> str | None:
    """Why a report is not English (its script, or too few English function words), or None.

    A cheap test, not language identification (reading no longer uses it: reports in other
    languages are read in their language, see ``summarizer.language.detect``)."""
    letters = [ch for p in paragraphs for ch in p if ch.isalpha()]
    if len(letters) < 20:
        return None  # too little to tell
    scripts = Counter(_script(ch) for ch in letters)
    if scripts["LATIN"] < 0.5 * len(letters):
        main = max(sorted(scripts), key=lambda name: scripts[name])
        return f"not English ({_SCRIPT_NAMES.get(main, main.title() + ' script')})"
    # Function words only in paragraphs long enough to be prose: menus and headlines have
    # few of them in any language.
    text = " ".join(p for p in paragraphs if len(words(p)) >= MIN_PROSE_WORDS)
    tokens = [w for w in words(text) if w[0].isalpha()]
    if len(tokens) < MIN_PROSE_WORDS:
        return None
    share = sum(1 for t in tokens if is_stop_word(t)) / len(tokens)
    return "not English (few English function words)" if share < MIN_ENGLISH_FUNCTION_SHARE else None
