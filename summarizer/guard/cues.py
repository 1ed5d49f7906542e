"""Rule 3, polarity and modality: negations, hedges, obligations, futures and intentions
that govern kept words are kept, and none is added."""

from __future__ import annotations

from summarizer.guard.analysis import Analysis, Cue, is_free, number_value, token_stem
from summarizer.text.tokens import Token
from summarizer.guard.support import Support
from summarizer.guard.vocabulary import (
    COMPLEMENT_CUES,
    CUES,
    CUE_CLASS,
    COMPARISONS,
    FINITE_AUX,
    FUNCTION_CUES,
    FUTURE,
    INTENT,
    NEGATION,
    SCOPE,
)


def cues(analysis: Analysis) -> list[Cue]:
    """Every polarity/modality cue with the content words it governs.

    The scope is the next few content words of the same clause, plus, for a verb that takes
    an infinitive ("failed to agree", "urged Putin to find", "agreed at talks on Tuesday to
    push"), the first words after its "to"/"for". The triggers are the heads of each part
    (see :func:`_heads`): keeping one of them means keeping what the cue qualifies.
    """
    if "cues" in analysis.memo:
        return analysis.memo["cues"]  # type: ignore[return-value]
    tokens = analysis.tokens
    found: list[Cue] = []
    for i, t in enumerate(tokens):
        cls = cue_class(t)
        if cls is None:
            continue
        if _ends_relative_clause(analysis, i) or (i and tokens[i - 1].lower in COMPARISONS):
            continue
        parts = [_content_after(analysis, i + 1, t.clause)]
        if t.lower in COMPLEMENT_CUES:
            start = _complement_start(analysis, i)
            if start is not None:
                parts.append(_content_after(analysis, start, t.clause))
        scope = tuple(dict.fromkeys(u for part in parts for u in part))
        triggers = tuple(u for part in parts for u in _heads(part, analysis))
        found.append(Cue(cls, t.lower, i, scope, triggers))
    analysis.memo["cues"] = found
    return found



def _ends_relative_clause(analysis: Analysis, i: int) -> bool:
    """A cue verb right before a finite auxiliary closes a relative clause and governs
    nothing after it: "the ceasefire for which it also called was never put in place"."""
    tokens = analysis.tokens
    return (
        tokens[i].lower not in FUNCTION_CUES and i + 1 < len(tokens)
        and tokens[i + 1].lower in FINITE_AUX and tokens[i + 1].clause == tokens[i].clause
    )


def _heads(part: list[Token], analysis: Analysis) -> list[Token]:
    """The word a cue qualifies: the first content word that is not a name or an "-ly"
    adverb ("not specifically address" -> address), and the next one when it follows
    at once ("not letting extremists" -> letting, extremists)."""
    words = [u for u in part if u.index not in analysis.names and not u.lower.endswith("ly")]
    if not words:
        return []
    heads = [words[0]]
    if len(words) > 1 and words[1].index - words[0].index <= 2:
        heads.append(words[1])
    return heads


def _content_after(analysis: Analysis, start: int, clause: int) -> list[Token]:
    return [u for u in analysis.tokens[start:] if u.clause == clause and not is_free(u)][:SCOPE]


def _complement_start(analysis: Analysis, i: int) -> int | None:
    """Where the infinitive of a verb like "urged" starts: after the first "to"/"for" of
    its clause within eight words ("failed to agree", "called for", "urged Putin to find",
    "agreed at top-level talks on Tuesday to push"), if any."""
    tokens = analysis.tokens
    for j in range(i + 1, min(i + 9, len(tokens))):
        if tokens[j].clause != tokens[i].clause:
            return None
        if tokens[j].lower in ("to", "for"):
            return j + 1
    return None


