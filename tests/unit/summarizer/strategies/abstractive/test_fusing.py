"""summarizer/strategies/abstractive/fusing.py: ``abstractive``'s fusion step, a brief sentence
taking one detail from another report's version of its fact (ranked by the tiny random Llama
of tests/tiny_models.py, accepted by the guard)."""

from __future__ import annotations

import pytest
from tiny_models import build_tiny_llama

from summarizer.brief import BriefSentence, Source, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.generation.compress import rank
from summarizer.generation.fusion import Fusion
from summarizer.ingest import Document
from summarizer.strategies.abstractive.deletion import Abstractive, Compressing
from summarizer.strategies.abstractive.fusing import (FUSION_REFUSED, _adds, _aged_otherwise, _described_elsewhere,
                                                     _styled_otherwise, _told, fuse_all)
from summarizer.strategies.abstractive.outcome import COMPRESSED, FUSED, KEPT, operation_of, set_operation

#: Report 1's version of report 0's first sentence names who Kerry is: the detail to fuse.
REPORTS = ["Kerry said the talks, which began in May, would start after August. Lavrov left Geneva.",
           "Kerry, the secretary of state, said the talks were delayed until August."]
BASE = "Kerry said the talks, which began in May, would start after August."
#: The appositive inserted into the sentence, and into its compression without the relative
#: clause (``fusion.fusions``: only non-restrictive material is deleted from a base).
FUSED_TEXTS = ["Kerry, the secretary of state, said the talks, which began in May, would start after August.",
               "Kerry, the secretary of state, said the talks would start after August."]
DONOR = 2  # report 1's sentence


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(REPORTS)])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_tiny_llama(tmp_path_factory.mktemp("fusing") / "llama"))


def strategy(folder: str, **options: object) -> Abstractive:
    return Abstractive(model=folder, base="lead", threads=1, **options)


def context(chosen: Abstractive) -> Compressing:
    return Compressing(chosen.text_model(), frozenset())


def brief(corpus: Corpus, *ids: int) -> list[BriefSentence]:
    out = [BriefSentence(corpus.sentences[i].text, sources_of(corpus, i), i) for i in ids]
    for sentence in out:
        set_operation(sentence, KEPT)
    return out


def test_a_fusion_must_add_a_detail_the_brief_may_carry() -> None:
    assert _adds(Fusion(FUSED_TEXTS[0], DONOR, "appositive", "the secretary of state"), BASE)
    # a number word adds a figure, though spaCy lists it as a stop word (DUC 2004 d30031)
    assert _adds(Fusion("Mission Control gave the six astronauts time.", DONOR, "modifier", "six"),
                 "Mission Control gave the astronauts time.")
    assert not _adds(Fusion("The six astronauts rested.", DONOR, "modifier", "six"), "Six astronauts rested.")
    # words the sentence's own wording has (compression deleted them; they are not news)
    assert not _adds(Fusion("Kerry said the talks, would start, would start after August.", DONOR,
                            "appositive", "would start,"), BASE)
    # an abbreviation of a word the sentence's own wording has ("Ark." for "Arkansas")
    assert not _adds(Fusion("Huckabee spoke in his hometown of Hope, Ark.", DONOR, "splice", ", Ark."),
                     "Huckabee spoke in his hometown of Hope, Arkansas.")
    # a place the sentence's own wording names by its adjective ("the Scottish town of Lockerbie")
    assert not _adds(Fusion("The jet blew up over the Scottish town of Lockerbie, Scotland.", DONOR, "appositive",
                            "Scotland"), "The jet blew up over the Scottish town of Lockerbie.")
    assert not _adds(Fusion("The worst previous Swedish fire in modern Sweden was in 1978.", DONOR, "modifier",
                            "Swedish"), "The worst previous fire in modern Sweden was in 1978.")
    # a hyphenated word whose head the sentence says ("[anti-Serb] atrocities against Serbs")
    assert not _adds(Fusion("The case dealt with anti-Serb atrocities against Serbs.", DONOR, "modifier", "anti-Serb"),
                     "The case dealt with atrocities against Serbs.")
    # places a hyphenated adjective of the sentence names, whatever function words join them
    assert not _adds(Fusion("Syrian-Israeli peace talks between Syria and Israel broke off.", DONOR, "splice",
                            "between Syria and Israel"), "Syrian-Israeli peace talks broke off.")
    # a relative time the extractive wording trims away
    assert not _adds(Fusion("Kerry said on Sunday the talks would start after August.", DONOR,
                            "prepositional phrase", "on Sunday"), BASE)


