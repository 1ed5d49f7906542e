"""Sentences that open with a reference to something outside them, and the name a report
gives for it.

A sentence *opens with an outside reference* when, before any name of its own, its subject
or first noun phrase is a third-person pronoun ("He", "She", "They", "It"), a possessive
("His lawyer"), a demonstrative ("This decision", "Those"), or "the" with a noun that points
back ("The move", "The spot": ``lexicon.ANAPHORIC_NOUNS``). Read off spaCy's parse, after an
opening connective ("But he ...").

``antecedent`` finds the person a "he"/"she" refers to when the report leaves no doubt: the
preceding sentences of the report (``LOOKBACK``) name exactly one person. The rewrite puts
that name in place of the pronoun (``resolve``); any other reference is not resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from summarizer.text.lexicon import ANAPHORIC_NOUNS, CONNECTIVES, DEMONSTRATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Third-person pronouns that need an antecedent.
PRONOUNS = frozenset("he she it they him her them his its their hers theirs".split())
#: Pronouns a person's name can replace.
PERSONAL = {"he": "", "she": "", "his": "'s", "her": "'s"}
#: Preceding sentences of the report searched for the antecedent.
LOOKBACK = 2
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART"})


def _skip_opening(doc: "Doc") -> int:
    """Index of the first token after an opening connective and its comma."""
    i = 0
    while i < len(doc) and (doc[i].is_punct or doc[i].lower_ in CONNECTIVES):
        i += 1
    return i


def opening_reference(doc: "Doc") -> "Token | None":
    """The token that makes the sentence point outside itself, or None."""
    start = _skip_opening(doc)
    if start >= len(doc):
        return None
    first = doc[start]
    if first.lower_ in PRONOUNS and first.pos_ in ("PRON", "DET") and first.dep_ != "expl":
        return first
    if first.lower_ in DEMONSTRATIVES and first.pos_ in ("DET", "PRON"):
        return first
    if first.lower_ == "the" and first.head.lower_ in ANAPHORIC_NOUNS and first.head.i <= start + 2 \
            and first.head.dep_ in ("nsubj", "nsubjpass"):
        return first
    return _subject_pronoun(doc, start)


def _subject_pronoun(doc: "Doc", start: int) -> "Token | None":
    """The main clause's subject is a pronoun and no name precedes it ("After the vote, he
    said ..."): it points outside the sentence too."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in PRONOUNS - {"it"}:
            named_before = any(t.ent_type_ in _NAME_ENTITIES or t.pos_ == "PROPN"
                               for t in doc[start:child.i])
            return None if named_before else child
    return None


def opens_with_reference(doc: "Doc") -> bool:
    return opening_reference(doc) is not None


def might_open_with_reference(text: str) -> bool:
    """A cheap test before parsing: a pronoun, demonstrative or "the" among the first words."""
    first = [w.strip(",.;:'\"()").lower() for w in text.split()[:6]]
    return bool(set(first) & (PRONOUNS | DEMONSTRATIVES | {"the"}))


def _people(doc: "Doc") -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def _same_person(a: str, b: str) -> bool:
    """"Michael Flynn", "Flynn" and "Mr. Flynn" name one person (same last word)."""
    return a.split()[-1].strip(".'s") == b.split()[-1].strip(".'s")


def antecedent(before: Sequence["Doc"], report_people: Sequence[str]) -> str | None:
    """The full name of the one person the preceding sentences (``before``, nearest last)
    name, as the report gives it at its longest; None when none or several are named."""
    named = [p for doc in before[-LOOKBACK:] for p in _people(doc)]
    if not named:
        return None
    first = named[0]
    if not all(_same_person(first, other) for other in named):
        return None
    forms = [p for p in report_people if _same_person(first, p) and not p.startswith(("Mr.", "Ms.", "Mrs."))]
    return max(forms or [first], key=lambda p: (len(p.split()), p))


def resolve(text: str, doc: "Doc", name: str) -> str | None:
    """``text`` with its opening "He"/"She"/"His"/"Her" replaced by ``name`` (None when the
    reference is of another kind). The rest of the sentence is unchanged."""
    token = opening_reference(doc)
    if token is None or token.lower_ not in PERSONAL:
        return None
    if token.lower_ == "her" and token.dep_ not in ("poss",):
        return None
    replacement = name + PERSONAL[token.lower_]
    if token.i == 0:
        return replacement + text[token.idx + len(token.text):]
    return text[:token.idx] + replacement + text[token.idx + len(token.text):]
