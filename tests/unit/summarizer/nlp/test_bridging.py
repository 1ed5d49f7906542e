"""A definite description opening a sentence, of something only its own report talks about."""

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp import bridging
from summarizer.nlp.load import parse
from summarizer.selection.candidates import refusal


def test_one_reports_thing_is_the_opening_description_no_other_report_uses():
    doc = parse("The line was an unscripted addition to the speech.")
    assert bridging.one_reports_thing(doc, lambda word: False).text == "line"
    assert bridging.one_reports_thing(doc, lambda word: word == "line") is None  # the story's word


def test_descriptions_that_name_or_introduce_their_thing_stand_alone():
    nobody_else = lambda word: False  # noqa: E731
    for text in ["The White House said the line was an addition.",  # a name
                 "The line that Bloomberg added was unscripted.",  # a clause introduces it
                 "Bloomberg's line was an unscripted addition.",  # no "the"
                 "The Senate passed the bill on a party-line vote."]:  # an institution the story fixes
        assert bridging.one_reports_thing(parse(text), nobody_else) is None, text


#: Two reports of one invented speech: the first writes of "the line" and "the cordiality"
#: it introduced a sentence before; both write of the speech and the convention.
REPORTS = [
    "Former Mayor Ray Dalton endorsed Ellen Marsh at the convention in Arvena on Wednesday. "
    "Dalton said the country needed a sane and competent person in the White House. "
    "The line was an unscripted addition to the speech that Dalton gave at the convention. "
    "The cordiality dissipated quickly after the delegates cast the first convention vote. "
    "The speech drew the loudest applause of the convention from the delegates in Arvena.",
    "Ray Dalton endorsed Ellen Marsh in a speech at the party convention in Arvena. "
    "The speech praised Marsh as a manager who balanced the Arvena budget twice.",
]


def test_the_candidate_policy_refuses_one_reports_thread_and_keeps_the_storys():
    corpus = Corpus(load_documents(REPORTS))
    refused = {s.text[:16]: refusal(corpus, s.id) for s in corpus.sentences}
    assert refused["The line was an "] == "reference"
    assert refused["The cordiality d"] == "reference"
    assert refused["The speech drew "] is None  # the other report writes of the speech too
    assert refused["The speech prais"] is None
    alone = Corpus(load_documents(REPORTS[:1]))  # one report tells nothing of what is the story's
    assert refusal(alone, 2) is None
