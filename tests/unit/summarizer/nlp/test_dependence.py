"""Sentences that depend on something outside them beyond their opening (issue 13, point 2):
demonstratives, back-pointing descriptions, additive particles, pointing openers; with exact
answers on handmade sentences and report sets (invented people and places)."""

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp import dependence
from summarizer.nlp.load import parse
from summarizer.selection.candidates import refusal



def dependent(text: str, *earlier: str) -> str | None:
    """The token through which ``text`` depends on something outside it and ``earlier``."""
    token = dependence.dependent_reference(parse(text), [parse(e) for e in earlier])
    return None if token is None else token.text


@pytest.mark.parametrize("text, token", [
    # a demonstrative in an opening participial clause, or anywhere in the sentence
    ("Asked about those remarks on a television program, Mayor Ruiz remained adamant.", "those"),
    ("Officials said that Ray Dalton also wanted that line removed from the harbor plans.", "that"),
    ("Governor Marsh said she would not support that lawsuit if she were elected.", "that"),
    ("Such claims were rejected by the harbor authority on Friday.", "Such"),
    ("Mayor Ruiz said such a meeting could harm the harbor talks with Velmar.", "such"),
    # a description of a thing said or done that a name does not pick out
    ("Governor Marsh rejected the Dalton statements at a news conference on Friday.", "statements"),
    # additive particles with nothing before them to add to
    ("Dana Whitfield and Mark Ellison also round out the list of harbor contractors.", "also"),
    ("Governor Marsh opposes the dam project too.", "too"),
    ("Governor Marsh opposes the dam project as well.", "well"),
    ("Governor Marsh again attacked the dam project at a rally in Arvena.", "again"),
    ("Dana Whitfield even declined her father's offer to tour the harbor.", "even"),  # a lesser act before
    ("Some even called for the harbor director's resignation.", "even"),
    # what came "then" after an event the sentence does not tell
    ("Mayor Ruiz then left the harbor hearing with his lawyer.", "then"),
    ("Governor Marsh could then choose any member of the harbor board.", "then"),
    ("Officials said Mayor Ruiz then resigned from the harbor board.", "then"),
    ("The harbor authority will hire another contractor for the dam project.", "another"),
    ("Mark Ellison and the other two defendants were charged with fraud on Friday.", "other"),
    # "the same" as something said before
    ("Governor Marsh made the same argument on the stump in Arvena.", "same"),
    # the rest of a set that only the report's sentence before names
    ("Others appeared worried about the cost of the harbor project.", "Others"),
    ("Other contractors appeared worried about the cost of the harbor project.", "Other"),
    # openers that point at the sentence before
    ("In response, the harbor authority fired its director on Friday.", "In"),
    ("Asked about it on Friday, Governor Marsh declined to comment on the harbor.", "it"),
    ("At the time, the harbor authority praised the decision of its director.", "At"),
    # a relative pronoun standing for the sentence before
    ("Which is why the harbor authority and Velmar are considering a merger.", "Which"),
    ("Which means the harbor will stay closed until March.", "Which"),
    # a time counted from the moment of the sentence before
    ("A few days later, the director recommended no charges be filed.", "A"),
    ("Two weeks later, Governor Marsh closed the harbor.", "Two"),
    ("The next day, Governor Marsh closed the harbor.", "The"),
    # after an opening phrase, a subject that points back
    ("After a few seconds, the congressman grabs the camera and the young man.", "congressman"),
])
def test_a_sentence_that_depends_on_something_outside_it_is_flagged(text, token):
    assert dependent(text) == token
    assert dependence.might_open_with_reference(text)  # the cheap test lets it be parsed
    assert dependence.opens_with_reference(parse(text))  # a candidate cannot count on the brief


