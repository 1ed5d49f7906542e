"""An office written with no name ("The governor and legislative leaders say ...") is an
outside reference when the story has two holders of it (``nlp.offices``), and the office a
story fixes when it has one; invented reports."""

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.selection.candidates import refusal

OFFICE = "The governor and legislative leaders say the budget deal will be signed next week."


def _verdict(reports: list[str]) -> str | None:
    corpus = Corpus(load_documents(reports))
    return refusal(corpus, next(s.id for s in corpus.sentences if s.text == OFFICE))


def test_the_governor_of_a_story_with_two_governors_is_an_outside_reference():
    reports = [
        "Gov. Ellen Marsh of Arvena signed the water compact on Monday with Gov. Tom Reddick of Belmar.\n\n" + OFFICE,
        "Gov. Tom Reddick said the compact would protect farms, and Gov. Ellen Marsh praised the deal.",
        "The compact signed by Gov. Ellen Marsh and Gov. Tom Reddick ends a ten-year dispute over the river.",
    ]
    assert _verdict(reports) == "reference"


def test_the_governor_of_a_story_with_one_governor_stands():
    reports = [
        "Gov. Ellen Marsh of Arvena signed the water compact on Monday at the state capitol.\n\n" + OFFICE,
        "Gov. Ellen Marsh said the compact would protect farms along the river for decades.",
        "The compact signed by Gov. Ellen Marsh ends a ten-year dispute over the river's water.",
    ]
    assert _verdict(reports) is None
