"""Facts: the sentences of all reports grouped by what they state.

A *fact* is a set of sentences, at most one "version" per report, that say the same thing:
the corpus's near-duplicate groups (``text.NEAR_DUPLICATE_JACCARD``) joined by close
paraphrases. A paraphrase is recognised lexically (enough shared content words) or, for
pairs that share some but not enough words, by sentence embeddings. Only those borderline
pairs are embedded, so the encoder sees a small part of the reports, or nothing at all.

Sentences are joined greedily, the most similar pair first, and two facts are never merged
when both already hold a sentence of the same report: that is what keeps a chain of
"similar to" links from collapsing a whole story into one fact.
"""

from __future__ import annotations

import logging
import math
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np

from summarizer.corpus import Corpus, Sentence, near_duplicate_pairs
from summarizer.text.lexicon import MONTH_WORDS
from summarizer.text import is_number, is_year, jaccard, normalize_number

log = logging.getLogger("summarizer")

#: Content-stem Jaccard at or above which two sentences of different reports state the same
#: fact without asking the encoder. Below the near-duplicate line (0.6), newswire pairs at
#: 0.4-0.6 are rewrites of one sentence ("won 64 of the 122 seats" / "collected 64 of the 122
#: parliamentary seats"); under 0.4, pairs are as often merely on the same topic.
PARAPHRASE_JACCARD = 0.4
#: Pairs sharing less vocabulary than this are never one fact, whatever the encoder says:
#: reports of two different meetings on one topic reach high cosine similarity with few
#: words in common ("will seek to convene a conference" / "are committed to a conference").
#: It is also the lexical pre-filter that decides which sentences get embedded.
CANDIDATE_JACCARD = 0.25
#: Cosine similarity (all-MiniLM-L6-v2) at or above which a candidate pair is one fact. On
#: the sample and DUC 2004 reports, pairs above 0.8 restate one event; between 0.7 and 0.8
#: they mix restatements with different events of the same story.
PARAPHRASE_COSINE = 0.8
#: Sentences with fewer content words than this join facts only as near-duplicates: two or
#: three shared words are chance, not a restatement.
MIN_PARAPHRASE_WORDS = 4

#: Claims across outlets (``claim_matches``): a sentence of another report states the same
#: claim as a brief sentence when their cosine similarity plus their weighted word overlap
#: (``weighted_overlap``: shared content words counted by how rare they are in the reports)
#: reaches ``CLAIM_SCORE``, never with fewer than ``CLAIM_MIN_SHARED`` words in common (which
#: is also the blocking rule: only those sentences are embedded). The encoder alone rates
#: two sentences about one person and one story alike whatever each says of them ("Trump
#: said he hopes the citizenship questions won't define his run" / "Trump said he has doubts
#: Obama was born in the United States": cosine 0.63, eight shared words, most of them
#: names), and a plain count of shared words is mostly those names: a rare shared word
#: ("indicted", "certified") is what marks the same claim. Calibrated on hand-labelled
#: citations of the development half of basil-dev (bench/bench_citations.py), choosing
#: precision over recall: citing a report for what it does not say is worse than missing one.
CLAIM_SCORE = 0.86
CLAIM_MIN_SHARED = 2

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Fact:
    """Sentences that state one thing, from one or more reports."""

    id: int
    sentences: tuple[int, ...]  # corpus sentence ids, in corpus order
    documents: tuple[int, ...]  # indices of the reports that state it, sorted

    @property
    def support(self) -> int:
        return len(self.documents)


@dataclass(frozen=True)
class Alignment:
    """Every sentence of the corpus in exactly one fact."""

    facts: tuple[Fact, ...]
    fact_of: tuple[int, ...]  # sentence id -> fact id
    embedded: int = 0  # how many distinct sentence texts the encoder saw (tests, benchmarks)

    def fact(self, sentence_id: int) -> Fact:
        return self.facts[self.fact_of[sentence_id]]

    def shared(self) -> list[Fact]:
        """The facts stated by more than one report."""
        return [fact for fact in self.facts if fact.support > 1]


