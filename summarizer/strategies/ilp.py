"""Concept coverage solved exactly: Gillick & Favre's ILP (ICSISumm, TAC 2008/09).

A *concept* is a stemmed word bigram (bigrams of two stop words excluded); its weight is the
number of reports that contain it, and only concepts in at least ``min_reports`` reports
count. The brief is the set of sentences that covers the largest total concept weight
within the budget, each concept counted once however many chosen sentences carry it::

    maximise   sum_i w_i c_i
    subject to sum_j cost_j s_j <= capacity
               c_i <= sum_{j contains i} s_j          (a concept counts only if covered)
               sum_{j in G} s_j <= 1                  (one sentence per near-duplicate group G,
                                                       and of each pair that says one thing)
               s_j, c_i in {0, 1}

Counting a concept once rewards covering many different facts, which is what removes
redundancy; weighting by reports rewards facts many reports state, which is what makes them
important. Two wordings of one fact share few bigrams, so the pairs that state one fact or
claim, or one inside the other (``base.exclusions``), are excluded outright. Beyond
ICSISumm, concepts in a report's lead weigh more and content words are concepts too, at a
fraction of a bigram's weight (see ``ConceptILP`` for why).

A brief naming a person by surname alone ("Ms. Lauten") and introducing them nowhere keeps
room for the full name the report gave (``trust.introductions``; the constraint: ``highs``),
added for the sentences a solve chooses until a choice needs none it lacks: the last choice
is optimal with every sentence's room (it keeps all it needs; the others only loosen).

Solved by HiGHS (``highspy``), warm-started with the greedy solution; when the solver hits
its work limit (nodes, not seconds: see ``highs.MAX_NODES``) the better of its incumbent and the
greedy solution is used.
"""

from __future__ import annotations

import math

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Callable

import numpy as np

from summarizer.budget import Budget
from summarizer.selection.candidates import DEFAULT_RULES, CandidateRules, candidate_ids
from summarizer.corpus import Corpus, Sentence
from summarizer.nlp import furniture
from summarizer.strategies.base import Strategy, exclusions, outsupported
from summarizer.strategies.budgeted import capacity, cost
from summarizer.strategies.highs import MAX_NODES, solve_milp
from summarizer.text import stop_words
from summarizer.selection.trim import trimmed_sentence

if TYPE_CHECKING:
    from summarizer.trust.introductions import NameNeeds

log = logging.getLogger("summarizer")


Concept = tuple[str, ...]


def bigrams(sentence: Sentence) -> set[Concept]:
    """Adjacent stem pairs of a sentence, except pairs of two stop words ("of the")."""
    return sentence_concepts(sentence, unigrams=False)


def sentence_concepts(sentence: Sentence, unigrams: bool) -> set[Concept]:
    """The sentence's bigram concepts and, with ``unigrams``, its content-word stems as
    one-element concepts (one pass over the words: this runs for every sentence)."""
    stops = stop_words()
    stems = sentence.stems  # already lower-case
    content = [w.lower() not in stops for w in sentence.words]
    found: set[Concept] = {(stems[k], stems[k + 1]) for k in range(len(stems) - 1)
                           if (content[k] or content[k + 1]) and stems[k] and stems[k + 1]}
    if unigrams:
        found.update((s,) for s, keep in zip(stems, content) if keep and s)
    return found


def counted_sentences(corpus: Corpus, merge_duplicates: bool) -> list[Sentence]:
    """The sentences whose reports count towards concept weights. With
    ``merge_duplicates`` a near-duplicate group counts once (its earliest sentence): a wire
    paragraph that five outlets reprinted is one report's statement, not five."""
    if not merge_duplicates:
        return corpus.sentences
    return corpus.representatives()


@dataclass(frozen=True)
class Weighting:
    """How concepts are weighted (see ``ConceptILP`` for the defaults and why)."""

    min_reports: int = 3
    merge_duplicates: bool = True
    lead_sentences: int = 3
    lead_weight: float = 2.0
    unigram_weight: float = 0.2

    def concepts(self, sentence: Sentence) -> set[Concept]:
        return sentence_concepts(sentence, unigrams=bool(self.unigram_weight))


