"""Sentence fusion: one sentence carrying the compatible details of two reports' versions
of a fact.

In the manner of Filippova & Strube's base-and-insert fusion: the brief's sentence is the
base, and a constituent of another report's version of the same fact (``align.py``) that the
base lacks is inserted into it, one constituent per candidate (``insertions.py``: an
appositive of a shared name, a non-restrictive relative clause of a shared noun, a
prepositional phrase of the shared verb, a source; ``details.py``: a detail the donor states
in a structure of its own, as a constituent the base can take: a predicate noun as an
appositive, the first of coordinated descriptions, an appositive of a common noun, a name
beside a common noun, a participial phrase, a short phrase of place after a noun both name;
``predicates.py``: a predicate joined to the same subject, a participial clause ending the
donor's version of the same predicate; ``modifiers.py``: a title or modifier in front of a noun both name; ``places.py``: a phrase of
place opening another report's version told with another verb of the same subject); and, in
the manner of Filippova's word-graph multi-sentence
compression, a **splice** (``splice.py``): the base's path through the words both sentences
share switching to the donor's between two of them, or for its ending.

Versions whose figures conflict (each states a figure the other lacks; dates and years are
not figures, as in ``trust.align.numbers_of``) are never fused, and a splice never replaces a
name, number or date of the base by another one. The inserted words come from the donor
verbatim; the model ranks the candidates and the guard checks each against both sentences
(the strategy does both: ``strategies/abstractive/fusing.py``).

Besides the alignment's facts, a donor may be any sentence of another report that shares
enough of the sentence's content words (``DONOR_JACCARD``, ``DONOR_SHARED``): splices need
shared words to anchor on, and the guard checks the result against both sentences; and any
sentence of another report that gives a name the base mentions bare an appositive
(``name_donors``), for that appositive or a title only: who someone is ("Huckabee, a former
Baptist minister,", "Prime Minister Hun Sen") holds whichever fact the sentence states. For
a brief whose budget is full, each
candidate is also built on the base's constituent compressions that delete non-restrictive
material only (``BASE_DELETIONS``), so a fusion can cost no more words than the sentence it
replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from summarizer.generation.compress.constituents import (CLOSING_QUOTES, DOUBLE_QUOTES, OPENING_QUOTES,
                                                       QUOTES, is_protected_token)
from summarizer.generation.anchors import (described_after, in_aside, lends_a_there, reported_by, splits_phrase,
                                           strands_modifier, summed_up_after)
from summarizer.generation.insertions import COMMA_KINDS, insert, insertions
from summarizer.generation.moments import (described_in_another_time, figure_of_another_year,
                                           of_a_moment, present_in_a_dated_past, years_stated)
from summarizer.generation.predicates import PARTICIPIAL_CLAUSE, PREDICATE
from summarizer.generation.splice import content, points_away, state_of_its_day
from summarizer.text.lexicon import SUPERLATIVE_ADVERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

    from summarizer.corpus import Corpus
    from summarizer.trust.align import Alignment

#: Fusion candidates per brief sentence (over all its donors): a count, bounding the model.
MAX_FUSIONS = 6
#: Words an inserted constituent may have at most (longer ones carry a fact of their own).
MAX_INSERT_WORDS = 12
#: Words an inserted relative clause may have at most (a clause needs its own verb and subject).
MAX_CLAUSE_WORDS = 16
#: A sentence of another report outside the sentence's fact is a donor when their content
#: stems overlap at least this much (Jaccard) and share at least ``DONOR_SHARED`` stems.
DONOR_JACCARD = 0.3
DONOR_SHARED = 4
#: Donors tried per sentence (most similar first): a count, bounding the parses. On DUC 2004
#: at 100 words 8 found 41 fusions, 16 found 44, and 32 the same 44 (bench/bench_abstractive.py).
MAX_DONORS = 16
#: Sentences of other reports tried per brief sentence for an appositive of a name it
#: mentions bare (``name_donors``), the plainest first: a count, bounding the parses (10
#: found fewer fusions than 20; 40 found the same, with ``MAX_DONORS`` at 32).
MAX_NAME_DONORS = 20
#: What such a sentence may give: who someone is holds whichever fact the sentence states,
#: and so does what the sentence's report says of the name in a clause or a participial
#: phrase of its own ("Sharon, who opposes ceding land,", "Netscape, founded in 1994,").
NAME_DETAILS = frozenset({"appositive", "title", "relative clause", "participial phrase"})
#: Words whose sense leans on the donor's other sentences or its moment: an inserted
#: phrase holding one says it of the base's context ("Arpaio, who had [also] been courted by
#: Bachmann," in a sentence about 2008: the donor's "also" and its time were of 2012).
CONTEXTUAL = frozenset({"also", "too", "again", "still", "later", "then", "previously", "earlier",
                        "already", "instead", "either", "meanwhile", "now", "other"})
#: Fusion kinds that rewire the base with the donor's words rather than insert a phrase whole:
#: such a fusion must keep something of the base the donor lacks (``_draws_on_both``).
REWIRING = frozenset({"splice", PREDICATE, PARTICIPIAL_CLAUSE})
#: Constituent compressions of the base that fusions are also built on (shortest first).
COMPRESSED_BASES = 2
#: What those compressions may delete: non-restrictive material only, which leaves the
#: claim whole. An optional-looking phrase can carry it ("leave Hun Sen [as sole prime
#: minister]"), and these compressions are not ranked by the model as the strategy's are.
BASE_DELETIONS = frozenset({"appositive", "relative clause", "parenthetical"})


@dataclass(frozen=True)
class Fusion:
    """A fused sentence: the base with a constituent (or a word-graph splice) of the donor."""

    text: str
    donor: int  # corpus sentence id of the donor
    kind: str  # "appositive", "prepositional phrase", "source", "splice"
    inserted: str


def donors(corpus: "Corpus", alignment: "Alignment", sentence_id: int) -> list[int]:
    """Other reports' versions of the sentence's fact, near-duplicates included (they often
    differ by just the detail worth adding), and other reports' sentences sharing enough of
    its content words; at most ``MAX_DONORS``, most similar first, exact copies and opinion
    pieces (``ingest.opinion``: their descriptions are views) left out."""
    from summarizer.ingest.opinion import opinion_reports
    from summarizer.text import jaccard

    me, views = corpus.sentences[sentence_id], opinion_reports(corpus.documents)
    fact = set(alignment.fact(sentence_id).sentences) | {m.id for m in corpus.members(sentence_id)}
    found = {}
    for other in corpus.sentences:
        if other.doc in (me.doc, *views) or " ".join(other.text.split()) == " ".join(me.text.split()):
            continue
        score = jaccard(me.content, other.content)
        if other.id in fact or (score >= DONOR_JACCARD and len(me.content & other.content) >= DONOR_SHARED):
            found[other.id] = score + (other.id in fact)
    return sorted(found, key=lambda s: (-found[s], s))[:MAX_DONORS]


def name_donors(corpus: "Corpus", sentence_id: int, base: "Doc", taken: Iterable[int] = ()) -> list[int]:
    """Sentences of other reports (not in ``taken``) that write a name ``base`` mentions bare
    followed by a comma, the mark of an appositive or a clause ("Yeltsin, 67,"), or by "is
    a", "was the" ..., the mark of a predicate noun ("Ecevit is a former prime minister"),
    or a person's name as the base writes it after a capitalised word, the mark of a title
    ("Prime Minister Hun Sen"): at most ``MAX_NAME_DONORS``, the plainest first
    (``_plainness``), then in corpus order, no opinion piece's. Only the details that describe
    the name are fused (``NAME_DETAILS``)."""
    import re

    from summarizer.generation.anchors import has_appositive, name_words, same_name
    from summarizer.ingest.opinion import opinion_reports

    from summarizer.selection.candidates import context
    from summarizer.trust.fullnames import ambiguous

    me, skip = corpus.sentences[sentence_id], set(taken)
    bare = [t for t in base if same_name(base, t) == t.i and not has_appositive(t, title_ok=True)
            and not ambiguous(corpus, name_words(t)[-1])]
    where = context(corpus)  # a quotation's or a post's words are no report's description
    skip |= {i for i, inside in enumerate(where.inside_quote) if inside or where.in_post[i]}
    names = sorted({t.text for t in bare})
    titled = [re.compile(r"\b[A-Z][\w.-]* " + re.escape(" ".join(name_words(t))) + r"\b") for t in bare
              if t.ent_type_ == "PERSON"]
    said = [re.compile(r"\b" + re.escape(name) + r" (?:is|was) (?:a|an|the)\b") for name in names]
    views = opinion_reports(corpus.documents) | {me.doc}
    found = [other.id for other in corpus.sentences if other.doc not in views and other.id not in skip
             and (any(f"{name}, " in other.text for name in names) or any(p.search(other.text) for p in titled + said))]
    return sorted(found, key=lambda i: (_plainness(corpus.sentences[i].text), i))[:MAX_NAME_DONORS]


def _plainness(text: str) -> tuple[bool, bool, int]:
    """How much besides who someone is a name donor states, least first: a verb of saying
    that attributes it ("..., officials said": its description of a name is then the
    speaker's words as the guard reads them), a number (whose difference from the base's
    keeps the guard from reading the fusion across the two), its length. Reports often
    give one title in several sentences; the plainest is cited for it."""
    from summarizer.guard import analyse, attribution_verbs
    from summarizer.text import is_number, words

    said = bool(attribution_verbs(analyse(text)))
    return said, any(is_number(w) for w in words(text)), len(text.split())


def conflict(base: "Doc", donor: "Doc") -> str | None:
    """Why the two versions may not be fused, or None: each states a figure the other lacks
    (``trust.align.numbers_of``: "22 injured" / "19 wounded"; a year or a day of the month is
    no figure, so "surgery in 1996" / "Yeltsin, 67," may fuse). People the versions name
    differently are checked where a splice would swap them."""
    a, b = _figures(base), _figures(donor)
    return "different numbers" if a - b and b - a else None


def _figures(doc: "Doc") -> frozenset[str]:
    from types import SimpleNamespace

    from summarizer.text import words
    from summarizer.trust.align import numbers_of

    return numbers_of(SimpleNamespace(words=tuple(words(doc.text))))  # it reads only .words


def fusions(base: "Doc", donor: "Doc", donor_id: int, kinds: frozenset[str] | None = None) -> list[Fusion]:
    """Candidate fusions of ``donor``'s details into ``base`` and into its shortest
    constituent compressions (none when they conflict), without repeats, the base's own
    first; ``kinds``: only insertions of these kinds (no splices). A base that quotes
    someone takes insertions before the quotation only (``_before_quotation``)."""
    from summarizer.generation.compress.constituents import candidates
    from summarizer.nlp.load import parse_all

    if conflict(base, donor) or not _ends(base.text):
        return []
    quoted = _quoted(base.text)
    sound = [c for c in candidates(base) if all(span.kind in BASE_DELETIONS for span in c.deleted)]
    shorter = sorted(sound, key=lambda c: (len(c.text.split()), c.text))[:COMPRESSED_BASES]
    out: dict[str, Fusion] = {}
    for doc in [base, *parse_all([c.text for c in shorter])]:
        found = _fusions_of(doc, donor, donor_id, base)
        if kinds is None and not quoted:
            found += splices(doc, donor, donor_id, base)
        for fusion in found:
            if (kinds is None or fusion.kind in kinds) and (not quoted or _before_quotation(base.text, fusion.text)):
                out.setdefault(fusion.text, fusion)
    return [f for f in out.values() if _draws_on_both(base, donor, f)
            and (kinds is None or not of_a_moment(f.kind, f.inserted)) and not _lends_a_view(base, f)
            and not figure_of_another_year(base, donor, f.inserted)
            and not present_in_a_dated_past(base, f.kind, f.inserted)
            and not described_in_another_time(f.text, f.kind, f.inserted, years_stated(donor))]


def _lends_a_view(base: "Doc", fusion: Fusion) -> bool:
    """The fusion says in its own voice a judgement or framing its base does not
    (``nlp.framing`` cues, ``nlp.voice``'s evaluative words, and for the lent words the
    looser ``framing.leaning_adjectives`` and a superlative made with "most"): one outlet's
    view of a person ("Biden, who is treated by the press as a lovable, half-crazy uncle,",
    "Mahathir, the [confident] nation-builder,", "one of the [most influential] progressive
    organizations") would become the brief's statement, the very thing the candidate policy
    keeps out."""
    from summarizer.nlp import framing, voice
    from summarizer.nlp.load import parse

    def views(doc: "Doc") -> set[str]:
        return {framing.cue_word(kind, t) for kind, t in framing.framing_cues(doc)} | set(voice.evaluative_words(doc.text))

    leaning = framing.leaning_adjectives()  # "Anwar, a [charismatic] politician": one report's word for him
    words = parse(fusion.inserted)
    lent = {t.lower_ for t in words if t.pos_ == "ADJ"} & leaning
    lent |= {t.lower_ for t in words if t.lower_ in SUPERLATIVE_ADVERBS and t.head.pos_ == "ADJ"}

    # the lent words read alone too: inside the base a verb of saying may seem to voice them
    # ("Biden, who is treated ... as a half-crazy uncle, suggested ...")
    return bool((views(parse(fusion.text)) | views(parse(fusion.inserted)) | lent) - views(base)
                - {t.lower_ for t in base})


def _draws_on_both(base: "Doc", donor: "Doc", fusion: Fusion) -> bool:
    """The fused text has a detail of the donor the base lacks (a number word counts: "the
    [six] astronauts", though spaCy lists it as a stop word), and is not the donor's
    sentence. A splice or a predicate rewires the base with the donor's words, so it must
    keep something of the base the donor lacks too; a phrase inserted whole into the base
    ("Unity, [the first American-made component], will serve as a connecting passageway")
    is the base's sentence with one detail more, even where the donor says all the rest."""
    def lemmas(doc: "Doc") -> set[str]:
        return {t.lemma_.lower() for t in doc if content(t) or t.like_num}

    from summarizer.nlp.load import parse

    mine = lemmas(parse(fusion.text))
    if not mine - lemmas(base) or _plain(fusion.text) == _plain(donor.text):
        return False
    return fusion.kind not in REWIRING or bool(mine - lemmas(donor))


def _plain(text: str) -> str:
    """The words in lower case without their punctuation: two wordings compare as texts."""
    return " ".join(w.lower().strip(".,;:!?\"'") for w in text.split())


def _ends(text: str) -> bool:
    return text.rstrip().rstrip("".join(CLOSING_QUOTES | DOUBLE_QUOTES | {"’"})).endswith((".", "!", "?"))


def _before_quotation(base: str, fused: str) -> bool:
    """A base that quotes someone takes a detail only before its first quotation mark, and
    keeps the rest word for word: the quoted words stay the speaker's, and no splice
    rewires them."""
    first = min(base.index(q) for q in QUOTES if q in base)
    tail = base[first:]
    return fused.endswith(tail) and not _quoted(fused[:len(fused) - len(tail)])


def _fusions_of(base: "Doc", donor: "Doc", donor_id: int, full: "Doc") -> list[Fusion]:
    """Constituent insertions (``insertions.py``) and noun-phrase details (``modifiers.py``)."""
    from summarizer.generation.details import detail_insertions
    from summarizer.generation.modifiers import modifier_fusions
    from summarizer.generation.places import opening_places
    from summarizer.generation.predicates import conjoined_predicates, trailing_participles

    have = {t.lemma_.lower() for t in base if not t.is_stop and not t.is_punct}
    out = [Fusion(text, donor_id, kind, words)
           for kind, text, words in modifier_fusions(base, donor) + conjoined_predicates(base, donor) +
           trailing_participles(base, donor, insertable)]
    for kind, span, anchor in insertions(base, donor, full) + detail_insertions(base, donor) + \
            opening_places(base, donor, full):
        words = [t for t in span if not t.is_punct]
        new = {t.lemma_.lower() for t in words if not t.is_stop}
        longest = MAX_CLAUSE_WORDS if kind == "relative clause" else MAX_INSERT_WORDS
        if not new or new <= have or len(words) > longest or not _insertable(span) or _in_quotation(span):
            continue
        if _possessor_away(span, have):
            continue
        if kind in ("prepositional phrase", "opening phrase") and (
                _has_known_object(span, have) or any(t.text == "," or t.dep_ == "conj" for t in span)):
            continue
        if _repeats(base, span, anchor) or anchor >= 0 and lends_a_there(base, anchor, span) or \
                kind in COMMA_KINDS and anchor >= 0 and \
                (described_after(base, anchor) or splits_phrase(base, anchor) or in_aside(base, anchor, kind, span) or
                 _reported(base, anchor, span) or strands_modifier(base, anchor, kind) or
                 summed_up_after(base, anchor)):
            continue
        inserted = span.text if span[0].pos_ == "PROPN" else span.text[0].lower() + span.text[1:]
        text = insert(base, anchor, kind, inserted)
        if text is not None:
            out.append(Fusion(text, donor_id, kind, inserted))
    return out


def _reported(base: "Doc", anchor: int, span: "SpacySpan") -> bool:
    """The anchor stands in what the base reports someone said, after the verb that says it
    ("the Swedish Academy said it gave the award to Saramago[, an atheist,] for work that
    ..."), and the donor's words stand in no such report by the same verb: a description set
    off there reads as the speaker's, and may seem part of their reason. A claim the
    attribution follows ("The party[, Prodi's ally,] provoked the crisis, officials said")
    is the report's sentence with its source at the end."""
    return bool(reported_by(base[anchor], before=True) - reported_by(span.root))


def _in_quotation(span: "SpacySpan") -> bool:
    """The span stands inside a quotation of its sentence (an odd number of quotation marks
    before it, a quotation running on from an earlier sentence included): someone's words,
    never the brief's own ("Abedin, [Crooked Hillary Clinton's top aide,]")."""
    marks = DOUBLE_QUOTES | OPENING_QUOTES | CLOSING_QUOTES
    return sum(t.text in marks for t in span.doc[:span.start]) % 2 == 1


def _repeats(base: "Doc", span: "SpacySpan", anchor: int) -> bool:
    """The inserted words name a thing the base already names elsewhere ("Lahoud, [who won
    the backing of Syria,] has received the backing of Syria"): said twice, or two things
    wired together that the donor may not have meant."""
    named = {t.lemma_.lower() for t in base if t.pos_ in ("NOUN", "PROPN") and t.i != anchor}
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in named for t in span)


def _possessor_away(span: "SpacySpan", have: set[str]) -> bool:
    """The span's possessor is a definite common noun the base does not name ("Gingrich,
    [the party's chief strategist]" where the base names no party): in the donor it meant
    what the donor's sentences before it named."""
    return any(t.dep_ == "poss" and t.pos_ == "NOUN" and t.lemma_.lower() not in have and
               any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in span)


def _has_known_object(span: "SpacySpan", have: set[str]) -> bool:
    """The PP's object is already in the base (said differently elsewhere in it)."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in have for t in span)


def _quoted(text: str) -> bool:
    return any(q in text for q in QUOTES)


def insertable(span: "SpacySpan") -> bool:
    """Short enough (``MAX_INSERT_WORDS``) and free of what an inserted phrase may not carry
    (``_insertable``)."""
    return len([t for t in span if not t.is_punct]) <= MAX_INSERT_WORDS and _insertable(span)


def _insertable(span: "SpacySpan") -> bool:
    """No quotation, negation, hedge or modal (a source's "according" aside), no pronoun
    whose antecedent is outside the phrase ("which [they] want as their capital": the donor's
    "they" means whom the donor named before), no "here" (the donor's dateline) or
    demonstrative ("in [those] areas", ``splice.points_away``) and no word whose sense is
    the donor's context (``CONTEXTUAL``: "head of the [other] center-right party") or a state
    an event of the donor's day brought about (``splice.state_of_its_day``), and no
    comparison whose other term the donor states ("the Palestinian Central Council[, a
    smaller leadership body,]": smaller than the council the donor named first)."""
    if any(t.tag_ in ("PRP", "PRP$") and not any(p.pos_ == "PROPN" for p in span[:t.i - span.start])
           for t in span) or any(points_away(t) or t.lower_ in CONTEXTUAL or state_of_its_day(t) for t in span):
        return False
    if any(t.tag_ in ("JJR", "RBR") for t in span) and not any(t.lower_ == "than" for t in span):
        return False
    return not any(t.text in QUOTES or is_protected_token(t, carried=True) for t in span) or \
        span[0].lower_ == "according"


def splices(base: "Doc", donor: "Doc", donor_id: int, full: "Doc | None" = None) -> list[Fusion]:
    """Word-graph splices of the donor into the base (``splice.py``)."""
    from summarizer.generation import splice

    return [Fusion(text, donor_id, "splice", words) for text, words in splice.splices(base, donor, full)]
