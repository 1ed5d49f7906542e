"""Definite descriptions of things the story never introduces: "The line was an unscripted
addition to a speech ...", "The project inspired a march ...", "The plea was made all the
more effective ...". Each opens with "the" and a common noun that says nothing of which
line, project or plea: the report meant the one its previous sentences told of, which a
brief that leaves them out does not give.

A description of what the story itself is about stands alone ("The storm killed 41 people",
"The shutdown left 800,000 workers without pay", "The declaration gives the Pentagon ..."):
its noun, or a word of its stem ("declares" / "declaration"), is in a report's headline or
lead sentence (``story_stems``), which is what every reader of the brief is told the story
is; so is a thing at least half of the other reports name (``_across_reports``: "the
conflict" in a story its leads call a war). The corpus decides, not a list of nouns.

Which descriptions say enough of themselves is ``summarizer.nlp.references`` (a name, a
relative clause or apposition, a possessor, a role compound, an office the story fixes);
one with a prepositional phrase ("The release of the e-mails", "The surge of support for
the chain") says which too. ``unintroduced_thing`` asks this of a parsed sentence; the
candidate rules can refuse what it finds as an outside reference.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from summarizer.nlp.references import _opening_subject, _self_contained, _skip_opening
from summarizer.text import content_stems, stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from summarizer.corpus import Corpus

#: Sentences of each report, from its first, read as its lead (beside its headline).
LEAD_SENTENCES = 2


def story_stems(corpus: "Corpus", sentence_id: int | None = None) -> frozenset[str]:
    """Stems of the content words of every report's headline and lead sentences
    (``LEAD_SENTENCES``) but ``sentence_id`` (a lead sentence does not introduce its own
    words): what the story is about."""
    titles, leads = _story(corpus)
    return titles.union(*(content for i, content in leads if i != sentence_id))


def _story(corpus: "Corpus") -> tuple[frozenset[str], list[tuple[int, frozenset[str]]]]:
    """The headlines' stems and each lead sentence's (id, stems), once per corpus."""
    if corpus not in _STORY:
        titles = frozenset(w for d in corpus.documents for w in content_stems(getattr(d, "title", None) or ""))
        leads = [(s.id, s.content) for s in corpus.sentences if s.index < LEAD_SENTENCES]
        _STORY[corpus] = (titles, leads)
    return _STORY[corpus]


_STORY: "weakref.WeakKeyDictionary[Corpus, tuple[frozenset[str], list[tuple[int, frozenset[str]]]]]" = \
    weakref.WeakKeyDictionary()


def unintroduced_thing(corpus: "Corpus", sentence_id: int, doc: "Doc") -> "Token | None":
    """The head of the sentence's opening subject when it is "the" + a common noun that
    says nothing of which thing it means (``references._self_contained`` is false and no
    prepositional phrase follows it) and that is not what the story is about
    (``story_stems``, ``_across_reports``); else None. ``doc`` is the parse of sentence ``sentence_id``."""
    start = _skip_opening(doc)
    if start >= len(doc) or doc[start].lower_ != "the":
        return None
    head = _opening_subject(doc, start)
    if head is None or head.pos_ != "NOUN" or any(c.dep_ == "prep" for c in head.children):
        return None
    story = story_stems(corpus, sentence_id)
    words = {stem(head.lower_), stem(head.lemma_.lower())}
    if words & story or any(_across_reports(corpus, sentence_id, w) for w in sorted(words)):
        return None
    return None if _self_contained(head) else head


def _across_reports(corpus: "Corpus", sentence_id: int, word: str) -> bool:
    """At least half of the other reports use the stem ``word``: a thing most outlets
    name ("the conflict", "the shutdown") is the story's own, even outside its leads."""
    own = corpus.sentences[sentence_id].doc
    others = len(corpus.documents) - 1
    users = _users(corpus).get(word, frozenset()) - {own}
    return others > 0 and 2 * len(users) >= others


def _users(corpus: "Corpus") -> dict[str, frozenset[int]]:
    """Per stem, the reports that use it; once per corpus."""
    if corpus not in _USERS:
        found: dict[str, set[int]] = {}
        for sentence in corpus.sentences:
            for word in sentence.stems:
                found.setdefault(word, set()).add(sentence.doc)
        _USERS[corpus] = {w: frozenset(d) for w, d in found.items()}
    return _USERS[corpus]


_USERS: "weakref.WeakKeyDictionary[Corpus, dict[str, frozenset[int]]]" = weakref.WeakKeyDictionary()
