"""Words that decide whether two reports' accounts are of one thing and so can dispute each
other (``nlp/claims.py``'s death counts, ``trust/stances.py``'s predicates and name slots):
a count of a group is no count of the toll, a verb of leaving with "for" is a going, and a
legislature and one of its chambers are one place of a vote."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Prepositions on a counted noun that make the dead a group by where they were ("259 people
#: aboard the jet and 11 people on the ground", "three people in the car", "12 from Somalia").
PLACING_PREPOSITIONS = _words("aboard on in at inside outside from")
#: Possessive pronouns after "of" that make a count someone's own group ("two friends of hers").
OF_SOMEONE = _words("hers his theirs mine ours yours")
#: Verbs of leaving that, with "for", name where one heads ("left for Libya" is going there).
HEADING_VERBS = _words("leave depart")
#: Names of a whole legislature, and words naming one of its chambers: a vote "in Parliament"
#: and one "in the Chamber of Deputies" are one vote.
LEGISLATURES = _words("parliament congress legislature")
CHAMBERS = _words("house senate chamber deputies assembly commons lords duma representatives bundestag "
                  "bundesrat knesset")
