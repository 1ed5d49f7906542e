"""What a brief prints for a report sentence, on a handmade set (tests/data/trust/references):
an opening reference replaced by the name the report gives, and the rewrite recorded."""

from pathlib import Path

import pytest

from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.selection.candidates import DEFAULT_RULES, GREEDY_RULES, CandidateRules, refusal
from summarizer.selection.printing import printed, printed_text, rewrites_in

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


def corpus(name: str) -> Corpus:
    return Corpus(load_documents(DATA / name))


def refusals(name: str, rules: CandidateRules) -> list[str | None]:
    c = corpus(name)
    return [refusal(c, s.id, rules) for s in c.sentences]


# --- rewrites: an opening reference replaced by the name the report gives (tests/data/trust/references)

#: The handmade set's sentences (a.txt 0-2, b.txt 3-5) that open with a reference the report
#: names, and what ``printed`` makes of them: (text printed, (kind, from, to)).
REWRITTEN = {
    1: ("Mark Ellison pleaded not guilty in federal court in the capital on Tuesday afternoon.",
        ("reference", "One of them", "Mark Ellison")),
    2: ("Dana Whitfield pleaded guilty to a lesser charge of visa fraud on Wednesday.",
        ("reference", "The other", "Dana Whitfield")),
    4: ("Ellen Marsh told reporters after the meeting that she had never discussed the contract "
        "with her aides.", ("reference", "She", "Ellen Marsh")),
}


def test_printed_replaces_an_opening_reference_and_records_the_rewrite():
    c = corpus("references")
    for sentence in c.sentences:
        result = printed(c, sentence.id)
        if sentence.id in REWRITTEN:
            text, (kind, before, after) = REWRITTEN[sentence.id]
            assert result.text == text == printed_text(c, sentence.id)
            assert [r.to_dict() for r in result.rewrites] == [{"kind": kind, "from": before, "to": after}]
        else:
            assert (result.text, result.rewrites) == (sentence.text, ())


def test_the_rewrite_lets_the_greedy_rules_keep_what_the_default_rules_refuse():
    assert refusals("references", DEFAULT_RULES) == [None, "reference", "reference", None, "reference", None]
    assert refusals("references", GREEDY_RULES) == [None] * 6


def test_rewrites_are_recorded_only_for_the_text_that_carries_them():
    c = corpus("references")
    text, (kind, before, after) = REWRITTEN[2]
    assert [r.to_dict() for r in rewrites_in(c, 2, text)] == [{"kind": kind, "from": before, "to": after}]
    assert rewrites_in(c, 2, c.sentences[2].text) == ()  # the report's own words: nothing changed
    assert rewrites_in(c, 2, "The other, Dana Whitfield, pleaded guilty.") == ()  # worded otherwise
    assert rewrites_in(c, 0, c.sentences[0].text) == ()


@pytest.mark.parametrize("strategy", ["lead", "lexrank"])
def test_a_greedy_brief_prints_and_records_each_rewrite(strategy):
    brief = summarize_corpus(corpus("references"), strategy, "100w", embeddings=False)
    recorded = {s.sentence_id: (s.text, tuple((r.kind, r.before, r.after) for r in s.rewrites))
                for s in brief.sentences}
    for sentence_id, (text, rewrite) in REWRITTEN.items():
        assert recorded[sentence_id] == (text, (rewrite,))
    for sentence_id in set(recorded) - set(REWRITTEN):
        assert recorded[sentence_id][1] == ()


def test_a_pronoun_is_left_when_the_report_has_someone_else_it_could_mean():
    c = Corpus(load_documents([
        "The governor of Arvena announced on Monday that he would run for the Senate next year. "
        "He described the decision as a coin toss between him and his wife, Mary Pat Lowe, a lawyer. "
        "And he put an unusual twist on the debate over the state pension fund at the rally.",
        "Mayor Daniel Ruiz of Valbrook resigned on Friday after an audit of the parks department. "
        "He said in a statement that he had done nothing wrong and would help the auditors."]))
    assert printed(c, 2).rewrites == ()  # "he" is the governor, not Mary Pat Lowe
    assert printed(c, 4).text.startswith("Daniel Ruiz said in a statement")


# --- a speaker in an aside, and a person described by age, named as the report names them --

def _one_report(text: str) -> Corpus:
    return Corpus(load_documents([text]))


def test_a_pronoun_speaking_in_an_aside_is_replaced_by_the_one_person_the_report_named():
    c = _one_report("Ann Lee, the harbor master, opposed the council's decision on Monday. "
                    "She called the vote a mistake. "
                    'By lifting the ban, she said, the council was "inviting trouble at the harbor."')
    result = printed(c, 2)
    assert result.text == 'By lifting the ban, Ann Lee said, the council was "inviting trouble at the harbor."'
    assert [r.to_dict() for r in result.rewrites] == [{"kind": "reference", "from": "she", "to": "Ann Lee"}]


def test_a_person_described_by_age_is_replaced_by_the_name_the_report_gave_with_the_age():
    c = _one_report("Dana Whitfield, a 49-year-old economics professor, defeated Mayor Ray Dalton in the "
                    "primary on Tuesday. Dalton conceded in the harbor town of Arvena. "
                    "The 49-year-old teaches at Arvena College, a small school north of the harbor.")
    result = printed(c, 2)
    assert result.text == "Dana Whitfield teaches at Arvena College, a small school north of the harbor."
    assert [r.to_dict() for r in result.rewrites] == [{"kind": "reference", "from": "The 49-year-old",
                                                       "to": "Dana Whitfield"}]
    assert refusal(c, 2, DEFAULT_RULES) == "reference"  # the default rules refuse it; greedy ones print the rewrite
    assert refusal(c, 2, GREEDY_RULES) is None


def test_a_pronoun_opening_what_doctors_said_is_replaced_by_the_one_person_the_report_named():
    c = _one_report("Mayor Ray Dalton remained in the hospital after a second surgery on Thursday. "
                    "Doctors said his condition was critical but improving.")
    result = printed(c, 1)
    assert result.text == "Doctors said Ray Dalton's condition was critical but improving."
    assert [r.to_dict() for r in result.rewrites] == [{"kind": "reference", "from": "his", "to": "Ray Dalton's"}]
