"""Attribution and outside references on spaCy parses, with exact answers."""

from summarizer.nlp import attribution, dependence, naming, references
from summarizer.nlp.load import parse


def test_quotes_and_first_person_need_a_speaker():
    assert attribution.unattributed(parse("Of course I will end this war on religion, believe me."))
    assert attribution.unattributed(parse('Critics called the plan "a disaster for every family in the state."'))
    assert not attribution.unattributed(parse('"I feel very badly for him," Trump told reporters.'))
    assert not attribution.unattributed(parse("As president, I'll end the war, Trump wrote on Twitter."))
    assert not attribution.unattributed(parse("We will win, according to the campaign manager."))


def test_scare_quotes_and_reported_speech_need_none():
    assert not attribution.unattributed(parse('The so-called "deep state" was the subject of the hearing.'))
    assert not attribution.unattributed(parse("The storm killed 41 people in the province on Monday."))


def test_a_sentence_inside_a_quotation_or_a_post_is_unattributed():
    doc = parse("Nothing happened to her.")
    assert not attribution.unattributed(doc)
    assert attribution.unattributed(doc, inside_quote=True)
    assert attribution.unattributed(doc, in_post=True)


def test_sentences_that_open_with_an_outside_reference():
    assert dependence.opens_with_reference(parse("He's led a very strong life and feels badly."))
    assert dependence.opens_with_reference(parse("She even joked ruefully about moving to New Zealand."))
    assert dependence.opens_with_reference(parse("The spot featured an old photo shoot of the candidate."))
    assert dependence.opens_with_reference(parse("But they said the vote would wait until next week."))
    assert dependence.opens_with_reference(parse("This decision angered the members of the council."))
    assert not dependence.opens_with_reference(parse("The storm killed 41 people in the coastal province."))
    assert not dependence.opens_with_reference(parse("Trump said he fired Flynn for lying to Pence."))


def test_resolution_replaces_the_pronoun_with_the_one_person_named_before():
    before = [parse("Mayor Daniel Ruiz of Valbrook resigned on Friday after an audit.")]
    name = references.antecedent(before, ["Daniel Ruiz"])
    assert name == "Daniel Ruiz"
    text = "He said that he had done nothing wrong."
    assert naming.resolve(text, parse(text), name) == "Daniel Ruiz said that he had done nothing wrong."
    two = [parse("Mayor Daniel Ruiz met Governor Ellen Marsh on Friday.")]
    assert references.antecedent(two, []) is None


def test_a_bare_attribution_tail_closes_indirect_speech():
    assert attribution.ends_in_reported_speech("But both parties are to blame, he said.")
    assert attribution.ends_in_reported_speech("The law is narrower, Mr. Pence said.")
    assert not attribution.ends_in_reported_speech("The bridge opened in 1990.")
    assert not attribution.ends_in_reported_speech('It is over, "he said."')  # quotation rules
    assert not attribution.ends_in_reported_speech("We left early, I said.")
    assert not attribution.ends_in_reported_speech("He left, and the party went on.")
    assert not attribution.ends_in_reported_speech(
        "Prices rose, as the central bank had warned for months it said.")  # not a bare tail


def test_the_next_sentence_goes_on_in_the_speakers_voice_unless_it_names_its_own():
    assert attribution.goes_on_in_speakers_voice(parse("The Democrats tax and spend, while the Republicans just spend."))
    assert attribution.goes_on_in_speakers_voice(parse("Republicans will lose the House."))
    assert not attribution.goes_on_in_speakers_voice(parse("The victims included two children."))
    assert not attribution.goes_on_in_speakers_voice(parse("Critics, however, say the law is different."))


def test_a_gerund_of_speech_has_its_speaker_before_it_or_in_the_clause_it_modifies():
    """The quoted words' speaker is the gerund's subject: the pronoun or name right before it,
    else the subject of the verb it modifies; "on tape" names no one."""
    cases = [
        ('Rep. Ann Lee is under fire after a video surfaced of her mocking the senator as '
         '"a farmer who never went to law school."', "her"),
        ('Video emerged of Lee warning that "a farmer who never went to law school" could lead the panel.', "Lee"),
        ('A video shows Lee calling the senator "a farmer who never went to law school."', "Lee"),
        ('The mayor was caught on tape saying "we will never pay those workers a dime."', "The mayor"),
        ('Smith was recorded telling donors that "the farmers will never know what hit them."', "Smith"),
    ]
    for text, expected in cases:
        doc = parse(text)
        assert attribution.speaker(doc) == expected, text
        assert not attribution.unattributed(doc)
    # a gerund that is no verb of speech gives the sign's words no speaker
    assert attribution.unattributed(parse('The video shows a crowd walking past a sign reading "free beer for all of you."'))


def test_a_pronoun_that_speaks_as_a_gerunds_subject_needs_its_antecedent():
    assert dependence.opens_with_reference(
        parse('A video surfaced of him mocking the senator as "a farmer who never went to law school."'))
    assert not dependence.opens_with_reference(
        parse('Rep. Ann Lee is under fire after a video surfaced of her mocking the senator as '
              '"a farmer who never went to law school."'))
    assert not dependence.opens_with_reference(
        parse('A video surfaced of Lee mocking the senator as "a farmer who never went to law school."'))
