"""Sentences that open with a reference to something outside them, and the name a report
gives for it.

A sentence *opens with an outside reference* when, before any name of its own, its subject
or first noun phrase is a third-person pronoun ("He", "She", "They", "It"), a possessive
("His lawyer"), a demonstrative ("This decision", "Those"), or a definite description that
points back (``definite_reference``). Read off spaCy's parse, after an opening connective
("But he ...").

The rule for definite descriptions, stated once (``_points_back``), applied to the subject
that opens the sentence and to the speaker the sentence depends on ("..., two of the people
said."): the noun phrase points back when it is definite, *names nothing of its own* (``_self_contained``:
no proper noun or named entity in it, no relative clause, participle or apposition that
introduces it there, not an office or institution the story fixes: ``INSTITUTIONS``), and
its meaning needs an earlier mention:

* a part or the rest of a set named before: "Two of the people", "One of them", "None of the
  money", "The other", "The latter" (``PARTITIVES``, ``SET_WORDS``);
* a thing said or done before: "The move", "The spot", "The statement"
  (``lexicon.ANAPHORIC_NOUNS``);
* a person or group: "The congressman declined", "The young man", "The girls"
  (``PEOPLE_NOUNS``), and any source of a statement, the subject of an attribution verb
  ("The newspaper reported", "The company says"): someone the reader cannot identify;
* one member of a party or nationality the sentence does not name ("The New York Democrat
  said"; ``_party_member``);
* a person described by what they are, read off the parse, not a list: a nominalised
  adjective ("The 49-year-old said", "The accused denied") or a phrase with an age ("The
  61-year-old engineer"; ``age``), also where the small model parses "The 49-year-old
  teaches ..." as one noun phrase. A hyphenated modifier ("The second-term congressman",
  "The tea party-backed candidate") describes; it is no role compound.

A pronoun that speaks in an aside ("By lifting the ban, she said, Trump was ...") points
outside the sentence too, whatever name the main clause holds (``_aside_speaker``).

Definite descriptions of the event itself ("The storm killed 41 people", "The summit is to
take place ...") are not flagged: a brief about the event introduces it. Within a brief, a
definite description whose head word an earlier brief sentence uses has its antecedent there
(``dependence.outside_reference``).

A sentence can also depend on something outside it elsewhere than at its opening: that
is ``summarizer.nlp.dependence``, which also holds the whole test the candidate rules and
the brief ask (``outside_reference``, ``opens_with_reference``).

``antecedent`` finds the person a "he"/"she" refers to when the report leaves no doubt: the
preceding sentences of the report (``LOOKBACK``) name exactly one person. The rewrite puts
that name in place of the pronoun, and a definite description followed by its name in
apposition ("The other, Ofer Biton, pleaded guilty") is replaced by that name
(``summarizer.nlp.naming``); any other reference is not resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from summarizer.nlp.load import with_entities
from summarizer.text.lexicon import (ANAPHORIC_NOUNS, ATTRIBUTION_VERBS, CONNECTIVES, DEMONSTRATIVES,
                                     GROUP_SPEAKERS, INSTITUTIONS, CALENDAR_WORDS, PARTITIVES, PEOPLE_NOUNS,
                                     PERSON_PRONOUNS, PRONOUNS, SET_WORDS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Preceding sentences of the report searched for the antecedent.
LOOKBACK = 2
SUBJECTS = ("nsubj", "nsubjpass")
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART"})
#: Entities (spaCy) a pronoun of one person never stands for.
_NO_PERSON = _NAME_ENTITIES - {"PERSON"} | {"LOC", "PRODUCT", "LANGUAGE"}


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
    return definite_reference(doc) or _subject_pronoun(doc, start)


def _opening_subject(doc: "Doc", start: int) -> "Token | None":
    """The head of the subject noun phrase that opens the sentence (at ``start``)."""
    return next((t for t in doc if t.dep_ in SUBJECTS and t.left_edge.i == start), None)


def _entity(token: "Token") -> str:
    """The token's entity label; the recogniser runs on its sentence only when asked
    (candidate rules parse without it: ``load.parse_all``)."""
    return with_entities(token.doc)[token.i].ent_type_


def _names(tokens: Iterable["Token"]) -> bool:
    tokens = list(tokens)
    if any(t.pos_ == "PROPN" for t in tokens):
        return True
    return _may_name(tokens) and any(_entity(t) in _NAME_ENTITIES for t in tokens)


#: Parts of speech whose capital letter says nothing (a sentence's "The", "He", "In").
_FUNCTION_TAGS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"})


def _may_name(tokens: Iterable["Token"]) -> bool:
    """A capitalised content word among ``tokens``: without one no entity the rules read
    (people, organisations, places, groups) can stand there, so the recogniser, half of
    spaCy's time, need not run."""
    return any(t.text[:1].isupper() and t.pos_ not in _FUNCTION_TAGS for t in tokens)


