"""Words through which a sentence leans on something it does not say (``nlp/dependence.py``):
a reply answers a statement ("The Romney campaign retorted ..."), and "a ... of its own"
stands beside someone else's ("an ad of its own")."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs (lemmas) of replying: what they answer is said before ("Coulter retorted", "Biden
#: responded: ..."), unless the clause names it ("responded to the report").
REPLY_VERBS = _words("retort respond reply rebut counter")
#: Nouns of a reply: "Menendez's response" answers something too, unless "to" names it.
REPLY_NOUNS = _words("response reply retort rebuttal riposte")
#: Verbs (lemmas) that reply with "back" after them ("fired back", "shot back", "hit back").
BACK_VERBS = _words("fire shoot hit strike push lash snap")
#: Possessive pronouns of "of its own": the thing is one beside another's ("an ad of its own").
OWN_POSSESSIVES = _words("its their his her our my your")
