"""Every strategy on the sample reports: budget, no repetition, no clutter, real sources."""

import json
from itertools import combinations
from pathlib import Path

import pytest

from summarizer import Budget, summarize
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import load_documents
from summarizer.strategies import get_strategy, names
from summarizer.text import is_near_duplicate

#: Strategies that need a transformer model are tested in tests/test_abstractive.py.
EXTRACTIVE = names("extractive")
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CLUTTER = ("Please enter", "Advertisement", "License Photo", "Copyright", "Latest Headlines",
           "UPI/Kevin Dietsch", "https://")


@pytest.fixture(scope="module")
def seed_corpus():
    return Corpus(load_documents([SEEDS]))


@pytest.mark.parametrize("name", EXTRACTIVE)
def test_strategy_brief_on_seeds(seed_corpus, name):
    from summarizer.api import summarize_corpus

    brief = summarize_corpus(seed_corpus, name, "100w")
    texts = [s.text for s in brief.sentences]
    assert texts, "empty brief"
    assert sum(len(t.split()) for t in texts) <= 100
    for a, b in combinations(texts, 2):
        assert not is_near_duplicate(a, b), (a, b)
    for text in texts:
        assert not any(c in text for c in CLUTTER), text
        assert text.rstrip('"\')').endswith((".", "!", "?")), f"broken sentence: {text}"


@pytest.mark.parametrize("length,check", [
    ("5s", lambda texts: len(texts) <= 5),
    ("600c", lambda texts: len(" ".join(texts)) <= 600),
    ("40w", lambda texts: sum(len(t.split()) for t in texts) <= 40),
])
@pytest.mark.parametrize("name", ["lead", "lexrank", "kl"])
def test_budget_units(seed_corpus, name, length, check):
    from summarizer.api import summarize_corpus

    texts = [s.text for s in summarize_corpus(seed_corpus, name, length).sentences]
    assert texts and check(texts)


def test_budget_parsing():
    assert Budget.parse("100w") == Budget(100, "words") == Budget.parse("100")
    assert Budget.parse("5s") == Budget(5, "sentences")
    assert Budget.parse("600c") == Budget(600, "characters")
    for bad in ("", "w", "-5w", "0w", "10x", "ten words"):
        with pytest.raises(InputError):
            Budget.parse(bad)


def test_shared_wire_paragraphs_are_merged_and_cited_from_both_reports(seed_corpus):
    """Seeds 000 and 001 carry the same wire paragraphs: one group, two sources."""
    shared = [i for i, s in enumerate(seed_corpus.sentences)
              if s.text.startswith("Both men called for the next round")]
    assert len(shared) == 2
    assert seed_corpus.group_of[shared[0]] == seed_corpus.group_of[shared[1]]
    assert [seed_corpus.documents[d].id[:3] for d in seed_corpus.support(shared[0])] == ["000", "001"]


def test_sumy_alone_would_repeat_itself(seed_corpus):
    """The reason for the engine's merging: sumy's own top sentences contain near-duplicates."""
    strategy = get_strategy("textrank")
    picked = strategy.make_summarizer(seed_corpus)(strategy.document(seed_corpus), 5)
    texts = [str(sentence) for sentence in picked]
    assert any(is_near_duplicate(a, b) for a, b in combinations(texts, 2))


def test_json_sources_point_at_real_sentences(seeds_dir):
    brief = summarize([seeds_dir], strategy="lexrank", length="100w")
    data = json.loads(brief.to_json())
    assert {"strategy", "length", "summary", "sentences", "documents"} <= set(data)
    assert data["strategy"] == "lexrank" and data["length"] == "100w"
    corpus = Corpus(load_documents([seeds_dir]))
    by_key = {(corpus.documents[s.doc].id, s.index): s.text for s in corpus.sentences}
    names = {d["id"] for d in data["documents"]}
    for sentence in data["sentences"]:
        assert sentence["sources"]
        for source in sentence["sources"]:  # the sentence itself, and restatements elsewhere
            assert source["document"] in names
            assert (seeds_dir / source["document"]).is_file()
            assert (source["document"], source["sentence"]) in by_key
        assert any(is_near_duplicate(by_key[(source["document"], source["sentence"])], sentence["text"])
                   for source in sentence["sources"])


def test_markdown_has_citations_and_sources(seeds_dir):
    markdown = summarize([seeds_dir], strategy="lead").to_markdown()
    assert "[1]" in markdown and "## Sources" in markdown
    assert "1. " in markdown and "000_479f02fe9cf792cf.txt" in markdown


def test_reading_order_puts_leads_first(seed_corpus):
    from summarizer.api import summarize_corpus

    brief = summarize_corpus(seed_corpus, "lead", "100w")
    positions = [seed_corpus.mean_position(s.sentence_id) for s in brief.sentences]
    assert positions == sorted(positions)


def test_deterministic(seed_corpus):
    from summarizer.api import summarize_corpus

    for name in ("random", "lsa", "lexrank"):
        assert summarize_corpus(seed_corpus, name).text == summarize_corpus(seed_corpus, name).text


def test_budget_smaller_than_any_sentence(seeds_dir):
    with pytest.raises(InputError, match="smaller than any sentence"):
        summarize([seeds_dir], length="3w")


def test_unknown_strategy():
    with pytest.raises(InputError, match="unknown strategy"):
        get_strategy("nope")


def test_sumy_ranking_ignores_float_noise():
    """Ratings equal to 9 significant digits are ties, ranked in corpus order: LSA's SVD
    varies in the last bits between runs, and that must not reorder the brief."""
    from types import SimpleNamespace

    from summarizer.strategies.sumy_family import _RankRecorder

    recorder = _RankRecorder()
    infos = [SimpleNamespace(order=0, rating=0.3), SimpleNamespace(order=2, rating=0.5 + 1e-15),
             SimpleNamespace(order=1, rating=0.5), SimpleNamespace(order=3, rating=0.7)]
    assert recorder(infos) == infos  # sumy gets every sentence back
    assert recorder.order == [3, 1, 2, 0]


def test_strategy_specs_carry_constructor_options():
    from summarizer.strategies import parse_spec

    assert parse_spec("ilp") == ("ilp", {})
    assert parse_spec("ilp:trim=false, time_limit=5,unigram_weight=0.3") == (
        "ilp", {"trim": False, "time_limit": 5, "unigram_weight": 0.3})
    assert parse_spec("abstractive:model=/models/bart-large,threads=1") == (
        "abstractive", {"model": "/models/bart-large", "threads": 1})
    assert get_strategy("ilp:trim=false").trim is False
    assert get_strategy("ilp:trim=false", trim=True).trim is True  # explicit options win
    for bad in ("ilp:trim", "ilp:no_such_option=1", "nothing:trim=false"):
        with pytest.raises(InputError):
            get_strategy(bad)
