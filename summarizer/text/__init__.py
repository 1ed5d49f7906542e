"""The engine's one text layer: sentence splitting, word tokens, stems, stop words.

Every strategy, the corpus, the guard and the brief use these functions, so a rule about
text (what a sentence is, what a word is, which words carry no content) is decided here once.
Nothing here downloads data: the splitter is rule based, stems come from NLTK's Porter
stemmer (pure code, no corpus), and the stop-word list is the one shipped inside sumy.

Every function takes an optional ``language`` (an ISO 639-1 code); without it the current
language applies (``summarizer.language.use``), English unless a run set another. English
goes through the rules below unchanged; other languages through ``summarizer.language``
(their own sentence punctuation and abbreviations, segmenters for Chinese and Japanese,
Snowball stemmers, sumy's or spaCy's stop words).

The ROUGE scorer in ``eval/rouge/`` deliberately does NOT use this module: it must follow
ROUGE-1.5.5's own tokenizer and stemmer, not the engine's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from summarizer.language import ENGLISH, current
from summarizer.text.lexicon import (ATTRIBUTION_VERBS, COURTESY_TITLES, MONTH_ABBREVIATIONS, REPORTING_VERBS,
                                    STATE_ABBREVIATIONS)

#: Two sentences whose stemmed content-token sets have a Jaccard similarity at or above this
#: value say the same thing (the definition used by the corpus, the strategies and the tests).
NEAR_DUPLICATE_JACCARD = 0.6

# --- normalisation -----------------------------------------------------------------------

_QUOTE_TABLE = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u2026": "...", "\u2014": " -- ", "\u2013": "-",
})
#: Newswire's ``double quotes'' (after curly single quotes became straight ones, so that the
#: result is stable: normalizing twice changes nothing).
_DOUBLED_QUOTE_RE = re.compile(r"``|''")
#: Newswire (DUC) writes a dash as an underscore between spaces.
_UNDERSCORE_DASH_RE = re.compile(r"(?<=\s)_(?=\s)")
#: Runs of spaces and tabs, and any lone tab or no-break space: each becomes one space (a lone
#: space is left alone, which is most of them, so most texts need no substitution).
_SPACE_RE = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\t\u00a0\u2009\u202f]")


def normalize(text: str) -> str:
    """Unicode NFC, straight quotes (newswire ``...'' included) and single spaces.

    Idempotent: ``normalize(normalize(t)) == normalize(t)`` for any text."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTE_TABLE)
    if "``" in text or "''" in text:
        text = _DOUBLED_QUOTE_RE.sub('"', text)
    if "_" in text:
        text = _UNDERSCORE_DASH_RE.sub("--", text)
    return _SPACE_RE.sub(" ", text).strip()


# --- sentence splitting ------------------------------------------------------------------

#: Abbreviations that end with a period but (almost) never end a sentence: titles, months
#: before a day, and common newswire short forms. Compared lower-case without the final dot.
TITLES = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev st messrs mmes "
    "pres supt insp det amb hon fr sr jr reps sens gens govs cong".split()
)
#: Capitalised words that often stand before a title ("Majority Leader Sen. Lott").
TITLE_CONTEXT = frozenset(
    "leader majority minority democratic republican senate house committee chairman former "
    "state u.s".split()
)
MONTHS = MONTH_ABBREVIATIONS  # "Sept." and "Dec." are abbreviations, not sentence ends
SHORT_FORMS = frozenset(
    "no nos vol vs v etc inc corp co ltd bros dept univ assn ave blvd mt ft approx est "
    "fig al cf ca".split()
)
#: Words that typically open a sentence: after an ambiguous abbreviation such as "U.S." or
#: "p.m." a split happens only when one of these follows.
SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there his her its their our "
    "but and so yet however meanwhile in on at after before when while if as for with "
    "some many most several both one two three officials police also".split()
)

_BOUNDARY_RE = re.compile(r"""([.!?]+)(["')\]]*)(\s+)(?=["'(\[]?([^\W_]))""")
_LAST_WORD_RE = re.compile(r"""([A-Za-z][A-Za-z.'-]*)$""")


