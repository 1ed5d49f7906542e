"""One fact once, at selection: handmade report sets where two outlets word one fact
differently, with the brief every strategy must give (the fact once, and the words it
frees spent on another fact)."""

from __future__ import annotations

from itertools import combinations

import numpy as np

from summarizer.api import summarize_corpus
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.strategies import get_strategy
from summarizer.strategies.base import exclusions, outsupported
from summarizer.strategies.ilp import Problem, solve_greedy
from summarizer.text import NEAR_DUPLICATE_JACCARD, jaccard
from summarizer.trust import prepare, repeats
from summarizer.trust.align import CANDIDATE_JACCARD, PARAPHRASE_JACCARD

SEIZED = "Rebels seized the main airport near the capital after heavy fighting on Sunday."
FLED = "The president fled the country, aides said."
SHOPS = "Shops in the old city stayed closed as residents waited for news."
#: One fact in other words: Jaccard 0.5 with SEIZED, under the near-duplicate line (so the
#: word-level check lets both through) and over ``PARAPHRASE_JACCARD`` (one aligned fact).
TOOK = "Rebel fighters took control of the main airport near the capital on Sunday."
#: One fact in words the alignment does not join (few shared words): the claim rule does.
CAPTURED = "Insurgents captured the capital's airport on Sunday following fierce clashes with the army."


def brief_of(reports: list[str], strategy: str, length: str, embeddings: bool) -> list[tuple[str, list[str]]]:
    brief = summarize_corpus(Corpus(load_documents(reports)), strategy, length, embeddings=embeddings)
    return [(s.text, s.support) for s in brief.sentences]


def test_the_two_wordings_are_one_fact_and_not_near_duplicates():
    corpus = Corpus(load_documents([f"{SEIZED} {FLED}", f"{TOOK} {SHOPS}", f"{CAPTURED} {SHOPS}"]))
    seized, took, captured = (corpus.sentences[i].content for i in (0, 2, 4))
    assert PARAPHRASE_JACCARD <= jaccard(seized, took) < NEAR_DUPLICATE_JACCARD
    assert jaccard(seized, captured) < CANDIDATE_JACCARD


def test_greedy_tells_an_aligned_fact_once_and_fills_the_budget():
    """Lead takes each report's first sentence in turn: the second report's is the same
    fact, so the first report's second sentence takes its place (26 words hold two)."""
    assert brief_of([f"{SEIZED} {FLED}", f"{TOOK} {SHOPS}"], "lead", "26w", embeddings=False) == [
        (SEIZED, ["text-1", "text-2"]), (FLED, ["text-1"])]


def test_greedy_tells_a_claim_in_other_words_once():
    """Only the claim rule (with the encoder) joins CAPTURED to SEIZED."""
    reports = [f"{SEIZED} {FLED}", f"{CAPTURED} {SHOPS}"]
    assert brief_of(reports, "lead", "26w", embeddings=True) == [(SEIZED, ["text-1"]), (FLED, ["text-1"])]
    assert brief_of(reports, "mmr", "26w", embeddings=True) == [(SEIZED, ["text-1"]), (SHOPS, ["text-2"])]


def test_without_the_encoder_only_aligned_facts_repeat():
    corpus = Corpus(load_documents([f"{SEIZED} {FLED}", f"{CAPTURED} {SHOPS}"]))
    prepare(corpus, embeddings=False)
    assert not repeats(corpus).same(corpus, 0, 2)
    corpus = Corpus(load_documents([f"{SEIZED} {FLED}", f"{CAPTURED} {SHOPS}"]))
    prepare(corpus, embeddings=True)
    assert repeats(corpus).same(corpus, 0, 2) and not repeats(corpus).same(corpus, 1, 3)


#: Three reports: the airport in two wordings (and a long sentence, over the budget, that
#: makes the second wording's own words count), the president's flight in two.
THREE = [f"{SEIZED} The president fled the country by helicopter, aides said.",
         f"{TOOK} {SHOPS}",
         "Witnesses said rebel fighters took control of the airport road and the northern districts "
         "while government troops withdrew toward the coast, leaving checkpoints abandoned and supply "
         "lines cut for the first time since the war began years ago. Officials said the president "
         "fled the country by helicopter at dawn as the capital fell."]


def test_the_ilp_excludes_the_pair_and_tells_the_fact_once():
    corpus = Corpus(load_documents(THREE))
    prepare(corpus, embeddings=False)
    problem = get_strategy("ilp").problem(corpus, Budget.parse("26w"))
    assert [0, 2] in problem.groups
    assert brief_of(THREE, "ilp", "26w", embeddings=False) == [
        ("Rebel fighters took control of the main airport near the capital.", ["text-1", "text-2"]),
        ("Officials said the president fled the country by helicopter at dawn as the capital fell.",
         ["text-1", "text-3"])]


def test_a_sentence_inside_a_longer_one_is_excluded():
    corpus = Corpus(load_documents(["The storm killed 12 people in the coastal province on Monday, officials said.",
                                    "The storm killed 12 people. Roads were closed."]))
    short, long_ = corpus.sentences[1].content, corpus.sentences[0].content
    assert jaccard(short, long_) < NEAR_DUPLICATE_JACCARD
    prepare(corpus, embeddings=False)
    assert exclusions(corpus, [0, 1, 2]) == [[0, 1]]


