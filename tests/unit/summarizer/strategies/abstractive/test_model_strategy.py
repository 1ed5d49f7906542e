"""summarizer/strategies/abstractive/model_strategy.py: the base strategy, the generation
settings, the model loaded on first use, and the reading order both strategies share."""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_process import modules_after
from tiny_models import build_tiny_llama

from summarizer.brief import BriefSentence, Source, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.generation.models import GenerationSettings
from summarizer.ingest import Document
from summarizer.strategies import get_strategy
from summarizer.strategies.abstractive.model_strategy import (DEFAULT_SETTINGS, ModelStrategy, _base_strategy,
                                                              generation_settings, in_reading_order, same_text)

REPORTS = [
    "The storm hit the coast of Maine on Tuesday. Two fishermen died at sea. The harbour was closed.",
    "Schools stayed open in Portland. The storm hit the coast of Maine on Tuesday.",
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(REPORTS)])


# --------------------------------------------------------------------------- settings


def test_settings_are_the_shipped_file_with_options_written_over_it(tmp_path: Path) -> None:
    assert DEFAULT_SETTINGS.is_file()
    assert generation_settings() == GenerationSettings.from_toml(DEFAULT_SETTINGS)
    changed = generation_settings(threads=1, num_beams=3, seed=None)  # None keeps the file's value
    assert (changed.threads, changed.num_beams, changed.seed) == (1, 3, generation_settings().seed)
    custom = tmp_path / "gen.toml"
    custom.write_text("[generation]\nmax_new_tokens = 12\nseed = 5\n")
    assert generation_settings(custom) == GenerationSettings(max_new_tokens=12, seed=5)
    assert generation_settings(str(custom), seed=9).seed == 9


@pytest.mark.parametrize(("path", "options", "message"), [
    (None, {"beams": 2, "colour": 1}, r"unknown generation option\(s\): beams, colour \(known: do_sample, "),
    (None, {"num_beams": 0}, "num_beams must be >= 1"),
    ("missing.toml", {}, "generation settings file not found: .*missing.toml"),
])
def test_bad_settings_are_input_errors(tmp_path: Path, path: str | None, options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        generation_settings(tmp_path / path if path else None, **options)


def test_a_bad_settings_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "gen.toml"
    bad.write_text("[generation]\nnum_beam = 2\n")
    with pytest.raises(InputError, match="unknown generation setting"):
        generation_settings(bad)


# --------------------------------------------------------------------------- the base strategy


def test_the_base_must_be_extractive() -> None:
    assert _base_strategy("lead").name == "lead"
    with pytest.raises(InputError, match="must be extractive, not 'abstractive-full'"):
        _base_strategy("abstractive-full")


def test_selection_wording_and_rules_are_the_base_strategys(corpus: Corpus) -> None:
    strategy = ModelStrategy(base="lead")
    lead = get_strategy("lead")
    budget = Budget.parse("20w")
    assert strategy.select(corpus, budget) == lead.select(corpus, budget)
    assert strategy.rules == lead.rules
    assert [strategy.wording(corpus, s.id) for s in corpus.sentences] == \
        [lead.wording(corpus, s.id) for s in corpus.sentences]
    assert strategy.settings == generation_settings() and strategy.model_name is None


def test_making_a_strategy_imports_no_model_library() -> None:
    loaded = modules_after("from summarizer.strategies.abstractive.model_strategy import ModelStrategy\n"
                           "ModelStrategy(base='lead', threads=1)")
    assert not loaded & {"torch", "transformers"}


def test_the_model_is_loaded_on_first_use_and_once(tmp_path: Path) -> None:
    folder = str(build_tiny_llama(tmp_path / "llama"))
    strategy = ModelStrategy(model=folder, base="lead", threads=1, max_new_tokens=5)
    assert strategy._model is None
    model = strategy.text_model()
    assert strategy.text_model() is model
    assert model.name == folder and not model.is_seq2seq
    assert model.settings.max_new_tokens == 5 and model.settings.threads == 1


# --------------------------------------------------------------------------- helpers


def test_same_text_ignores_spacing_and_quote_styles() -> None:
    assert same_text("Kerry  said \u201cno\u201d.", 'Kerry said "no".')
    assert same_text(" a\tb ", "a b")
    assert not same_text("Kerry said no.", "Kerry said no")
    assert not same_text("Kerry said no.", "kerry said no.")


def test_reading_order_follows_the_reports_and_puts_unsourced_sentences_last(corpus: Corpus) -> None:
    def item(sentence_id: int | None) -> BriefSentence:
        if sentence_id is None:
            return BriefSentence("A line of no report.", [Source("x", 0)], None)
        return BriefSentence(corpus.sentences[sentence_id].text, sources_of(corpus, sentence_id), sentence_id)

    lead_storm = corpus.sentences[0].id  # and report 2's second sentence (1/2): mean position 1/4
    schools = corpus.sentences[3].id  # report 2's lead: position 0
    harbour = corpus.sentences[2].id  # report 1, position 2/3
    fishermen = corpus.sentences[1].id  # report 1, position 1/3
    order = in_reading_order(corpus, [item(None), item(harbour), item(fishermen), item(None),
                                      item(lead_storm), item(schools)])
    assert [s.sentence_id for s in order] == [schools, lead_storm, fishermen, harbour, None, None]
    assert [corpus.mean_position(i) for i in (schools, lead_storm, fishermen, harbour)] == \
        [0.0, 0.25, pytest.approx(1 / 3), pytest.approx(2 / 3)]
