"""``summarize strategies``: every registered strategy with its kind and default options.

The options are read from each strategy's constructor (``StrategyEntry.defaults``), so what
is printed is what runs; importing the strategy classes never imports torch. The candidate
policy (the ``rules`` option, ``selection.candidates``) is printed by the name of its
rule set, whose settings follow the list, so strategies that filter candidates differently
show it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from summarizer.selection.candidates import CandidateRules
    from summarizer.strategies import StrategyEntry

HELP = "List the strategies, their kinds and default options."

#: Lines are wrapped (between options, never inside one) at this width.
WIDTH = 100
INDENT = "    "


def strategies() -> None:
    from summarizer.strategies import DEFAULT_STRATEGY, REGISTRY

    rule_sets = _named_rule_sets()
    used: set[str] = set()
    width = max(len(name) for name in REGISTRY)
    kind_width = max(len(entry.kind) for entry in REGISTRY.values())
    for entry in REGISTRY.values():
        marker = " (default)" if entry.name == DEFAULT_STRATEGY else ""
        typer.echo(f"{entry.name:<{width}}  {entry.kind:<{kind_width}}  {entry.description}{marker}")
        for line in _option_lines(entry, rule_sets, used):
            typer.echo(line)
    typer.echo("")
    typer.echo("candidate rules (the rules option; summarizer/selection/candidates.py):")
    for name, rules in rule_sets.items():
        if name in used:
            typer.echo("\n".join(_wrapped(f"{INDENT}{name}: ", _rule_settings(rules))))


def _option_lines(entry: "StrategyEntry", rule_sets: dict[str, "CandidateRules"],
                  used: set[str]) -> list[str]:
    """The entry's default options; an abstractive strategy's candidate rules are its base's."""
    from summarizer.strategies import REGISTRY

    defaults = entry.defaults()
    items = [f"{key}={_value(value, rule_sets, used)}" for key, value in defaults.items()]
    if entry.takes_more_options():
        items.append("(and any generation setting of configs/generation.toml)")
    lines = _wrapped(f"{INDENT}options: ", items or ["none"])
    if entry.abstractive:
        base = REGISTRY[defaults["base"]]
        rules = _value(base.defaults()["rules"], rule_sets, used)
        lines.append(f"{INDENT}candidate rules: {rules}, those of its base ({base.name})")
    return lines


def _named_rule_sets() -> dict[str, "CandidateRules"]:
    """The rule sets ``selection.candidates`` names (DEFAULT_RULES, GREEDY_RULES, ...)."""
    from summarizer.selection import candidates

    return {name: value for name, value in vars(candidates).items()
            if name.isupper() and isinstance(value, candidates.CandidateRules)}


def _value(value: Any, rule_sets: dict[str, "CandidateRules"], used: set[str]) -> str:
    from summarizer.selection.candidates import CandidateRules
    from summarizer.strategies import option_literal

    if isinstance(value, CandidateRules):
        for name, rules in rule_sets.items():
            if rules == value:
                used.add(name)
                return name
        return "CandidateRules(" + ", ".join(_rule_settings(value)) + ")"
    return option_literal(value)


def _rule_settings(rules: "CandidateRules") -> list[str]:
    from summarizer.strategies import option_literal

    return [f"{field.name}={option_literal(getattr(rules, field.name))}"
            for field in dataclasses.fields(rules)]


def _wrapped(label: str, items: list[str]) -> list[str]:
    """``label`` then the items separated by spaces, wrapped between items at ``WIDTH``."""
    lines, line = [], label.rstrip()
    for item in items:
        if len(line) + 1 + len(item) > WIDTH and line != label.rstrip():
            lines.append(line)
            line = f"{INDENT}  {item}"
        else:
            line += f" {item}"
    lines.append(line)
    return lines
