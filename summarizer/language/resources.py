"""Per-language tools, loaded once each and only when a report in that language is read.

Stemmers are NLTK's Snowball stemmers (pure code, no NLTK data); stop words are sumy's
lists (shipped in the sumy package) joined with spaCy's (shipped in the spaCy package, no
model needed); Chinese words come from jieba, Japanese words from tinysegmenter, as in sumy.
Nothing here downloads anything.
"""

from __future__ import annotations

import importlib.util
import logging
import unicodedata
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Callable

from summarizer.language import LANGUAGES
from summarizer.language.digits import is_grouped_number, normalize_number

#: Arabic short vowels and other marks: written only now and then, so a word is compared
#: without them (as Arabic search engines do).
_ARABIC_MARKS = {chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640]}  # + tatweel


@lru_cache(maxsize=None)
def stop_words(code: str) -> frozenset[str]:
    """The language's stop words, lower-case: sumy's list and spaCy's together (sumy's
    French and Spanish lists lack even "de" and "un"; sumy has none for Russian)."""
    lang = LANGUAGES[code]
    listed: set[str] = set()
    if lang.sumy_stop_words:
        import sumy

        path = Path(sumy.__file__).parent / "data" / "stopwords" / f"{lang.sumy_stop_words}.txt"
        listed.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    spacy_code = code if lang.spacy_stop_words == "" else lang.spacy_stop_words
    if spacy_code:
        listed.update(_spacy_stop_words(spacy_code))
    return frozenset(fold(w, code) for w in listed if w.strip())


def _spacy_stop_words(spacy_code: str) -> set[str]:
    """``STOP_WORDS`` of spaCy's ``spacy/lang/<code>/stop_words.py``, read from that file alone:
    importing it as ``spacy.lang.<code>.stop_words`` would first import spaCy itself (thinc,
    torch) and the language package with its large tokenizer exceptions, for one word list.
    The file imports nothing."""
    found = importlib.util.find_spec("spacy")  # finds the top-level package without importing it
    if found is None or found.origin is None:
        raise ModuleNotFoundError("spaCy is not installed")
    path = Path(found.origin).parent / "lang" / spacy_code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_summarizer_spacy_stop_words_{spacy_code}", path)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no spaCy stop words for {spacy_code!r} at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


def fold(word: str, code: str) -> str:
    """A word as stop-word lists and stems compare it: lower case; Arabic without its
    optional vowel marks; Russian ё written е (as most Russian print does)."""
    lower = word.lower()
    if code == "ar":
        return "".join(ch for ch in lower if ch not in _ARABIC_MARKS)
    if code in ("ru", "uk"):
        return lower.replace("ё", "е")
    return lower


@lru_cache(maxsize=None)
def stemmer(code: str) -> Callable[[str], str]:
    """A function from a folded word to its stem (the word itself without a stemmer)."""
    name = LANGUAGES[code].snowball
    if name:
        from nltk.stem.snowball import SnowballStemmer  # pure code: no NLTK data is needed

        stem = SnowballStemmer(name).stem
    else:
        def stem(word: str) -> str:
            return word

    def number_or_stem(word: str) -> str:
        """"1 500" is the number 1500 (``text.is_number`` sees only unspaced digits)."""
        return normalize_number(word, code) if is_grouped_number(word) else stem(word)
    return number_or_stem


@lru_cache(maxsize=1)
def _jieba():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba imports the deprecated pkg_resources
        import jieba
    jieba.setLogLevel(logging.WARNING)  # it announces building its dictionary otherwise
    return jieba


@lru_cache(maxsize=1)
def _tinysegmenter():
    import tinysegmenter

    return tinysegmenter.TinySegmenter()


def segment(text: str, code: str) -> list[str]:
    """Word pieces of text in a language written without spaces between words (pieces
    may include punctuation and spaces: the caller keeps the word-like ones)."""
    segmenter = LANGUAGES[code].segmenter
    if segmenter == "jieba":
        return _jieba().lcut(text, HMM=True)
    if segmenter == "tinysegmenter":
        return _tinysegmenter().tokenize(text)
    raise ValueError(f"{code} has no segmenter")


def script(char: str) -> str:
    """The Unicode script-like prefix of a character's name: LATIN, CYRILLIC, CJK, ..."""
    return unicodedata.name(char, "UNKNOWN").split()[0]
