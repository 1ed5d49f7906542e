"""summarizer/guard/order.py: neighbouring content words stand in one source in order, and
"A of B" phrases keep their head and complement."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.order import rule_of_phrases, rule_order


def judge(rule: object, sources: list[str], rewrite: str) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule(src, [Support.of(a) for a in src], rw)  # type: ignore[operator]


def test_words_wired_to_another_partner_are_refused() -> None:
    assert judge(rule_order, ["The rebels got military support, the government said."],
                 "The government got military support.") == "unsupported combination: government ... got"
    assert judge(rule_order, ["Kerry met Lavrov in Brunei.", "He plans a visit to Moscow."],
                 "Kerry met Lavrov in Moscow.") == "unsupported combination: Lavrov ... Moscow"


def test_deletions_and_near_swaps_keep_the_order() -> None:
    assert judge(rule_order, ["Kerry met Lavrov in Brunei."], "Kerry met Lavrov.") is None
    assert judge(rule_order, ["They held the Geneva talks."], "They held the talks in Geneva.") is None


def test_a_fusion_may_chain_two_sources_at_a_shared_word_unless_their_numbers_differ() -> None:
    sources = ["Two fishermen drowned off the coast of Maine.", "Two fishermen from Portland drowned."]
    assert judge(rule_order, sources, "Two fishermen from Portland drowned off the coast of Maine.") is None
    differ = ["Two fishermen drowned off the coast of Maine.", "Three fishermen from Portland drowned."]
    assert judge(rule_order, differ, "Two fishermen from Portland drowned off the coast of Maine.") == \
        "unsupported combination: fishermen ... Portland"


def test_an_of_phrase_keeps_its_head_and_its_complement() -> None:
    assert judge(rule_of_phrases, ["A large number of the militants are foreign nationals."],
                 "A large number of foreign nationals.") == "changed attachment: number of foreign"
    assert judge(rule_of_phrases, ["They prohibit any use of chemical weapons."],
                 "They prohibit chemical weapons.") == "dropped head: use of chemical"


def test_a_possessive_may_become_an_of_phrase_and_a_title_is_one_name() -> None:
    assert judge(rule_of_phrases, ["Assad's fate is unclear."], "The fate of Assad is unclear.") is None
    assert judge(rule_of_phrases, ["Secretary of State Kerry spoke."], "Secretary of State Kerry spoke.") is None


def test_a_fusion_may_put_one_sources_modifiers_before_a_noun_both_name() -> None:
    sources = ["At least 231 deaths have been blamed on Mitch, officials said.",
               "At least 231 people died in Honduras from former-hurricane Mitch, officials said."]
    assert judge(rule_order, sources,
                 "At least 231 deaths have been blamed on former-hurricane Mitch, officials said.") is None
    # words that stand before the shared noun in no source are still refused
    assert judge(rule_order, ["The rebels attacked the town.", "Government troops defended the town."],
                 "The rebels attacked government troops town.") == "unsupported combination: attacked ... government"
    # and a run of modifiers longer than a title or an adjective is not one
    long = ["The storm hit the town.", "A storm of the century that nobody expected hit the town hard."]
    assert judge(rule_order, long, "The storm hit century nobody expected town.") is not None


def test_a_date_is_no_figure_that_keeps_two_sources_from_chaining() -> None:
    sources = ["A tribunal found him responsible for the massacre of refugees at two Beirut camps.",
               "He is held responsible for the militiamen's September 1982 massacre of refugees."]
    assert judge(rule_order, sources,
                 "A tribunal found him responsible for the September 1982 massacre of refugees at two Beirut camps.") is None
    # a figure still does ("two" / "three" camps)
    differ = [sources[0], "He is held responsible for the September 1982 massacre of refugees at three camps."]
    assert judge(rule_order, differ,
                 "A tribunal found him responsible for the September 1982 massacre of refugees at two Beirut camps.") is not None
