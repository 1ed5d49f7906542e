"""summarizer/guard/attribution.py: reported content stays reported, by one of the sources'
speakers."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.analysis import analyse
from summarizer.guard.attribution import (attribution_verbs, reported, reporters_details, rule_attribution,
                                           speakers)


def judge(sources: list[str], rewrite: str) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule_attribution(src, [Support.of(a) for a in src], rw)


def read(text: str) -> tuple[list[int], set[str] | None, list[int]]:
    a = analyse(text)
    return attribution_verbs(a), speakers(a), sorted(reported(a))


def test_what_an_attribution_verb_reports() -> None:
    assert read("Kerry said the talks were delayed.") == ([1], {"kerri"}, [2, 3, 4, 5])
    # a postposed speaker reports the clauses before it, not the narration after it
    assert read("The talks were delayed, Kerry said after meeting Lavrov.") == ([5], {"kerri"}, [0, 1, 2, 3])
    assert read("According to police, two men died.") == ([0], set(), [3, 4, 5])


def test_a_verb_with_other_senses_or_a_first_person_speaker_attributes_nothing() -> None:
    assert read("The attack claimed 93 lives.") == ([], None, [])
    assert read('"We believe it," we said.') == ([], None, [])


def test_reported_words_keep_their_speaker() -> None:
    source = ["Kerry said the talks were delayed."]
    assert judge(source, "Kerry said the talks were delayed.") is None
    assert judge(source, "The talks were delayed.") == "dropped attribution: said"
    assert judge(source, "Lavrov said the talks were delayed.") == "changed attribution: lavrov"
    assert judge(["The talks were delayed."], "Kerry said the talks were delayed.") == "added attribution: said"


def test_a_fusion_may_not_put_one_speakers_words_in_anothers_mouth() -> None:
    sources = ["Mulvaney said the shutdown would end.", "Conway said the wall would be built."]
    assert judge(sources, "Mulvaney said the wall would be built.") == \
        "changed attribution: mulvaney (words of another speaker's source)"
    assert judge(sources, "Conway said the wall would be built.") is None


def test_a_speakers_own_appositive_is_narration() -> None:
    # the verb opens its clause after its speaker's appositive: the age is the reporter's
    verbs, _, inside = read("Saramago, 75, said in an interview that he is weary.")
    assert verbs == [2] and inside == [3, 4, 5, 6, 7, 8, 9]
    sources = ["Jose Saramago won the prize.", "Saramago, 75, said in an interview that he is weary."]
    assert judge(sources, "Jose Saramago, 75, won the prize.") is None


def test_a_long_who_clause_of_the_speaker_is_narration_too() -> None:
    """DUC 2004 d30056: a fusion lends the speaker a 16-word "who" clause; what the verb
    after it reports stays reported (it was read as a postposed verb reporting the clause)."""
    fused = ("Maskhadov, who has been unable to restore law and order in Chechnya since being elected last "
             "year, said in Grozny that the bodies had been recovered.")
    verbs, _, inside = read(fused)
    assert verbs == [17] and inside == list(range(18, 26))
    sources = ["Maskhadov said in Grozny that the bodies had been recovered.",
               '"We will solve this crime," said Maskhadov, who has been unable to restore law and order in '
               'Chechnya since being elected last year.']
    assert judge(sources, fused) is None
    # an appositive as long is still a clause of its own: the verb after it reports it
    long = "The talks, which the two sides held for three days in a hotel near the border, failed, Kerry said."
    assert read(long)[2] == list(range(0, 17))


def test_a_title_or_age_under_a_postposed_verb_is_the_reporters() -> None:
    source = "Col. Gadhafi, whose country is under an embargo, arrived by land, an official statement said."
    assert {analyse(source).tokens[k].text for k in reporters_details(analyse(source))} == {"Col", "Gadhafi"}
    assert judge(["Annan met with Gadhafi.", source], "Annan met with Col. Gadhafi.") is None
    assert judge(["Yeltsin stayed home.", "Yeltsin, 67, has an infection, his office said."],
                 "Yeltsin, 67, stayed home.") is None
    # not a description, not inside a quotation, not what a verb before it reports
    assert judge(["Yeltsin stayed home.", "Yeltsin, the culprit, has an infection, his office said."],
                 "Yeltsin, the culprit, stayed home.") == "dropped attribution: said"
    assert judge(["Yeltsin stayed home.", '"Yeltsin, 67, has an infection," his office said.'],
                 "Yeltsin, 67, stayed home.") == "dropped attribution: said"
    assert judge(["Yeltsin stayed home.", "Holbrooke said he meets Yugoslav President Yeltsin."],
                 "Yugoslav President Yeltsin stayed home.") == "dropped attribution: said"


def test_the_speakers_description_before_a_postposed_verb_is_who_speaks() -> None:
    source = '"The ferry will run again," the harbor board chairwoman, Ada Voss, said.'
    assert {analyse(source).tokens[k].text for k in reporters_details(analyse(source))} >= {
        "harbor", "board", "chairwoman", "Ada", "Voss"}
    assert judge(["Voss said the pier was closed.", source],
                 "Voss, the harbor board chairwoman, said the pier was closed.") is None
    # what she said is still hers, and a description that is not the speaker's is reported
    assert judge(["Voss said the pier was closed.", source], "The ferry will run again.") == "dropped attribution: said"
    assert judge(["Voss stayed home.", "Voss, the culprit, had left, the harbor board said."],
                 "Voss, the culprit, stayed home.") == "dropped attribution: said"


def test_who_someone_is_set_off_inside_indirect_speech_is_the_reporters_aside() -> None:
    sources = ["Marc Hodler, the Swiss member of the IOC board, said Samaranch had ordered him to keep quiet.",
               '"It is a serious problem," Samaranch, president of the International Olympic Committee, said.']
    assert judge(sources, "Marc Hodler said Samaranch, president of the International Olympic Committee, "
                          "had ordered him to keep quiet.") is None
    # only what a source narrates: another speaker's words stay theirs
    assert judge(["Hodler said Samaranch had ordered him to keep quiet.", "Kerry said Samaranch, a crook, ordered it."],
                 "Hodler said Samaranch, a crook, had ordered him to keep quiet.") == \
        "changed attribution: hodler (words of another speaker's source)"
    # an age is of its report's moment, not of the moment the speaker spoke of
    assert judge(["HuffPost reported in 2012 Christie turned down an invitation.",
                  "Mr. Christie, 52, honed his political technique."],
                 "HuffPost reported in 2012 Christie, 52, turned down an invitation.") is not None


def test_a_passive_verb_of_belief_attributes_to_someone_unnamed() -> None:
    # its subject is what is believed, not who believes it
    assert read("Bin Laden is believed to be in Afghanistan.")[1] == set()
    base, donor = ("Bin Laden is believed to be living in Afghanistan.",
                   "Bin Laden remains at large and is believed to be living in Afghanistan under "
                   "the protection of the Taliban, the movement that rules that country.")
    assert judge([base, donor], "Bin Laden is believed to be living in Afghanistan under the protection "
                                "of the Taliban.") is None
    # "believed" set apart from its subject by an appositive still attributes what follows
    held = "Kurds gathered where rebel leader Abdullah Ocalan is believed held."
    assert judge([held, "Ocalan, a political science dropout, founded the PKK."],
                 "Kurds gathered where rebel leader Abdullah Ocalan, a political science dropout, "
                 "is believed held.") is None
    assert judge([held], "Kurds gathered where rebel leader Abdullah Ocalan is held.") == "dropped attribution: believed"
    # a passive of another verb attributes nothing
    assert read("Three names were added to the list.")[0] == []


def test_a_title_of_three_words_or_more_under_a_postposed_verb_is_the_reporters_anywhere() -> None:
    donor = ("Doctors ordered Russian President Boris Yeltsin to cut short his trip and he agreed "
             "to return home Monday, officials said.")
    assert judge(["Yeltsin has a history of health problems.", donor],
                 "Russian President Boris Yeltsin has a history of health problems.") is None
    assert judge(["Yeltsin has a history of health problems.", donor],
                 "Yeltsin has a history of health problems and agreed to return home Monday.") == \
        "dropped attribution: said"
