"""Reading, word cut and tokenizing of ROUGE-1.5.5 (readText / readText_LCS / createNGram).

Part of ``eval.rouge``: every rule mirrors the Perl sub its docstring names.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["load_lines", "read_sentences", "cut_words", "tokenize"]

# ROUGE reads files as bytes without any Unicode layer, so its "\s" is ASCII
# whitespace only (never U+00A0 etc.) and tr/A-Z/a-z/ lower-cases ASCII only.
_PERL_WS = re.compile(r"[ \t\n\r\f\v]+")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_NON_WORD = re.compile(r"[^A-Za-z0-9\-]")
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
    return [s.translate(_ASCII_LOWER) for s in "\n".join(lines).split("\n") if s]


def _perl_split(text: str) -> list[str]:
    """Perl's ``split(/\\s+/, $s)``: a leading empty field is kept, trailing ones dropped."""
    fields = _PERL_WS.split(text)
    while fields and not fields[-1]:
        fields.pop()
    return fields


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
    for sentence in sentences:
        words = _perl_split(sentence)
        if used + len(words) < limit:
            used += len(words)
            kept.append(sentence)
        else:
            kept.append(" ".join(words[: limit - used]))
            break
    return kept


def tokenize(sentence: str) -> list[str]:
    """ROUGE's tokenizer for one (cut, lower-cased) unit, before stemming.

    "-" is padded with blanks and kept as a token, every other character
    outside [A-Za-z0-9] becomes a blank (so "cambodia's" -> "cambodia s",
    "1,000" -> "1 000"); then only tokens starting with [a-z0-9$] are used,
    which drops the "-" tokens again (createNGram / tokenizeText_LCS).
    """
    cleaned = _NON_WORD.sub(" ", sentence.replace("-", " - "))
    return [t for t in cleaned.split(" ") if t and t[0] in _WORD_START]
