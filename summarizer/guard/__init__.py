"""The guard against invented facts: is a generated sentence supported by its sources?

Every abstractive strategy passes each generated sentence through :func:`check` (or a
:class:`Guard`) together with the source sentence(s) it was generated from; a sentence that
fails is replaced by its source sentence(s) (:meth:`Guard.apply`). A small model paraphrases
freely, so the guard is deliberately conservative: refusing a faithful rewrite only costs a
little compression, while accepting an unfaithful one puts a false claim in the brief.

The rules are pure text rules on top of :mod:`summarizer.text` (no model, no data files):

1. **Support** - every number (``93,000`` = ``93000``; ``two`` = ``2``), every name and every
   other content word of the rewrite occurs in the sources, compared by stem (so inflection
   changes pass; irregular verbs too: "met" = "meeting"). Names also match through acronyms
   (``U.S.`` = ``United States``) and demonyms (``Russian`` ~ ``Russia``), and a name is not
   used more often than the sources use it. Only closed-class words (articles, pronouns,
   auxiliaries, prepositions, conjunctions) may be added freely: sumy's stop-word list is
   too broad here, it holds "new", "never", "believe", "likely", "first"...
2. **Quantities** - the qualifier in front of a number survives: "more than 93,000" is not
   "93,000", and "about 70" is not "70".
3. **Polarity and modality** - a negation ("not", "never", "failed to"), a hedge ("may",
   "reportedly", "seems"), an obligation ("should"), a future/conditional ("will", "would")
   or an intention ("tried to", "agreed to", "urged") that governs words the rewrite keeps
   must be kept (with a cue of the same class), and the rewrite may not add one the sources
   do not have around the same words.
4. **Attribution** - when the rewrite repeats what an attributed source reports ("..., Kerry
   said"), it keeps an attribution, and the speaker it names is one of the sources' speakers
   (a speaker before an appositive counts: "Conway, an adviser, said"); in a fusion, the
   speaker's reported words come from sources of that speaker.
5. **Roles** - for two names and a content word between them in one clause of the rewrite
   ("Russia accused the West"), no source may have them the other way round ("the West
   accused Russia"); a passive that no source uses ("was accused by") is refused.
6. **Order** - two content words next to each other in a clause of the rewrite stand in one
   source sentence in the same order (or a few words apart), so facts are not wired to the
   wrong partner ("met Lavrov in Moscow" from "met Lavrov in Brunei" + "visit to Moscow"),
   and an "A of B" phrase keeps its head and its complement ("prohibit [any use of]
   chemical weapons" is refused). A fusion may pass from one source to another at a word
   both hold, when the sources state no different numbers.
7. **Form** - the rewrite is a complete sentence (no cut-off generation).
8. **Grammar** (``grammar.py``, spaCy parse) - no unbalanced quotes, brackets or dashes, no
   stray punctuation, no missing head verb, no subject left dangling, where the sources have
   none, no ending on a conjunction, preposition, determiner or dash; and for a deletion
   (``cuts.py``) no words cut from a quotation, no verb left without its subject, object or
   clausal complement, no preposition without its object, no coordination without its
   conjunction, no two names run together. A fusion is judged as a deletion of each source
   it is one of, and passes when it is a sound deletion of any of them.

A rewrite that only deletes words from one source passes rules 1, 2 and 7 and most of 6
by construction; rules 3-6 still catch deletions that change the meaning (a dropped "not",
a dropped "said", a dropped head noun).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from summarizer.guard.analysis import ACCEPT, Analysis, Cue, Verdict, analyse, tokenize
from summarizer.text.tokens import Token
from summarizer.guard.attribution import attribution_verbs, reported, rule_attribution, speakers
from summarizer.guard.cues import cues, rule_cues
from summarizer.guard.form import rule_form
from summarizer.guard.grammar import rule_grammar
from summarizer.guard.order import rule_of_phrases, rule_order
from summarizer.guard.quantities import rule_quantities
from summarizer.guard.roles import rule_roles
from summarizer.guard.support import Support, rule_support
from summarizer.text import normalize

__all__ = [
    "ACCEPT", "Analysis", "Cue", "Guard", "Support", "Token", "Verdict", "analyse",
    "attribution_verbs", "check", "cues", "reported", "speakers", "tokenize",
]



Strictness = Literal["strict", "lenient"]
#: A rule reads the analysed sources, their support tables and the rewrite; it returns why
#: the rewrite fails, or None.
Rule = Callable[[list[Analysis], list[Support], Analysis], "str | None"]


@dataclass(frozen=True)
class Guard:
    """A configured guard; ``guard(sources, rewrite)`` returns a :class:`Verdict`.

    ``strictness="strict"`` (the default) refuses any unsupported content word.
    ``"lenient"`` tolerates ``allowed_unsupported`` plain content words (never a name, a
    number or a cue) and skips the order rule; it exists for experiments, strategies
    should keep the default.
    """

    strictness: Strictness = "strict"
    allowed_unsupported: int = 1
    check_roles: bool = True
    check_grammar: bool = True

    def __post_init__(self) -> None:
        if self.strictness not in ("strict", "lenient"):
            raise ValueError(f"strictness must be 'strict' or 'lenient', not {self.strictness!r}")
        if self.allowed_unsupported < 0:
            raise ValueError("allowed_unsupported must be >= 0")

    def __call__(self, sources: Sequence[str], rewrite: str) -> Verdict:
        return self.check(sources, rewrite)

    def check(self, sources: Sequence[str], rewrite: str) -> Verdict:
        """Run every rule; the first failure is the verdict."""
        sources = [s for s in sources if s and s.strip()]
        if not rewrite or not rewrite.strip():
            return Verdict(False, "empty rewrite")
        if not sources:
            return Verdict(False, "no source sentence")
        if any(normalize(rewrite) == normalize(s) for s in sources):
            return ACCEPT
        src, rw = _analyse_all(sources, rewrite)
        supports = [Support.of(a) for a in src]
        for rule in self._rules():
            reason = rule(src, supports, rw)
            if reason:
                return Verdict(False, reason)
        return ACCEPT

    def apply(self, sources: Sequence[str], rewrite: str) -> tuple[str, Verdict]:
        """The rewrite when accepted, else the source sentences it came from (joined)."""
        verdict = self.check(sources, rewrite)
        return (rewrite.strip() if verdict else " ".join(s.strip() for s in sources)), verdict

    def _rules(self) -> list[Rule]:
        rules = [rule_form, rule_quantities, rule_cues]
        if self.check_roles:
            rules.append(rule_roles)
        rules += [rule_attribution, self._rule_support]
        if self.strictness == "strict":
            rules += [rule_order, rule_of_phrases]
        if self.check_grammar:
            rules.append(rule_grammar)  # last: the only rule that parses
        return rules

    def _rule_support(self, src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
        budget = self.allowed_unsupported if self.strictness == "lenient" else 0
        return rule_support(supports, rw, budget)


_DEFAULT = Guard()


def check(sources: Sequence[str], rewrite: str) -> Verdict:
    """Check one generated sentence against the source sentence(s) it came from."""
    return _DEFAULT.check(sources, rewrite)


def _analyse_all(sources: Sequence[str], rewrite: str) -> tuple[list[Analysis], Analysis]:
    """Analyse sources first, so a name that opens the rewrite is known to be a name."""
    first = [analyse(s) for s in sources]
    names = frozenset(a.tokens[i].lower for a in first for i in a.names)
    lower = frozenset(t.lower for a in first for t in a.tokens if t.text == t.lower) - names
    return [analyse(s, names, lower) for s in sources], analyse(rewrite, names, lower)
