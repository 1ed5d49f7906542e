"""The one registry of strategies: a ``StrategyEntry`` per strategy (name, kind, class,
description); the default options are the class constructor's (``StrategyEntry.defaults``).

The CLI, the Python API and the evaluation harness all reach strategies through
``get_strategy(name)``; modules are imported only when their strategy is used, so listing
strategies or printing ``--help`` stays fast (and never imports torch). A strategy's name is
written once, in its entry: ``Strategy.name`` looks its class up here (``registered_name``),
and "is it abstractive" is always its entry's ``kind``.
"""

from __future__ import annotations

import inspect
import sys
import types
import typing
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any, Literal

from summarizer.errors import InputError
from summarizer.strategies.base import Strategy

#: What ``summarize`` uses when no strategy is named: the concept ILP, the best strategy on
#: DUC 2004 (ROUGE-2 and ROUGE-1, see bench/duc_eval.py) and several times faster than
#: LexRank (bench/bench_strategies.py); lexical only, so no model is loaded.
DEFAULT_STRATEGY = "ilp"

Kind = Literal["extractive", "abstractive"]
#: Extractive strategies choose report sentences through the candidate policy
#: (``selection.candidates``, their ``rules`` option); abstractive ones take an extractive
#: base strategy's selection (and its policy) and rewrite it with a model.
EXTRACTIVE: Kind = "extractive"
ABSTRACTIVE: Kind = "abstractive"


@dataclass(frozen=True)
class StrategyEntry:
    """One registered strategy. ``target`` is "module:Class", imported only by ``load``."""

    name: str
    kind: Kind
    target: str
    description: str

    def __post_init__(self) -> None:
        if self.kind not in typing.get_args(Kind):
            raise ValueError(f"strategy {self.name!r}: kind must be one of {typing.get_args(Kind)}")

    @property
    def abstractive(self) -> bool:
        return self.kind == ABSTRACTIVE

    def load(self) -> type[Strategy]:
        """The strategy class (importing its module: never torch, which loads on first use)."""
        module_name, class_name = self.target.split(":")
        return getattr(import_module(module_name), class_name)

    def defaults(self) -> dict[str, Any]:
        """Every named option with its default, read from the constructor (the one place a
        default is written); the candidate policy is the ``rules`` option."""
        named, _ = constructor_options(self.load())
        return {key: p.default for key, p in named.items() if p.default is not inspect.Parameter.empty}

    def takes_more_options(self) -> bool:
        """Also takes keywords its class checks itself (the abstractive generation settings)."""
        return constructor_options(self.load())[1]


def _registry(*entries: StrategyEntry) -> dict[str, StrategyEntry]:
    registry = {entry.name: entry for entry in entries}
    if len(registry) != len(entries):
        raise ValueError("two strategy entries share a name")
    return registry


