"""People are introduced before they are referred to: a brief must not print "Mr. Morell,
officials said, acted on his own" above the sentence that says who Michael J. Morell is.

A report introduces a person by full name and then writes "Mr. Morell"; a brief built from
several reports can put the short form first. ``introduction_order`` moves the sentence
that gives the full name up to just before the first sentence that uses only the short form
(within one event, so events stay together).
"""

from __future__ import annotations

import re
from typing import Hashable, Sequence

from summarizer.text import TITLES

#: "Mr. Morell", "Ms Rice": a courtesy title before a surname is a reference back.
_SHORT_FORM = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][\w'’-]+)")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*")


def short_forms(text: str) -> set[str]:
    """Surnames the sentence gives only behind a courtesy title ("Mr. Morell")."""
    return {m.group(1) for m in _SHORT_FORM.finditer(text)} - full_names(text)


def full_names(text: str) -> set[str]:
    """Surnames the sentence gives with a first name or initial before them ("Michael J.
    Morell", "Susan Rice"): a capitalised word that is not a title, then the surname."""
    words = text.split()
    found = set()
    for before, word in zip(words, words[1:]):
        surname = word.strip(".,;:!?\"'()”“’")
        if not surname[:1].isupper() or not _CAPITALISED.fullmatch(before):
            continue
        if before.rstrip(".").lower() not in TITLES:
            found.add(surname)
    return found


def introduction_order(texts: Sequence[str], groups: Sequence[Hashable] | None = None) -> list[int]:
    """A permutation of ``range(len(texts))``: the given order, except that a sentence giving
    a person's full name moves up to just before the first sentence of its group that gives
    only the short form. Each sentence moves at most once, so the result is well defined."""
    groups = list(groups) if groups is not None else [None] * len(texts)
    order = list(range(len(texts)))
    moved: set[int] = set()
    position = 0
    while position < len(order):
        here = order[position]
        introducer = _later_introducer(texts, groups, order, position, short_forms(texts[here]), moved)
        if introducer is None:
            position += 1
            continue
        order.remove(introducer)
        order.insert(position, introducer)
        moved.add(introducer)
    return order


def _later_introducer(texts: Sequence[str], groups: Sequence[Hashable], order: list[int],
                      position: int, surnames: set[str], moved: set[int]) -> int | None:
    if not surnames:
        return None
    here = order[position]
    for later in order[position + 1:]:
        if later not in moved and groups[later] == groups[here] and full_names(texts[later]) & surnames:
            return later
    return None
