"""trust.quantities: numbers read as (qualifier, value, unit), mentions of one quantity
paired across reports, and whether their accounts can both be true."""

from __future__ import annotations

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.trust.align import align
from summarizer.trust.quantities import compatible, quantities, quantity_differences


def make_corpus(reports: list[list[str]], language: str = "en") -> Corpus:
    return Corpus([Document(id=f"{k}.txt", path=None, paragraphs=tuple(s), language=language)
                   for k, s in enumerate(reports)])


def differences(reports: list[list[str]], language: str = "en") -> list[tuple[bool, int | None, list]]:
    """(conflicting, fact, [(changed words, [report ids])]) of every number difference."""
    corpus = make_corpus(reports, language)
    found = quantity_differences(corpus, align(corpus, embeddings=False), set(range(len(reports))))
    assert all(d.kind == "number" for d in found)
    return [(d.conflicting, d.fact, [(v.changed, [s.document for s in v.sources]) for v in d.variants])
            for d in found]


def storm(number: str) -> list[str]:
    return [f"The storm killed {number} people in the coastal province of Marana on Monday, "
            "the regional governor said."]


# --- reading numbers ------------------------------------------------------------------------


def test_quantities_read_qualifier_value_unit_and_span() -> None:
    sentence = make_corpus([["The war has claimed more than 93,000 lives and cost 2.5 million people "
                             "their homes, about 40 kilometers (25 miles) away, on July 2."]]).sentences[0]
    found = [(q.qualifier, q.value, q.unit, q.start, q.end) for q in quantities(sentence, "en")]
    assert found == [("more than", 93000.0, "live", 4, 7), ("", 2500000.0, "peopl", 10, 12),
                     ("about", 40.0, "kilomet", 15, 17), ("", 2.0, "month:jul", 23, 24)]
    assert quantities(sentence, "en")[0].claim == ("more than", 93000.0)
    # the content stems within four words, neither numbers nor the unit ("lives")
    assert quantities(sentence, "en")[0].context == frozenset({"war", "claim", "cost", "million"})


def test_a_number_after_another_counts_nothing_of_its_own() -> None:
    sentence = make_corpus([["The party won 64 of the 122 seats in the new parliament."]]).sentences[0]
    assert [(q.value, q.unit) for q in quantities(sentence, "en")] == [(64.0, ""), (122.0, "seat")]


# --- can both be true? ---------------------------------------------------------------------


@pytest.mark.parametrize("a, b, expected", [
    (("more than", 40), ("", 45), True),
    (("", 41), ("", 45), False),
    (("at least", 93000), ("more than", 93000), True),
    (("more than", 50), ("", 45), False),
    (("about", 100), ("", 108), True),
    (("about", 100), ("", 115), False),
    (("nearly", 100), ("", 95), True),
    (("nearly", 100), ("", 101), False),
    (("less than", 10), ("at most", 10), True),
    (("less than", 10), ("", 12), False),
    (("", 7), ("", 7), True),
])
def test_compatible(a: tuple[str, float], b: tuple[str, float], expected: bool) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


# --- differences between reports -----------------------------------------------------------


def test_41_and_45_killed_is_a_conflict_in_one_fact() -> None:
    assert differences([storm("41"), storm("45")]) == [
        (True, 0, [("41", ["0.txt"]), ("45", ["1.txt"])])]


def test_more_than_40_and_45_are_listed_but_compatible() -> None:
    assert differences([storm("more than 40"), storm("45")]) == [
        (False, 0, [("more than 40", ["0.txt"]), ("45", ["1.txt"])])]


def test_a_time_ago_is_no_count() -> None:
    assert [q.value for q in quantities(make_corpus([["They began the campaign 20 years ago in Beijing."]]).sentences[0])] == []


def test_spans_of_time_of_different_people_are_no_difference() -> None:
    """Close versions name the same people, but "two years" and "20 years" are of two of them."""
    assert differences([["Wang, who spent two years in prison after the protests, was arrested on Monday."],
                        ["Qin, a campaigner for 20 years, and Wang were arrested on Monday."]]) == []
    assert differences([["Wang, who served two years in prison, was arrested on Monday."],
                        ["Wang, who served three years in prison, was arrested on Monday."]]) != []


def test_figures_of_two_years_are_no_difference() -> None:
    """One fact's versions that name different years give two years' figures (d30017: last
    year's harvest and this year's); the same year, or one version naming none, still pairs."""
    last = ["North Korea needs 5 million tons of grain to feed its people, but managed last year "
            "to harvest just 2.8 million tons, the official said."]
    this = ["North Korea needs 5 million tons of grain to feed its people, but managed this year "
            "to harvest just 3 million tons, the official said."]
    assert differences([last, this]) == []
    assert differences([last, [this[0].replace("this year", "last year")]]) != []
    assert differences([last, [this[0].replace("managed this year to", "managed to")]]) != []
    by_year = differences([[last[0].replace("last year", "in 1997")], [this[0].replace("this year", "in 1998")]])
    assert [[changed for changed, _ in variants] for _, _, variants in by_year] == [["1997", "1998"]]
    assert differences([["Pelosi has led House Democrats since 2003, the aide said."],
                        ["Pelosi has led House Democrats since 2002, the aide said."]]) != []


def test_the_same_number_in_both_reports_is_no_difference() -> None:
    assert differences([storm("41"), storm("41")]) == []


def test_a_rounded_figure_and_the_same_figure_are_no_difference() -> None:
    assert differences([storm("roughly 41"), storm("41")]) == []
    assert differences([storm("an estimated 41"), storm("41")]) == []
    assert differences([storm("roughly 41"), storm("55")]) == [  # another figure still differs
        (True, 0, [("roughly 41", ["0.txt"]), ("55", ["1.txt"])])]