REGISTRY: dict[str, StrategyEntry] = _registry(
    StrategyEntry("lead", EXTRACTIVE, "summarizer.strategies.lead:Lead",
                  "baseline: first sentences of the reports, round robin"),
    StrategyEntry("lexrank", EXTRACTIVE, "summarizer.strategies.sumy_family:LexRank",
                  "sumy LexRank: sentence centrality in a cosine-similarity graph"),
    StrategyEntry("lsa", EXTRACTIVE, "summarizer.strategies.sumy_family:Lsa",
                  "sumy LSA: sentences that carry the main latent topics (SVD)"),
    StrategyEntry("textrank", EXTRACTIVE, "summarizer.strategies.sumy_family:TextRank",
                  "sumy TextRank: PageRank over sentence word overlap"),
    StrategyEntry("luhn", EXTRACTIVE, "summarizer.strategies.sumy_family:Luhn",
                  "sumy Luhn: clusters of significant (frequent) words"),
    StrategyEntry("kl", EXTRACTIVE, "summarizer.strategies.sumy_family:KL",
                  "sumy KL-Sum: sentences that keep the word distribution closest to the reports'"),
    StrategyEntry("sumbasic", EXTRACTIVE, "summarizer.strategies.sumy_family:SumBasic",
                  "sumy SumBasic: average word probability, with down-weighting of used words"),
    StrategyEntry("edmundson", EXTRACTIVE, "summarizer.strategies.sumy_family:Edmundson",
                  "sumy Edmundson: cue, key, title and location features"),
    StrategyEntry("reduction", EXTRACTIVE, "summarizer.strategies.sumy_family:Reduction",
                  "sumy Reduction: graph of shared words, sentences with the highest weight"),
    StrategyEntry("random", EXTRACTIVE, "summarizer.strategies.sumy_family:Random",
                  "sumy Random: random sentences (fixed seed), a floor for comparisons"),
    # --- multi-document extractive (concept coverage, centrality, diversity)
    StrategyEntry("centroid", EXTRACTIVE, "summarizer.strategies.centroid:Centroid",
                  "tf-idf centroid: the brief whose word vector is closest to the reports' mean"),
    StrategyEntry("centroid-emb", EXTRACTIVE, "summarizer.strategies.centroid:CentroidEmbedding",
                  "centroid on sentence embeddings (all-MiniLM-L6-v2)"),
    StrategyEntry("mmr", EXTRACTIVE, "summarizer.strategies.mmr:MMR",
                  "maximal marginal relevance: central to the reports, unlike what is already chosen"),
    StrategyEntry("submodular", EXTRACTIVE, "summarizer.strategies.submodular:Submodular",
                  "Lin & Bilmes coverage + diversity, budgeted greedy on tf-idf similarities"),
    StrategyEntry("submodular-emb", EXTRACTIVE, "summarizer.strategies.submodular:SubmodularEmbedding",
                  "Lin & Bilmes coverage + diversity on sentence embeddings"),
    StrategyEntry("ilp", EXTRACTIVE, "summarizer.strategies.ilp:ConceptILP",
                  "Gillick & Favre concept ILP: cover the bigrams (and words) most reports share, "
                  "leads counting more; solved exactly (HiGHS); relative dates and opening "
                  "connectives trimmed"),
    # --- abstractive (models run through transformers; torch is imported only when used)
    StrategyEntry("abstractive", ABSTRACTIVE, "summarizer.strategies.abstractive:Abstractive",
                  "extractive selection, then deletion-only compression by a model, "
                  "each rewrite checked by the guard"),
    StrategyEntry("abstractive-full", ABSTRACTIVE, "summarizer.strategies.abstractive:AbstractiveFull",
                  "the model writes the brief from the selected sentences "
                  "(map-reduce over its context), checked by the guard"),
)


def available() -> list[tuple[str, str]]:
    """(name, description) of every registered strategy, in registry order."""
    return [(entry.name, entry.description) for entry in REGISTRY.values()]


def names(kind: Kind | None = None) -> list[str]:
    """The registered names (of one ``kind``), in registry order."""
    return [entry.name for entry in REGISTRY.values() if kind is None or entry.kind == kind]


def strategy_entry(spec: str | None = None) -> StrategyEntry:
    """The entry of a name or spec (``parse_spec``; None: the default strategy). An unknown
    name is an ``InputError`` that lists the known ones. Imports nothing."""
    name, _ = parse_spec(spec or DEFAULT_STRATEGY)
    if name not in REGISTRY:
        raise InputError(f"unknown strategy {name!r}; choose one of: {', '.join(REGISTRY)}")
    return REGISTRY[name]


def registered_name(cls: type) -> str:
    """The registry's name for ``cls`` or its nearest registered base class ("" for none).
    A class's module is loaded when the class exists, so nothing is imported here."""
    for klass in cls.__mro__:
        for entry in REGISTRY.values():
            module_name, class_name = entry.target.split(":")
            module = sys.modules.get(module_name)
            if module is not None and getattr(module, class_name, None) is klass:
                return entry.name
    return ""


def parse_spec(spec: str) -> tuple[str, dict[str, Any]]:
    """"ilp:trim=false,time_limit=5" -> ("ilp", {"trim": False, "time_limit": 5}).

    A strategy spec is a registered name, optionally followed by ``:`` and comma-separated
    ``key=value`` constructor options, so the CLI (``-s``), the API and the evaluation
    harness (``--strategy``, a config's ``strategies``) can all name a configured strategy.
    Values are read as TOML literals (true, 5, 0.2, "text"); anything else is a plain
    string (a model path). Spaces around keys and values are ignored.
    """
    import tomllib

    name, _, rest = spec.partition(":")
    options: dict[str, Any] = {}
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, equals, value = (part.strip() for part in item.partition("="))
        if not equals or not key.isidentifier():
            raise InputError(f"malformed strategy option {item!r} in {spec!r}: use NAME:key=value,key=value")
        try:
            options[key] = tomllib.loads(f"value = {value}")["value"]
        except tomllib.TOMLDecodeError:
            options[key] = value
    return name.strip(), options


