"""Rule 8, grammar: the rewrite is a well-formed sentence, judged against its sources.

Three failures a deletion or a fusion can cause, each checked relative to the sources (a
news sentence may itself open with "They" or hold one quotation mark of a quote spanning
sentences; only what the rewrite breaks is refused):

* **unbalanced quotes** - the rewrite opens a quotation it never closes (or the reverse)
  where no source does;
* **missing head verb** - the spaCy parse of the rewrite has no verb at its root while a
  source has one, or more subjects lack a finite verb than in any source ("officials said
  that Morell, then the deputy director, separately from Nuland.");
* **dangling subject** - the rewrite opens with a pronoun or determiner pointing back
  ("Their", "This", "He") that no source opens with: its antecedent was deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.guard.analysis import Analysis
from summarizer.guard.support import Support
from summarizer.lexicon import ANAPHORS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Reasons, as the verdict states them (bench/guard_precision.py counts them).
UNBALANCED = "grammar: unbalanced quotes"
NO_VERB = "grammar: missing head verb"
DANGLING = "grammar: dangling subject"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def rule_grammar(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Why the rewrite is not a well-formed sentence its sources allow, or None."""
    sources = [a.text for a in src]
    if quote_balance(rw.text) != (0, 0) and quote_balance(rw.text) not in map(quote_balance, sources):
        return UNBALANCED
    if _opener(rw.text) in ANAPHORS and _opener(rw.text) not in {_opener(s) for s in sources}:
        return DANGLING
    from summarizer.nlp.load import parse_all

    docs = parse_all([rw.text, *sources])
    rewrite, parsed = docs[0], docs[1:]
    if not _verbal_root(rewrite) and any(_verbal_root(d) for d in parsed):
        return NO_VERB
    if missing_verbs(rewrite) > max(missing_verbs(d) for d in parsed):
        return NO_VERB
    if any(lost_verb(rewrite, d) for d in parsed):
        return NO_VERB
    return None


def kept_tokens(rewrite: "Doc", source: "Doc") -> set[int] | None:
    """The source tokens a rewrite keeps when it is a deletion from that source (its words
    in order, matched greedily), else None."""
    kept, position = set(), 0
    for token in rewrite:
        while position < len(source) and source[position].lower_ != token.lower_:
            position += 1
        if position == len(source):
            return None
        kept.add(position)
        position += 1
    return kept


def lost_verb(rewrite: "Doc", source: "Doc") -> bool:
    """A deletion dropped a verb but kept its subject or the word that opens its clause."""
    kept = kept_tokens(rewrite, source)
    if kept is None:
        return False
    for verb in source:
        if verb.i in kept or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        if any(c.i in kept and (c.dep_ in SUBJECT_DEPS or c.dep_ == "mark") for c in verb.children):
            return True
    return False


def quote_balance(text: str) -> tuple[int, int]:
    """(straight double quotes mod 2, curly opening minus closing quotes)."""
    return text.count('"') % 2, text.count("“") - text.count("”")


def _opener(text: str) -> str:
    first = text.lstrip("\"“'‘( ").split(maxsplit=1)
    return first[0].lower().strip(",;:") if first else ""


def _verbal_root(doc: "Doc") -> bool:
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)


def missing_verbs(doc: "Doc") -> int:
    """Subjects beyond the finite verbs of the sentence (0 when each has its verb)."""
    subjects = sum(1 for t in doc if t.dep_ in SUBJECT_DEPS)
    finite = sum(1 for t in doc if t.tag_ in FINITE_TAGS)
    return max(0, subjects - finite)
