"""summarizer/strategies/abstractive/deletion.py: ``abstractive``'s compression of each
sentence (constituent deletions ranked by the model, within a counted budget), the words it
protects, the fall-back to the source and the ending check (the tiny random Llama of
tests/tiny_models.py as the model)."""

from __future__ import annotations

import pytest
from tiny_models import build_tiny_llama

from summarizer.brief import BriefSentence, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.generation.compress import rank
from summarizer.generation.compress.constituents import candidates
from summarizer.generation.models import TextModel
from summarizer.ingest import Document
from summarizer.nlp.load import parse
from summarizer.strategies.abstractive.deletion import (COMPRESSION_REFUSED, ENDING_REFUSED, Abstractive,
                                                        Compressing, shared_stems)
from summarizer.strategies.abstractive.ending import ending_logprob
from summarizer.strategies.abstractive.outcome import COMPRESSED, KEPT

KERRY = "The US envoy, a former general, met Sergei Lavrov in Geneva on Monday, despite the protests there."
#: Its grammatical compressions within the default bounds (0.5 to 0.9 of the words kept).
KERRY_CANDIDATES = ["The US envoy met Sergei Lavrov in Geneva on Monday, despite the protests there.",
                    "The US envoy, a former general, met Sergei Lavrov in Geneva on Monday.",
                    "The US envoy met Sergei Lavrov in Geneva on Monday."]
#: Three reports whose leads are near-duplicates (one group: counted once); the fishermen's
#: death is in two reports, the harbour in Portland in two (once as a near-duplicate).
REPORTS = [
    "The storm hit the coast of Maine on Tuesday. Two fishermen died at sea. The harbour in Portland was closed.",
    "The storm hit the coast of Maine with strong winds. Two fishermen died near Portland. Schools stayed open.",
    "A storm hit the coast of Maine. The harbour in Portland was closed after the storm. The governor visited.",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_tiny_llama(tmp_path_factory.mktemp("deletion") / "llama"))


@pytest.fixture(scope="module")
def model(folder: str) -> TextModel:
    return Abstractive(model=folder, base="lead", threads=1).text_model()


def abstractive(folder: str, **options: object) -> Abstractive:
    return Abstractive(model=folder, base="lead", threads=1, **options)


# --------------------------------------------------------------------------- protected words


def test_shared_stems_are_content_stems_of_enough_reports_near_duplicates_once() -> None:
    corpus = Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(REPORTS)])
    # half of 3 reports: at least 2. "storm", "coast", "maine" are in all three leads, but
    # the leads are one group and count for one report; "portland" is in reports 0 and 1
    # (report 2's harbour sentence is a near-duplicate of report 0's)
    assert shared_stems(corpus, 0.5) == {"fishermen", "die", "portland"}
    assert shared_stems(corpus, 0.7) == frozenset()  # 3 reports needed: none
    assert shared_stems(corpus, 0) == frozenset()
    single = Corpus([Document("r0.txt", None, (REPORTS[0],))])
    assert shared_stems(single, 0.1) == frozenset()  # at least two reports, always


def test_compressing_protects_shared_words_and_counts_its_budget() -> None:
    context = Compressing(None, frozenset({"kerri", "geneva"}))  # type: ignore[arg-type]
    assert context.shared("Kerry's") and context.shared("Geneva,") and not context.shared("Lavrov")
    assert context.protected("not") and context.protected("Geneva") and not context.protected("talks")
    assert Abstractive._drops_protected(KERRY, KERRY_CANDIDATES[1], context) is False
    assert Abstractive._drops_protected(KERRY, "John Kerry, the US secretary of state, met Lavrov.", context)
    assert context.charge(10, 25, 2) and context.charge(10, 25, 2)
    assert not context.charge(10, 25, 5)  # 30 tokens > 25
    assert not context.charge(1, 100, 2)  # a third call > 2
    assert (context.tokens, context.calls) == (20, 2)


def test_deleting_the_appositive_after_a_shared_name_keeps_the_name() -> None:
    context = Compressing(None, frozenset({"kerri"}))  # type: ignore[arg-type]
    assert Abstractive._drops_protected(KERRY, KERRY_CANDIDATES[0], context) is False