def _introduced(head: "Token") -> bool:
    """A relative clause, participle or apposition says there what the phrase is."""
    return any(c.dep_ in ("relcl", "acl", "appos") for c in head.children)


def _self_contained(head: "Token") -> bool:
    """The noun phrase of ``head`` names or introduces what it means, or is an office or
    institution the story fixes ("the president", "the police"); a possessor decides for
    its phrase ("Trump's proposal", "the president's budget director"). A noun compound
    names a role or body of the story's place ("the county fire chief", "the national
    railway company"), as an office does."""
    if _introduced(head) or _names(head.subtree) or head.lemma_.lower() in INSTITUTIONS:
        return True
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.whitespace_ and not _hyphenated(c)
           for c in head.children):
        return True  # a spaced compound: "fund-raisers" is one word
    possessor = next((c for c in head.children if c.dep_ == "poss"), None)
    return possessor is not None and possessor.lower_ not in PRONOUNS and _self_contained(possessor)


def _hyphenated(word: "Token") -> bool:
    """The word is part of a hyphenated modifier ("second-term", "tea party-backed"): a
    hyphen joins it to the word before it, or to the next word of its phrase. Such a
    modifier describes someone ("the second-term congressman"); it names no role."""
    doc = word.doc
    before = word.i > 0 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_
    after = word.i + 2 < len(doc) and doc[word.i + 1].text != "-" and doc[word.i + 2].text == "-" \
        and not doc[word.i + 1].whitespace_
    return before or after or (word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_)


#: Units of an age written as a modifier: "the 49-year-old", "the six-month-old".
_AGE_UNITS = frozenset({"year", "month", "week", "day"})


def age(token: "Token") -> bool:
    """``token`` ends an age written as one hyphenated word ("49-year-old", "five-year-old"):
    a description by age is of a person (or an animal) the report named before."""
    doc, i = token.doc, token.i
    return (token.lower_ == "old" and i >= 4 and doc[i - 1].text == "-" and doc[i - 3].text == "-"
            and doc[i - 2].lemma_.lower() in _AGE_UNITS and doc[i - 4].like_num)


def _described_person(head: "Token") -> bool:
    """A description of someone by what they are, with no name: a nominalised adjective
    ("The 49-year-old said", "The accused denied") or a phrase with an age ("the 49-year-old
    economics professor"); an office the story fixes ("the 72-year-old president") or a
    phrase that names or introduces its person stands alone."""
    if not (head.pos_ == "ADJ" or any(age(t) for t in head.subtree)):
        return False
    return not (_introduced(head) or head.lemma_.lower() in INSTITUTIONS or _names(head.subtree))


def _party_member(head: "Token") -> bool:
    """One member of a party, faith or nationality standing for a person the sentence does not
    name ("The New York Democrat said ...", "The Republican from Kentucky"): the place or
    party in it names no one. A group ("The Democrats") is no one person; an appositive name
    ("The Texas Republican, Sen. Ted Cruz,") says who."""
    return head.tag_ == "NNP" and _entity(head) == "NORP" and not any(
        _entity(t) == "PERSON" for t in head.subtree)