@pytest.mark.parametrize("text", [
    "Officials in Arvena have certified that the dam was built in that state.",  # named before it
    "The harbor authority said earlier this year that it would hire a contractor.",  # a time
    "Four years later than planned, the harbor reopened on Friday.",  # "later" is not the last word
    "The next harbor contract was signed by Governor Marsh on Friday.",  # no opening phrase
    "The harbor is too shallow for the largest ships, officials in Arvena said.",  # degree "too"
    "Ray Dalton voted for the harbor bill as well as the dam bill on Friday.",  # "as well as"
    "Ray Dalton voted for the harbor bill and also voted for the dam bill.",  # added in the sentence
    "Ray Dalton voted for the harbor bill even though he opposed the dam bill.",  # "even" opens a clause
    "Harbor fees rose even as the number of ships fell.",
    "Even before the vote, Ray Dalton resigned from the harbor board.",
    "Ray Dalton did not even attend the harbor meeting on Friday.",  # the least expected act
    "Ray Dalton was arrested on Friday, then brought to court in Arvena.",  # the earlier event is told
    "Governor Marsh accused Ray Dalton of fraud, and then fired the harbor director.",
    "If the harbor talks fail, the mayor will then resign.",
    "Ray Dalton, then the director of the harbor authority, resigned on Friday.",  # "then" on a noun
    "The authority moved $200 million from the harbor fund and another $600 million from the dam fund.",
    'Governor Marsh said, "This is a disgrace for the harbor and for Arvena."',  # the speaker's own "this"
    "The decision to close the harbor was announced by Governor Marsh on Friday.",  # says which
    "Governor Marsh said that the harbor would reopen within a month.",  # "that" opens a clause
    "Among those on the field before the game was Representative Ray Dalton.",  # "those on the field"
    "The storm killed 41 people in the coastal province of Arvena on Friday.",
    "It was such a big day for the harbor workers of Arvena.",  # "such" as a degree word
    "After the vote, the president signed the harbor bill in Arvena.",  # an office the story fixes
    "Governor Marsh is expected to say whether she will seek another term.",  # a term of office
    "Which contractor will build the harbor is still unclear.",  # "which" as a determiner
    "Some contractors praised the harbor plan, while others appeared worried.",  # the set is in it
    "Governor Marsh met other contractors in Arvena on Friday.",  # not the subject opening it
    "The harbor plan assumes the same savings as the governor's dam plan.",  # the same as ... it says
    "Governor Marsh and Ray Dalton voted at the same time on Friday.",  # a time
    # a clause before the demonstrative says what it points at
    "Ray Dalton said he would repay the harbor fund, but has not made good on that promise.",
    "The harbor plan assumes savings of $40 million, even though Ray Dalton has said those cuts would hurt the port.",
])
def test_a_sentence_that_gives_what_it_needs_is_not_flagged(text):
    assert dependent(text) is None


def test_an_earlier_sentence_of_the_brief_supplies_what_a_sentence_depends_on():
    also = "Mark Ellison also pleaded guilty to the harbor fraud charges."
    assert dependent(also, "Dana Whitfield pleaded guilty to visa fraud charges.") is None
    assert dependent(also, "The storm killed 41 people in the coastal province of Arvena.") == "also"
    asked = "Asked about those remarks, Governor Marsh said the harbor would reopen."
    assert dependent(asked, "Ray Dalton made remarks about the harbor on Friday.") is None
    assert dependent(asked, "Ray Dalton toured the harbor on Friday.") == "those"
    other = "Other contractors appeared worried about the cost of the harbor project."
    assert dependent(other, "Two contractors praised the harbor plan on Friday.") is None
    same = "Governor Marsh made the same argument on the stump in Arvena."
    assert dependent(same, "Ray Dalton made an argument for the harbor bill.") is None
    assert dependent(same, "Ray Dalton argued that the harbor bill was too costly.") == "same"  # another word
    statements = "Governor Marsh rejected the Dalton statements at a news conference on Friday."
    earlier = [parse("Ray Dalton issued a statement about the harbor on Friday.")]
    assert dependence.outside_reference(parse(statements), earlier) is None
    assert dependence.outside_reference(parse(statements), []).text == "statements"
    # a pointing opener needs the sentence right before it: no earlier word excuses it
    assert dependent("In response, the harbor authority fired its director.", "Ray Dalton criticized "
                     "the harbor authority's director on Friday.") == "In"


