"""summarizer/strategies/abstractive/ending.py: log P(a sentence's final stop | its words)
under a causal model (the tiny random Llama of tests/tiny_models.py)."""

from __future__ import annotations

import pytest
from tiny_models import build_tiny_llama

from summarizer.generation.models import TextModel, load_model
from summarizer.strategies.abstractive.ending import _ENDING_CONTEXT, ending_logprob
from summarizer.strategies.abstractive.model_strategy import generation_settings


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> TextModel:
    folder = build_tiny_llama(tmp_path_factory.mktemp("ending") / "llama")
    return load_model(str(folder), generation_settings(threads=1))


def ids_of(model: TextModel, text: str) -> list[int]:
    return list(model.tokenizer(f"{_ENDING_CONTEXT} {text}", add_special_tokens=False)["input_ids"])


def sequence_logprob(model: TextModel, ids: list[int]) -> float:
    """log P(ids[1:] | ids[0]) from the model's own language-modelling loss (a mean over
    the len(ids) - 1 predicted tokens)."""
    import torch

    tensor = torch.tensor([ids])
    with torch.inference_mode():
        loss = model.model(input_ids=tensor, labels=tensor).loss
    return -float(loss) * (len(ids) - 1)


@pytest.mark.parametrize(("text", "body", "stop_tokens"), [
    ("Kerry said the talks would not start before August.", "Kerry said the talks would not start before August", 1),
    ('Police said "no comment."', 'Police said "no comment', 2),  # the stop and the closing quote
    ("Why did the talks fail?!", "Why did the talks fail", 2),
])
def test_ending_is_the_log_probability_of_the_stop_after_the_words(model: TextModel, text: str, body: str,
                                                                   stop_tokens: int) -> None:
    full, before = ids_of(model, text), ids_of(model, body)
    assert full[:len(before)] == before and len(full) == len(before) + stop_tokens
    # chain rule: log P(stop | words) = log P(words + stop) - log P(words)
    expected = sequence_logprob(model, full) - sequence_logprob(model, before)
    assert ending_logprob(model, text) == pytest.approx(expected, abs=1e-4)
    assert ending_logprob(model, text) < 0


def test_no_final_stop_no_score(model: TextModel) -> None:
    assert ending_logprob(model, "no final stop") is None
    assert ending_logprob(model, "a stop. then words") is None
    assert ending_logprob(model, "...") is None  # nothing before the stop
