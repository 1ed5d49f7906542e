"""Reading, word cut and tokenizing of ROUGE-1.5.5 (readText / readText_LCS / createNGram).

Part of ``eval.rouge``: every rule mirrors the Perl sub its docstring names.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

__all__ = ["load_lines", "read_sentences", "cut_words", "tokenize", "tokenize_units"]

# ROUGE reads files as bytes without any Unicode layer, so its "\s" is ASCII
# whitespace only (never U+00A0 etc.) and tr/A-Z/a-z/ lower-cases ASCII only.
_PERL_WS = re.compile(r"[ \t\n\r\f\v]+")
_PERL_WS_CHARS = frozenset(" \t\n\r\f\v")
# ASCII characters that Python's str.split() takes for whitespace and Perl's \s does not
_PYTHON_ONLY_WS = re.compile("[\x1c-\x1f]")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_WORD_START = frozenset(string.ascii_lowercase + string.digits + "$")


def load_lines(path: str | Path) -> list[str]:
    """Lines of a summary file split on "\\n" only, like Perl's ``<TEXT>``.

    Bytes that are not UTF-8 survive as surrogates: ROUGE turns every
    non-ASCII byte into a blank anyway, so their identity never matters.
    """
    text = Path(path).read_bytes().decode("utf-8", errors="surrogateescape")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_sentences(lines: Iterable[str]) -> list[str]:
    """SPL input: one unit per non-empty line, ASCII lower-cased.

    Perl chomps only "\\n" and skips lines of length 0, so a line holding just
    "\\r" or blanks is kept as an (empty) unit.  Lines are re-joined and split
    on "\\n" so that a list element holding several lines reads as a file would.
    """
    return [s for s in "\n".join(lines).translate(_ASCII_LOWER).split("\n") if s]


def _perl_split(text: str) -> list[str]:
    """Perl's ``split(/\\s+/, $s)``: a leading empty field is kept, trailing ones dropped."""
    fields = _PERL_WS.split(text)
    while fields and not fields[-1]:
        fields.pop()
    return fields


def _field_counter(sentences: Sequence[str]) -> Callable[[str], int]:
    """How many fields Perl's ``split(/\\s+/, $s)`` gives: with ``str.split`` (much faster)
    when the text is ASCII without the separators only Python splits on, else ``_perl_split``."""
    text = "\n".join(sentences)
    if not text.isascii() or _PYTHON_ONLY_WS.search(text):
        return lambda sentence: len(_perl_split(sentence))

    def count(sentence: str) -> int:
        fields = len(sentence.split())
        return fields + 1 if fields and sentence[0] in _PERL_WS_CHARS else fields  # leading ""

    return count


def cut_words(sentences: Sequence[str], limit: int | None) -> list[str]:
    """ROUGE's ``-l N`` cut (readText / readText_LCS, v1.5.5 rule 3).

    Words are the whitespace fields of the *raw* lines, before tokenization,
    so "U.S.-led" is one word here though it later gives three tokens.  A line
    starting with a blank has a leading empty field that Perl's split counts
    as a word.  Sentences are taken while the running total stays *below* N;
    the sentence reaching N is cut to its first N - total fields (re-joined by
    single blanks) and reading stops.  ROUGE applies this to peers and to
    every reference alike.
    """
    if not limit:
        return list(sentences)
    kept: list[str] = []
    used = 0
    count = _field_counter(sentences)
    for sentence in sentences:
        fields = count(sentence)
        if used + fields < limit:
            used += fields
            kept.append(sentence)
        else:
            kept.append(" ".join(_perl_split(sentence)[: limit - used]))
            break
    return kept


def tokenize(sentence: str) -> list[str]:
    """ROUGE's tokenizer for one (cut, lower-cased) unit, before stemming.

    "-" is padded with blanks and kept as a token, every other character
    outside [A-Za-z0-9] becomes a blank (so "cambodia's" -> "cambodia s",
    "1,000" -> "1 000"); then only tokens starting with [a-z0-9$] are used,
    which drops the "-" tokens again (createNGram / tokenizeText_LCS).  So the
    tokens are the runs of [A-Za-z0-9] that start with [a-z0-9] ("$" has become
    a blank by then), found here in one regex pass.
    """
    return [t for t in _ALNUM_RUN.findall(sentence) if t[0] in _WORD_START]


def tokenize_units(sentences: Iterable[str]) -> list[list[str]]:
    """``tokenize`` of each unit that ``read_sentences`` gave: those are ASCII lower-cased,
    so every run of [A-Za-z0-9] starts with [a-z0-9] and is a token."""
    return [_ALNUM_RUN.findall(sentence) for sentence in sentences]
