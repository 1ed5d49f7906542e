"""Incompatible accounts ("claim"), loaded wording between aligned facts, and which reports
contradict a sentence, on handmade report sets with known answers."""

from pathlib import Path

from summarizer.align import align
from summarizer.corpus import Corpus
from summarizer.differences import contradicted_by, find_differences
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
