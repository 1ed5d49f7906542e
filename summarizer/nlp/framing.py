"""A reporter's framing in a sentence's own voice: what a brief must not print as its own.

Beside the facts, a report's sentence often carries its writer's reading of them. Lifted
into a brief, that reading becomes the brief's statement of fact, credited to no one:

* speculation (``speculation``): the writer weighs what the sentence states ("perhaps his
  last remaining advantage", "arguably the greatest step", "he clearly was too frightened",
  "may well determine", "may soon be dismissed"); an estimate of a number or a time ("perhaps two more weeks",
  "perhaps as many as 400") and the manner sense of "clearly" ("failed to clearly explain")
  are not counted;
* motive (``motive``): a purpose the writer ascribes ("in an apparent bid to", "a
  transparent attempt", "a ploy", "Trying to claw his way back to the top, he ..."); a
  declared aim with no such word ("in a bid to end the strike") is wire copy's plain report
  and is not counted;
* significance (``significance``): what an event means, stated by the sentence ("Her
  comments marked the strongest public rebuke", "a clear sign that", "The controversy
  underscores State Department concerns"); a person who highlights something did it;
* label (``label``): a label that questions its bearer ("a self-styled visionary"), a view
  of nobody in particular given as fact ("courts widely seen as loyal", "has been seen as one
  of the leading opponents"), "what critics call ...";
* judging (``judging``): an adjective whose every sense judges, from TextBlob's subjectivity
  lexicon read for its news sense (``lexicon.framing``: "dazzling", "ruthless", "deplorable";
  not "deadly", "violent", "powerful"), and comparative compounds of regard ("better-liked
  rivals").

A cue counts in the sentence's own voice only: outside quotation marks and outside what a
verb of saying, believing or labelling governs (``voice.voiced``: "Critics said it was
perhaps the worst plan" is the critics' view). All of it is read off spaCy's tags and parse;
``might_frame`` is the cheap test on the text that decides whether the parse is needed, and
``cue_words`` names the words a cue is made of, so that two reports' versions can be compared
(the candidate policy keeps a framing other reports share: ``selection.candidates``).
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.nlp.attribution import quoted_mask
from summarizer.nlp.voice import voiced
from summarizer.text.lexicon import (ANONYMOUS_GROUPS, COMMENT_VERBS, COMPARATIVE_PREFIXES, DOUBTING_LABELS,
                                     DOUBT_NOUNS, ESTIMATE_WORDS, EVIDENCE_NOUNS, INSTITUTIONS, JUDGING_POLARITY,
                                     JUDGING_SUBJECTIVITY, LEANING_POLARITY, LEANING_SUBJECTIVITY, MANNER_HEADS,
                                     MONTH_WORDS, MOTIVE_NOUNS, MOTIVE_OPENERS, MOTIVE_QUALIFIERS, NEWS_SENSE,
                                     PEOPLE_NOUNS, POSSIBILITY_MODALS, QUESTIONING_VERBS, REGARD_PARTICIPLES,
                                     SCHEMING_NOUNS, SEEMING_VERBS, SIGNIFICANCE_NOUNS, SIGNIFICANCE_VERBS,
                                     SPECULATION_ADVERBS, SPECULATION_DEGREE, VIEW_VERBS, WEEKDAYS, ZEAL_ADJECTIVES)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KINDS = ("speculation", "motive", "significance", "label", "judging")
#: Adverbs that make a passive verb of believing a view held by nobody in particular
#: ("widely believed", "generally considered"); see, view, regard and perceive need none.
_SPREAD = frozenset("widely generally commonly broadly largely often long".split())
_BELIEF_VIEWS = frozenset("consider believe think deem".split())
_PERSONAL = frozenset("i we you he she they who".split())
_COUNTING = frozenset("many few several other more most first early earlier new last".split())
_QUOTED_RE = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_VIEW_RE = re.compile(r"\b(?:seen|viewed|regarded|perceived|considered|deemed) as\b|"
                      r"\b(?:widely|generally|commonly|broadly|largely|long) (?:believed|thought|considered|deemed)\b")


@lru_cache(maxsize=1)
def _adjective_senses() -> dict[str, list[tuple[float, float]]]:
    """TextBlob's adjectives, each with (|polarity|, subjectivity) per sense. The lexicon is
    read from the installed ``textblob`` package's data without importing it."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the framing rule needs the textblob package (its subjectivity lexicon)")
    path = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml"
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ElementTree.parse(path).getroot().iter("word"):
        form = word.get("form", "")
        if word.get("pos", "").startswith("JJ") and " " not in form:
            senses.setdefault(form.lower(), []).append(
                (abs(float(word.get("polarity", 0))), float(word.get("subjectivity", 0))))
    return senses


