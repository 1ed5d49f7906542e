"""What a deletion may not cut, judged on the source's spaCy parse (the grammar rule's
deletion-relative checks, ``grammar.py``).

When the rewrite is the source with words deleted, the source tokens it keeps are found by
an alignment with the fewest gaps (a deletion removes a few whole runs of words; the
leftmost match would pair a repeated word such as "of" with the wrong token). Then, for each
source head the rewrite keeps, the dependents it cannot do without must not all be gone:

* a verb keeps its subject ("Was also floated.") and its direct object or clausal
  complement ("he contended.", "plans to move" -> "plans.");
* a preposition keeps its object ("banned because of.");
* a coordination keeps its coordinator while both conjuncts stay ("not objecting to his
  speaking, his comments");
* a verb is not deleted while its subject or the word opening its clause stays ("officials
  said that Morell separately from Nuland.");
* nothing inside a quotation is deleted while its marks stay (that misquotes the speaker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

NO_VERB = "grammar: missing head verb"
NO_SUBJECT = "grammar: missing subject"
NO_OBJECT = "grammar: missing object"
DANGLING_PREPOSITION = "grammar: dangling preposition"
BROKEN_COORDINATION = "grammar: coordination without its conjunction"
NO_COMPLEMENT = "grammar: missing complement"
RUN_TOGETHER = "grammar: names run together"
MISQUOTE = "grammar: words cut from a quotation"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependents a kept head cannot lose all of, by the head's part of speech, and the reason.
#: A preposition is a token attached as one ("because" is tagged a conjunction) or tagged one.
REQUIRED = (
    ("verb", frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}), NO_SUBJECT),
    ("verb", frozenset({"dobj", "ccomp", "xcomp"}), NO_OBJECT),
    ("verb", frozenset({"xcomp", "ccomp"}), NO_COMPLEMENT),  # "urged the GOP [to embark ...]"
    ("preposition", frozenset({"pobj"}), DANGLING_PREPOSITION),
    ("preposition", frozenset({"pcomp"}), DANGLING_PREPOSITION),
)


def alignment(rewrite: "Doc", source: "Doc") -> list[int] | None:
    """For each rewrite token, the source token it is (lower-cased words equal), choosing
    among the ways the rewrite is a subsequence of the source the one with the fewest runs
    of deleted tokens (ties: the leftmost); None when it is no subsequence."""
    words, against = [t.lower_ for t in rewrite], [t.lower_ for t in source]
    n, m = len(words), len(against)
    if n == 0:
        return None
    inf = n + m + 2
    # gaps[i][j]: fewest runs of deleted tokens matching words[i:] into against[j:], the
    # token before j being kept (a run starting at j counts)
    gaps = [[inf] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        gaps[n][j] = 0 if j == m else 1
    at: dict[str, list[int]] = {}
    for k, word in enumerate(against):
        at.setdefault(word, []).append(k)
    for i in range(n - 1, -1, -1):
        places = at.get(words[i], [])
        for j in range(m, -1, -1):
            gaps[i][j] = min(((k > j) + gaps[i + 1][k + 1] for k in places if k >= j), default=inf)
    if gaps[0][0] >= inf:
        return None
    out, j = [], 0
    for i in range(n):
        k = next(k for k in at[words[i]] if k >= j and (k > j) + gaps[i + 1][k + 1] == gaps[i][j])
        out.append(k)
        j = k + 1
    return out


def kept_tokens(rewrite: "Doc", source: "Doc") -> set[int] | None:
    """The source tokens a rewrite keeps when it is a deletion from that source, else None."""
    found = alignment(rewrite, source)
    return None if found is None else set(found)


def lost(rewrite: "Doc", source: "Doc", quoted: frozenset[int]) -> str | None:
    """Why the deletion of ``source`` that ``rewrite`` is cuts something it may not, or None
    (also None when ``rewrite`` is no deletion of ``source``). ``quoted``: the source tokens
    inside a quotation."""
    kept = kept_tokens(rewrite, source)
    if kept is None or len(kept) == len(source):
        return None
    gone = set(range(len(source))) - kept
    if _run_together(source, sorted(kept)):
        return RUN_TOGETHER
    if any(i in quoted for i in gone) and any(source[i].text in ('"', "“", "”") for i in kept):
        return MISQUOTE
    for head in source:
        if head.i in gone and head.pos_ in ("VERB", "AUX") and head.dep_ not in ("aux", "auxpass") \
                and any(c.i in kept and (c.dep_ in SUBJECT_DEPS or c.dep_ == "mark") for c in head.children):
            return NO_VERB
    for head in source:
        if head.i in gone:
            continue
        kind = "verb" if head.pos_ in ("VERB", "AUX") else \
            "preposition" if head.pos_ == "ADP" or head.dep_ in ("prep", "agent") else None
        for wanted, deps, reason in REQUIRED:
            needed = [c for c in head.children if c.dep_ in deps]
            if kind == wanted and needed and all(c.i in gone for c in needed):
                return reason
        conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i in kept]
        coordinators = [c for c in head.children if c.dep_ == "cc"]
        if conjuncts and coordinators and all(c.i in gone for c in coordinators):
            return BROKEN_COORDINATION
    return None


def _run_together(source: "Doc", kept: list[int]) -> bool:
    """Two names the source kept apart with a comma now touch ("by Gerald E. Connolly Mr.
    Shulman offered", the appositive's commas both deleted)."""
    return any(b > a + 1 and source[a + 1].text == "," and source[a].pos_ == "PROPN"
               and source[b].pos_ == "PROPN" for a, b in zip(kept, kept[1:]))
