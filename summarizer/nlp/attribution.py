"""Whose words a sentence carries: quotations, posts and first-person statements need their
speaker in the same sentence, or a brief prints a party's claim as its own statement.

A sentence *needs a speaker* when it quotes (at least ``MIN_QUOTED_WORDS`` words inside
quotation marks: shorter quoted spans are scare quotes or titles), when it lies inside a
quotation that spans several sentences (``inside_quote``: the report opened the quotation
in an earlier sentence), when it is part of an embedded post, or when it speaks in the first
person outside quotation marks. It *has a speaker* when, outside the quoted words, a verb
whose lemma is an attribution verb (``lexicon.ATTRIBUTION_VERBS``: "said", "wrote",
"tweeted", "asked") has a subject that is not itself first person, or when it says
"according to" someone. Both are read off spaCy's parse and lemmas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.text.lexicon import ATTRIBUTION_VERBS, FIRST_PERSON, REPORTING_VERBS

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


def speaker(doc: "Doc") -> str | None:
    """The speaker the sentence names outside its quoted words (the subject of an
    attribution verb, or the object of "according to"), or None."""
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
