"""summarizer.trust.descriptions: "the" + a noun the story never introduces points back; the
story's own subject (its headlines and leads) stands alone. Invented reports."""

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp.load import parse
from summarizer.trust.descriptions import story_stems, unintroduced_thing

A = ("Harbor Storm Kills Nine in Arvena\n\n"
     "A storm killed nine people in the harbor town of Arvena on Monday. "
     "Mayor Ann Lee declared an emergency on Tuesday. "
     "Lee called the storm the worst in a century. "
     "The line drew applause from the crowd at the town hall. "
     "The storm destroyed 200 homes along the coast. "
     "The declaration frees state money for repairs. "
     "The release of the figures came late on Tuesday. "
     "The county fire chief said the roads were closed.\n")
B = ("Arvena Counts Its Dead\n\n"
     "Rescue teams searched the harbor of Arvena for survivors on Tuesday. "
     "The project will take two years, officials said.\n")


def _corpus() -> Corpus:
    return Corpus(load_documents([A, B]))


def _head(c: Corpus, start: str) -> str | None:
    i = next(s.id for s in c.sentences if s.text.startswith(start))
    head = unintroduced_thing(c, i, parse(c.sentences[i].text, entities=False))
    return None if head is None else head.text


@pytest.mark.parametrize("start, head", [
    ("The line", "line"),  # a line someone said in a sentence the brief leaves out
    ("The project", "project"),
    # the story's own subject, in its headline or lead ("declared" / "declaration")
    ("The storm", None),
    ("The declaration", None),
    # a description that says which: a prepositional phrase, a role compound
    ("The release", None),
    ("The county fire chief", None),
])
def test_the_and_a_noun_the_story_never_introduces_points_back(start, head):
    assert _head(_corpus(), start) == head


def test_story_stems_are_the_headlines_and_the_other_lead_sentences():
    c = _corpus()
    assert {"storm", "harbor", "arvena", "declar", "rescu"} <= story_stems(c)
    lead = next(s.id for s in c.sentences if s.text.startswith("Rescue teams"))
    assert "rescu" not in story_stems(c, lead) and "rescu" in story_stems(c, lead + 1)


def test_a_thing_half_of_the_other_reports_name_is_the_storys_own():
    c = Corpus(load_documents([
        "Talks Resume\n\nDelegates met in Arvena on Monday. Officials said the talks went well. "
        "The conflict has drawn in three neighbours.\n",
        "Arvena Talks\n\nDelegates gathered on Monday. The conflict began in May.\n",
        "Arvena\n\nThe delegates arrived on Monday. They left on Tuesday.\n"]))
    assert _head(c, "The conflict has drawn") is None  # one of the two other reports names it
    alone = Corpus(load_documents([
        "Talks Resume\n\nDelegates met in Arvena on Monday. Officials said the talks went well. "
        "The conflict has drawn in three neighbours.\n",
        "Arvena Talks\n\nDelegates gathered on Monday. The weather was fine.\n",
        "Arvena\n\nThe delegates arrived on Monday. They left on Tuesday.\n"]))
    assert _head(alone, "The conflict has drawn") == "conflict"
