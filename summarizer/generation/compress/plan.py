"""The plan of a compression: which words are protected, which gaps and ends the grammar
rules allow, the length bounds, and each word's tokens in context."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from summarizer.generation.compress.vocabulary import (
    ATTRIBUTION,
    BINDS_NEXT,
    CLAUSE_MARKERS,
    CLAUSE_PUNCT,
    DANGLING,
    DROPPABLE_ADVERBS,
    EDGE_PUNCT,
    FUNCTION_WORDS,
    GAP_FOLLOWERS,
    GAP_OPENERS,
    HEDGES,
    LEADING_CONNECTIVES,
    NEGATIONS,
    NO_GAP_AFTER,
    NO_GAP_ENDING_WITH,
    NUMBER_WORDS,
    TAIL_OPENERS,
)
from summarizer.text.lexicon import AUXILIARIES, CONJUNCTIONS


def core(word: str) -> str:
    """The word without surrounding quotes and punctuation ("“Syria’s," -> "Syria’s")."""
    return word.strip(EDGE_PUNCT)


def is_protected(word: str) -> bool:
    """Whether dropping ``word`` could change what the sentence claims.

    Negations, hedges, attribution verbs, numbers and capitalised names are protected. A
    capitalised function word ("The", "But" at a sentence start) is not a name.
    """
    text = core(word)
    if not text:
        return False
    low = text.lower().replace("’", "'")
    if low in NEGATIONS or low.endswith("n't") or low in HEDGES or low in ATTRIBUTION:
        return True
    if low in NUMBER_WORDS or any(ch.isdigit() for ch in text):
        return True
    if len(text) > 1 and text.isupper():  # "US", "UN", "NATO": acronyms are names
        return True
    return text[0].isupper() and low not in FUNCTION_WORDS


@dataclass(frozen=True)
class Plan:
    """Everything the automaton needs about one sentence, computed once.

    ``first`` and ``later`` hold, per word, the token sequences that spell it at the start of
    the output and after another word. ``successors[j + 1]`` lists the words that may follow
    word ``j`` (``successors[0]``: the words the output may start with). ``tails[k]`` is a
    bitmask of how many more words can still be added after word ``k`` on some legal path
    to the end, so a choice that would make the length bounds unreachable is never offered.
    """

    words: tuple[str, ...]
    protected: tuple[bool, ...]
    first: tuple[tuple[tuple[int, ...], ...], ...]
    later: tuple[tuple[tuple[int, ...], ...], ...]
    successors: tuple[tuple[int, ...], ...]
    can_end: tuple[bool, ...]
    tails: tuple[int, ...]
    min_words: int
    max_words: int
    eos: frozenset[int]

    def candidates(self, path: tuple[int, ...]) -> list[int]:
        """Words that may come next after ``path`` and still reach a legal, in-bounds end."""
        window = _bits(self.min_words, self.max_words)
        kept = len(path) + 1
        after = self.successors[path[-1] + 1 if path else 0]
        return [k for k in after if (self.tails[k] << kept) & window]

    def may_end(self, path: tuple[int, ...]) -> bool:
        """EOS: the last word may end the sentence and the length is in bounds."""
        return bool(path) and self.can_end[path[-1]] and self.min_words <= len(path) <= self.max_words


def _bits(low: int, high: int) -> int:
    """A mask with bits low..high set."""
    return ((1 << (high + 1)) - 1) ^ ((1 << low) - 1)


def _lower(word: str) -> str:
    return core(word).lower().replace("’", "'")


def _successors(words: Sequence[str], marks: Sequence[bool]) -> tuple[tuple[int, ...], ...]:
    """Legal next words: never past a protected word, and gaps only where grammar survives."""
    n = len(words)
    starts = _clause_starts(words)
    out: list[tuple[int, ...]] = [tuple(k for k in range(_first_protected(marks, 0) + 1) if k in starts)]
    for j in range(n):
        limit = _first_protected(marks, j + 1)
        out.append(tuple(k for k in range(j + 1, limit + 1) if k == j + 1 or _gap_ok(words, j, k)))
    return tuple(out)


def _first_protected(marks: Sequence[bool], start: int) -> int:
    """Index of the first protected word at or after ``start`` (the last word if none)."""
    return next((i for i in range(start, len(marks)) if marks[i]), len(marks) - 1)


def _gap_ok(words: Sequence[str], j: int, k: int) -> bool:
    """Dropping words j+1..k-1 between kept words j and k.

    Without a parser the rule is conservative: a gap is a lone adverb, a parenthetical
    between commas, or a phrase that opens with a preposition or subordinator, holds no
    clause of its own, and ends with a comma or before a clause-level word. A gap never
    straddles a comma, so no clause is cut in half.
    """
    inside = words[j + 1 : k]
    first, last, after = inside[0], inside[-1], _lower(words[k])
    if _lower(words[j]) in NO_GAP_AFTER or _lower(last) in NO_GAP_ENDING_WITH:
        return False
    if any(ends_clause(w) for w in inside[:-1]):
        return False
    if len(inside) == 1 and _is_adverb(first):
        return True
    if _lower(words[j]) in AUXILIARIES:  # "are [on the same page] when"
        return False
    if ends_clause(words[j]) and ends_clause(last):  # ", [held last week in Geneva,] Lavrov"
        return True
    # Otherwise a phrase that opens with a preposition or subordinator and holds no clause
    # of its own. Coordinated phrases ("the government [and the opposition] to apply")
    # go only as whole clauses between commas (above): anything else loses a participant.
    if _lower(first) not in GAP_OPENERS or _lower(first) in CONJUNCTIONS:
        return False
    if any(_lower(w) in CLAUSE_MARKERS for w in inside):
        return False
    return ends_clause(last) or after in GAP_FOLLOWERS


def ends_clause(word: str) -> bool:
    return word.rstrip("\"”’')").endswith(CLAUSE_PUNCT)


def _is_adverb(word: str) -> bool:
    low = _lower(word)
    return low in DROPPABLE_ADVERBS or (len(low) > 4 and low.endswith("ly") and word == low)


def _can_end(words: Sequence[str], marks: Sequence[bool]) -> tuple[bool, ...]:
    """Whether the output may stop after word k (dropping the rest)."""
    n = len(words)
    out = []
    for k in range(n):
        if any(marks[k + 1 :]):
            out.append(False)
        elif k == n - 1:
            out.append(True)
        else:
            tail = _lower(words[k + 1])
            closes = ends_clause(words[k]) or (
                tail in TAIL_OPENERS and tail not in CONJUNCTIONS
            )
            out.append(closes and _lower(words[k]) not in DANGLING)
    return tuple(out)


def _tails(successors: Sequence[Sequence[int]], can_end: Sequence[bool]) -> tuple[int, ...]:
    """Per word k, the bitmask of word counts that can follow it on a legal path."""
    n = len(can_end)
    tails = [0] * n
    for k in range(n - 1, -1, -1):
        mask = 1 if can_end[k] else 0
        for m in successors[k + 1]:
            mask |= tails[m] << 1
        tails[k] = mask
    return tuple(tails)


def build_plan(
    sentence: str,
    tokenizer: object,
    eos: Iterable[int],
    protected: Callable[[str], bool],
    min_ratio: float,
    max_ratio: float,
) -> Plan:
    """Split, mark protected words, find the legal paths, tokenize every word in context.

    See :func:`_bounds` for how the length bounds give way when the rules leave no path
    within them.
    """
    words = tuple(sentence.split())
    marks = _protection(words, protected)
    successors = _successors(words, marks)
    can_end = _can_end(words, marks)
    tails = _tails(successors, can_end)
    min_words, max_words = _bounds(len(words), min_ratio, max_ratio, successors, tails)
    return Plan(
        words=words,
        protected=marks,
        first=tuple(_variants(tokenizer, w, first=True) for w in words),
        later=tuple(_variants(tokenizer, w, first=False) for w in words),
        successors=successors,
        can_end=can_end,
        tails=tails,
        min_words=min_words,
        max_words=max_words,
        eos=frozenset(eos),
    )


def _bounds(
    n: int,
    min_ratio: float,
    max_ratio: float,
    successors: Sequence[Sequence[int]],
    tails: Sequence[int],
) -> tuple[int, int]:
    """Word-count bounds: ``max_ratio`` when a legal path fits it, else the longest legal
    path that still drops something, else ``n`` (keeping every word is always legal).

    ``min_ratio`` stays a hard floor: no rule-abiding deletion justifies gutting a sentence.
    """
    max_words = max(1, min(n, int(max_ratio * n + 1e-9)))
    min_words = min(max_words, max(1, round(min_ratio * n)))
    lengths = {c + 1 for k in successors[0] for c in range(n) if tails[k] >> c & 1}
    if any(min_words <= length <= max_words for length in lengths):
        return min_words, max_words
    shorter = [length for length in lengths if min_words <= length < n]
    return min_words, max(shorter) if shorter else n


def _protection(words: Sequence[str], protected: Callable[[str], bool]) -> tuple[bool, ...]:
    marks = [protected(w) for w in words]
    for i, word in enumerate(words[:-1]):
        if core(word).lower() in BINDS_NEXT:
            marks[i + 1] = True
    return tuple(marks)


def _clause_starts(words: Sequence[str]) -> frozenset[int]:
    """Where the output may begin: the first word, after a leading connective ("But"), or
    right after a comma that closes an introductory phrase. Never mid-clause, so the output
    cannot start with a verb whose subject was dropped."""
    starts = {0}
    if len(words) > 1 and core(words[0]).lower() in LEADING_CONNECTIVES:
        starts.add(1)
    starts.update(i + 1 for i, w in enumerate(words[:-1]) if w.endswith(","))
    return frozenset(starts)


_ANCHOR = "a"


def _variants(tokenizer: object, word: str, *, first: bool) -> tuple[tuple[int, ...], ...]:
    """Token sequences that spell ``word`` in the output.

    Later words are tokenized after an anchor word and a space, exactly as they appear in
    running text ("Ġword", "▁word"). The first word may be spelled with or without the
    leading space, whichever the model prefers.
    """
    spaced = _after_anchor(tokenizer, word)
    if not first:
        return (spaced,)
    bare = tuple(_encode(tokenizer, word))
    return tuple(dict.fromkeys(v for v in (bare, spaced) if v))


def _after_anchor(tokenizer: object, word: str) -> tuple[int, ...]:
    anchor = _encode(tokenizer, _ANCHOR)
    full = _encode(tokenizer, f"{_ANCHOR} {word}")
    if full[: len(anchor)] == anchor and len(full) > len(anchor):
        return tuple(full[len(anchor) :])
    return tuple(_encode(tokenizer, f" {word}"))


def _encode(tokenizer: object, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])  # type: ignore[operator]


# --------------------------------------------------------------------------- the automaton
