"""The engine's one word-token type: a word with where it stands and what its position says.

``tokenize`` cuts a text into sentences, optionally clauses, and words (all through
``summarizer.text``); ``tokens_of`` places words already cut from one sentence (a corpus
sentence's words and stems, in its own language) back into its text. Both give ``Token``s
with character offsets, so a passage can be cut around any run of them, and decide in one
place (``_placed``, ``opens_at``) whether a word's capital letter comes from its position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from summarizer.language import current
from summarizer.text import normalize, split_sentences, stem, words


class Token(NamedTuple):
    """One word of a text. A named tuple, not a dataclass: a run makes hundreds of thousands
    of tokens, and a tuple is built several times faster than a frozen dataclass."""

    text: str  # the word as written
    lower: str
    stem: str  # the comparison key: a stem, numbers normalised ("93,000" -> "93000")
    index: int  # position among the text's tokens
    start: int  # character offsets in the (normalised) text: text[start:end] is the word
    end: int
    opens: bool  # first word of a sentence or a quotation: its capital says nothing
    clause: int = 0  # which clause of the text it is in (``tokenize``: sentences are clauses too)

    @property
    def is_name(self) -> bool:
        """Capitalised where its position does not explain it (all capitals: anywhere)."""
        return self.text[:1].isupper() and (not self.opens or self.text.isupper())


def opens_at(text: str, start: int, sentence: int = 0) -> bool:
    """Whether a word at ``start`` of ``text`` follows what opens a sentence or a quotation
    (the sentence starts at ``sentence``), so that its capital letter says nothing about it
    being a name: only space, an opening bracket, a colon or a stop stands before it. A quote
    mark after a space opens a quotation; one after a word closes it ('wrong," Hans')."""
    end = start
    while end > sentence and text[end - 1].isspace():
        end -= 1
    if end == sentence or text[end - 1] in "(:.!?":
        return True
    return text[end - 1] in "\"'" and (end - sentence < 2 or text[end - 2] in " (")


def _placed(text: str, cut: Sequence[str], sentence: int) -> Iterator[tuple[str, int, int, bool]]:
    """(word, start, end, opens) of the words cut from the sentence that starts at
    ``sentence`` in ``text``, found in order; a word not found as written (a segmenter
    changed it) gets an empty span where the previous one ended. The first word of the
    sentence opens it whatever punctuation comes before it ("-- Police said")."""
    cursor = sentence
    for n, word in enumerate(cut):
        start = text.find(word, cursor)
        start = cursor if start < 0 else start
        end = start + len(word) if text.startswith(word, start) else start
        yield word, start, end, n == 0 or opens_at(text, start, sentence)
        cursor = end


@lru_cache(maxsize=50_000)
def tokens_of(text: str, cut: tuple[str, ...], stems: tuple[str, ...]) -> tuple[Token, ...]:
    """Tokens of one sentence ``text`` whose words (``cut`` from it) and their stems are
    known (a corpus sentence's, cut in its own language)."""
    placed = _placed(text, cut, 0)
    return tuple(Token(word, word.lower(), key, n, start, end, opens)
                 for n, ((word, start, end, opens), key) in enumerate(zip(placed, stems)))


def tokenize(text: str, key: Callable[[str], str] = stem,
             clauses: re.Pattern[str] | None = None) -> tuple[Token, ...]:
    """Tokens of ``text``: its sentences (``split_sentences``; the whole text when it has
    none) cut into ``words``, each word keyed by ``key`` (``summarizer.text.stem`` unless a
    caller compares words its own way). A token's ``clause`` counts the clauses before its
    own: each sentence is one, or as many as the pieces the ``clauses`` pattern cuts it into.
    Offsets are in ``normalize(text)``. In the run's current language."""
    return _tokenize(text, key, clauses, current())


@lru_cache(maxsize=8192)
def _tokenize(text: str, key: Callable[[str], str], clauses: re.Pattern[str] | None,
              language: str) -> tuple[Token, ...]:
    normal = normalize(text)
    out: list[Token] = []
    clause = cursor = 0
    for sentence in split_sentences(text, language) or [normal]:
        found = normal.find(sentence, cursor)
        begin = cursor if found < 0 else found
        cut: list[str] = []
        marks: list[int] = []
        for piece in clauses.split(sentence) if clauses is not None else [sentence]:
            piece_words = words(piece, language)
            cut += piece_words
            marks += [clause] * len(piece_words)
            clause += 1
        for (word, start, end, opens), mark in zip(_placed(normal, cut, begin), marks):
            out.append(Token(word, word.lower(), key(word), len(out), start, end, opens, mark))
        cursor = begin + len(sentence) if found >= 0 else (out[-1].end if out else cursor)
    return tuple(out)
