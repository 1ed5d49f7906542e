"""Rule 6, order: neighbouring content words of the rewrite stand in one source in order,
and "A of B" phrases keep their head and complement."""

from __future__ import annotations

from summarizer.guard.analysis import Analysis, is_free
from summarizer.text.tokens import Token
from summarizer.guard.attribution import attribution_verbs
from summarizer.guard.support import Support
from summarizer.guard.vocabulary import MONTH_NAMES, SEGMENT_BREAKS
from summarizer.text import is_number, is_year


_NEAR = 3  # source words apart within which two words may swap places (local rephrasing)

def _segments(rw: Analysis) -> list[list[Token]]:
    """Content words of the rewrite cut at clause marks, conjunctions, relatives and around
    attribution verbs ('"X," Kerry said' may become 'Kerry said X'). "since", "after",
    "before"... in front of a date are prepositions and do not cut ("since March 2011")."""
    breaks = set(attribution_verbs(rw))
    out: list[list[Token]] = [[]]
    previous: Token | None = None
    for t in rw.tokens:
        if previous is not None and (
            t.clause != previous.clause or (t.lower in SEGMENT_BREAKS and not _before_date(rw, t))
            or t.index in breaks or previous.index in breaks
        ):
            out.append([])
        previous = t
        if not is_free(t) and t.index not in breaks:
            out[-1].append(t)
    return [seg for seg in out if len(seg) > 1]


def _before_date(analysis: Analysis, t: Token) -> bool:
    nxt = analysis.tokens[t.index + 1] if t.index + 1 < len(analysis.tokens) else None
    return nxt is not None and (is_number(nxt.lower) or nxt.lower in MONTH_NAMES)


