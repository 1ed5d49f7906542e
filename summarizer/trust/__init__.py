"""The step that makes a Brief trustworthy: who supports each sentence, which event it is
about, where the reports differ, and a headline; and each fact told once (two reports'
wordings of one fact are one sentence, ``_once_per_fact``: extractive strategies already
select under that rule, ``repeats``, so it is left to catch a rewrite that restates a fact).

``annotate(corpus, brief)`` runs after every strategy (extractive or abstractive), so every
brief carries the same evidence. It relies on the brief's ``sentence_id`` (the corpus
sentence a sentence was selected as, kept by rewrites) and on the sources, never on the
text, so a model's rewrite is credited to the reports of the sentence it rewrote.

The alignment is computed once per corpus (the harness runs many strategies on one corpus)
and embeds only borderline sentence pairs; ``embeddings=False`` makes it purely lexical.
``prepare`` starts it in a background thread before the strategy runs (see there).
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Sequence

from summarizer.trust.align import PARAPHRASE_JACCARD, Alignment, Embed, Fact, align, claim_embedder
from summarizer.brief import Brief, BriefEvent, BriefSentence, Source, source_of
from summarizer.corpus import Corpus
from summarizer.trust.differences import KINDS, Difference, contradicted_by, find_differences
from summarizer.trust.events import Event, event_of_fact, find_events
from summarizer.trust.introductions import introduce_names, introduction_order
from summarizer.trust.repeats import UNJUDGED, Repeats, Unjudged
from summarizer.trust.support import carrying, claim_matches
from summarizer.text import content_stems, jaccard

#: Above this many sentences (a few hundred reports) the checks whose cost grows with pairs
#: of paraphrases are left out, and a warning says so: selection does not wait for the
#: alignment (repetition is judged by shared words, as near-duplicates, and support does not
#: weigh in), and opposite stances and names (``claims.stance_differences``) are not looked
#: for. Every figure of DUC 2004 and basil-dev is far below it.
LARGE_CORPUS_SENTENCES = 5000
LARGE_CORPUS_NOTE = ("{count} sentences: at this size selection judges repetition by shared words only, and "
                     "opposite stances, other names, other days and other spellings are not looked for")
#: At most this many differences are listed, those about the brief's own sentences first:
#: a long list of minor variants would bury the ones that matter.
MAX_DIFFERENCES = 8


@dataclass(frozen=True)
class Evidence:
    """What the reports say, whatever the brief: facts, events and all differences."""

    alignment: Alignment
    events: list[Event]
    differences: list[Difference]
    sentence_ids: dict[tuple[str, int], int]  # (report id, sentence number) -> corpus id
    embed: Embed | None = None  # the encoder for claims across reports (None: facts only)
    claims: dict[int, dict[int, int]] = field(default_factory=dict)  # cache of claim_matches

    def claim_sources(self, corpus: Corpus, sentence_id: int) -> list[int]:
        """The sentences of other reports that state this sentence's claim in any wording."""
        if self.embed is None:
            return []
        if sentence_id not in self.claims:
            self.claims[sentence_id] = claim_matches(corpus, sentence_id, self.embed)
        return sorted(self.claims[sentence_id].values())


_EVIDENCE: "weakref.WeakKeyDictionary[Corpus, dict[bool, Evidence]]" = weakref.WeakKeyDictionary()
#: Alignments being computed in the background (``prepare``), per corpus and setting.
_ALIGNING: "weakref.WeakKeyDictionary[Corpus, dict[bool, Future[Alignment]]]" = weakref.WeakKeyDictionary()
#: Finished alignments, per corpus and setting: selection (``repeats``) and ``evidence`` share one.
_ALIGNED: "weakref.WeakKeyDictionary[Corpus, dict[bool, Alignment]]" = weakref.WeakKeyDictionary()
#: The setting ``prepare`` was given for a corpus: the one its brief will be annotated with.
_SETTING: "weakref.WeakKeyDictionary[Corpus, bool]" = weakref.WeakKeyDictionary()
_REPEATS: "weakref.WeakKeyDictionary[Corpus, dict[bool, Repeats]]" = weakref.WeakKeyDictionary()
_CLAIMS: "weakref.WeakKeyDictionary[Corpus, dict[bool, dict[int, dict[int, int]]]]" = weakref.WeakKeyDictionary()
_BACKGROUND: list[ThreadPoolExecutor] = []
_BACKGROUND_LOCK = threading.Lock()


