"""Where another report of the set gives a person's full name: a report that writes only
"Mr. Obama" or "Obama" leaves its reader to know who that is, while another outlet's report
of the same story wrote "Barack Obama" (``summarizer.trust.introductions`` names the person
in full from there when the sentence's own report never does).

A first name is read without a list of names: a capitalised word before the surname that
the set never writes in lower case ("Barack", "Donald"; not "President", since the reports
write "the president", nor "The"). Only the first sentences of each report that give the
name so are kept (``ELSEWHERE_SENTENCES``): a report writes a person's full name at its
first mentions, and the recogniser that confirms it is a person runs on those only.
"""

from __future__ import annotations

import functools
import re
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nicknames import NickNamer

    from summarizer.corpus import Corpus

#: Sentences of each other report read for a full name (``elsewhere_with``): a report
#: gives a person's full name at its first mentions.
ELSEWHERE_SENTENCES = 2


def elsewhere_with(corpus: "Corpus", sentence_id: int, surname: str) -> list[str]:
    """The first sentences (``ELSEWHERE_SENTENCES``) of each other report of the set that
    give ``surname`` after a first name ("Barack Obama", not "Mr. Obama" nor "President
    Obama"), as parsed, in report order: where another outlet introduces a person the
    sentence's report names by surname alone."""
    own = corpus.sentences[sentence_id].doc
    return [text for doc, texts in sorted(_full_name_index(corpus).get(surname, {}).items())
            if doc != own for text in texts]


def _full_name_index(corpus: "Corpus") -> dict[str, dict[int, list[str]]]:
    """Per surname, per report: its first sentences (stripped) that put a first name before
    the surname, read as a capitalised word the set never writes in lower case ("Barack
    Obama"; not "President Obama", since the reports write "the president", nor "The Obama
    campaign"); built once per corpus (``_FULL_NAMES``)."""
    from summarizer.selection.rules import stripped

    if corpus not in _FULL_NAMES:
        lower = {w for s in corpus.sentences for w in re.findall(r"\b[a-z][\w'’-]*", s.text)}
        index: dict[str, dict[int, list[str]]] = {}
        for sentence in corpus.sentences:
            for first, surname in sorted(_first_and_surnames(sentence.text)):
                texts = index.setdefault(surname, {}).setdefault(sentence.doc, [])
                if first.lower() not in lower and len(texts) < ELSEWHERE_SENTENCES \
                        and stripped(sentence.text) not in texts:
                    texts.append(stripped(sentence.text))
        _FULL_NAMES[corpus] = index
    return _FULL_NAMES[corpus]


_PAIR = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?=(?:[A-Z]\.\s+)?([A-Z][\w'’-]+))")  # overlapping: "President Barack Obama"


def ambiguous(corpus: "Corpus", surname: str) -> bool:
    """The set gives two or more first names before ``surname`` ("Bill Clinton", "Hillary
    Clinton"): a bare "Clinton" may be either, so nothing may name it in full or describe
    it from another sentence. First names are read as ``_full_name_index`` reads them; a
    first name and its nickname are one ("Richard J. Durbin" / "Dick Durbin": ``same_first``),
    and a capitalised word the recogniser does not read as part of the person's name is none
    ("Thursday Primakov", "Although Hariri", "Senator McCain": ``_confirmed``). A name
    written first, as a family name is in Chinese or Korean order, is ambiguous alike when
    two or more names follow it ("Wang Youcai", "Wang Bingzhang": ``_family_first``)."""
    if corpus not in _FIRSTS:
        lower = {w for s in corpus.sentences for w in re.findall(r"\b[a-z][\w'’-]*", s.text)}
        firsts: dict[str, dict[str, list[str]]] = {}  # surname -> first name -> sentences giving both
        for sentence in corpus.sentences:
            for first, last in sorted(_first_and_surnames(sentence.text)):
                if first.lower() not in lower:
                    firsts.setdefault(last, {}).setdefault(first, []).append(sentence.text)
        _FIRSTS[corpus] = {last for last, names in firsts.items() if _people(set(names)) > 1
                           and _people({f for f, texts in names.items() if _confirmed(f, texts)}) > 1}
        _FAMILY_FIRST[corpus] = {}
    return surname in _FIRSTS[corpus] or _family_first(corpus, surname)


def _family_first(corpus: "Corpus", name: str) -> bool:
    """Two or more names follow ``name`` inside a person's name the recogniser confirms
    ("Wang Youcai", "Wang Bingzhang", "Wang Dan"); judged once per corpus and name."""
    judged = _FAMILY_FIRST[corpus]
    if name not in judged:
        after: dict[str, list[str]] = {}
        for sentence in corpus.sentences:
            for first, last in _first_and_surnames(sentence.text):
                if first == name:
                    after.setdefault(last, []).append(sentence.text)
        judged[name] = len(after) > 1 and sum(_confirmed(name, texts) for texts in after.values()) > 1
    return judged[name]


#: Sentences read for a person's first name (``_confirmed``), the first ones giving it.
CONFIRMING_SENTENCES = 3


def _confirmed(first: str, texts: list[str]) -> bool:
    """spaCy reads ``first`` as a proper noun opening a person's name (the surname after it
    inside the same name) in one of the first ``CONFIRMING_SENTENCES`` of ``texts``; run
    only where a surname has two or more first names."""
    from summarizer.nlp.load import parse_all

    return any(t.text == first and t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.i + 1 < len(doc) and
               doc[t.i + 1].ent_type_ == "PERSON" and doc[t.i + 1].ent_iob_ == "I"
               for doc in parse_all(texts[:CONFIRMING_SENTENCES]) for t in doc)


def same_first(a: str, b: str) -> bool:
    """Two first names one person goes by: the same name, or one a nickname of the other
    ("Dick" / "Richard", "Bill" / "William"; the hand-kept English table of the ``nicknames``
    package). Two nicknames of one name are not taken as one ("Bill" and "Bob" are both
    listed under "Robert")."""
    x, y = a.lower(), b.lower()
    namer = _namer()
    return x == y or x in namer.canonicals_of(y) or y in namer.canonicals_of(x)


def _people(firsts: set[str]) -> int:
    """How many people the first names name at least: names grouped by ``same_first``."""
    groups: list[list[str]] = []
    for name in sorted(firsts):
        group = next((g for g in groups if any(same_first(name, other) for other in g)), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    return len(groups)


@functools.lru_cache(maxsize=1)
def _namer() -> "NickNamer":
    """The nickname table, loaded once."""
    from nicknames import NickNamer

    return NickNamer()


def _first_and_surnames(text: str) -> set[tuple[str, str]]:
    """(first word, surname) of each capitalised pair ("Barack Obama", "Michael J. Morell"),
    the surname without a possessive ending."""
    return {(m.group(1), re.sub(r"['’]s$", "", m.group(2))) for m in _PAIR.finditer(text)}


_FULL_NAMES: "weakref.WeakKeyDictionary[Corpus, dict[str, dict[int, list[str]]]]" = weakref.WeakKeyDictionary()
_FIRSTS: "weakref.WeakKeyDictionary[Corpus, set[str]]" = weakref.WeakKeyDictionary()
_FAMILY_FIRST: "weakref.WeakKeyDictionary[Corpus, dict[str, bool]]" = weakref.WeakKeyDictionary()
