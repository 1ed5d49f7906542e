"""summarizer/guard/support.py: what a source vouches for (stems, names, acronyms,
demonyms), and the support rule."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.analysis import analyse
from summarizer.guard.support import is_demonym_pair, name_runs, plain_name, rule_support


def support(sources: list[str], rewrite: str, budget: int = 0) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule_support([Support.of(a) for a in src], rw, budget)


def test_every_name_number_and_word_needs_a_source() -> None:
    source = ["Kerry met Lavrov in Geneva."]
    assert support(source, "Kerry met Lavrov.") is None
    assert support(source, "Kerry met Putin in Geneva.") == "unsupported name: Putin"
    assert support(source, "Kerry met Lavrov in 2013.") == "unsupported number: 2013"
    assert support(source, "Kerry greeted Lavrov in Geneva.") == "unsupported word: greeted"


def test_a_budget_tolerates_plain_words_only() -> None:
    source = ["Kerry met Lavrov in Geneva."]
    assert support(source, "Kerry greeted Lavrov in Geneva.", budget=1) is None
    assert support(source, "Kerry greeted Lavrov warmly in Geneva.", budget=1) == "unsupported word: warmly"
    assert support(source, "Kerry met Putin in Geneva.", budget=1) == "unsupported name: Putin"


def test_acronyms_and_demonyms_are_aliases_of_names() -> None:
    assert support(["The United States and Russia met."], "The U.S. and Russian officials met.", budget=1) is None
    assert support(["The U.S. and Russia met."], "The United States and Russia met.") is None
    where = Support.of(analyse("The United States and Russia met."))
    rewrite = analyse("The US met.")
    assert where.where(rewrite.tokens[1], rewrite) == [1, 2]


def test_a_name_used_more_often_than_the_sources_use_it_is_refused() -> None:
    assert support(["Kerry met Lavrov and then left."], "Kerry met Lavrov and then Kerry left.") == \
        "repeated name: Kerry (2 mentions, sources have 1)"
    assert support(["Kerry met Lavrov.", "Kerry left."], "Kerry met Lavrov and Kerry left.") is None


def test_names_words_and_runs() -> None:
    assert (plain_name("Russia's"), plain_name("Reuters'"), plain_name("Kerry")) == ("russia", "reuters", "kerry")
    assert [is_demonym_pair(a, b) for a, b in [("russian", "russia"), ("iran", "iranian"),
                                              ("israeli", "israel"), ("ira", "iraq"), ("russia", "prussia"),
                                              ("swedish", "sweden"), ("scotland", "scottish"), ("polish", "police")]] == \
        [True, True, True, False, False, True, True, False]
    runs = name_runs(analyse("Secretary of State John Kerry met Lavrov, Putin and the Bank of England."))
    assert [[t.text for t in run] for run in runs] == \
        [["Secretary", "of", "State", "John", "Kerry"], ["Lavrov"], ["Putin"], ["Bank", "of", "England"]]
