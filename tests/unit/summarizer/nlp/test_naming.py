"""A reference replaced by the name its report gives (issue 13, point 2): which characters,
which reference, which name, and the check a rewrite passes before a brief prints it; exact
answers on handmade sentences (invented people and places)."""

import pytest

from summarizer.nlp import naming
from summarizer.nlp.load import parse


def test_a_description_with_its_name_in_apposition_is_rewritten_with_the_name():
    for text, expected in [
        ("The other, Dana Whitfield, pleaded guilty to visa fraud charges.",
         "Dana Whitfield pleaded guilty to visa fraud charges."),
        ("But the other, Dana Whitfield, pleaded guilty to visa fraud charges.",
         "But Dana Whitfield pleaded guilty to visa fraud charges."),
        ("One of them, Senator Ellen Marsh of Arvena, voted against the harbor bill.",
         "Senator Ellen Marsh of Arvena voted against the harbor bill."),
    ]:
        assert naming.resolve(text, parse(text), None) == expected
    # no name to put in: no rewrite (the report's "he" name is not used for a description)
    text = "The congressman said he would vote against the dam project next week."
    assert naming.resolve(text, parse(text), "Ray Dalton") is None



@pytest.mark.parametrize("text, name, expected", [
    # (sentence, the name its report gives for a pronoun, (reference, name, rewritten text))
    ("The other, Dana Whitfield, pleaded guilty to visa fraud charges.", None,
     ("The other", "Dana Whitfield", "Dana Whitfield pleaded guilty to visa fraud charges.")),
    ("Two of them, Ann Lee and Bo Kim, were charged with fraud on Friday.", None,
     ("Two of them", "Ann Lee and Bo Kim", "Ann Lee and Bo Kim were charged with fraud on Friday.")),
    ("The other, Dana Whitfield, later pleaded guilty to visa fraud charges.", None,
     ("The other", "Dana Whitfield", "Dana Whitfield later pleaded guilty to visa fraud charges.")),
    ("He pleaded guilty to visa fraud charges in federal court.", "Ray Dalton",
     ("He", "Ray Dalton", "Ray Dalton pleaded guilty to visa fraud charges in federal court.")),
    ("His lawyer said the visa fraud charges were false.", "Ray Dalton",
     ("His", "Ray Dalton's", "Ray Dalton's lawyer said the visa fraud charges were false.")),
    ("After the vote, he said the harbor bill was dead.", "Ray Dalton",
     ("he", "Ray Dalton", "After the vote, Ray Dalton said the harbor bill was dead.")),
])
def test_a_replacement_says_what_it_replaced_and_with_which_name(text, name, expected):
    change = naming.replacement(text, parse(text), name)
    assert (change.reference, change.name, change.applied(text)) == expected
    assert naming.sound(parse(text), parse(change.applied(text)))


@pytest.mark.parametrize("text, name", [
    # the name carries an aside of its own: which comma closes what is not clear
    ("The other, Dana Whitfield, 45, pleaded guilty to visa fraud charges.", None),
    ("One of them, Ann Lee, who led the office, resigned on Friday.", None),
    ("The other, Dana Whitfield, who led the office, resigned on Friday.", None),
    ("Two of them, Ann Lee, Cy Do and Bo Kim, were charged with fraud on Friday.", None),
    # no name in the sentence, or a pronoun without the report's name
    ("The congressman said he would vote against the dam project next week.", "Ray Dalton"),
    ("He pleaded guilty to visa fraud charges in federal court.", None),
    ("They said the visa fraud charges were false.", "Ray Dalton"),  # not one person
    ("The minister thanked her for the visa fraud report on Friday.", "Ray Dalton"),  # "her": object
])
def test_no_replacement_where_the_name_is_not_clear(text, name):
    assert naming.replacement(text, parse(text), name) is None


