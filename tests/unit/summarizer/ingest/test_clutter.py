"""The clutter rules on their own: headlines (capitals, questions), tables, error pages and
cookie walls, reports in capitals, and the cheap not-English test."""

from __future__ import annotations

import pytest

from summarizer.ingest.clutter import (Metadata, clutter_reason, in_capitals, is_notice, is_table,
                                not_english_reason, remove_clutter, take_headline)
from summarizer.text import normalize

STORY = ["Three people died on Tuesday when a fire swept through an apartment building, officials said.",
         "Firefighters fought the blaze for six hours before it was under control."]


@pytest.mark.parametrize("headline", ["FIRE KILLS THREE IN HARBOR DISTRICT", "Is the harbor district safe?",
                                      "Fire kills three in harbor district",
                                      "Mayor to council: We won't pay for 'that useless wall!'",
                                      "Fire Is 'Contained,' Unlike Floods, Governor Tells U.S."])
def test_headlines_in_capitals_and_questions(headline):
    assert take_headline([headline, *STORY]) == (headline, STORY)


@pytest.mark.parametrize("first", [
    "BANDAR SERI BEGAWAN, Brunei",  # a place line, not a headline
    "What happens when a town runs out of water? Nobody in Port Halvey wanted to find out.",  # a lede
    "It was over! Nobody in Port Halvey had expected the fire to burn for six hours.",  # a lede
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


LEDE = "President Donald Trump on Monday defended his former national security adviser."


@pytest.mark.parametrize("dash", ["-", "--", "\u2013", "\u2014", "\u2015", "\u2012", "\u2013-"])
def test_a_dateline_ends_with_any_dash(dash):
    # HuffPost writes "WASHINGTON \u2015", the Times "WASHINGTON \u2014", wires "--".
    for place, expected in (("WASHINGTON", "Washington"), ("KANSAS CITY, Mo.", "Kansas City, Mo.")):
        meta = Metadata()
        body, _ = remove_clutter([f"{place} {dash} {LEDE}", STORY[1]], set(), meta)
        assert body == [LEDE, STORY[1]] and meta.place == expected


@pytest.mark.parametrize("dateline, place, outlet", [
    ("WASHINGTON \u2015", "Washington", None),  # HuffPost's bar may touch the next word
    ("Denver (AP) \u2013 ", "Denver", "AP"),  # a place in title case, with a wire credit
    ("Port Halvey (The Associated Press) -- ", "Port Halvey", "The Associated Press"),
    ("New York \u2013 ", "New York", None),  # Fox News: title case, one dash, a new sentence
])
def test_datelines_without_a_space_or_in_title_case(dateline, place, outlet):
    meta = Metadata()
    body, _ = remove_clutter([dateline + LEDE, STORY[1]], set(), meta)
    assert body == [LEDE, STORY[1]] and (meta.place, meta.outlet) == (place, outlet)


@pytest.mark.parametrize("first", [
    "Mr. McConnell \u2014 who leads the Senate \u2014 said the vote would be held on Tuesday.",
    "Mr. McConnell (R-Ky.) -- who leads the Senate -- said the vote would be held on Tuesday.",
    "Bloomberg \u2015 the former mayor of New York \u2015 said on Monday that he would not run.",
    "WASHINGTON\u2015based lobbyists met the committee on Monday to discuss the bill.",
    "NASA: the agency said on Monday that the launch would be delayed by a week.",
    "Mr. McConnell \u2013 Senate leader since 2015 \u2013 said the vote would be on Tuesday.",
    "Mr. McConnell \u2013 The vote, he said, would be held on Tuesday.",
])
def test_a_dash_after_prose_or_a_colon_alone_is_not_a_dateline(first):
    meta = Metadata()
    body, _ = remove_clutter([first, STORY[1]], set(), meta)
    assert body[0] == normalize(first) and meta.place is None


# --- the fast paths give the rules' answers ------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from summarizer import language  # noqa: E402
from summarizer.ingest import clutter  # noqa: E402
from summarizer.text import words as text_words  # noqa: E402

#: Pieces that make the slow patterns match or nearly match, with the characters that
#: case-insensitive matching pairs with ASCII letters ("İ", "ı", "K", "ſ").
_PIECES = ["Photo", "PHOTO: ", "file photo", "(photo", "İmage: ", "ımage credit:", "Getty Images",
           "AP Photo", "REUTERS/Jane Doe", "ABC / Bob", "©", "(C) 2004", "(c)1999", "Copyright",
           "COPYRİGHT", "All Rights Reserved", "all rights reſerved", "photograph by:", "pho",
           "to", "/", " ", "\n", "A", "Kelvin K", "ſ", "word", ".", ":"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_required_strings_never_hide_a_match(text):
    for pattern in clutter._REQUIRED:
        assert clutter._found(pattern, text) == bool(pattern.search(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBcDÉéßſ ẞǅ1.İıΣσ", max_size=40))
def test_all_caps_is_the_share_of_capital_letters(text):
    letters = [ch for ch in text if ch.isalpha()]
    expected = len(letters) >= 3 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
    assert clutter.is_all_caps(text) == expected


def test_words_are_kept_per_language():
    text = "Firefighters rescued three people. 消防员周二救出三人。"
    with language.use("zh"):
        chinese = clutter.words(text)
    english = clutter.words(text)
    assert english == tuple(text_words(text, "en")) and chinese == tuple(text_words(text, "zh"))
    assert english != chinese


@pytest.mark.parametrize("paragraph, cleaned", [
    ("Q. (italics)Why are you skeptical about the deal?(end italics) A. Well.",
     "Q. Why are you skeptical about the deal? A. Well."),
    ("He said (Italics) no (END BOLD).", "He said no."),
    ("The trip (to Italy) and (italy) stay.", "The trip (to Italy) and (italy) stay."),
])
def test_the_wires_typesetting_codes_are_not_text(paragraph, cleaned):
    assert clutter.strip_typesetting(paragraph) == cleaned
    body, _ = clutter.remove_clutter([paragraph + " It went on for a long while after that."], set(), clutter.Metadata())
    assert body[0].startswith(cleaned)
