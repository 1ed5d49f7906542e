"""summarizer/generation/compress/plan.py: protected words, the legal gaps, starts and ends of
a deletion, the length bounds, and each word's tokens in running text."""

from __future__ import annotations

import pytest
from tiny_models import CORPUS, tiny_sentencepiece_tokenizer, tiny_tokenizer

from summarizer.generation.compress.plan import build_plan, core, is_protected


@pytest.fixture(scope="module")
def tokenizer() -> object:
    return tiny_tokenizer()


def test_core_strips_quotes_and_punctuation() -> None:
    assert (core("“Syria’s,"), core("(talks)"), core("...")) == ("Syria’s", "talks", "")


@pytest.mark.parametrize(
    "word",
    ["not", "never", "No", "didn't", "isn’t", "may", "seems", "reportedly", "allegedly",
     "said,", "told", "according", "12", "$5.4", "million", "Kerry", "“Syria’s", "US", "U.N."],
)
def test_protected(word: str) -> None:
    assert is_protected(word)


@pytest.mark.parametrize("word", ["the", "The", "But", "quickly", "government", "“We", "talks,", "..."])
def test_not_protected(word: str) -> None:
    assert not is_protected(word)


def test_according_protects_to(tokenizer: object) -> None:
    sentence = "Prices rose, according to the local newspaper."
    plan = build_plan(sentence, tokenizer, [2], is_protected, 0.4, 0.9)
    assert plan.protected[plan.words.index("to")]


@pytest.mark.parametrize("make_tokenizer", [tiny_tokenizer, tiny_sentencepiece_tokenizer])
def test_words_are_spelled_as_in_running_text(make_tokenizer: object) -> None:
    """Keeping every word must produce exactly the tokenizer's own tokens for the sentence."""
    tok = make_tokenizer()
    for sentence in CORPUS:
        plan = build_plan(sentence, tok, [0], is_protected, 0.4, 1.0)
        spelled = list(plan.first[0][0]) + [t for seqs in plan.later[1:] for t in seqs[0]]
        assert spelled == tok(sentence, add_special_tokens=False)["input_ids"]


def test_the_plan_of_a_sentence_with_one_droppable_adverb(tokenizer: object) -> None:
    plan = build_plan("Kerry has already told Lavrov that Moscow never agreed.", tokenizer, [2], is_protected, 0.3, 0.5)
    assert plan.protected == (True, False, False, True, True, False, True, True, False)
    # only "already" may be skipped, and only the last word ends the sentence
    assert plan.successors == ((0,), (1,), (2, 3), (3,), (4,), (5,), (6,), (7,), (8,), ())
    assert plan.can_end == (False,) * 8 + (True,)
    assert (plan.min_words, plan.max_words, plan.eos) == (3, 8, frozenset({2}))
    assert (plan.candidates(()), plan.candidates((0, 1)), plan.candidates((0, 1, 3, 4, 5, 6, 7))) == ([0], [3], [8])
    assert plan.candidates((0, 1, 2, 3, 4, 5, 6, 7)) == []  # keeping "already" leaves 9 words: over the bound
    assert plan.may_end((0, 1, 3, 4, 5, 6, 7, 8)) and not plan.may_end(tuple(range(9)))  # 9 words > max
    assert not plan.may_end(())


def test_tails_count_the_words_that_can_still_follow(tokenizer: object) -> None:
    plan = build_plan("Prices rose sharply in most regions last year.", tokenizer, [2], is_protected, 0.3, 1.0)
    assert plan.successors[2] == (2, 3)  # after "rose": "sharply" or, skipping it, "in"
    assert plan.tails == (192, 96, 32, 16, 8, 4, 2, 1)  # from "Prices": 6 or 7 more words


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
