"""Whose words a sentence carries: quotations, posts and first-person statements need their
speaker in the same sentence, or a brief prints a party's claim as its own statement.

A sentence *needs a speaker* when it quotes (at least ``MIN_QUOTED_WORDS`` words inside
quotation marks: shorter quoted spans are scare quotes or titles), when it lies inside a
quotation that spans several sentences (``inside_quote``: the report opened the quotation
in an earlier sentence), when it is part of an embedded post, or when it speaks in the first
person outside quotation marks. It *has a speaker* when, outside the quoted words, a verb
whose lemma is an attribution verb (``lexicon.ATTRIBUTION_VERBS``: "said", "wrote",
"tweeted", "asked") has a subject that is not itself first person, or when it says
"according to" someone. A gerund of speech has its subject where English puts it
(``gerund_speaker``): the object or name right before it ("video of him mocking Grassley as
'a farmer ...'", "shows Braley calling ..."), else the subject of the verb it modifies ("The
mayor was caught on tape saying ...", "was recorded telling ..."). Both are read off spaCy's
parse and lemmas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.text.lexicon import ATTRIBUTION_VERBS, FIRST_PERSON, INSTITUTIONS, PEOPLE_NOUNS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Quoted spans shorter than this are scare quotes or titles ("the 'deep state'"), not
#: someone's words.
MIN_QUOTED_WORDS = 4
_QUOTES = frozenset('"“”')
#: At most this many words between the last comma and the full stop make a bare attribution
#: tail ("..., Mr. Pence said."): the report speaks in the speaker's voice just before it.
ATTRIBUTION_TAIL_WORDS = 4


def quoted_mask(doc: "Doc") -> list[bool]:
    """For each token, whether it stands inside double quotation marks."""
    inside, mask = False, []
    for token in doc:
        if token.text in _QUOTES or token.text in ("``", "''"):
            inside = not inside
            mask.append(False)
        else:
            mask.append(inside)
    return mask


def quoted_words(doc: "Doc") -> int:
    mask = quoted_mask(doc)
    return sum(1 for token, inside in zip(doc, mask) if inside and not token.is_punct)


def first_person_outside_quotes(doc: "Doc") -> bool:
    mask = quoted_mask(doc)
    return any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and not inside
               for t, inside in zip(doc, mask))


def _speaker_subject(verb: "Token") -> "Token | None":
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in FIRST_PERSON:
            return child
    return None


#: Verbs that put words in someone's mouth as a gerund does ("mocking X as '...'", "calling
#: X '...'", "labelling it '...'"), besides ``lexicon.ATTRIBUTION_VERBS``.
CHARACTERISING_VERBS = frozenset("call mock label brand dub deride ridicule dismiss refer praise".split())
#: Dependencies of the word right before a gerund that make it the gerund's subject ("of
#: him mocking", "shows Braley calling", "caught them saying").
_GERUND_SUBJECT_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "dative"})


def _speech_gerund(token: "Token") -> bool:
    """A gerund or present participle of a verb of speech, however the small model tags it
    ("warning" as a noun or a past tense)."""
    if not token.lower_.endswith("ing") or token.pos_ not in ("VERB", "NOUN"):
        return False
    stem = token.lower_[:-3]
    lemmas = {token.lemma_.lower(), stem, stem + "e"} | ({stem[:-1]} if stem[-1:] == stem[-2:-1] else set())
    return bool(lemmas & (ATTRIBUTION_VERBS | CHARACTERISING_VERBS))


def gerund_speaker(token: "Token") -> "Token | None":
    """The speaker of a gerund of speech: the object, pronoun or name right before it (adverbs
    aside: "of him repeatedly mocking"), else the subject of the verb it modifies ("The mayor
    was caught on tape saying"). None when neither is there or the speaker is first person."""
    if not _speech_gerund(token):
        return None
    before = token.i - 1
    while before >= 0 and token.doc[before].pos_ == "ADV":
        before -= 1
    if before >= 0:
        word = token.doc[before]
        possessor = word.dep_ == "poss" and word.head.i == token.i  # "of her mocking"
        if _someone(word) and (word.dep_ in _GERUND_SUBJECT_DEPS or possessor):
            return None if word.lower_ in FIRST_PERSON else word
    if token.dep_ == "advcl":
        return _speaker_subject(token.head)
    return None


def _someone(word: "Token") -> bool:
    """A word that can name a speaker: a personal pronoun other than "it", a name, or a
    noun for a person ("the mayor"); "on tape", "on camera" name none."""
    if word.pos_ == "PRON":
        return word.tag_ in ("PRP", "PRP$") and word.lower_ not in ("it", "its", "itself")
    return word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.lemma_.lower() in PEOPLE_NOUNS | INSTITUTIONS)


