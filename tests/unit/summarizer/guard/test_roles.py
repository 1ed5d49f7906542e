"""summarizer/guard/roles.py: names keep their side of a shared word; no new passive."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.roles import rule_roles


def roles(sources: list[str], rewrite: str) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule_roles(src, [Support.of(a) for a in src], rw)


def test_names_swapped_around_a_verb_are_refused() -> None:
    assert roles(["Israel attacked Syria on Sunday."], "Syria attacked Israel on Sunday.") == \
        "role reversed: syria/israel around 'attacked'"
    # a demonym stands for its country
    assert roles(["Israeli jets attacked Syria."], "Syria attacked Israel.") == \
        "role reversed: syria/israel around 'attacked'"


def test_names_on_their_own_side_pass() -> None:
    assert roles(["Israel attacked Syria on Sunday."], "Israel attacked Syria.") is None


def test_names_in_different_clauses_have_no_order() -> None:
    assert roles(["Israel attacked, and Syria fled."], "Syria fled, and Israel attacked.") is None


def test_a_new_passive_with_an_agent_is_refused_but_a_kept_one_passes() -> None:
    assert roles(["The army was accused by Amnesty of torture."], "The army was accused by Amnesty.") is None
    assert roles(["Officials accused the army of torture."], "The army was accused by officials.") == \
        "voice changed: passive 'accus'"
