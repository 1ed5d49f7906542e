"""What a sentence claims (``summarizer.nlp.claims``), read off spaCy's parse of real sentences:
death counts with where the number stands, which side of an outcome pair a sentence takes,
and loaded terms with their written form. (The equivalence of ``loaded_terms`` with a
term-by-term search, and the first reading of ``outcome_sides``, are in
tests/unit/summarizer/trust/test_claims.py.)"""

from __future__ import annotations

import pytest

from summarizer.nlp.claims import (casualty_counts, clauses, loaded_terms, main_claim, main_speaker,
                                   might_count_casualties, outcome_sides)
from summarizer.nlp.load import parse
from summarizer.text.lexicon import LOADED_PAIRS, OUTCOME_OPPOSITES


def counts(text: str) -> list[tuple[int, str]]:
    """(deaths, the words the count is read from) for each death count of ``text``."""
    return [(value, text[start:end]) for value, start, end in casualty_counts(parse(text))]


@pytest.mark.parametrize("text,expected", [
    ("Three workers were killed in an explosion at the plant on Monday.", [(3, "Three")]),  # passive subject
    ("Gunmen killed four people and wounded 11 others.", [(4, "four")]),  # object of "kill"
    ("At least 1,200 people died in the floods.", [(1200, "1,200")]),  # subject of "die"
    ("The death toll rose to 12 on Tuesday.", [(12, "12")]),  # a toll rising to a number
    ("A fourth victim has died in hospital, officials said.", [(4, "fourth")]),  # an ordinal victim
    ("Two were killed.", [(2, "Two")]),  # the number alone as the subject
    ("Police killed two.", [(2, "two")]),  # ... and as the object
    ("Five people are dead after the storm.", [(5, "Five")]),  # "are dead"
])
def test_death_counts_are_read_from_the_parse(text, expected):
    assert might_count_casualties(text)
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Three workers were injured in an explosion.",  # hurt, not dead
    "He visited four villages.",
    "The first train left at 9.",
])
def test_numbers_that_count_no_deaths_give_no_count(text):
    assert not might_count_casualties(text)  # no casualty word: never parsed by ``differences``
    assert counts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("In 1978, 20 people died in a fire at a hotel in the town of Boraas.", []),  # another happening's
    ("Mitch was the strongest storm since 1988, when Gilbert killed more than 300 people.", []),
    ("Four died at the scene and six others died later.", [4]),  # more dead: the first count stays
    ("She said she had been at the dance and two male friends of hers died.", []),  # someone's group
    ("His two sons were killed in the attack.", []),
    ("All 259 people aboard the jet and 11 people on the ground were killed.", []),  # groups by place
    ("The prince spoke to about 200 victims' relatives in the town.", []),  # the dead's kin
])
def test_counts_that_are_not_the_toll_of_the_happening_give_no_count(text, expected):
    assert might_count_casualties(text)
    assert [value for value, _ in counts(text)] == expected


def test_a_casualty_word_alone_gives_no_count():
    text = "The killed soldier was buried in his village on Sunday."
    assert might_count_casualties(text)
    assert counts(text) == []


def test_casualty_words_are_found_through_punctuation_and_case():
    assert might_count_casualties('"Killed," the officer repeated.')
    assert might_count_casualties("The toll: unknown.")
    assert not might_count_casualties("The tollbooth was closed.")


def _pair_of(word: str) -> int:
    return next(n for n, pair in enumerate(OUTCOME_OPPOSITES) if word in pair[0] | pair[1])


def test_outcome_sides_read_each_pair_on_its_own():
    text = "The jury convicted him, and the protest outside ended peacefully."
    assert outcome_sides(text) == {_pair_of("peacefully"): (0, "peacefully"), _pair_of("convicted"): (1, "convicted")}
    # one pair taken both ways is dropped, the other kept
    assert outcome_sides("A calm rally turned violent before the bill passed.") == {_pair_of("passed"): (0, "passed")}
    assert outcome_sides("Nothing of the kind happened.") == {}


def test_loaded_terms_give_the_term_as_written_with_its_ending():
    pair = LOADED_PAIRS.index(("riot", "protest"))  # neither term is in any other pair
    assert loaded_terms("The Riots spread to the suburbs.") == {pair: (0, "Riots")}
    assert loaded_terms("Thousands protested downtown.") == {pair: (1, "protested")}
    assert loaded_terms("Protests turned into riots.") == {}  # both terms: neither side
    assert loaded_terms("The patriots won the game.") == {}  # a term inside a word is no term