def _phrase(head: "Token", end: int | None = None) -> str:
    """The words of ``head``'s phrase, up to token ``end`` (exclusive) when given."""
    words = [t for t in head.subtree if end is None or t.i < end]
    return " ".join(t.text for t in words)


def speaker(doc: "Doc") -> str | None:
    """The speaker the sentence names outside its quoted words (the subject of an
    attribution verb, the subject of a gerund of speech, or the object of "according to"),
    or None."""
    mask = quoted_mask(doc)
    for token, inside in zip(doc, mask):
        if inside:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return " ".join(t.text for t in objects[0].subtree)
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in ATTRIBUTION_VERBS:
            subject = _speaker_subject(token)
            if subject is not None:
                return " ".join(t.text for t in subject.subtree)
        found = gerund_speaker(token)
        if found is not None:
            return _phrase(found, end=token.i)
    return None


def needs_speaker(doc: "Doc", inside_quote: bool = False, in_post: bool = False) -> bool:
    """Whether the sentence carries someone's words (see the module's docstring)."""
    return (inside_quote or in_post or quoted_words(doc) >= MIN_QUOTED_WORDS
            or first_person_outside_quotes(doc))


def unattributed(doc: "Doc", inside_quote: bool = False, in_post: bool = False) -> bool:
    """Someone's words with no speaker in the sentence: it must not stand in a brief."""
    if in_post:
        return True  # an embedded post's text: its author is in the credit line, not here
    if inside_quote:
        return True  # the quotation opened in an earlier sentence: its speaker is there
    return needs_speaker(doc) and speaker(doc) is None


def might_need_speaker(text: str) -> bool:
    """A cheap test before parsing: quotation marks or a first-person word."""
    if any(q in text for q in _QUOTES):
        return True
    return any(w.strip(".,;:!?'\"()").lower() in FIRST_PERSON for w in text.split())


#: Marks that open an item of a bulleted list: after a colon, the list is the words of whoever
#: the colon's sentence names (``selection.candidates.context``).
BULLETS = ("-", "\u2022", "*", "\u2013", "\u2014")


def ends_in_reported_speech(previous: str) -> bool:
    """Whether a report sentence is someone's words in indirect speech closed by a bare
    attribution tail ("But both parties are to blame, he said."). The next sentence of its
    paragraph, without a speaker of its own, goes on in that voice ("The Democrats tax and
    spend, while the Republicans just spend.") and must not stand in a brief as fact.
    Sentences with quotation marks are left to the quotation rules."""
    text = previous.rstrip()
    if not text.endswith(".") or any(q in text for q in _QUOTES) or "," not in text:
        return False
    tail = text[text.rindex(",") + 1:-1].split()
    return (0 < len(tail) <= ATTRIBUTION_TAIL_WORDS and tail[-1].lower() in REPORTING_VERBS
            and tail[0].lower() not in FIRST_PERSON)


#: Tags of a present or modal main verb: indirect speech goes on in the speaker's present
#: ("the Republicans just spend", "they will lose"); the report's own narrative is past.
SPEAKER_PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})


def goes_on_in_speakers_voice(doc: "Doc") -> bool:
    """For a sentence right after ``ends_in_reported_speech``: it has no speaker of its own
    and its main verb is present or modal, so it continues the speaker's claim."""
    if speaker(doc) is not None:
        return False
    for root in (t for t in doc if t.dep_ == "ROOT"):
        verbs = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        if any(v.tag_ in SPEAKER_PRESENT_TAGS for v in verbs):
            return True
    return False