def test_greedy_solver_respects_overlapping_exclusions():
    """Pairs share members (0-1 and 1-2): taking 1 closes both 0 and 2."""
    problem = Problem(candidates=[0, 1, 2], costs=[1, 1, 1], capacity=3,
                      concepts={0: [0], 1: [0, 1], 2: [2]}, weights=np.array([1.0, 5.0, 1.0]),
                      groups=[[0, 1], [1, 2]])
    assert solve_greedy(problem) == [1]
    problem.groups = [[0, 1]]
    assert solve_greedy(problem) == [1, 2]


def test_of_two_wordings_the_better_supported_one_stays():
    """Two reports print SEIZED (near-copies: one wording carried by two reports); a third
    says it in its own words, which the claim rule joins to it at ``REPEAT_CLAIM_SCORE``
    but does not cite (under ``CLAIM_SCORE``). That wording leaves the ILP's pool, and the
    brief tells the fact once, cited to both reports, beside another fact."""
    reports = [f"{SEIZED} {FLED}", f"{CAPTURED} {SHOPS}",
               f"{SEIZED[:-1]}, witnesses said. Prices of bread doubled in the markets of the old city."]
    corpus = Corpus(load_documents(reports))
    prepare(corpus, embeddings=True)
    pairs = exclusions(corpus, range(len(corpus.sentences)))
    assert pairs == [[0, 2], [2, 4]] and outsupported(corpus, pairs) == {2}
    assert brief_of(reports, "ilp", "26w", embeddings=True) == [
        ("Rebels seized the main airport near the capital after heavy fighting.", ["text-1", "text-3"]),
        (SHOPS, ["text-2"])]


#: One speaker, one day, two things said: the two sentences share most of their words (one
#: aligned fact) and read alike to the encoder, but neither states the other's main claim.
CONFERENCE = ("The United States and Russia are committed to a conference seeking a political end to the war "
              "in Syria, Secretary of State John Kerry said on Tuesday.")
DIFFERENCE = ("Secretary of State John Kerry said on Tuesday the United States and Russia agreed together they "
              "could make a difference in Syria.")


def test_two_things_one_speaker_said_are_two_claims():
    from summarizer.trust.align import same_claim, term_weights, weighted_overlap
    from summarizer.trust.repeats import REPEAT_CLAIM_SCORE

    reports = [f"{CONFERENCE} Kerry met the Russian foreign minister in Brunei.",
               f"{DIFFERENCE} Oil prices rose in Asian markets."]
    corpus = Corpus(load_documents(reports))
    prepare(corpus, embeddings=True)
    found = repeats(corpus)
    conference, difference = corpus.sentences[0], corpus.sentences[2]
    assert found.alignment.fact_of[0] == found.alignment.fact_of[2]  # aligned by shared words
    cosine = float(np.dot(*found.embed([conference.text, difference.text])))
    shared = conference.content & difference.content
    assert same_claim(cosine, len(shared), weighted_overlap(conference.content, difference.content,
                                                            term_weights(corpus)), score=REPEAT_CLAIM_SCORE)
    # neither states the other's main claim: not a repeat, and the brief cites neither
    # report for the other's sentence
    assert not found.same(corpus, 0, 2) and exclusions(corpus, [0, 2]) == []
    brief = summarize_corpus(corpus, "lead", "60w", embeddings=True)
    assert [(s.text, s.support) for s in brief.sentences][:2] == [(CONFERENCE, ["text-1"]), (DIFFERENCE, ["text-2"])]


def test_among_embeds_the_main_claim_tests_ahead_and_joins_the_pairs_same_joins(monkeypatch):
    """``among`` embeds the clauses the main-claim tests of its pairs compare in batches
    before ``same`` runs them (none is left for ``support._restating`` to embed), and joins
    exactly the pairs a relation without that warm-up joins."""
    import traceback

    from summarizer.generation.embeddings import Embedder, get_embedder
    from summarizer.trust.repeats import Repeats

    reports = [f"{CONFERENCE} Kerry met the Russian foreign minister in Brunei.",
               f"{DIFFERENCE} Oil prices rose in Asian markets.",
               f"{SEIZED} {FLED}", f"{CAPTURED} {SHOPS}", f"{TOOK} Prices of bread doubled in the old city."]
    corpus = Corpus(load_documents(reports))
    prepare(corpus, embeddings=True)
    found = repeats(corpus)
    monkeypatch.setattr(get_embedder(), "cache", {})  # every text is encoded anew here
    callers: list[set[str]] = []
    encode = Embedder._encode

    def recording(self, texts):
        callers.append({frame.name for frame in traceback.extract_stack()})
        return encode(self, texts)
    monkeypatch.setattr(Embedder, "_encode", recording)
    ids = range(len(corpus.sentences))
    pairs = found.among(corpus, ids)
    assert any("_warm" in names for names in callers)  # main-claim tests were batched ahead
    assert not any("_restating" in names for names in callers)
    assert len(callers) <= 3  # the sentences, then the first and the second test of each pair
    unwarmed = Repeats(found.alignment, found.embed)
    assert pairs == [(a, b) for a, b in combinations(sorted(ids), 2) if unwarmed.same(corpus, a, b)]
    assert (4, 6) in pairs and (4, 8) in pairs  # the airport's three wordings tell one fact
