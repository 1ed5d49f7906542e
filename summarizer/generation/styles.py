"""An outlet's style of naming people, kept in a fused sentence.

The New York Times writes "Mr. Trump" after the first mention; Fox News and HuffPost write
"Trump". A fusion that lends another outlet's words can mix the two in one sentence: "Mr.
Hunter, one of [Trump's] earliest supporters," in The New York Times' sentence reads as a
slip, as would "Mr. Trump" lent to a report that never writes a courtesy title. The brief's
sentence is the base report's, so its report's style decides: a fusion that names someone in
the other style is not proposed (``clashes``).

The style is read from the report's text (a courtesy title before a surname), not from named
entities: spaCy's small pipeline often tags "Trump" an organisation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from summarizer.text import COURTESY_NAME_RE

if TYPE_CHECKING:
    from spacy.tokens import Doc


def titled_surnames(texts: Sequence[str]) -> set[str]:
    """Surnames the texts write behind a courtesy title ("Mr. Trump's" gives "Trump")."""
    return {re.sub(r"['’]s$", "", m.group(1)) for text in texts for m in COURTESY_NAME_RE.finditer(text)}


def clashes(report: Sequence[str], base: str, fused: str) -> bool:
    """``fused`` (a fusion of the base sentence ``base`` of the report whose sentences are
    ``report``) names someone in another outlet's style than the report's: bare, by a
    surname the report gives behind a courtesy title, or behind a courtesy title when the
    report gives none at all."""
    titled = titled_surnames(report)
    if not titled:
        return len(COURTESY_NAME_RE.findall(fused)) > len(COURTESY_NAME_RE.findall(base))
    added = [s for s in titled if _mentions(fused, s) > _mentions(base, s)]
    return bool(added) and any(_bare(fused, s) > _bare(base, s) for s in added)


def _mentions(text: str, surname: str) -> int:
    return len(re.findall(r"(?<![\w’'])" + re.escape(surname) + r"(?![\w-])", text))


def _bare(text: str, surname: str) -> int:
    """Mentions of the surname as a person without a title or first name before it ("Trump
    said", "Trump's"): a compound ("the Trump administration", "Mr. Trump", "Donald Trump")
    is none. ``clashes`` parses only a fusion that mentions a titled surname more often than
    its base does."""
    from summarizer.nlp.load import parse

    doc: "Doc" = parse(text)
    return sum(t.text == surname and t.dep_ != "compound" and not any(c.dep_ == "compound" for c in t.lefts)
               for t in doc)