@pytest.mark.parametrize(("options", "message"), [
    ({"min_ratio": 0}, "min_ratio"), ({"max_ratio": 1.5}, "max_ratio"),
    ({"keep_shared": 1.5}, "keep_shared"), ({"margin": -0.1}, "margin"),
    ({"max_words": 3}, "max_words"), ({"max_tokens": -1}, "max_tokens"),
])
def test_bad_options_are_input_errors(options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Abstractive(base="lead", **options)


# --------------------------------------------------------------------------- compress


def test_compress_answers_without_the_model_when_it_can(folder: str, model: TextModel) -> None:
    strategy = abstractive(folder, max_words=10)
    context = Compressing(model, frozenset())
    long = strategy.compress(KERRY, context)
    assert (long.text, long.accepted, long.reason) == (KERRY, False, "longer than 10 words")
    short = strategy.compress("Kerry  left.", context)  # no deletable constituent
    assert (short.text, short.accepted, short.reason) == ("Kerry left.", True, "")
    assert (context.calls, context.tokens) == (0, 0)
    spent = abstractive(folder, max_tokens=0).compress(KERRY, context)
    assert (spent.text, spent.accepted, spent.reason) == (KERRY, False, "the brief's generation budget is spent")
    assert abstractive(folder, max_calls=0).compress(KERRY, context).reason == spent.reason


def test_compress_takes_the_best_ranked_candidate_once(folder: str, model: TextModel) -> None:
    assert [c.text for c in candidates(parse(KERRY), 0.5, 0.9)] == KERRY_CANDIDATES
    strategy = abstractive(folder, margin=100.0)  # every candidate is good enough
    context = Compressing(model, frozenset())
    texts = [KERRY, *KERRY_CANDIDATES]
    scores = rank.scores(model, texts)
    best_first = sorted(range(1, 4), key=lambda k: (-scores[k], k))
    result = strategy.compress(KERRY, context)
    assert (result.source, result.text, result.accepted) == (KERRY, texts[best_first[0]], True)
    assert (context.calls, context.tokens) == (1, rank.cost(model, texts))
    assert [c.text for c in strategy._alternatives[(KERRY, frozenset())]] == [texts[k] for k in best_first[1:]]
    assert strategy.compress(f" {KERRY} ", context) is result and context.calls == 1  # cached


def test_compress_keeps_shared_words_and_the_margin(folder: str, model: TextModel) -> None:
    # "general" shared: only the candidate keeping the appositive is left
    keeping = abstractive(folder, margin=100.0).compress(KERRY, Compressing(model, frozenset({"gener"})))
    assert keeping.text == KERRY_CANDIDATES[1]
    # margin 0 keeps only what the model ranks at least as high as the sentence: with
    # "general" shared, the one candidate left ranks below it and is refused
    strict = abstractive(folder, margin=0.0).compress(KERRY, Compressing(model, frozenset({"gener"})))
    assert (strict.text, strict.accepted) == (KERRY, False)
    assert strict.reason == "the model ranks every shorter version below the sentence"
    # a margin between the smallest two gaps below the sentence's score keeps one candidate,
    # a margin between the other two gaps two
    scores = rank.scores(model, [KERRY, *KERRY_CANDIDATES])
    gaps = sorted((scores[0] - scores[k], k) for k in range(1, 4))
    assert gaps[0][0] < gaps[1][0] < gaps[2][0]
    one = abstractive(folder, margin=(gaps[0][0] + gaps[1][0]) / 2)
    assert (one.compress(KERRY, Compressing(model, frozenset())).text, one._alternatives[(KERRY, frozenset())]) == \
        (KERRY_CANDIDATES[gaps[0][1] - 1], [])
    between = abstractive(folder, margin=(gaps[1][0] + gaps[2][0]) / 2)
    two = between.compress(KERRY, Compressing(model, frozenset()))
    assert (two.text, two.accepted) == (KERRY_CANDIDATES[gaps[0][1] - 1], True)
    assert [c.text for c in between._alternatives[(KERRY, frozenset())]] == [KERRY_CANDIDATES[gaps[1][1] - 1]]


# --------------------------------------------------------------------------- rewrite


@pytest.fixture(scope="module")
def kerry_corpus() -> Corpus:
    return Corpus([Document("r0.txt", None, (KERRY + " Kerry left.",))])


def brief_sentence(corpus: Corpus, sentence_id: int) -> BriefSentence:
    return BriefSentence(corpus.sentences[sentence_id].text, sources_of(corpus, sentence_id), sentence_id)


def test_rewrite_replaces_the_sentence_with_its_guarded_compression(folder: str, model: TextModel,
                                                                   kerry_corpus: Corpus) -> None:
    strategy = abstractive(folder, margin=100.0, ending_floor=None)
    context = Compressing(model, frozenset())
    out = strategy._rewrite(kerry_corpus, context, brief_sentence(kerry_corpus, 0))
    assert out.text == strategy.compress(KERRY, context).text != KERRY
    assert (out.rewritten, out.guard, out.operation) == (True, None, COMPRESSED)
    assert out.sources == sources_of(kerry_corpus, 0)
    kept = strategy._rewrite(kerry_corpus, context, brief_sentence(kerry_corpus, 1))  # nothing to delete
    assert (kept.text, kept.rewritten, kept.guard, kept.operation) == ("Kerry left.", False, None, KEPT)


def test_rewrite_records_why_the_source_was_kept(folder: str, model: TextModel, kerry_corpus: Corpus) -> None:
    out = abstractive(folder, max_words=10)._rewrite(kerry_corpus, Compressing(model, frozenset()),
                                                     brief_sentence(kerry_corpus, 0))
    assert (out.text, out.rewritten, out.operation) == (KERRY, False, KEPT)
    assert out.guard == COMPRESSION_REFUSED + "longer than 10 words"


def test_rewrite_falls_back_through_the_alternatives_to_the_source(folder: str, model: TextModel,
                                                                  kerry_corpus: Corpus) -> None:
    """An option passes the ending check when it ends at least as well as the floor or the
    source, whichever is lower: the first such option in rank order is taken; ``_refusal``
    says why one is not. The floor is set between the options' endings, so one is refused."""
    context, ranking = Compressing(model, frozenset()), abstractive(folder, margin=100.0)
    best = ranking.compress(KERRY, context)
    options = [best.text] + [c.text for c in ranking._alternatives[(KERRY, frozenset())]]
    endings = {o: ending_logprob(model, o) for o in options}
    floor = sorted(endings.values())[1]
    threshold = min(floor, ending_logprob(model, KERRY))
    passing = [o for o in options if endings[o] >= threshold]
    strategy = abstractive(folder, margin=100.0, ending_floor=floor)
    out = strategy._rewrite(kerry_corpus, context, brief_sentence(kerry_corpus, 0))
    assert 0 < len(passing) < len(options)
    assert (out.text, out.rewritten, out.guard, out.operation) == (passing[0], True, None, COMPRESSED)
    strategy = abstractive(folder, margin=100.0, ending_floor=0.0)
    # a faithful deletion that the model finds ends worse than its source is refused
    source, cut = KERRY_CANDIDATES[2], "The US envoy met Sergei Lavrov."
    assert ending_logprob(model, cut) < ending_logprob(model, source)
    assert strategy._refusal(context, source, cut) == ENDING_REFUSED + "the shortened sentence stops mid-phrase"
    assert strategy._refusal(context, source, "The US envoy met Sergei Lavrov in Geneva.") is None
    assert strategy._refusal(context, source, "The US envoy met Lavrov in Paris.") == "unsupported name: Paris"


def test_ending_check_compares_with_the_floor_and_the_source(folder: str, model: TextModel) -> None:
    source, rewrite = KERRY, KERRY_CANDIDATES[2]
    source_end, rewrite_end = ending_logprob(model, source), ending_logprob(model, rewrite)
    assert source_end is not None and rewrite_end is not None
    # floor 0: the rewrite must end at least as well as the source does
    assert abstractive(folder, ending_floor=0.0)._ends_well(model, source, rewrite) == (rewrite_end >= source_end)
    assert abstractive(folder, ending_floor=0.0)._ends_well(model, rewrite, source) == (source_end >= rewrite_end)
    assert abstractive(folder, ending_floor=-1e9)._ends_well(model, source, rewrite)
    assert abstractive(folder, ending_floor=None)._ends_well(model, source, rewrite)
    assert abstractive(folder, ending_floor=0.0)._ends_well(model, source, "John Kerry met Lavrov")  # no stop


def test_shortest_is_the_least_a_compression_can_cost(folder: str, model: TextModel, kerry_corpus: Corpus) -> None:
    strategy = abstractive(folder)
    context = Compressing(model, frozenset())
    sentence = kerry_corpus.sentences[0]
    assert strategy._shortest(context, Budget.parse("100w"), sentence) == 10  # "The US envoy met ... Monday."
    # characters: the full length times the shortest candidate's share of the words (10 of 17)
    assert strategy._shortest(context, Budget.parse("600c"), sentence) == len(KERRY) * 10 // 17
    assert strategy._shortest(context, Budget.parse("100w"), kerry_corpus.sentences[1]) == 2  # too short
    assert abstractive(folder, max_words=10)._shortest(context, Budget.parse("100w"), sentence) == 17


def test_finish_rewrites_the_brief_in_reading_order_and_counts_the_model_calls(
        folder: str, kerry_corpus: Corpus) -> None:
    from summarizer.brief import Brief

    strategy = abstractive(folder, margin=100.0, ending_floor=None, fuse=False, refill=False)
    selected = [brief_sentence(kerry_corpus, 1), brief_sentence(kerry_corpus, 0)]
    out = strategy.finish(kerry_corpus, Brief("abstractive", Budget.parse("100w"), selected,
                                              kerry_corpus.documents))
    assert [s.sentence_id for s in out.sentences] == [0, 1]
    assert out.sentences[0].text == strategy.compress(KERRY, Compressing(strategy.text_model(), frozenset())).text
    assert [s.operation for s in out.sentences] == [COMPRESSED, KEPT]
    scored = rank.cost(strategy.text_model(), [KERRY, *KERRY_CANDIDATES])
    assert (strategy.calls_spent, strategy.tokens_spent) == (1, scored)


def test_finish_keeps_room_to_introduce_the_people_it_names(folder: str) -> None:
    """The refill spends every word it is given; the brief's "Bruning" needs one more to be
    introduced as "Jon Bruning" when the brief is annotated, so the steps run again on a
    budget a word smaller, where the refill sentence no longer fits."""
    from summarizer.brief import Brief
    from summarizer.trust.introductions import names_overrun

    corpus = Corpus([Document("r0.txt", None, (
        "Jon Bruning, the state attorney general, filed a lawsuit against the agency on Monday. "
        "Bruning said the state would win the case in court.",)),
        Document("r1.txt", None, ("Flooding closed the highway near Lincoln for two days.",)),
        Document("r2.txt", None, ("The highway near Lincoln stayed closed for two days after the flooding.",))])
    said, flooding = (next(s.id for s in corpus.sentences if s.text.startswith(w)) for w in ("Bruning", "Flooding"))
    budget = Budget.parse(f"{sum(len(corpus.sentences[i].text.split()) for i in (said, flooding))}w")
    strategy = abstractive(folder, min_ratio=0.99, max_ratio=1.0, fuse=False, ending_floor=None)
    out = strategy.finish(corpus, Brief("abstractive", budget, [brief_sentence(corpus, said)], corpus.documents))
    assert [s.sentence_id for s in out.sentences] == [said]
    assert names_overrun(corpus, out.sentences, budget) <= 0
    roomy = strategy.finish(corpus, Brief("abstractive", Budget.parse(f"{budget.size + 1}w"),
                                          [brief_sentence(corpus, said)], corpus.documents))
    assert [s.sentence_id for s in roomy.sentences] == [flooding, said]  # a word more: both, and the name
