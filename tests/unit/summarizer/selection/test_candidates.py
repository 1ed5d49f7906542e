"""The candidate policy on handmade reports (tests/data/trust/): who may stand in a brief."""

from pathlib import Path

import pytest

from summarizer.api import summarize_corpus
from summarizer.selection.candidates import CandidateRules, candidate_ids, refusal
from summarizer.selection.printing import printed_text
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.strategies.base import redundant

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


def corpus(name: str) -> Corpus:
    return Corpus(load_documents(DATA / name))


def refusals(name: str, rules: CandidateRules = CandidateRules()) -> list[str | None]:
    c = corpus(name)
    return [refusal(c, s.id, rules) for s in c.sentences]


def test_quotations_need_their_speaker_in_the_sentence():
    # the governor's quote names "she" (outside reference); the three sentences of the
    # second quotation and the first-person statement have no speaker of their own
    assert refusals("attribution") == [None, "reference", "unattributed", "unattributed",
                                       "unattributed", "unattributed", None]


def test_a_long_sentence_inside_a_quotation_is_its_speakers_even_with_no_marks_of_its_own():
    """The middle sentence needs no parse (no mark, no first person, many words), yet it is
    Politics Daily's words, not the report's."""
    from summarizer.ingest import Document

    quoted = Corpus([Document("r", None, (
        "Politics Daily recently reported on the rule in the House of Representatives.",
        '"Beyond its symbolic power, it is unclear what impact the new rule will have. Under axiomatic legal '
        "precedent, virtually all congressional action is presumed valid anyway, at least initially by most of "
        'the courts in the country. It is also quite obvious."'))])
    assert [refusal(quoted, s.id) for s in quoted.sentences] == [None, "unattributed", "unattributed", "unattributed"]


def test_a_bulleted_list_a_colon_introduces_is_its_speakers_words():
    from summarizer.ingest import Document

    points = Corpus([Document("r", None, (
        "On Tuesday, Democrats close to the campaign circulated a set of response points:",
        "-Dick has been a constant champion of veterans and of the military.",
        "-He received no special treatment from anyone in the Marine Corps.",
        "Senator Blumenthal did not respond to questions on Wednesday."))])
    assert [refusal(points, s.id) for s in points.sentences] == [None, "unattributed", "unattributed", None]
    plain = Corpus([Document("r", None, ("Democrats met on Tuesday.",
                                         "-Dick has been a constant champion of veterans and of the military."))])
    assert refusal(plain, 1) is None


def test_outside_references_refused_or_repaired_with_the_reports_name():
    assert refusals("pronouns") == [None, "reference", "reference", "reference", None]
    resolving = CandidateRules(resolve_references=True)
    assert refusals("pronouns", resolving) == [None, None, "reference", "reference", None]
    c = corpus("pronouns")
    assert printed_text(c, 1).startswith("Daniel Ortega")
    assert printed_text(c, 4) == c.sentences[4].text


def test_furniture_sentences_are_refused_and_posts_recognised():
    assert refusals("furniture") == [None, "post", "post", "furniture", "furniture", None]
    c = corpus("furniture")
    assert printed_text(c, 0).startswith("The storm made landfall")  # dateline removed


@pytest.mark.parametrize("strategy", ["lead", "centroid", "ilp"])
def test_every_strategy_keeps_refused_sentences_out(strategy):
    for name in ("attribution", "furniture"):
        c = corpus(name)
        brief = summarize_corpus(c, strategy, "100w", embeddings=False)
        assert brief.sentences
        for sentence in brief.sentences:
            assert refusal(c, sentence.sentence_id, CandidateRules(resolve_references=True)) is None
            assert "WASHINGTON" not in sentence.text or strategy == "ilp"  # ilp: see trim hook


def test_lead_repairs_a_pronoun_with_the_name():
    brief = summarize_corpus(corpus("pronouns"), "lead", "100w", embeddings=False)
    texts = [s.text for s in brief.sentences]
    assert any(t.startswith("Daniel Ortega said in a statement") for t in texts)
    assert not any(t.startswith(("He ", "They ", "The move")) for t in texts)


def test_a_sentence_contained_in_a_longer_one_is_redundant():
    c = Corpus(load_documents([
        "The council approved the new budget for the city schools on Monday after a long debate "
        "about teacher salaries and building repairs.",
        "The council approved the new budget for the city schools after a long debate."]))
    assert redundant(c, 1, [0]) and redundant(c, 0, [1])