def rule_order(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """The content words of each segment of the rewrite stand in one source, in order.

    Each two neighbouring words of a segment (see :func:`_segments`) must be found in the
    source, the first before the second, or at most ``_NEAR`` words apart (so "the Geneva
    talks" may become "the talks in Geneva"). In a fusion, one source must hold the whole
    segment: pairs that each hold in a different source chain facts that no sentence
    joins ("a conflict that has claimed more than 93,000 lives since March 2011" from a
    70,000-since-March-2011 sentence and a 93,000 sentence). This catches facts wired to the
    wrong partner: "military support to the government" when the source pledged support to
    the rebels and spoke of the government elsewhere, or "met Lavrov in Moscow" from
    "met Lavrov in Brunei" and "visit to Moscow".
    """
    for segment in _segments(rw):
        words = [t for t in segment if any(s.vouches(t, rw) for s in supports)]
        if len(words) < 2:
            continue  # an unsupported word is the support rule's business
        broken = [_first_break(words, s, rw) for s in supports]
        if all(b is not None for b in broken) and not _chained(words, supports, rw):
            left, right = max(broken, key=lambda b: b[0].index)  # type: ignore[index]
            return f"unsupported combination: {left.text} ... {right.text}"
    return None


def _chained(words: list[Token], supports: list[Support], rw: Analysis) -> bool:
    """A fusion's segment may pass from one source to another at a word both hold ("two
    fishermen [from Portland off the coast] of Maine on Tuesday": the donor's words between
    two the base shares), when every neighbouring pair stands in one source in order and the
    sources state no different numbers (then a chain could wire a detail to the wrong figure:
    "claimed 93,000 lives since March 2011" from a 70,000-since-March sentence)."""
    if len(supports) < 2 or _numbers_differ(supports):
        return False
    words = _without_modifier_runs(words, supports, rw)
    holders = []
    for left, right in zip(words, words[1:]):
        held = {k for k, s in enumerate(supports) if _in_order(s.where(left, rw), s.where(right, rw))}
        if not held:
            return False
        holders.append(held)
    for k, (before, after) in enumerate(zip(holders, holders[1:])):
        if not before & after and not all(s.vouches(words[k + 1], rw) for s in supports):
            return False  # switching sources at a word only one of them has
    return True


#: Words a run of one source's modifiers in front of a word both sources hold may have at
#: most (a title, an age, an adjective: "blamed on [former-hurricane] Mitch").
_MODIFIER_RUN = 4


def _without_modifier_runs(words: list[Token], supports: list[Support], rw: Analysis) -> list[Token]:
    """The segment's words less each run that one source has right in front of (within a
    word of each other) a word that another source holds in order after the word before the
    run, where no source holds the run's first word there: a fusion may put a donor's
    modifiers before the noun both versions name ("blamed on [former-hurricane] Mitch"), and
    the rest of the segment is checked as the base's."""
    out: list[Token] = []
    k = 0
    while k < len(words):
        end = _modifier_run(words, k, supports, rw) if out else None
        if end is not None:
            k = end
        out.append(words[k])
        k += 1
    return out


def _modifier_run(words: list[Token], k: int, supports: list[Support], rw: Analysis) -> int | None:
    """The index of the word that ends a run starting at ``k``: the first word after it
    that two sources hold and one holds after ``words[k - 1]``, when a source holds the run
    and it word after word; None when some source holds ``words[k]`` after ``words[k - 1]``
    or there is no such run of at most ``_MODIFIER_RUN`` words."""
    def after_previous(word: Token) -> bool:
        return any(x < y for s in supports for x in s.where(words[k - 1], rw) for y in s.where(word, rw))

    def shared(word: Token) -> bool:
        return sum(s.vouches(word, rw) for s in supports) >= 2

    if after_previous(words[k]):
        return None
    end = next((e for e in range(k + 1, min(len(words), k + _MODIFIER_RUN + 1))
                if after_previous(words[e]) and shared(words[e])), None)
    if end is not None and any(_adjacent([s.where(w, rw) for w in words[k:end + 1]]) for s in supports):
        return end
    return None


def _adjacent(positions: list[list[int]]) -> bool:
    """Some choice of positions stands word after word (at most one word between)."""
    starts = set(positions[0])
    for later in positions[1:]:
        starts = {y for y in later for x in starts if 0 < y - x <= 2}
        if not starts:
            return False
    return True


def _numbers_differ(supports: list[Support]) -> bool:
    """Each of two sources states a figure the other lacks; dates are no figures, as for
    the fusion's own check (``trust.align.numbers_of``): "the [September 1982] massacre ...
    at two Beirut camps" may chain a donor's date to the base's "two"."""
    values = [_figures(s.analysis) for s in supports]
    return any(a - b and b - a for a in values for b in values)


def _figures(analysis: Analysis) -> set[str]:
    from summarizer.guard.analysis import number_value
    from summarizer.text.lexicon import MONTH_WORDS

    out = set()
    for before, t in zip([None, *analysis.tokens], analysis.tokens):
        value = number_value(t.text)
        if value is None or before is not None and before.lower.rstrip(".") in MONTH_WORDS:
            continue
        if not is_year(value):
            out.add(value)
    return out


def _first_break(words: list[Token], support: Support, rw: Analysis) -> tuple[Token, Token] | None:
    """The first neighbouring pair this source does not hold in order (None: it holds all)."""
    for left, right in zip(words, words[1:]):
        if not _in_order(support.where(left, rw), support.where(right, rw)):
            return left, right
    return None


def _in_order(first: list[int], second: list[int]) -> bool:
    return any(x < y or abs(x - y) <= _NEAR for x in first for y in second)


def rule_of_phrases(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """"A of B" phrases survive intact: the rewrite neither hangs B on another head
    ("a large number of [the militants are] foreign nationals") nor drops the head between
    kept words ("prohibit [any use of] chemical weapons").

    Deleting a noun that an "of" complement depends on changes what the sentence is about,
    though every word left is the source's own and in the source's order.
    """
    for k, t in enumerate(rw.tokens):
        if t.lower == "of" and not _of_supported(src, rw, k):
            head, tail = rw.tokens[k - 1], _after_of(rw, k)[-1]
            return f"changed attachment: {head.text} of {tail.text}"
    return _dropped_head(src, rw)


def _after_of(analysis: Analysis, k: int) -> list[Token]:
    """The words an "of" introduces: a name run and the first other content word."""
    out: list[Token] = []
    for u in analysis.tokens[k + 1:]:
        if u.clause != analysis.tokens[k].clause:
            break
        if is_free(u):
            continue
        out.append(u)
        if u.index not in analysis.names:
            break
    return out


def _of_supported(src: list[Analysis], rw: Analysis, k: int) -> bool:
    """Whether some source has the rewrite's "A of B" (or "B's A")."""
    tokens = rw.tokens
    if k == 0 or is_free(tokens[k - 1]) or tokens[k - 1].clause != tokens[k].clause:
        return True
    head, tail = tokens[k - 1], _after_of(rw, k)
    if not tail or (head.index in rw.names and tail[0].index in rw.names):
        return True  # "Secretary of State" is one name
    wanted = {u.stem for u in tail}
    for a in src:
        for j, u in enumerate(a.tokens):
            if u.stem != head.stem:
                continue
            nxt = a.tokens[j + 1] if j + 1 < len(a.tokens) else None
            if nxt is not None and nxt.lower == "of" and wanted & {v.stem for v in _after_of(a, j + 1)}:
                return True
            if wanted & {v.stem for v in a.tokens[max(0, j - 3):j]}:
                return True  # "Assad's fate" -> "the fate of Assad"
    return False


def _dropped_head(src: list[Analysis], rw: Analysis) -> str | None:
    """A source "W of N" whose W is gone while the kept words around it now touch."""
    kept = rw.stems
    neighbours = {(l.stem, r.stem) for seg in _segments(rw) for l, r in zip(seg, seg[1:])}
    for a in src:
        for k, t in enumerate(a.tokens):
            if t.lower != "of" or k == 0:
                continue
            head = a.tokens[k - 1]
            if is_free(head) or head.index in a.names or head.stem in kept:
                continue
            before = [u for u in a.tokens[:k - 1]
                      if u.clause == head.clause and not is_free(u) and u.stem in kept]
            after = _after_of(a, k)
            if before and after and (before[-1].stem, after[0].stem) in neighbours:
                return f"dropped head: {head.text} of {after[0].text}"
    return None