def prepare(corpus: Corpus, embeddings: bool = True) -> None:
    """Start aligning the corpus in a background thread, to be collected by ``evidence``:
    the encoder's runs release the GIL, so it proceeds while the strategy parses. Nothing is
    started without embeddings (a lexical alignment is Python, which would only take turns
    with the strategy) or when the encoder cannot load in the background."""
    _SETTING[corpus] = embeddings
    if not embeddings or embeddings in _ALIGNED.get(corpus, {}) or embeddings in _ALIGNING.get(corpus, {}):
        return
    try:
        from summarizer.generation.embeddings import get_embedder

        embedder = get_embedder()
        if not embedder.loads_in_background():
            return
    except Exception:  # noqa: BLE001 - the foreground path reports (or tolerates) it
        return

    def job() -> Alignment:
        with contextlib.suppress(Exception):  # a failing encoder: align reports it, as in the foreground
            embedder.load()
        return align(corpus, embeddings)

    _ALIGNING.setdefault(corpus, {})[embeddings] = _executor().submit(job)


def _executor() -> ThreadPoolExecutor:
    with _BACKGROUND_LOCK:
        if not _BACKGROUND:
            _BACKGROUND.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-align"))
        return _BACKGROUND[0]


def _alignment(corpus: Corpus, embeddings: bool) -> Alignment:
    """The alignment ``prepare`` started, else computed here; once per corpus and setting."""
    per_corpus = _ALIGNED.setdefault(corpus, {})
    if embeddings not in per_corpus:
        pending = _ALIGNING.get(corpus, {}).pop(embeddings, None)
        per_corpus[embeddings] = pending.result() if pending is not None else align(corpus, embeddings)
    return per_corpus[embeddings]


def _claims(corpus: Corpus, embeddings: bool) -> dict[int, dict[int, int]]:
    """``claim_matches`` per sentence, shared by selection and the annotation."""
    return _CLAIMS.setdefault(corpus, {}).setdefault(embeddings, {})


def compares_claims(corpus: Corpus) -> bool:
    """Selection compares claims with the encoder: ``prepare`` was given embeddings and the
    corpus is not too large to judge (``LARGE_CORPUS_SENTENCES``)."""
    return not _large(corpus) and _SETTING.get(corpus, False)


def repeats(corpus: Corpus) -> Repeats | Unjudged:
    """Which sentences say what another says (``Repeats``), for a strategy to select under:
    with the alignment and the claim encoder the brief will be annotated with (the setting
    ``prepare`` was given; lexical, loading no model, when nothing was prepared), so the
    alignment is computed once for both."""
    if _large(corpus):
        return UNJUDGED
    embeddings = _SETTING.get(corpus, False)
    per_corpus = _REPEATS.setdefault(corpus, {})
    if embeddings not in per_corpus:
        per_corpus[embeddings] = Repeats(_alignment(corpus, embeddings), claim_embedder(embeddings),
                                         _claims(corpus, embeddings))
    return per_corpus[embeddings]


def _large(corpus: Corpus) -> bool:
    return len(corpus.sentences) > LARGE_CORPUS_SENTENCES