def test_candidates_fall_back_when_the_rules_leave_nothing():
    c = Corpus(load_documents(['"We will win this war and we will never give up," he said.']))
    assert candidate_ids(c) == [0]


SEEDS = Path(__file__).resolve().parents[4] / "seeds"


def _shuffled_key(seed: int):
    import random

    rank = {}
    rng = random.Random(seed)

    def key(sentence_id: int) -> float:
        return rank.setdefault(sentence_id, rng.random())
    return key


@pytest.mark.parametrize("one_per_group", [True, False])
def test_the_best_candidates_are_the_best_of_all_candidates(one_per_group):
    # judging trust lazily down a ranking gives the same set as judging every sentence and
    # then keeping the best ``limit``, for any ranking and limit
    rules = CandidateRules(one_per_group=one_per_group)
    everything = candidate_ids(Corpus(load_documents(SEEDS)), rules)
    for seed in range(3):
        key = _shuffled_key(seed)
        for limit in (1, 5, len(everything) - 1, len(everything) + 3):
            fresh = Corpus(load_documents(SEEDS))
            best = sorted(sorted(everything, key=key)[:limit])
            assert candidate_ids(fresh, rules, key=key, limit=limit) == best


def test_the_trust_rules_judge_only_the_sentences_in_contention():
    from summarizer.selection.candidates import _REFUSALS

    c = Corpus(load_documents(SEEDS))
    candidate_ids(c, key=lambda i: i, limit=3)
    judged_lazily = len(_REFUSALS[c])
    everything = candidate_ids(Corpus(load_documents(SEEDS)))
    assert judged_lazily < len(everything)


def _sentence(text: str):
    from summarizer.corpus import Sentence
    from summarizer.text import content_stems, stem, words

    tokens = tuple(words(text))
    return Sentence(0, 0, 0, 0, text, tokens, tuple(stem(w) for w in tokens),
                    frozenset(content_stems(text)), 0.0)


def test_the_greedy_preset_is_the_lead_and_sumy_policy():
    # lead and the sumy family: a 5-word floor, a colon or comma ending refused (not a
    # semicolon), quotations and questions kept, furniture lines refused
    from summarizer.selection.candidates import GREEDY_RULES, usable

    assert usable(_sentence("The storm killed many people."), GREEDY_RULES)
    assert not usable(_sentence("The storm killed many."), GREEDY_RULES)
    assert not usable(_sentence("The storm killed many people, officials said,"), GREEDY_RULES)
    assert not usable(_sentence("The storm killed these people in Honduras:"), GREEDY_RULES)
    assert usable(_sentence("The storm killed many people in Honduras;"), GREEDY_RULES)
    assert usable(_sentence('"We will rebuild every house in this town," the mayor said.'), GREEDY_RULES)
    assert usable(_sentence("Who will pay for the damage in the town?"), GREEDY_RULES)
    assert not usable(_sentence("The storm killed many people in Honduras;"))  # default rules
    assert not usable(_sentence("Who will pay for the damage in the town now?"))


@pytest.mark.parametrize("name", ["lead", "lexrank", "random"])
def test_greedy_strategies_declare_their_candidate_rules(name):
    from summarizer.errors import InputError
    from summarizer.selection.candidates import DEFAULT_RULES, GREEDY_RULES
    from summarizer.strategies import get_strategy

    assert get_strategy(name).rules == GREEDY_RULES
    assert get_strategy(name, rules=DEFAULT_RULES).rules == DEFAULT_RULES
    with pytest.raises(InputError, match="rules=CandidateRules"):
        get_strategy(f"{name}:no_such_option=1")


def test_the_rules_option_changes_what_lead_may_choose():
    from summarizer.selection.candidates import DEFAULT_RULES
    from summarizer.strategies import get_strategy
    from summarizer.budget import Budget

    c = Corpus(load_documents([
        '"We will rebuild every house in this town," the mayor said on Monday. '
        "The storm destroyed more than two hundred houses in the town of Choluteca.",
    ]))
    assert get_strategy("lead").select(c, Budget.parse("1s")) == [0]
    assert get_strategy("lead", rules=DEFAULT_RULES).select(c, Budget.parse("1s")) == [1]


