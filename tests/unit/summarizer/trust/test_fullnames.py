"""summarizer.trust.fullnames: where another report of the set gives a person's full name
(invented reports)."""

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.trust.fullnames import _first_and_surnames, elsewhere_with


def _corpus() -> Corpus:
    return Corpus(load_documents([
        "The president toured a plant on Monday. Mr. Obama said the economy was improving.",
        "President Barack Obama visited a car factory in Toledo on Monday. The president spoke for an hour. "
        "Barack Obama later flew to Detroit. Obama met workers there. Barack Obama left on Tuesday.",
        "The Obama administration said exports grew. President Obama praised the workers."]))


def test_pairs_overlap_and_drop_the_possessive():
    assert _first_and_surnames("President Barack Obama's plan and Michael J. Morell") == {
        ("President", "Barack"), ("Barack", "Obama"), ("Michael", "Morell")}


def test_other_reports_first_sentences_with_a_first_name_before_the_surname():
    c = _corpus()
    mr_obama = next(s.id for s in c.sentences if s.text.startswith("Mr. Obama"))
    # the second report's first two sentences that write "Barack Obama"; the third report
    # writes only "The Obama administration" and "President Obama" (the set writes "the
    # president" in lower case: "President" is no first name)
    assert elsewhere_with(c, mr_obama, "Obama") == [
        "President Barack Obama visited a car factory in Toledo on Monday.",
        "Barack Obama later flew to Detroit."]
    own = next(s.id for s in c.sentences if s.text.startswith("Obama met"))
    assert elsewhere_with(c, own, "Obama") == []
    assert elsewhere_with(c, mr_obama, "Morell") == []


def test_a_surname_two_first_names_precede_is_ambiguous():
    from summarizer.ingest import Document
    from summarizer.trust.fullnames import ambiguous

    def corpus(*texts: str) -> Corpus:
        return Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])

    both = corpus("Hillary Clinton spoke in Iowa.", "The pact President Bill Clinton signed was cited.")
    assert ambiguous(both, "Clinton") and not ambiguous(both, "Iowa")
    # "President" is no first name: the set writes "the president"
    one = corpus("Hillary Clinton spoke in Iowa.", "President Clinton met the president of Chile.")
    assert not ambiguous(one, "Clinton")
    # a family name written first, as in Chinese: "Wang" is any of three people
    family = corpus("Wang Youcai was jailed in 1989.", "Dr. Wang Bingzhang is an adviser to the party.",
                    "Wang Dan lives in exile.")
    assert ambiguous(family, "Wang") and not ambiguous(corpus("Wang Youcai was jailed.", "Wang spoke."), "Wang")
