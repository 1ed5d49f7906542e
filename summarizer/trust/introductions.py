"""People are introduced before they are referred to: a brief must not print "Mr. Morell,
officials said, acted on his own" above the sentence that says who Michael J. Morell is.

A report introduces a person by full name and then writes "Mr. Morell" or "Morell"; a brief
built from several reports can put the short form first. ``introduction_order`` moves the
sentence that gives the full name up to just before the first sentence that uses only the
short form (within one event, so events stay together).

``introduce_names`` goes further: a person the brief names only by surname ("Ms. Lauten",
"Bruning") and introduces nowhere before gets, in place of that first mention, the full name
the sentence's report gave before it ("Elizabeth Lauten"), when the report gives exactly one,
the mention is not inside a quotation, and the brief still fits its budget (a title swapped
for a first name costs no word). The brief records the rewrite (kind "name").

Which mentions need a name and what the name costs is decided once, here
(``needed_introductions``, ``NameNeeds``): the concept ILP reads the same answer and keeps
room in the budget for every person its brief would name by surname without a sentence that
introduces them (``NameNeeds.reserve``), so the rewrite fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Hashable, Iterable, Mapping, Sequence

from summarizer.text import COURTESY_NAME_RE, TITLES, is_courtesy_title
from summarizer.trust.fullnames import elsewhere_with

if TYPE_CHECKING:
    import numpy as np

    from summarizer.brief import BriefSentence
    from summarizer.budget import Budget
    from summarizer.corpus import Corpus


_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*")


def short_forms(text: str) -> set[str]:
    """Surnames the sentence gives only behind a courtesy title ("Mr. Morell")."""
    return {m.group(1) for m in COURTESY_NAME_RE.finditer(text)} - full_names(text)


def full_names(text: str) -> set[str]:
    """Surnames the sentence gives with a first name or initial before them ("Michael J.
    Morell", "Susan Rice"): a capitalised word that is not a title, then the surname."""
    words = text.split()
    found = set()
    for before, word in zip(words, words[1:]):
        surname = re.sub(r"['’]s$", "", word.strip(".,;:!?\"'()”“’"))  # "Obama's"
        if not surname[:1].isupper() or not _CAPITALISED.fullmatch(before):
            continue
        if before.rstrip(".").lower() not in TITLES:
            found.add(surname)
    return found


def introduction_order(texts: Sequence[str], groups: Sequence[Hashable] | None = None) -> list[int]:
    """A permutation of ``range(len(texts))``: the given order, except that a sentence giving
    a person's full name moves up to just before the first sentence of its group that gives
    only the short form ("Mr. Morell") or, in English, the bare surname ("Bruning said",
    when spaCy reads a person's full name in the later sentence). Each sentence moves at
    most once, so the result is well defined."""
    groups = list(groups) if groups is not None else [None] * len(texts)
    order = list(range(len(texts)))
    moved: set[int] = set()
    position = 0
    while position < len(order):
        introducer = _later_introducer(texts, groups, order, position, moved)
        if introducer is None:
            position += 1
            continue
        order.remove(introducer)
        order.insert(position, introducer)
        moved.add(introducer)
    return order


def named_alone(text: str) -> set[str]:
    """Surnames the sentence gives without the full name: behind a courtesy title or bare."""
    return short_forms(text) | _bare_surnames(text)


def _bare_surnames(text: str) -> set[str]:
    """Surnames the sentence gives alone without a title ("Bruning said ..."), English only."""
    from summarizer import language

    if language.current() != language.ENGLISH or not _SURNAME_LIKE.search(text):
        return set()
    from summarizer.nlp.load import parse

    return {surname for _, _, surname in _surname_mentions(parse(text))} - full_names(text) - short_forms(text)


def _people_in_full(text: str) -> set[str]:
    """Last words of the names spaCy reads as a person's full name in the sentence."""
    from summarizer.nlp.load import parse
    from summarizer.nlp.titles import name_words

    words = (name_words(e) for e in parse(text).ents if e.label_ == "PERSON")
    return {w[-1] for w in words if len(w) >= 2}


#: A capitalised word of three letters or more: a sentence without one names nobody alone.
_SURNAME_LIKE = re.compile(r"\b[A-Z][\w'’-]{2,}")


def _later_introducer(texts: Sequence[str], groups: Sequence[Hashable], order: list[int],
                      position: int, moved: set[int]) -> int | None:
    here = order[position]
    titled, bare = short_forms(texts[here]), _bare_surnames(texts[here])
    if not titled and not bare:
        return None
    for later in order[position + 1:]:
        if later in moved or groups[later] != groups[here]:
            continue
        given = full_names(texts[later]) & (titled | bare)
        if given & titled or (given and given & _people_in_full(texts[later])):
            return later
    return None


@dataclass(frozen=True)
class Introduction:
    """A mention by surname alone (characters ``start:end`` of a sentence, with its courtesy
    title: "Ms. Lauten") and the full name its report gave before ("Elizabeth Lauten")."""

    start: int
    end: int
    surname: str
    name: str

    def applied(self, text: str) -> str:
        name = self.name[:1].upper() + self.name[1:] if not text[:self.start].strip() else self.name
        return text[:self.start] + name + text[self.end:]


def needed_introductions(corpus: "Corpus", sentence_id: int, text: str) -> list[Introduction]:
    """The first mention of each person that ``text`` (the brief's wording of the sentence)
    names by surname alone without giving the full name itself, for which the report gives
    one full name before the sentence (``_full_name``). English only (spaCy's entities)."""
    from summarizer import language
    from summarizer.nlp.load import parse
    from summarizer.nlp.titles import has_title, titled

    if language.current() != language.ENGLISH or not _named_before(corpus, sentence_id, text):
        return []
    own, found = full_names(text), {}
    doc = parse(text)
    people = {t.text for t in doc if t.ent_type_ == "PERSON"}
    for start, end, surname in _surname_mentions(doc):
        if surname in own or surname in found:
            continue
        name = _full_name(corpus, sentence_id, surname, elsewhere=surname in people)
        if name is not None and not has_title(doc, start):
            name = titled(_earlier_with(corpus, sentence_id, surname), name)
        if name is not None:
            found[surname] = Introduction(_with_particles(text, start, name), end, surname, name)
    return list(found.values())


def _named_before(corpus: "Corpus", sentence_id: int, text: str) -> bool:
    """Whether a capitalised word of ``text`` stands after another word in the report before
    the sentence, as a surname in a full name does, or after a capitalised word in another
    report of the set (a cheap test that spares most parses)."""
    from summarizer.selection.printing import report_sentences

    sentence = corpus.sentences[sentence_id]
    earlier = " ".join(s.text for s in report_sentences(corpus, sentence, 0, sentence.index))
    words = sorted(set(re.findall(r"\b[A-Z][\w'’-]{2,}", text)))
    return any(re.search(r"\S\s+" + re.escape(w) + r"\b", earlier) for w in words) or \
        any(elsewhere_with(corpus, sentence_id, w) for w in words)


def _with_particles(text: str, start: int, name: str) -> int:
    """Where the mention starts once the words of ``name`` it already has before the surname
    are taken in ("bin Laden" for "Osama bin Laden": never "bin Osama bin Laden")."""
    for word in reversed(name.split()[:-1]):
        head = text[:start].rstrip()
        if not head.endswith(word) or head[:-len(word)][-1:].isalnum():
            break
        start = len(head) - len(word)
    return start


@dataclass
class NameNeeds:
    """Per candidate sentence id: what introducing each surname it uses alone would add to
    its cost (``needs``) and the surnames it introduces itself (``introduces``)."""

    needs: dict[int, dict[str, int]] = field(default_factory=dict)
    introduces: dict[int, frozenset[str]] = field(default_factory=dict)

    def reserve(self, chosen: Iterable[int]) -> int:
        """The budget a brief of ``chosen`` keeps for names: ``reserve_for`` each surname."""
        chosen = list(chosen)
        surnames = sorted({p for j in chosen for p in self.needs.get(j, {})})
        return sum(self.reserve_for(p, chosen) for p in surnames)

    def reserve_for(self, surname: str, chosen: Iterable[int]) -> int:
        """None when a chosen sentence introduces the person, else the dearest introduction
        among the chosen sentences naming them alone (whichever comes first in reading order
        is the one rewritten)."""
        chosen = list(chosen)
        if any(surname in self.introduces.get(j, frozenset()) for j in chosen):
            return 0
        return max((self.needs.get(j, {}).get(surname, 0) for j in chosen), default=0)

    def added(self, chosen: list[int], candidates: Iterable[int]) -> list[int]:
        """What adding each candidate to ``chosen`` changes in ``reserve`` (a sentence that
        introduces a person frees what was kept for them: it can be negative)."""
        kept = self.reserve(chosen)
        return [self.reserve(chosen + [j]) - kept for j in candidates]

    def added_open(self, chosen: list[int], pool: list[int], open_: "np.ndarray") -> "np.ndarray":
        """``added`` for the ``pool`` positions ``open_`` marks, 0 at the others (the greedy
        solver's view: one entry per pool sentence)."""
        import numpy as np

        extra = np.zeros(len(pool))
        if self.needs:
            where = np.flatnonzero(open_)
            extra[where] = self.added(chosen, [pool[k] for k in where])
        return extra


def name_needs(corpus: "Corpus", budget: "Budget", wordings: Mapping[int, str],
               needing: Iterable[int] | None = None) -> NameNeeds:
    """``NameNeeds`` of the sentences ``wordings`` maps to the text a brief prints for them
    (the needs of those in ``needing`` only, None: all; who introduces whom, of all); a cost
    is what the rewrite adds in the budget's unit (none for a title swapped for a first name
    in words, or in sentences)."""
    from summarizer.nlp.load import parse, parse_all

    found = NameNeeds()
    asked = wordings if needing is None else {j: wordings[j] for j in needing}
    named = {j: t for j, t in asked.items() if _named_before(corpus, j, t)}
    parse_all(sorted(set(named.values())))  # one batch each, cached: the recogniser's cost is per call
    parse_all(sorted({earlier for j, t in named.items() for _, _, surname in _surname_mentions(parse(t))
                      for earlier in _earlier_with(corpus, j, surname)}))  # other reports: only when asked
    for j, text in asked.items():
        before = budget.cost(text)
        needs = {i.surname: max(0, budget.cost(i.applied(text)) - before)
                 for i in needed_introductions(corpus, j, text)}
        if needs:
            found.needs[j] = needs
    needed = {surname for needs in found.needs.values() for surname in needs}
    for j, text in wordings.items():
        # as ``introduction_order`` reads it, so that it moves the sentence up to the first mention
        given = full_names(text) & needed
        found.introduces[j] = frozenset(given & _people_in_full(text) if given else ())
    return found


def introduce_names(corpus: "Corpus", sentences: Sequence["BriefSentence"],
                    budget: "Budget") -> list["BriefSentence"]:
    """The brief's sentences (in reading order) with each person's first mention by surname
    alone replaced by the full name its report gave before, when nothing earlier in the
    brief gives it (see the module's docstring). English only (spaCy's entities). A
    disputed sentence is printed as the reports' own words (``render.accounts``), so its
    names are left as its report wrote them."""
    out = list(sentences)
    introduced: set[str] = set()
    for n, sentence in enumerate(out):
        if sentence.sentence_id is not None and _reports_words(sentence) and sentence.disputed is None:
            out[n] = _introduced(corpus, sentence, introduced, out, n, budget)
        introduced |= full_names(out[n].text)
    return out


def names_overrun(corpus: "Corpus", sentences: Sequence["BriefSentence"], budget: "Budget") -> int:
    """How far the brief of ``sentences`` (reading order) would exceed ``budget`` with
    every introduction ``introduce_names`` makes given room (0 or less: they all fit)."""
    roomy = replace(budget, size=10**9)
    return budget.used(s.text for s in introduce_names(corpus, sentences, roomy)) - budget.size


def _reports_words(sentence: "BriefSentence") -> bool:
    """The sentence prints reports' words: kept, or compressed or fused by ``abstractive``
    (constituents deleted, a report's phrase inserted), not a model's free rewrite
    (``abstractive-full``: kept and rewritten)."""
    return sentence.operation != "kept" or not sentence.rewritten


def _introduced(corpus: "Corpus", sentence: "BriefSentence", introduced: set[str],
                brief: list["BriefSentence"], n: int, budget: "Budget") -> "BriefSentence":
    """The sentence with every needed introduction that fits applied (right to left, so
    the character spans stay valid), each recorded as a rewrite."""
    from summarizer.selection.printing import Rewrite

    text, done = sentence.text, []
    wanted = [i for i in needed_introductions(corpus, sentence.sentence_id, text) if i.surname not in introduced]
    for introduction in sorted(wanted, key=lambda i: -i.start):
        changed = introduction.applied(text)
        if budget.fits([s.text for s in brief[:n]] + [changed] + [s.text for s in brief[n + 1:]]):
            text = changed
            done.append(Rewrite("name", sentence.text[introduction.start:introduction.end], introduction.name))
    if not done:
        return sentence
    return replace(sentence, text=text, rewrites=list(sentence.rewrites) + done[::-1])


#: Entity types a surname standing alone is not read as. Others are: spaCy's small model
#: reads a bare "Dennis" as a nationality (NORP), "Ramos" as an organisation; the
#: report's full names decide (``_full_name``: a PERSON of two words or more).
NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW", "LANGUAGE", "MONEY",
                        "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _surname_mentions(doc) -> list[tuple[int, int, str]]:
    """(start, end, surname) character spans of a name standing alone, with the courtesy
    title before it if any ("Ms. Lauten", "Bruning"), outside quotation marks: a proper noun
    with no other proper noun beside it, that spaCy does not read as a place or an
    organisation (``NOT_PEOPLE``; whether it is a person the report's full names decide,
    ``_full_name``)."""
    from summarizer.nlp.attribution import quoted_mask
    from summarizer.nlp.load import with_entities

    inside = quoted_mask(doc)
    with_entities(doc)
    found = []
    for token in doc:
        if not _capitalised_word(token) or not _could_be_surname(token.text) or inside[token.i] \
                or token.ent_type_ in NOT_PEOPLE:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        title = before if before is not None and is_courtesy_title(before.text) else None
        if (before is not None and _capitalised_word(before) and title is None) or \
                (after is not None and _capitalised_word(after)) or (title is None and _modifier(token)):
            continue
        found.append(((title or token).idx, token.idx + len(token.text), token.text))
    return found


def _modifier(token) -> bool:
    """A name that modifies a common noun ("the Obama administration", "Obama campaign
    spokeswoman Lis Smith"): it names an administration or a campaign, which needs no first
    name ("the Barack Obama administration" reads worse, not clearer)."""
    return token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i


def _capitalised_word(token) -> bool:
    """A capitalised word that is not a function word ("The"). Not the tagger's proper
    nouns: spaCy's small model reads a bare "Bruning, a Republican, blamed ..." as a verb."""
    return token.text[:1].isupper() and not token.is_stop


def _could_be_surname(word: str) -> bool:
    """"Bruning", "McCarthy", "O'Rourke"; not an initial, an acronym or a compound ("R",
    "AARP", "U.S.-Israel")."""
    return len(word) >= 3 and not word.isupper() and word.replace("'", "").replace("’", "").isalpha()


def _earlier_with(corpus: "Corpus", sentence_id: int, surname: str) -> list[str]:
    """The report's sentences before this one that hold ``surname``, as parsed."""
    from summarizer.selection.printing import report_sentences
    from summarizer.selection.rules import stripped

    sentence = corpus.sentences[sentence_id]
    return [stripped(s.text) for s in report_sentences(corpus, sentence, 0, sentence.index) if surname in s.text]


def _full_name(corpus: "Corpus", sentence_id: int, surname: str, elsewhere: bool = True) -> str | None:
    """The one full name ("Elizabeth Lauten") the report gives for ``surname`` before the
    sentence; when it gives none and ``elsewhere`` (the recogniser reads the mention as a
    person: a lone "Democrats" or "Medicare" is not looked up in other reports), the one the
    other reports of the set give ("Mr. Obama" in a report that never writes "Barack
    Obama"). None when none is given or two different ones are ("Paul Ryan", "Jack Ryan")."""
    return (_one_full_name(_earlier_with(corpus, sentence_id, surname), surname)
            or (_one_full_name(elsewhere_with(corpus, sentence_id, surname), surname) if elsewhere else None))


def _one_full_name(texts: list[str], surname: str) -> str | None:
    """The longest PERSON of two words or more ending with ``surname`` in ``texts``, when
    every such name is part of it; else None."""
    from summarizer.nlp.load import parse_all
    from summarizer.nlp.titles import name_words

    forms = set()
    for doc in parse_all(texts):
        for ent in doc.ents:
            words = name_words(ent) if ent.label_ == "PERSON" else []
            if len(words) >= 2 and words[-1] == surname:
                forms.add(" ".join(words))
    longest = max(forms, key=lambda f: (len(f.split()), f), default=None)
    if longest is None or not all(set(f.split()) <= set(longest.split()) for f in forms):
        return None
    return longest