def report_floor(min_reports: int, reports: int) -> int:
    """In how many reports a concept must appear. ICSISumm's 3 was set for DUC's 10-report
    clusters; smaller sets keep that share (3 in 10, rounded up, at least 2), so that what
    three of five reports carry still counts. Never more than all reports but one."""
    share = math.ceil(min_reports * reports / 10)
    return max(1, min(min_reports, reports - 1, max(2, share)))


def concept_weights(corpus: Corpus, weighting: Weighting = Weighting(),
                    concepts: list[set[Concept]] | None = None) -> dict[Concept, float]:
    """Concept -> weight: the number of reports that contain it, plus ``lead_weight`` for
    each report that has it in its first ``lead_sentences`` sentences (news is written as
    an inverted pyramid: the lead states the event), times ``unigram_weight`` for single
    words. Concepts in fewer than ``min_reports`` reports are dropped; with fewer reports
    than that the floor falls to what the input allows, so a two-report input still has
    concepts. ``concepts`` (each sentence's concepts, by id) saves computing them again.
    """
    if concepts is None:
        concepts = [weighting.concepts(s) for s in corpus.sentences]
    reports: dict[Concept, set[int]] = defaultdict(set)
    leads: dict[Concept, set[int]] = defaultdict(set)
    counted = counted_sentences(corpus, weighting.merge_duplicates)
    for sentence in counted:
        for concept in sorted(concepts[sentence.id]):  # sorted: no dependence on hash order
            reports[concept].add(sentence.doc)
            if sentence.index < weighting.lead_sentences:
                leads[concept].add(sentence.doc)
    # The floor counts the reports that still have sentences once near-copies are merged:
    # fifty copies of one report are one report, and must not empty the concept set.
    floor = report_floor(weighting.min_reports, len({sentence.doc for sentence in counted}))
    weights = {}
    for concept, docs in reports.items():
        if len(docs) >= floor:
            weight = len(docs) + weighting.lead_weight * len(leads[concept])
            weights[concept] = weight * (weighting.unigram_weight if len(concept) == 1 else 1.0)
    return weights


@dataclass
class Problem:
    """The ILP's data: candidate sentences, their costs and concepts, concept weights."""

    candidates: list[int]
    costs: list[int]  # indexed by sentence id
    capacity: int
    concepts: dict[int, list[int]]  # sentence id -> concept indices
    weights: np.ndarray  # concept index -> weight
    groups: list[list[int]]  # candidate ids that may not appear together (they may overlap)
    # Surnames candidates use alone and what naming them costs (``introductions.NameNeeds``):
    # a brief keeps ``names.reserve(chosen)`` of the capacity for the full names.
    names: "NameNeeds | None" = None

    def reserve(self, chosen: list[int]) -> int:
        return self.names.reserve(chosen) if self.names is not None else 0

    def fits(self, chosen: list[int]) -> bool:
        """Within the capacity, with the room ``reserve`` keeps for names."""
        return sum(self.costs[j] for j in chosen) + self.reserve(chosen) <= self.capacity

    def value(self, chosen: list[int]) -> float:
        covered = {c for j in chosen for c in self.concepts[j]}
        return float(sum(self.weights[c] for c in covered))


def build_problem(corpus: Corpus, budget: Budget, pool: list[int], weighting: Weighting,
                  sentences: list[Sentence] | None = None) -> Problem:
    """The ILP over the ``pool`` candidates. ``sentences`` are the corpus sentences as the
    brief would print them (trimmed, see ``summarizer.selection.trim``): concepts and costs are theirs."""
    sentences = sentences or corpus.sentences
    found = [weighting.concepts(s) for s in sentences]
    weights = concept_weights(corpus, weighting, found)
    index = {concept: k for k, concept in enumerate(weights)}
    concepts = {j: sorted(index[c] for c in found[j] if c in index) for j in pool}
    return Problem(
        candidates=list(pool), costs=[cost(budget, s.text) for s in sentences], capacity=capacity(budget),
        concepts=concepts, weights=np.array(list(weights.values()), dtype=float),
        groups=_groups(corpus, pool))


