"""Rule 7, form: the rewrite is a complete sentence."""

from __future__ import annotations

from summarizer.guard.analysis import Analysis
from summarizer.guard.support import Support
from summarizer.text import ends_sentence


def rule_form(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """A cut-off generation asserts something other than what it started to say."""
    if not ends_sentence(rw.text):
        return "incomplete sentence"
    if len(rw.tokens) < 3:
        return "too short to state a fact"
    return None