@lru_cache(maxsize=1)
def judging_adjectives() -> frozenset[str]:
    """TextBlob's adjectives whose every sense is subjective and strongly polar
    (``lexicon.framing``'s thresholds), less those with a plain news sense (``NEWS_SENSE``)."""
    return frozenset(
        form for form, found in _adjective_senses().items()
        if all(s >= JUDGING_SUBJECTIVITY for _, s in found)
        and sum(p for p, _ in found) / len(found) >= JUDGING_POLARITY) - NEWS_SENSE


@lru_cache(maxsize=1)
def leaning_adjectives() -> frozenset[str]:
    """Adjectives subjective and polar on average (``LEANING_SUBJECTIVITY``,
    ``LEANING_POLARITY``): too loose to call a report's own sentence framed, strict enough
    for words a fusion would lend from another report ("charismatic", "confident"); and the
    grades of commitment (``ZEAL_ADJECTIVES``: "ardent", "outspoken")."""
    return frozenset(
        form for form, found in _adjective_senses().items()
        if sum(s for _, s in found) / len(found) >= LEANING_SUBJECTIVITY
        and sum(p for p, _ in found) / len(found) >= LEANING_POLARITY) - NEWS_SENSE | ZEAL_ADJECTIVES


@lru_cache(maxsize=1)
def _surface_cues() -> frozenset[str]:
    """Every single word a cue of the parse-level rules can be made of."""
    verbs = {f"{v}{end}" for v in COMMENT_VERBS for end in ("", "s", "d", "ed", "es", "ing")}
    verbs |= {v[:-1] + "ing" for v in COMMENT_VERBS if v.endswith("e")}
    verbs |= {f"{n}{end}" for n in DOUBT_NOUNS | SEEMING_VERBS for end in ("", "s")}
    return (SPECULATION_ADVERBS | MOTIVE_QUALIFIERS | SCHEMING_NOUNS | DOUBTING_LABELS
            | SIGNIFICANCE_NOUNS | {n + "s" for n in SIGNIFICANCE_NOUNS} | frozenset(verbs)
            | judging_adjectives() | ANONYMOUS_GROUPS)


def cue_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text``, outside its quotations, that a framing cue can be
    made of (a wide net: ``framing_cues`` decides on the parse), with "may well"-type pairs
    as their second word, an opening "Trying to" as "trying" and hyphenated comparatives of regard whole
    ("better-liked")."""
    own = _QUOTED_RE.sub(" ", text)
    words = [w.lower() for w in _WORD_RE.findall(own)]
    cues = {w for w in words if w in _surface_cues() or _regard_compound(w)}
    cues |= {b for a, b in zip(words, words[1:]) if a in POSSIBILITY_MODALS and b in SPECULATION_DEGREE}
    opening = words[1:3] if words[:1] in (["but"], ["and"]) else words[:2]
    if len(opening) == 2 and opening[0] in MOTIVE_OPENERS and opening[1] == "to":
        cues.add(opening[0])
    if _VIEW_RE.search(own.lower()):
        cues.add("as")
    return frozenset(cues)


def might_frame(text: str) -> bool:
    """The cheap test: the text holds a word a cue is made of (``cue_words``)."""
    return bool(cue_words(text))


def _regard_compound(word: str) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in COMPARATIVE_PREFIXES and parts[1] in REGARD_PARTICIPLES


def framing_cues(doc: "Doc") -> list[tuple[str, "Token"]]:
    """(kind, token) of every framing cue the sentence states in its own voice, in order."""
    mask = quoted_mask(doc)
    found = []
    for token in doc:
        if mask[token.i]:
            continue
        kind = _kind(token)
        if kind is not None and not voiced(token):
            found.append((kind, token))
    return found


def cue_word(kind: str, token: "Token") -> str:
    """The word of ``cue_words`` a cue found on the parse stands for: the qualifier of a
    motive ("apparent"), "as" of a view, the group of "what critics call", a hyphenated
    word whole, else the token's word."""
    if kind == "motive":
        return next((c.lower_ for c in token.children if c.lower_ in MOTIVE_QUALIFIERS), token.lower_)
    if kind == "label" and token.lemma_.lower() in VIEW_VERBS:
        return "as"
    if kind == "significance" and questions_or_seeming(token) is not None:
        return questions_or_seeming(token).lower_  # type: ignore[union-attr]
    if kind == "label" and token.lemma_.lower() not in VIEW_VERBS and _hyphenated(token) not in DOUBTING_LABELS:
        return next((c.lower_ for c in token.children if c.lower_ in ANONYMOUS_GROUPS), token.lower_)
    return _hyphenated(token)