def evidence(corpus: Corpus, embeddings: bool = True) -> Evidence:
    """The corpus's evidence, computed once per corpus and setting: the harness summarizes
    one corpus with many strategies, and none of this depends on the strategy."""
    per_corpus = _EVIDENCE.setdefault(corpus, {})
    if embeddings not in per_corpus:
        alignment = _alignment(corpus, embeddings)
        events = find_events(corpus, alignment)
        differences = find_differences(corpus, alignment, [(e.id, e.documents) for e in events],
                                       stances=not _large(corpus))
        ids = {(corpus.documents[s.doc].id, s.index): s.id for s in corpus.sentences}
        per_corpus[embeddings] = Evidence(alignment, events, differences, ids, claim_embedder(embeddings),
                                          _claims(corpus, embeddings))
    return per_corpus[embeddings]


class Annotator:
    """Adds support, events, differences and a headline to briefs of one corpus.

    ``embeddings`` (default on) lets sentence embeddings confirm paraphrases that share
    only some words; off, facts are aligned by shared words only (no model is loaded).
    """

    def __init__(self, embeddings: bool = True) -> None:
        self.embeddings = embeddings

    def __call__(self, corpus: Corpus, brief: Brief) -> Brief:
        known = evidence(corpus, self.embeddings)
        sentences = _in_event_order(corpus, known, [_annotated(corpus, known, s) for s in brief.sentences])
        differences = _chosen_differences(known, sentences)
        sentences = [_with_differences(corpus, known, s, differences) for s in sentences]
        sentences = _once_per_dispute(_once_per_fact(corpus, known.alignment, sentences))
        sentences = introduce_names(corpus, sentences, brief.length)  # last: on what is printed
        headline, source = _headline(corpus, sentences)
        warnings = brief.warnings + ([LARGE_CORPUS_NOTE.format(count=len(corpus.sentences))]
                                     if _large(corpus) else [])
        return replace(brief, sentences=sentences, events=_brief_events(corpus, known.events, sentences),
                       differences=differences, headline=headline, headline_source=source,
                       warnings=warnings)


def annotate(corpus: Corpus, brief: Brief, embeddings: bool = True) -> Brief:
    """``Annotator(embeddings)(corpus, brief)``: the brief with its trust evidence."""
    return Annotator(embeddings)(corpus, brief)


# --- support ------------------------------------------------------------------------------


def _closest_sentence(corpus: Corpus, text: str) -> int | None:
    """The corpus sentence a free text restates, if any (for sentences a strategy wrote
    without naming their source sentence)."""
    stems = frozenset(content_stems(text))
    best = max(corpus.sentences, key=lambda s: jaccard(stems, s.content), default=None)
    return best.id if best and jaccard(stems, best.content) >= PARAPHRASE_JACCARD else None


def _facts_of(corpus: Corpus, known: Evidence, sentence: BriefSentence) -> list[Fact]:
    """The facts a brief sentence states: its own sentence's first, then its sources'."""
    primary = sentence.sentence_id
    if primary is None:
        primary = _closest_sentence(corpus, sentence.text)
    candidates = ([primary] if primary is not None else []) + [
        known.sentence_ids[(s.document, s.sentence)] for s in sentence.sources
        if (s.document, s.sentence) in known.sentence_ids]
    facts: dict[int, Fact] = {}
    for sentence_id in candidates:
        fact = known.alignment.fact(sentence_id)
        facts.setdefault(fact.id, fact)
    return list(facts.values())


def _restating(corpus: Corpus, known: Evidence, facts: Sequence[Fact], own_id: int) -> list[int]:
    """The sentences a brief sentence is credited to: the versions of its fact(s) and the
    sentences of other reports stating its claim in other wordings (``claim_sources``),
    those of other reports only when they state its main claim (``support.carrying``: not
    only a side clause or background it shares with them)."""
    claims = known.claim_sources(corpus, own_id)
    own_doc = corpus.sentences[own_id].doc
    versions = [i for fact in facts for i in fact.sentences]
    others = [i for i in versions if corpus.sentences[i].doc != own_doc and i not in claims]
    kept = carrying(corpus, own_id, others, known.embed) if others else set()
    return [i for i in versions if corpus.sentences[i].doc == own_doc or i in kept] + claims