@dataclass(frozen=True)
class _Edge:
    tier: int  # 1: lexical paraphrase, 0: embedding paraphrase (weaker evidence, merged later)
    score: float
    a: int
    b: int


def _candidate_pairs(corpus: Corpus) -> list[tuple[int, int, float]]:
    """Pairs of sentences from different reports, not already near-duplicates, that share
    enough content words to be paraphrases: (a, b, Jaccard), a < b.

    Copies of a sentence (``Corpus.copies``) are paired once: of the pairs between the
    copies of two sentences only the first (a, b) is kept. All of them join the same two
    near-duplicate groups with the same score (the same words, the same text for the
    encoder), and ``_merge`` acts on the first edge between two groups only (a later one
    finds them joined, or still kept apart by a shared report), so the facts are those of
    every pair, and a sentence reprinted by many reports adds no pairs."""
    sentences, copies = corpus.sentences, corpus.copies
    pairs = []
    for x, y in near_duplicate_pairs([sentences[m[0]].content for m in copies], CANDIDATE_JACCARD):
        first, second = sentences[copies[x][0]], sentences[copies[y][0]]
        if corpus.group_of[first.id] == corpus.group_of[second.id]:
            continue
        if min(len(first.content), len(second.content)) < MIN_PARAPHRASE_WORDS:
            continue
        pair = _first_pair(corpus, copies[x], copies[y])
        if pair is not None:
            pairs.append((*pair, jaccard(first.content, second.content)))
    return pairs


def _first_pair(corpus: Corpus, left: Sequence[int], right: Sequence[int]) -> tuple[int, int] | None:
    """The first pair (a, b), a < b, of one sentence of ``left`` and one of ``right`` (both in
    corpus order) from different reports, or None when all are in one report."""
    side = dict.fromkeys(left, right)
    side.update(dict.fromkeys(right, left))
    for low in sorted(side):
        doc = corpus.sentences[low].doc
        partner = next((o for o in side[low] if o > low and corpus.sentences[o].doc != doc), None)
        if partner is not None:
            return low, partner
    return None


def _cosines(corpus: Corpus, pairs: Sequence[tuple[int, int]], embed: Embed) -> list[float]:
    """Cosine similarity of each pair, embedding each sentence involved once."""
    ids = sorted({i for pair in pairs for i in pair})
    vectors = embed([corpus.sentences[i].text for i in ids])
    row = {sentence_id: n for n, sentence_id in enumerate(ids)}
    return [float(vectors[row[a]] @ vectors[row[b]]) for a, b in pairs]


def _edges(corpus: Corpus, embed: Embed | None) -> tuple[list[_Edge], int]:
    """Paraphrase links, strongest first, and the number of sentences embedded."""
    edges: list[_Edge] = []
    borderline: list[tuple[int, int]] = []
    for a, b, similarity in _candidate_pairs(corpus):
        if similarity >= PARAPHRASE_JACCARD:
            edges.append(_Edge(1, similarity, a, b))
        else:
            borderline.append((a, b))
    embedded = 0
    if embed is not None and borderline:
        borderline = _still_mergeable(corpus, edges, borderline)
    if embed is not None and borderline:
        cosines = _cosines(corpus, borderline, embed)
        embedded = len({corpus.sentences[i].text for pair in borderline for i in pair})
        edges += [_Edge(0, c, a, b) for (a, b), c in zip(borderline, cosines) if c >= PARAPHRASE_COSINE]
    edges.sort(key=_strongest_first)
    return edges, embedded


def _strongest_first(edge: _Edge) -> tuple[int, float, int, int]:
    return -edge.tier, -edge.score, edge.a, edge.b


