"""trust.dates: the dates a sentence gives, each tied to the word it dates, and other days
for one happening across reports (handmade set tests/data/trust/date_clash)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp.load import parse
from summarizer.trust.align import align
from summarizer.trust.claims import contradicted_by
from summarizer.trust.dates import date_differences, datings

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


@pytest.mark.parametrize("text, expected", [
    ("The senator apologized Friday for the remarks, her office said.", [("friday", "on", "apologize")]),
    ("On Saturday, the senator apologized for the remarks.", [("saturday", "on", "apologize")]),
    ("The candidates will meet in a debate on Tuesday in Harlow.", [("tuesday", "on", "debate")]),
    ("The Thursday night debate in Harlow will be the last one.", [("thursday", "on", "debate")]),
    ("The vote was held on March 3 in the capital.", [("3 3", "on", "hold")]),
    ("The bill must be signed by Friday, June 5, officials said.", [("friday", "by", "sign")]),
    # a saying verb dates no happening: statements are repeated on many days
    ("Rice said Tuesday on television that it was destructive.", []),
])
def test_datings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(d.value, d.relation, d.governor) for d in datings(parse(text))] == expected


def differences(name: str):
    corpus = Corpus(load_documents(DATA / name))
    found = date_differences(corpus, align(corpus, embeddings=False), range(len(corpus.documents)))
    return [(d.kind, [(v.changed, [(s.document, s.sentence) for s in v.sources]) for v in d.variants])
            for d in found], found


def test_other_days_for_one_happening_are_claims_and_each_account_keeps_its_source() -> None:
    """a.txt and b.txt date the apology and the debate differently; c.txt's "said
    Wednesday", "announced Tuesday", "campaigned Monday" and "meet ... on Friday" date other
    happenings (a saying verb, another subject, another word dated)."""
    listed, found = differences("date_clash")
    assert listed == [("claim", [("Friday", [("a.txt", 0)]), ("Saturday", [("b.txt", 0)])]),
                      ("claim", [("Tuesday", [("a.txt", 2)]), ("Thursday", [("b.txt", 2)])])]
    assert all(d.conflicting for d in found)
    assert contradicted_by(found, "a.txt", 0) == {"b.txt"}
    assert contradicted_by(found, "b.txt", 2) == {"a.txt"}
    assert contradicted_by(found, "c.txt", 0) == set()


def _corpus(*reports: str) -> Corpus:
    from summarizer.ingest import Document

    return Corpus([Document(id=f"{k}.txt", path=None, paragraphs=(text,), language="en")
                   for k, text in enumerate(reports)])


APOLOGY = "Governor Ellen Marsh apologized {} for the remarks she made at a fundraiser in Tulane County."


def test_a_report_giving_both_days_differs_from_no_one() -> None:
    corpus = _corpus(APOLOGY.format("Friday"), APOLOGY.format("Saturday"))
    assert len(date_differences(corpus, align(corpus, embeddings=False), [0, 1])) == 1
    corpus = _corpus(APOLOGY.format("Friday"), APOLOGY.format("Saturday")[:-1] + " after she first apologized Friday.")
    assert date_differences(corpus, align(corpus, embeddings=False), [0, 1]) == []


RALLY = "{} marched {} with the farm workers through the streets of Tulane County."


def test_different_subjects_are_different_happenings() -> None:
    corpus = _corpus(RALLY.format("Governor Ellen Marsh", "Friday"), RALLY.format("Governor Ellen Marsh", "Saturday"))
    assert len(date_differences(corpus, align(corpus, embeddings=False), [0, 1])) == 1
    corpus = _corpus(RALLY.format("Governor Ellen Marsh", "Friday"), RALLY.format("Senator Tom Reddick", "Saturday"))
    assert date_differences(corpus, align(corpus, embeddings=False), [0, 1]) == []


def test_a_support_verb_dates_what_it_does_and_another_verb_its_own_act() -> None:
    """"issued an apology Saturday" dates the apology; "requested his arrest Monday" dates
    the request, not the arrest."""
    apology = _corpus(APOLOGY.format("Friday"),
                      "On Saturday, Governor Ellen Marsh issued an apology for the remarks she made at a fundraiser "
                      "in Tulane County.")
    assert len(date_differences(apology, align(apology, embeddings=False), [0, 1])) == 1
    arrest = _corpus("The former general Oskar Lind was arrested Friday in London at the request of a Swiss judge.",
                     "On Monday, the Swiss judge requested the arrest of the former general Oskar Lind in London.")
    assert date_differences(arrest, align(arrest, embeddings=False), [0, 1]) == []
    arrested = _corpus(
        "The former general Oskar Lind was arrested Friday in London at the request of a Swiss judge.",
        "On Monday, the former general Oskar Lind was arrested in London at the request of a Swiss judge.")
    assert len(date_differences(arrested, align(arrested, embeddings=False), [0, 1])) == 1


def test_one_actor_named_by_office_and_by_name_clashes_on_two_days() -> None:
    """"The governor" / "Governor Ellen Marsh" share a word: one actor, two days, a claim."""
    corpus = _corpus("The governor signed the budget bill into law on Tuesday after weeks of talks.",
                     "Governor Ellen Marsh signed the budget bill into law Thursday after weeks of talks.")
    found = date_differences(corpus, align(corpus, embeddings=False), [0, 1])
    assert [[v.changed for v in d.variants] for d in found] == [["Tuesday", "Thursday"]]


def test_a_possessive_weekday_dates_its_noun() -> None:
    assert [(d.value, d.governor) for d in datings(parse("Tuesday's shooting left three workers dead."))] == [
        ("tuesday", "shooting")]


BILL = "The budget bill {} by the state Senate of Marana on {} after weeks of talks with the unions."


def test_main_verbs_of_one_aligned_fact_date_one_happening() -> None:
    """"passed" / "was approved": other verbs, one subject, one fact: the days clash. The same
    verbs about another subject, or in sentences of two facts, do not."""
    corpus = _corpus(BILL.format("was passed", "Tuesday"), BILL.format("was approved", "Thursday"))
    found = date_differences(corpus, align(corpus, embeddings=False), [0, 1])
    assert [[v.changed for v in d.variants] for d in found] == [["Tuesday", "Thursday"]]
    other = _corpus(BILL.format("was passed", "Tuesday"),
                    BILL.replace("The budget bill", "The pension plan").format("was approved", "Thursday"))
    assert date_differences(other, align(other, embeddings=False), [0, 1]) == []


def test_a_shared_modifier_does_not_make_one_subject() -> None:
    """"Chechen police" / "Chechen security forces" searching on two days: two subjects."""
    from summarizer.trust.dates import actor, one_actor

    police = actor(parse("Chechen police were searching Wednesday for the bodies.")[1])
    forces = actor(parse("Chechen security forces were searching Friday for the bodies.")[2])
    assert not one_actor(police, forces)
    office = actor(parse("The governor signed the bill.")[1])
    named = actor(parse("Governor Marsh signed the bill.")[1])
    assert one_actor(office, named)
