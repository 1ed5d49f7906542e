"""Offices one person holds at a time ("the governor", "the president", "the mayor", "the
senator"), and when such an office, written with no name, does not say whom it means.

In most stories "the governor" is the one governor the story is about: an office the story
fixes (``references.INSTITUTIONS``). When the story has two ("Washington Gov. Jay Inslee",
"Indiana Gov. Mike Pence"), "The governor and legislative leaders say ..." leaves the reader
to guess (``ambiguous_role``). The holders are read off the parse: a capitalised title that
is a compound of the name after it (``role_holders``); a story's holders are those that
``STORY_HOLDER_REPORTS`` of its reports name (``holders_of``).
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from summarizer.nlp.references import _names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Offices one person holds at a time in a story's place, by the titles that name a holder
#: ("Gov. Jay Inslee", "Governor Mike Pence"): "the governor" stands alone only when the
#: story has one.
ROLE_TITLES = {"governor": ("gov", "governor"), "president": ("president",), "mayor": ("mayor",),
               "senator": ("sen", "senator")}
_TITLE_ROLE = {title: role for role, titles in ROLE_TITLES.items() for title in titles}
#: Words before a title that make it another office or a past holder ("Vice President",
#: "Lt. Gov.", "former President").
OTHER_OFFICE = frozenset("vice lt lieutenant former ex deputy acting late then".split())
_TITLED = re.compile(r"\b(?:Gov\.|Governor|President|Mayor|Sen\.|Senator)\s+[A-Z]")


def role_holders(docs: Iterable["Doc"]) -> dict[str, frozenset[str]]:
    """Per office of ``ROLE_TITLES``, the surnames of the people ``docs`` name with its title
    ("Gov. Jay Inslee" -> governor: Inslee), read off the parse: a capitalised title that
    is a compound of the name after it, not after "Vice", "Lt." or "former"."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for title in doc:
            role = _TITLE_ROLE.get(title.lower_.rstrip("."))
            if role is None or not title.text[:1].isupper() or title.dep_ != "compound":
                continue
            name = title.head
            previous = title.i - 1
            while previous >= 0 and doc[previous].text in (".", "-"):  # "Lt. Gov.", "ex-President"
                previous -= 1
            before = doc[previous].lower_.rstrip(".-") if previous >= 0 else ""
            if name.pos_ == "PROPN" and name.i > title.i and before not in OTHER_OFFICE:
                found.setdefault(role, set()).add(name.text)
    return {role: frozenset(names) for role, names in found.items()}


def holders_in(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """``role_holders`` of the texts that write a title before a name (only those are parsed)."""
    from summarizer.nlp.load import parse_all

    return role_holders(parse_all([t for t in texts if _TITLED.search(t)], entities=False))


_HOLDERS: "weakref.WeakKeyDictionary[Any, dict[str, frozenset[str]]]" = weakref.WeakKeyDictionary()


#: Reports that must name a holder with the office's title for the story to have that
#: holder: one report's "President Bush" in a paragraph of history is background, and the
#: story's president stays the one the reports share.
STORY_HOLDER_REPORTS = 2


def holders_of(corpus: Any) -> dict[str, frozenset[str]]:
    """The story's office holders in a corpus (``summarizer.corpus.Corpus``), read once: the
    ``holders_in`` that ``STORY_HOLDER_REPORTS`` reports name (every one in a single report)."""
    if corpus not in _HOLDERS:
        per_report = [holders_in(s.text for s in corpus.sentences_of(doc)) for doc in range(len(corpus.documents))]
        needed = min(STORY_HOLDER_REPORTS, len(per_report))
        story: dict[str, frozenset[str]] = {}
        for role in sorted({r for found in per_report for r in found}):
            names = sorted({n for found in per_report for n in found.get(role, ())})
            shared = frozenset(n for n in names if sum(n in found.get(role, ()) for found in per_report) >= needed)
            if shared:
                story[role] = shared
        _HOLDERS[corpus] = story
    return _HOLDERS[corpus]


def mentions_office(doc: "Doc") -> bool:
    """The sentence writes an office of ``ROLE_TITLES`` as a common noun ("the governor"):
    only then can it be ``ambiguous_role``, so only then are the story's holders read."""
    return any(t.lemma_.lower() in ROLE_TITLES and t.pos_ == "NOUN" and not t.text[:1].isupper() for t in doc)


def ambiguous_role(doc: "Doc", holders: Mapping[str, frozenset[str]],
                   earlier: Sequence["Doc"] = ()) -> "Token | None":
    """A definite office with no name ("The governor and legislative leaders say ...") that
    does not say whom it means: the sentence names no one holder of the office before it,
    and ``earlier`` (the brief's sentences before it) names two or more, or names none while
    ``holders`` (the story's holders, ``holders_of``) has two or more."""
    for head in doc:
        role = head.lemma_.lower()
        if role not in ROLE_TITLES or head.pos_ != "NOUN" or head.text[:1].isupper():
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or _names(head.subtree):
            continue  # "a governor", "the governor of Indiana"
        story = holders.get(role, frozenset())
        if len(story & {t.text for t in doc[:head.i]}) == 1:
            continue  # "Gov. Mike Pence ... ever since the governor signed it": the sentence says whom
        named = story & {t.text for d in earlier for t in d}
        if len(named) >= 2 or (not named and len(story) >= 2):
            return head
    return None
