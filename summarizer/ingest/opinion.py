"""Whether a report is an opinion piece (an editorial, a column, an op-ed): its sentences
give the writer's or the paper's view, so another report's sentence must not take a
description from it as if it were reported fact ("Microsoft, the dominant player in
software," lent from "The New York Times said in an editorial ...").

A report says so in its headline's label ("Opinion | ...", "Editorial: ...") or, in wire
copy, in its opening ("The New York Times said in an editorial for Sunday, Nov. 1: ...").
A news report that quotes an editorial further down ("..., Babil said in an editorial.")
is news, and is not one.
"""

from __future__ import annotations

import re
from typing import Sequence

from summarizer.ingest import Document
from summarizer.text import split_sentences
from summarizer.text.lexicon import OPINION_KINDS

_KINDS = "|".join(sorted((re.escape(kind) for kind in OPINION_KINDS), key=len, reverse=True))
#: A headline's label: the kind, then a bar, colon or dash before the headline proper.
_LABEL = re.compile(rf"^\s*(?:{_KINDS})\s*[|:\u2013\u2014-]\s", re.IGNORECASE)
#: The wire's opening: a speaker "said in an editorial" (or column ...), then the piece
#: after a colon.
_OPENING = re.compile(rf"\b(?:said|says|wrote|writes) in (?:an?|its|his|her|their) (?:[\w-]+ )?(?:{_KINDS})\b[^:]*:",
                      re.IGNORECASE)


def is_opinion(document: Document) -> bool:
    """Whether the report names itself an opinion piece in its headline or its opening."""
    if document.title and _LABEL.match(document.title):
        return True
    if not document.paragraphs:
        return False
    first = split_sentences(document.paragraphs[0], document.language)[:1]
    return bool(first and _OPENING.search(first[0]))


def opinion_reports(documents: Sequence[Document]) -> frozenset[int]:
    """The indices of the opinion pieces among ``documents``."""
    return frozenset(n for n, document in enumerate(documents) if is_opinion(document))
