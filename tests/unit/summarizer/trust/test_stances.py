"""Opposite stances and different names between reports of one claim (``trust.stances``),
on handmade report sets with known answers (``tests/data/trust``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp.load import parse
from summarizer.render import to_text
from summarizer.trust.align import claim_matches
from summarizer.trust.stances import name_clash, one_name, read, stance_clash

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


def brief_of(name: str):
    corpus = Corpus(load_documents(DATA / name))
    return summarize_corpus(corpus, "lead", "400w", embeddings=False)


def accounts(difference):
    return [(v.changed, [s.document for s in v.sources]) for v in difference.variants]


def test_two_names_for_the_place_of_one_claim_are_two_accounts():
    brief = brief_of("contradiction_name")
    names = [d for d in brief.differences if d.kind == "name"]
    assert [accounts(d) for d in names] == [[("Dover", ["a.txt", "b.txt"]), ("Denton", ["c.txt"])]]
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert len(disputed) == 1 and "Dover" in disputed[0].text
    assert disputed[0].support == ["a.txt", "b.txt"]  # c.txt names another place: not cited
    assert ('c.txt says "In an interview on Tuesday, Mayor Pruitt said he had misspoken about serving as a '
            'volunteer firefighter at the 2019 Denton town meeting.".') in to_text(brief)


def test_a_negated_claim_is_another_account_listed_once():
    brief = brief_of("contradiction_stance")
    assert [(d.kind, accounts(d)) for d in brief.differences] == [
        ("claim", [("not close", ["a.txt"]), ("close", ["b.txt"])])]
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert len(disputed) == 1 and disputed[0].support == ["a.txt"]
    assert to_text(brief).startswith('Reports differ: a.txt says "The carmaker will not close its assembly plant in '
                                     'Riverton next spring, a company spokeswoman said on Thursday."; '
                                     'b.txt says "The carmaker will close its assembly plant in Riverton next '
                                     'spring, union leaders said on Thursday.".')


def test_opposite_predicates_are_two_accounts():
    brief = brief_of("contradiction_antonym")
    assert [(d.kind, accounts(d)) for d in brief.differences] == [
        ("claim", [("supports", ["a.txt"]), ("opposes", ["b.txt"])])]
    assert [s.support for s in brief.sentences if s.disputed is not None] == [["a.txt"]]


def test_a_negated_opposite_agrees():
    brief = brief_of("agreement_negated")  # "accepted" / "did not reject"
    assert brief.differences == []
    assert brief.sentences[0].disputed is None and brief.sentences[0].support == ["a.txt", "b.txt"]


def clash(a: str, b: str):
    return stance_clash(read(parse(a)), read(parse(b)))


def test_stances_of_different_actors_are_not_compared():
    assert clash("The union accepted the offer on Friday.", "The company rejected the offer on Friday.") is None
    assert clash("The union accepted the offer on Friday.", "The union rejected the offer on Friday.") is not None


def test_leaving_for_a_place_is_going_there_not_the_opposite_of_arriving():
    assert clash("Kofi Annan left for Libya on Saturday for talks.", "Kofi Annan arrived in Libya on Saturday for talks.") is None
    assert clash("Kofi Annan left Libya on Saturday after talks.", "Kofi Annan arrived in Libya on Saturday for talks.") is not None


def test_a_place_inside_a_longer_name_is_no_slot():
    a = "The Information Center for Human Rights and Democratic Movement in Hong Kong said 200 dissidents signed."
    b = "The Information Center for Human Rights and Democratic Movement in China said many more are missing."
    assert name_clash(read(parse(a)), read(parse(b)), a, b) is None


def test_a_legislature_and_one_of_its_chambers_are_no_two_names():
    def names(a: str, b: str):
        return name_clash(read(parse(a)), read(parse(b)), a, b)

    whole = "Premier Romano Prodi lost a confidence vote in Parliament on Friday by one vote."
    assert names("Premier Romano Prodi lost a confidence vote in the Chamber of Deputies on Friday by one vote.",
                 whole) is None
    assert names("The spending bill was approved in the House of Representatives on Friday.",
                 "The spending bill was approved in the Senate on Friday.") is not None  # two chambers


def test_the_predicate_is_read_through_the_attribution():
    reading = read(parse("Officials said the carmaker will not close the plant."))
    assert [lemma for lemma, _, _ in reading.predicate] == ["close"] and reading.negated is not None
    assert read(parse("The vote was illegal, the judge said.")).lemmas() == {"illegal"}


def test_a_name_in_another_slot_or_another_writing_is_no_clash():
    def names(a, b):
        return name_clash(read(parse(a)), read(parse(b)), a, b)

    assert names("He spoke at a rally in Dover on Monday.", "He spoke at the Denton rally on Monday.") is not None
    assert names("He spoke at a rally in Dover on Monday.", "He flew to Denton after the rally on Monday.") is None
    assert names("He spoke at a rally in Dover on Monday.", "He spoke at a rally in Dover, Delaware.") is None


@pytest.mark.parametrize("a,b,same", [
    ("F.B.I.", "FBI", True), ("Muammar al-Qaddafi", "Moammar Gadhafi", True), ("then-FBI", "F.B.I", True),
    ("Wisconsin Republican Party", "Wisconsin GOP", True), ("Norfolk", "Norwalk", False),
    ("Dover", "Denton", False), ("Smith", "Jones", False),
])
def test_one_name_written_two_ways(a, b, same):
    assert one_name(a, b) is same


def uniform(texts):
    return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)


def test_a_contradicting_sentence_never_states_the_claim():
    corpus = Corpus(load_documents([
        "The carmaker will not close its assembly plant in Riverton next spring.",
        "The carmaker will close its assembly plant in Riverton next spring.",
    ]))
    assert claim_matches(corpus, 0, uniform) == {}


def test_a_word_qualified_by_several_names_is_no_one_slot():
    a = "The Ohio party chairman and the Texas party chairman spoke at the rally."
    b = "The Nevada party chairman spoke at the rally."
    assert name_clash(read(parse(a)), read(parse(b)), a, b) is None


def test_a_name_before_a_noun_and_after_to_are_two_slots():
    a = "The former U.S. ambassador will testify on Monday."
    b = "The former ambassador to Luxembourg will testify on Monday."
    assert name_clash(read(parse(a)), read(parse(b)), a, b) is None


def test_where_a_statement_was_made_is_no_slot_of_its_claim():
    a = "In Geneva, the envoy said the talks would resume next week."
    b = "At the United Nations, the envoy said the talks would resume next week."
    assert name_clash(read(parse(a)), read(parse(b)), a, b) is None


def test_a_name_the_other_sentence_gives_elsewhere_however_dotted_is_no_clash():
    a = "The senator spoke at the N.A.A.C.P. rally on Monday."
    b = "The senator spoke at the Denton rally, organised by the NAACP, on Monday."
    assert name_clash(read(parse(a)), read(parse(b)), a, b) is None