def _is_abbreviation_boundary(before: str, after: str) -> bool:
    """True when the period at the end of ``before`` belongs to an abbreviation that does
    not end the sentence, given the text that follows."""
    match = _LAST_WORD_RE.search(before)
    if not match:
        return False  # a number or a closing bracket: "in 1998. Then ..." splits
    word = match.group(1).rstrip(".").rsplit("-", 1)[-1]  # "post-Sept.", "then-Rep.": the abbreviation
    lower = word.lower()
    next_word = re.match(r"""["'(\[]?([A-Za-z0-9]+)""", after)
    following = next_word.group(1) if next_word else ""
    if lower in TITLES:
        # "Hun Sen. Hun Sen complained": a title follows no capitalised name, so after one
        # ("Hun Sen.") the word is a surname and the period may end the sentence.
        previous = before[: match.start(1)].split()[-1:] if match.start(1) else []
        name_before = (previous and previous[0][:1].isupper() and previous[0].isalpha()
                       and previous[0].lower() not in TITLE_CONTEXT and not is_stop_word(previous[0], ENGLISH))
        if not name_before:
            return True
        # "Wyoming Gov. Jim Geringer" vs "strongman Hun Sen. Hun Sen complained": after a
        # capitalised word, split only before a clear opener or when that word comes back.
        return not (following.lower() in SENTENCE_OPENERS or following == previous[0])
    if lower in STATE_ABBREVIATIONS and following.lower() in TITLES:
        return True  # "with Wash. Gov. Jay Inslee": a state before its governor or senator
    if lower in STATE_ABBREVIATIONS and before[:match.start(1)].rstrip().endswith(",") and following[:1].isupper():
        return False  # "in Washington, D.C. Jackson's wife ...": the place closes after its comma
    if lower in MONTHS or lower in SHORT_FORMS:
        return following[:1].isdigit() or following.lower() not in SENTENCE_OPENERS
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if "." in word:  # "U.S.", "p.m.", "U.N.": ambiguous, split only before a clear opener
        return following.lower() not in SENTENCE_OPENERS
    return False


_SPEAKER_RE = re.compile(r"""((?:[A-Z][\w.'-]*\s+){1,3})([a-z]+)\b""")


def _attribution_follows(after: str) -> bool:
    """The words after a quoted question or exclamation are its attribution: up to three
    capitalised words, then a verb of saying ("Bachmann asked", "Sen. Ann Lee said")."""
    match = _SPEAKER_RE.match(after)
    if not match:
        return False
    verb = match.group(2)
    return verb in REPORTING_VERBS or verb in ATTRIBUTION_VERBS or (
        verb.endswith("ed") and (verb[:-2] in ATTRIBUTION_VERBS or verb[:-1] in ATTRIBUTION_VERBS))


def _opens_sentence(char: str) -> bool:
    """A character that may open a sentence: a digit, an upper-case letter in any script,
    or a letter of a script without case (Chinese, Arabic, ...)."""
    return char.isdigit() or char.isupper() or (char.isalpha() and not char.islower())


