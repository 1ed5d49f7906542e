"""A report's language, found offline.

Three steps, cheapest first:

1. The script: kana is Japanese, Hangul Korean, Han characters Chinese, Hebrew letters Hebrew,
   Greek Greek, Thai Thai; Cyrillic, Arabic and Devanagari script are shared by several
   languages, so there the detector decides among them (``_SHARED_SCRIPTS``).
2. English: Latin-script prose whose words (in its first ``ENGLISH_SAMPLE_CHARS``
   characters) are at least ``MIN_ENGLISH_FUNCTION_SHARE`` English function words is English,
   without loading the detector (English news prose has about 40%; German, French or Spanish
   prose under 10%).
3. Otherwise ``langdetect`` (a port of Google's language-detection library: character
   n-gram profiles of 55 languages, pure Python, offline), seeded so that its answer is the
   same in every process.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Sequence

from summarizer.language import ENGLISH, LANGUAGES, UNSUPPORTED
from summarizer.language.resources import script

#: Under this share of English function words among its words, Latin-script prose is not English.
MIN_ENGLISH_FUNCTION_SHARE = 0.2
#: Fewer letters than this: too little to tell (the report takes the set's language).
MIN_LETTERS = 20
#: Paragraphs shorter than this (in words) are left out of detection: menus and headlines
#: carry few of a language's function words.
MIN_PROSE_WORDS = 8
#: The English test reads this many characters of a report's prose at most: a few hundred
#: words settle it, and a long report then costs no more to test than a short one.
ENGLISH_SAMPLE_CHARS = 2000
#: Share of kana among the letters from which text with Han characters is Japanese.
MIN_KANA_SHARE = 0.05

_SCRIPT_LANGUAGE = {"HANGUL": "ko", "HEBREW": "he", "GREEK": "el", "THAI": "th"}
#: Scripts shared by several languages: the detector chooses among these only (they are its
#: prior). Cyrillic lists only the languages the engine reads: langdetect takes a short
#: Russian sentence for Bulgarian or Macedonian, and refusing a Russian report costs more than
#: reading a Bulgarian one with Russian tools. Devanagari lists langdetect's three, so the
#: user learns that the report is in Hindi, Marathi or Nepali (none of which it reads yet).
_SHARED_SCRIPTS = {"CYRILLIC": ("ru", "uk"), "ARABIC": ("ar", "fa", "ur"), "DEVANAGARI": ("hi", "mr", "ne")}
_SCRIPT_DEFAULT = {"CYRILLIC": "ru", "ARABIC": "ar", "DEVANAGARI": "devanagari"}


@lru_cache(maxsize=1)
def _detector_ready() -> bool:
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = 0  # langdetect samples n-grams at random: fix it
    detector_factory.init_factory()  # loads the 55 profiles once
    return True


def _langdetect(text: str, among: Sequence[str] | None = None) -> str | None:
    """langdetect's best guess (among ``among`` only when given), as an ISO 639-1 code."""
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    _detector_ready()
    detector = detector_factory._factory.create()  # what langdetect.detect() does, kept
    if among:  # a prior of zero for every other language: they cannot win
        detector.set_prior_map({code: 1.0 for code in among})
    detector.append(text[:5000])
    try:
        guesses = detector.get_probabilities()
    except LangDetectException:
        return None
    for guess in guesses:
        code = guess.lang.split("-")[0]  # zh-cn, zh-tw -> zh
        if among is None or code in among:
            return code
    return None


def _english_share(text: str) -> float:
    from summarizer.text import is_stop_word, words

    tokens = [w for w in words(text, language=ENGLISH) if w[0].isalpha()]
    if len(tokens) < MIN_PROSE_WORDS:
        return 1.0  # too little prose to say it is not English
    stop = sum(count for token, count in Counter(tokens).items() if is_stop_word(token, language=ENGLISH))
    return stop / len(tokens)


def _scripts(paragraphs: Sequence[str]) -> Counter:
    """How many letters of each script the paragraphs hold (each distinct character is
    looked up once)."""
    chars: Counter = Counter()
    for paragraph in paragraphs:
        chars.update(paragraph)
    scripts: Counter = Counter()
    for char, count in chars.items():
        if char.isalpha():
            scripts[script(char)] += count
    return scripts


def detect(paragraphs: Sequence[str]) -> str | None:
    """The ISO 639-1 code of the language the paragraphs are written in, or None when
    there is too little text to tell. The code may name a language the engine cannot read
    (see ``language.UNSUPPORTED``); callers check ``code in LANGUAGES``."""
    scripts = _scripts(paragraphs)
    letters = sum(scripts.values())
    if letters < MIN_LETTERS:
        return None
    if scripts["LATIN"] < 0.5 * letters:
        return _by_script(paragraphs, scripts, letters)
    prose = " ".join(p for p in paragraphs if len(p.split()) >= MIN_PROSE_WORDS) or " ".join(paragraphs)
    if _english_share(prose[:ENGLISH_SAMPLE_CHARS]) >= MIN_ENGLISH_FUNCTION_SHARE:
        return ENGLISH
    return _langdetect(prose)


def _by_script(paragraphs: Sequence[str], scripts: Counter, letters: int) -> str:
    kana = scripts["HIRAGANA"] + scripts["KATAKANA"]
    if kana >= MIN_KANA_SHARE * letters:
        return "ja"
    main = max(sorted(scripts), key=lambda name: scripts[name])
    if main == "CJK":
        return "zh"
    if main in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[main]
    if main in _SHARED_SCRIPTS:
        return _langdetect(" ".join(paragraphs), _SHARED_SCRIPTS[main]) or _SCRIPT_DEFAULT[main]
    return main.lower()  # a script we have no language for: the caller names it


def describe(code: str | None) -> str:
    """How a detected language is named to users ("Russian", "Thai", "Devanagari script")."""
    if code is None:
        return "unknown"
    if code in LANGUAGES:
        return LANGUAGES[code].name
    if code in UNSUPPORTED:
        return UNSUPPORTED[code][0]
    return code if len(code) <= 3 else f"{code.title()} script"


def choose(found: dict[str, str | None]) -> tuple[str, dict[str, str]]:
    """The language a set of reports is read in, from each report's detected language
    (report id -> code, None when undecided), and why each report in another language is
    left out. The set's language is the one most reports are in: English on a tie with it,
    else the first report's among the tied ones."""
    counts = Counter(code for code in found.values() if code in LANGUAGES)
    if not counts:
        chosen = ENGLISH
    else:
        top = max(counts.values())
        tied = [code for code in dict.fromkeys(found.values()) if counts.get(code) == top]
        chosen = ENGLISH if ENGLISH in tied else tied[0]
    reasons = {}
    for report, code in found.items():
        if code is None or code == chosen:
            continue
        if code in LANGUAGES:
            reasons[report] = (f"in {describe(code)} ({code}), not {describe(chosen)} like the rest "
                               f"of the set: summarize it separately")
        else:
            why = UNSUPPORTED.get(code, ("", "not a language the engine reads"))[1]
            reasons[report] = f"in {describe(code)}, which the engine cannot read ({why})"
    return chosen, reasons
