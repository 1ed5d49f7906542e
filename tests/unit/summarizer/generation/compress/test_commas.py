"""summarizer.generation.compress.commas: which commas go with a deleted constituent."""

from __future__ import annotations

from summarizer.generation.compress.commas import with_commas
from summarizer.generation.compress.constituents import render
from summarizer.nlp.load import parse


def deleted(sentence: str, words: str) -> str:
    """The sentence with ``words`` (a stretch of its tokens) and the commas that go with them deleted."""
    doc = parse(sentence)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(words))
    end = start + len(parse(words))
    bounds = with_commas(doc, start, end)
    assert bounds is not None
    return render(doc, [i for i in range(len(doc)) if not bounds[0] <= i < bounds[1]])


def test_an_aside_between_two_commas_takes_one() -> None:
    assert deleted("Kerry, the secretary of state, met Lavrov.", "the secretary of state") == "Kerry met Lavrov."


def test_the_other_comma_stays_when_it_closes_something_else() -> None:
    assert deleted("In questioning by Connolly, a Democrat, Shulman said no.", "a Democrat") == \
        "In questioning by Connolly, Shulman said no."
    assert deleted("Mahathir, 72, who is a medical doctor, fostered growth.", "who is a medical doctor") == \
        "Mahathir, 72, fostered growth."
    assert deleted("Exxon and Chevron, along with IBM, which rose 3, to 170, were the main drivers.",
                   "which rose 3, to 170") == "Exxon and Chevron, along with IBM, were the main drivers."
    assert deleted("He met Smith, who leads the party, in Paris.", "who leads the party") == "He met Smith in Paris."


def test_a_comma_on_one_side_only_mid_sentence_is_no_aside() -> None:
    doc = parse("They bought apples, pears and plums on Monday.")
    assert with_commas(doc, 4, 5) is None  # "pears": a list item


def test_a_dash_that_also_closes_a_phrase_or_an_opening_clause_keeps_its_aside() -> None:
    from summarizer.generation.compress.commas import dash_closes_a_phrase

    def closes(sentence: str) -> bool:
        doc = parse(sentence)
        a, b = [t.i for t in doc if t.text == "--"]
        return dash_closes_a_phrase(doc, a, b)

    assert closes("The measures, aimed at curbing the deficit -- equal to 7 percent of output -- are expected soon.")
    assert closes("While inflation is at its lowest in decades -- just 1 percent -- unemployment remains high.")
    assert not closes("The victims -- two Britons and a New Zealander -- were abducted in Grozny.")


def test_an_aside_whose_clause_may_follow_it_or_that_leaves_a_description_opening_stays() -> None:
    """A clause after the aside's closing comma may be the aside's own, and an opening phrase
    whose description follows it cannot go without its description."""
    doc = parse("Groups called for more restrictions on trophy hunting, which has faced increased scrutiny, "
                "especially after an American dentist killed Cecil, a lion, in 2015.")
    start = next(t.i for t in doc if t.text == "which")
    end = next(t.i for t in doc if t.text == "scrutiny") + 1
    assert with_commas(doc, start, end) is None
    doc = parse("Unlike his first address, a prime-time broadcast from the Oval Office that leaned heavily on dark "
                "messaging about the dangers of crime and illegal drugs flowing across the border, Mr. Trump seemed "
                "to soften his tone.")
    assert with_commas(doc, 0, next(t.i for t in doc if t.text == ",")) is None
    assert deleted("At one point in the night, the crowd cheered the mayor.", "At one point in the night") == \
        "The crowd cheered the mayor."


def test_a_dashed_aside_between_two_noun_phrases_stays() -> None:
    """The closing dash keeps two items of a list apart."""
    from summarizer.generation.compress.commas import dash_closes_a_phrase

    doc = parse("In addition to attacks in Benghazi on the British ambassador -- which forced the temporary closure "
                "of the U.K. operation -- the International Red Cross and United Nations, the group held a conference.")
    first, closing = [t.i for t in doc if t.text == "--"]
    assert dash_closes_a_phrase(doc, first, closing)
    doc = parse("The new station -- the first of its kind -- will be launched in 2000.")
    first, closing = [t.i for t in doc if t.text == "--"]
    assert not dash_closes_a_phrase(doc, first, closing)


def test_the_phrase_starting_at_the_roots_left_edge_is_the_root() -> None:
    """A root is its own head: the climb stops there (spaCy returns a new Token object for
    every ``head``, so the loop compares indices)."""
    from summarizer.generation.compress.commas import _phrase_at

    doc = parse("Officials met on Monday.")
    assert (_phrase_at(doc, 0).text, _phrase_at(doc, 2).text) == ("met", "on")


def test_the_comma_before_a_main_clause_the_parser_hung_low_stays() -> None:
    """spaCy reads "said" as the root and "had turned" as an adverbial clause under "vote"."""
    sentence = ("Yet by the time Schumer said Monday afternoon on the Senate floor that Democrats would soon vote in "
                "support of ending the shutdown, in the hope of a vote on legislation to help DREAMers, Schumer's "
                "support had turned.")
    assert deleted(sentence, "in the hope of a vote on legislation to help DREAMers").endswith(
        "ending the shutdown, Schumer's support had turned.")