def _code(language: str | None) -> str:
    """The language to use: the one given, else the run's current one."""
    return language or current()


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Split one paragraph into sentences.

    A boundary is terminal punctuation (plus closing quotes or brackets) followed by space
    and an upper-case letter, a digit or an opening quote, unless the period belongs to an
    abbreviation (see ``_is_abbreviation_boundary``). Decimal numbers ("1.5") and
    "U.S.-Russian" never match because no space follows the period.
    """
    text = normalize(text)
    code = _code(language)
    if code != ENGLISH:
        from summarizer.language import splitting

        return splitting.split_sentences(text, code)
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if not _opens_sentence(match.group(4)):
            continue
        if match.group(1)[-1] in "?!" and '"' in match.group(2) and _attribution_follows(text[match.end():]):
            continue  # '"Have you gone today?" Bachmann asked her followers.' is one sentence
        end = match.end(2)
        before = text[start:match.start(1) + 1] if match.group(1) == "." else ""
        if before and _is_abbreviation_boundary(before, text[match.end():]):
            continue
        sentences.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


_TERMINAL_RE = re.compile(r"""[.!?]["')\]]*$|[.!?]\s*["')\]]+$""")


def ends_sentence(text: str, language: str | None = None) -> bool:
    """True when ``text`` ends with terminal punctuation (possibly inside closing quotes)."""
    if _code(language) != ENGLISH:
        from summarizer.language import splitting

        return splitting.ends_sentence(text)
    return bool(_TERMINAL_RE.search(text.rstrip()))


# --- words, stems, stop words ------------------------------------------------------------

#: A word: letters/digits of any script ("Núñez" is one word), keeping inner apostrophes, periods ("U.S"), hyphens and the
#: thousands separators of numbers ("93,000") inside one token.
_WORD_RE = re.compile(r"[^\W_]+(?:(?:[.'\-]|,(?=\d{3}))[^\W_]+)*")
_NUMBER_RE = re.compile(r"^\d[\d,.]*$")


def words(text: str, language: str | None = None) -> list[str]:
    """Word tokens in their original case, punctuation dropped."""
    code = _code(language)
    if code != ENGLISH:
        from summarizer.language import splitting

        return splitting.words(normalize(text), code)
    return _WORD_RE.findall(normalize(text))


#: "Mr. Morell", "Ms Rice": a courtesy title before a capitalised surname (group 1), which
#: refers back to a person the report introduced (``trust.introductions``) and shows the
#: outlet's style of naming people (``generation.styles``).
COURTESY_NAME_RE = re.compile(r"\b(?:" + "|".join(sorted(t.capitalize() for t in COURTESY_TITLES))
                              + r")\.?\s+([A-Z][\w'’-]+)")


def is_courtesy_title(word: str) -> bool:
    """"Mr.", "Ms", "Dr." (``lexicon.COURTESY_TITLES``), with or without the full stop."""
    return word.rstrip(".").lower() in COURTESY_TITLES


def is_number(token: str) -> bool:
    return bool(_NUMBER_RE.match(token))


def is_year(token: str) -> bool:
    """Four digits from 1800 to 2100: a year, which dates a claim and is no figure of it."""
    return len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100


#: Words before "year" that name a year by the report's date ("last year", "this year").
RELATIVE_YEARS = frozenset({"last", "this", "next"})


def years_named(words: list[str]) -> frozenset[str]:
    """The years a sentence's words name: a year's number ("1997"), or "last year", "this
    year", "next year" (read against the report's date, which reports of one story share).
    A figure of a sentence naming one year and a figure of one naming another are figures
    of two years ("harvested just 2.8 million tons last year" / "3 million tons this year")."""
    lower = [w.lower() for w in words]
    named = {w for w in lower if is_year(w)}
    named |= {f"{w} year" for w, after in zip(lower, lower[1:]) if w in RELATIVE_YEARS and after == "year"}
    return frozenset(named)


def of_other_years(first: list[str], second: list[str]) -> bool:
    """Each sentence names a year and none the other names (``years_named``)."""
    mine, theirs = years_named(first), years_named(second)
    return bool(mine) and bool(theirs) and not mine & theirs


def normalize_number(token: str, language: str | None = None) -> str:
    """'93,000' -> '93000', '1.50' -> '1.5': the same quantity compares equal (in German
    '1.500' -> '1500' and '3,5' -> '3.5')."""
    code = _code(language)
    if code != ENGLISH:
        from summarizer.language import digits

        return digits.normalize_number(token, code)
    cleaned = token.replace(",", "")
    if "." in cleaned:
        cleaned = cleaned.rstrip("0").rstrip(".")
    return cleaned


@lru_cache(maxsize=1)
def _porter():
    from summarizer.text.porter import PorterStemmer  # NLTK's Porter code, vendored: importing nltk imports all of nltk

    return PorterStemmer()


def stem(word: str, language: str | None = None) -> str:
    """Stem of a lower-cased word (Porter in English, Snowball in most other languages, the
    word itself where no stemmer exists); numbers are normalised instead of stemmed."""
    code = _code(language)
    return _english_stem(word) if code == ENGLISH else _other_stem(word, code)


@lru_cache(maxsize=200_000)
def _other_stem(word: str, code: str) -> str:
    from summarizer.language.resources import fold, stemmer

    if is_number(word):
        return normalize_number(word, code)
    return stemmer(code)(fold(word, code))


@lru_cache(maxsize=200_000)
def _english_stem(word: str) -> str:
    lower = word.lower()
    if is_number(lower):
        return normalize_number(lower)
    return _porter().stem(lower.replace("'", "").replace(".", ""))


#: The shortest word whose longer forms count as the same word (``one_root``): "nation" and
#: "national", not "state" and "statement".
MIN_ROOT_LETTERS = 6


def one_root(first: str, second: str) -> bool:
    """The two words are one word or a derivation of it ("parliament", "parliamentary"): the
    shorter, of at least ``MIN_ROOT_LETTERS`` letters, begins the longer (lower-cased; a
    shorter word, even the same one, is no answer: callers compare such words themselves).
    Stems miss such pairs ("parliament", "parliamentari")."""
    short, long = sorted((first.lower(), second.lower()), key=len)
    return len(short) >= MIN_ROOT_LETTERS and long.startswith(short)


def stop_words(language: str | None = None) -> frozenset[str]:
    """The language's stop words, lower-case: sumy's list (shipped inside the sumy package,
    no download; in English with reporting verbs added), spaCy's where sumy has none."""
    code = _code(language)
    if code == ENGLISH:
        return _english_stop_words()
    from summarizer.language.resources import stop_words as listed

    return listed(code)


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    import sumy

    path = Path(sumy.__file__).parent / "data" / "stopwords" / "english.txt"
    listed = {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()}
    return frozenset(w for w in listed if w) | {"s", "said", "says", "say", "told", "also"}


def is_stop_word(word: str, language: str | None = None) -> bool:
    code = _code(language)
    if code == ENGLISH:
        return word.lower() in _english_stop_words()
    from summarizer.language.resources import fold, stop_words as listed

    return fold(word, code) in listed(code)


def stems(text: str, language: str | None = None) -> list[str]:
    """Stems of every word token, in order."""
    code = _code(language)
    return [stem(w, code) for w in words(text, code)]


def content_stems(text: str, language: str | None = None) -> list[str]:
    """Stems of the words that carry content (stop words removed), in order."""
    code = _code(language)
    return [stem(w, code) for w in words(text, code) if not is_stop_word(w, code)]


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def is_near_duplicate(a: str | frozenset[str], b: str | frozenset[str],
                      language: str | None = None) -> bool:
    """The one definition of 'says the same thing': content-stem Jaccard >= threshold."""
    set_a = frozenset(content_stems(a, language)) if isinstance(a, str) else a
    set_b = frozenset(content_stems(b, language)) if isinstance(b, str) else b
    return jaccard(set_a, set_b) >= NEAR_DUPLICATE_JACCARD


def word_count(text: str, language: str | None = None) -> int:
    """Words as a reader (and the length budget) counts them: whitespace-separated fields;
    in Chinese and Japanese, which put no spaces between words, the segmenter's words."""
    code = _code(language)
    if code != ENGLISH:
        from summarizer.language import get

        if get(code).segmenter:
            return len(words(text, code))
    return len(text.split())


# --- sumy adapter ------------------------------------------------------------------------


class OfflineTokenizer:
    """sumy's tokenizer interface (``to_sentences``, ``to_words``) backed by this module, so
    sumy never asks NLTK for its punkt data (which would need a download). ``code``: the
    language (ISO 639-1) of the text; ``language`` is the name sumy itself uses."""

    def __init__(self, code: str = ENGLISH) -> None:
        from summarizer.language import get

        self.code = code
        self.language = get(code).name.lower()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph, self.code))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence, self.code))
