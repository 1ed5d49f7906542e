"""Deletion-only compression: the output is always a subsequence of the source words that
keeps every protected word, whatever the model chooses (tiny random models choose anything)."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

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

try:
    from tiny_models import (
        CORPUS,
        build_tiny_bart,
        build_tiny_llama,
        tiny_sentencepiece_tokenizer,
        tiny_tokenizer,
    )
except ImportError:  # pytest run with --import-mode=importlib
    from tests.tiny_models import (
        CORPUS,
        build_tiny_bart,
        build_tiny_llama,
        tiny_sentencepiece_tokenizer,
        tiny_tokenizer,
    )

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


# --------------------------------------------------------------------------- protected words


@pytest.mark.parametrize(
    "word",
    ["not", "never", "No", "didn't", "isn’t", "may", "seems", "reportedly", "allegedly",
     "said,", "told", "according", "12", "$5.4", "million", "Kerry", "“Syria’s", "US", "U.N."],
)
def test_protected(word: str) -> None:
    assert is_protected(word)


@pytest.mark.parametrize("word", ["the", "The", "But", "quickly", "government", "“We", "talks,"])
def test_not_protected(word: str) -> None:
    assert not is_protected(word)


def test_according_protects_to(tokenizer: object) -> None:
    sentence = "Prices rose, according to the local newspaper."
    plan = build_plan(sentence, tokenizer, [2], is_protected, 0.4, 0.9)
    assert plan.protected[plan.words.index("to")]


# --------------------------------------------------------------------------- the automaton


@pytest.mark.parametrize("make_tokenizer", [tiny_tokenizer, tiny_sentencepiece_tokenizer])
def test_words_are_spelled_as_in_running_text(make_tokenizer: object) -> None:
    """Keeping every word must produce exactly the tokenizer's own tokens for the sentence."""
    tok = make_tokenizer()
    for sentence in CORPUS:
        plan = build_plan(sentence, tok, [0], is_protected, 0.4, 1.0)
        spelled = list(plan.first[0][0]) + [t for seqs in plan.later[1:] for t in seqs[0]]
        assert spelled == tok(sentence, add_special_tokens=False)["input_ids"]


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


def test_eos_needs_every_protected_word(tokenizer: object) -> None:
    sentence = "The talks in Geneva would start soon after the break."
    plan = build_plan(sentence, tokenizer, [2], is_protected, 0.1, 1.0)
    geneva = plan.words.index("Geneva")
    assert all(not plan.may_end(path) for path in [(0,), (0, 1), (0, 1, 2)])
    assert not any(plan.can_end[i] for i in range(geneva))


def test_output_starts_at_a_clause_start(tokenizer: object) -> None:
    plan = build_plan(
        "But despite the differences, Kerry said the talks failed.", tokenizer, [2], is_protected, 0.3, 0.9
    )
    assert plan.successors[0] == (0, 1, 4)  # "But", "despite", or "Kerry" after the comma


def test_no_gap_strips_a_preposition_or_article(tokenizer: object) -> None:
    words = "They met at an Asian security summit in Brunei on Tuesday to talk.".split()
    plan = build_plan(" ".join(words), tokenizer, [2], is_protected, 0.3, 0.9)
    summit, brunei = words.index("summit"), words.index("Brunei")
    assert brunei not in plan.successors[summit + 1]  # "summit Brunei" without "in"
    asian = words.index("Asian")
    assert words.index("in") not in plan.successors[asian + 1]  # "an Asian in Brunei"


def test_tail_is_dropped_only_at_a_phrase_edge(tokenizer: object) -> None:
    words = "They banned the use of chemical weapons in the war.".split()
    plan = build_plan(" ".join(words), tokenizer, [2], is_protected, 0.3, 1.0)
    assert plan.can_end[words.index("weapons")]  # "... chemical weapons [in the war]."
    assert not plan.can_end[words.index("of")]
    assert not plan.can_end[words.index("use")]  # "[of chemical weapons ...]"


def test_bounds_give_way_to_the_rules(tokenizer: object) -> None:
    sentence = "Kerry told Lavrov on Tuesday that Moscow and Washington never agreed."
    plan = build_plan(sentence, tokenizer, [2], is_protected, 0.3, 0.5)
    assert plan.max_words == len(sentence.split())  # nothing may go: keep it whole
    sentence = "Kerry has already told Lavrov that Moscow never agreed."
    plan = build_plan(sentence, tokenizer, [2], is_protected, 0.3, 0.5)
    assert plan.max_words == len(sentence.split()) - 1  # only "already" may go: it must


def test_render_tidies_punctuation() -> None:
    words = "“We agreed on the text,” Kerry said after meeting Lavrov in Brunei.".split()
    assert render(words, (1, 2, 3, 4, 5, 6), " ".join(words)) == "Agreed on the text, Kerry said."
    assert render(words, tuple(range(7)), " ".join(words)) == "“We agreed on the text,” Kerry said."
    words = "Prices rose, economists said, in most regions.".split()
    assert render(words, (0, 1, 2, 3), " ".join(words)) == "Prices rose, economists said."
    words = "Officials met in Geneva, far from home, to talk.".split()
    assert render(words, (0, 1, 2, 3, 7, 8), " ".join(words)) == "Officials met in Geneva, to talk."


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


def test_a_spaced_hyphen_keeps_its_space_after_a_deletion() -> None:
    """A hyphen used as a dash keeps the space before it when the words before it go."""
    from summarizer.generation.compress.constituents import candidates
    from summarizer.nlp.load import parse

    doc = parse("He apologised for grabbing a young man by the neck - as a camera rolled - "
                "in a Washington street.")
    texts = [c.text for c in candidates(doc)]
    assert texts and not any("man-" in t or "neck-" in t for t in texts)


def test_an_appositive_closing_an_opening_phrase_leaves_its_comma() -> None:
    """Deleting "a Virginia Democrat" after an opening phrase keeps the comma before the
    subject: "In questioning by Connolly, Shulman offered ...", not "Connolly Shulman"."""
    from summarizer.generation.compress.constituents import candidates
    from summarizer.nlp.load import parse

    doc = parse("In questioning by Representative Gerald Connolly, a Virginia Democrat, "
                "Mr. Shulman offered an explanation.")
    texts = [c.text for c in candidates(doc)]
    assert "In questioning by Representative Gerald Connolly, Mr. Shulman offered an explanation." in texts
    assert not any("Connolly Mr." in t for t in texts)
