"""``summarizer.brief``: the Brief, reading order, sources, and ``build_brief``'s two checks."""

from __future__ import annotations

import json

import pytest

from summarizer.brief import (Brief, BriefEvent, BriefSentence, Source, brief_sentence, build_brief, reading_order,
                              sources_of)
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import Document

BUDGET_LINE = "The council approved the city budget on Monday after a long debate."


@pytest.fixture
def corpus() -> Corpus:
    """Sentence ids: a.txt 0 (= b.txt's 4), 1, 2; b.txt 3, 4 (a copy of 0)."""
    a = Document("a.txt", None, (f"{BUDGET_LINE} Schools get more money under the plan. "
                                 "The mayor praised the vote.",))
    b = Document("b.txt", None, (f"Residents protested outside the hall on Sunday night. {BUDGET_LINE}",))
    return Corpus([a, b])


def test_reading_order_is_by_mean_position_over_the_copies(corpus):
    # 3 leads b.txt (0.0); 0 is a.txt's lead but b.txt's second of two: (0 + 0.5) / 2 = 0.25
    assert reading_order(corpus, [2, 1, 0, 3]) == [3, 0, 1, 2]


def test_reading_order_ties_go_by_report_then_sentence_number():
    docs = [Document(name, None, (f"The {word} opened a new bridge over the river on Friday. "
                                  f"Traffic on the {word} road was light.",))
            for name, word in (("x.txt", "town"), ("y.txt", "county"))]
    corpus = Corpus(docs)
    assert [(s.doc, s.position) for s in corpus.sentences] == [(0, 0.0), (0, 0.5), (1, 0.0), (1, 0.5)]
    assert reading_order(corpus, [3, 2, 1, 0]) == [0, 2, 1, 3]


def test_sources_are_every_copy_and_support_names_each_report_once(corpus):
    assert sources_of(corpus, 4) == [Source("a.txt", 0), Source("b.txt", 1)]
    sentence = BriefSentence("x", [Source("b.txt", 1), Source("a.txt", 0), Source("b.txt", 3)])
    assert sentence.support == ["b.txt", "a.txt"]
    assert Source("a.txt", 2).to_dict() == {"document": "a.txt", "sentence": 2}


def test_build_brief_orders_the_selection_and_keeps_sources(corpus):
    brief = build_brief(corpus, [1, 3, 0], "lead", Budget.parse("40w"))
    assert [s.sentence_id for s in brief.sentences] == [3, 0, 1]
    assert brief.text == ("Residents protested outside the hall on Sunday night. "
                          f"{BUDGET_LINE} Schools get more money under the plan.")
    assert str(brief) == brief.text
    assert brief.sentences[1].sources == [Source("a.txt", 0), Source("b.txt", 1)]
    assert (brief.strategy, brief.length, brief.documents) == ("lead", Budget(40, "words"), corpus.documents)
    assert brief.warnings == [] and brief.events == [] and brief.differences == []


def test_build_brief_prints_the_strategys_wording(corpus):
    brief = build_brief(corpus, [2], "trimmed", Budget.parse("1s"), lambda i: f"<{i}>")
    assert brief.text == "<2>"


def test_build_brief_records_the_rewrites_behind_the_printed_words():
    from pathlib import Path

    from summarizer.ingest import load_documents
    from summarizer.selection.printing import printed_text

    data = Path(__file__).resolve().parents[2] / "data" / "trust" / "references"
    c = Corpus(load_documents(data))  # a.txt 0-2, b.txt 3-5; 2 opens "The other, Dana Whitfield,"
    printed = build_brief(c, [0, 2], "lead", Budget.parse("100w"), lambda i: printed_text(c, i))
    assert [(s.text, [r.to_dict() for r in s.rewrites]) for s in printed.sentences] == [
        (c.sentences[0].text, []),
        ("Dana Whitfield pleaded guilty to a lesser charge of visa fraud on Wednesday.",
         [{"kind": "reference", "from": "The other", "to": "Dana Whitfield"}])]
    own = build_brief(c, [0, 2], "own", Budget.parse("100w"))  # the report's words: nothing rewritten
    assert [s.rewrites for s in own.sentences] == [[], []]
    # one sentence at a time (an abstractive refill adds sentences after the brief is built)
    assert brief_sentence(c, 2, printed_text(c, 2)) == printed.sentences[1]
    assert brief_sentence(c, 2, "Dana Whitfield pleaded guilty.").rewrites == []


def test_build_brief_refuses_two_near_duplicates(corpus):
    with pytest.raises(AssertionError, match="selected two near-duplicate sentences"):
        build_brief(corpus, [0, 4], "bad", Budget.parse("100w"))


def test_build_brief_refuses_a_selection_over_budget(corpus):
    # 12 + 7 words is over 18, with the wording (not the report's text) counted
    with pytest.raises(AssertionError, match="exceeded the budget 18w"):
        build_brief(corpus, [0, 1], "bad", Budget.parse("18w"))
    assert build_brief(corpus, [0, 1], "ok", Budget.parse("19w")).text.count(" ") == 18
    with pytest.raises(AssertionError, match="exceeded"):
        build_brief(corpus, [2], "bad", Budget.parse("3w"), lambda i: "one two three four")


def test_an_empty_selection_says_the_budget_is_too_small(corpus):
    with pytest.raises(InputError, match="the length budget 2w is smaller than any sentence"):
        build_brief(corpus, [], "lead", Budget.parse("2w"))


def test_the_brief_serialises_to_json_and_markdown(corpus):
    brief = build_brief(corpus, [3, 0], "lead", Budget.parse("40w"))
    data = json.loads(brief.to_json())
    assert data == brief.to_dict()
    assert json.loads(brief.to_json(indent=None)) == data
    assert brief.to_json(indent=None).count("\n") == 0
    assert BUDGET_LINE in brief.to_markdown()


def test_an_event_serialises_with_copies_of_its_lists():
    event = BriefEvent(1, "Brunei, July 2", "Brunei", "2013-07-02", ["a.txt"], [0, 2])
    data = event.to_dict()
    assert data == {"id": 1, "label": "Brunei, July 2", "place": "Brunei", "date": "2013-07-02",
                    "documents": ["a.txt"], "sentences": [0, 2]}
    data["documents"].append("b.txt")
    assert event.documents == ["a.txt"]


def test_a_brief_made_directly_has_empty_trust_fields():
    brief = Brief("lead", Budget(5, "sentences"), [BriefSentence("A.", []), BriefSentence("B.", [])], [])
    assert brief.text == "A. B." and brief.headline is None and brief.warnings == []
