"""Rule 8, grammar: the rewrite is a well-formed sentence, judged against its sources.

Failures a deletion or a fusion can cause, each checked relative to the sources (a
news sentence may itself open with "They" or hold one quotation mark of a quote spanning
sentences; only what the rewrite breaks is refused):

* **unbalanced quotes** - the rewrite opens a quotation it never closes (or the reverse)
  where no source does;
* **missing head verb** - the spaCy parse of the rewrite has no verb at its root while a
  source has one, or more subjects lack a finite verb than in any source ("officials said
  that Morell, then the deputy director, separately from Nuland.");
* **dangling subject** - the rewrite opens with a pronoun or determiner pointing back
  ("Their", "This", "He") that no source opens with: its antecedent was deleted;
* **unpaired brackets or dashes**, **stray punctuation** (an opening comma, a comma between
  a subject and its verb) where no source has them;
* for a rewrite that is a deletion from a source, what the deletion may not cut
  (``cuts.py``): words inside a quotation, a verb's subject or object, a preposition's
  object, the conjunction of a kept coordination, a verb whose subject stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.guard.analysis import Analysis
from summarizer.guard.cuts import (BROKEN_COORDINATION, DANGLING_PREPOSITION, MISQUOTE, NO_OBJECT,
                                   NO_SUBJECT, NO_VERB, alignment, lost)
from summarizer.guard.support import Support
from summarizer.text.lexicon import ANAPHORS, DASHES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["BROKEN_COORDINATION", "CUT_OFF", "DANGLING", "DANGLING_PREPOSITION", "MISQUOTE", "NO_OBJECT",
           "NO_SUBJECT", "NO_VERB", "STRAY", "UNBALANCED", "UNPAIRED", "rule_grammar"]

#: Reasons, as the verdict states them (bench/guard_precision.py counts them).
UNBALANCED = "grammar: unbalanced quotes"
UNPAIRED = "grammar: unpaired brackets or dashes"
STRAY = "grammar: stray punctuation"
DANGLING = "grammar: dangling subject"
CUT_OFF = "grammar: cut-off ending"
QUOTES_ALL = frozenset({'"', "“", "”", "'", "’", "‘", "``", "''"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def rule_grammar(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Why the rewrite is not a well-formed sentence its sources allow, or None."""
    sources = [a.text for a in src]
    if quote_balance(rw.text) != (0, 0) and quote_balance(rw.text) not in map(quote_balance, sources):
        return UNBALANCED
    if _unpaired(rw.text) and not any(_unpaired(s) for s in sources):
        return UNPAIRED
    if _opener(rw.text) in ANAPHORS and _opener(rw.text) not in {_opener(s) for s in sources}:
        return DANGLING
    from summarizer.nlp.load import parse_all

    docs = parse_all([rw.text, *sources])
    rewrite, parsed = docs[0], docs[1:]
    if _stray_punctuation(rewrite) and not any(_stray_punctuation(d) for d in parsed):
        return STRAY
    if not _verbal_root(rewrite) and any(_verbal_root(d) for d in parsed):
        return NO_VERB
    if missing_verbs(rewrite) > max(missing_verbs(d) for d in parsed):
        return NO_VERB
    why = _lost_in_every_deletion(rewrite, parsed)
    if why is None and _cut_off(rewrite) and not any(_cut_off(d) for d in parsed):
        return CUT_OFF
    return why


def _lost_in_every_deletion(rewrite: "Doc", parsed: list["Doc"]) -> str | None:
    """What the rewrite cuts, read as a deletion from each source it is a deletion of; a
    fusion that is a sound deletion of one source is not refused for reading as a broken
    deletion of another ("Rebels attacked ..." is whole, though "Hundreds of" went)."""
    from summarizer.generation.compress.constituents import quoted

    reasons = [lost(rewrite, d, quoted(d)) for d in parsed if alignment(rewrite, d) is not None]
    why = None if not reasons or None in reasons else next(r for r in reasons if r)
    if why == NO_SUBJECT and len(parsed) > 1 and _subject_of_root(rewrite):
        return None  # a fusion: the subject's head came from the other source
    if why == NO_VERB and len(parsed) > 1 and _subject_of_root(rewrite) and _root(rewrite) in map(_root, parsed) \
            and any(_root(d) not in {t.lemma_.lower() for t in rewrite} for d in parsed):
        return None  # a fusion on its base's main verb: the donor's own main verb may go
    return why


def _root(doc: "Doc") -> str:
    return next((t.lemma_.lower() for t in doc if t.dep_ == "ROOT"), "")


def _subject_of_root(doc: "Doc") -> bool:
    return any(t.dep_ in SUBJECT_DEPS for r in doc if r.dep_ == "ROOT" for t in r.children)


def _cut_off(doc: "Doc") -> bool:
    """The sentence stops on a word or mark that announces more: a conjunction, a
    preposition, a determiner, a dash or a comma before the final stop ("... and.",
    "three main pillars --.")."""
    words = [t for t in doc if not (t.is_punct and t.text in ".!?" or t.text in QUOTES_ALL)]
    return bool(words) and (words[-1].pos_ in ("CCONJ", "SCONJ", "ADP", "DET") and words[-1].dep_ != "prt" or
                            words[-1].text in (",", ";", ":", "-", "--", *DASHES))


def quote_balance(text: str) -> tuple[int, int]:
    """(straight double quotes mod 2, curly opening minus closing quotes)."""
    return text.count('"') % 2, text.count("“") - text.count("”")


def _unpaired(text: str) -> bool:
    """Brackets that do not pair, or an odd number of dashes setting off a parenthetical."""
    dashes = sum(text.count(f" {d} ") for d in DASHES) + text.startswith(tuple(DASHES))
    return text.count("(") != text.count(")") or dashes % 2 == 1


def _stray_punctuation(doc: "Doc") -> bool:
    """A sentence opening with a comma or closing mark, or a comma between a subject and its
    verb ("Mick Mulvaney, told reporters")."""
    if len(doc) and doc[0].is_punct and doc[0].text in ",;:.)":
        return True
    for token in doc:
        if token.dep_ not in SUBJECT_DEPS or token.i >= token.head.i:
            continue
        verb = min([token.head.i] + [c.i for c in token.head.children
                                     if c.dep_ in ("aux", "auxpass", "neg") and c.i > token.i])
        if verb == token.i + 2 and doc[token.i + 1].text == ",":
            return True
    return False


def _opener(text: str) -> str:
    first = text.lstrip("\"“'‘( ").split(maxsplit=1)
    return first[0].lower().strip(",;:") if first else ""


def _verbal_root(doc: "Doc") -> bool:
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)


def missing_verbs(doc: "Doc") -> int:
    """Subjects whose clause has neither a finite verb nor an infinitive's "to" (0 when each
    has its verb): "for a conference to end the conflict" has one, "that Morell, then the
    deputy director, separately from Nuland" has none."""
    return sum(1 for t in doc if t.dep_ in SUBJECT_DEPS and not _has_verb(t.head))


def _has_verb(head: "Token") -> bool:
    """The head of a subject is a verb whose group (itself and its auxiliaries) is finite
    or an infinitive."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    group = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in FINITE_TAGS or t.tag_ == "TO" for t in group)
