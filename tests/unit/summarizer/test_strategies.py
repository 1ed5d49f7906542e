"""The strategy registry: one entry per strategy with its name, kind, class and description;
default options read from the class; the kind (never the name) decides what is abstractive;
listing strategies imports neither torch nor the strategy modules."""

from __future__ import annotations

import pytest

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError, ModelLoadError
from summarizer.ingest import load_documents
from summarizer.selection.candidates import DEFAULT_RULES, GREEDY_RULES, CandidateRules, usable
from summarizer.strategies import (ABSTRACTIVE, EXTRACTIVE, REGISTRY, StrategyEntry, available,
                                   constructor_options, get_strategy, names, registered_name,
                                   strategy_entry)
from summarizer.strategies.base import Strategy, trusted

from conftest import SEEDS
from fresh_process import modules_after

LEXICAL = [name for name in names(EXTRACTIVE) if not name.endswith("-emb")]


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus(load_documents([SEEDS]))


# --- entries ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_entry_carries_name_kind_class_and_description(name: str) -> None:
    entry = REGISTRY[name]
    assert entry.name == name and entry.description
    assert entry.kind in (EXTRACTIVE, ABSTRACTIVE)
    cls = entry.load()
    assert issubclass(cls, Strategy)
    from summarizer.strategies.abstractive.model_strategy import ModelStrategy

    assert issubclass(cls, ModelStrategy) == entry.abstractive  # the kind matches the class
    # the name is written in the entry only: a class that still declares one must agree
    assert vars(cls).get("name", name) == name


def test_an_entry_refuses_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        StrategyEntry("x", "generative", "summarizer.strategies.lead:Lead", "x")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", LEXICAL)
def test_the_name_comes_from_the_registry(name: str) -> None:
    assert get_strategy(name).name == name
    assert registered_name(REGISTRY[name].load()) == name


def test_an_unregistered_subclass_is_named_after_its_registered_base() -> None:
    lead = REGISTRY["lead"].load()
    subclass = type("MyLead", (lead,), {})
    assert subclass().name == "lead"
    assert type("Mine", (Strategy,), {})().name == ""


@pytest.mark.parametrize("name", list(REGISTRY))
def test_defaults_are_the_constructor_defaults(name: str) -> None:
    entry = REGISTRY[name]
    named, _ = constructor_options(entry.load())
    defaults = entry.defaults()
    assert defaults and set(defaults) <= set(named)
    for key, value in defaults.items():
        assert named[key].default == value


@pytest.mark.parametrize("name", names(EXTRACTIVE))
def test_every_extractive_strategy_declares_its_candidate_policy(name: str) -> None:
    """The policy is an option with a default, and that default is what an object uses."""
    rules = REGISTRY[name].defaults()["rules"]
    assert isinstance(rules, CandidateRules)
    if name in LEXICAL:
        assert get_strategy(name).rules == rules


def test_lead_and_ilp_differ_visibly_in_their_policies() -> None:
    assert REGISTRY["lead"].defaults()["rules"] == GREEDY_RULES
    assert REGISTRY["ilp"].defaults()["rules"] == DEFAULT_RULES
    assert GREEDY_RULES != DEFAULT_RULES


def test_the_embedding_variants_declare_their_vectors() -> None:
    assert REGISTRY["centroid-emb"].defaults()["vectors"] == "embedding"
    assert REGISTRY["submodular-emb"].defaults()["vectors"] == "embedding"
    assert REGISTRY["centroid"].defaults()["vectors"] == "tfidf"


def test_names_and_available_follow_the_registry() -> None:
    assert names() == list(REGISTRY)
    assert names(ABSTRACTIVE) == ["abstractive", "abstractive-full"]
    assert set(names(EXTRACTIVE)) | set(names(ABSTRACTIVE)) == set(REGISTRY)
    assert available() == [(e.name, e.description) for e in REGISTRY.values()]


def test_strategy_entry_reads_a_spec_and_refuses_an_unknown_name() -> None:
    assert strategy_entry("abstractive:fuse=false").kind == ABSTRACTIVE
    assert strategy_entry(None).name == "ilp"
    with pytest.raises(InputError, match="unknown strategy 'nope'; choose one of: lead"):
        strategy_entry("nope")


