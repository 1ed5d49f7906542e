"""selection.context: where a sentence stands in its report, from the text alone."""

from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.selection.context import context


def _context(*paragraphs: str):
    corpus = Corpus([Document("r", None, paragraphs)])
    return corpus, context(corpus)


def test_a_quotation_opened_earlier_in_its_paragraph_holds_the_later_sentences():
    corpus, where = _context('"We will rebuild. It will take years. Nobody doubts it," the mayor said. The river fell.')
    assert [s.text.split()[0] for s in corpus.sentences] == ['"We', "It", "Nobody", "The"]
    assert where.inside_quote == (False, True, True, False)


def test_bulleted_items_after_a_colon_are_listed_and_a_bullet_elsewhere_is_not():
    _, where = _context("The campaign circulated its response points:", "-He served six years in the reserves.",
                        "-He never claimed otherwise.", "The senator did not respond.")
    assert where.inside_quote == (False, True, True, False)
    _, plain = _context("The campaign met on Tuesday.", "-He served six years in the reserves.")
    assert plain.inside_quote == (False, False)


def test_a_sentence_after_indirect_speech_closed_by_its_speaker():
    _, where = _context("The storm would pass by Friday, the forecaster said. It did not.")
    assert where.after_speech == (False, True)


def test_an_interviews_questions_and_answers_are_the_interviews_words_from_the_first_question():
    corpus, where = _context("Analysts doubt the merger. Q. Earlier this month the Energy Department said prices "
                             "would stay soft. Why are you skeptical about the deal?",
                             "A. Well, Mobil has been trying to get bigger. They had talks with Amoco.",
                             "Q. What comes next? A. Consolidation. The shares rose.")
    outside = [s.text for s, inside in zip(corpus.sentences, where.inside_quote) if not inside]
    assert outside == ["Analysts doubt the merger."]
    # no question marker in the report: an "A." opening a sentence is an initial
    _, plain = _context("A. Smith, the mayor, opened the bridge. The river fell.")
    assert plain.inside_quote == (False, False)