def test_the_suppliers_of_a_dependent_sentence_are_the_sentences_that_give_what_it_needs():
    others = [parse(t) for t in ("The storm killed 41 people in the coastal province of Arvena.",
                                 "Dana Whitfield pleaded guilty to visa fraud charges on Monday.",
                                 "Ray Dalton made remarks about the harbor on Friday.")]
    also = parse("Mark Ellison also pleaded guilty to the harbor fraud charges.")
    assert dependence.suppliers(also, others) == [1]
    asked = parse("Asked about those remarks, Governor Marsh said the harbor would reopen.")
    assert dependence.suppliers(asked, others) == [2]
    # an opener that points at the sentence before has no supplier; a sentence that
    # depends on nothing needs none
    assert dependence.suppliers(parse("In response, the harbor authority fired its director."), others) == []
    assert dependence.suppliers(others[0], others) == []


def test_refusal_of_sentences_that_depend_on_something_outside_them():
    c = Corpus(load_documents([
        "Governor Ellen Marsh of Arvena closed the harbor on Tuesday after a fraud inquiry into its "
        "contracts. Asked about those remarks on a radio program, Governor Ellen Marsh said the harbor "
        "would reopen. Mayor Tom Ruiz of Arvena also criticized the harbor authority on Tuesday. In "
        "response, the harbor authority fired its director on Wednesday after the fraud inquiry."]))
    assert [refusal(c, s.id) for s in c.sentences] == [None, "reference", "reference", "reference"]


def test_fellow_needs_the_one_it_is_a_fellow_of():
    doc = parse("Fellow St. Louis Tea Party organizer Dana Loesch said the resolution was wrong.")
    assert dependence.dependent_reference(doc) is not None
    assert dependence.might_open_with_reference(doc.text)
    earlier = parse("Bill Hennessy, an organizer of the St. Louis Tea Party, called it a smear.")
    assert dependence.dependent_reference(doc, [earlier]) is None


@pytest.mark.parametrize("text, token", [
    ("The Marsh campaign retorted with a radio ad on Tuesday.", "retorted"),
    ("Mayor Ruiz fired back on Tuesday with a radio commercial about the harbor.", "fired"),
    ("Governor Marsh responded that the harbor contracts were legal.", "responded"),
    ("Mayor Ruiz replied with a single word.", "replied"),
    ("Then there was Governor Marsh's response.", "response"),
])
def test_a_reply_needs_what_it_answers(text, token):
    """A reply answers a statement: only an earlier sentence reporting what someone said gives it."""
    assert dependent(text) == token
    assert dependence.might_open_with_reference(text)
    assert dependent(text, "Mayor Ruiz said the harbor contracts were a fraud.") is None
    assert dependent(text, "The harbor reopened on Monday.") == token


@pytest.mark.parametrize("text", [
    "Governor Marsh responded to the fraud inquiry on Tuesday by closing the harbor.",
    "Mayor Ruiz countered the harbor authority's figures at a news conference.",
    "Mayor Ruiz fired the harbor director on Tuesday.",
    '"We will fire back," Mayor Ruiz said of the harbor authority.',
    "Governor Marsh's response to the fraud inquiry was to close the harbor.",
    "The harbor's emergency response teams arrived within minutes.",
])
def test_a_reply_that_names_what_it_answers_or_no_reply_needs_nothing(text):
    assert dependent(text) is None


def test_a_thing_of_its_own_stands_beside_another_that_the_brief_must_give():
    text = "The Arvena group has drafted a resolution of its own condemning the harbor authority."
    assert dependent(text) == "of"
    assert dependence.might_open_with_reference(text)
    assert dependent(text, "The harbor council passed a resolution condemning the Arvena group.") is None
    assert dependent("The Arvena group has drafted its own resolution on the harbor.") is None
    assert dependent("The Marsh campaign retorted with an ad of its own Tuesday.",
                     "Mayor Ruiz said in an ad that Marsh lied.") is None


def test_what_someone_was_referring_to_needs_the_words_he_referred_with():
    """basil-dev 87609973: "Trump was referring to U.S. Navy Sailor Kristian Saucier, ..."
    followed a tweet the brief never quoted."""
    text = "Ann Lee was referring to a harbor pilot who was fined for taking photos of the dock."
    assert dependence.might_open_with_reference(text)
    assert dependence.dependent_reference(parse(text)).text == "referring"
    said = 'Ann Lee said that when she used the word "reckless" she was referring to the harbor pilot.'
    assert dependence.dependent_reference(parse(said)) is None
    assert dependence.dependent_reference(parse("Ann Lee referred to the harbor pilots as heroes.")) is None
