"""The guard's grammar rule (summarizer/guard/grammar.py): refusals judged against sources."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard, check
from summarizer.guard.cuts import NO_COMPLEMENT, RUN_TOGETHER
from summarizer.guard.grammar import (BROKEN_COORDINATION, CUT_OFF, DANGLING, DANGLING_PREPOSITION, MISQUOTE,
                                     NO_OBJECT, NO_SUBJECT, NO_VERB, STRAY, UNBALANCED, UNPAIRED,
                                     rule_grammar)
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
    assert grammar(['"We will not leave until the city pays.'], '"We will not leave') != UNBALANCED
    # ... though it may not cut words from it: that would misquote the speaker
    assert grammar(['"We will not leave until the city pays.'], '"We will not leave.') == MISQUOTE
    assert grammar(['"We will not leave," the mayor, a Democrat, said.'], '"We will not leave," the mayor said.') is None
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


def test_a_verb_or_preposition_left_without_its_object_is_refused() -> None:
    source = "The senators voted for the bill on Tuesday after a long debate in Washington."
    assert grammar([source], "The senators voted for on Tuesday.") == DANGLING_PREPOSITION
    assert grammar([source], "The senators voted for the bill on Tuesday.") is None
    assert grammar([SOURCE], "Senior administration officials said that Michael J. Morell had "
                             "edited separately from Nuland.") == NO_OBJECT
    assert check([SOURCE], "Senior administration officials said that Michael J. Morell, then "
                           "the deputy director of, had edited the talking points.").reason == DANGLING_PREPOSITION


def test_a_purpose_clause_with_its_own_subject_has_its_verb() -> None:
    """ "for a conference to end the conflict": the infinitive is the subject's verb."""
    source = "Officials failed to agree on a date for a conference aimed at ending the conflict."
    assert grammar([source], "Officials failed to agree on a date for a conference to end the conflict.") is None


@pytest.mark.parametrize("source, rewrite, reason", [
    ("The possibility of raising premiums for richer earners was also floated.", "Was also floated.", NO_SUBJECT),
    ("The practice had been banned because of a lack of data on conservation.",
     "The practice had been banned because of.", DANGLING_PREPOSITION),
    ("They are not objecting to his speech on campus, but rather his comments on the budget.",
     "They are not objecting to his speech on campus, his comments on the budget.", BROKEN_COORDINATION),
    ('"It creates zero precedent," Mick Mulvaney, the acting chief of staff, told reporters.',
     '"It creates zero precedent," Mick Mulvaney, told reporters.', STRAY),
    ("Royce pointed to the unrest in Zimbabwe -- where a coup is unfolding -- and said he had doubts.",
     "Royce pointed to the unrest in Zimbabwe -- and said he had doubts.", UNPAIRED),
    ('"We offered the prime minister a meeting with Democrats who back Israel," Durbin said.',
     '"We offered the prime minister a meeting," Durbin said.', MISQUOTE),
    ("The host urged the party to embark on a program of recovery.", "The host urged the party.",
     NO_COMPLEMENT),
    ("In questioning by Representative Gerald Connolly, a Virginia Democrat, Mr. Shulman offered an explanation.",
     "In questioning by Representative Gerald Connolly Mr. Shulman offered an explanation.", RUN_TOGETHER),
    ("The plan has three main pillars -- strength, growth and values.", "The plan has three main pillars --.",
     CUT_OFF),
    ("Elections were delayed to give Democrats time to process the results and consider a path forward.",
     "Elections were delayed to give Democrats time to process the results and.", CUT_OFF),
])
def test_what_a_deletion_may_not_cut(source: str, rewrite: str, reason: str) -> None:
    assert grammar([source], rewrite) == reason


def test_the_alignment_prefers_whole_runs_over_the_leftmost_match() -> None:
    from summarizer.guard.cuts import alignment
    from summarizer.nlp.load import parse

    source = parse("Officials said the talks in the city ended.")
    # leftmost would take the first "the" and leave "talks in" deleted as a second run
    assert alignment(parse("The city ended."), source) == [5, 6, 7, 8]
    assert alignment(parse("The city began."), source) is None


def test_a_particle_ends_a_sentence_and_a_fusion_is_judged_as_a_deletion_of_either_source() -> None:
    assert grammar(["The soldiers lined up behind the wall."], "The soldiers lined up.") is None
    # a sound deletion of the second source, though it drops the first one's subject head
    assert grammar(["Hundreds of rebels attacked the town on Sunday.", "Rebels attacked the town."],
                   "Rebels attacked the town on Sunday.") is None


def test_a_fusion_on_its_bases_main_verb_may_lose_the_donors() -> None:
    base = "Bin Laden is believed to be living in Afghanistan."
    donor = ("Bin Laden remains at large and is believed to be living in Afghanistan under the "
             "protection of the Taliban.")
    fused = "Bin Laden is believed to be living in Afghanistan under the protection of the Taliban."
    assert grammar([base, donor], fused) is None
    # read as a deletion of the donor alone, its main verb went
    assert grammar([donor], fused) == NO_VERB
