"""Events: which reports describe the same happening.

Reports of one story can cover several events (talks in Moscow in May, a meeting in Brunei
in July). Reports are clustered bottom-up, the most similar pair first, where similarity is
the facts two reports share plus the places they say things happened in. Two clusters are
kept apart only on positive evidence that they are different events: each has a home place
the other never names as a scene, or their datelines are days apart. Without such evidence
everything is one event, so a single story is never cut into pieces. Where and when each
report places its event is read by ``summarizer.trust.places``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from summarizer.trust.align import Alignment
from summarizer.corpus import Corpus
from summarizer.trust.places import LEAD_SENTENCES, EventDate, dateline_places, parse_date, parse_leads, scenes

__all__ = ["Event", "EventDate", "LEAD_SENTENCES", "dateline_places", "event_of_fact", "find_events",
           "parse_date", "scenes"]

#: Datelines further apart than this many days belong to different events; closer ones may
#: be one event reported on successive days.
EVENT_DAY_GAP = 3
#: A place is an event's home when more than this share of its reports name it as a scene
#: (a lone report's places are all its home; two reports must both name it).
HOME_SHARE = 0.5
#: Clusters whose reports share at least this share of facts (average over report pairs,
#: relative to the smaller report) are one event, whatever their places: they tell the
#: same things.
SAME_EVENT_FACTS = 0.2
#: Weight of place overlap against fact overlap in report similarity: facts are the stronger
#: evidence (a shared sentence is one story), places only break ties and bridge reports that
#: share no sentence.
PLACE_WEIGHT = 0.5


@dataclass
class Event:
    """Reports that describe one happening, with where and when when it can be told."""

    id: int
    documents: tuple[int, ...]
    place: str | None = None
    date: EventDate | None = None

    @property
    def label(self) -> str:
        parts = [p for p in (self.place, str(self.date) if self.date else None) if p]
        return ", ".join(parts) or f"Event {self.id + 1}"


# --- similarity and clustering ------------------------------------------------------------


@dataclass
class _Evidence:
    """What the clustering knows about each report."""

    facts: list[set[int]]
    places: list[set[str]]  # every scene the report names
    leads: list[list[str]]  # scenes of its lead sentences, in order
    filed: list[list[str]]  # places of its dateline
    dates: list[EventDate | None]
    weight: dict[str, float]  # place -> idf: a place every report names tells nothing


def _evidence(corpus: Corpus, alignment: Alignment) -> _Evidence:
    count = len(corpus.documents)
    facts: list[set[int]] = [set() for _ in range(count)]
    for fact in alignment.facts:
        for doc in fact.documents:
            facts[doc].add(fact.id)
    parse_leads(corpus)
    found = [scenes(corpus, doc) for doc in range(count)]
    places = [{p for _, p in mentions} for mentions in found]
    leads = [list(dict.fromkeys(p for i, p in mentions if 0 <= i < LEAD_SENTENCES)) for mentions in found]
    filed = [list(dict.fromkeys(p for i, p in mentions if i < 0)) for mentions in found]
    frequency = Counter(p for named in places for p in named)
    weight = {p: math.log(count / n) for p, n in frequency.items()}
    return _Evidence(facts, places, leads, filed, [parse_date(d.date) for d in corpus.documents], weight)


def _similarities(evidence: _Evidence) -> tuple[np.ndarray, np.ndarray]:
    """Two report-by-report matrices: shared facts relative to the smaller report, and that
    plus ``PLACE_WEIGHT`` times the idf-weighted Jaccard of their scenes. Computed as sparse
    products, so a pair costs nothing unless the reports share a fact or a place."""
    from scipy import sparse

    count = len(evidence.facts)
    facts = _incidence([sorted(f) for f in evidence.facts], count)
    sizes = np.array([len(f) for f in evidence.facts], dtype=np.float64)
    shared = (facts @ facts.T).toarray() / np.maximum(1.0, np.minimum.outer(sizes, sizes))
    names = sorted(evidence.weight)
    column = {p: n for n, p in enumerate(names)}
    places = _incidence([[column[p] for p in sorted(named)] for named in evidence.places], count,
                        len(names), np.array([evidence.weight[p] for p in names]))
    common = (places @ sparse.csr_matrix(places.T > 0, dtype=np.float64)).toarray()
    totals = np.asarray(places.sum(axis=1)).ravel()
    union = np.add.outer(totals, totals) - common
    overlap = np.divide(common, union, out=np.zeros_like(common), where=union > 0)
    return shared + PLACE_WEIGHT * overlap, shared


def _incidence(rows: list[list[int]], count: int, width: int | None = None,
               weights: np.ndarray | None = None):
    """A sparse (count x width) matrix with a 1 (or the column's weight) at each listed column."""
    from scipy import sparse

    columns = [c for row in rows for c in row]
    width = width if width is not None else (max(columns) + 1 if columns else 0)
    values = np.ones(len(columns)) if weights is None else weights[np.array(columns, dtype=np.int64)]
    pointers = np.cumsum([0] + [len(row) for row in rows])
    return sparse.csr_matrix((values, np.array(columns, dtype=np.int64), pointers), shape=(count, width))


def _home(evidence: _Evidence, cluster: Sequence[int], informative: bool = True,
          datelines: bool = False) -> set[str]:
    """Places that more than HOME_SHARE of the cluster's reports name in their lead (and,
    with ``datelines``, their dateline): where the cluster's event happens. ``informative``
    leaves out places every report names, which cannot tell events apart."""
    counts = Counter(p for doc in cluster
                     for p in _lead_places(evidence, doc, datelines)
                     if evidence.weight[p] > 0 or not informative)
    return {p for p, n in counts.items() if n > HOME_SHARE * len(cluster)}


def _lead_places(evidence: _Evidence, doc: int, datelines: bool) -> list[str]:
    if not datelines:
        return evidence.leads[doc]
    return list(dict.fromkeys(evidence.filed[doc] + evidence.leads[doc]))


def _named(evidence: _Evidence, cluster: Sequence[int]) -> set[str]:
    return set().union(*(evidence.places[doc] for doc in cluster))


def _dates(evidence: _Evidence, cluster: Sequence[int]) -> list[EventDate]:
    return [d for d in (evidence.dates[doc] for doc in cluster) if d]


class _Clusters:
    """Clusters of reports, each known by its first report, with the sums of report
    similarities between every two clusters (average linkage = sum / (size x size)),
    updated in place when two clusters merge, and what each cluster says about itself."""

    def __init__(self, evidence: _Evidence) -> None:
        self.evidence = evidence
        self.similarity, self.shared = _similarities(evidence)
        count = len(evidence.facts)
        self.members = {doc: [doc] for doc in range(count)}
        self.sizes = np.ones(count)
        self._profile: dict[int, tuple[set[str], set[str], set[EventDate]]] = {}

    def linkage(self, a: int) -> np.ndarray:
        """Average similarity of cluster ``a`` to every cluster (by first report)."""
        return self.similarity[a] / (self.sizes[a] * self.sizes)

    def profile(self, a: int) -> tuple[set[str], set[str], set[EventDate]]:
        """Home places, named places and dates of cluster ``a`` (cached until it merges)."""
        if a not in self._profile:
            members = self.members[a]
            self._profile[a] = (_home(self.evidence, members), _named(self.evidence, members),
                                set(_dates(self.evidence, members)))
        return self._profile[a]

    def distinct(self, a: int, b: int) -> bool:
        """Positive evidence of two events: datelines days apart; or few shared facts and
        home places that the other cluster never names as a scene (both ways)."""
        home_a, named_a, dates_a = self.profile(a)
        home_b, named_b, dates_b = self.profile(b)
        if any(x.days_from(y) > EVENT_DAY_GAP for x in dates_a for y in dates_b):
            return True
        if self.shared[a, b] / (self.sizes[a] * self.sizes[b]) >= SAME_EVENT_FACTS:
            return False
        return bool(home_a and home_b and not home_a & named_b and not home_b & named_a)

    def merge(self, a: int, b: int) -> None:
        """Cluster ``b`` joins ``a`` (a < b): sums of b's rows and columns move to a's."""
        for matrix in (self.similarity, self.shared):
            matrix[a] += matrix[b]
            matrix[:, a] += matrix[:, b]
        self.members[a] = sorted(self.members[a] + self.members.pop(b))
        self.sizes[a] += self.sizes[b]
        self._profile.pop(a, None)
        self._profile.pop(b, None)


def _cluster(evidence: _Evidence, count: int) -> list[list[int]]:
    """Average-linkage clustering that merges every pair of clusters it may (best first;
    ties: the pair whose clusters' first reports come first), stopping only where every
    remaining pair is distinct. ``score`` holds each live pair's linkage, minus infinity
    for dead clusters and pairs found distinct (until one of them changes)."""
    if not count:
        return []
    clusters = _Clusters(evidence)
    score = _Scores(count)
    for a in range(count):
        score.matrix[a, a + 1:] = clusters.linkage(a)[a + 1:]
    score.refresh(np.arange(count))
    alive = np.ones(count, dtype=bool)
    while True:
        a, b = score.best()
        if score.matrix[a, b] == -np.inf:
            break
        if clusters.distinct(a, b):
            score.matrix[a, b] = -np.inf
            score.refresh(np.array([a]))
            continue
        clusters.merge(a, b)
        alive[b] = False
        score.matrix[b, :] = score.matrix[:, b] = -np.inf
        row = clusters.linkage(a)
        before = np.flatnonzero(alive[:a])
        after = a + 1 + np.flatnonzero(alive[a + 1:])
        score.matrix[before, a] = row[before]
        score.matrix[a, after] = row[after]
        score.changed(a, b, before)
    return [clusters.members[a] for a in sorted(clusters.members)]


class _Scores:
    """The pair scores (row: the first cluster, column: the second), with each row's best
    score and its first column, so finding the best pair reads one value per row instead
    of the whole matrix: clustering stays about quadratic in the reports, not cubic."""

    def __init__(self, count: int) -> None:
        self.matrix = np.full((count, count), -np.inf)
        self.top = np.full(count, -np.inf)
        self.at = np.zeros(count, dtype=np.int64)

    def best(self) -> tuple[int, int]:
        """The first pair of the best score in reading order (row-major), as ``np.argmax``
        over the whole matrix would find it."""
        a = int(np.argmax(self.top))
        return a, int(self.at[a])

    def refresh(self, rows: np.ndarray) -> None:
        if len(rows):
            self.at[rows] = self.matrix[rows].argmax(axis=1)
            self.top[rows] = self.matrix[rows, self.at[rows]]

    def changed(self, a: int, b: int, before: np.ndarray) -> None:
        """After cluster ``b`` joined ``a``: row and column b are gone, row a and the column
        a of the rows ``before`` it are new. Only rows whose best moved are read again."""
        lost = np.flatnonzero((self.at == a) | (self.at == b))
        gained = before[self.matrix[before, a] >= self.top[before]]
        self.refresh(np.unique(np.concatenate([[a, b], lost, gained]).astype(np.int64)))


# --- events -------------------------------------------------------------------------------


def _place_of(corpus: Corpus, evidence: _Evidence, cluster: Sequence[int]) -> str | None:
    """The home place that names the event: the one most of its reports lead with, then a
    dateline's place, then the one named first (places named later are often earlier
    events recalled)."""
    home = _home(evidence, cluster, informative=False, datelines=True)
    if not home:
        return None
    orders = [_lead_places(evidence, doc, datelines=True) for doc in cluster]
    reports = Counter(p for order in orders for p in order if p in home)
    datelines = {p for doc in cluster for p in evidence.filed[doc]}

    def rank(place: str) -> float:
        return sum(o.index(place) if place in o else len(o) for o in orders) / len(orders)

    return max(sorted(home), key=lambda p: (reports[p], p in datelines, -rank(p)))


def _earliest(evidence: _Evidence, cluster: Sequence[int]) -> EventDate | None:
    dates = _dates(evidence, cluster)
    return min(dates, key=EventDate.key) if dates else None


def find_events(corpus: Corpus, alignment: Alignment) -> list[Event]:
    """The events the reports describe, ordered by date (undated events last, in order of
    their first report); one event when nothing tells them apart."""
    evidence = _evidence(corpus, alignment)
    clusters = _cluster(evidence, len(corpus.documents))
    dated = [(c, _earliest(evidence, c)) for c in clusters]
    dated.sort(key=lambda item: (item[1] is None, item[1].key() if item[1] else (0, 0, 0), item[0][0]))
    return [
        Event(n, tuple(cluster), _place_of(corpus, evidence, cluster), when)
        for n, (cluster, when) in enumerate(dated)
    ]


def event_of_fact(events: Sequence[Event], documents: Sequence[int], own: int) -> int:
    """The event a fact belongs to: the one most of its reports belong to; on a tie, the
    event of the report the brief quotes (``own``)."""
    of_doc = {doc: event.id for event in events for doc in event.documents}
    votes = Counter(of_doc[doc] for doc in documents)
    best = max(votes.values())
    tied = [e for e, n in votes.items() if n == best]
    return of_doc[own] if of_doc[own] in tied else min(tied)
