"""Words that decide what a fusion may lend from another report (``generation/insertions.py``,
``generation/anchors.py``): a description that sums up the donor's clause says nothing of the
noun it follows, and a name a participle gives another noun is already described."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Nouns that sum up the donor's whole clause rather than describe the noun before them
#: ("Ocalan faces the death penalty in Turkey, [a fact that has heightened opposition]"):
#: lent to another sentence's "Turkey", such an appositive says something of another fact.
SUMMING_NOUNS = _words("fact move step decision development sign measure action reflection indication result "
                       "outcome situation milestone first departure shift reversal turn")
#: Participles that name the noun they describe ("a docking hub [called] Unity"): the name is
#: that noun, already described.
NAMING_VERBS = _words("call name dub title")