def test_a_report_that_gives_both_versions_differs_from_no_one() -> None:
    both = ["The storm killed an estimated 41 people in the coastal province of Marana on Monday.",
            "Officials said the storm killed at least 41 people in the province of Marana."]
    assert differences([both, storm("41")]) == []


def test_one_quantity_in_sentences_that_are_not_one_fact() -> None:
    """Same value and unit, a shared word ("claimed"): one quantity though the sentences differ."""
    found = differences([["The war has claimed at least 93,000 lives since it began, the monitoring group said."],
                         ["Envoys met in the capital as the conflict, which has claimed more than 93000 lives, "
                          "entered its third year."]])
    assert found == [(False, None, [("at least 93,000", ["0.txt"]), ("more than 93000", ["1.txt"])])]


def test_numbers_that_count_different_things_are_not_compared() -> None:
    assert differences([["The ship carried 300 passengers when it sank near the island, the coast guard said."],
                        ["About 30 journalists waited at the port for news of the ship on Friday."]]) == []


def test_two_numbers_in_one_report_are_no_difference() -> None:
    assert differences([["The storm killed 41 people on Monday and injured 45 people in Marana."]]) == []


def test_a_date_is_not_counted_as_one_quantity_across_facts() -> None:
    """Report 0's "July 2" shares value, month and two words with report 1's, but a day of a
    month in another fact is not the same quantity: only the versions of one fact differ."""
    found = differences([["The envoy arrived in the capital on July 2 for talks, the foreign ministry said."],
                         ["The parliament voted on July 2 in the capital to approve the new penal code."],
                         ["The parliament voted on July 3 in the capital to approve the new penal code."]])
    assert found == [(True, 1, [("2", ["1.txt"]), ("3", ["2.txt"])])]


def test_outside_english_close_counts_of_the_same_words_are_one_quantity() -> None:
    found = differences([["Bei dem Unglück kamen zwölf Menschen ums Leben, teilte die Polizei am Abend mit."],
                         ["Nach Angaben der Feuerwehr sind 15 Menschen bei dem Zugunglück ums Leben gekommen."]],
                        language="de")
    assert found == [(True, None, [("zwölf", ["0.txt"]), ("15", ["1.txt"])])]


def test_outside_english_days_of_a_month_are_not_counts() -> None:
    assert differences([["Bei dem Unglück am 3. Mai kamen Menschen ums Leben, teilte die Polizei mit."],
                        ["Nach Angaben der Feuerwehr ist am 4. Mai ein Zug entgleist."]], language="de") == []


# --- numbers joined to their unit -----------------------------------------------------------


def test_a_number_joined_to_its_unit_reads_as_the_two_words() -> None:
    sentence = make_corpus([["The 48-page indictment says she earned a $250,000-a-year salary, with "
                             "60-plus votes, in a 2-1 ruling by the 10-year-old panel."]]).sentences[0]
    found = [(q.qualifier, q.value, q.unit, q.thing) for q in quantities(sentence, "en")]
    assert found == [("", 48.0, "page", "indict"), ("", 250000.0, "year", "salari"),
                     ("at least", 60.0, "vote", "vote"), ("", 10.0, "year", "panel")]  # "2-1" is a score


def test_joined_numbers_of_one_fact_differ() -> None:
    assert differences([storm("48-page"), storm("47-page")]) == [
        (True, 0, [("48-page", ["0.txt"]), ("47-page", ["1.txt"])])]


def test_one_thing_described_by_joined_numbers_in_two_facts() -> None:
    """"a 48-page indictment" / "the 47-page indictment": one document, though the sentences
    are not one fact; the same count of years ("a 10-year-old boy" / "a 12-year-old boy")
    describes different things as often."""
    assert differences([["A grand jury returned a 48-page indictment against the mayor on Monday."],
                        ["The mayor faces 12 counts in the 47-page indictment unsealed in federal court."]]) == [
        (True, None, [("48-page", ["0.txt"]), ("47-page", ["1.txt"])])]
    assert differences([["A 12-year-old boy was hurt in the crash on Monday, police said."],
                        ["The driver of the second car, a 10-year-old boy, was taken to a hospital."]]) == []


def test_a_rounded_figure_in_one_fact_is_no_difference() -> None:
    assert differences([storm("43,000"), storm("43,350")]) == []
    assert differences([storm("43,000"), storm("44,350")]) == [
        (True, 0, [("43,000", ["0.txt"]), ("44,350", ["1.txt"])])]


def test_a_joined_number_describes_its_noun_not_a_count_of_its_unit() -> None:
    """"the 115-yacht fleet" is the fleet's size; "37 yachts" a count of some of them."""
    assert differences([["Half of the 115-yacht fleet were damaged in the storm off the coast, the organizers said."],
                        ["A total of 37 yachts were damaged in the storm off the coast, the organizers said."]]) == []


def test_a_bound_and_its_own_value_are_one_figure_not_a_difference() -> None:
    """"more than $250,000" and "$250,000" can both be true of one sum: not listed; "more
    than 40" / "45" differ in value: listed, not disputed; "39" is below the bound: disputed."""
    fine = "The mayor's campaign accepted {} in donations from the harbor developers, records show."
    assert differences([[fine.format("$250,000")], [fine.format("more than $250,000")]]) == []
    assert differences([[fine.format("more than $250,000")], [fine.format("$250,000")]]) == []
    assert differences([[fine.format("more than $250,000")], [fine.format("$239,000")]])[0][0] is True
