"""People are introduced before they are referred to: a brief must not print "Mr. Morell,
officials said, acted on his own" above the sentence that says who Michael J. Morell is.

A report introduces a person by full name and then writes "Mr. Morell"; a brief built from
several reports can put the short form first. ``introduction_order`` moves the sentence
that gives the full name up to just before the first sentence that uses only the short form
(within one event, so events stay together).

``introduce_names`` goes further: a person the brief names only by surname ("Ms. Lauten",
"Bruning") and introduces nowhere before gets, in place of that first mention, the full name
the sentence's report gave before it ("Elizabeth Lauten"), when the report gives exactly one,
the mention is not inside a quotation, and the brief still fits its budget (a title swapped
for a first name costs no word). The brief records the rewrite (kind "name").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Hashable, Sequence

from summarizer.text import TITLES
from summarizer.text.lexicon import COURTESY_TITLES

if TYPE_CHECKING:
    from summarizer.brief import BriefSentence
    from summarizer.budget import Budget
    from summarizer.corpus import Corpus

#: "Mr. Morell", "Ms Rice": a courtesy title before a surname is a reference back.
_SHORT_FORM = re.compile(r"\b(?:" + "|".join(sorted(t.capitalize() for t in COURTESY_TITLES))
                         + r")\.?\s+([A-Z][\w'’-]+)")


def _courtesy(word: str) -> bool:
    return word.rstrip(".").lower() in COURTESY_TITLES
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
        surname = re.sub(r"['’]s$", "", word.strip(".,;:!?\"'()”“’"))  # "Obama's"
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


def introduce_names(corpus: "Corpus", sentences: Sequence["BriefSentence"],
                    budget: "Budget") -> list["BriefSentence"]:
    """The brief's sentences (in reading order) with each person's first mention by surname
    alone replaced by the full name its report gave before, when nothing earlier in the
    brief gives it (see the module's docstring). English only (spaCy's entities)."""
    from summarizer import language

    if language.current() != language.ENGLISH:
        return list(sentences)
    out = list(sentences)
    introduced: set[str] = set()
    for n, sentence in enumerate(out):
        if sentence.sentence_id is not None and sentence.operation == "kept" and not sentence.rewritten:
            out[n] = _introduced(corpus, sentence, introduced, out, n, budget)
        introduced |= full_names(out[n].text)
    return out


def _introduced(corpus: "Corpus", sentence: "BriefSentence", introduced: set[str],
                brief: list["BriefSentence"], n: int, budget: "Budget") -> "BriefSentence":
    from summarizer.nlp.load import parse
    from summarizer.selection.printing import Rewrite

    doc = parse(sentence.text)
    for start, end, surname in _surname_mentions(doc):
        if surname in introduced or surname in full_names(sentence.text):
            continue
        name = _full_name(corpus, sentence.sentence_id, surname)
        if name is None:
            continue
        text = sentence.text[:start] + name + sentence.text[end:]
        if not budget.fits([s.text for s in brief[:n]] + [text] + [s.text for s in brief[n + 1:]]):
            continue
        rewrite = Rewrite("name", sentence.text[start:end], name)
        return replace(sentence, text=text, rewrites=list(sentence.rewrites) + [rewrite])
    return sentence


def _surname_mentions(doc) -> list[tuple[int, int, str]]:
    """(start, end, surname) character spans of a name standing alone, with the courtesy
    title before it if any ("Ms. Lauten", "Bruning"), outside quotation marks: a proper noun
    with no other proper noun beside it, that spaCy does not read as a place or an
    organisation (whether it is a person the report's full names decide, ``_full_name``)."""
    from summarizer.nlp.attribution import quoted_mask
    from summarizer.nlp.load import with_entities

    inside = quoted_mask(doc)
    with_entities(doc)
    found = []
    for token in doc:
        if not _capitalised_noun(token) or not _could_be_surname(token.text) or inside[token.i] \
                or token.ent_type_ not in ("", "PERSON"):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        title = before if before is not None and _courtesy(before.text) else None
        if (before is not None and _capitalised_noun(before) and title is None) or \
                (after is not None and _capitalised_noun(after)):
            continue
        found.append(((title or token).idx, token.idx + len(token.text), token.text))
    return found


def _capitalised_noun(token) -> bool:
    """A proper noun, or a capitalised word the tagger calls a noun ("Bruning said ...")."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()


def _could_be_surname(word: str) -> bool:
    """"Bruning", "McCarthy", "O'Rourke"; not an initial, an acronym or a compound ("R",
    "AARP", "U.S.-Israel")."""
    return len(word) >= 3 and not word.isupper() and word.replace("'", "").replace("’", "").isalpha()


def _full_name(corpus: "Corpus", sentence_id: int, surname: str) -> str | None:
    """The one full name ("Elizabeth Lauten") the report gives for ``surname`` before the
    sentence, or None when it gives none or two different ones."""
    from summarizer.nlp.load import parse_all
    from summarizer.selection.printing import report_sentences
    from summarizer.selection.rules import stripped

    sentence = corpus.sentences[sentence_id]
    before = [s for s in report_sentences(corpus, sentence, 0, sentence.index) if surname in s.text]
    forms = set()
    for doc in parse_all(stripped(s.text) for s in before):
        for ent in doc.ents:
            words = [t.text for t in ent if not _courtesy(t.text) and t.text != "'s"]
            if ent.label_ == "PERSON" and len(words) >= 2 and words[-1] == surname:
                forms.add(" ".join(words))
    longest = max(forms, key=lambda f: (len(f.split()), f), default=None)
    if longest is None or not all(set(f.split()) <= set(longest.split()) for f in forms):
        return None
    return longest
