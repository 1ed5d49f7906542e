"""nlp.offices: an office written with no name ("the governor") does not say whom it means
when the story has two holders of it (invented governors and a vice president)."""

from summarizer.corpus import Corpus
from summarizer.nlp import dependence, offices
from summarizer.nlp.load import parse


TWO_GOVERNORS = ["Tulane Gov. Ellen Marsh signed the water compact on Monday.",
                 "Governor Tom Reddick of Marana refused to sign it.",
                 "Lt. Gov. Ann Voss and Vice President Ray Dalton praised the compact.",
                 "Former Gov. Paul Quint called it a mistake."]
BARE_ROLE = "The governor and legislative leaders say the compact will take effect in May."


def test_the_holders_of_an_office_are_the_names_written_with_its_title():
    assert offices.holders_in(TWO_GOVERNORS) == {"governor": frozenset({"Marsh", "Reddick"})}
    assert offices.holders_in(["The governor spoke on Monday."]) == {}


def test_an_office_with_two_holders_says_whom_it_means_only_after_one_is_named():
    holders = offices.holders_in(TWO_GOVERNORS)
    doc = parse(BARE_ROLE)
    assert offices.ambiguous_role(doc, holders).text == "governor"  # no brief sentence names one
    assert offices.ambiguous_role(doc, holders, [parse("Gov. Ellen Marsh met the lawmakers on Monday.")]) is None
    both = [parse("Gov. Ellen Marsh met the lawmakers on Monday."), parse("Reddick stayed away.")]
    assert offices.ambiguous_role(doc, holders, both).text == "governor"  # the brief names two
    one = {"governor": frozenset({"Marsh"})}
    assert offices.ambiguous_role(doc, one) is None  # one governor in the story: it fixes the office
    assert offices.ambiguous_role(parse("The governor of Marana refused to sign the compact."), holders) is None


def test_the_outside_reference_test_reads_the_reports_holders_when_given():
    holders = offices.holders_in(TWO_GOVERNORS)
    doc = parse(BARE_ROLE)
    assert not dependence.opens_with_reference(doc)
    assert dependence.opens_with_reference(doc, holders)
    assert dependence.outside_reference(doc, [], holders).text == "governor"
    assert dependence.outside_reference(doc, [parse("Gov. Ellen Marsh met the lawmakers on Monday.")], holders) is None


def test_the_story_holders_are_those_two_reports_name_and_the_sentence_may_name_its_own():
    from summarizer.ingest import Document

    reports = ["Tulane Gov. Ellen Marsh signed the water compact on Monday. Gov. Tom Reddick refused.",
               "Gov. Ellen Marsh and Gov. Tom Reddick met on Monday. Former Gov. Paul Quint stayed away.",
               "Gov. Ellen Marsh signed it. Years ago Gov. Ray Dalton signed an older compact."]
    corpus = Corpus([Document(id=f"{k}.txt", path=None, paragraphs=(text,), language="en")
                     for k, text in enumerate(reports)])
    holders = offices.holders_of(corpus)
    assert holders == {"governor": frozenset({"Marsh", "Reddick"})}  # Dalton: one report's history
    own = parse("Gov. Ellen Marsh has defended the compact ever since the governor signed it.")
    assert offices.ambiguous_role(own, holders) is None
    assert offices.ambiguous_role(parse(BARE_ROLE), {"governor": frozenset({"Marsh", "Dalton"})}) is not None


def test_only_a_sentence_writing_an_office_as_a_common_noun_needs_the_holders():
    assert offices.mentions_office(parse(BARE_ROLE))
    assert offices.mentions_office(parse("Lawmakers met the president on Monday."))
    assert not offices.mentions_office(parse("Gov. Ellen Marsh signed the water compact on Monday."))
    assert not offices.mentions_office(parse("The compact takes effect in May."))
