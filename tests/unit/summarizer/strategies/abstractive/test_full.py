"""summarizer/strategies/abstractive/full.py: ``abstractive-full``'s packing of the selected
sentences into the model's window, the reduce step, and the guard on each written sentence
(the tiny random Llama of tests/tiny_models.py where a model is needed)."""

from __future__ import annotations

import pytest
from tiny_models import CORPUS, build_tiny_llama

from summarizer.brief import Brief, BriefSentence, Source
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.generation.models import TextModel
from summarizer.ingest import Document
from summarizer.strategies.abstractive.full import (AbstractiveFull, _closest, _fits, _left_out_warning, _pack,
                                                    _provenance)

KERRY = BriefSentence("Kerry met Lavrov in Geneva on Monday.", [Source("r0.txt", 0)], 0)
TALKS = BriefSentence("The talks will resume in August.", [Source("r1.txt", 2), Source("r2.txt", 1)], 5)
T = " ".join(CORPUS)  # 265 tokens of the tiny tokenizer
T2 = f"{T} {T}"


@pytest.fixture(scope="module")
def strategy(tmp_path_factory: pytest.TempPathFactory) -> AbstractiveFull:
    folder = build_tiny_llama(tmp_path_factory.mktemp("full") / "llama")
    return AbstractiveFull(model=str(folder), base="lead", threads=1, max_new_tokens=8)


@pytest.fixture(scope="module")
def model(strategy: AbstractiveFull) -> TextModel:
    return strategy.text_model()


def brief(length: str = "100w") -> Brief:
    return Brief("abstractive-full", Budget.parse(length), [], [])


# --------------------------------------------------------------------------- the guard


def test_closest_is_the_selected_sentence_sharing_most_content_words() -> None:
    assert _closest([KERRY, TALKS], "Kerry and Lavrov met.") == 0
    assert _closest([KERRY, TALKS], "Talks resume in August, Kerry said.") == 1  # 3 of 4 stems vs 1 of 8
    assert _closest([KERRY, TALKS], "Bananas are yellow.") is None
    assert _closest([], "Kerry and Lavrov met.") is None


def test_provenance_cites_every_selected_sentence_that_contributes_a_word() -> None:
    fused = "Kerry met Lavrov in Geneva and the talks will resume in August."
    assert _provenance([KERRY, TALKS], 0, fused) == [Source("r0.txt", 0), Source("r1.txt", 2), Source("r2.txt", 1)]
    assert _provenance([KERRY, TALKS], 0, "Kerry met Lavrov.") == [Source("r0.txt", 0)]
    assert _provenance([TALKS, KERRY], 1, fused) == [Source("r0.txt", 0), Source("r1.txt", 2), Source("r2.txt", 1)]


def test_each_written_sentence_is_guarded_against_the_selection(strategy: AbstractiveFull) -> None:
    written = ["Kerry met Lavrov in Geneva.",  # a faithful rewrite
               "Bananas are yellow.",  # shares nothing: dropped and counted
               "Kerry met Lavrov in Geneva on Monday.",  # a copy of a sentence already used
               "The talks will resume in 40 cities."]  # an invented number: the source instead
    out, unrelated = strategy._guarded([KERRY, TALKS], written, Budget.parse("100w"))
    assert unrelated == 1
    assert [(s.text, s.rewritten, s.guard, s.sentence_id) for s in out] == [
        ("Kerry met Lavrov in Geneva.", True, None, 0),
        ("The talks will resume in August.", False, "unsupported number: 40", 5)]
    assert out[1].sources == TALKS.sources and out[1].sources is not TALKS.sources


def test_a_verbatim_copy_is_no_rewrite_and_overflow_is_dropped(strategy: AbstractiveFull) -> None:
    copy = strategy._guarded_one([KERRY.text], [KERRY], 0, "Kerry  met Lavrov in Geneva on Monday.")
    assert (copy.text, copy.rewritten, copy.guard) == (KERRY.text, False, None)
    written = ["The talks will resume in August.", "Kerry met Lavrov in Geneva on Monday."]
    out, _ = strategy._guarded([KERRY, TALKS], written, Budget.parse("10w"))  # 6 + 7 words
    assert [s.text for s in out] == ["The talks will resume in August."]
    out, _ = strategy._guarded([KERRY, TALKS], ["Kerry met Lavrov in Geneva.", "Kerry met Lavrov on Monday."],
                               Budget.parse("100w"))
    assert [s.text for s in out] == ["Kerry met Lavrov in Geneva."]  # the second says the same


# --------------------------------------------------------------------------- the model's window


def test_pack_groups_consecutive_texts_that_fit_and_leaves_out_what_cannot(model: TextModel) -> None:
    assert model.context_tokens == 1024 - 8 and model.count_tokens(T) == 265
    texts = [T, T, T2, " ".join([T] * 5), T]
    # T T fit (531 tokens + the template), T T T2 do not; T*5 cannot fit alone and is left
    # out, never cut; the last T joins T2 (797 tokens)
    assert _pack(model, texts, lambda text: text) == ([[0, 1], [2, 4]], [3])
    assert _fits(model, f"{T2} {T}") and not _fits(model, f"{T2} {T2}")


def test_the_prompt_wraps_the_text_for_a_causal_model(strategy: AbstractiveFull, model: TextModel) -> None:
    prompt = strategy._prompt_for(model, 50)("Kerry met Lavrov.")
    assert prompt == AbstractiveFull.PROMPT.format(words=50, text="Kerry met Lavrov.")
    assert prompt.startswith("Summarize the following news sentences in 50 words or fewer.")


def test_reduce_summarizes_the_drafts_together(strategy: AbstractiveFull, model: TextModel) -> None:
    notes = brief()
    assert strategy._reduce(model, [], 100, notes) == ""
    assert strategy._reduce(model, ["One draft."], 100, notes) == "One draft."
    drafts = ["Kerry met Lavrov.", "The talks will resume."]
    expected = model.generate(AbstractiveFull.PROMPT.format(words=100, text=" ".join(drafts)))
    assert strategy._reduce(model, drafts, 100, notes) == expected
    assert notes.warnings == []


def test_reduce_joins_drafts_that_cannot_share_a_window(strategy: AbstractiveFull, model: TextModel) -> None:
    notes = brief()
    assert strategy._reduce(model, [T2, T2], 100, notes) == f"{T2} {T2}"
    assert notes.warnings == ["abstractive-full: 2 partial summaries did not fit the model's context "
                              "together; they were joined as written"]


def test_left_out_sentences_are_named_by_their_place(model: TextModel) -> None:
    corpus = Corpus([Document("r0.txt", None, ("Kerry met Lavrov. The talks went on for nine long hours in "
                                                "the old city hall of Geneva.",))])
    long = BriefSentence(corpus.sentences[1].text, [Source("r0.txt", 1)], 1)
    loose = BriefSentence("A line of no report.", [], None)
    assert _left_out_warning(corpus, model, [long, loose]) == (
        f"abstractive-full: 2 selected sentence(s) longer than {model.name}'s context (1016 tokens) "
        'were left out of the model\'s input: r0.txt sentence 1 ("The talks went on for nine long hours...");'
        ' unknown source ("A line of no report....")')
