"""summarizer.generation.moments: whether a lent detail holds at the moment the base speaks of
(exact answers on handmade sentences)."""

from __future__ import annotations

from summarizer.generation.moments import (described_in_another_time, figure_of_another_year, of_a_moment,
                                           present_in_a_dated_past)
from summarizer.nlp.load import parse


def test_a_past_clause_tells_of_one_moment_and_a_present_one_describes() -> None:
    assert of_a_moment("relative clause", "who was accompanied by parents of victims")
    assert not of_a_moment("relative clause", "who represents a conservative district")
    assert not of_a_moment("appositive", "a former general")


def test_a_present_clause_is_not_lent_to_a_dated_past() -> None:
    """The Sun lawsuit of 1998 was not part of the summer of 1995."""
    clause = "where Microsoft is locked in a legal battle with its archrival, Sun Microsystems Inc."
    dated = parse("In the summer of 1995, a whiff of revolution was in the air in Silicon Valley.")
    assert present_in_a_dated_past(dated, "relative clause", clause)
    assert not present_in_a_dated_past(parse("Microsoft executives met in Silicon Valley in 1995."), "relative clause",
                                       "where many of its rivals were based")
    assert not present_in_a_dated_past(parse("Executives now meet in Silicon Valley every spring."), "relative clause",
                                       clause)


def test_a_figure_of_a_year_the_base_does_not_state_is_not_lent() -> None:
    donor = parse("In 1994, nearly 1 million refugees engulfed Goma, a town of 30,000.")
    assert figure_of_another_year(parse("The rebels took Goma on Sunday."), donor, "a town of 30,000")
    assert not figure_of_another_year(parse("The rebels took Goma on Sunday."), donor, "a lakeside town")


def test_a_title_or_age_is_not_lent_into_a_clause_about_another_time() -> None:
    """Four years earlier Gingrich was not yet Speaker; Anwar was 50 when deputy prime minister."""
    assert described_in_another_time("Just four years ago, it was a good bet that Speaker Newt Gingrich would be "
                                     "the pivotal figure in U.S. politics.", "title", "Speaker")
    assert described_in_another_time("Like Estrada, Habibie served as vice president when Anwar, 51, was deputy "
                                     "prime minister, making them counterparts.", "appositive", "51")
    # weeks ago, the event the report tells, the report's present: the donor's day
    assert not described_in_another_time("Just two weeks ago, Speaker Newt Gingrich had foreseen election gains.",
                                         "title", "Speaker")
    assert not described_in_another_time("As Pinochet, 82, left the clinic, police arrested him.", "appositive", "82")
    assert not described_in_another_time("Yeltsin, 67, has a history of health problems.", "appositive", "67")
    # a clause lent whole is judged by the other rules
    assert not described_in_another_time("When Anwar, who led the talks, was deputy prime minister, he traveled.",
                                         "relative clause", "who led the talks")


def test_an_age_or_title_is_not_lent_into_a_past_clause_a_year_the_donor_does_not_state_dates() -> None:
    """Set 26: "In 2007 Mr. Huckabee[, 59,] was quoted as saying" (59 in 2015, HuffPost's day)."""
    fused = "In 2007 Mr. Huckabee, 59, was quoted as saying, \"Climate change is here, it's real.\""
    assert described_in_another_time(fused, "appositive", "59")
    assert described_in_another_time("Senator Smith voted for the bill in 1996.", "title", "Senator")
    # the donor dates its description by the same year; a description of who someone is; the present
    assert not described_in_another_time(fused, "appositive", "59", frozenset({"2007"}))
    assert not described_in_another_time("Ocalan, Turkey's most-wanted man, founded the Kurdistan Workers Party "
                                         "in 1978.", "appositive", "Turkey's most-wanted man")
    assert not described_in_another_time("Mr. Huckabee, 59, has said since 2007 that climate change is real.",
                                         "appositive", "59")


def test_an_age_is_not_lent_into_what_a_past_to_be_says_of_a_dated_time() -> None:
    """Set 30: "Wang[, 32,] was a leader of student demonstrations in Tiananmen Square in 1989"
    (32 on the donor's day, about 23 then): the year dates what "was" says, not the verb."""
    fused = ("Wang, 32, was a leader of student demonstrations in Tiananmen Square in 1989 and served two years "
             "in prison.")
    assert described_in_another_time(fused, "appositive", "32")
    assert not described_in_another_time(fused, "appositive", "32", frozenset({"1989"}))
    assert not described_in_another_time("Wang, 32, is a veteran of the student demonstrations of 1989.",
                                         "appositive", "32")


def test_an_age_is_not_lent_into_a_clause_about_someones_youth() -> None:
    """Set 31: "As a boy, Voinovich[, 61,] once delivered newspapers" (61 on the donor's day)."""
    assert described_in_another_time("As a boy, Voinovich, 61, once delivered newspapers to the Boyle home.",
                                     "appositive", "61")
    assert described_in_another_time("As a child, Ocalan, 49, lived in a village near the Syrian border.",
                                     "appositive", "49")
    assert not described_in_another_time("As governor, Voinovich, 61, cut the state's budget.", "appositive", "61")
    assert described_in_another_time(  # nor who he is now
        "As a boy, Voinovich, a Republican who is barred from seeking a third term, once delivered newspapers.",
        "appositive", "a Republican who is barred from seeking a third term")


def test_an_age_is_not_lent_into_a_clause_about_a_birth() -> None:
    """Set 36: "Saramago[, 75,] was born into a poor, illiterate family in Azinhaga"."""
    assert described_in_another_time("Saramago, 75, was born into a poor, illiterate family in Azinhaga.",
                                     "appositive", "75")
    assert described_in_another_time("Voinovich, 61, was raised in a Cleveland suburb.", "appositive", "61")
    # who someone is may stand there, and an age in a clause of the donor's day
    assert not described_in_another_time("Saramago, a novelist, was born into a poor family in Azinhaga.",
                                         "appositive", "a novelist")
    assert not described_in_another_time("Saramago, 75, was awarded the prize.", "appositive", "75")
