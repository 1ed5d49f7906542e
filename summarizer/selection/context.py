"""Where each sentence stands in its report, read from the text alone (no parse): inside a
quotation an earlier sentence of its paragraph opened, an item of a bulleted list a colon
opens, in an embedded post, right after a sentence of indirect speech. A sentence so placed
is someone else's words: the candidate policy does not state it in the brief's voice, fusion
lends nothing from it, and a note of where reports differ does not quote it as a report's.
A sentence of an opinion piece is its writer's view: the candidate policy does not state it
as news either. An interview printed as questions and answers ("Q. Why are you skeptical
about the deal?" "A. Well, Mobil has been trying to get bigger.") is the interviewer's and
the interviewee's words from the first question's marker on, in quotation marks or not.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from summarizer.corpus import Corpus, Sentence
from summarizer.ingest.opinion import opinion_reports
from summarizer.nlp import attribution, furniture


@dataclass(frozen=True)
class Context:
    """Where each sentence stands in its report: inside a quotation opened by an earlier
    sentence of its paragraph or in a bulleted list a colon opens, in a paragraph that is an
    embedded post, or right after a sentence of indirect speech closed by "..., he said."
    (``after_speech``: it may go on in that speaker's voice, ``goes_on_in_speakers_voice``),
    or in an opinion piece (an editorial, a column: ``ingest.opinion``) of a set that holds
    news reports too (``in_opinion``: the paper's or the writer's view, not its news)."""

    inside_quote: tuple[bool, ...]
    in_post: tuple[bool, ...]
    after_speech: tuple[bool, ...]
    in_opinion: tuple[bool, ...]


_CONTEXTS: "weakref.WeakKeyDictionary[Corpus, Context]" = weakref.WeakKeyDictionary()


def context(corpus: Corpus) -> Context:
    """The corpus's ``Context`` (computed once per corpus, no parsing)."""
    if corpus not in _CONTEXTS:
        inside, post, after = ([False] * len(corpus.sentences) for _ in range(3))
        by_paragraph: dict[tuple[int, int], list[Sentence]] = {}
        for sentence in corpus.sentences:
            by_paragraph.setdefault((sentence.doc, sentence.paragraph), []).append(sentence)
        listed = _listed_paragraphs(by_paragraph)
        answers = _answers(corpus)
        for key, members in by_paragraph.items():
            marks = 0
            for sentence in members:
                inside[sentence.id] = marks % 2 == 1 or key in listed or sentence.id in answers
                marks += sentence.text.count('"')
            for previous, sentence in zip(members, members[1:]):
                after[sentence.id] = attribution.ends_in_reported_speech(previous.text)
            if any(furniture.has_post_credit(s.text) for s in members):
                for sentence in members:
                    post[sentence.id] = True
        _CONTEXTS[corpus] = Context(tuple(inside), tuple(post), tuple(after), _in_opinion(corpus))
    return _CONTEXTS[corpus]


def _in_opinion(corpus: Corpus) -> tuple[bool, ...]:
    """Per sentence: its report is an opinion piece and another report of the set is not (a
    set of opinion pieces alone is what the reader asked to summarize)."""
    opinion = opinion_reports(corpus.documents)
    if len(opinion) == len(corpus.documents):
        opinion = frozenset()
    return tuple(sentence.doc in opinion for sentence in corpus.sentences)


def _listed_paragraphs(by_paragraph: dict[tuple[int, int], list[Sentence]]) -> set[tuple[int, int]]:
    """Items of a bulleted list a colon introduces ("... response points were circulated by
    Democrats close to Blumenthal's campaign:" then "-Dick has been a constant champion of
    veterans"): whoever the colon's sentence names says them, as in a quotation opened there."""
    listed: set[tuple[int, int]] = set()
    for (doc, paragraph), members in sorted(by_paragraph.items()):
        previous = by_paragraph.get((doc, paragraph - 1))
        opens_list = previous is not None and (previous[-1].text.rstrip().endswith(":") or (doc, paragraph - 1) in listed)
        if opens_list and members[0].text.lstrip().startswith(attribution.BULLETS):
            listed.add((doc, paragraph))
    return listed


#: The markers of a printed interview: a question ("Q. ...", "Q: ...") and an answer.
_QUESTION_RE = re.compile(r"^\s*Q[.:]\s")
_ANSWER_RE = re.compile(r"^\s*A[.:]\s")


def _answers(corpus: Corpus) -> set[int]:
    """Sentences of a report printed as an interview, from the first question's marker ("Q.")
    on: an answer ("A.") is the interviewee's words and a question the interviewer's, asked
    of someone rather than reported ("Q. Earlier this month the Energy Department said oil
    prices would stay soft ..."). A report with no question marker has none (an "A." opening
    a sentence may be an initial)."""
    found: set[int] = set()
    asking: set[int] = set()
    for sentence in corpus.sentences:
        if _QUESTION_RE.match(sentence.text):
            asking.add(sentence.doc)
        if sentence.doc in asking:
            found.add(sentence.id)
    return found
