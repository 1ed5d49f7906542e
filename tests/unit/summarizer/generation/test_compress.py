"""Deletion-only compression: the output is always a subsequence of the source words that
keeps every protected word, whatever the model chooses (tiny random models choose anything)."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest
from tiny_models import build_tiny_bart, build_tiny_llama, tiny_tokenizer

from summarizer.generation.compress import (
    Automaton,
    Plan,
    build_plan,
    compress,
    compress_detailed,
    core,
    is_protected,
    render,
)
from summarizer.generation.models import GenerationSettings, forget_loaded_models, load_model

# One thread: tiny models run several times faster so on a busy 2-core machine.
TINY = GenerationSettings(threads=1)
SENTENCES = [
    "Russia and the United States agreed on Tuesday to push both the Syrian regime and rebels "
    "to find a political solution to their conflict and to hold an international peace "
    "conference, the Russian foreign minister said.",
    "“We both agreed that our countries have an ability to be able to make a difference if we "
    "can pull together in that effort,” Kerry said after meeting Lavrov on the sidelines of an "
    "Asian security summit in Brunei on Tuesday.",
    "But despite the differences, officials met last week to map out a road to peace, although "
    "they did not agree on a date for a follow-up conference that was never announced.",
    "The opposition has already shown support for the communique and its prohibition of "
    "chemical weapon use, which seems to have reportedly cost 12 people their lives.",
]


def assert_deletion_only(source: str, output: str) -> None:
    """``output``'s words are ``source``'s words in order (punctuation and the first letter's
    case aside), and no protected word is missing."""
    src = [core(w).lower() for w in source.split()]
    out = [core(w).lower() for w in output.split()]
    position = 0
    for word in out:
        assert word in src[position:], f"{word!r} is not a later source word in {output!r}"
        position = src.index(word, position) + 1
    for word in {core(w).lower() for w in source.split() if is_protected(w)}:
        assert out.count(word) == src.count(word), f"protected {word!r} dropped: {output!r}"


def assert_legal(plan: Plan, path: tuple[int, ...]) -> None:
    assert path and path[0] in plan.successors[0]
    for a, b in pairwise(path):
        assert b in plan.successors[a + 1]
    assert plan.can_end[path[-1]]
    assert plan.min_words <= len(path) <= plan.max_words
    assert all(i in path for i, p in enumerate(plan.protected) if p)


@pytest.fixture(scope="module")
def tokenizer() -> object:
    return tiny_tokenizer()


@pytest.fixture(scope="module")
def tiny_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tiny_compress")
    return {"llama": build_tiny_llama(root / "llama"), "bart": build_tiny_bart(root / "bart")}


# --------------------------------------------------------------------------- the automaton


@pytest.mark.parametrize("sentence", SENTENCES)
def test_random_walks_never_leave_the_rules(tokenizer: object, sentence: str) -> None:
    """Any sequence of allowed tokens ends (no dead end) in a legal, in-bounds path."""
    eos = tokenizer.eos_token_id
    plan = build_plan(sentence, tokenizer, [eos], is_protected, 0.3, 0.8)
    automaton = Automaton(plan)
    rng = random.Random(0)
    for _ in range(150):
        tokens: list[int] = []
        while True:
            allowed = automaton.allowed(tokens)
            assert allowed, "dead end"
            choice = rng.choice(allowed)
            if choice == eos:
                break
            tokens.append(choice)
        paths = automaton.finished_paths(tokens)
        assert paths
        for path in paths:
            assert_legal(plan, path)
            assert_deletion_only(sentence, render(plan.words, path, sentence))


# --------------------------------------------------------------------------- compress() with models


@pytest.mark.parametrize("which", ["llama", "bart"])
def test_compress_is_deletion_only_whatever_the_model_picks(which: str, tiny_paths: dict[str, Path]) -> None:
    forget_loaded_models()
    for seed in range(6):
        settings = TINY.replace(do_sample=True, temperature=2.0, seed=seed)
        model = load_model(str(tiny_paths[which]), settings)
        for sentence in SENTENCES:
            result = compress_detailed(sentence, model, min_ratio=0.3, max_ratio=0.8)
            assert_deletion_only(sentence, result.text)
            if result.accepted:
                plan = build_plan(sentence, model.tokenizer, [0], is_protected, 0.3, 0.8)
                assert_legal(plan, result.kept)


def test_compress_greedy_is_deterministic(tiny_paths: dict[str, Path]) -> None:
    model = load_model(str(tiny_paths["llama"]), TINY)
    first = [compress(s, model) for s in SENTENCES]
    assert first == [compress(s, model) for s in SENTENCES]


def test_compress_with_beams(tiny_paths: dict[str, Path]) -> None:
    model = load_model(str(tiny_paths["bart"]), TINY.replace(num_beams=3))
    for sentence in SENTENCES:
        assert_deletion_only(sentence, compress(sentence, model))


def test_everything_protected_means_unchanged(tiny_paths: dict[str, Path]) -> None:
    model = load_model(str(tiny_paths["llama"]), TINY)
    assert compress(SENTENCES[0], model, protected=lambda word: True) == SENTENCES[0]


def test_short_sentences_and_bad_ratios(tiny_paths: dict[str, Path]) -> None:
    model = load_model(str(tiny_paths["llama"]), TINY)
    assert compress("Kerry left.", model) == "Kerry left."
    with pytest.raises(ValueError):
        compress(SENTENCES[0], model, min_ratio=0.9, max_ratio=0.5)


@pytest.mark.slow
def test_smollm2_compresses_a_report_sentence() -> None:
    """The real shipped model: loads (from the dequantized copy after the first run) and
    shortens a sentence from the sample reports without inventing or reordering words."""
    model = load_model()
    sentence = (
        "Damascus says the chaos is being orchestrated from outside the country, and there are "
        "reports that a very large number of the militants are foreign nationals."
    )
    result = compress_detailed(sentence, model)
    assert_deletion_only(sentence, result.text)
    assert result.accepted, result.reason
    assert len(result.text.split()) < len(sentence.split())


def test_a_model_minimum_length_does_not_fight_the_constraint(tiny_paths: dict[str, Path]) -> None:
    model = load_model(str(tiny_paths["bart"]), TINY)
    model.model.generation_config.min_length = 400  # like bart-large-cnn's 56, but longer
    try:
        result = compress_detailed(SENTENCES[2], model)
    finally:
        model.model.generation_config.min_length = 0
    assert result.reason != "decoding did not finish"
    assert_deletion_only(SENTENCES[2], result.text)


# --------------------------------------------------------------------------- token budget


def test_max_new_tokens_caps_the_decoding(tiny_paths: dict[str, Path]) -> None:
    """``max_new_tokens`` is a hard cap on tokens decoded for one sentence: the model gets
    it as its limit, and a decoding cut off by it is refused, never half-rendered."""
    model = load_model(str(tiny_paths["llama"]), TINY)
    asked: list[int] = []
    generate = model.generate_ids

    def counting(*args: object, max_new_tokens: int, **kwargs: object) -> list[int]:
        asked.append(max_new_tokens)
        out = generate(*args, max_new_tokens=max_new_tokens, **kwargs)
        asked.append(len(out))
        return out

    model.generate_ids = counting  # type: ignore[method-assign]
    sentence = SENTENCES[0]
    compress_detailed(sentence, model)
    assert asked[0] > 3 and asked[1] <= asked[0]
    asked.clear()
    cut = compress_detailed(sentence, model, max_new_tokens=2)
    assert asked[0] == 2 and asked[1] <= 2
    assert not cut.accepted and cut.text == sentence