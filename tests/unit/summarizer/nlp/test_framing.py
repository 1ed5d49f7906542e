"""summarizer.nlp.framing: a reporter's framing in a sentence's own voice, on invented sentences."""

import pytest

from summarizer.nlp import framing
from summarizer.nlp.load import parse


def _cues(text: str) -> list[tuple[str, str]]:
    return [(kind, token.text) for kind, token in framing.framing_cues(parse(text, entities=False))]


@pytest.mark.parametrize("text, cues", [
    # speculation: the writer weighs what the sentence states
    ("Relying on his biggest, and perhaps his last, remaining advantage, the governor portrayed himself "
     "as the only candidate who is forthright.", [("speculation", "perhaps")]),
    ("The treaty is arguably the greatest single step toward a united continent.", [("speculation", "arguably")]),
    ("The senator clearly was too frightened of the party's wing to cast the vote himself.",
     [("speculation", "clearly")]),
    ("The elections on Sunday may well determine whether the country can carry out the plan.",
     [("speculation", "well")]),
    ("The lawsuit against the retailer may soon be dismissed, considering the tenor of the arguments.",
     [("speculation", "soon")]),
    # motive: a purpose the writer ascribes
    ("The minister held up the work for months in an apparent attempt to protect the talks.",
     [("motive", "attempt")]),
    ("The resignation could be a ploy to gain more power in the new cabinet.", [("motive", "ploy")]),
    ("Trying to claw his way back to the top of the field, the governor took aim at his rivals.",
     [("motive", "Trying")]),
    # significance: what the event means, stated by the sentence
    ("Her comments marked the strongest public rebuke to date by the administration.",
     [("significance", "rebuke")]),
    ("The vote in the council was a clear sign that the coalition is breaking apart.",
     [("significance", "sign")]),
    ("The renewed dispute over the memo underscores the agency's concerns about its leadership.",
     [("significance", "underscores")]),
    ("The timing of the White House's document release raises its own set of questions.",
     [("significance", "raises")]),
    ("The additions make the offer appear less of a compromise and more of a wish list for hard-liners.",
     [("significance", "make")]),
    # label: a doubting label, a view of no one, "what critics call"
    ("He met two self-styled guerrilla commanders in the western town on Monday.", [("label", "self")]),
    ("All five were convicted by courts that are widely seen as loyal to the prime minister.",
     [("label", "seen")]),
    ("The measure is what critics call a tax on the poor.", [("label", "call")]),
    # judging: TextBlob's judging adjectives, a ranked regard
    ("The governor's dazzling rise was matched by a sudden loss of stature at home.",
     [("judging", "dazzling")]),
    ("He entered a field of better-liked rivals with little money left.", [("judging", "better")]),
])
def test_framing_in_the_sentences_own_voice_is_found_with_its_kind(text, cues):
    assert framing.might_frame(text)
    assert _cues(text) == cues
    assert framing.frames(parse(text, entities=False))


@pytest.mark.parametrize("text", [
    # estimates and manner, not judgements
    "The former dictator is expected to stay in hospital for perhaps two more weeks.",
    "The hall held at least 250 and perhaps as many as 400 people when the fire started.",
    "The council will soon vote on the budget, and the mayor may sign it in May.",
    "The governor failed to clearly explain the law during an appearance on Sunday.",
    # the words of plain news: a declared aim, evidence that exists or not, the sense of news
    "The union walked out in a bid to end the lockout before the season.",
    "Looking to the future, the company will open two new plants next year.",
    "The governor was trying to reach the capital before the storm on Friday.",
    "There was no sign that the president was backing down on Friday.",
    "Rescue workers found more than 20 bodies, many bearing signs of torture.",
    "A powerful earthquake and a deadly storm struck the coast within a week.",
    "Violent clashes broke out in the capital after the popular vote was counted.",
    # someone's view, not the writer's
    "Critics said the plan was perhaps the worst in decades.",
    "Human rights groups denounced the release as cynical and manipulative.",
    "His remarks may be seen as a provocation by the Palestinians.",
    "Some perceived the election as a repudiation of the conservatives.",
    "Nor should the deal, one analyst noted, be regarded as an attempt to stop the rival.",
    'The senator called the bill "a ruthless and deplorable attack" on Tuesday.',
    "The governor highlighted his plan for jobs on Monday.",
    "Senator Grassley raised questions about the timing of the release.",
    "The storm raised the river by two feet overnight.",
    "He made it appear that the money had been repaid.",
    "Lawyers filed complaints that the jail conditions are inhumane and degrading.",
])
def test_estimates_plain_news_and_someone_elses_view_are_not_framing(text):
    assert _cues(text) == []


def test_judging_adjectives_come_from_textblob_less_the_news_senses():
    words = framing.judging_adjectives()
    assert {"dazzling", "ruthless", "deplorable", "scathing", "spectacular"} <= words
    for plain in ("deadly", "violent", "powerful", "devastating", "popular", "own", "crude", "unprecedented"):
        assert plain not in words


def test_cue_words_are_read_outside_quotations_and_compared_across_reports():
    assert framing.cue_words('He called it "perhaps the worst plan" on Tuesday.') == frozenset()
    assert framing.cue_words("The plan was perhaps the worst in years.") == {"perhaps"}
    assert framing.cue_words("He may well win, and his better-liked rival may not.") == {"well", "better-liked"}
    assert "as" in framing.cue_words("The courts are widely seen as loyal.")
    assert not framing.might_frame("The storm killed at least 231 people in Honduras on Friday.")


def test_the_cue_word_of_each_kind_is_what_another_version_would_share():
    doc = parse("In an apparent bid to calm the market, the bank cut rates, a sign that it is worried.",
                entities=False)
    words = [framing.cue_word(kind, token) for kind, token in framing.framing_cues(doc)]
    assert words == ["apparent", "sign"]
    doc = parse("The courts are widely seen as loyal to the prime minister.", entities=False)
    assert [framing.cue_word(k, t) for k, t in framing.framing_cues(doc)] == ["as"]
    doc = parse("The release raises questions, and the additions make the offer seem generous.", entities=False)
    assert [framing.cue_word(k, t) for k, t in framing.framing_cues(doc)] == ["questions", "seem"]


def test_leaning_adjectives_are_looser_than_judging_ones() -> None:
    leaning, judging = framing.leaning_adjectives(), framing.judging_adjectives()
    assert {"charismatic", "confident"} <= leaning
    assert not {"charismatic", "confident"} & judging  # a report's own sentence is not framed by them
    assert not {"key", "powerful", "former", "veteran"} & leaning