def frames(doc: "Doc") -> bool:
    """The sentence carries a reporter's framing in its own voice (``framing_cues``)."""
    return bool(framing_cues(doc))


def _kind(token: "Token") -> str | None:
    for kind, test in (("speculation", _speculation), ("motive", _motive), ("significance", _significance),
                       ("label", _label), ("judging", _judging)):
        if test(token):
            return kind
    return None


def _speculation(token: "Token") -> bool:
    """An adverb of ``SPECULATION_ADVERBS`` that is neither an estimate nor "clearly" of
    manner; a word of ``SPECULATION_DEGREE`` right after "may", "might" or "could"."""
    doc = token.doc
    if token.lower_ in SPECULATION_DEGREE:
        return token.i > 0 and doc[token.i - 1].lower_ in POSSIBILITY_MODALS and token.head.pos_ in ("VERB", "AUX")
    if token.lower_ not in SPECULATION_ADVERBS or token.pos_ != "ADV":
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and _estimate(after) or _estimate(token.head):
        return False
    return not (token.lower_ == "clearly" and token.head.lemma_.lower() in MANNER_HEADS)


def _estimate(token: "Token") -> bool:
    """A number, a count or a time the speculation adverb may hedge as an estimate."""
    word = token.lower_
    return token.like_num or word in ESTIMATE_WORDS or word in MONTH_WORDS or word in WEEKDAYS


def _motive(token: "Token") -> bool:
    """A noun of purpose that a qualifier makes the writer's reading ("apparent bid"), a
    scheming noun ("ploy"), or an opening "Trying to ...," that gives the subject's purpose."""
    if token.lower_ in MOTIVE_OPENERS and _opens_with_purpose(token):
        return True
    if token.pos_ != "NOUN" or token.lemma_.lower() not in MOTIVE_NOUNS:
        return False
    return token.lemma_.lower() in SCHEMING_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in MOTIVE_QUALIFIERS for c in token.children)


def _opens_with_purpose(token: "Token") -> bool:
    """The token opens the sentence (after "But", "And"), "to" and a verb follow it, and a comma ends
    its clause before the main one ("Trying to regain momentum ..., Mr. Trump asserted")."""
    doc = token.doc
    before = [t for t in doc[:token.i] if not t.is_punct]
    if any(t.pos_ != "CCONJ" for t in before) or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return False
    if doc[token.i + 2].tag_ != "VB":
        return False  # "Looking to the future, ...": no purpose
    clause_end = max(t.i for t in token.subtree)
    return clause_end + 1 < len(doc) and doc[clause_end + 1].text == "," and token.head.i != token.i


