"""strategies.sumy_family: sumy's summarizers over all the reports as one document, their
full ranking recorded (ties in corpus order) and filled greedily into the budget."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from sumy.summarizers._summarizer import SentenceInfo

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.selection.candidates import GREEDY_RULES
from summarizer.strategies import REGISTRY, get_strategy
from summarizer.strategies.base import greedy_fill
from summarizer.strategies.sumy_family import (STIGMA_WORDS, Edmundson, Random, SumyStrategy, _RankRecorder,
                                               sumy_document)
from summarizer.text import is_near_duplicate, stop_words

from corpora import EARTHQUAKE, make_corpus

DATA = Path(__file__).resolve().parents[3] / "data"
SUMY = [name for name, entry in REGISTRY.items() if entry.target.startswith("summarizer.strategies.sumy_family:")]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus(EARTHQUAKE)


def test_every_sumy_summarizer_is_registered() -> None:
    assert SUMY == ["lexrank", "lsa", "textrank", "luhn", "kl", "sumbasic", "edmundson", "reduction", "random"]
    assert all(issubclass(REGISTRY[name].load(), SumyStrategy) for name in SUMY)


@pytest.mark.parametrize("name", SUMY)
def test_ranks_every_sentence_once_and_fills_the_budget_from_the_ranking(corpus: Corpus, name: str) -> None:
    strategy = get_strategy(name)
    ranking = strategy.rank(corpus)
    assert sorted(ranking) == list(range(len(corpus.sentences)))
    for spec in ("1s", "3s", "30w", "60w", "100w", "300c"):
        budget = Budget.parse(spec)
        chosen = strategy.select(corpus, budget)
        assert chosen == greedy_fill(corpus, ranking, budget, GREEDY_RULES)
        texts = [strategy.wording(corpus, i) for i in chosen]
        assert chosen and budget.fits(texts)
        assert not any(is_near_duplicate(a, b) for a, b in itertools.combinations(texts, 2))


@pytest.mark.parametrize("name", [n for n in SUMY if n != "random"])
def test_one_sentence_states_the_fact_every_report_carries(corpus: Corpus, name: str) -> None:
    fact = {s.id for s in corpus.sentences if "forty" in s.text}
    chosen = get_strategy(name).select(corpus, Budget.parse("1s"))
    assert len(chosen) == 1 and chosen[0] in fact


def test_the_recorder_orders_by_rating_then_corpus_order_and_lets_all_through() -> None:
    infos = [SentenceInfo(f"s{n}", n, rating) for n, rating in
             enumerate([0.5, 0.9, 0.5 + 1e-13, 0.1, 0.9 - 1e-12, 0.50000001])]
    recorder = _RankRecorder()
    assert recorder(iter(infos)) == infos
    # 0.9 and 0.9 - 1e-12 tie at 9 significant digits (corpus order), so do 0.5 and 0.5 + 1e-13;
    # 0.50000001 differs in the eighth digit
    assert recorder.order == [1, 4, 5, 0, 2, 3]


def test_the_ranking_is_the_same_in_every_run(corpus: Corpus) -> None:
    for name in ("lsa", "lexrank", "kl"):
        assert get_strategy(name).rank(corpus) == get_strategy(name).rank(corpus)


def test_random_is_seeded_and_leaves_the_global_generator_alone(corpus: Corpus) -> None:
    random.seed(1234)
    state = random.getstate()
    first = Random(seed=0).rank(corpus)
    assert random.getstate() == state
    assert Random(seed=0).rank(corpus) == first
    assert Random(seed=1).rank(corpus) != first


def test_one_sumy_paragraph_per_report_with_headlines_for_edmundson() -> None:
    corpus = Corpus(load_documents([DATA / "trust" / "number"]))
    plain = sumy_document(corpus)
    assert len(plain.paragraphs) == len(corpus.documents) == 2
    assert [str(s) for p in plain.paragraphs for s in p.sentences] == [s.text for s in corpus.sentences]
    assert all(not p.headings for p in plain.paragraphs)
    titled = sumy_document(corpus, with_titles=True)
    assert [[str(h) for h in p.headings] for p in titled.paragraphs] == [["Storm floods coastal province"]] * 2
    assert [str(s) for p in titled.paragraphs for s in p.sentences] == [s.text for s in corpus.sentences]


def test_edmundson_word_lists() -> None:
    corpus = Corpus(load_documents([DATA / "trust" / "number"]))
    summarizer = Edmundson().make_summarizer(corpus)
    assert {"storm", "flood", "coastal", "provinc"} <= summarizer.bonus_words  # the headline's words
    assert {"marana", "governor", "kill"} <= summarizer.bonus_words  # frequent content stems
    assert not summarizer.bonus_words & {summarizer.stem_word(w) for w in stop_words("en")}
    assert summarizer.stigma_words == frozenset(summarizer.stem_word(w) for w in STIGMA_WORDS)
    assert len(summarizer.null_words) == len({summarizer.stem_word(w) for w in stop_words("en")})


@pytest.mark.parametrize("name", SUMY)
def test_german_reports_are_ranked_without_nltk_data(name: str) -> None:
    corpus = Corpus(load_documents([DATA / "languages" / "de"]))
    assert corpus.documents[0].language == "de"
    assert sorted(get_strategy(name).rank(corpus)) == list(range(len(corpus.sentences)))
    assert get_strategy(name).select(corpus, Budget.parse("60w"))