def _groups(corpus: Corpus, pool: list[int]) -> list[list[int]]:
    """The near-duplicate groups with more than one member in ``pool``."""
    by_group: dict[int, list[int]] = defaultdict(list)
    for j in pool:
        by_group[corpus.group_of[j]].append(j)
    return [g for g in by_group.values() if len(g) > 1]


def solve_greedy(problem: Problem) -> list[int]:
    """The fallback and the solver's first incumbent: repeatedly add the affordable sentence
    with the most not-yet-covered concept weight per unit of cost (vectorised: a sentence x
    concept incidence matrix times the weights still uncovered)."""
    from scipy.sparse import csr_matrix

    pool = [j for j in problem.candidates if problem.costs[j] <= problem.capacity]
    if not pool:
        return []
    rows = [k for k, j in enumerate(pool) for _ in problem.concepts[j]]
    cols = [c for j in pool for c in problem.concepts[j]]
    incidence = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(pool), max(len(problem.weights), 1)))
    uncovered = problem.weights.astype(float).copy() if len(problem.weights) else np.zeros(1)
    sentence_costs = np.array([problem.costs[j] for j in pool], dtype=float)
    position = {j: k for k, j in enumerate(pool)}
    excluded: dict[int, list[int]] = defaultdict(list)  # sentence -> pool positions it excludes
    for group in problem.groups:
        for j in group:
            excluded[j] += [position[o] for o in group if o != j and o in position]
    open_ = np.ones(len(pool), dtype=bool)
    room, chosen = problem.capacity, []
    while True:
        extra = problem.names.added_open(chosen, pool, open_) if problem.names is not None else np.zeros(len(pool))
        fitting = open_ & (sentence_costs + extra <= room)
        gains = np.where(fitting, incidence @ uncovered, 0.0)
        best = int(np.argmax(gains / np.maximum(sentence_costs + extra, 1.0)))
        if gains[best] <= 0:
            return chosen
        chosen.append(pool[best])
        room -= problem.costs[pool[best]] + extra[best]
        uncovered[problem.concepts[pool[best]]] = 0.0
        open_[best] = False
        open_[excluded[pool[best]]] = False


def densest_first(problem: Problem) -> Callable[[int], tuple[float, int]]:
    """Sort key of a sentence id: the most concept weight per unit of cost first (ties:
    corpus order). A brief holds about five sentences; the solver's time grows with the
    candidates, most of which are sparse in concepts and never chosen."""
    def key(j: int) -> tuple[float, int]:
        return -sum(problem.weights[c] for c in problem.concepts[j]) / max(problem.costs[j], 1), j
    return key


def restricted(corpus: Corpus, problem: Problem, pool: list[int]) -> Problem:
    """The problem over the ``pool`` candidates only."""
    return Problem(candidates=list(pool), costs=problem.costs, capacity=problem.capacity,
                   concepts={j: problem.concepts[j] for j in pool}, weights=problem.weights,
                   groups=_groups(corpus, pool), names=problem.names)


def with_support(corpus: Corpus, problem: Problem, weight: float) -> Problem:
    """The problem with each candidate's support as a concept: ``weight`` times the share
    of the other reports the brief would cite for it (``Repeats.support``), so that three
    outlets and a ten-report cluster weigh a fact all of them carry alike (two outlets'
    wordings share few bigrams: concept weights alone miss it). Counted by fact: sentences
    of one aligned fact with the same support share one concept, gained once."""
    if not weight:
        return problem
    from summarizer.trust import repeats

    found, others = repeats(corpus), max(len(corpus.documents) - 1, 1)
    extra = {j: weight * (found.support(corpus, j) - 1) / others for j in problem.candidates}
    index: dict[tuple[int, float], int] = {}  # (fact, the weight of its support) -> concept
    concepts = dict(problem.concepts)
    for j in problem.candidates:
        if extra[j] > 0:
            key = (found.alignment.fact_of[j], extra[j])
            index.setdefault(key, len(problem.weights) + len(index))
            concepts[j] = [*concepts[j], index[key]]
    weights = np.concatenate([problem.weights, np.array([w for _, w in index], dtype=float)])
    return replace(problem, concepts=concepts, weights=weights)