def _opening_age(doc: "Doc", start: int) -> "Token | None":
    """"The 49-year-old teaches at ...", which the small model may parse as one noun phrase
    with no verb: the age after the opening "the", when nothing names the person there."""
    if doc[start].lower_ != "the":
        return None
    found = next((t for t in doc[start + 1:start + 7] if age(t)), None)
    return found if found is not None and not _introduced(found) and not _names(doc[start:found.i + 1]) else None


def _partitive_set(head: "Token") -> "Token | None":
    """In "two of the people" / "one of them" / "two of his aides", the set ("people",
    "them", "aides"), else None."""
    if not (head.pos_ == "NUM" or head.lemma_.lower() in PARTITIVES):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None:
        return None
    if whole.lower_ in PRONOUNS | DEMONSTRATIVES:
        return whole
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
                   or (c.dep_ == "poss" and c.lower_ in PRONOUNS) for c in whole.children)
    counted = any(c.dep_ == "nummod" or c.tag_ in ("JJS", "RBS") for c in whole.subtree)
    return whole if definite and not counted and not _self_contained(whole) else None


def definite_reference(doc: "Doc") -> "Token | None":
    """The head of a definite description that points back (the rule in the module
    docstring): the subject that opens the sentence, or the speaker the sentence depends on
    ("..., two of the people said."). None when neither points back."""
    start = _skip_opening(doc)
    if start >= len(doc):
        return None
    head = _opening_subject(doc, start)
    if head is not None and _points_back(head, opening=doc[start].lower_ == "the"):
        return head
    if head is None and _opening_age(doc, start) is not None:
        return _opening_age(doc, start)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in ATTRIBUTION_VERBS:
        return None
    speaker = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if speaker is None or speaker.left_edge.i <= start:
        return None  # the opening subject was judged above
    return speaker if _points_back(speaker, doc[speaker.left_edge.i].lower_ == "the") else None


def _points_back(head: "Token", opening: bool) -> bool:
    """The rule on one noun phrase (``head``); ``opening``: it starts with "the"."""
    if _partitive_set(head) is not None or _bare_partitive(head):
        return True
    if not opening:
        return False
    lemma = head.lemma_.lower()
    if lemma in SET_WORDS or any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children):
        return True  # "The other" points back even with its name in apposition
    if _described_person(head) or _party_member(head):
        return True
    if _self_contained(head):
        return False
    if lemma in ANAPHORIC_NOUNS or lemma in PEOPLE_NOUNS:
        return True
    verb = head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ATTRIBUTION_VERBS


def _bare_partitive(head: "Token") -> bool:
    """A part of a set standing alone for its set ("One, Diana Durand of Houston, pleaded
    guilty", "Many said they showed up"): which set, only the sentence before said."""
    return head.lemma_.lower() in PARTITIVES and head.pos_ in ("NUM", "PRON", "ADJ", "DET", "NOUN") and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def introduced_before(head: "Token", earlier: Sequence["Doc"]) -> bool:
    """An earlier sentence of the brief uses the word the description stands on (for a
    partitive, the set's word): "a congressman ... The congressman said"."""
    if head.lemma_.lower() in SET_WORDS:
        return False  # "the other" needs the one before it, not its own word
    word = _partitive_set(head)
    lemma = (word if word is not None and word.pos_ == "NOUN" else head).lemma_.lower()
    return any(t.lemma_.lower() == lemma for doc in earlier for t in doc)


