"""What a sentence claims, read for two kinds of incompatible accounts between reports.

``read`` takes spaCy's parse of a sentence to its main predicate (read through attribution
verbs: "officials said the plan failed" reads "fail"), whether it is negated, its subject,
and the names that qualify a word. Two readings of sentences about one claim clash when:

* they take opposite stances: one predicate, negated in one only ("Mexico will pay for the
  wall" / "Mexico will not pay for the wall"), or opposite predicates (``text.antonyms``)
  both affirmed or both negated ("the board approved the plan" / "the board rejected the
  plan"), with no two different actors as subjects (``stance_clash``);
* they give different names in one slot, the same word qualified the same way ("the
  meeting in Dover" / "the Denton meeting"), names that are not one name written two ways
  (``name_clash``, ``one_name``).

``claims.stance_differences`` pairs the sentences of an event's reports and lists the
clashes; ``align.claim_matches`` never counts a clashing sentence as stating a claim.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from summarizer.text import is_stop_word
from summarizer.text.antonyms import opposite
from summarizer.text.lexicon import ATTRIBUTION_VERBS, CHAMBERS, HEADING_VERBS, LEGISLATURES
from summarizer.trust.variants import related

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependencies of the words that complete a light verb into a predicate ("was open" / "is
#: illegal").
COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})
#: Entity types whose names are compared slot by slot.
NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})
#: Prepositions that place a thing, as a name before it does ("in Dover", "the Dover rally").
LOCATIVE = frozenset({"in", "at"})
#: Light verbs: a shared "be" or "have" is no shared predicate.
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make"})
#: Names this similar (difflib ratio, lower-case) are one name spelled two ways.
SPELLING_RATIO = 0.75


@dataclass(frozen=True)
class Reading:
    """What a sentence claims, as far as stances and names go."""

    predicate: tuple[tuple[str, int, int], ...]  # (lemma, start char, end char): the verb, or
    # for a light verb its complement ("is illegal", "was open")
    negated: tuple[int, int] | None  # the negation's characters, when the predicate is negated
    subject: str  # lemma of the predicate's subject ("" when none or a pronoun)
    names: tuple[tuple[str, str, int, int], ...]  # (slot lemma, name, start, end)

    def lemmas(self) -> set[str]:
        return {lemma for lemma, _, _ in self.predicate}


def predicate(doc: "Doc") -> "Token | None":
    """The main predicate: the root, or for "X said that Y" the predicate of Y."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    token = roots[0]
    for _ in range(3):
        if token.lemma_.lower() not in ATTRIBUTION_VERBS:
            break
        clause = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
        if not clause:
            break
        token = clause[0]
    return token


def _content(token: "Token") -> bool:
    return token.pos_ not in ("PROPN", "PRON", "PUNCT", "NUM") and not is_stop_word(token.text.lower())


def read(doc: "Doc") -> Reading:
    """The sentence's predicate, its negation, subject and names."""
    head = predicate(doc)
    if head is None:
        return Reading((), None, "", ())
    light = head.lemma_.lower() in LIGHT_VERBS
    verb = [c for c in head.children if c.dep_ in COMPLEMENTS] if light else [head]
    negation = next((c for c in head.children if c.dep_ == "neg"), None)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return Reading(_spans(verb),
                   (negation.idx, negation.idx + len(negation.text)) if negation is not None else None,
                   subject.lemma_.lower() if subject is not None and subject.pos_ != "PRON" else "",
                   _names(doc))


def _spans(tokens: "list[Token]") -> tuple[tuple[str, int, int], ...]:
    return tuple((_lemma(t), t.idx, t.idx + len(t.text)) for t in tokens
                 if _content(t) and t.lemma_.lower() not in LIGHT_VERBS)


def _lemma(token: "Token") -> str:
    """The predicate's lemma; "leave for" when a verb of leaving says where it heads ("Annan
    left for Libya" is going there, not the opposite of "Annan arrived in Libya")."""
    lemma = token.lemma_.lower()
    if lemma in HEADING_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return f"{lemma} for"
    return lemma


