"""summarizer/generation/compress/decode.py: the automaton that lets a model only delete
what the plan allows, the post-checks, rendering, and ``compress_detailed``'s outcomes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_models import build_tiny_llama, tiny_tokenizer

from summarizer.generation.compress.decode import Automaton, Compression, check, compress, compress_detailed, render
from summarizer.generation.compress.plan import build_plan, is_protected
from summarizer.generation.models import GenerationSettings, load_model

SENTENCE = "Kerry has already told Lavrov that Moscow never agreed."


@pytest.fixture(scope="module")
def tokenizer() -> object:
    return tiny_tokenizer()


def spell(plan: object, path: tuple[int, ...]) -> list[int]:
    """The tokens of the words on ``path``, as the automaton expects them."""
    return [t for n, k in enumerate(path) for t in (plan.first if n == 0 else plan.later)[k][0]]  # type: ignore[attr-defined]


def test_the_automaton_allows_only_the_plans_words_and_eos_at_a_legal_end(tokenizer: object) -> None:
    eos = tokenizer.eos_token_id  # type: ignore[attr-defined]
    plan = build_plan(SENTENCE, tokenizer, [eos], is_protected, 0.3, 0.9)
    automaton = Automaton(plan)
    # "Kerry" spelled bare or after a space: their first tokens
    assert automaton.allowed([]) == sorted({seq[0] for seq in plan.first[0]})
    inside = list(plan.first[0][0][:1])
    assert automaton.allowed(inside) == [plan.first[0][0][1]]  # inside a word: its next token only
    short = (0, 1, 3, 4, 5, 6, 7, 8)  # "already" dropped
    assert automaton.allowed(spell(plan, short)) == [eos]
    assert automaton.finished_paths(spell(plan, short)) == [short]
    assert automaton.finished_paths(spell(plan, short[:-1])) == []  # "agreed." still to come
    assert automaton.states([eos]) == frozenset()  # no reading starts with EOS


def test_check_refuses_what_the_automaton_cannot_express(tokenizer: object) -> None:
    plan = build_plan(SENTENCE, tokenizer, [2], is_protected, 0.3, 0.9)
    assert check(plan, (0, 1, 3, 4, 5, 6, 7, 8)) == ""
    assert check(plan, (0, 1, 3, 4, 5, 6, 8)) == "dropped protected words: never"
    assert check(plan, (0, 1, 4, 3, 5, 6, 7, 8)) == "words out of order"
    plan = build_plan("The talks ended in the city.", tokenizer, [2], lambda word: False, 0.1, 1.0)
    assert (check(plan, (0, 1)), check(plan, (0, 1, 2))) == ("no verb left", "")


def test_render_tidies_punctuation() -> None:
    words = "“We agreed on the text,” Kerry said after meeting Lavrov in Brunei.".split()
    assert render(words, (1, 2, 3, 4, 5, 6), " ".join(words)) == "Agreed on the text, Kerry said."
    assert render(words, tuple(range(7)), " ".join(words)) == "“We agreed on the text,” Kerry said."
    words = "Prices rose, economists said, in most regions.".split()
    assert render(words, (0, 1, 2, 3), " ".join(words)) == "Prices rose, economists said."
    words = "Officials met in Geneva, far from home, to talk.".split()
    assert render(words, (0, 1, 2, 3, 7, 8), " ".join(words)) == "Officials met in Geneva, to talk."
    assert render(words, (), " ".join(words)) == ""


def test_the_ratio_counts_words() -> None:
    assert Compression("a b c d", "a b", (0, 1), True).ratio == 0.5
    assert Compression("", "", (), False, "too short").ratio == 1.0


def test_compress_detailed_refuses_short_sentences_bad_ratios_and_cut_decodings(tmp_path: Path) -> None:
    model = load_model(str(build_tiny_llama(tmp_path / "llama")), GenerationSettings(threads=1))
    assert compress_detailed("Kerry  left  Geneva.", model) == \
        Compression("Kerry left Geneva.", "Kerry left Geneva.", (0, 1, 2), False, "too short")
    with pytest.raises(ValueError):
        compress(SENTENCE, model, min_ratio=0.9, max_ratio=0.5)
    cut = compress_detailed(SENTENCE, model, max_new_tokens=1)
    assert (cut.text, cut.accepted, cut.reason) == (SENTENCE, False, "decoding did not finish")
    # "already" is the only word the rules let go, and 0.9 of 9 words forces it out
    done = compress_detailed(SENTENCE, model, min_ratio=0.3, max_ratio=0.9)
    assert (done.text, done.kept, done.accepted) == ("Kerry has told Lavrov that Moscow never agreed.",
                                                     (0, 1, 3, 4, 5, 6, 7, 8), True)
