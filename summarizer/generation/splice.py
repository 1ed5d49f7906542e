"""Word-graph splices of two sentences, in the manner of Filippova's multi-sentence
compression (over parses, for two sentences): both sentences are paths through their shared
content words, and the base's path switches to the donor's between two shared words (a
detail inserted, or the base's detail replaced by the donor's richer one) or for its ending.

A splice moves whole constituents only, keeps every content word of the base's stretch it
replaces, keeps the frame of the shared word after it (the preposition "In [the] poll"
stands in), never a quotation, negation, hedge, the donor's main verb, a second date or
figure, a name the base gives already, or an appositive of a name the base describes
already. ``fusion.fusions`` offers the splices beside its constituent insertions; the model
ranks them and the guard checks each against both sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.compress.constituents import QUOTES, WH_TAGS, is_protected_token
from summarizer.text import one_root, stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

#: Words a spliced stretch may have at most (longer ones carry a fact of their own).
MAX_SPLICE_WORDS = 12
#: Words that point to where the donor was written from: never carried into another sentence.
DEICTIC = frozenset({"here"})
#: Determiners that point into the donor's text ("in [those] areas", "which [these] three men").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def points_away(token: "Token") -> bool:
    """The word points to the donor's place or text, which a lent phrase leaves behind."""
    return token.lower_ in DEICTIC or (token.dep_ == "det" and token.lower_ in DEMONSTRATIVES)


def state_of_its_day(token: "Token") -> bool:
    """A past participle before the noun of a description tells the state an event left
    ("Ocalan, [the arrested] Kurdish guerrilla leader", "the [detained] opposition leader"):
    true on the donor's day; lent to a sentence of the event itself or of before it, it reads
    as an anachronism. Not one describing a thing ("the [contested] seats") nor a word's end
    after a hyphen ("far-[left]")."""
    hyphen = token.i > 0 and token.doc[token.i - 1].text == "-"
    return token.dep_ == "amod" and token.tag_ == "VBN" and token.head.dep_ == "appos" and not hyphen


#: Dependencies a spliced phrase may not bear to a shared word: the base has its own subject
#: or object there ("Prodi's far-left ally, Communist Refoundation Party provoked").
CORE = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "ROOT"})
#: Function words a splice may not replace, though they carry no content: they frame the
#: clause (relative pronouns and adverbs: ``WH_TAGS``; subordinators, coordinators, auxiliaries).
STRUCTURE_DEPS = frozenset({"mark", "cc", "aux", "auxpass", "neg", "case"})


def splices(base: "Doc", donor: "Doc", full: "Doc | None" = None) -> list[tuple[str, str]]:
    """Word-graph fusions of two sentences: both are paths through their shared content
    words (same word, same part of speech, once in each, in the same order); the base's path
    takes the donor's words between two consecutive shared words (or between the last one
    and the final stop) where the donor says more there. Each splice keeps every content
    word of the base's stretch it replaces (the union of both versions' details), adds at
    least one, moves whole constituents only and never a quotation, negation, hedge or a
    second date or figure (nor one ``full``, the sentence ``base`` was compressed from,
    has); when two or more splices apply, all of them together is one more candidate, and
    details of the same shape lent to two items of the base come only together (``_parallel``).
    Returns (text, the donor words spliced in) pairs."""
    anchors = _anchors(base, donor)
    shared = {j for _, j in anchors}
    found: list[tuple[int, int, "SpacySpan"]] = []
    for (i1, j1), (i2, j2) in zip(anchors, anchors[1:]):
        gap = donor[j1 + 1:j2]
        if not len(gap) or (i1 < 0 and gap[0].pos_ == "ADV") or any(t.dep_ == "ROOT" for t in gap):
            continue  # nothing to add; an opening adverb ("Earlier Monday,") frames another
            # time; the donor's main verb ("Police said two men followed [Starovoitova]")
        outside = [t for t in gap if not j1 < t.head.i < j2]
        attached = all(t.head.i in shared and t.dep_ not in CORE for t in outside)
        if attached and _splice_ok(base, donor, base[i1 + 1:i2], gap, (j1 + 1, j2)) and \
                _same_frame(base[i1 + 1:i2], gap, base[i2], donor[j2]) and \
                not _described_again(base, i1, base[i1 + 1:i2], gap, j1) and \
                not _another_list(base, donor, gap, dict((j, i) for i, j in anchors)) and \
                not _conflicting_detail(base if full is None else full, gap):
            found.append((i1, i2, gap))
    out = [(_spliced(base, [f]), f[2].text) for f in found if not _parallel(f[2], [g[2] for g in found])]
    if len(found) > 1:
        out.append((_spliced(base, found), " ".join(f[2].text for f in found)))
    return out


