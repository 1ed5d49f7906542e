"""The shared text layer: splitting, words, stems, stop words, near-duplicates."""

from summarizer.text import (
    NEAR_DUPLICATE_JACCARD, OfflineTokenizer, content_stems, ends_sentence, is_near_duplicate,
    jaccard, normalize, normalize_number, split_sentences, stem, words,
)


def test_abbreviations_do_not_end_sentences():
    text = ("U.S. Secretary of State John Kerry met Sen. John McCain on Jan. 5 in Washington. "
            "Mr. Smith and Dr. Jones agreed. John F. Kennedy was mentioned.")
    assert split_sentences(text) == [
        "U.S. Secretary of State John Kerry met Sen. John McCain on Jan. 5 in Washington.",
        "Mr. Smith and Dr. Jones agreed.",
        "John F. Kennedy was mentioned.",
    ]
    # "Cong." (Congressman) before a name, as Fox News writes it
    assert split_sentences("He will face either former Cong. Rob Simmons or Linda McMahon. She won.") == [
        "He will face either former Cong. Rob Simmons or Linda McMahon.", "She won."]


def test_abbreviation_at_the_end_of_a_sentence_still_splits_before_a_clear_opener():
    assert split_sentences("He lives in the U.S. The talks began Monday.") == [
        "He lives in the U.S.", "The talks began Monday."]
    assert split_sentences("The monitoring ended Sept. 30. It resumed later.") == [
        "The monitoring ended Sept. 30.", "It resumed later."]


def test_a_place_closed_by_its_abbreviation_after_a_comma_ends_the_sentence_before_a_name():
    """"in Washington, D.C. Jackson's wife spent ...": the district closes the place after the
    comma, so a capitalised word after it opens a sentence (f506aafc printed two as one);
    "the U.S. Army" and a lower-case word after the place stay joined."""
    assert split_sentences("They appeared in Washington, D.C. Jackson's wife spent $5,150 on furs.") == [
        "They appeared in Washington, D.C.", "Jackson's wife spent $5,150 on furs."]
    assert split_sentences("He works for the U.S. Army in Ohio.") == ["He works for the U.S. Army in Ohio."]
    assert split_sentences("He moved to Washington, D.C. last year.") == ["He moved to Washington, D.C. last year."]


def test_an_abbreviation_after_a_hyphenated_prefix_is_still_one():
    """basil-dev a4f1d515 printed "11 law that authorized much of the surveillance." as a
    sentence of its own: "post-Sept." had been read as a word ending the sentence."""
    assert split_sentences("They met before the reauthorization of the Patriot Act, the post-Sept. 11 law that "
                           "authorized the surveillance. It passed.") == [
        "They met before the reauthorization of the Patriot Act, the post-Sept. 11 law that authorized the "
        "surveillance.", "It passed."]
    assert split_sentences("Loughner shot then-Rep. Gabrielle Giffords in 2011. He pleaded guilty.") == [
        "Loughner shot then-Rep. Gabrielle Giffords in 2011.", "He pleaded guilty."]
    assert split_sentences("It was a well-known fact. The end.") == ["It was a well-known fact.", "The end."]


def test_a_surname_that_looks_like_a_title_can_end_a_sentence():
    assert split_sentences("Threats came from strongman Hun Sen. Hun Sen complained Monday.") == [
        "Threats came from strongman Hun Sen.", "Hun Sen complained Monday."]


def test_titles_after_capitalised_words():
    assert split_sentences("But Sen. John McCain disagreed. Majority Leader Sen. Trent Lott agreed. "
                           "They included Reps. Smith and Jones.") == [
        "But Sen. John McCain disagreed.", "Majority Leader Sen. Trent Lott agreed.",
        "They included Reps. Smith and Jones."]
    assert split_sentences("Wyoming Gov. Jim Geringer spoke. In Berlin, German Gen. Dieter Stoeckmann "
                           "agreed.") == ["Wyoming Gov. Jim Geringer spoke.",
                                          "In Berlin, German Gen. Dieter Stoeckmann agreed."]


def test_quotes_and_numbers():
    text = 'He said "It is fine." Then he left. The deal is worth $1.5 billion, or 3.2 percent.'
    assert split_sentences(text) == ['He said "It is fine."', "Then he left.",
                                     "The deal is worth $1.5 billion, or 3.2 percent."]
    assert split_sentences("``We will win,'' he said. ``Never.''") == [
        '"We will win," he said.', '"Never."']


def test_words_keep_numbers_and_abbreviations_whole():
    assert words("At least 93,000 lives; U.S.-Russian talks, Kerry's visit.") == [
        "At", "least", "93,000", "lives", "U.S", "Russian", "talks", "Kerry's", "visit"]
    assert normalize_number("93,000") == normalize_number("93000") == "93000"