def _infinitives(rw: Analysis, source: Analysis) -> list[Cue]:
    """Purpose infinitives of the rewrite ("a conference to end the conflict"): they carry
    intent too, so one may stand for a dropped "aimed at ending". Only "to" before a content
    word that is not a name or number counts ("to the regime", "to Assad" do not), and not
    when the source has the same infinitive (then the "to" is the source's own, and the
    verb that governed it was dropped: "push the regime to find" -> "to find")."""
    tokens = rw.tokens
    theirs = {
        source.tokens[i + 1].stem for i, t in enumerate(source.tokens[:-1]) if t.lower == "to"
    }
    out = []
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if t.lower == "to" and nxt.clause == t.clause and not is_free(nxt) \
                and nxt.index not in rw.names and number_value(nxt.text) is None \
                and nxt.stem not in theirs:
            out.append(Cue(INTENT, "to", i, tuple(_content_after(rw, i + 1, t.clause)), ()))
    return out


def cue_class(token: Token) -> str | None:
    """A cue only in lower case (or sentence-initial): "May 7" is a month, not a hedge."""
    if token.text != token.lower and not token.opens:
        return None
    if token.lower.endswith("n't") or token.lower == "cannot":
        return NEGATION
    if token.lower.endswith("'ll"):
        return FUTURE
    return CUE_CLASS.get(token.lower)


def rule_cues(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """A kept clause keeps its negation/hedge/modality; none is added or moved elsewhere.

    Within one source, each cue whose triggers the rewrite keeps needs its own cue of the
    same class in the rewrite, qualifying some of the same words: one "committed" cannot
    stand for both "committed" and "seeking" in "committed to a conference seeking a
    resolution". A kept word does not trigger a cue when some source also has it outside
    every cue of that class (a fusion may take "agreed" from the sentence that agreed).
    """
    kept = rw.stems
    mine = cues(rw)
    free_of = _uncovered_stems(src)
    for a in src:
        used: set[int] = set()
        own = cues(a)
        candidates = mine + _infinitives(rw, a)
        for cue in own:
            triggers = _triggered(cue, kept, free_of[cue.cls])
            if not triggers:
                continue
            match = _match(cue, own, candidates, used)
            if match is None:
                return f"dropped {cue.cls}: {cue.word} ({triggers[0]})"
            used.add(match)
    theirs = [c for a in src for c in cues(a)]
    for cue in mine:
        if cue.scope and not any(c.cls == cue.cls and _overlap(c, cue) for c in theirs):
            return f"added {cue.cls}: {cue.word} ({cue.scope[0].text})"
    return None


def _triggered(cue: Cue, kept: set[str], elsewhere: set[str]) -> list[str]:
    """The cue's kept triggers. A head that another part of the sources explains does not
    count, but then the rest of the scope takes its place: "failed to agree on a date" +
    "agreed on Tuesday" -> "agreed on a date" still keeps the failed "date"."""
    hits = [u.stem for u in cue.triggers if u.stem in kept and u.stem not in elsewhere]
    if hits or not any(u.stem in kept for u in cue.triggers):
        return hits
    return [u.stem for u in cue.scope if u.stem in kept and u.stem not in elsewhere
            and u not in cue.triggers and u.text[:1].islower()]


def _overlap(a: Cue, b: Cue) -> bool:
    return bool({u.stem for u in a.scope} & {u.stem for u in b.scope})


def _match(cue: Cue, own: list[Cue], candidates: list[Cue], used: set[int]) -> int | None:
    """Position of an unused rewrite cue of the same class qualifying the same words.

    A rewrite cue that repeats another cue word of the same source stands for that one:
    the kept "agreed" of "agreed to push X to find" cannot also stand for "push".
    """
    others = {token_stem(c.word) for c in own if c is not cue}
    for c in candidates:
        if c.index in used or c.cls != cue.cls or not _overlap(c, cue):
            continue
        if token_stem(c.word) in others and token_stem(c.word) != token_stem(cue.word):
            continue
        return c.index
    return None


def _uncovered_stems(src: list[Analysis]) -> dict[str, set[str]]:
    """Per cue class: stems some source uses outside the scope of every cue of that class."""
    out: dict[str, set[str]] = {}
    for cls in CUES:
        stems: set[str] = set()
        for a in src:
            covered = {u.index for c in cues(a) if c.cls == cls for u in c.scope}
            stems |= {t.stem for t in a.content() if t.index not in covered and cue_class(t) != cls}
        out[cls] = stems
    return out
