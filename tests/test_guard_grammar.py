"""The guard's grammar rule (summarizer/guard/grammar.py): refusals judged against sources."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard, check
from summarizer.guard.grammar import DANGLING, NO_VERB, UNBALANCED, rule_grammar
from summarizer.guard.analysis import analyse

SOURCE = ("Senior administration officials said that Michael J. Morell, then the deputy director "
          "of the CIA, had edited the talking points separately from Nuland.")


def grammar(sources: list[str], rewrite: str) -> str | None:
    return rule_grammar([analyse(s) for s in sources], [], analyse(rewrite))


def test_a_deleted_clause_verb_is_refused_even_when_the_rest_is_supported() -> None:
    broken = ("Senior administration officials said that Michael J. Morell, then the deputy "
              "director of the CIA, separately from Nuland.")
    assert grammar([SOURCE], broken) == NO_VERB
    assert check([SOURCE], broken).reason == NO_VERB


def test_deleting_whole_constituents_passes() -> None:
    good = "Senior administration officials said that Michael J. Morell had edited the talking points."
    assert grammar([SOURCE], good) is None
    assert check([SOURCE], good).accepted


def test_a_verbless_fragment_is_refused() -> None:
    assert grammar(["The talks in Geneva began on Tuesday."], "The talks in Geneva on Tuesday.") == NO_VERB


def test_quotes_broken_by_the_rewrite_are_refused_but_not_a_source_s_own() -> None:
    source = 'Trump said he was proud to announce "a deal to end the shutdown," aides said.'
    assert grammar([source], 'Trump said he was proud to announce "a deal to end the shutdown.') == UNBALANCED
    open_quote = '"We will not leave," the mayor said, adding that the city would'
    # a source that itself holds one mark (a quote spanning sentences) may keep it
    assert grammar(['"We will not leave until the city pays.'], '"We will not leave.') is None
    assert open_quote  # the same text with both marks is balanced:
    assert grammar([source], "Trump said he was proud, aides said.") is None


def test_an_opener_pronoun_left_without_its_antecedent_is_refused() -> None:
    source = "Republican leaders met on Tuesday, and their concerns were more mundane."
    assert grammar([source], "Their concerns were more mundane.") == DANGLING
    # the source opens with the pronoun itself: not the rewrite's doing
    assert grammar(["Their concerns were more mundane than expected."], "Their concerns were more mundane.") is None


def test_the_rule_can_be_switched_off() -> None:
    broken = "The talks in Geneva on Tuesday."
    assert not Guard().check(["The talks in Geneva began on Tuesday."], broken).accepted
    verdict = Guard(check_grammar=False).check(["The talks in Geneva began on Tuesday."], broken)
    assert verdict.reason != NO_VERB
