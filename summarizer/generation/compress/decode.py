"""Constrained decoding: an automaton over the source's tokens that lets the model only
delete words the plan allows, and rendering of the chosen path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from summarizer.generation.compress.plan import Plan, build_plan, core, ends_clause, is_protected
from summarizer.generation.compress.vocabulary import (
    ATTRIBUTION,
    CLOSERS,
    DEFAULT_PROMPT,
    SENTENCE_END,
    VERB_HINTS,
)

if TYPE_CHECKING:
    from summarizer.generation.models import TextModel


@dataclass(frozen=True)
class _State:
    """One reading of the tokens so far: the words chosen and the unfinished word's tail."""

    path: tuple[int, ...]
    rest: tuple[int, ...] = ()


class Automaton:
    """Follows generated tokens through the plan; memoised per token prefix (beams share)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._memo: dict[tuple[int, ...], frozenset[_State]] = {(): frozenset({_State(())})}
        self._ended: set[tuple[int, ...]] = set()

    def states(self, tokens: Sequence[int]) -> frozenset[_State]:
        key = tuple(tokens)
        found = self._memo.get(key)
        if found is None:
            found = frozenset(
                s for prev in self.states(key[:-1]) for s in self._advance(prev, key[-1])
            )
            self._memo[key] = found
        return found

    def allowed(self, tokens: Sequence[int]) -> list[int]:
        """Token ids allowed after ``tokens``; EOS only where the sentence may end."""
        out: set[int] = set()
        for state in self.states(tokens):
            out.update(self._next_tokens(state))
        return sorted(out)

    def finished_paths(self, tokens: Sequence[int]) -> list[tuple[int, ...]]:
        """Readings of a complete output that may legally end here."""
        return sorted(
            s.path for s in self.states(tokens) if not s.rest and self.plan.may_end(s.path)
        )

    def _next_tokens(self, state: _State) -> set[int]:
        if state.rest:
            return {state.rest[0]}
        plan = self.plan
        spell = plan.later if state.path else plan.first
        out = {seq[0] for k in plan.candidates(state.path) for seq in spell[k]}
        if plan.may_end(state.path):
            out |= plan.eos
        return out

    def _advance(self, state: _State, token: int) -> list[_State]:
        if state.rest:
            return [_State(state.path, state.rest[1:])] if state.rest[0] == token else []
        plan = self.plan
        spell = plan.later if state.path else plan.first
        return [
            _State((*state.path, k), seq[1:])
            for k in plan.candidates(state.path)
            for seq in spell[k]
            if seq[0] == token
        ]


@dataclass(frozen=True)
class Compression:
    """The outcome for one sentence; ``kept`` indexes ``source.split()``."""

    source: str
    text: str
    kept: tuple[int, ...]
    accepted: bool
    reason: str = ""

    @property
    def ratio(self) -> float:
        total = len(self.source.split())
        return len(self.text.split()) / total if total else 1.0


def compress(sentence: str, model: TextModel, *args: Any, **options: Any) -> str:
    """Shorten ``sentence`` by deletion only; the source itself when no acceptable result.

    Takes the arguments of :func:`compress_detailed` (``protected``, ``min_ratio``,
    ``max_ratio``, ``prompt``, ``max_new_tokens``) and returns its text.
    """
    return compress_detailed(sentence, model, *args, **options).text


def compress_detailed(
    sentence: str,
    model: TextModel,
    protected: Callable[[str], bool] | None = None,
    min_ratio: float = 0.4,
    max_ratio: float = 0.9,
    *,
    prompt: str = DEFAULT_PROMPT,
    max_new_tokens: int | None = None,
) -> Compression:
    """Shorten ``sentence`` by deletion only: the words kept, or the source and why no
    result was accepted (:func:`compress` gives the text alone).

    ``min_ratio``/``max_ratio`` bound the kept share of words (protected words always stay,
    even beyond ``max_ratio``). ``max_new_tokens`` caps the tokens decoded (by default:
    enough to spell every word); a decoding that hits the cap before it ends is refused."""
    if not 0 < min_ratio <= max_ratio <= 1:
        raise ValueError("need 0 < min_ratio <= max_ratio <= 1")
    sentence = " ".join(sentence.split())
    if len(sentence.split()) < 4:
        return Compression(sentence, sentence, tuple(range(len(sentence.split()))), False, "too short")
    plan = build_plan(
        sentence, model.tokenizer, model.eos_token_ids, protected or is_protected, min_ratio, max_ratio
    )
    automaton = Automaton(plan)
    source_text = sentence if model.is_seq2seq else prompt.format(sentence=sentence)
    budget = sum(max(len(v) for v in vs) for vs in plan.later) + len(plan.words) + 2
    if max_new_tokens is not None:
        budget = min(budget, max_new_tokens)
    tokens = model.generate_ids(source_text, allowed=automaton.allowed, max_new_tokens=budget)
    return _finish(sentence, plan, automaton.finished_paths(tokens))


def _finish(sentence: str, plan: Plan, paths: list[tuple[int, ...]]) -> Compression:
    keep_all = tuple(range(len(plan.words)))
    if not paths:
        return Compression(sentence, sentence, keep_all, False, "decoding did not finish")
    path = paths[0]
    problem = check(plan, path)
    if problem:
        return Compression(sentence, sentence, keep_all, False, problem)
    return Compression(sentence, render(plan.words, path, sentence), path, True)


def check(plan: Plan, path: Sequence[int]) -> str:
    """Post-checks the automaton does not express; an empty string means fine."""
    missing = [plan.words[i] for i, p in enumerate(plan.protected) if p and i not in path]
    if missing:
        return "dropped protected words: " + " ".join(missing)
    if any(b <= a for a, b in pairwise(path)):
        return "words out of order"
    source_verbs = [i for i, w in enumerate(plan.words) if _verb_like(w)]
    if source_verbs and not any(i in path for i in source_verbs):
        return "no verb left"
    return ""


def _verb_like(word: str) -> bool:
    low = core(word).lower()
    return low in VERB_HINTS or low in ATTRIBUTION or (len(low) > 3 and low.endswith("ed"))


def render(words: Sequence[str], path: Sequence[int], source: str) -> str:
    """Join the kept words, then tidy the punctuation that deletion leaves behind.

    Only punctuation and the first letter's case change: a gap that ended with a comma
    leaves that comma on the word before it, the last word gets the source's final stop, and
    quote marks whose partner was dropped go.
    """
    if not path:
        return ""
    out = [words[i] for i in path]
    for pos, (a, b) in enumerate(pairwise(path)):
        if b > a + 1 and ends_clause(words[b - 1]) and not ends_clause(out[pos]):
            out[pos] = out[pos] + ","
    end = SENTENCE_END.search(source)
    if end and not SENTENCE_END.search(out[-1]):
        out[-1] = out[-1].rstrip(",;:—–-") + end.group(0)
    out = _balance_quotes(out)
    first = next((i for i, w in enumerate(out) if core(w)), 0)
    out[first] = _capitalise(out[first])
    return " ".join(out)


def _capitalise(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def _balance_quotes(words: list[str]) -> list[str]:
    """Remove quote marks left without their partner by a deletion."""
    text = " ".join(words)
    for opener, closer in CLOSERS.items():
        if opener == closer:
            if text.count(opener) % 2:
                text = _drop_last(text, opener)
            continue
        while text.count(opener) > text.count(closer):
            text = _drop_last(text, opener)
        while text.count(closer) > text.count(opener):
            text = text.replace(closer, "", 1)
    return [w for w in text.split(" ") if w]


def _drop_last(text: str, mark: str) -> str:
    at = text.rfind(mark)
    return text[:at] + text[at + 1 :]