def test_a_sentence_that_goes_on_in_a_speakers_voice_after_he_said_is_refused():
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents
    from summarizer.selection.candidates import refusal

    c = Corpus(load_documents([
        "Senator Ann Marsh of Arvena closed the state budget debate on Tuesday with a long speech.\n\n"
        "But both parties share the blame for the deficit, she said. The Democrats tax and spend, "
        "while the Republicans just spend. The speech ran for more than an hour in the chamber.\n\n"
        "The budget has a gap of two billion dollars, the treasurer said. The vote on the budget was "
        "delayed until Friday by the leaders of both parties."]))
    verdicts = {s.text: refusal(c, s.id) for s in c.sentences}
    assert verdicts["The Democrats tax and spend, while the Republicans just spend."] == "unattributed"
    assert verdicts["The speech ran for more than an hour in the chamber."] is None
    # right after a "..., the treasurer said." tail, but in the past: the report's own narrative
    assert verdicts["The vote on the budget was delayed until Friday by the leaders of both parties."] is None


VOICES = [
    "Mayor Ann Lee of Arvena opened the new bridge over the Sava river on Monday morning.\n\n"
    "Dress like you deserve respect at the opening of a public bridge.\n\n"
    "The mayor delivered a long tirade against the state transport office at the ceremony.\n\n"
    "Officials in the city hall were reportedly furious about the delays of the project.\n\n"
    "The bridge cost more than forty million dollars and took six years to build.",
    "The new bridge over the Sava river in Arvena opened to traffic on Monday afternoon.\n\n"
    "The bridge cost more than forty million dollars and took six years to build.\n\n"
    "Critics said the bridge was a costly boondoggle for the small city of Arvena.",
]


def test_the_voice_rules_refuse_orders_judgements_and_hearsay_in_the_reports_own_voice():
    c = Corpus(load_documents(VOICES))
    verdicts = {s.text: refusal(c, s.id) for s in c.sentences}
    assert verdicts["Dress like you deserve respect at the opening of a public bridge."] == "imperative"
    assert verdicts["The mayor delivered a long tirade against the state transport office at the ceremony."] \
        == "evaluative"
    assert verdicts["Officials in the city hall were reportedly furious about the delays of the project."] \
        == "hearsay"
    assert verdicts["Critics said the bridge was a costly boondoggle for the small city of Arvena."] is None
    assert verdicts["Mayor Ann Lee of Arvena opened the new bridge over the Sava river on Monday morning."] is None
    off = CandidateRules(drop_imperative=False, drop_evaluative=False, drop_hearsay=False)
    assert all(refusal(c, s.id, off) is None for s in c.sentences)


def test_a_judgement_two_reports_carry_is_not_one_reports_framing():
    told = "The mayor delivered a long tirade against the state transport office at the ceremony."
    retold = "The mayor delivered a long tirade against the state transport office at the opening ceremony."
    c = Corpus(load_documents([VOICES[0], VOICES[1] + "\n\n" + retold]))
    ids = [s.id for s in c.sentences if s.text in (told, retold)]
    assert len(ids) == 2 and c.group_of[ids[0]] == c.group_of[ids[1]]
    assert [refusal(c, i) for i in ids] == [None, None]


@pytest.mark.parametrize("strategy", ["lead", "lexrank", "centroid", "submodular", "ilp"])
def test_every_extractive_strategy_keeps_the_voice_rules(strategy):
    c = Corpus(load_documents(VOICES))
    brief = summarize_corpus(c, strategy, "100w", embeddings=False)
    printed = " ".join(s.text for s in brief.sentences)
    assert brief.sentences
    for words in ("Dress like", "tirade", "reportedly"):
        assert words not in printed


def test_a_judging_version_gives_way_to_another_reports_neutral_one():
    c = Corpus(load_documents(DATA / "loaded_verbs"))
    verdicts = {s.text.split()[3]: refusal(c, s.id) for s in c.sentences if s.text.startswith("Senator")}
    assert c.group_of[0] == c.group_of[[s.id for s in c.sentences if "criticized" in s.text][0]]
    assert verdicts == {"slammed": "evaluative", "criticized": None}


def test_an_opinion_pieces_sentences_are_its_view_not_news():
    from summarizer.ingest import Document

    editorial = Document("ed", None, (
        "The New York Times said in an editorial for Sunday, Nov. 22:",
        "Initial evidence suggests that the killing was a political assassination by her enemies."))
    news = Document("news", None, ("Galina Starovoitova was shot dead in the stairwell of her apartment building.",))
    mixed = Corpus([news, editorial])
    assert [refusal(mixed, s.id) for s in mixed.sentences] == [None, "opinion", "opinion"]
    assert refusal(mixed, 2, CandidateRules(drop_opinion=False)) is None
    alone = Corpus([editorial])  # a set of opinion pieces alone is what the reader asked for
    assert refusal(alone, 1) is None
