"""``summarize strategies``: every registered strategy with its kind, description and the
default options its constructor really has; the named candidate rule sets that are used."""

from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.cli.strategies import INDENT, WIDTH, _wrapped
from summarizer.selection import candidates
from summarizer.strategies import DEFAULT_STRATEGY, REGISTRY, option_literal


@pytest.fixture(scope="module")
def listing() -> list[str]:
    result = CliRunner().invoke(app, ["strategies"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _blocks(lines: list[str]) -> dict[str, list[str]]:
    """Each strategy's line and the indented lines under it."""
    blocks: dict[str, list[str]] = {}
    for line in lines[:lines.index("")]:
        if not line.startswith(" "):
            blocks[line.split()[0]] = [line]
        else:
            blocks[list(blocks)[-1]].append(line)
    return blocks


def test_every_strategy_is_listed_once_in_registry_order_with_kind_and_description(listing):
    blocks = _blocks(listing)
    assert list(blocks) == list(REGISTRY)
    for name, entry in REGISTRY.items():
        head = blocks[name][0].split()
        assert head[1] == entry.kind
        assert " ".join(head[2:]).startswith(entry.description)
    marked = [name for name, lines in blocks.items() if lines[0].endswith(" (default)")]
    assert marked == [DEFAULT_STRATEGY]


def test_the_columns_line_up(listing):
    heads = [lines[0] for lines in _blocks(listing).values()]
    name_width = max(len(name) for name in REGISTRY)
    assert {line[name_width:name_width + 2] for line in heads} == {"  "}
    kind_width = max(len(entry.kind) for entry in REGISTRY.values())
    column = name_width + 2 + kind_width + 2
    assert all(line[column - 2:column] == "  " and line[column] != " " for line in heads)


def test_the_options_shown_are_the_constructors_defaults(listing):
    blocks = _blocks(listing)
    for name, entry in REGISTRY.items():
        options = " ".join(line.strip() for line in blocks[name][1:])
        assert options.startswith("options: ")
        for key, value in entry.defaults().items():
            if isinstance(value, candidates.CandidateRules):
                continue
            assert f" {key}={option_literal(value)}" in f" {options}", (name, key)
        assert ("(and any generation setting of configs/generation.toml)" in options) == entry.takes_more_options()


def test_candidate_rules_are_named_and_the_named_sets_spelled_out(listing):
    blocks = _blocks(listing)
    assert "rules=GREEDY_RULES" in " ".join(blocks["lead"])
    tail = listing[listing.index("") + 1:]
    assert tail[0] == "candidate rules (the rules option; summarizer/selection/candidates.py):"
    spelled = " ".join(line.strip() for line in tail[1:])
    for name in ("DEFAULT_RULES", "GREEDY_RULES"):
        rules = getattr(candidates, name)
        settings = " ".join(f"{f.name}={option_literal(getattr(rules, f.name))}"
                            for f in dataclasses.fields(rules))
        assert f"{name}: {settings}" in spelled


def test_an_abstractive_strategy_names_the_rules_of_its_base(listing):
    blocks = _blocks(listing)
    abstractive = [name for name, entry in REGISTRY.items() if entry.abstractive]
    assert abstractive
    for name in abstractive:
        base = REGISTRY[name].defaults()["base"]
        assert blocks[name][-1].startswith(f"{INDENT}candidate rules: ")
        assert blocks[name][-1].endswith(f", those of its base ({base})")


def test_option_lines_are_wrapped_at_the_width(listing):
    blocks = _blocks(listing)
    for lines in blocks.values():
        assert all(len(line) <= WIDTH for line in lines[1:])


def test_wrapping_happens_between_items_never_inside_one():
    items = ["a" * 40, "b" * 40, "c" * 40, "d" * 150]
    assert _wrapped("    options: ", items) == [
        "    options: " + "a" * 40 + " " + "b" * 40,
        "      " + "c" * 40,
        "      " + "d" * 150]
    assert _wrapped("    options: ", ["none"]) == ["    options: none"]
    assert _wrapped("x: ", ["y" * 120]) == ["x: " + "y" * 120]
