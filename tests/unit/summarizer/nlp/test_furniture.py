"""Page furniture: removed from a sentence (not the sentence dropped), or the sentence refused."""

from summarizer.nlp import furniture


def test_datelines_and_wire_credits_are_removed_from_the_sentence():
    assert furniture.strip("WASHINGTON ― The Senate passed the bill on a vote of 60 to 40.") == \
        "The Senate passed the bill on a vote of 60 to 40."
    assert furniture.strip("WASHINGTON ―House Majority Whip Steve Scalise was in critical condition.") == \
        "House Majority Whip Steve Scalise was in critical condition."
    assert furniture.strip("Denver (AP) - Colorado's top law official promises to defend it.") == \
        "Colorado's top law official promises to defend it."
    assert furniture.strip("LIVINGSTON, N.J. — The governor said no to the plan today.") == \
        "The governor said no to the plan today."
    assert furniture.strip("UPDATE: 9 p.m. -- The Senate voted to pass the bill late tonight.") == \
        "The Senate voted to pass the bill late tonight."


def test_prose_with_a_dash_is_not_a_dateline():
    text = "Mr. McConnell — who said so — left the room early."
    assert furniture.strip(text) == text
    assert not furniture.has_furniture(text)


def test_post_credit_urls_hashtags_and_handles_are_removed():
    text = ("The president says 'I feel badly for General Flynn.' #MorningJoe pic.twitter.com/tBp5aXWhBj "
            "-- Morning Joe (@Morning_Joe) December 4, 2017")
    assert furniture.strip(text) == "The president says 'I feel badly for General Flynn.'"
    assert furniture.has_post_credit(text)
    assert furniture.strip("Officials said the road is closed. https://example.com/x") == \
        "Officials said the road is closed."


def test_whole_furniture_lines_and_split_attributions():
    assert furniture.is_furniture("Read more: How to prepare your home for a hurricane")
    assert furniture.is_furniture("Sign up for our newsletter to get the latest updates.")
    assert furniture.is_furniture("Senate Majority Leader Mitch McConnell, R-Ky., asked.")
    assert not furniture.is_furniture("Senate Majority Leader Mitch McConnell asked for a vote.")
    assert not furniture.is_furniture("Power was cut to more than 200,000 homes, the utility said.")


def test_capitals_opening_a_dash_pair_are_the_subject_not_a_dateline() -> None:
    aside = "NATO -- the alliance's military arm -- said it would send troops."
    assert furniture.strip(aside) == aside
    assert furniture.strip("WASHINGTON -- The Senate voted on Tuesday to pass the bill.") == (
        "The Senate voted on Tuesday to pass the bill.")
    assert furniture.strip("WASHINGTON (AP) -- The bill -- a compromise -- passed on Tuesday.") == (
        "The bill -- a compromise -- passed on Tuesday.")


def test_an_updated_label_opening_a_sentence_is_furniture() -> None:
    assert furniture.strip("Updated: Rick Santorum tried to clarify his comment on Monday.") == (
        "Rick Santorum tried to clarify his comment on Monday.")
    assert furniture.strip("Updated figures were released on Monday by the agency.") == (
        "Updated figures were released on Monday by the agency.")


def test_a_live_blog_time_stamp_opening_a_sentence_is_furniture() -> None:
    assert furniture.strip("UPDATE - May 30, 5:20 p.m.: Hours after the photo shoot, the Secret "
                           "Service issued a statement.") == (
        "Hours after the photo shoot, the Secret Service issued a statement.")
    assert furniture.strip("9 a.m. ET: The Senate voted on the bill.") == "The Senate voted on the bill."
    for prose in ("At 5 p.m. the Senate voted on the bill.", "5 p.m. was the deadline the Senate set.",
                  "10 people died in the fire on Tuesday."):
        assert furniture.strip(prose) == prose


def test_a_hashtag_the_sentence_names_stays():
    # without it the sentence would break off: "a campaign called."
    assert furniture.strip("Fans launched a campaign called #BeKindToElephants.") == \
        "Fans launched a campaign called #BeKindToElephants."
    assert furniture.strip("She spread it using the hashtag #MeToo. #news") == "She spread it using the hashtag #MeToo."
    assert furniture.strip("Great day for the team #MAGA") == "Great day for the team"


def test_a_line_pointing_at_the_pages_media_is_furniture():
    assert furniture.is_furniture_line("Below are some of the photos shared Wednesday on Twitter.")
    assert furniture.is_furniture_line("Here are the tweets that set it off.")
    assert not furniture.is_furniture_line("Here is what the bill would do for schools.")


def test_quoted_as_saying_with_nothing_said_is_a_split_attribution():
    # the quotation ended in "?" and went with the sentence before
    assert furniture.is_furniture("Mr. Trump was quoted as saying, playing peacemaker and showing deference.")
    assert not furniture.is_furniture("Mr. Trump was quoted as saying that the mayor should start it off.")
    assert not furniture.is_furniture('"Start it off," Mr. Trump was quoted as saying, playing peacemaker.')
    assert not furniture.is_furniture("``We will take the floor,'' he was quoted as saying, smiling at the mayor.")
    assert not furniture.is_furniture('Huckabee was quoted as saying, "Climate change is here, it is real."')
    assert not furniture.is_furniture("Huckabee was quoted as saying, \u201cClimate change is here.\u201d")


def test_a_fact_box_entry_is_furniture_and_a_sentence_with_a_colon_is_not():
    for entry in ("1977: Elected to parliament and appointed minister of agriculture.",
                  "1948 Mideast war: Fights as junior officer, wounded three times.",
                  "Tino Martinez: Nothing seems right at the moment."):
        assert furniture.is_furniture_line(entry), entry
    for prose in ("The reason: a storm had cut the power to the harbor for two days.",
                  "The mayor gave one reason: the storm had cut the power.",
                  "In 1977, he was elected to parliament: a first for the party."):
        assert not furniture.is_furniture_line(prose), prose


def test_a_writers_closing_note_is_furniture_and_news_about_a_journalist_is_not() -> None:
    # the last line of basil-dev's Fox News report on the Scalise shooting, printed as news
    assert furniture.is_furniture_line("Brooke Singman is a Reporter for Fox News.")
    assert furniture.is_furniture_line("Jane Doe is a senior political correspondent at HuffPost.")
    assert furniture.is_furniture_line("Mr. Smith is a reporter for the Post.")
    assert not furniture.is_furniture_line("Jim Acosta is a correspondent for CNN whose pass was revoked.")
    assert not furniture.is_furniture_line("Gennette Cordova is a student at Whatcom Community College.")
    assert not furniture.is_furniture_line("Mike Huckabee is a contributor to Fox News.")