def _parallel(gap: "SpacySpan", gaps: list["SpacySpan"]) -> bool:
    """Another splice lends a detail of the same shape (the same tags, word for word, two
    words or more: one adjective is no list's pattern) to another item of the base ("Hoyer, [77, of] Maryland, ... and Clyburn, [76, of] South
    Carolina"): lent alone it would leave the list uneven ("Hoyer, 77, of Maryland, ... and
    Jim Clyburn, South Carolina", read borderline in set 26b), so such details go together."""
    shape = [t.tag_ for t in gap]
    return len(gap) > 1 and any(other is not gap and [t.tag_ for t in other] == shape for other in gaps)


def _same_frame(old: "SpacySpan", gap: "SpacySpan", mine: "Token", theirs: "Token") -> bool:
    """The words that govern the next shared word in the base's stretch govern it in the
    donor's too ("[for] personal expenses" -> "[to pay for] personal expenses"), alike: "[In the] poll, Romney leads" may not become "[A national] poll,
    Romney leads" (the preposition framed the phrase)."""
    frame = {(t.lower_, t.dep_) for t in old if t.is_ancestor(mine)}
    return frame <= {(t.lower_, t.dep_) for t in gap if t.is_ancestor(theirs)}


def _described_again(base: "Doc", i1: int, old: "SpacySpan", gap: "SpacySpan", j1: int) -> bool:
    """The donor's stretch adds an appositive to the shared name before it, which the base
    already titles ("Former Rep. Jesse Jackson Jr., [the former Democratic representative]");
    adding to the base's own appositive is no repeat ("Hoyer, [77, of] Maryland,")."""
    from summarizer.generation.anchors import titled

    return i1 >= 0 and not any(content(t) for t in old) and \
        any(t.dep_ == "appos" and t.head.i == j1 for t in gap) and titled(base[i1]) and \
        not any(c.dep_ == "appos" for c in base[i1].children)


def _another_list(base: "Doc", donor: "Doc", gap: "SpacySpan", mine: dict[int, int]) -> bool:
    """The stretch adds an item to a list the donor's verb governs and the base's another
    ("the list of injured [included] Somalis and people from Yugoslavia [and unspecified Latin
    American countries]": those countries were among the dead or injured the donor says
    [represented] 19 nationalities): an item belongs to what its own verb says of the list."""
    for token in gap:
        if token.dep_ == "conj" and token.head.i in mine and not gap.start <= token.head.i < gap.end:
            if _verb_of(token.head).lemma_.lower() != _verb_of(base[mine[token.head.i]]).lemma_.lower():
                return True
    return False


def _verb_of(token: "Token") -> "Token":
    """The verb whose clause ``token`` stands in (the root when none is nearer); a participle
    standing as a preposition ("[including] Somalis") is none."""
    while (token.pos_ not in ("VERB", "AUX") or token.dep_ == "prep") and token.head != token:
        token = token.head
    return token


def content(token: "Token") -> bool:
    """A word that carries content (not a stop word, punctuation or a space)."""
    return not (token.is_stop or token.is_punct or token.is_space) and any(c.isalnum() for c in token.text)


