"""The title a report writes in front of a person's name, read off spaCy's parse."""

from summarizer.nlp.load import parse
from summarizer.nlp.titles import has_title, name_words, title_before, titled


def _person(text: str, name: str):
    return next(e for e in parse(text).ents if e.label_ == "PERSON" and e.text == name)


def test_the_words_hanging_on_a_name_before_it_are_its_title():
    assert title_before(_person('Dallas Tea Party founder Phillip Dennis said "there was no proof."',
                                "Phillip Dennis")) == "Dallas Tea Party founder"
    assert title_before(_person("Kennedy told lawyer Joseph Sellers who represents the women.",
                                "Joseph Sellers")) == "lawyer"
    assert title_before(_person("No members were harmed, spokeswoman Dana Rucker told HuffPost.",
                                "Dana Rucker")) == "spokeswoman"


def test_an_age_a_determiner_or_a_courtesy_title_is_no_title():
    assert title_before(_person("Police identified him as 66-year-old James T. Hodgkinson of Belleville.",
                                "James T. Hodgkinson")) is None  # an age ends in an adjective
    assert title_before(_person("Officials said that Michael J. Morell acted alone.", "Michael J. Morell")) is None
    assert title_before(_person("Mr. Michael Morell said so.", "Michael Morell")) is None


def test_titled_takes_the_first_mention_that_names_the_person_so():
    texts = ["The rally drew hundreds.", "Dallas Tea Party founder Phillip Dennis spoke first.",
             "Lawyer Phillip Dennis said so."]
    assert titled(texts, "Phillip Dennis") == "Dallas Tea Party founder Phillip Dennis"
    assert titled(["Phillip Dennis, who founded it, spoke."], "Phillip Dennis") == "Phillip Dennis"
    assert titled(["Nobody named him."], "Phillip Dennis") == "Phillip Dennis"


def test_has_title_sees_a_title_already_before_a_mention():
    text = "Tea Party founder Dennis accused the NAACP."
    assert has_title(parse(text), text.index("Dennis"))
    text = "Dennis accused the NAACP."
    assert not has_title(parse(text), 0)


def test_a_name_has_no_capitalised_opening_word_that_is_no_proper_noun():
    assert name_words(_person("Accompanying Liu into exile was his wife, Chu Hailan, the family said.",
                              "Accompanying Liu")) == ["Liu"]
    assert name_words(_person("Barack Obama's plan passed.", "Barack Obama's")) == ["Barack", "Obama"]
    assert name_words(_person("Officials said that Mr. Michael J. Morell acted alone.", "Michael J. Morell")) \
        == ["Michael", "J.", "Morell"]