def test_the_best_ranked_fusion_replaces_the_sentence_and_cites_both_reports(folder: str, corpus: Corpus) -> None:
    chosen = strategy(folder, margin=100.0)  # no fusion is ranked too far below the sentence
    done = context(chosen)
    scores = rank.scores(done.model, [BASE, *FUSED_TEXTS])
    best = FUSED_TEXTS[min((1, 2), key=lambda k: (-scores[k], k)) - 1]
    out = fuse_all(chosen, corpus, done, Budget.parse("100w"), brief(corpus, 0, 1))
    assert [s.text for s in out] == [best, "Lavrov left Geneva."]  # the second has no other version
    assert (out[0].rewritten, out[0].guard, operation_of(out[0]), operation_of(out[1])) == (True, None, FUSED, KEPT)
    assert out[0].sources == [Source("r0.txt", 0), Source("r1.txt", 0)]
    assert (done.calls, done.tokens) == (1, rank.cost(done.model, [BASE, *FUSED_TEXTS]))


def test_only_fusions_that_fit_the_budget_are_ranked(folder: str, corpus: Corpus) -> None:
    chosen = strategy(folder, margin=100.0)
    # 15 words: "Lavrov left Geneva." (3) leaves 12, the shorter fusion's length
    out = fuse_all(chosen, corpus, context(chosen), Budget.parse("15w"), brief(corpus, 0, 1))
    assert out[0].text == FUSED_TEXTS[1]
    out = fuse_all(chosen, corpus, context(chosen), Budget.parse("14w"), brief(corpus, 0, 1))
    assert [s.text for s in out] == [BASE, "Lavrov left Geneva."] and not out[0].rewritten
    assert out[0].guard is None  # nothing was ranked, nothing refused


def test_a_fusion_ranked_below_the_sentence_is_refused_and_noted(
        folder: str, corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = strategy(folder, margin=0.0)
    done = context(chosen)
    # the model's ranking is what this test is not about: every fusion ranks below the sentence
    monkeypatch.setattr(rank, "scores", lambda model, texts: [0.0] + [-1.0] * (len(texts) - 1))
    out = fuse_all(chosen, corpus, done, Budget.parse("100w"), brief(corpus, 0))
    assert (out[0].text, out[0].rewritten) == (BASE, False)
    assert out[0].guard == FUSION_REFUSED + "the model ranks the fused sentence below the sentence"
    compressed = brief(corpus, 0)[0]
    set_operation(compressed, COMPRESSED)  # a compressed sentence notes the refusal too
    out = fuse_all(chosen, corpus, context(chosen), Budget.parse("100w"), [compressed])
    assert (out[0].guard, operation_of(out[0])) == (FUSION_REFUSED + "the model ranks the fused sentence below the sentence", COMPRESSED)


def test_only_the_sentences_named_are_fused(folder: str, corpus: Corpus) -> None:
    """The last refill's sentences get their try alone (``Abstractive._refill``): the
    others stand as they are."""
    chosen = strategy(folder, margin=100.0)
    sentences = brief(corpus, 0, 1)
    out = fuse_all(chosen, corpus, context(chosen), Budget.parse("100w"), sentences, only=[sentences[1]])
    assert [s.text for s in out] == [BASE, "Lavrov left Geneva."] and operation_of(out[0]) == KEPT
    out = fuse_all(chosen, corpus, context(chosen), Budget.parse("100w"), sentences, only=[sentences[0]])
    assert out[0].text in FUSED_TEXTS and operation_of(out[0]) == FUSED


def test_no_fusion_without_budget_for_the_model_or_a_sentence_to_fuse(folder: str, corpus: Corpus) -> None:
    spent = strategy(folder, margin=100.0, max_tokens=0)
    done = context(spent)
    out = fuse_all(spent, corpus, done, Budget.parse("100w"), brief(corpus, 0))
    assert (out[0].text, out[0].guard, done.calls) == (BASE, None, 0)
    loose = BriefSentence(BASE, [Source("x", 0)], None)  # no corpus sentence: nothing to align
    assert fuse_all(spent, corpus, done, Budget.parse("100w"), [loose]) == [loose]
    empty: list[BriefSentence] = []
    assert fuse_all(spent, corpus, done, Budget.parse("3s"), empty) is empty


#: A third report's version places the talks in Geneva: a second detail for the sentence.
THIRD = "Kerry said the talks would start in Geneva after August."
#: The sentence with both reports' details: the fused sentence is fused again.
BOTH = "Kerry, the secretary of state, said the talks, which began in May, would start in Geneva after August."


@pytest.fixture(scope="module")
def corpus3() -> Corpus:
    return Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate([*REPORTS, THIRD])])