# --- the main claim -----------------------------------------------------------------------


def claim_of(text: str) -> tuple[list[str], str]:
    """(the predicate's lemmas, the main clause's words) of ``text``."""
    doc = parse(text)
    claim = main_claim(doc)
    return sorted(claim.words), " ".join(doc[i].text for i in claim.span)


@pytest.mark.parametrize("text,words,span", [
    # the feeling is the claim; what it is about ("that"-clause of an adjective) is beside it
    ("Town officials were furious that the bridge closure was announced by the state engineer on Friday.",
     ["furious"], "Town officials were furious"),
    # a speech verb gives way to what was said (the speaker is not the claim); the clause
    # modifying the verb is beside it
    ("The mayor said he appreciates the governor releasing a statement.",
     ["appreciate", "governor"], "he appreciates the governor"),
    # of two coordinated clauses, the first; a copula's complement is the predicate
    ("The senator has long been open to immigration reform, and his district is 35 percent Latino.",
     ["open"], "The senator has long been open to immigration reform"),
    # a relative clause and an apposition are beside the claim; "was without merit"
    ("The senator, who chairs the budget committee, said the plan was without merit.",
     ["merit"], "the plan was without merit"),
    # the verbs a verb governs "to"-wise, and the object
    ("The company began investigating the leak two years ago.",
     ["begin", "investigate", "leak"], "The company began investigating the leak two years ago"),
    # a finding reported: what the poll shows
    ("A new poll shows the governor tied for second place.",
     ["tie"], "the governor tied for second place"),
    # the attribution after what was said, with its day, is not the claim either
    ("The two governments are committed to a peace conference, the foreign minister said on Tuesday.",
     ["commit"], "The two governments are committed to a peace conference"),
    # "said in a statement that ...": the parser hangs what was said on "statement"
    ("The lawyer said in a statement that prosecutors plan to file charges.",
     ["charge", "file", "plan"], "that prosecutors plan to file charges"),
    # a "to"-clause completing a noun says what the intent is: part of the claim
    ("The office has disclosed its intent to file criminal charges.",
     ["charge", "disclose", "file", "intent"], "The office has disclosed its intent to file criminal charges"),
    # a relative clause on the object ("that" as its pronoun) stays beside the claim
    ("The lawyer released a statement that denied the charges.",
     ["release", "statement"], "The lawyer released a statement"),
])
def test_the_main_claim_is_the_first_main_clause_without_its_side_clauses(text, words, span):
    assert claim_of(text) == (words, span)


def test_light_verbs_leave_the_predicate_to_their_object():
    # "show" and "take" are stop words: the support shown, the control taken carry the claim
    assert claim_of("The senator showed her support for the union on Wednesday.")[0] == ["support"]


def test_clauses_are_the_sentence_and_each_clause_with_what_it_embeds():
    doc = parse("Town officials were furious that the bridge closure was announced by the state engineer on Friday.")
    assert [" ".join(doc[i].text for i in span) for span in clauses(doc)] == [
        "Town officials were furious that the bridge closure was announced by the state engineer on Friday .",
        "that the bridge closure was announced by the state engineer on Friday",
    ]


@pytest.mark.parametrize("text,names", [
    ("Jorge Ramos pointed out that Trump likely won among Hispanics.", {"jorge", "ramos"}),
    ("William McGinley, a lawyer for Mr. Grimm, said the congressman would resign.", {"william", "mcginley"}),
    ("Mr. Fox said that Mr. Trump did well with Hispanic voters.", {"fox"}),  # no "mr."
    ("The A.G., according to the Times, said he had misspoken.", set()),  # an abbreviation names no one
    ("Grimm's lawyer said the congressman would resign.", set()),  # a possessor is not the speaker
    ("Officials said the bridge would close.", set()),
    ("He said the bridge would close.", set()),
    ("The bridge will close on Friday.", set()),  # no reported speech
])
def test_the_main_speaker_is_the_named_subject_of_the_outermost_speech_verb(text, names):
    assert main_speaker(parse(text)) == names