def _significance(token: "Token") -> bool:
    """A noun of meaning the sentence makes its event ("marked the strongest rebuke", "was
    a sign that", "as a sign of", ", a reminder that"); a verb of comment whose subject is
    no person ("The controversy underscores ...", ", highlighting ...")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in SIGNIFICANCE_NOUNS:
        return _made_the_events_meaning(token) and not _denied_or_existential(token)
    if token.pos_ == "VERB" and (lemma in COMMENT_VERBS or questions_or_seeming(token) is not None):
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return False  # "to underscore the point": someone's purpose, not a comment
        subject = _subject(token)
        return subject is None or not _person(subject)
    return False


def questions_or_seeming(verb: "Token") -> "Token | None":
    """The doubt of "raises (its own set of) questions", "poses doubts"
    (``QUESTIONING_VERBS``), or the verb of "make(s) X appear / seem ..." (``SEEMING_VERBS``):
    a comment when no person does it (``_significance``)."""
    lemma = verb.lemma_.lower()
    if lemma in QUESTIONING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for o in objects for p in o.children if p.dep_ == "prep" for g in p.children]
        return next((o for o in objects if o.lemma_.lower() in DOUBT_NOUNS), None)
    if lemma == "make":
        return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in SEEMING_VERBS),
                    None)
    return None


def _denied_or_existential(noun: "Token") -> bool:
    """"no sign that", "there were signs that": whether evidence exists, not what an event
    means."""
    return any(c.lower_ == "no" for c in noun.children) or (
        noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children))


def _made_the_events_meaning(noun: "Token") -> bool:
    """The sentence makes the noun of meaning what its event is: the predicate or an
    apposition, or a phrase set off by a comma ("was a sign that", ", a reminder that"; the
    small model often hangs the latter on the verb before it), the object of a verb of meaning
    ("marked the strongest rebuke", "amounts to an admission"), or the frame of the sentence
    ("In a sign of cooperation, ...", "as a sign of"). A noun of ``EVIDENCE_NOUNS`` needs a
    "that" clause or a modifier unless it is that frame."""
    head, start = noun.head, noun.left_edge.i
    set_off = start > 0 and noun.doc[start - 1].text in (",", "--", "\u2014")  # ", a sign that ..."
    framed = noun.dep_ == "pobj" and head.lower_ in ("as", "in")
    if noun.lemma_.lower() in EVIDENCE_NOUNS and not framed and not any(
            _weighing(c) or (c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children))
            for c in noun.children):
        return False
    if framed or set_off or noun.dep_ in ("attr", "appos", "oprd"):
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in SIGNIFICANCE_VERBS:
        return True
    return noun.dep_ == "pobj" and head.head.lemma_.lower() == "amount"


def _weighing(modifier: "Token") -> bool:
    """An adjective that weighs the noun ("a clear sign", "the strongest signal", "a
    disappointing sign"), not a count ("many", "first") or a participle ("bearing signs")."""
    return (modifier.dep_ == "amod" and modifier.tag_ in ("JJ", "JJR", "JJS")
            and modifier.lower_ not in _COUNTING)


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject, or for a participle clause (", underscoring ...") the subject of
    the verb it hangs on."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _person(token: "Token") -> bool:
    """A name, a personal pronoun or a noun for a person or an institution."""
    return (token.pos_ == "PROPN" or token.lower_ in _PERSONAL
            or token.lemma_.lower() in PEOPLE_NOUNS | INSTITUTIONS)


def _label(token: "Token") -> bool:
    """A doubting label ("self-styled"), a passive view with no one holding it ("widely
    seen as"), or a label given by nobody in particular ("what critics call")."""
    if _hyphenated(token) in DOUBTING_LABELS:
        return True
    lemma = token.lemma_.lower()
    children = list(token.children)
    if token.tag_ == "VBN" and lemma in VIEW_VERBS:
        phrase = [t for t in token.subtree if t.i > token.i]
        passive = any(c.dep_ == "auxpass" for c in children) or token.dep_ in ("acl", "relcl")
        if not passive or any(t.dep_ == "agent" or t.lower_ == "by" for t in phrase):
            return False  # an active view is its subject's; "seen as ... by the Palestinians" theirs
        if lemma in _BELIEF_VIEWS:
            return any(c.lower_ in _SPREAD for c in children)
        return any(t.lower_ == "as" and token.i in (t.head.i, t.head.head.i) for t in phrase)
    if lemma in ("call", "dub", "describe", "label", "brand") and any(c.lower_ == "what" for c in children):
        return any(c.dep_ == "nsubj" and c.lower_ in ANONYMOUS_GROUPS for c in children)
    return False


def _judging(token: "Token") -> bool:
    """An adjective of ``judging_adjectives`` (tagged as one: not in a name), or a
    comparative compound of regard ("better-liked")."""
    adjective = token.tag_ in ("JJ", "JJR", "JJS") and token.pos_ == "ADJ"
    if (adjective or token.dep_ == "amod" and token.tag_ in ("VBG", "VBN")) and token.lower_ in judging_adjectives():
        return True
    return _regard_compound(_hyphenated(token))


def _hyphenated(token: "Token") -> str:
    """The hyphenated word ``token`` opens ("self-styled" from "self", "-", "styled"), lower
    case, or the token's own word."""
    doc, i, word = token.doc, token.i, token.lower_
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        word, i = f"{word}-{doc[i + 2].lower_}", i + 2
    return word

