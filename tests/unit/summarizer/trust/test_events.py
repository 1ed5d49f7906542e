"""Event clustering with cached linkage sums gives the clusters of the plain definition:
average linkage recomputed from report pairs, every non-distinct pair considered each round."""

from __future__ import annotations

import random

from summarizer.trust import events
from summarizer.trust.align import align
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents


def _shared(evidence, a, b):
    fa, fb = evidence.facts[a], evidence.facts[b]
    return len(fa & fb) / max(1, min(len(fa), len(fb)))


def _similarity(evidence, a, b):
    w = evidence.weight
    union = sum(w[p] for p in evidence.places[a] | evidence.places[b])
    places = sum(w[p] for p in evidence.places[a] & evidence.places[b]) / union if union else 0.0
    return _shared(evidence, a, b) + events.PLACE_WEIGHT * places


def _linkage(evidence, a, b, measure):
    return sum(measure(evidence, x, y) for x in a for y in b) / (len(a) * len(b))


def _distinct(evidence, a, b):
    if any(x.days_from(y) > events.EVENT_DAY_GAP
           for x in events._dates(evidence, a) for y in events._dates(evidence, b)):
        return True
    if _linkage(evidence, a, b, _shared) >= events.SAME_EVENT_FACTS:
        return False
    home_a, home_b = events._home(evidence, a), events._home(evidence, b)
    return bool(home_a and home_b and not home_a & events._named(evidence, b)
                and not home_b & events._named(evidence, a))


def reference_clusters(evidence, count):
    clusters = [[doc] for doc in range(count)]
    while len(clusters) > 1:
        pairs = [(i, j) for i in range(len(clusters)) for j in range(i + 1, len(clusters))
                 if not _distinct(evidence, clusters[i], clusters[j])]
        if not pairs:
            break
        i, j = max(pairs, key=lambda p: (_linkage(evidence, clusters[p[0]], clusters[p[1]], _similarity),
                                         -p[0], -p[1]))
        clusters[i] = sorted(clusters[i] + clusters[j])
        del clusters[j]
    return clusters


def _check(corpus):
    evidence = events._evidence(corpus, align(corpus, embeddings=False))
    found = events._cluster(evidence, len(corpus.documents))
    assert found == reference_clusters(evidence, len(corpus.documents))
    return found


def test_sample_clusters_equal_the_reference(seeds_dir):
    assert len(_check(Corpus(load_documents(seeds_dir)))) == 2  # Brunei and Moscow


def test_dated_reports_days_apart_stay_apart():
    reports = [f"Date: 2013-07-0{day}\n\nThe ministers met in Brunei to discuss the dispute over the islands."
               for day in (1, 2)] + ["Date: 2013-07-20\n\nThe ministers met in Brunei to discuss the dispute."]
    corpus = Corpus(load_documents(reports))
    clusters = _check(corpus)
    assert len(clusters) >= 1 and all(len(set(c)) == len(c) for c in clusters)


def test_mixed_duc_clusters_equal_the_reference(duc2004):
    names = sorted((duc2004 / "clusters").iterdir())
    rng = random.Random(7)
    for _ in range(4):
        docs = [str(p) for cluster in rng.sample(names, 3)
                for p in sorted((cluster / "docs").iterdir())[:rng.randint(2, 5)]]
        _check(Corpus(load_documents(docs)))


def test_a_dateline_alone_does_not_split_a_story():
    # Two reports lead with Utah; the third names no scene in its lead, only a dateline.
    # Nothing but the dateline tells them apart, and a dateline is where a report was filed.
    utah = ["The president flew to Utah on Monday after defending his former adviser.",
            "The president arrived in Utah on Monday to announce a land decision, a day after "
            "his remarks about the adviser."]
    filed = ("WASHINGTON -- The adviser's lawyers asked a judge for more time on Monday. "
             "Prosecutors declined to comment on the request.")
    corpus = Corpus(load_documents(utah + [filed]))
    assert events.dateline_places(corpus.documents[2].place) == ["Washington"]
    assert _check(corpus) == [[0, 1, 2]]
    (event,) = events.find_events(corpus, align(corpus, embeddings=False))
    assert event.place == "Utah"


def test_lead_places_are_places_not_organisations():
    corpus = Corpus(load_documents([
        "Lois Lerner worked at the Internal Revenue Service before the hearing began.\n\n"
        "She met the committee at the Capitol in Washington on Wednesday.",
        "Kerry spoke in Brunei after meeting Lavrov on the sidelines of the summit.",
    ]))
    assert [p for _, p in events.scenes(corpus, 0)] == ["Capitol", "Washington"]
    assert [p for _, p in events.scenes(corpus, 1)] == ["Brunei"]