def _names(doc: "Doc") -> tuple[tuple[str, int, int], ...]:
    """(slot, name, start, end) of the names that qualify a word: "in Norfolk" the noun or
    verb the preposition attaches to, "the Norfolk event" its head. A slot is the word and
    the relation: a name before a noun tells where or whose it is, as "in" or "at" does ("the
    Norfolk event" / "the event in Norfolk"), not as "to" ("the U.S. ambassador" / "the
    ambassador to Luxembourg" are two slots). The entity type is not
    part of the slot: the small model tags a little-known town a person as often as a
    place. Subjects and possessors are actors, not slots ("Smith said" / "Jones said"), and a
    name after a name's own preposition is part of that name ("the Information Center for
    Human Rights and Democratic Movement in China" / "... in Hong Kong": one group)."""
    found = []
    for entity in doc.ents:
        root = entity.root
        if entity.label_ not in NAME_LABELS or root.pos_ != "PROPN":
            continue
        if root.dep_ == "pobj" and root.head.dep_ == "prep":
            slot, relation = root.head.head, root.head.lemma_.lower()
        elif root.dep_ == "compound":
            slot, relation = root.head, "in"
        else:
            continue
        if slot.lemma_.lower() in ATTRIBUTION_VERBS:  # where a statement was made, not what it says
            continue
        if slot.pos_ == "PROPN":  # part of a longer name ("... Democratic Movement in China")
            continue
        relation = "in" if relation in LOCATIVE else relation
        found.append((f"{slot.lemma_.lower()} {relation}", entity.text, entity.start_char, entity.end_char))
    return tuple(found)


def _same_actor(a: Reading, b: Reading) -> bool:
    return not a.subject or not b.subject or a.subject == b.subject or related(a.subject, b.subject)


def stance_clash(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where two readings take opposite stances on one predicate: the characters of each
    sentence that differ (the negation, or the opposite word), else None."""
    if not _same_actor(a, b):
        return None
    if (a.negated is None) != (b.negated is None):
        shared = a.lemmas() & b.lemmas()
        if shared:
            return _mark(a, shared), _mark(b, shared)
    else:
        for lemma, start, end in a.predicate:
            other = next(((s, e) for w, s, e in b.predicate if opposite(lemma, w)), None)
            if other is not None:
                return (start, end), other
    return None


def _mark(reading: Reading, lemmas: set[str]) -> tuple[int, int]:
    """The negation and the predicate word it negates, or that word alone."""
    start, end = next((s, e) for w, s, e in reading.predicate if w in lemmas)
    if reading.negated is not None:
        return min(start, reading.negated[0]), max(end, reading.negated[1])
    return start, end


def name_clash(a: Reading, b: Reading, text_a: str, text_b: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where two readings give different names in one slot: the names' characters. Only a
    slot that holds one name in each sentence is compared: a word qualified by several
    ("Wisconsin GOP Chairman ... Michigan GOP chairman") is no one slot."""
    ours, theirs = _single_slots(a), _single_slots(b)
    for slot in sorted(ours.keys() & theirs.keys()):
        (name, start, end), (other, o_start, o_end) = ours[slot], theirs[slot]
        if _mentions(text_b, name) or _mentions(text_a, other) or one_name(name, other) or _chamber_of(name, other):
            continue
        return (start, end), (o_start, o_end)
    return None


def _chamber_of(a: str, b: str) -> bool:
    """One name is a whole legislature ("Parliament", "Congress") and the other a chamber
    ("the Chamber of Deputies", "the House"): a vote in one is a vote in the other."""
    words = [set(re.findall(r"[a-z]+", name.lower())) - {"the", "of"} for name in (a, b)]
    return any(w <= LEGISLATURES and o & CHAMBERS for w, o in (words, words[::-1]) if w)


def _mentions(text: str, name: str) -> bool:
    """The text names it somewhere, however dotted ("N.A.A.C.P." / "NAACP")."""
    return name.lower().replace(".", "") in text.lower().replace(".", "")


def _single_slots(reading: Reading) -> dict[str, tuple[str, int, int]]:
    """Slot -> its name, for the slots that hold one name (however often repeated)."""
    names: dict[str, dict[str, tuple[str, int, int]]] = defaultdict(dict)
    for slot, name, start, end in reading.names:
        names[slot].setdefault(name.lower(), (name, start, end))
    return {slot: next(iter(found.values())) for slot, found in names.items() if len(found) == 1}


def one_name(a: str, b: str) -> bool:
    """Two writings of one name: a word of one is a word of the other, a related form, a
    spelling variant ("Muammar" / "Moammar", ``differences.SPELLING_RATIO``) or an
    abbreviation of it ("F.B.I." / "FBI", "Sen." / "Senator")."""
    left, right = _name_words(a), _name_words(b)
    return any(x == y or related(x, y) or abbreviation(x, y)
               or SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO for x in left for y in right)


def _name_words(name: str) -> list[str]:
    """The words of a name, lower case, without dots or hyphenated prefixes ("al-Qaddafi",
    "then-FBI" -> "qaddafi", "fbi")."""
    words = re.sub(r"[^\w\s-]", "", name.lower().replace("'s", "")).split()
    return [w.split("-")[-1] for w in words if w.split("-")[-1]]


def abbreviation(a: str, b: str) -> bool:
    """One word abbreviates the other: same first letter, and the short one's letters appear
    in order in the long one ("kms" / "kilometers", "govt" / "government")."""
    short, long = sorted((a.lower().rstrip("."), b.lower().rstrip(".")), key=len)
    if not short or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)