class ConceptILP(Strategy):
    """Gillick & Favre's concept ILP, with lead-weighted concepts.

    Defaults: ``min_reports=3`` as in ICSISumm (a bigram in one or two of ten reports is more
    likely a detail of one outlet than a fact of the event); ``merge_duplicates=True``
    because repeated wire copy otherwise multiplies the weight of one outlet's wording;
    ``lead_sentences=3``: news is written as an inverted pyramid and
    three sentences is the usual newswire lead, so a concept a report puts in its lead
    counts ``lead_weight=2`` more for that report; ``unigram_weight=0.2``: content words
    are concepts too, at a fifth of a bigram's weight (bigrams decide which facts, words
    decide among sentences that state them, which is what ROUGE-1 sees). The last two were
    chosen on the even-indexed DUC 2004 topics only (lead_weight 0/1/2, unigram_weight
    0/0.2/0.3/0.4; criterion R-1 + R-2) and checked on the odd ones (bench/duc_eval.py
    --halves). ``trim=True``: the brief prints sentences without relative dates and opening
    connectives (``summarizer.selection.trim``), so the ILP weighs and budgets them as trimmed
    (--options '{"trim": false}' gives the comparison). ``max_nodes`` bounds the solver by
    work (``MAX_NODES``), so the brief is the same on a busy machine; ``time_limit`` (seconds,
    default None) is an opt-in wall-clock cap for callers who prefer speed to reproducibility;
    ``length_bonus`` and ``lead_bonus`` break ties between briefs of equal concept weight
    (the fuller one, then the one nearer the leads; see ``bonus``). ``max_candidates=60``:
    the solver sees the 60 candidates densest in concept weight (a brief holds ~5 sentences;
    on the even DUC 2004 topics more candidates gave the same ROUGE and slower solves). The
    ILP is exact over the candidates it is given (None: all of them). ``support_weight=64``:
    a fact all the other reports carry gains that much, one half of them half of it
    (``with_support``, counted once per fact), so that telling each fact once
    (``base.exclusions``) does not trade what several outlets report for one outlet's
    details; chosen on the tuning half of basil-dev (its first 25 events; README, "Real
    news") as the lowest weight with its best share of sentences two outlets carry, within
    the DUC 2004 ROUGE-2 floor (higher weights lower it), 0 turns it off.
    ``reserve_names=True``: the brief keeps room for the full name of each person it names
    by surname alone and introduces nowhere ("Ms. Lauten" -> "Elizabeth Lauten")
    """

    name = "ilp"

    def __init__(self, min_reports: int = 3, merge_duplicates: bool = True,
                 lead_sentences: int = 3, lead_weight: float = 2.0, unigram_weight: float = 0.2,
                 rules: CandidateRules = DEFAULT_RULES, max_nodes: int = MAX_NODES,
                 length_bonus: bool = True, lead_bonus: bool = True,
                 max_candidates: int | None = 60, trim: bool = True,
                 time_limit: float | None = None, support_weight: float = 64.0,
                 reserve_names: bool = True) -> None:
        self.weighting = Weighting(min_reports, merge_duplicates, lead_sentences, lead_weight,
                                   unigram_weight)
        self.rules = rules
        self.max_nodes = max_nodes
        self.time_limit = time_limit
        self.length_bonus = length_bonus
        self.lead_bonus = lead_bonus
        self.max_candidates = max_candidates
        self.trim = trim
        self.support_weight = support_weight
        self.reserve_names = reserve_names
        # What the last select() did, for benchmarks and tests: "optimal", "limit" (the
        # solver's incumbent at a work limit) or "greedy", the solver's nodes and simplex
        # iterations, and its wall-clock and CPU seconds (measurements only, never decisions).
        self.last_status = ""
        self.last_nodes = self.last_iterations = 0
        self.last_solve_seconds = self.last_solve_cpu_seconds = 0.0

    def problem(self, corpus: Corpus, budget: Budget) -> Problem:
        sentences = [trimmed_sentence(s) for s in corpus.sentences] if self.trim else None
        # Concepts and costs of every sentence; the trust rules (they parse) then judge only
        # the candidates down the density order until ``max_candidates`` are found.
        every = build_problem(corpus, budget, [s.id for s in corpus.sentences], self.weighting,
                              sentences)
        pool = candidate_ids(corpus, self.rules, key=densest_first(every), limit=self.max_candidates)
        # One fact once, in its best-supported wording: the words go to another fact.
        pairs = exclusions(corpus, pool)
        weaker = outsupported(corpus, pairs)
        problem = restricted(corpus, every, [j for j in pool if j not in weaker])
        problem.groups += [pair for pair in pairs if not weaker.intersection(pair)]
        return with_support(corpus, problem, self.support_weight)

    def wording(self, corpus: Corpus, sentence_id: int) -> str:
        sentence = corpus.sentences[sentence_id]
        text = trimmed_sentence(sentence).text if self.trim else sentence.text
        return furniture.strip(text)  # datelines, credits, handles: only ever shortens

    def granularity(self, reports: int = 2) -> float:
        """A step every difference between two briefs' concept weights is a multiple of:
        weights are counts times 1 or ``unigram_weight``, plus counts times ``lead_weight``,
        plus counts times ``support_weight`` over the other ``reports``."""
        support = self.support_weight / max(reports - 1, 1)
        steps = [Fraction(w).limit_denominator(1000).denominator
                 for w in (self.weighting.unigram_weight, self.weighting.lead_weight, support)]
        return 1.0 / math.prod(steps)

    def bonus(self, corpus: Corpus, problem: Problem) -> dict[int, float]:
        """Tie-breaks worth at most a quarter of ``granularity`` over a whole brief, so they
        never outweigh a difference in concept weight: half of it rewards the words used
        (the fuller brief), half the sentences' closeness to their report's lead."""
        unit = 0.125 * self.granularity(len(corpus.documents)) / (problem.capacity + 1)
        return {j: unit * (self.length_bonus * problem.costs[j]
                           + self.lead_bonus * (1.0 - corpus.sentences[j].position))
                for j in problem.candidates}

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        if not corpus.sentences:
            return []
        from summarizer.trust.introductions import name_needs

        problem, needing = self.problem(corpus, budget), set()
        while True:  # room for names, added for the sentences chosen until a choice adds none
            chosen = self._solve(corpus, problem)
            if not self.reserve_names or not set(chosen) - needing:
                return chosen
            needing |= set(chosen)
            wordings = {j: self.wording(corpus, j) for j in problem.candidates}
            problem = replace(problem, names=name_needs(corpus, budget, wordings, sorted(needing)))

    def _solve(self, corpus: Corpus, problem: Problem) -> list[int]:
        greedy = solve_greedy(problem)
        # The solver may stop within a quarter step of the optimum: with the tie-breaks under
        # a quarter step too, the concept weight it returns is still exactly the best.
        wall, cpu = time.perf_counter(), time.process_time()
        solved = solve_milp(problem, self.bonus(corpus, problem), greedy,
                            tolerance=0.25 * self.granularity(len(corpus.documents)), max_nodes=self.max_nodes,
                            time_limit=self.time_limit)
        self.last_solve_seconds = time.perf_counter() - wall
        self.last_solve_cpu_seconds = time.process_time() - cpu
        self.last_nodes, self.last_iterations = solved.nodes, solved.iterations
        chosen = solved.chosen
        if solved.optimal:
            self.last_status = "optimal"
        else:
            if chosen is None or problem.value(greedy) > problem.value(chosen):
                chosen, self.last_status = greedy, "greedy"
            else:
                self.last_status = "limit"
            log.info("ilp: solver stopped at its limit (%d nodes); using the %s solution",
                     solved.nodes, self.last_status)
        if not chosen:  # nothing carries a concept (tiny input): the earliest that fits
            chosen = next(([j] for j in problem.candidates if problem.fits([j])), [])
        return sorted(chosen)
