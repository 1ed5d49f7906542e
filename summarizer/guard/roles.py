"""Rule 5, roles: names keep their side of a shared word; no new passive voice."""

from __future__ import annotations

from summarizer.guard.analysis import Analysis, is_acronym, is_free, number_value
from summarizer.guard.cues import cue_class
from summarizer.guard.support import Support, is_demonym_pair, name_runs, plain_name
from summarizer.guard.vocabulary import PASSIVE_BE


def _entities(analysis: Analysis) -> list[tuple[str, int]]:
    """(key, position) of every name run: its last word's stem; acronyms by their letters."""
    out = []
    for run in name_runs(analysis):
        last = run[-1]
        key = last.text.replace(".", "").lower() if is_acronym(last.text) else plain_name(last.text)
        out.append((key, last.index))
    return out


def _same_entity(a: str, b: str) -> bool:
    return a == b or is_demonym_pair(a, b)


def rule_roles(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Names keep their side of each shared content word; no new passive voice.

    Only a name, a word and a name of one clause count, on both sides: across clauses the
    order of names says nothing about who did what to whom.
    """
    ents = _entities(rw)
    for ai, (a, pa) in enumerate(ents):
        for b, pb in ents[ai + 1:]:
            if _same_entity(a, b) or rw.tokens[pa].clause != rw.tokens[pb].clause:
                continue
            reversed_around = [
                v.text for v in rw.tokens[pa + 1:pb]
                if not (is_free(v) or v.index in rw.names or number_value(v.text) is not None
                        or cue_class(v) is not None)
                and _source_orders(src, a, b, v.stem) == {"reversed"}
            ]
            if reversed_around:  # the last one is usually the verb: "has long accused"
                return f"role reversed: {a}/{b} around '{reversed_around[-1]}'"
    return _passive_change(src, rw)


def _source_orders(src: list[Analysis], a: str, b: str, verb: str) -> set[str]:
    """How the sources place names ``a`` and ``b`` around ``verb`` within one clause."""
    orders: set[str] = set()
    for analysis in src:
        tokens = analysis.tokens
        ents = _entities(analysis)
        pos_a = [p for k, p in ents if _same_entity(k, a)]
        pos_b = [p for k, p in ents if _same_entity(k, b)]
        for v in (t.index for t in tokens if t.stem == verb):
            clause = tokens[v].clause
            for x in (p for p in pos_a if tokens[p].clause == clause):
                for y in (p for p in pos_b if tokens[p].clause == clause):
                    if x < v < y:
                        orders.add("kept")
                    elif y < v < x:
                        orders.add("reversed")
    return orders


def _passives(analysis: Analysis) -> set[str]:
    """Stems of verbs used in a passive with an agent: "was accused by"."""
    out = set()
    tokens = analysis.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].lower == "by" and tokens[i].lower.endswith(("ed", "en", "wn")) and any(
            u.lower in PASSIVE_BE for u in tokens[max(0, i - 3):i]
        ):
            out.add(tokens[i].stem)
    return out


def _passive_change(src: list[Analysis], rw: Analysis) -> str | None:
    theirs = set().union(*(_passives(a) for a in src))
    for verb in sorted(_passives(rw) - theirs):
        if any(verb in a.stems for a in src):
            return f"voice changed: passive '{verb}'"
    return None
