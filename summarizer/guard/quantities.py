"""Rule 2, quantities: the qualifier in front of a number survives."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.guard.analysis import Analysis, number_value
from summarizer.text.tokens import Token
from summarizer.guard.support import Support
from summarizer.guard.vocabulary import ORDINAL_VALUES, QUALIFIERS


def _qualifier(tokens: Sequence[Token], i: int) -> str:
    """The meaning class of the words right before token ``i`` ('' when plain)."""
    for phrase, meaning in sorted(QUALIFIERS.items(), key=lambda kv: -len(kv[0])):
        n = len(phrase)
        before = tokens[max(0, i - n):i]
        if len(before) == n and tuple(t.lower for t in before) == phrase \
                and all(t.clause == tokens[i].clause for t in before):
            return meaning
    return ""


def rule_quantities(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Each number keeps the qualifier some source gives it ("more than" 93,000)."""
    for i, token in enumerate(rw.tokens):
        if number_value(token.text) is None or token.lower in ORDINAL_VALUES:
            continue
        mine = _qualifier(rw.tokens, i)
        theirs = {
            _qualifier(a.tokens, j)
            for a in src for j, t in enumerate(a.tokens) if t.stem == token.stem
        }
        if theirs and mine not in theirs:
            said = " or ".join(sorted(q or "plain" for q in theirs))
            return f"changed quantity: {token.text} ({mine or 'plain'} vs source {said})"
    return None