def _annotated(corpus: Corpus, known: Evidence, sentence: BriefSentence) -> BriefSentence:
    """The sentence with every version of its fact(s) and of its claim in other wordings as
    sources (of other reports, only those stating its main claim, near-duplicates of its own
    sentence too), never a report that gives another account of it, and its event. Other
    sources a strategy gave (the sentences a fusion joined) stay."""
    facts = _facts_of(corpus, known, sentence)
    if not facts:
        return sentence
    own_id = sentence.sentence_id if sentence.sentence_id is not None else facts[0].sentences[0]
    copies = {source_of(corpus, s.id) for s in corpus.members(own_id)}  # judged with the fact's versions
    found = {(s.document, s.sentence): s for s in sentence.sources if s not in copies}
    for sentence_id in _restating(corpus, known, facts, own_id):
        source = source_of(corpus, sentence_id)
        found.setdefault((source.document, source.sentence), source)
    own = source_of(corpus, own_id)
    against = contradicted_by(known.differences, own.document, own.sentence) - {own.document}
    order = {d.id: n for n, d in enumerate(corpus.documents)}
    sources = sorted((s for s in found.values() if s.document not in against),
                     key=lambda s: (order.get(s.document, len(order)), s.sentence))
    event = event_of_fact(known.events, facts[0].documents, corpus.sentences[own_id].doc)
    return replace(sentence, sources=sources, event=event, fact=facts[0].id)


# --- order and events ---------------------------------------------------------------------


def _mean_position(corpus: Corpus, alignment: Alignment, sentence: BriefSentence) -> float:
    if sentence.fact is None:
        return 1.0
    members = alignment.facts[sentence.fact].sentences
    return sum(corpus.sentences[i].position for i in members) / len(members)


def _in_event_order(corpus: Corpus, known: Evidence,
                    sentences: Sequence[BriefSentence]) -> list[BriefSentence]:
    """Events in date order (``find_events`` sorts them), and within an event the facts by
    their average position in the reports that state them (leads first), except that a
    person's full name comes before "Mr. Surname" (``introductions``)."""
    def key(item: tuple[int, BriefSentence]) -> tuple[int, float, int]:
        index, sentence = item
        event = sentence.event if sentence.event is not None else len(known.events)
        return event, _mean_position(corpus, known.alignment, sentence), index
    ordered = [s for _, s in sorted(enumerate(sentences), key=key)]
    order = introduction_order([s.text for s in ordered], groups=[s.event for s in ordered])
    return [ordered[i] for i in order]


def _brief_events(corpus: Corpus, events: Sequence[Event],
                  sentences: Sequence[BriefSentence]) -> list[BriefEvent]:
    return [
        BriefEvent(
            id=event.id, label=event.label, place=event.place,
            date=str(event.date) if event.date else None,
            documents=[corpus.documents[d].id for d in event.documents],
            sentences=[n for n, s in enumerate(sentences) if s.event == event.id],
        )
        for event in events
    ]


# --- differences --------------------------------------------------------------------------


def _facts_differing(known: Evidence, difference: Difference) -> set[int]:
    """The facts whose sentences a difference quotes."""
    return {known.alignment.fact_of[known.sentence_ids[(s.document, s.sentence)]]
            for v in difference.variants for s in v.sources}


def _chosen_differences(known: Evidence, sentences: Sequence[BriefSentence]) -> list[Difference]:
    """The differences to show: those touching the brief's facts first, then numbers before
    names, negations and wording, then the most widely reported."""
    in_brief = {s.fact for s in sentences if s.fact is not None}

    def key(difference: Difference) -> tuple[bool, int, int]:
        return (not _facts_differing(known, difference) & in_brief, KINDS.index(difference.kind),
                -len(difference.documents))

    return sorted(known.differences, key=key)[:MAX_DIFFERENCES]


