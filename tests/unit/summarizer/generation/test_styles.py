"""summarizer.generation.styles: a fusion keeps its base report's way of naming people
(exact answers on handmade sentences after basil-dev's "Mr. Hunter, one of Trump's earliest
supporters")."""

from __future__ import annotations

from summarizer.generation.styles import clashes, titled_surnames

#: A report in The New York Times' style (a courtesy title after the first mention).
TITLED_REPORT = ["Representative Duncan Hunter was indicted on Tuesday.",
                 "Mr. Hunter was one of the first members of Congress to endorse Mr. Trump.",
                 "By March 2017, Mr. Hunter was already being investigated."]
#: A report in Fox News' style (bare surnames).
BARE_REPORT = ["Rep. Duncan Hunter was indicted Tuesday.", "Hunter was an early Trump supporter."]


def test_titled_surnames_are_read_from_the_text() -> None:
    assert titled_surnames(TITLED_REPORT) == {"Hunter", "Trump"}
    assert titled_surnames(["Mr. Trump's lawyer met Ms Pelosi."]) == {"Trump", "Pelosi"}
    assert titled_surnames(BARE_REPORT) == set()


def test_a_bare_surname_lent_to_a_titled_report_clashes() -> None:
    base = TITLED_REPORT[2]
    fused = "By March 2017, Mr. Hunter, one of Trump's earliest supporters in the race, was already being investigated."
    assert clashes(TITLED_REPORT, base, fused)
    styled = "By March 2017, Mr. Hunter, one of Mr. Trump's earliest supporters in the race, was already being investigated."
    assert not clashes(TITLED_REPORT, base, styled)


def test_a_compound_or_full_name_is_no_bare_mention() -> None:
    base = TITLED_REPORT[2]
    assert not clashes(TITLED_REPORT, base, "By March 2017, Mr. Hunter, a backer of the Trump campaign, "
                                            "was already being investigated.")
    assert not clashes(TITLED_REPORT, base, "By March 2017, Mr. Hunter, an early backer of Donald Trump, "
                                            "was already being investigated.")


def test_a_courtesy_title_lent_to_a_bare_report_clashes() -> None:
    base = "Hunter was indicted Tuesday."
    assert clashes(BARE_REPORT, base, "Hunter, one of Mr. Trump's earliest supporters, was indicted Tuesday.")
    assert not clashes(BARE_REPORT, base, "Hunter, one of Trump's earliest supporters, was indicted Tuesday.")


def test_a_name_the_base_already_gives_bare_is_left_as_it_is() -> None:
    """Only what the fusion adds is judged: the base report's own wording stands."""
    base = "Trump's lawyer said Mr. Hunter was investigated."
    assert not clashes(TITLED_REPORT, base, "Trump's lawyer said Mr. Hunter, a California Republican, was investigated.")
