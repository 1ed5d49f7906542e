"""The guard against invented facts: handmade good and bad rewrites, and its precision on
real SmolLM2 rewrites labeled by hand (tests/data/rewrites.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.guard import Guard, Verdict, check

DATA = Path(__file__).resolve().parents[2] / "data" / "rewrites.jsonl"

WAR = (
    "Russia is among few allies for Syrian President Bashar Assad's regime in the civil war "
    "that began in March 2011 and has claimed more than 93,000 lives."
)
TOLL = "The civil war has claimed 93,000 lives in two years."
SNOWDEN = "Kerry said Snowden was not in Lavrov's portfolio."
AUGUST = "Kerry acknowledged that the next round of talks might not happen before August."
ACCUSE = "Russia has long accused the West of worsening the Syria conflict."
CONVENE = (
    "Kerry said Russia and the U.S. will seek to convene an international conference to bring "
    "together the Syrian government and the opposition."
)
QUOTE = (
    '"We both agreed that our countries have an ability to make a difference," Kerry said '
    "after meeting Lavrov on the sidelines of an Asian security summit in Brunei on Tuesday."
)
BRUNEI = "Kerry met with Russian Foreign Secretary Sergey Lavrov in Brunei on Tuesday."
MOSCOW = "Kerry's visit to Moscow was his first trip to Russia as secretary of state."
ODDS = (
    "Washington and Moscow have been at odds over Syria, with the Kremlin backing the "
    "government of Bashar Assad and Washington pledging to give some military support to rebels."
)


def refused(sources: list[str], rewrite: str, reason_start: str) -> None:
    verdict = check(sources, rewrite)
    assert not verdict.accepted, rewrite
    assert verdict.reason is not None and verdict.reason.startswith(reason_start), verdict.reason


def accepted(sources: list[str], rewrite: str) -> None:
    verdict = check(sources, rewrite)
    assert verdict.accepted, verdict.reason


# --------------------------------------------------------------------------- acceptances


def test_the_source_itself_is_accepted() -> None:
    accepted([WAR], WAR)


def test_deletion_only_compression_is_accepted() -> None:
    accepted([WAR], "Russia is among few allies for Assad's regime in the civil war.")
    accepted([ODDS], "Washington and Moscow have been at odds over Syria.")


def test_number_normalisation_is_accepted() -> None:
    accepted([TOLL], "The civil war has claimed 93000 lives.")
    accepted([WAR], "The civil war began in March 2011 and has claimed more than 93000 lives.")


def test_number_words_equal_digits() -> None:
    accepted([TOLL], "The war has claimed 93,000 lives in 2 years.")


def test_inflection_changes_are_accepted() -> None:
    accepted([ACCUSE], "Russia accuses the West of worsening the Syria conflict.")
    accepted([QUOTE], "Kerry met Lavrov in Brunei on Tuesday.")  # "meeting" -> "met"


def test_aliases_of_names_are_accepted() -> None:
    accepted([CONVENE], "Kerry said Russia and the United States will seek to convene a conference.")
    accepted([BRUNEI], "Kerry met Russia's Lavrov in Brunei.")  # Russian ~ Russia


def test_reordered_clauses_are_accepted() -> None:
    accepted([BRUNEI], "In Brunei on Tuesday, Kerry met with Lavrov.")
    accepted([QUOTE], 'Kerry said: "We both agreed that our countries have an ability to make a difference."')


def test_contracted_negation_is_the_same_negation() -> None:
    accepted([SNOWDEN], "Kerry said Snowden wasn't in Lavrov's portfolio.")


def test_a_kept_hedge_may_change_its_word() -> None:
    accepted([AUGUST], "Kerry acknowledged that the talks may not happen before August.")


def test_narration_next_to_a_quote_needs_no_attribution() -> None:
    accepted([QUOTE], "Kerry met Lavrov on the sidelines of an Asian security summit in Brunei.")


# --------------------------------------------------------------------------- refusals


def test_unsupported_number_is_refused() -> None:
    refused([WAR], "The civil war has claimed more than 95,000 lives.", "unsupported number: 95,000")


def test_lost_qualifier_is_refused() -> None:
    refused([WAR], "The civil war has claimed 93,000 lives.", "changed quantity: 93,000")


def test_added_qualifier_is_refused() -> None:
    refused([TOLL], "The civil war has claimed more than 93,000 lives.", "changed quantity")


def test_invented_name_is_refused() -> None:
    refused([WAR], "Russia is among few allies for Putin's regime.", "unsupported name: Putin's")


def test_invented_content_word_is_refused() -> None:
    refused([BRUNEI], "Kerry met angrily with Lavrov in Brunei.", "unsupported word: angrily")


def test_dropped_negation_is_refused() -> None:
    refused([SNOWDEN], "Kerry said Snowden was in Lavrov's portfolio.", "dropped negation: not")


def test_added_negation_is_refused() -> None:
    refused([BRUNEI], "Kerry did not meet Lavrov in Brunei.", "added negation: not")


def test_dropped_hedge_is_refused() -> None:
    refused([AUGUST], "Kerry acknowledged that the talks will not happen before August.", "dropped hedge: might")
    refused([AUGUST], "Kerry acknowledged that the talks did not happen before August.", "dropped hedge: might")


def test_a_dropped_allegation_is_refused() -> None:
    """An accusation is not a finding: dropping "alleged" or "suspected" states it as fact."""
    plot = "Sam Rainsy's party has been under investigation over alleged plots to kill Hun Sen."
    refused([plot], "Sam Rainsy's party has been under investigation over plots to kill Hun Sen.",
            "dropped hedge: alleged")
    refused(["The suspected rebels attacked a convoy near the border."],
            "The rebels attacked a convoy near the border.", "dropped hedge: suspected")
    accepted([plot], "Sam Rainsy's party has been under investigation over alleged plots.")


def test_dropped_intention_is_refused() -> None:
    refused([CONVENE], "Kerry said Russia and the U.S. will convene an international conference.",
            "dropped intent: seek")


def test_dropped_attribution_is_refused() -> None:
    refused([AUGUST], "The next round of talks might not happen before August.", "dropped attribution")
    refused([QUOTE], "Our countries have an ability to make a difference.", "dropped")


def test_changed_speaker_is_refused() -> None:
    refused([SNOWDEN], "Lavrov said Snowden was not in his portfolio.", "changed attribution")


def test_a_speaker_keeps_the_attribution_without_the_appositive() -> None:
    """Deleting the appositive between a speaker and "said" keeps the same speaker; another
    name in its place is still refused."""
    source = "Kellyanne Conway, an adviser to the president, said the wall would be built."
    assert check([source], "Kellyanne Conway said the wall would be built.").accepted
    other = "Mick Mulvaney, the acting chief of staff, told reporters the shutdown could last."
    assert check([other], "Mick Mulvaney told reporters the shutdown could last.").accepted
    assert check([source, other], "Mick Mulvaney said the wall would be built.").reason.startswith(
        ("changed attribution", "unsupported combination"))


def test_added_attribution_is_refused() -> None:
    refused([TOLL], "Kerry said the civil war has claimed 93,000 lives.", "added attribution")


def test_role_reversal_is_refused() -> None:
    refused([ACCUSE], "The West has long accused Russia of worsening the Syria conflict.",
            "role reversed: west/russia around 'accused'")


def test_passive_voice_change_is_refused() -> None:
    refused([ACCUSE], "The West was accused by Russia of worsening the conflict.", "role reversed")
    refused(["Russia accused the United States and Britain of hypocrisy."],
            "The United States was accused of hypocrisy by Russia.", "")


def test_words_wired_to_the_wrong_partner_are_refused() -> None:
    refused([ODDS], "Washington pledged to give military support to the government of Bashar Assad.",
            "unsupported combination")
    refused([CONVENE], "Kerry said the Syrian government and the opposition will seek to convene a conference.",
            "unsupported combination")


def test_a_fusion_that_cross_wires_two_sources_is_refused() -> None:
    refused([BRUNEI, MOSCOW], "Kerry met Lavrov in Moscow on Tuesday.", "unsupported combination: Lavrov ... Moscow")


def test_a_faithful_fusion_is_accepted() -> None:
    accepted([BRUNEI, MOSCOW], "Kerry met Lavrov in Brunei on Tuesday, and his visit to Moscow was his first trip to Russia.")


def test_one_kept_cue_cannot_stand_for_two() -> None:
    source = "The United States and Russia are committed to a conference seeking a political resolution."
    refused([source], "The United States and Russia are committed to a political resolution.",
            "dropped intent: seeking")


def test_a_purpose_infinitive_keeps_the_intent() -> None:
    source = "Officials failed to agree on a date for a conference aimed at ending the conflict."
    accepted([source], "Officials failed to agree on a date for a conference to end the conflict.")
    refused([source], "Officials agreed on a date for a conference aimed at ending the conflict.",
            "dropped negation: failed")


def test_a_repeated_name_is_refused() -> None:
    refused([ODDS], "Washington and Moscow have been at odds over Syria, with Washington backing the "
            "government of Bashar Assad and Washington pledging to give some military support to rebels.",
            "repeated name: Washington")


def test_a_moved_time_is_refused() -> None:
    source = "Washington last month pledged to give some military support to the rebels."
    refused([source], "Washington this month pledged to give some military support to the rebels.",
            "unsupported word: this")


def test_a_fusion_may_take_a_word_from_the_sentence_without_the_negation() -> None:
    failed = "Officials met in Geneva but failed to agree on a date for a conference."
    agreed = "Russia and the United States agreed on Tuesday to hold a conference."
    accepted([failed, agreed], "Russia and the United States agreed on Tuesday to hold a conference.")
    refused([failed, agreed], "Officials met in Geneva and agreed on a date for a conference.",
            "dropped negation: failed")


def test_a_quote_keeps_its_speaker_even_when_it_says_we_believe() -> None:
    quote = '"We believe that the Geneva communique is the important track," said Kerry.'
    refused([quote], "We believe that the Geneva communique is the important track.", "dropped attribution")
    accepted([quote], "Kerry believes that the Geneva communique is the important track.")


def test_one_kept_attribution_does_not_cover_another_quote() -> None:
    progress = 'Kerry said he and Lavrov "made progress" about the planned meeting in Geneva.'
    refused([QUOTE, progress],
            "We both agreed that our countries have an ability to make a difference, and Kerry said "
            'he and Lavrov "made progress" about the planned meeting in Geneva.', "dropped attribution")
    accepted([QUOTE, progress],
             "Kerry said they agreed that their countries have an ability to make a difference, and "
             'that he and Lavrov "made progress" about the planned meeting in Geneva.')


def test_an_of_phrase_keeps_its_head() -> None:
    standards = "They signed on to a set of standards which would prohibit any use of chemical weapons."
    refused([standards], "They signed on to a set of standards that would prohibit chemical weapons.",
            "dropped head: use of chemical")
    accepted([standards], "They signed on to a set of standards.")


def test_an_of_phrase_keeps_its_complement() -> None:
    militants = "A very large number of the militants are foreign nationals."
    refused([militants], "A large number of foreign nationals are militants.",
            "changed attachment: number of foreign")
    accepted([militants], "A large number of the militants are foreign nationals.")
    accepted(["Kerry said Assad's fate is open."], "Kerry said the fate of Assad is open.")


def test_cut_off_generation_is_refused() -> None:
    refused([BRUNEI], "Kerry met with Russian Foreign Secretary Sergey", "incomplete sentence")


def test_empty_inputs_are_refused() -> None:
    assert not check([BRUNEI], "  ").accepted
    assert not check([], "Kerry met Lavrov.").accepted


# --------------------------------------------------------------------------- the Guard class


def test_apply_falls_back_to_the_sources() -> None:
    guard = Guard()
    text, verdict = guard.apply([SNOWDEN], "Kerry said Snowden was in Lavrov's portfolio.")
    assert text == SNOWDEN and not verdict
    text, verdict = guard.apply([SNOWDEN], "Snowden was not in Lavrov's portfolio, Kerry said.")
    assert text.startswith("Snowden") and verdict


def test_lenient_guard_tolerates_one_plain_word_but_never_a_name() -> None:
    lenient = Guard(strictness="lenient")
    assert lenient([BRUNEI], "Kerry met angrily with Lavrov in Brunei.").accepted
    assert not lenient([BRUNEI], "Kerry met angrily with Putin in Brunei.").accepted
    assert not lenient([BRUNEI], "Kerry met angrily and warmly with Lavrov in Brunei.").accepted


def test_unknown_strictness_is_an_error() -> None:
    try:
        Guard(strictness="loose")  # type: ignore[arg-type]
    except ValueError as error:
        assert "strictness" in str(error)
    else:
        raise AssertionError("Guard accepted an unknown strictness")


def test_verdict_is_truthy_when_accepted() -> None:
    assert Verdict(True) and not Verdict(False, "why")


# --------------------------------------------------------------------------- the labeled set


def _labeled() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labeled_set_is_complete() -> None:
    items = _labeled()
    assert len(items) >= 60
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        assert {"id", "sources", "rewrite", "prompt_kind", "faithful", "note"} <= set(item)
        assert isinstance(item["faithful"], bool), item["id"]
        assert item["faithful"] or item["note"], f"{item['id']}: unfaithful needs a note"
    kinds = {i["prompt_kind"] for i in items}
    assert kinds == {"compress", "paraphrase", "fuse"}
    assert any(i["faithful"] for i in items) and any(not i["faithful"] for i in items)


def test_precision_regression_on_the_rewrites_its_rules_were_written_against() -> None:
    """A regression check, not evidence: the guard's rules were written against these 242
    labeled rewrites (every batch was used for development in the end), so precision here
    only shows no rule was lost. Evidence comes from sets labeled before any rule was tuned
    on them: tests/data/grammar_labeled_frozen.jsonl (python bench/bench_fusion.py --labeled
    tests/data/grammar_labeled_frozen.jsonl)."""
    items = _labeled()
    verdicts = [check(i["sources"], i["rewrite"]) for i in items]
    kept = [i for i, v in zip(items, verdicts) if v.accepted]
    assert kept, "the guard accepts nothing"
    precision = sum(i["faithful"] for i in kept) / len(kept)
    false_accepts = [i["id"] for i in kept if not i["faithful"]]
    assert precision >= 0.95, f"precision {precision:.3f}; false accepts: {false_accepts}"


def test_a_fusion_may_pass_from_one_source_to_the_other_at_a_shared_word() -> None:
    """Word-graph fusion: each neighbouring pair stands in one source and the switch is at a
    word both hold; with different figures in the sources the chain is refused."""
    base = "The storm killed two fishermen off the coast of Maine on Tuesday."
    donor = "The storm killed two fishermen from Portland off the coast of Maine."
    assert check([base, donor], "The storm killed two fishermen from Portland off the coast "
                                "of Maine on Tuesday.").accepted
    other = "The storm killed three fishermen from Portland off the coast of Maine."
    assert not check([base, other], "The storm killed two fishermen from Portland off the "
                                    "coast of Maine on Tuesday.").accepted
