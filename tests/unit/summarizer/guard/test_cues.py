"""summarizer/guard/cues.py: negations, hedges and intentions that govern kept words are
kept, and none is added."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.analysis import analyse
from summarizer.guard.cues import cue_class, cues, rule_cues


def judge(sources: list[str], rewrite: str) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule_cues(src, [Support.of(a) for a in src], rw)


def test_a_cue_governs_the_next_content_words_of_its_clause() -> None:
    found = cues(analyse("Russia did not send troops and may send arms."))
    assert [(c.cls, c.word, c.index, [t.text for t in c.scope], [t.text for t in c.triggers]) for c in found] == [
        ("negation", "not", 2, ["send", "troops", "may"], ["send", "troops"]),
        ("hedge", "may", 6, ["send", "arms"], ["send", "arms"])]


def test_a_cue_word_is_one_only_in_lower_case_or_opening_the_sentence() -> None:
    assert cue_class(analyse("Talks end May 7.").tokens[2]) is None
    assert cue_class(analyse("May God help.").tokens[0]) == "hedge"
    assert cue_class(analyse("He won't go.").tokens[1]) == "negation"


def test_a_dropped_or_added_cue_is_refused() -> None:
    assert judge(["Russia did not send troops."], "Russia did send troops.") == "dropped negation: not (send)"
    assert judge(["Russia sent troops."], "Russia may have sent troops.") == "added hedge: may (sent)"
    assert judge(["Russia may send troops."], "Russia may send troops soon.") is None


def test_a_cue_in_an_elliptical_comparison_governs_nothing() -> None:
    """"longer than planned" plans nothing: the six astronauts were not planned."""
    donor = "Mission Control thought the work might take longer than planned and gave the six astronauts more time."
    assert judge([donor, "Mission Control gave the astronauts more time."],
                 "Mission Control gave the six astronauts more time.") is None
    assert judge(["They planned to give the six astronauts more time."], "They gave the six astronauts more time.") == \
        "dropped intent: planned (give)"


def test_a_failed_infinitive_stays_failed_unless_another_source_states_it() -> None:
    assert judge(["Kerry failed to agree on a date."], "Kerry agreed on a date.") == "dropped negation: failed (agre)"
    # "agreed" is explained by the other source, but the failed "date" is still kept
    assert judge(["Kerry failed to agree on a date.", "Lavrov agreed on Tuesday."], "Kerry agreed on a date.") == \
        "dropped negation: failed (date)"
    assert judge(["Kerry failed to agree on a date.", "Lavrov agreed on Tuesday."], "Lavrov agreed on Tuesday.") is None