def get_strategy(name: str | None = None, **options: Any) -> Strategy:
    """A ready strategy object from a name or a spec (see ``parse_spec``); ``options`` go to
    its constructor and win over the spec's. An unknown name, an unknown option or a value
    of the wrong type is an ``InputError`` that lists what is valid."""
    name, from_spec = parse_spec(name or DEFAULT_STRATEGY)
    entry = strategy_entry(name)
    cls = entry.load()
    chosen = {**from_spec, **options}
    check_options(entry.name, cls, chosen)
    try:
        return cls(**chosen)
    except TypeError as error:  # an option the constructor does not take after all
        raise InputError(f"strategy {entry.name!r}: {_option_list(entry.name, cls)}") from error


def constructor_options(cls: type) -> tuple[dict[str, inspect.Parameter], bool]:
    """The named constructor options of ``cls`` (following ``**options`` up to the base
    classes' constructors) and whether it also takes other keywords it checks itself."""
    named: dict[str, inspect.Parameter] = {}
    takes_more = False
    for klass in cls.__mro__:
        if "__init__" not in vars(klass) or klass is object:
            continue
        parameters = list(inspect.signature(klass.__init__).parameters.values())[1:]
        for parameter in parameters:
            if parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY):
                named.setdefault(parameter.name, parameter)
        takes_more = any(p.kind == p.VAR_KEYWORD for p in parameters)
        if not takes_more:
            break
    return named, takes_more


def check_options(name: str, cls: type, options: dict[str, Any]) -> None:
    """Refuse an unknown option (listing the valid ones) and a value of the wrong type
    (``ilp:trim=maybe``) before anything runs."""
    named, open_ = constructor_options(cls)
    for key, value in options.items():
        if key not in named:
            if open_:
                continue  # the class checks these itself (e.g. generation settings)
            raise InputError(f"strategy {name!r} has no option {key!r}; {_option_list(name, cls)}")
        expected = _expected_types(cls, key)
        if expected and not _has_type(value, expected):
            wanted = " or ".join(sorted({_type_name(t) for t in expected}))
            raise InputError(f"strategy {name!r}: option {key} must be {wanted}, not {value!r}")


def _option_list(name: str, cls: type) -> str:
    named, _ = constructor_options(cls)
    if not named:
        return f"{name} takes no options"
    return "valid options: " + ", ".join(
        f"{key}={option_literal(p.default)}" if p.default is not inspect.Parameter.empty else key
        for key, p in named.items())


def option_literal(value: Any) -> str:
    """An option's value as a spec writes it (true, 5, 0.2, tfidf; none for None; a list in
    brackets); a settings object (CandidateRules) by its class name."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "none"
    if isinstance(value, (int, float, str)):
        return str(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(f'"{v}"' if isinstance(v, str) else option_literal(v) for v in value) + "]"
    return type(value).__name__


def _expected_types(cls: type, key: str) -> tuple[type, ...]:
    """The classes an option's annotation allows (bool, int, float, str, Path, None, or a
    settings class such as CandidateRules, which a spec cannot spell and so never matches);
    empty for a generic annotation (``list[str]``), which is then not checked here."""
    for klass in cls.__mro__:
        if "__init__" not in vars(klass) or klass is object:
            continue
        try:
            hint = typing.get_type_hints(klass.__init__).get(key)
        except Exception:  # an annotation that cannot be resolved: do not guess
            return ()
        if hint is None:
            continue
        members = typing.get_args(hint) if isinstance(hint, types.UnionType) or \
            typing.get_origin(hint) is typing.Union else (hint,)
        plain = tuple(type(None) if m is None else m for m in members)
        return plain if all(isinstance(m, type) for m in plain) else ()
    return ()


def _has_type(value: Any, expected: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in expected
    if isinstance(value, int) and float in expected:
        return True
    if isinstance(value, str) and Path in expected:
        return True
    return isinstance(value, tuple(t for t in expected if t is not bool))


def _type_name(kind: type) -> str:
    plain = {bool: "true or false", int: "an integer", float: "a number", str: "text",
             Path: "a path", type(None): "none"}
    return plain.get(kind, f"a {kind.__name__} (given from Python, not in a spec)")