def _still_mergeable(corpus: Corpus, lexical: Sequence[_Edge],
                     borderline: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The borderline pairs an embedding edge could still join: every embedding edge is
    merged after every lexical one, and a merge only grows facts, so a pair already in one
    fact, or in two facts that share a report, after the lexical edges is never joined.
    Leaving them out saves encoding them, and changes no fact."""
    root = _merge(corpus, sorted(lexical, key=_strongest_first))
    docs: dict[int, set[int]] = {}
    for sentence_id, component in enumerate(root):
        docs.setdefault(component, set()).add(corpus.sentences[sentence_id].doc)
    return [(a, b) for a, b in borderline
            if root[a] != root[b] and not docs[root[a]] & docs[root[b]]]


def _merge(corpus: Corpus, edges: Iterable[_Edge]) -> list[int]:
    """Join near-duplicate groups along the edges, never putting two versions from one
    report into a fact. Returns each sentence's component root."""
    root = list(corpus.group_of)  # start: the near-duplicate groups
    members = {g: list(ids) for g, ids in corpus.groups.items()}
    docs = {g: {corpus.sentences[i].doc for i in ids} for g, ids in corpus.groups.items()}
    for edge in edges:
        left, right = root[edge.a], root[edge.b]
        if left == right or docs[left] & docs[right]:
            continue
        keep, gone = min(left, right), max(left, right)
        for sentence_id in members[gone]:
            root[sentence_id] = keep
        members[keep] += members.pop(gone)
        docs[keep] |= docs.pop(gone)
    return root


def _facts(corpus: Corpus, root: Sequence[int]) -> tuple[tuple[Fact, ...], tuple[int, ...]]:
    number: dict[int, int] = {}
    grouped: list[list[int]] = []
    for sentence_id, component in enumerate(root):
        if component not in number:
            number[component] = len(grouped)
            grouped.append([])
        grouped[number[component]].append(sentence_id)
    facts = tuple(
        Fact(n, tuple(ids), tuple(sorted({corpus.sentences[i].doc for i in ids})))
        for n, ids in enumerate(grouped)
    )
    return facts, tuple(number[component] for component in root)


def claim_candidates(corpus: Corpus, sentence_id: int) -> dict[int, list[int]]:
    """Report -> its sentences sharing at least ``CLAIM_MIN_SHARED`` content words with the
    sentence (other reports only): the blocking step, linear in the corpus."""
    own = corpus.sentences[sentence_id]
    found: dict[int, list[int]] = {}
    for other in corpus.sentences:
        if other.doc != own.doc and len(own.content & other.content) >= CLAIM_MIN_SHARED:
            found.setdefault(other.doc, []).append(other.id)
    return found


def same_claim(cosine: float, shared_words: int, overlap: float, score: float = CLAIM_SCORE) -> bool:
    """The calibrated rule: one claim in two wordings (``overlap``: ``weighted_overlap``).
    ``score`` is the threshold: ``CLAIM_SCORE`` for citations, a looser one where a near
    miss is enough (``repeats.REPEAT_CLAIM_SCORE``)."""
    return shared_words >= CLAIM_MIN_SHARED and cosine + overlap >= score


def term_weights(corpus: Corpus) -> dict[str, float]:
    """Each content stem's inverse sentence frequency in the reports, log(N / df): the names
    and topic words every report repeats weigh little, the words of one claim much."""
    weights = _WEIGHTS.get(corpus)
    if weights is None:
        frequency = Counter(word for sentence in corpus.sentences for word in sentence.content)
        total = max(len(corpus.sentences), 1)
        weights = _WEIGHTS[corpus] = {word: math.log(total / n) for word, n in frequency.items()}
    return weights


_WEIGHTS: "weakref.WeakKeyDictionary[Corpus, dict[str, float]]" = weakref.WeakKeyDictionary()


def weighted_overlap(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """Jaccard of two sets of content stems with each stem counted by its weight."""
    union = math.fsum(weights.get(word, 0.0) for word in a | b)  # fsum: the same in any hash order
    return math.fsum(weights.get(word, 0.0) for word in a & b) / union if union else 0.0


def numbers_of(sentence: Sentence) -> frozenset[str]:
    """The figures a sentence states, normalised ("93,000" -> "93000"); dates are not
    figures: a number after a month name ("July 2", "March 2011") and a bare year are left
    out, so two accounts dated alike do not agree by their dates alone."""
    figures = set()
    for before, word in zip(("",) + sentence.words, sentence.words):
        if not is_number(word) or before.lower().rstrip(".") in MONTH_WORDS:
            continue
        value = normalize_number(word)
        if not is_year(value):
            figures.add(value)
    return frozenset(figures)


def numbers_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two wordings state one claim only if their figures agree: when both give numbers,
    they share one ("more than 70,000 lives" does not support "more than 93,000 lives")."""
    return not a or not b or bool(a & b)


def claim_matches(corpus: Corpus, sentence_id: int, embed: Embed,
                  carries: Callable[[list[int]], set[int]] | None = None) -> dict[int, int]:
    """Report -> the sentence of that report that states the same claim as ``sentence_id``
    in any wording (the most similar one passing ``same_claim``); reports without one are
    left out. A sentence that gives another account of the claim (``_clashes``: the opposite
    stance, another name in one slot) never states it, however alike the two read, nor does
    one that ``carries`` leaves out (``support.claim_matches`` passes the main-claim test:
    a sentence sharing only a side clause or background with it does not state it). Only the
    sentence and its blocked candidates whose figures agree with it (the lexical part of the
    rule, checked first) are embedded."""
    own_numbers = numbers_of(corpus.sentences[sentence_id])
    candidates = {doc: kept for doc, members in claim_candidates(corpus, sentence_id).items()
                  if (kept := [i for i in members if numbers_agree(own_numbers, numbers_of(corpus.sentences[i]))])}
    ids = sorted({i for members in candidates.values() for i in members})
    if not ids:
        return {}
    vectors = embed([corpus.sentences[i].text for i in [sentence_id] + ids])
    cosine = {i: float(vectors[0] @ vectors[n]) for n, i in enumerate(ids, start=1)}
    own = corpus.sentences[sentence_id].content
    weights = term_weights(corpus)
    found = {}
    for doc, members in sorted(candidates.items()):
        passing = [i for i in members if same_claim(cosine[i], len(own & corpus.sentences[i].content),
                                                    weighted_overlap(own, corpus.sentences[i].content, weights))]
        passing = [i for i in passing if not _clashes(corpus, sentence_id, i)]
        if passing and carries is not None:
            passing = sorted(carries(passing))
        if passing:
            found[doc] = max(passing, key=lambda i: (cosine[i], -i))
    return found


def _clashes(corpus: Corpus, a: int, b: int) -> bool:
    """The two sentences take opposite stances or give different names in one slot
    (``stances``): another account of the claim, never a restatement of it."""
    from summarizer.nlp.load import parse_all
    from summarizer.trust.stances import name_clash, read, stance_clash

    first, second = (read(doc) for doc in parse_all([corpus.sentences[a].text, corpus.sentences[b].text]))
    return (stance_clash(first, second) is not None
            or name_clash(first, second, corpus.sentences[a].text, corpus.sentences[b].text) is not None)


def claim_embedder(embeddings: bool = True) -> Embed | None:
    """The encoder ``claim_matches`` uses (failures give no match), or None when off."""
    encoder = _default_embed() if embeddings else None
    return _safe(encoder) if encoder else None


def _default_embed() -> Embed | None:
    """The project's sentence encoder, or None (lexical alignment only) when it cannot be
    loaded: support counts must never depend on a model being installed."""
    try:
        from summarizer.generation.embeddings import embed
    except ImportError:
        log.info("sentence embeddings unavailable: facts are aligned lexically")
        return None
    return embed


def _safe(embed: Embed) -> Embed:
    """``embed``, with zero vectors (no paraphrase found) when it fails."""
    def call(texts: Sequence[str]) -> np.ndarray:
        try:
            return embed(texts)
        except Exception as error:  # noqa: BLE001 - a broken model must not break the brief
            log.warning("sentence embeddings failed (%s): facts are aligned lexically", error)
            return np.zeros((len(texts), 1), dtype=np.float32)
    return call


def align(corpus: Corpus, embeddings: bool = True, embed: Embed | None = None) -> Alignment:
    """Group every sentence of ``corpus`` into facts.

    ``embeddings=False`` aligns by shared words only (fast, no model); ``embed`` replaces
    the project's encoder (tests pass a stub).
    """
    encoder = (embed or _default_embed()) if embeddings else None
    edges, embedded = _edges(corpus, _safe(encoder) if encoder else None)
    facts, fact_of = _facts(corpus, _merge(corpus, edges))
    return Alignment(facts, fact_of, embedded)