# --- the kind decides ---------------------------------------------------------------------


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """An abstractive strategy whose name does not say so, and an extractive one whose
    name begins with "abstractive": only the kind can tell them apart."""
    monkeypatch.setitem(REGISTRY, "rewrite", StrategyEntry(
        "rewrite", ABSTRACTIVE, REGISTRY["abstractive"].target, "test"))
    monkeypatch.setitem(REGISTRY, "abstractive-lead", StrategyEntry(
        "abstractive-lead", EXTRACTIVE, REGISTRY["lead"].target, "test"))


def test_the_kind_decides_what_may_be_a_base(renamed: None) -> None:
    with pytest.raises(InputError, match="must be extractive"):
        get_strategy("abstractive", base="rewrite")
    chosen = get_strategy("abstractive", base="abstractive-lead")
    assert chosen.base.rules == GREEDY_RULES


def test_the_kind_decides_who_takes_a_model(renamed: None, tmp_path) -> None:
    from summarizer.cli.run import check_up_front

    missing = str(tmp_path / "missing.gguf")
    with pytest.raises(InputError, match="--model is used only by the abstractive"):
        check_up_front([str(SEEDS)], "abstractive-lead", missing, None)
    with pytest.raises(ModelLoadError, match="no such file"):  # accepted, then checked
        check_up_front([str(SEEDS)], "rewrite:fuse=false", missing, None)


# --- the abstractive strategies go through their base's policy ----------------------------


@pytest.mark.parametrize("base, rules", [("lead", GREEDY_RULES), ("ilp", DEFAULT_RULES),
                                         ("submodular", DEFAULT_RULES)])
def test_an_abstractive_strategy_uses_its_base_policy(base: str, rules: CandidateRules) -> None:
    assert get_strategy("abstractive", base=base).rules == rules
    assert get_strategy("abstractive-full", base=base).rules == rules


def _refill_order(corpus: Corpus, rules: CandidateRules) -> list[int]:
    """Every sentence the refill would offer, best first, when anything could fit."""
    from summarizer.strategies.abstractive.refill import Refill

    refill = Refill(corpus, Budget.parse("400w"), [], rules)
    offered = []
    while (sentence_id := refill.best(lambda budget, sentence: 0)) is not None:
        offered.append(sentence_id)
    return offered


@pytest.mark.parametrize("rules", [GREEDY_RULES, DEFAULT_RULES])
def test_the_refill_offers_only_what_the_policy_allows(seeds: Corpus, rules: CandidateRules) -> None:
    offered = _refill_order(seeds, rules)
    assert offered
    for sentence_id in offered:
        assert usable(seeds.sentences[sentence_id], rules)
        assert trusted(seeds, sentence_id, rules)


def test_the_refill_follows_the_policy_length_floor(seeds: Corpus) -> None:
    longest = max(s.word_count for s in seeds.sentences)
    assert _refill_order(seeds, CandidateRules(min_words=longest + 1)) == []
    floor = sorted(s.word_count for s in seeds.sentences)[len(seeds.sentences) // 2]
    offered = _refill_order(seeds, CandidateRules(min_words=floor))
    assert offered and all(seeds.sentences[i].word_count >= floor for i in offered)


# --- listing stays light ------------------------------------------------------------------


def test_listing_the_registry_imports_no_strategy_module() -> None:
    loaded = modules_after("import summarizer.strategies as s; s.available(); s.names(); "
                           "assert s.strategy_entry('abstractive').abstractive")
    assert {m for m in loaded if m.startswith("summarizer.strategies.")} <= {"summarizer.strategies.base"}
    assert not loaded & {"torch", "transformers"}


def test_the_strategies_command_does_not_import_torch() -> None:
    loaded = modules_after("from typer.testing import CliRunner; from summarizer.cli import app; "
                           "r = CliRunner().invoke(app, ['strategies']); "
                           "assert r.exit_code == 0 and 'abstractive' in r.output, r.output")
    assert not loaded & {"torch", "transformers"}