def test_stems_and_stop_words():
    assert stem("Talks") == stem("talk") == "talk"
    assert content_stems("The officials agreed on the conference") == ["offici", "agre", "confer"]


def test_near_duplicate_definition():
    a = "Washington and Moscow have been at odds over Syria, with the Kremlin backing the regime."
    b = "Washington and Moscow have been at odds over Syria, with the Kremlin backing the government."
    c = "Kerry met Lavrov in Brunei."
    assert is_near_duplicate(a, b)
    # the threshold is inclusive, and a pair just under it is not a duplicate
    ten = frozenset("abcdefghij")
    at = frozenset(sorted(ten)[:round(10 * NEAR_DUPLICATE_JACCARD)])
    assert jaccard(at, ten) == NEAR_DUPLICATE_JACCARD and is_near_duplicate(at, ten)
    assert not is_near_duplicate(frozenset(sorted(at)[:-1]), ten)
    assert not is_near_duplicate(a, c)
    assert jaccard(frozenset("ab"), frozenset("bc")) == 1 / 3


def test_ends_sentence_and_normalize():
    assert ends_sentence('He left."') and ends_sentence("Done!") and not ends_sentence("and then the")
    assert normalize("\u201cQuoted\u201d \u2014 it\u2019s") == "\"Quoted\" -- it's"


def test_sumy_tokenizer_adapter_is_offline():
    tokenizer = OfflineTokenizer()
    assert tokenizer.to_sentences("One thing. Another thing.") == ("One thing.", "Another thing.")
    assert tokenizer.to_words("Kerry met Lavrov.") == ("Kerry", "met", "Lavrov")


def test_a_state_abbreviation_before_a_title_does_not_end_the_sentence():
    assert split_sentences("The backlash grew Monday, with Wash. Gov. Jay Inslee banning travel to the state.") == [
        "The backlash grew Monday, with Wash. Gov. Jay Inslee banning travel to the state."]
    # at the end of a sentence ("Nashville, Tenn.") it still ends it
    assert split_sentences("The rally was held in Nashville, Tenn. The crowd was large.") == [
        "The rally was held in Nashville, Tenn.", "The crowd was large."]


def test_a_quoted_question_stays_with_its_attribution():
    assert split_sentences('"Have you gone today?" Bachmann asked her followers. It worked.') == [
        '"Have you gone today?" Bachmann asked her followers.', "It worked."]
    assert split_sentences('"Is it over?" Sen. Ann Lee said.') == ['"Is it over?" Sen. Ann Lee said.']
    # not a quotation, or no verb of saying after it: a boundary as before
    assert split_sentences("Why did it fail? Officials said the pump broke.") == [
        "Why did it fail?", "Officials said the pump broke."]
    assert split_sentences('"Why?" The question hung in the air.') == ['"Why?"', "The question hung in the air."]


def test_a_year_is_four_digits_of_a_plausible_date() -> None:
    from summarizer.text import is_year

    assert is_year("1982") and is_year("2013")
    assert not is_year("93000") and not is_year("250") and not is_year("3000") and not is_year("19a2")


def test_years_named_and_figures_of_other_years() -> None:
    from summarizer.text import of_other_years, years_named

    assert years_named("They harvested 2.8 million tons last year and 3 million in 1998".split()) == {"last year", "1998"}
    assert years_named("The harvest this year is poor".split()) == {"this year"}
    assert years_named("It may be worse than 250 tons a year".split()) == frozenset()
    assert of_other_years("harvest last year".split(), "harvest this year".split())
    assert not of_other_years("harvest last year".split(), "harvest last year too".split())
    assert not of_other_years("harvest last year".split(), "the harvest".split())


def test_one_root_pairs_a_word_with_its_derivations() -> None:
    """Stems miss "parliament" and "parliamentary" (fusion's splices read this); a short word
    begins too many others to count ("state", "statement")."""
    from summarizer.text import MIN_ROOT_LETTERS, one_root

    assert one_root("parliament", "Parliamentary") and one_root("nation", "national")
    assert one_root("parliament", "parliament")
    assert not one_root("state", "statement") and len("state") < MIN_ROOT_LETTERS
    assert not one_root("government", "governor")


def test_a_courtesy_title_is_read_with_or_without_its_full_stop() -> None:
    from summarizer.text import is_courtesy_title

    assert all(is_courtesy_title(w) for w in ("Mr.", "Ms", "dr.", "Mrs."))
    assert not any(is_courtesy_title(w) for w in ("Sen.", "New", "Mister", "M."))