@pytest.mark.parametrize("original, rewritten, expected", [
    ("The other, Dana Whitfield, pleaded guilty to fraud.", "Dana Whitfield pleaded guilty to fraud.", True),
    ("The other, Dana Whitfield, pleaded guilty to fraud.", "Dana Whitfield, pleaded guilty to fraud.",
     False),
    ("The other, Dana Whitfield, who led the office, resigned on Friday.",
     "Dana Whitfield, who led the office, resigned on Friday.", True),
    ("The other, Dana Whitfield, who led the office, resigned on Friday.",
     "Dana Whitfield, who led the office resigned on Friday.", False),  # a lone comma
    ("He said the charges were false.", "Michael Flynn the charges were false.", False),  # verb lost
    ("He pleaded guilty to fraud.", "The other pleaded guilty to fraud.", False),  # still points out
    ("She said the charges were false.", "Her said the charges were false.", False),
])
def test_a_rewrite_is_printed_only_when_its_parse_is_sound(original, rewritten, expected):
    assert naming.sound(parse(original), parse(rewritten)) is expected


@pytest.mark.parametrize("text, name", [
    # a speaker's words stay as said
    ('"He said the exact same thing the mayor said," Ann Lee told reporters on Friday.', "Ray Dalton"),
    ('"The other, Dana Whitfield, pleaded guilty to visa fraud charges," the prosecutor said.', None),
    # the sentence names the person itself: its pronoun is someone else
    ("He called Dalton's harbor plan a con and a disaster in the making.", "Ray Dalton"),
])
def test_no_replacement_inside_a_quotation_or_for_a_person_the_sentence_names(text, name):
    assert naming.replacement(text, parse(text), name) is None


def test_a_name_is_doubtful_where_the_report_leaves_room_for_someone_else():
    # "He ... his wife, Mary Pat": the "he" of the next sentence is not Mary Pat
    before = [parse("He described the decision as a coin toss between him and his wife, Mary Pat Lowe.")]
    assert naming.doubtful(before, "Mary Pat Lowe", "he")
    named_first = [parse("Mayor Daniel Ruiz of Valbrook said he would resign after the audit.")]
    assert not naming.doubtful(named_first, "Daniel Ruiz", "he")  # the "he" after the name is his
    assert naming.doubtful(named_first, "Daniel Ruiz", "she")  # the report calls him "he"
    assert not naming.doubtful([parse("Prosecutors questioned Governor Ellen Marsh on Thursday.")],
                               "Ellen Marsh", "she")  # no pronoun: nothing against her
    # the name only inside a prepositional phrase: not where a pronoun's antecedent stands
    assert naming.doubtful([parse("The congressman, an heir of James Madison, was asked about the budget.")],
                           "James Madison", "his")


def test_the_pronoun_a_name_could_replace():
    assert naming.nameable_pronoun(parse("She told reporters the audit was unfair.")) == "she"
    assert naming.nameable_pronoun(parse("His lawyer said the audit was unfair.")) == "his"
    assert naming.nameable_pronoun(parse("They told reporters the audit was unfair.")) is None
    assert naming.nameable_pronoun(parse("The other, Dana Whitfield, pleaded guilty to fraud.")) is None


# --- a description of a person replaced by the name the report gave with it -----------------

_BEFORE = ["Dana Whitfield, a 49-year-old economics professor, defeated Mayor Ray Dalton in the primary on Tuesday.",
           "Dalton conceded in the harbor town of Arvena."]


@pytest.mark.parametrize("text, before, expected", [
    ("The 49-year-old teaches at Arvena College, a small school north of the harbor.", _BEFORE,
     "Dana Whitfield teaches at Arvena College, a small school north of the harbor."),
    ("The 49-year-old said she would move to the capital.", _BEFORE,
     "Dana Whitfield said she would move to the capital."),
    # the report says so with a title before the name ("Sheriff Ann Lee")
    ("The candidate said she would appeal the ruling.", ["Candidate Ann Lee filed the suit on Monday."],
     "Ann Lee said she would appeal the ruling."),
    # what the description says is not what the report said of anyone: no rewrite
    ("The 52-year-old said she would move to the capital.", _BEFORE, None),
    ("The tea party-backed candidate said she would move to the capital.", _BEFORE, None),
    # two people fit: no rewrite
    ("The 49-year-old said she would move to the capital.",
     _BEFORE + ["Ann Lee, a 49-year-old lawyer, ran third."], None),
])
def test_a_described_person_is_replaced_by_the_name_the_report_gave_with_the_description(text, before, expected):
    from summarizer.nlp.load import parse_all

    doc = parse(text)
    change = naming.described_replacement(text, doc, parse_all(before))
    result = None if change is None else change.applied(text)
    assert result == expected
    if result is not None:
        assert naming.sound(doc, parse(result))
