"""Incompatible accounts ("claim"), loaded wording between aligned facts, and which reports
contradict a sentence, on handmade report sets with known answers."""

from pathlib import Path

from summarizer.trust.align import align
from summarizer.corpus import Corpus
from summarizer.trust.differences import contradicted_by, find_differences
from summarizer.ingest import load_documents

DATA = Path(__file__).parent / "data" / "trust"


def differences(name: str):
    corpus = Corpus(load_documents(DATA / name))
    found = find_differences(corpus, align(corpus, embeddings=False), [(0, range(len(corpus.documents)))])
    return [(d.kind, [(v.changed, [(s.document, s.sentence) for s in v.sources]) for v in d.variants])
            for d in found], found


def test_a_later_death_toll_is_a_claim_and_phrasing_is_no_difference():
    listed, found = differences("contradiction_count")
    assert listed == [("claim", [("Three", [("a.txt", 0), ("b.txt", 0)]), ("fourth", [("c.txt", 0)])])]
    assert contradicted_by(found, "a.txt", 0) == {"c.txt"}
    assert contradicted_by(found, "c.txt", 0) == {"a.txt", "b.txt"}
    assert contradicted_by(found, "a.txt", 1) == set()


def test_opposite_outcomes_are_a_claim():
    listed, found = differences("contradiction_outcome")
    assert listed == [("claim", [("peacefully", [("a.txt", 1)]), ("clashed", [("b.txt", 1)])])]
    assert contradicted_by(found, "b.txt", 1) == {"a.txt"}


def test_loaded_wording_between_aligned_sentences():
    listed, _ = differences("loaded")
    assert listed == [("wording", [("illegal immigrants", [("a.txt", 0)]),
                                   ("undocumented immigrants", [("b.txt", 0)])])]


def test_a_different_number_is_listed_once():
    listed, _ = differences("number")
    assert [kind for kind, _ in listed] == ["number"]


# --- blocking finds what comparing every pair finds ---------------------------------------

import itertools  # noqa: E402

from summarizer.trust import claims, quantities as quantity_module  # noqa: E402
from summarizer.trust.variants import ALIGNED_RATIO, ratio, related  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ALL_SETS = [SEEDS] + sorted(p for p in DATA.iterdir() if p.is_dir())


def every_quantity_pair(corpus, alignment, mentions):
    """Every pair of sentences compared, as ``_quantity_pairs`` once did."""
    by_sentence = {}
    for index, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence, []).append(index)
    for first, second in itertools.combinations(sorted(by_sentence), 2):
        if corpus.sentences[first].doc == corpus.sentences[second].doc:
            continue
        if alignment.fact_of[first] == alignment.fact_of[second]:
            aligned = ratio(corpus.sentences[first], corpus.sentences[second]) >= ALIGNED_RATIO
            yield from quantity_module._match_in_fact(by_sentence[first], by_sentence[second], mentions, aligned)
        else:
            yield from ((i, j) for i in by_sentence[first] for j in by_sentence[second]
                        if quantity_module._same_elsewhere(mentions[i], mentions[j]))


def test_blocked_quantity_pairs_are_every_pair_of_one_quantity():
    compared = 0
    for path in ALL_SETS:
        corpus = Corpus(load_documents(path))
        alignment = align(corpus, embeddings=False)
        mentions = [q for s in corpus.sentences for q in quantity_module.quantities(s)]
        blocked = sorted(quantity_module._quantity_pairs(corpus, alignment, mentions))
        assert blocked == sorted(every_quantity_pair(corpus, alignment, mentions)), path.name
        compared += len(blocked)
    assert compared > 0  # the sets do pair some numbers


def about_one_thing_every_word(corpus, alignment, a, b, ignore):
    """``claims._about_one_thing`` comparing every word with every word."""
    if alignment.fact_of[a] == alignment.fact_of[b]:
        return True
    left = [w for w in corpus.sentences[a].content if w not in ignore]
    right = [w for w in corpus.sentences[b].content if w not in ignore]
    shared = sum(1 for w in left if any(w == o or related(w, o) for o in right))
    union = len(left) + len(right) - shared
    return shared >= claims.ABOUT_ONE_THING_WORDS and union > 0 and shared / union >= claims.CANDIDATE_JACCARD


def test_bucketed_word_matching_is_every_word_matching():
    corpus = Corpus(load_documents(SEEDS))
    alignment = align(corpus, embeddings=False)
    sentences = corpus.sentences
    answers = set()
    for a, b in itertools.combinations(range(len(sentences)), 2):
        ignore = set(sorted(sentences[a].content)[:1])
        expected = about_one_thing_every_word(corpus, alignment, a, b, ignore)
        assert claims._about_one_thing(corpus, alignment, a, b, ignore) == expected, (a, b)
        answers.add(expected)
    assert answers == {True, False}
