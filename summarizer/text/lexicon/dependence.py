"""Words through which a sentence leans on something it does not say (``nlp/dependence.py``):
a reply answers a statement ("The Romney campaign retorted ..."), and "a ... of its own"
stands beside someone else's ("an ad of its own"), and an opener points at the sentence before
it ("In response, ...", "Which is why ...", "Two weeks later, ...")."""

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
#: Bare openers that point at the sentence before them ("In response, ...", "Even so, ...").
POINTING_OPENERS = ("in response", "in return", "in turn", "as a result", "even so",
                    "in addition", "by contrast", "in contrast", "on the other hand", "at the time")
#: Relative pronouns that, opening a sentence as its subject or object, stand for the whole
#: sentence before it ("Which is why Mobil and Exxon are considering ..."); as a determiner
#: ("Which countries will join is unclear") they point nowhere.
SENTENCE_RELATIVES = _words("which")
#: Last words of an opening time phrase that counts from the moment of the sentence before
#: ("A few days later, ...", "Two weeks earlier, ..."), and first words of one that names the
#: period after it ("The next day, ...", "The following week, ...").
RELATIVE_TIME_ENDS = _words("later earlier afterward afterwards thereafter")
RELATIVE_TIME_STARTS = ("the next", "the following")
#: Words after "even", beside ``lexicon.SUBORDINATORS``, that open a clause or phrase it is
#: part of ("even as", "even before the vote"), where it is no additive particle.
EVEN_PHRASE_OPENERS = _words("as after before until once")
#: What stands after "do" for an act told before ("did so", "did the same", "did likewise";
#: ``nlp.ellipsis``).
PRO_VERB_COMPLEMENTS = _words("so same likewise")
#: Verbs, in every form, that with nothing they are about stand for a view told before
#: ("Patti Davis could relate", "Most Republicans agreed."; ``nlp.ellipsis``, and the cheap
#: test of ``nlp.dependence`` before it parses).
BARE_ELLIPTICAL_VERBS = _words("relate relates related relating agree agrees agreed agreeing disagree disagrees "
                               "disagreed disagreeing concur concurs concurred concurring")
