"""Near-duplicate pairing: the blocked (prefix-filtered) search finds exactly the pairs a
comparison of all pairs finds, so corpus groups, and therefore selection, do not change."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.corpus import Corpus, near_duplicate_pairs
from summarizer.ingest import load_documents
from summarizer.text import jaccard


def all_pairs(sets, threshold):
    return [(i, j) for i, j in combinations(range(len(sets)), 2)
            if (sets[i] or sets[j]) and jaccard(sets[i], sets[j]) >= threshold]


_SETS = st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=8), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_SETS, st.sampled_from([0.25, 0.4, 0.5, 0.6, 0.75, 1.0]))
def test_blocked_pairs_equal_all_pairs(sets, threshold):
    assert sorted(near_duplicate_pairs(sets, threshold)) == all_pairs(sets, threshold)


def test_thresholds_on_exact_fractions_keep_their_pairs():
    # Jaccard exactly 0.6 (3 of 5) and exactly 0.25 (1 of 4): float rounding must not drop them
    three_of_five = [frozenset("abcd"), frozenset("abce")]
    assert list(near_duplicate_pairs(three_of_five, 0.6)) == [(0, 1)]
    one_of_four = [frozenset("abc"), frozenset("ade"), frozenset("fgh")]  # 1 shared of 5, then none
    assert list(near_duplicate_pairs(one_of_four, 0.2)) == [(0, 1)]
    assert list(near_duplicate_pairs(one_of_four, 0.25)) == []


def test_sample_groups_equal_those_of_all_pairs(seeds_dir):
    corpus = Corpus(load_documents(seeds_dir))
    sets = [s.content for s in corpus.sentences]
    for threshold in (0.25, 0.4, 0.6):
        assert sorted(near_duplicate_pairs(sets, threshold)) == all_pairs(sets, threshold)
    assert any(len(ids) > 1 for ids in corpus.groups.values())  # the sample has shared sentences


def test_duc_cluster_groups_equal_those_of_all_pairs(duc2004):
    for cluster in sorted((duc2004 / "clusters").iterdir())[:3]:
        corpus = Corpus(load_documents(cluster / "docs"))
        sets = [s.content for s in corpus.sentences]
        for threshold in (0.25, 0.6):
            assert sorted(near_duplicate_pairs(sets, threshold)) == all_pairs(sets, threshold)


def _reports_with_copies(seed: int, count: int = 10) -> list[str]:
    """Reports drawn from a pool of sentences, some of them one word apart (near-duplicates),
    each sentence printed by several reports (copies)."""
    import random

    rng = random.Random(seed)
    subjects = ["The minister", "Rescue teams", "The army", "Local officials", "Witnesses"]
    actions = ["reached the flooded village", "said the bridge had collapsed overnight",
               "counted the damaged houses near the river", "asked for more boats and tents"]
    times = ["on Monday", "on Monday morning", "before dawn", "late on Sunday"]
    pool = [f"{rng.choice(subjects)} {rng.choice(actions)} {rng.choice(times)}." for _ in range(30)]
    return [" ".join(rng.sample(pool, 7)) + f" This is report number {n}." for n in range(count)]


def _groups_of_all_pairs(corpus: Corpus, threshold: float) -> list[int]:
    root = list(range(len(corpus.sentences)))

    def find(i):
        while root[i] != i:
            i = root[i]
        return i

    for i, j in all_pairs([s.content for s in corpus.sentences], threshold):
        a, b = find(i), find(j)
        root[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(corpus.sentences))]


def test_copies_are_grouped_as_pairing_every_sentence_would():
    from summarizer.text import NEAR_DUPLICATE_JACCARD

    for seed in range(4):
        corpus = Corpus(load_documents(_reports_with_copies(seed)))
        assert any(len({corpus.sentences[i].doc for i in ids}) > 1 for ids in corpus.copies)
        assert corpus.group_of == _groups_of_all_pairs(corpus, NEAR_DUPLICATE_JACCARD)
        assert any(len({corpus.sentences[i].text for i in ids}) > 1 for ids in corpus.groups.values())
        assert sorted(i for ids in corpus.copies for i in ids) == list(range(len(corpus.sentences)))


def test_sentences_of_a_report_are_its_own_in_order():
    corpus = Corpus(load_documents(_reports_with_copies(0, count=4)))
    for doc in range(len(corpus.documents)):
        assert corpus.sentences_of(doc) == [s for s in corpus.sentences if s.doc == doc]
    assert sum(len(corpus.sentences_of(d)) for d in range(len(corpus.documents))) == len(corpus.sentences)


def test_reports_using_gives_each_stem_the_reports_whose_sentences_use_it():
    from summarizer.text import stem

    corpus = Corpus(load_documents(["The line was unscripted. The storm hit the coast.",
                                    "The storm killed two people on the coast."]))
    assert corpus.reports_using[stem("storm")] == frozenset({0, 1})
    assert corpus.reports_using[stem("line")] == frozenset({0})
    assert stem("people") in corpus.reports_using and corpus.reports_using[stem("people")] == frozenset({1})
