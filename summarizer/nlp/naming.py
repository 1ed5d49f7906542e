"""A reference replaced by the name its report gives: the rewrite that makes a sentence
that opens with "He" or "The other, Ofer Biton," stand on its own in a brief.

What a reference is, and the one person a "he"/"she" can mean (``antecedent``), is
``summarizer.nlp.references``. Here: the replacement (``replacement``: which characters, which
reference, which name) and the check every rewrite passes before a brief prints it
(``sound``). A pronoun is replaced by the name the report gives; a definite description by
the name it carries in apposition, only when that name stands right before the verb with
no aside of its own; anything else is not rewritten, nor is a reference inside a quotation
(a speaker's words stay as said) or a pronoun in a sentence that names the person itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Sequence

from summarizer.nlp.dependence import _quoted, opens_with_reference
from summarizer.nlp.references import (SUBJECTS, _entity, _names, _partitive_set, _skip_opening, age,
                                        definite_reference, opening_reference)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Pronouns a person's name can replace, and what follows the name in their place.
PERSONAL = {"he": "", "she": "", "his": "'s", "her": "'s"}


def _named_apposition(head: "Token") -> "Token | None":
    """The name a description carries: in apposition ("Two of them, Ann Lee and Bo Kim,
    ...") or, when the parser makes the name the head ("The other, Ofer Biton, ..."), the
    head itself. None when it has none."""
    if head.pos_ == "PROPN" and _entity(head) == "PERSON":
        return head
    holders = [head] + [w for w in (_partitive_set(head),) if w is not None]
    return next((c for h in holders for c in h.children
                 if c.dep_ == "appos" and _entity(c) == "PERSON" and _names([c])), None)


def _name_span(name: "Token") -> tuple["Token", "Token"]:
    """First and last token of the name: the head's own name words ("Ofer Biton") or the
    apposition's whole phrase ("Senator Susan Collins of Maine")."""
    if name.dep_ == "appos":
        return name.left_edge, name.right_edge
    words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (words[0] if words else name), name


def _aside(doc: "Doc", first: "Token", last: "Token") -> bool:
    """The name phrase holds a clause or apposition set off by a comma ("Ann Lee, who led
    the office", "Dana Whitfield, 45") or, as the parser may read it, a list of names ("Ann
    Lee, Cy Do and Bo Kim"): which comma closes what is not clear, so no rewrite."""
    return any(t.text == "," for t in doc[first.i:last.i + 1])


class Replacement(NamedTuple):
    """The characters ``start:end`` of a sentence replaced by ``text``; ``reference`` is
    the reference they held ("He", "The other") and ``name`` the name put in its place."""

    start: int
    end: int
    text: str
    reference: str
    name: str

    def applied(self, sentence: str) -> str:
        return sentence[:self.start] + self.text + sentence[self.end:]


def _predicate_follows(doc: "Doc", i: int) -> bool:
    """The main verb, or a word in front of it ("also", "were"), stands at ``i`` (after a
    comma there)."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc):
        return False
    return doc[i].dep_ == "ROOT" or (doc[i].head.dep_ == "ROOT" and doc[i].i < doc[i].head.i)


def _description_replacement(text: str, doc: "Doc", head: "Token") -> Replacement | None:
    """The description and its commas replaced by the name it carries."""
    name = _named_apposition(head)
    if name is None:
        return None
    first, last = _name_span(name)
    if _aside(doc, first, last) or not _predicate_follows(doc, last.i + 1):
        return None  # the name does not stand right before the verb: no clean rewrite
    words = [t for t in doc[head.left_edge.i:first.i] if not t.is_punct]
    if not words:
        return None
    span = text[first.idx:last.idx + len(last.text)]
    reference = text[words[0].idx:words[-1].idx + len(words[-1].text)]
    after = last.i + 1 + (doc[last.i + 1].text == ",")
    return Replacement(head.left_edge.idx, doc[after].idx, span + " ", reference, span)


def nameable_pronoun(doc: "Doc") -> str | None:
    """The "He"/"She"/"His"/"Her" the sentence opens with, which a person's name could
    replace (``replacement`` needs the name ``antecedent`` finds for it), or None."""
    token = opening_reference(doc)
    definite = definite_reference(doc)
    if token is None or token.lower_ not in PERSONAL or (definite is not None and definite.i == token.i):
        return None
    return token.lower_


#: Personal pronouns by the person they can stand for (a man, a woman).
_PRONOUN_CLASSES = (frozenset({"he", "him", "his", "himself"}), frozenset({"she", "her", "hers", "herself"}))


def doubtful(before: Sequence["Doc"], name: str, pronoun: str) -> bool:
    """The preceding sentences (``before``) name the person, but leave room for doubt that
    ``pronoun`` means them: a pronoun of its kind stands ahead of the name in the sentence
    that names them, so it is someone else ("He described ... his wife, Mary Pat"); the
    sentences speak of the person with pronouns of the other kind only (a "she" for a man
    they call "he"); or the name stands only inside a prepositional phrase, never where a
    pronoun's antecedent stands ("an heir of James Madison")."""
    same = next((c for c in _PRONOUN_CLASSES if pronoun in c), frozenset())
    other = frozenset().union(*(c for c in _PRONOUN_CLASSES if c is not same))
    last = name.split()[-1]
    mentions = [t for doc in before for t in doc if t.text == last]
    if any(t.lower_ in same for m in mentions for t in m.doc[:m.i]):
        return True
    kinds = {t.lower_ for doc in before for t in doc}
    if kinds & other and not kinds & same:
        return True
    return bool(mentions) and all(m.dep_ == "pobj" for m in mentions)


def replacement(text: str, doc: "Doc", name: str | None) -> Replacement | None:
    """The rewrite of the sentence's opening reference: an opening "He"/"She"/"His"/"Her"
    by ``name`` (the one person its report names, ``antecedent``), a definite description
    by the name it has in apposition. None when neither applies."""
    token = opening_reference(doc)
    if token is None or _quoted(token):
        return None  # a speaker's words are never changed
    definite = definite_reference(doc)
    if definite is not None and definite.i == token.i:
        return _description_replacement(text, doc, token)
    if name is None or token.lower_ not in PERSONAL or _names_already(doc, name):
        return None
    if token.lower_ == "her" and token.dep_ not in ("poss",):
        return None
    named = name + PERSONAL[token.lower_]
    return Replacement(token.idx, token.idx + len(token.text), named, token.text, named)


def _names_already(doc: "Doc", name: str) -> bool:
    """The sentence itself names the person: its pronoun means someone else ("He called
    Trump's plan a con" is not about Trump)."""
    last = name.split()[-1]
    return any(t.text == last for t in doc)


def resolve(text: str, doc: "Doc", name: str | None) -> str | None:
    """``text`` with its opening reference replaced (``replacement``), or None. The rest of
    the sentence is unchanged."""
    change = replacement(text, doc, name)
    return None if change is None else change.applied(text)


def _root(doc: "Doc") -> "Token | None":
    return next((t for t in doc if t.dep_ == "ROOT"), None)


def sound(original: "Doc", rewritten: "Doc") -> bool:
    """The check a reference rewrite passes before a brief prints it: re-parsed, the
    rewrite points nowhere outside itself (``opens_with_reference``), and its main verb is
    the original's (the same word of the unchanged words before or after the name: a
    pronoun of what a speaker reports follows the verb, "Doctors said [his] condition ...")
    with a subject when the original's had one, and no lone comma between them. A splice that breaks the
    sentence ("Ann Lee, who led the office resigned") is refused. (The fact guard,
    ``summarizer.guard``, judges a model's rewrite against its sources: by its rules a name
    put in place of a pronoun is an unsupported combination or a changed speaker, and a
    description cut before its name a lost subject, so it cannot judge this rewrite.)"""
    if opens_with_reference(rewritten):
        return False
    before, after = _root(original), _root(rewritten)
    if before is None or after is None or before.lemma_ != after.lemma_:
        return False
    if before.i != after.i and len(original) - before.i != len(rewritten) - after.i:
        return False  # the same verb of the unchanged words before or after the name
    subject = next((c for c in after.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return not any(c.dep_ in SUBJECTS for c in before.children)
    return _asides_closed(rewritten, subject, after)


def _asides_closed(doc: "Doc", subject: "Token", verb: "Token") -> bool:
    """Every comma between the subject's first word and its verb pairs with another (an
    aside opened and closed: "Ann Lee, who led the office, resigned"), so no lone comma
    splits the subject from its verb ("Ann Lee, resigned", "Ann Lee, who led the office
    resigned")."""
    return sum(t.text == "," for t in doc[subject.left_edge.i:verb.i]) % 2 == 0


# --- a description of a person replaced by the name the report gave with it ----------------


def description_keys(head: "Token") -> set[str]:
    """What a description says of its person: its head noun's lemma ("candidate") and any
    age it gives ("49-year-old"); a nominalised adjective ("The 49-year-old") gives its age."""
    keys = {_age_text(t) for t in head.subtree if age(t)} | ({_age_text(head)} if age(head) else set())
    if head.pos_ in ("NOUN", "PROPN"):
        keys.add(head.lemma_.lower())
    return keys


def _age_text(old: "Token") -> str:
    """"49-year-old" for the "old" that ends it."""
    return old.doc[old.i - 4:old.i + 1].text.lower()


def _said_of(person: "Span") -> set[str]:
    """What a report says a person is where it names them: the words of an apposition
    ("Dave Brat, a 49-year-old economics professor"; "the candidate, Dave Brat"), of a
    title in their name's phrase ("Arizona Sheriff Joe Arpaio"), or of a copula's
    complement ("Brat is a professor"), as ``description_keys`` reads a description."""
    root = person.root
    phrases = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        phrases.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        phrases += [c for c in root.head.children if c.dep_ == "attr"]
    keys = {t.lemma_.lower() for t in person if t.pos_ in ("NOUN", "PROPN")} | \
        {t.lemma_.lower() for t in root.lefts if t.dep_ == "compound"}
    for phrase in phrases:
        keys |= {t.lemma_.lower() for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN") and t not in person}
        keys |= {_age_text(t) for t in phrase.subtree if age(t)}
    return keys


def described_name(head: "Token", before: Sequence["Doc"]) -> str | None:
    """The full name of the one person the report's sentences before (``before``) name
    with what the description ``head`` says of them (``_said_of``: its head noun or its
    age), as the report gives it at its longest; None when nobody or two people fit."""
    keys = description_keys(head)
    if not keys:
        return None
    fits = [e for doc in before for e in doc.ents if e.label_ == "PERSON" and keys & _said_of(e)]
    surnames = {e[-1].text for e in fits}
    if len(surnames) != 1:
        return None
    forms = [e.text for doc in before for e in doc.ents
             if e.label_ == "PERSON" and e[-1].text in surnames and len(e) >= 2 and not e[0].text.endswith(".")]
    return max(forms, key=lambda f: (len(f.split()), f)) if forms else None


def described_replacement(text: str, doc: "Doc", before: Sequence["Doc"]) -> Replacement | None:
    """The opening description of a person ("The 49-year-old", "The tea party-backed
    candidate") replaced by the name the report gave with that description before
    (``described_name``), when the description stands right before its verb; None
    otherwise (a description with more after its head, "The director of the committee",
    is not rewritten)."""
    head = definite_reference(doc)
    if head is None or _quoted(head) or _partitive_set(head) is not None or not _predicate_follows(doc, head.i + 1):
        return None
    name = described_name(head, before)
    start = _skip_opening(doc)  # the misparsed "The 49-year-old teaches": "The" hangs elsewhere
    first = head.left_edge if head.left_edge.lower_ == "the" else doc[start]
    if name is None or first.lower_ != "the" or first.i > head.i or doc[head.i + 1].text == ",":
        return None
    reference = text[first.idx:head.idx + len(head.text)]
    return Replacement(first.idx, head.idx + len(head.text), name, reference, name)