def _with_differences(corpus: Corpus, known: Evidence, sentence: BriefSentence,
                      differences: Sequence[Difference]) -> BriefSentence:
    """The sentence with the differences about its fact, so a reader sees that the reports
    do not all say it this way, and the one that disputes its own claim, if any: then the
    brief gives every account with its sources instead of stating this one as fact."""
    if sentence.fact is None:
        return sentence
    found = [n for n, d in enumerate(differences) if sentence.fact in _facts_differing(known, d)]
    disputed = None
    if sentence.sentence_id is not None:
        own = source_of(corpus, sentence.sentence_id)
        disputed = next((n for n, d in enumerate(differences)
                         if contradicted_by([d], own.document, own.sentence) - {own.document}), None)
    if disputed is not None and disputed not in found:
        found = sorted(found + [disputed])
    return replace(sentence, differences=found, disputed=disputed)


def _own_source(corpus: Corpus, alignment: Alignment, sentence: BriefSentence) -> Source | None:
    """Where a brief sentence stands in its report: its own sentence, or for free text the
    first version of its fact (as ``_annotated`` credits it)."""
    if sentence.sentence_id is not None:
        return source_of(corpus, sentence.sentence_id)
    if sentence.fact is None:
        return None
    return source_of(corpus, alignment.facts[sentence.fact].sentences[0])


def _repeats(a: BriefSentence, a_source: Source | None, b: BriefSentence, b_source: Source | None) -> bool:
    """Two brief sentences say one thing: they state one aligned fact and each is cited to
    the other's sentence for it (a report that gives another account of a claim is never
    cited for it, so two accounts of a disputed fact are not a repetition: see
    ``_once_per_dispute``)."""
    if a.fact is None or a.fact != b.fact or a_source is None or b_source is None or a_source == b_source:
        return False
    return b_source in a.sources and a_source in b.sources


def _once_per_fact(corpus: Corpus, alignment: Alignment,
                   sentences: Sequence[BriefSentence]) -> list[BriefSentence]:
    """Each fact told once: of brief sentences that repeat one another (``_repeats``: two
    reports' wordings of one fact, which a word-overlap redundancy check lets through when
    the wordings differ), the one cited to more reports stays (ties: the first), in its
    place; it already carries every report of the fact as its sources."""
    own = [_own_source(corpus, alignment, s) for s in sentences]
    kept: list[int] = []
    for n in sorted(range(len(sentences)), key=lambda n: (-len(sentences[n].support), n)):
        if not any(_repeats(sentences[k], own[k], sentences[n], own[n]) for k in kept):
            kept.append(n)
    return [sentences[n] for n in sorted(kept)]


def _once_per_dispute(sentences: Sequence[BriefSentence]) -> list[BriefSentence]:
    """Two brief sentences giving two accounts of one disputed claim would print the same
    "reports differ" note twice: the first one stands for both."""
    seen: set[int] = set()
    kept = []
    for sentence in sentences:
        if sentence.disputed is not None:
            if sentence.disputed in seen:
                continue
            seen.add(sentence.disputed)
        kept.append(sentence)
    return kept


# --- headline -----------------------------------------------------------------------------


def _headline(corpus: Corpus, sentences: Sequence[BriefSentence]) -> tuple[str | None, str | None]:
    """The reports' headline that shares the most content words with the brief (ties: the
    report supporting more of the brief). None when no report has a headline."""
    words = frozenset(w for s in sentences for w in content_stems(s.text))
    support = {d.id: sum(d.id in s.support for s in sentences) for d in corpus.documents}
    titled = [d for d in corpus.documents if d.title]
    if not titled:
        return None, None

    def score(document) -> tuple[float, int]:
        title = frozenset(content_stems(document.title or ""))
        return (len(title & words) / len(title) if title else 0.0), support[document.id]

    best = max(titled, key=score)
    return best.title, best.id
