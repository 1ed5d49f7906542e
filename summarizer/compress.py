"""Deletion-only sentence compression with a language model.

The model never writes text: it only chooses which words of the source sentence to drop.
Decoding is constrained token by token so that the output is the source's words, in order,
with some left out. Words that carry the sentence's truth (negations, hedges, attribution,
numbers, names) may never be left out, so a compressed sentence cannot say more, or
something other, than its source did.

How the constraint works: the source is split on whitespace into words. Each word is
tokenized the way it appears in the output (first word: as at the start of a text; later
words: after a space, which gives "Ġword" for byte-level BPE and "▁word" for
sentencepiece). A small automaton follows the generated tokens: at a word boundary the
allowed tokens are the first tokens of the words that may come next (any later word, as
long as no protected word is skipped on the way) and EOS (only when no protected word is
left); inside a word, only that word's next token. Length bounds and a few grammar rules
are part of the same automaton, so every path the model can take is acceptable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.models import TextModel

NEGATIONS = frozenset(
    "not no never none nobody nothing nowhere neither nor without cannot "
    "barely hardly scarcely".split()
)
HEDGES = frozenset(
    "may might could would should must can seem seems seemed seemingly appear appears appeared "
    "apparently reportedly allegedly alleged purportedly possibly probably likely unlikely "
    "perhaps suspected believed estimated expected nearly almost about approximately some "
    "only".split()
)
ATTRIBUTION = frozenset(
    "said says say saying told tells according claimed claims claim stated states announced "
    "added reported reports denied denies insisted warned acknowledged confirmed "
    "argued asserted accused".split()
)
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion dozen dozens half percent first second third fourth fifth last".split()
)
FUNCTION_WORDS = frozenset(
    "a an the this that these those there here it its it's they them their we our us you your "
    "he his him she her i my me who whom whose which what when where why how while if then "
    "than as at by for from in into of off on onto out over to up with within and but or so "
    "yet also after before since until because although though despite during however "
    "meanwhile moreover furthermore nevertheless nonetheless instead thus therefore still "
    "indeed earlier later today yesterday now once all both each every many much most more "
    "other such".split()
)
LEADING_CONNECTIVES = frozenset(
    "and but so yet also however meanwhile moreover furthermore nevertheless nonetheless "
    "instead thus therefore still indeed separately".split()
)
_ARTICLES_DETERMINERS = (
    "a an the this that these those its their our his her my your some any each every no "
    "another such"
)
_PREPOSITIONS = (
    "of to in on at by for from with into onto over under about as than via per among between "
    "against toward towards through across along around behind beyond near without within "
    "upon amid after before since until during despite like"
)
_CONJUNCTIONS = "and or but nor so yet"
_AUXILIARIES = (
    "is are was were be been being am has have had having do does did will shall would can "
    "could may might must should"
)
_SUBJECT_PRONOUNS = "i we you he she they it who which that there"
_SUBORDINATORS = (
    "who whom whose which where when while because although though if unless whereas "
    "including amid"
)
_CLAUSE_PUNCT = (",", ";", ":", "—", "–")
# Words that need what follows them: "a conference aimed [at ending the conflict]".
_NEEDS_COMPLEMENT = (
    "aimed based focused designed intended committed related due able used linked tied "
    "compared referred prior subject"
)
# "of", "than", "as" and "like" are never phrase edges: they hang on the word before them
# ("the sidelines of a summit", "sooner rather than later", "as a follow-on to").
_NOT_EDGES = frozenset({"of", "than", "as", "like"})

# The grammar rules. Without a parser they are conservative: a gap (words dropped between
# two kept words) is a lone adverb or a whole phrase, and the sentence keeps its subject.
#
# No gap right after these: "the [very large] number" would be fine, but nothing here can
# tell an adjective from a noun ("the [militants] are").
NO_GAP_AFTER = frozenset(f"{_ARTICLES_DETERMINERS} {_PREPOSITIONS} {_NEEDS_COMPLEMENT}".split())
# No gap ending with these: the next kept word would lose its article, preposition,
# auxiliary or subject ("summit [in] Brunei", "that [they] might not").
NO_GAP_ENDING_WITH = frozenset(
    f"{_ARTICLES_DETERMINERS} {_PREPOSITIONS} {_CONJUNCTIONS} {_AUXILIARIES} "
    f"{_SUBJECT_PRONOUNS} {_SUBORDINATORS} {_NEEDS_COMPLEMENT} how what why whether".split()
)
# A phrase gap starts with one of these. Not "to": what follows it is mostly a complement
# ("an ability [to make a difference]", "a desire [to resolve]").
GAP_OPENERS = (
    frozenset(f"{_PREPOSITIONS} {_CONJUNCTIONS} {_SUBORDINATORS}".split()) - _NOT_EDGES - {"to"}
)
# Unless it ends with a comma, a phrase gap must be followed by a clause-level word. Not a
# preposition or "to": it may hang on a noun inside the gap ("haven't been [on the same
# page] with Syria", "interests [with respect] to Syria"). Not a conjunction: "They agreed
# [to be inclusive] and protect". Not a verb: "In addition, [several groups] say" drops a
# subject.
GAP_FOLLOWERS = frozenset(f"{_SUBORDINATORS} {_AUXILIARIES} that".split())
# A phrase gap may not hold a clause of its own: "forward [on the basis of what has already]
# been agreed" cuts one in half, "called [for the next round of talks to be held ...,]" takes
# the verb's complement.
CLAUSE_MARKERS = frozenset(f"{_SUBORDINATORS} {_AUXILIARIES} that what how why whether".split())
# Single words that can go on their own ("has [already] shown"), besides "-ly" adverbs.
DROPPABLE_ADVERBS = frozenset(
    "already also very just even really quite still currently recently too further again".split()
)
# The output may not end on these ("... the use of.", "... a conference aimed.").
DANGLING = frozenset(
    f"{_ARTICLES_DETERMINERS} {_PREPOSITIONS} {_CONJUNCTIONS} {_AUXILIARIES} "
    f"{_SUBORDINATORS} {_NEEDS_COMPLEMENT}".split()
)
# A dropped tail starts a phrase of its own: "[in Brunei on Tuesday]", "[, although ...]";
# a tail opening with a conjunction goes only after a comma ("both the regime [and the
# opposition]" loses a participant).
TAIL_OPENERS = GAP_OPENERS
# Words whose presence shows a clause has a verb (the post-check's cheap stand-in for POS).
VERB_HINTS = frozenset(_AUXILIARIES.split())
# A word that makes the next one protected too: "according to" must stay whole.
BINDS_NEXT = frozenset({"according"})

_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?…—–-"
# "‘’" are left out: "’" is also the apostrophe of "Syria’s".
_CLOSERS = {'"': '"', "“": "”", "«": "»", "(": ")", "[": "]"}
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*$")

DEFAULT_PROMPT = (
    "Shorten the sentence below by deleting the words that are least important. "
    "Do not add, change or reorder words. The result must still be a grammatical "
    "sentence with the same meaning.\n\nSentence: {sentence}"
)


def core(word: str) -> str:
    """The word without surrounding quotes and punctuation ("“Syria’s," -> "Syria’s")."""
    return word.strip(_EDGE_PUNCT)


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


# --------------------------------------------------------------------------- the plan


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
    if any(_ends_clause(w) for w in inside[:-1]):
        return False
    if len(inside) == 1 and _is_adverb(first):
        return True
    if _lower(words[j]) in _AUXILIARIES.split():  # "are [on the same page] when"
        return False
    if _ends_clause(words[j]) and _ends_clause(last):  # ", [held last week in Geneva,] Lavrov"
        return True
    # Otherwise a phrase that opens with a preposition or subordinator and holds no clause
    # of its own. Coordinated phrases ("the government [and the opposition] to apply")
    # go only as whole clauses between commas (above): anything else loses a participant.
    if _lower(first) not in GAP_OPENERS or _lower(first) in _CONJUNCTIONS.split():
        return False
    if any(_lower(w) in CLAUSE_MARKERS for w in inside):
        return False
    return _ends_clause(last) or after in GAP_FOLLOWERS


def _ends_clause(word: str) -> bool:
    return word.rstrip("\"”’')").endswith(_CLAUSE_PUNCT)


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
            closes = _ends_clause(words[k]) or (
                tail in TAIL_OPENERS and tail not in _CONJUNCTIONS.split()
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


# --------------------------------------------------------------------------- compress


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


def compress(
    sentence: str,
    model: TextModel,
    protected: Callable[[str], bool] | None = None,
    min_ratio: float = 0.4,
    max_ratio: float = 0.9,
    *,
    prompt: str = DEFAULT_PROMPT,
) -> str:
    """Shorten ``sentence`` by deletion only; the source itself when no acceptable result.

    ``min_ratio``/``max_ratio`` bound the kept share of words (protected words always stay,
    even beyond ``max_ratio``).
    """
    return compress_detailed(sentence, model, protected, min_ratio, max_ratio, prompt=prompt).text


def compress_detailed(
    sentence: str,
    model: TextModel,
    protected: Callable[[str], bool] | None = None,
    min_ratio: float = 0.4,
    max_ratio: float = 0.9,
    *,
    prompt: str = DEFAULT_PROMPT,
) -> Compression:
    """Like :func:`compress`, keeping which words were kept and why a result was refused."""
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
        if b > a + 1 and _ends_clause(words[b - 1]) and not _ends_clause(out[pos]):
            out[pos] = out[pos] + ","
    end = _SENTENCE_END.search(source)
    if end and not _SENTENCE_END.search(out[-1]):
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
    for opener, closer in _CLOSERS.items():
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