def _subject_pronoun(doc: "Doc", start: int) -> "Token | None":
    """The main clause's subject is a pronoun and no name precedes it ("After the vote, he
    said ..."): it points outside the sentence too."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    aside = _aside_speaker(root)
    if aside is not None:
        return aside
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in PRONOUNS - {"it"}:
            return None if _named_before(doc, start, child) else child
    speaker = _gerund_pronoun(doc)
    if speaker is not None and not _named_before(doc, start, speaker):
        return speaker
    reported = _reported_pronoun(root)
    return reported if reported is not None and not _named_before(doc, start, reported) else None


def _reported_pronoun(root: "Token") -> "Token | None":
    """The "he", "she", "his" or "her" that opens what the sentence reports, when its
    speaker cannot be the one meant ("Doctors said his condition was critical", "Police
    said he was shot"): the person is the report's, named in a sentence before. Only a
    group of people (``GROUP_SPEAKERS``) is sure not to be the one meant: a singular
    speaker may be ("A spokeswoman said she could not comment", "Blumenthal stated he had
    not served", whatever entity the recogniser reads in the name), and so may a name
    before the pronoun (``_named_before``, asked by the caller)."""
    if root.lemma_.lower() not in ATTRIBUTION_VERBS:
        return None
    speaker = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if speaker is None or speaker.tag_ != "NNS" or speaker.lemma_.lower() not in GROUP_SPEAKERS:
        return None  # not "Summers added that he ...", a name the tagger reads as a plural
    for clause in root.children:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            continue
        pronoun = subject if subject.lower_ in PERSON_PRONOUNS else \
            next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
        if pronoun is not None:
            return pronoun
    return None


def _named_before(doc: "Doc", start: int, pronoun: "Token") -> bool:
    """A name (not a day or month) stands between ``start`` and the pronoun: it may be
    what the pronoun stands for. A pronoun of one person ("he", "she") stands for no
    organisation or place the recogniser reads ("In an interview with the British
    Broadcasting Corp., he stopped short of ...": who he is, the sentence does not say), nor
    anyone he is set against ("Unlike Obama a week ago, he let few points go
    unchallenged": ``_compared``)."""
    before = [t for t in doc[start:pronoun.i] if not _compared(t)]
    person = pronoun.lower_ in PERSON_PRONOUNS
    # a day or month is no one a pronoun could stand for ("On Thursday, he said ...")
    names = [t for t in before if t.pos_ == "PROPN" and t.lower_ not in CALENDAR_WORDS]
    if person and names:
        names = [t for t in names if _entity(t) not in _NO_PERSON]
    entities = {"PERSON"} if person else _NAME_ENTITIES
    return bool(names) or (_may_name(before) and any(_entity(t) in entities for t in before))


#: Prepositions that set someone beside the sentence's subject: never the subject itself.
_COMPARING = frozenset({"unlike", "like"})


def _compared(token: "Token") -> bool:
    """The token stands in a phrase of comparison ("Unlike Obama", "Like his father")."""
    return any(a.dep_ == "prep" and a.lower_ in _COMPARING for a in [token, *token.ancestors][:4])


def _gerund_pronoun(doc: "Doc") -> "Token | None":
    """The pronoun that speaks the sentence's quoted words as a gerund's subject ("A video
    surfaced of him mocking Grassley as 'a farmer ...'": ``attribution.gerund_speaker``),
    outside quotation marks."""
    from summarizer.nlp.attribution import gerund_speaker, quoted_mask

    mask = quoted_mask(doc)
    for token, inside in zip(doc, mask):
        speaker = None if inside else gerund_speaker(token)
        if speaker is not None and speaker.lower_ in PRONOUNS - {"it"}:
            return speaker
    return None


def _aside_speaker(root: "Token") -> "Token | None":
    """The pronoun that speaks in an aside ("By lifting the ban, she said, Trump was ...",
    "The plan, he said, would cost ..."): the subject of a verb of saying set in the main
    clause (``parataxis``, outside quotation marks). A name in the main clause is whom the
    speaker talks about, never the speaker, so it does not resolve the pronoun."""
    doc = root.doc
    for verb in doc:
        if verb.dep_ != "parataxis" or verb.lemma_.lower() not in ATTRIBUTION_VERBS \
                or sum(t.text in ('"', "“", "”") for t in doc[:verb.i]) % 2:
            continue  # inside a quotation, the aside is the speaker's own
        speaker = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if speaker is not None and speaker.lower_ in PRONOUNS - {"it"}:
            return speaker
    return None


def _people(doc: "Doc") -> list[str]:
    return [e.text for e in with_entities(doc).ents if e.label_ == "PERSON"]


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
