"""Words that decide what a fusion may lend from another report (``generation/insertions.py``,
``generation/anchors.py``, ``generation/moments.py``): a description that sums up the
donor's clause says nothing of the noun it follows, a name a participle gives another noun
is already described, and a title of the donor's day may not have held years before."""

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
#: Units of time long enough that a title or an age of the donor's day may not have held
#: then ("Just four years ago, [Speaker] Gingrich"): weeks and months ago it mostly did.
LONG_AGO_UNITS = frozenset({"year", "years", "decade", "decades"})
#: What someone was at a stage of life ("As a [boy], Voinovich once delivered newspapers"): an
#: age of the donor's day is not the person's age in such a clause.
LIFE_STAGES = _words("boy girl child kid teenager teen youth youngster adolescent schoolboy schoolgirl baby "
                     "infant toddler student undergraduate")
#: Participles of a person's start in life ("Saramago[, 75,] was born into a poor family"): an
#: age of the donor's day is not the person's age then either.
BIRTH_PARTICIPLES = _words("born raised")