def ranked_texts(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Records the texts each call of ``rank.scores`` ranks (the real scores are returned)."""
    seen: list[list[str]] = []
    real = rank.scores

    def recording(model: object, texts: list[str]) -> list[float] | None:
        seen.append(list(texts))
        return real(model, texts)  # type: ignore[arg-type]

    monkeypatch.setattr(rank, "scores", recording)
    return seen


def test_a_fused_sentence_takes_a_detail_of_a_third_report(folder: str, corpus3: Corpus) -> None:
    chosen = strategy(folder, margin=100.0)
    done = context(chosen)
    out = fuse_all(chosen, corpus3, done, Budget.parse("100w"), brief(corpus3, 0))
    # both reports' details, whichever of the fused sentence's wordings the model ranks first
    assert out[0].text in (BOTH, BOTH.replace(", which began in May,", ""))
    assert (operation_of(out[0]), out[0].guard, done.calls) == (FUSED, None, 2)
    assert {s.document for s in out[0].sources} == {"r0.txt", "r1.txt", "r2.txt"}


def test_candidates_adding_fewest_words_reach_the_model_first(
        folder: str, corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.generation import fusion

    seen = ranked_texts(monkeypatch)
    chosen = strategy(folder, margin=100.0)
    fuse_all(chosen, corpus, context(chosen), Budget.parse("100w"), brief(corpus, 0))
    # the donor's fusion built on the sentence's compression adds no word, the other 4
    assert seen[0] == [BASE, FUSED_TEXTS[1], FUSED_TEXTS[0]]
    monkeypatch.setattr(fusion, "MAX_FUSIONS", 1)  # room for one: the one adding fewest words
    seen.clear()
    fuse_all(chosen, corpus, context(chosen), Budget.parse("100w"), brief(corpus, 0))
    assert seen[0] == [BASE, FUSED_TEXTS[1]]


def test_a_fused_sentence_is_fused_again_only_keeping_its_words() -> None:
    from summarizer.strategies.abstractive.fusing import _keeps

    assert _keeps(BOTH, FUSED_TEXTS[0])
    assert not _keeps(BOTH.replace(" the secretary of state,", ""), FUSED_TEXTS[0])


#: The sentence compressed (its relative clause deleted), and fused with report 1's appositive.
SHORT = "Kerry said the talks would start after August."


@pytest.mark.parametrize("refused", [False, True])  # a first-round refusal judged shorter candidates
@pytest.mark.parametrize("spare", [[1], []])  # a refill sentence, or the least valuable one
def test_a_fusion_without_room_takes_the_place_of_another_sentence(
        folder: str, corpus: Corpus, spare: list[int], refused: bool) -> None:
    from summarizer.strategies.abstractive.fusing import fuse_displacing
    from summarizer.strategies.abstractive.refill import Refill

    chosen = strategy(folder, margin=100.0)
    sentences = brief(corpus, 0, 1)
    sentences[0].text = SHORT
    set_operation(sentences[0], COMPRESSED)
    if refused:
        sentences[0].guard = FUSION_REFUSED + "the model ranks the fused sentence below the sentence"
    # 12 words: the sentence (8) and "Lavrov left Geneva." (3) fit; the fusion (12) only alone
    refill = Refill(corpus, Budget.parse("12w"), sentences, chosen.rules)
    assert fuse_displacing(chosen, corpus, context(chosen), refill, spare) == [1]
    assert [s.text for s in refill.sentences] == [FUSED_TEXTS[1]]
    assert operation_of(refill.sentences[0]) == FUSED
    refill.forget([1])
    assert (refill.taken, 1 in refill.tried) == ([0], True)


def test_a_fusion_with_room_displaces_nothing_and_a_refused_sentence_is_tried_again(
        folder: str, corpus: Corpus) -> None:
    from summarizer.strategies.abstractive.fusing import fuse_displacing
    from summarizer.strategies.abstractive.refill import Refill

    chosen = strategy(folder, margin=100.0)
    sentences = brief(corpus, 0, 1)
    sentences[0].text = SHORT
    refill = Refill(corpus, Budget.parse("100w"), sentences, chosen.rules)
    assert fuse_displacing(chosen, corpus, context(chosen), refill, [1]) == []
    assert [s.text for s in refill.sentences] == [FUSED_TEXTS[1], "Lavrov left Geneva."]
    refused = brief(corpus, 0, 1)
    refused[0].guard = FUSION_REFUSED + "the model ranks the fused sentence below the sentence"
    done = context(chosen)
    refill = Refill(corpus, Budget.parse("100w"), refused, chosen.rules)
    assert fuse_displacing(chosen, corpus, done, refill, [1]) == []
    assert refill.sentences[0].text in FUSED_TEXTS and operation_of(refill.sentences[0]) == FUSED
    assert refill.sentences[0].guard is None and refill.sentences[1].text == "Lavrov left Geneva."
    assert done.calls == 1


def test_a_detail_the_sentence_a_fusion_may_displace_gives_is_told(folder: str) -> None:
    """The fusion sought without the victim ("Kerry, the secretary of state, met Lavrov")
    fits beside it, so the victim stays: the appositive it gives may not be added again."""
    from summarizer.strategies.abstractive.fusing import fuse_displacing
    from summarizer.strategies.abstractive.refill import Refill

    reports = [REPORTS[0], REPORTS[1], "Kerry, the secretary of state, met Lavrov in Geneva."]
    corpus = Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(reports)])
    chosen = strategy(folder, margin=100.0)
    sentences = brief(corpus, 0, 3)
    sentences[0].text = SHORT
    refill = Refill(corpus, Budget.parse("100w"), sentences, chosen.rules)
    assert fuse_displacing(chosen, corpus, context(chosen), refill, [3]) == []
    assert [s.text for s in refill.sentences] == [SHORT, reports[2]]


def test_a_detail_another_brief_sentence_gives_is_not_added_again(folder: str) -> None:
    """"Kerry, the secretary of state," once per brief: a second sentence naming Kerry takes
    no copy of the appositive the first one carries."""
    reports = [REPORTS[0], REPORTS[1], "Kerry, the secretary of state, met Lavrov in Geneva."]
    corpus = Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(reports)])
    chosen = strategy(folder, margin=100.0)
    done = context(chosen)
    out = fuse_all(chosen, corpus, done, Budget.parse("100w"), brief(corpus, 0, 3))
    # sentence 3 already says who Kerry is: sentence 0 may not repeat it
    assert all("secretary of state" not in s.text for s in out[:1])
    assert operation_of(out[0]) == KEPT and out[1].text == reports[2]


def test_a_detail_another_brief_sentence_gives_is_told_as_whole_words_only() -> None:
    told = "annan met libyan leader col. moammar gadhafi. the protocol was signed."
    assert _told("Col", told) and _told("Moammar", told)
    assert not _told("Col", "the protocol was signed by a colonel.")
    assert not _told("75", "about 175 people died.")
    # the word that opens the insertion as a clause or a noun phrase is not the detail
    told = "since the 1980s, his works have been translated into more than 20 languages."
    assert _told("whose works have been translated into more than 20 languages", told)
    assert not _told("whose works have been banned in Portugal", told)


def test_the_guard_sees_every_sentence_a_fusion_would_cite() -> None:
    """Copies of the donor in other reports are cited too, so they are checked too (the
    combination rule refuses a passage between sources whose figures differ)."""
    from summarizer.strategies.abstractive.fusing import _cited_texts

    texts = ["Zarya will serve as a space tugboat.", "The 44,000-pound Zarya was launched on Nov. 20.",
             "The 44,000-pound Zarya was launched on Nov. 20.", "Zarya is a power module."]
    reports = Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(texts)])
    cited = sources_of(reports, 0) + sources_of(reports, 1)
    assert sorted(_cited_texts(reports, cited, 0)) == [texts[1], texts[2]]  # own left out, both copies in
    assert _cited_texts(reports, sources_of(reports, 3), 3) == []


def test_who_someone_is_is_said_once_per_brief() -> None:
    fusion = Fusion("Hodler said Samaranch, president of the International Olympic Committee, had ordered him to "
                    "keep quiet.", DONOR, "appositive", "president of the International Olympic Committee")
    assert _described_elsewhere(fusion, ["IOC president Juan Antonio Samaranch promised to expel members."])
    assert not _described_elsewhere(fusion, ["Samaranch promised to expel members."])  # named, not described
    assert not _described_elsewhere(fusion, ["The president of Kenya, a longtime friend of the family, met Samaranch."])
    # another office is news: "U.S. envoy" does not say he is the ambassador-designate to the U.N.
    office = Fusion("Holbrooke, the U.S. ambassador-designate to the United Nations, said he will go.", DONOR,
                    "appositive", "the U.S. ambassador-designate to the United Nations")
    assert not _described_elsewhere(office, ["U.S. envoy Richard Holbrooke met Milosevic."])
    # an abbreviated title says the same ("Rep." is "Representative")
    representative = Fusion("Representative Tim Ryan told reporters the race was over.", DONOR, "title",
                            "Representative Tim")
    assert _described_elsewhere(representative, ["Pelosi defeated her lone challenger, Rep. Tim Ryan, by a vote."])
    title = Fusion("Italian authorities captured rebel leader Abdullah Ocalan at the airport.", DONOR, "title",
                   "rebel leader")
    assert _described_elsewhere(title, ["Kurds massed where Kurdish rebel leader Abdullah Ocalan is held."])


def test_a_description_in_other_forms_of_its_words_is_said_already() -> None:
    """basil-dev's Hunter brief told "Hunter's early support of Donald Trump" and then lent
    "one of Trump's earliest supporters" to Hunter: a possessive names him, and "earliest
    supporters" is "early support" by lemma and stem."""
    fusion = Fusion("Hunter, one of Trump's earliest supporters in the presidential race, allegedly was aware of "
                    "the spending.", DONOR, "appositive", "one of Trump's earliest supporters in the presidential race")
    assert _described_elsewhere(fusion, ['Vega said the prosecution was "politically motivated" because of '
                                         "Hunter's early support of Donald Trump for president."])
    assert not _described_elsewhere(fusion, ["Vega said the prosecution of Hunter was politically motivated."])


def test_an_age_the_base_report_gives_otherwise_is_not_lent() -> None:
    """The base's report says "Wang, 32,"; another report's "Wang, 31," was written at
    another time (or is wrong): the brief's sentence is the base report's."""
    reports = ["After the army had crushed the movement, Wang was arrested. Wang, 32, has been imprisoned since.",
               "Qin, 44, and Wang, 31, are accused of inciting subversion."]
    corpus = Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(reports)])
    lent = Fusion("After the army had crushed the movement, Wang, 31, was arrested.", 2, "appositive", "31")
    assert _aged_otherwise(corpus, 0, lent)
    same = Fusion("After the army had crushed the movement, Wang, 32, was arrested.", 2, "appositive", "32")
    assert not _aged_otherwise(corpus, 0, same)
    alone = Corpus([Document("r0.txt", None, ("After the army had crushed the movement, Wang was arrested.",)),
                    Document("r1.txt", None, (reports[1],))])
    assert not _aged_otherwise(alone, 0, lent)


def test_a_fusion_is_judged_by_the_style_of_its_base_sentences_own_report() -> None:
    """The base's report (not the donor's) decides how people are named: the same fusion
    clashes in The New York Times' style and not in Fox News'."""
    titled = "Mr. Hunter was investigated. Mr. Hunter backed Mr. Trump early."
    bare = "Hunter was investigated. Hunter backed Trump early."
    fused = Fusion("Mr. Hunter, one of Trump's earliest supporters, was investigated.", 2, "appositive",
                   "one of Trump's earliest supporters")
    corpus = Corpus([Document("nyt.txt", None, (titled,)), Document("fox.txt", None, (bare,))])
    sentence = BriefSentence("Mr. Hunter was investigated.", [], sentence_id=0)
    assert _styled_otherwise(corpus, sentence, fused)
    plain = Fusion("Hunter, one of Trump's earliest supporters, was investigated.", 0, "appositive",
                   "one of Trump's earliest supporters")
    assert not _styled_otherwise(corpus, BriefSentence("Hunter was investigated.", [], sentence_id=2), plain)
