"""summarizer/generation/compress/rank.py: the mean log-probability of each candidate after
a fixed context, in one padded batch (tiny random models of tests/tiny_models.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_models import build_tiny_bart, build_tiny_llama

from summarizer.generation.compress.rank import CONTEXT, cost, scores
from summarizer.generation.models import GenerationSettings, TextModel, load_model

TEXTS = ["Kerry met Lavrov.", "Kerry met Lavrov in Geneva on Tuesday after the summit.", "Talks ended."]


@pytest.fixture(scope="module")
def llama(tmp_path_factory: pytest.TempPathFactory) -> TextModel:
    folder = build_tiny_llama(tmp_path_factory.mktemp("rank") / "llama")
    return load_model(str(folder), GenerationSettings(threads=1))


def ids(model: TextModel, text: str) -> list[int]:
    return list(model.tokenizer(text, add_special_tokens=False)["input_ids"])


def alone(model: TextModel, text: str) -> float:
    """The mean log-probability of ``text``'s tokens after the context, one unpadded pass."""
    import torch

    row = ids(model, f"{CONTEXT} {text}")
    start = len(ids(model, CONTEXT))
    with torch.inference_mode():
        logits = model.model(input_ids=torch.tensor([row])).logits.float()
    logprobs = torch.log_softmax(logits[0], dim=-1)
    picked = [float(logprobs[j - 1, row[j]]) for j in range(start, len(row))]
    return sum(picked) / len(picked)


def test_batched_scores_are_each_texts_own_mean_log_probability(llama: TextModel) -> None:
    got = scores(llama, TEXTS)
    assert got is not None and len(got) == 3
    # padding the shorter rows changes nothing
    assert got == pytest.approx([alone(llama, t) for t in TEXTS], abs=1e-4)
    assert all(s < 0 for s in got)


def test_cost_counts_the_tokens_fed(llama: TextModel) -> None:
    assert cost(llama, TEXTS) == sum(len(ids(llama, f"{CONTEXT} {t}")) for t in TEXTS)
    assert cost(llama, []) == 0


def test_nothing_to_score_and_a_seq2seq_model_scores_nothing(llama: TextModel, tmp_path: Path) -> None:
    assert scores(llama, []) == []
    bart = load_model(str(build_tiny_bart(tmp_path / "bart")), GenerationSettings(threads=1))
    assert scores(bart, TEXTS) is None and scores(bart, []) is None