def _anchors(base: "Doc", donor: "Doc") -> list[tuple[int, int]]:
    """Shared content words as (base index, donor index), the longest chain in the same
    order in both, opened by the two sentence starts (-1, -1) and closed by the two final
    stops."""
    def unique(doc: "Doc") -> dict[tuple[str, str], int]:
        seen: dict[tuple[str, str], list[int]] = {}
        for t in doc:
            if content(t):
                seen.setdefault((t.lower_, t.pos_), []).append(t.i)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    mine, theirs = unique(base), unique(donor)
    pairs = sorted((mine[k], theirs[k]) for k in mine.keys() & theirs.keys())
    chain = _increasing(pairs)
    if chain and base[-1].is_punct and donor[-1].is_punct:
        chain.append((len(base) - 1, len(donor) - 1))
    return [(-1, -1)] + chain if chain else []


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing in both indices (pairs sorted by the first)."""
    best: list[list[tuple[int, int]]] = []
    for pair in pairs:
        before = [c for c in best if c[-1][1] < pair[1]]
        best.append(max(before, key=len, default=[]) + [pair])
    return max(best, key=len, default=[])


def _splice_ok(base: "Doc", donor: "Doc", old: "SpacySpan", gap: "SpacySpan",
               bounds: tuple[int, int]) -> bool:
    """The donor's stretch may replace the base's: it adds content words, keeps the base's,
    is short, consists of whole constituents (each token's phrase ends by the next shared
    word), and carries no quotation, negation, hedge, nor a detail conflicting with one of
    the base's (another date, figure or amount)."""
    words = [t for t in gap if not t.is_punct]
    have = {t.lemma_.lower() for t in base if content(t)}
    adds = {t.lemma_.lower() for t in gap if content(t) and not _connective(t)} - have
    kept = {t.lemma_.lower() for t in old if content(t)} <= {t.lemma_.lower() for t in gap}
    if not words or not adds or not kept or len(words) > MAX_SPLICE_WORDS:
        return False
    if any(t.text in QUOTES or is_protected_token(t) for t in [*gap, *old]) or \
            any(points_away(t) or state_of_its_day(t) for t in gap):
        return False
    if any(t.tag_ in WH_TAGS or t.dep_ in STRUCTURE_DEPS for t in old):
        return False  # "Ocalan, [whose] Kurdistan Workers Party has waged": the clause's frame
    elsewhere = {form for t in base if content(t) and not old.start <= t.i < old.end
                 for form in (t.lemma_.lower(), t.lower_, stem(t.lower_))}
    common = _common_words(base, old)
    if any(t.dep_ == "agent" for t in gap) or any(t.pos_ == "PROPN" and t.lemma_.lower() in have for t in gap) \
            or any(t.pos_ in ("NOUN", "PROPN", "VERB") and {t.lemma_.lower(), t.lower_, stem(t.lower_)} & elsewhere
                   for t in gap) or any(_derived(t, common) for t in gap):
        return False  # a passive's agent after the base's active verb; a name or a thing said
        # twice (as either part of speech: "militiamen's" tagged a name, "militiamen" a noun;
        # or as a noun and a verb, either way round: "an [investigation by the OSCE] to
        # investigate the crisis", "an investigation by the OSCE [to investigate the crisis]";
        # or as a word derived from the base's: "the 122 [parliamentary] seats in parliament")
    if all(t.pos_ == "PROPN" or t.is_punct for t in gap):
        return False  # only more of a name ("Barack", "J."): nothing a reader needs
    if any(t.dep_ == "poss" for t in gap):
        return False  # a possessor says which one: "[Lebanon's] peace talks" are other talks
    before = base[old.start - 1] if old.start > 0 else None
    if before is not None and gap[0].lower_ == "of" and any(c.dep_ == "poss" for c in before.children):
        return False  # a noun with a possessor has its owner: "the men's bodies [of the four foreigners]"
    if not _whole(gap, donor[bounds[1]]) or (len(old) and not _whole(old, old.doc[old.end])):
        return False
    if gap[0].is_punct and gap[0].text != "," or gap[-1].text in (",", ";", ":") and \
            bounds[1] == len(donor) - 1:
        return False
    return not _conflicting_detail(base, gap)


def _common_words(base: "Doc", old: "SpacySpan") -> set[str]:
    """Forms of the base's common nouns and adjectives outside ``old`` (no name, no title:
    "President Obama" is no repeat of a "presidential hopeful")."""
    return {form for t in base if _common(t) and not old.start <= t.i < old.end
            for form in (t.lower_, t.lemma_.lower())}


def _common(token: "Token") -> bool:
    return token.pos_ in ("NOUN", "ADJ") and not token.ent_type_


def _derived(token: "Token", forms: set[str]) -> bool:
    """A common noun or adjective that is one of ``forms`` or a derivation of one
    (``text.one_root``: "parliament" and "parliamentary")."""
    return _common(token) and any(one_root(token.lower_, form) for form in forms)


def _connective(token: "Token") -> bool:
    """A word that links rather than tells ("including", "despite"): a splice of nothing
    else adds no detail ("killed 213 people, [including] 12 of them Americans")."""
    return token.pos_ in ("ADP", "SCONJ", "CCONJ") or token.dep_ in ("prep", "mark", "cc", "case")


def _whole(span: "SpacySpan", anchor: "Token") -> bool:
    """Every token's phrase lies inside the span, or runs on into the next shared word
    ("off [the] coast": the phrase both versions have)."""
    return all(t.left_edge.i >= span.start and (t.right_edge.i < span.end or t.is_ancestor(anchor))
               for t in span)


#: Entity types of which a sentence should state one value: a second one inserted from another
#: report contradicts or confuses the first ("on Tuesday ... on Monday").
_ONE_VALUE = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _conflicting_detail(base: "Doc", gap: "SpacySpan") -> bool:
    labels = {e.label_ for e in base.ents if e.label_ in _ONE_VALUE}
    texts = {e.text.lower() for e in base.ents}
    return any(e.label_ in labels and e.text.lower() not in texts for e in gap.ents) or \
        any(t.like_num and t.pos_ == "NUM" for t in gap if t.ent_type_ not in _ONE_VALUE)


def _spliced(base: "Doc", found: list[tuple[int, int, "SpacySpan"]]) -> str:
    """The base with each (after, until, donor span) splice made, in order."""
    parts, at = [], 0
    for after, until, gap in sorted(found, key=lambda f: f[0]):
        parts.append(base[at:after + 1].text_with_ws)
        if after >= 0 and not base[after].whitespace_ and not gap[0].is_punct:
            parts.append(" ")
        parts.append(gap.text_with_ws)
        at = until
    rest = base[at:].text
    if at == 0 and base[0].pos_ != "PROPN" and base[0].text[:1].isupper():  # now mid-sentence
        rest = rest[0].lower() + rest[1:]
    parts.append(rest)
    return " ".join("".join(parts).split()).replace(" ,", ",").replace(" .", ".")
