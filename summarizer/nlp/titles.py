"""The title a report writes in front of a person's name: "Dallas Tea Party founder Phillip
Dennis", "lawyer Joseph Sellers", "Jesuit Father Thomas J. Reese", "Fusion's Jorge Ramos".

It is who the person is, in the words the report introduced them with, and a brief that names
the person without it leaves the reader asking who that is. Read off spaCy's parse: the words
right before the name that hang on it (a compound, a modifier, a possessor), ending in a noun
("66-year-old" is an age, not who someone is), never across punctuation or a determiner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.text import is_courtesy_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Words a title may have at most: a longer run before a name is a phrase of its own.
MAX_TITLE_WORDS = 5
#: How a title's words hang on the name (or on each other).
TITLE_RELATIONS = frozenset({"compound", "amod", "nmod", "poss", "case"})
#: What a title's words may be: nouns, names, adjectives and the possessive "'s".
TITLE_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "PART"})


def name_words(person: "Span") -> list[str]:
    """The words of a PERSON entity that make up the name: no courtesy title ("Mr."), no
    possessive "'s", and no word opening the sentence that is no proper noun, which the
    recogniser took in because it is capitalised there ("Accompanying Liu into exile was
    his wife": the name is "Liu")."""
    tokens = [t for t in person if not is_courtesy_title(t.text) and t.text not in ("'s", "’s")]
    if tokens and tokens[0].is_sent_start and tokens[0].pos_ != "PROPN":
        tokens = tokens[1:]
    return [t.text for t in tokens]


def titled(texts: list[str], name: str) -> str:
    """``name`` with the title the first mention of it in ``texts`` (a report's sentences,
    in order) writes before it ("Dallas Tea Party founder Phillip Dennis"); the name as
    it is when that mention has none or no text names the person so."""
    from summarizer.nlp.load import parse_all

    for doc in parse_all(texts):
        for ent in doc.ents:
            if ent.label_ == "PERSON" and name_words(ent) == name.split():
                title = title_before(ent)
                return f"{title} {name}" if title else name
    return name


def has_title(doc: "Doc", start: int) -> bool:
    """The mention starting at character ``start`` of ``doc`` has a title before it already
    ("founder Dennis"): a noun hanging on it (or on a word after it), or one it stands in
    apposition to with no comma between ("The Tea Party founder Dennis called ...")."""
    at = next((t for t in doc if t.idx == start), None)
    before = doc[at.i - 1] if at is not None and at.i > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    hangs = before.dep_ in TITLE_RELATIONS and before.head.i >= at.i
    return hangs or (at.dep_ == "appos" and at.head.i == before.i)


def title_before(name: "Span") -> str | None:
    """The title right before ``name`` (a PERSON entity), or None: the longest run of words
    that all hang, through one another, on the name, ending in a noun or a proper noun
    that is no courtesy title ("Mr." says nothing of who someone is)."""
    doc, start = name.doc, name.start
    first = start
    while first > 0 and start - first < MAX_TITLE_WORDS and _may_be_title_word(doc[first - 1]):
        first -= 1
    for k in range(first, start):  # the longest run whose every word hangs on the name
        words = doc[k:start]
        if all(_hangs_on(t, k, name) for t in words) and _ends_in_a_role(words):
            return words.text
    return None


def _may_be_title_word(token: "Token") -> bool:
    return token.dep_ in TITLE_RELATIONS and token.pos_ in TITLE_TAGS and not token.is_punct


def _hangs_on(token: "Token", first: int, name: "Span") -> bool:
    """Whether the token's heads lead into the name without leaving the words from
    ``first`` to the name's end."""
    for _ in range(name.end - first):
        if token.head.i == token.i or not first <= token.head.i < name.end:
            return False
        token = token.head
        if token.i >= name.start:
            return True
    return False


def _ends_in_a_role(words: "Span") -> bool:
    return words[-1].pos_ in ("NOUN", "PROPN") and not is_courtesy_title(words[-1].text)


