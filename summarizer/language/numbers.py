"""Numbers as a language writes them: digits (grouped thousands, decimal commas), number
words, scales ("Millionen", "万"), and the qualifiers before or after them ("mehr als 20",
"3200多人", "13 شخصا على الأقل"), read from the lexicon's tables for the language.

Words are compared in their ``key`` form (folded as stop words are; Arabic alef with hamza
or madda as a bare alef), so a table entry matches however the report spells it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from summarizer.language import ENGLISH
from summarizer.language.resources import fold
from summarizer.language.digits import is_grouped_number
from summarizer.text import is_number, normalize_number
from summarizer.text.lexicon import (COUNT_NOUNS, DATE_WORDS_BY_LANGUAGE, MONTH_WORDS, NUMBER_WORDS,
                                     NUMBER_WORDS_BY_LANGUAGE, PARTICLE_QUALIFIERS, QUALIFIERS_AFTER_BY_LANGUAGE,
                                     QUALIFIERS_BY_LANGUAGE, QUANTITY_QUALIFIERS, SCALES, SCALES_BY_LANGUAGE)

#: English number words that state a count ("one" and "zero" are left out: "one of them"
#: counts nothing), with the vague counts up to "thousands" ("millions of" is as often a
#: manner of speaking).
ENGLISH_NUMBER_WORDS = ({w: n for w, n in NUMBER_WORDS.items() if n > 1}
                        | {w: n for w, n in COUNT_NOUNS.items() if n < 1_000_000})

#: Arabic joins "and", "with", "so" and "for" to the next word ("بنحو", "وأكثر").
ARABIC_PROCLITICS = "وبفل"

#: Qualifiers of a quantity, grouped into classes of one meaning ("approximately" = "about"):
#: the lexicon's, without the particles ("over", "under", "above" belong as often to a verb:
#: "hand over two suspects") and without "only"/"just", which leave the number as it is.
QUALIFIERS: dict[tuple[str, ...], str] = {
    phrase: meaning for phrase, meaning in QUANTITY_QUALIFIERS.items()
    if phrase not in PARTICLE_QUALIFIERS and meaning != "only"}


@dataclass(frozen=True)
class _Vocabulary:
    """The words of one language that make or qualify a number, as ``key`` writes them."""

    numbers: dict[str, float]
    scales: dict[str, int]
    before: dict[tuple[str, ...], str]  # qualifiers before the number
    after: dict[tuple[str, ...], str]  # qualifiers after it (Chinese "多", Arabic "على الأقل")
    dates: frozenset[str]  # words after a number that make it a day or a time


_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def key(word: str, code: str) -> str:
    """A word as the vocabulary compares it: folded (lower case, Arabic without vowel marks),
    Arabic alef with hamza or madda written as a bare alef."""
    folded = fold(word, code)
    return folded.translate(_ALEFS) if code == "ar" else folded


@lru_cache(maxsize=None)
def vocabulary(code: str) -> _Vocabulary:
    """The number words, scales, qualifiers and date words of a language (English: the
    lexicon's English lists, as the English rules have always read them)."""
    if code == ENGLISH:
        return _Vocabulary(ENGLISH_NUMBER_WORDS, SCALES, QUALIFIERS, {}, MONTH_WORDS)

    def keyed(table: dict) -> dict:
        return {tuple(key(w, code) for w in k) if isinstance(k, tuple) else key(k, code): v
                for k, v in table.get(code, {}).items()}
    return _Vocabulary(keyed(NUMBER_WORDS_BY_LANGUAGE), keyed(SCALES_BY_LANGUAGE),
                       keyed(QUALIFIERS_BY_LANGUAGE), keyed(QUALIFIERS_AFTER_BY_LANGUAGE),
                       frozenset(key(w, code) for w in DATE_WORDS_BY_LANGUAGE.get(code, ())))


def reads_qualifiers(code: str) -> bool:
    """Whether a number's qualifiers ("more than", "mehr als", "超过") are read in ``code``.
    Where they are not, "more than 10" and "12" cannot be told apart from a conflict, so the
    engine never calls two figures conflicting there."""
    return code == ENGLISH or code in QUALIFIERS_BY_LANGUAGE


def number_value(word: str, code: str = ENGLISH) -> float | None:
    """The value of a token (``key`` form): a number in digits or a number word."""
    if is_number(word) or is_grouped_number(word):
        try:
            return float(normalize_number(word, code))
        except ValueError:
            return None
    numbers = vocabulary(code).numbers
    return float(numbers[word]) if word in numbers else None


def qualifier_before(lower: Sequence[str], index: int, code: str = ENGLISH) -> tuple[str, int]:
    """(qualifier class, its first token) for the words before ``index``."""
    table = vocabulary(code).before
    for size in (4, 3, 2, 1):
        phrase = tuple(lower[max(0, index - size):index])
        if len(phrase) != size:
            continue
        if phrase in table:
            return table[phrase], index - size
        if code == "ar" and phrase[0][:1] in ARABIC_PROCLITICS and (phrase[0][1:],) + phrase[1:] in table:
            return table[(phrase[0][1:],) + phrase[1:]], index - size
    return "", index


def qualifier_after(lower: Sequence[str], end: int, code: str) -> tuple[str, int]:
    """(qualifier class, the token after it) for a qualifier written after the number, right
    after it or after its measure word ("3200多人", "2000人左右"); ("", end) without one."""
    table = vocabulary(code).after
    for start in (end, end + 1):
        for size in (2, 1):
            phrase = tuple(lower[start:start + size])
            if len(phrase) == size and phrase in table:
                return table[phrase], start + size
    if end < len(lower) and len(lower[end]) > 1 and (lower[end][:1],) in table:
        return table[(lower[end][:1],)], end  # "多人": the qualifier opens the next word
    return "", end
