"""The clutter rules on their own: headlines (capitals, questions), tables, error pages and
cookie walls, reports in capitals, and the cheap not-English test."""

from __future__ import annotations

import pytest

from summarizer.clutter import (clutter_reason, in_capitals, is_notice, is_table, not_english_reason,
                                take_headline)

STORY = ["Three people died on Tuesday when a fire swept through an apartment building, officials said.",
         "Firefighters fought the blaze for six hours before it was under control."]


@pytest.mark.parametrize("headline", ["FIRE KILLS THREE IN HARBOR DISTRICT", "Is the harbor district safe?",
                                      "Fire kills three in harbor district"])
def test_headlines_in_capitals_and_questions(headline):
    assert take_headline([headline, *STORY]) == (headline, STORY)


@pytest.mark.parametrize("first", [
    "BANDAR SERI BEGAWAN, Brunei",  # a place line, not a headline
    "What happens when a town runs out of water? Nobody in Port Halvey wanted to find out.",  # a lede
])
def test_place_lines_and_question_ledes_are_not_headlines(first):
    assert take_headline([first, *STORY])[0] is None


def test_the_only_paragraph_is_never_the_headline():
    assert take_headline(["Officials met on Tuesday to discuss the conflict and"]) == (
        None, ["Officials met on Tuesday to discuss the conflict and"])


def test_tables_and_notices():
    assert is_table("| Name | Age |") and is_table("Name | Age |---|---| Ana | 34")
    assert not is_table("Home | World | Sports")  # a menu: dropped as not prose instead
    assert clutter_reason("Home | World | Sports", set()) == "not prose"
    assert is_notice("Sorry, the page you are looking for does not exist.")
    assert is_notice("We use cookies to improve your experience.")
    assert not is_notice("The court ruled that sites must ask before they store cookies on a computer "
                         "and fined the company for every visitor it tracked without consent, "
                         "a penalty that lawyers said would change how news sites work across the "
                         "continent for years to come, although the company said it would appeal.")


def test_a_report_in_capitals_is_prose():
    caps = [p.upper() for p in STORY]
    assert in_capitals(caps) and not in_capitals(STORY)
    assert clutter_reason(caps[0], set()) == "all caps"
    assert clutter_reason(caps[0], set(), capitals=True) is None


@pytest.mark.parametrize("paragraphs, reason", [
    (STORY, None),
    (["Home | World | Sports", "Latest News"], None),  # too little prose to tell
    (["Die Feuerwehr hat am Dienstag drei Menschen aus dem brennenden Haus gerettet, sagte ein Sprecher."],
     "not English (few English function words)"),
    (["Пожарные спасли во вторник трёх человек из горящего дома."], "not English (Cyrillic script)"),
    (["消防员周二从市中心一座着火的房屋中救出三人，警方发言人说。"], "not English (Chinese characters)"),
])
def test_not_english(paragraphs, reason):
    assert not_english_reason(paragraphs) == reason
