"""trust.place_claims: one happening placed in two places by two reports of one aligned
fact is a claim, unless both places may be right (invented governor and towns)."""

from __future__ import annotations

from summarizer.corpus import Corpus


SIGNING = "Governor Ellen Marsh signed the water bill at a ceremony in {} on Friday, surrounded by farmers."


def _placed(*reports: str) -> list[list[str]]:
    from summarizer.ingest import Document
    from summarizer.trust.align import align
    from summarizer.trust.place_claims import place_differences

    corpus = Corpus([Document(id=f"{k}.txt", path=None, paragraphs=(text,), language="en")
                     for k, text in enumerate(reports)])
    found = place_differences(corpus, align(corpus, embeddings=False), range(len(reports)))
    assert all(d.kind == "claim" and d.conflicting for d in found)
    return [[v.changed for v in d.variants] for d in found]


def test_one_happening_in_two_places_is_a_claim():
    assert _placed(SIGNING.format("Tulane"), SIGNING.format("Harlow")) == [["Tulane", "Harlow"]]


def test_places_that_can_both_be_right_are_no_difference():
    assert _placed(SIGNING.format("Tulane"), SIGNING.format("Tulane")) == []
    # a report that names the other's place may say where it is
    assert _placed(SIGNING.format("Tulane"), SIGNING.format("Harlow") + " Farmers came from Tulane.") == []
    # a report of the event writes one place with the other: one is inside the other
    assert _placed(SIGNING.format("Harlow"), SIGNING.format("Marana"), "Harlow, Marana, is a farm town.") == []
    # another subject: two happenings
    other = SIGNING.replace("Governor Ellen Marsh", "Senator Tom Reddick")
    assert _placed(SIGNING.format("Tulane"), other.format("Harlow")) == []


def test_a_saying_verb_places_no_happening():
    said = "Governor Ellen Marsh said in {} on Friday that the water bill would pass the Senate."
    assert _placed(said.format("Tulane"), said.format("Harlow")) == []


def test_a_place_in_a_sentence_without_a_verb_has_no_actor():
    from summarizer.nlp.load import parse
    from summarizer.trust.place_claims import placings

    assert [(p[0], p[1], p[5]) for p in placings(parse("The ceremony in Tulane on Friday."))] == [
        ("Tulane", "ceremony", frozenset())]

