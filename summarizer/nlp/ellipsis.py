"""A verb phrase the sentence leaves out, to be read from the sentence before it.

"Several other governors followed suit", "Officials said he did so to avoid a trial",
"Mayor Ruiz did the same", "Patti Davis, the daughter of Ronald Reagan, could relate": each
stands for an act or a view its report told just before, which a brief that takes the
sentence alone does not tell (a reader of a basil-dev brief met "could relate" with nothing
to relate to). ``elided`` finds such a verb; ``dependence.dependent_reference`` reads it
with the sentence's other outside references. The sentence itself may give what is left
out ("He promised to resign and did so on Friday": a verb of its own before the pro-verb);
nothing else excuses it, since which act of the brief the ellipsis stands for cannot be told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.nlp.attribution import quoted_mask
from summarizer.text.lexicon import ATTRIBUTION_VERBS, BARE_ELLIPTICAL_VERBS, PRO_VERB_COMPLEMENTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependencies through which a verb takes what it is about ("agreed to pay", "agreed that
#: ...", "could relate to her story"); a time ("agreed on Friday") is not one of them.
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "acomp", "attr", "dative", "oprd", "prep", "advcl"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def elided(doc: "Doc") -> "Token | None":
    """The verb of a pro-verb phrase ("did so", "do the same", "did likewise", "followed
    suit") or an elliptical verb with no complement ("could relate", "Most Republicans
    agreed."), outside quotation marks, with no verb of the sentence's own before it to
    stand for; None otherwise."""
    quoted = quoted_mask(doc)
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or quoted[verb.i]:
            continue
        if (_pro_verb(verb) or _bare(verb)) and not antecedent_in_sentence(verb):
            return verb
    return None


def _pro_verb(verb: "Token") -> bool:
    """"did so", "do the same", "did likewise", "followed suit"."""
    lemma = verb.lemma_.lower()
    if lemma == "do":
        return any(c.lower_ in PRO_VERB_COMPLEMENTS and c.dep_ in ("advmod", "dobj") for c in verb.children)
    return lemma == "follow" and any(c.lower_ == "suit" and c.dep_ == "dobj" for c in verb.children)


def _bare(verb: "Token") -> bool:
    """A verb of ``BARE_ELLIPTICAL_VERBS`` with nothing it is about ("could relate")."""
    if verb.lower_ not in BARE_ELLIPTICAL_VERBS:
        return False
    return not any(c.dep_ in _COMPLEMENTS and not _time_phrase(c) for c in verb.children)


def _time_phrase(token: "Token") -> bool:
    """"on Friday", "after the vote"'s kind: a phrase of time, no complement."""
    return token.dep_ == "prep" and any(t.ent_type_ in _TIME_ENTITIES for t in token.subtree if t is not token)


def antecedent_in_sentence(token: "Token") -> bool:
    """A verb before ``token`` in the sentence that tells an act of its own: not an auxiliary,
    and not a verb of saying unless ``token``'s verb is coordinated with it ("He promised to
    resign and did so", "Dalton resigned, and Ruiz followed suit", "Greene accused him ...,
    and then claimed ..."; not "Officials said Ruiz then resigned")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(t.pos_ == "VERB" and (t.lemma_.lower() not in ATTRIBUTION_VERBS or verb in t.conjuncts)
               for t in token.doc[:token.i])
