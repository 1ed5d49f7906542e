"""Word classes of deletion-only compression, derived from :mod:`summarizer.text.lexicon`.

Protected words (``NEGATIONS``, ``HEDGES``, ``ATTRIBUTION``, ``NUMBER_WORDS``) may never be
deleted; the grammar classes decide where a gap may open and close.
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import (
    ALLEGATION_WORDS,
    AUXILIARIES,
    CONJUNCTIONS,
    CONNECTIVES,
    COUNT_NOUNS,
    DETERMINERS,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    MODALS,
    NEAR_NEGATIONS,
    NEGATING_FORMS,
    NUMBER_WORDS as NUMBER_VALUES,
    ORDINALS,
    PREPOSITIONS,
    REPORTING_VERBS,
    SCALES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from summarizer.text.lexicon import NEGATIONS as _NEGATORS

#: Lexicon words compression has never protected: protecting them (so they are never
#: deleted) changes outputs and waits for a measured check.
_UNPROTECTED_HEDGES = frozenset(
    "allegation allegations appearing belief believe believes expect expecting expects maybe "
    "presumably seeming suggest suggested suggests think thinks thought".split()
)
_UNPROTECTED_REPORTING = frozenset(
    "accuse accuses accusing acknowledge acknowledges add adds affirmed announce announces "
    "argue argues cite cited cites commented continued declared describe described describes "
    "describing explain explained explains hail hailed hails indicated insist insists note "
    "noted notes observed quote quoted quotes reaffirm reaffirmed reaffirms remarked report "
    "state stress stressed stresses tell warn warns".split()
)

NEGATIONS = _NEGATORS | NEGATING_FORMS | NEAR_NEGATIONS
#: Hedges and the quantity words that soften a number ("about", "nearly", "only"). "will"
#: and "shall" state a future, not a doubt.
HEDGES = (
    (MODALS - {"will", "shall"}) | HEDGE_ADVERBS | HEDGE_VERBS | ALLEGATION_WORDS
    | frozenset("estimated nearly almost about approximately some only".split())
) - _UNPROTECTED_HEDGES
ATTRIBUTION = REPORTING_VERBS - _UNPROTECTED_REPORTING
NUMBER_WORDS = (
    frozenset(NUMBER_VALUES) | frozenset(SCALES) | frozenset(COUNT_NOUNS)
    | frozenset(ORDINALS[:5]) | {"half", "percent", "last"}
)
FUNCTION_WORDS = frozenset(
    "a an the this that these those there here it its it's they them their we our us you your "
    "he his him she her i my me who whom whose which what when where why how while if then "
    "than as at by for from in into of off on onto out over to up with within and but or so "
    "yet also after before since until because although though despite during however "
    "meanwhile moreover furthermore nevertheless nonetheless instead thus therefore still "
    "indeed earlier later today yesterday now once all both each every many much most more "
    "other such".split()
)
LEADING_CONNECTIVES = CONNECTIVES
CLAUSE_PUNCT = (",", ";", ":", "—", "–")
#: A clause's subject: personal pronouns, relatives and "there".
_SUBJECTS = SUBJECT_PRONOUNS | {"who", "which", "that", "there"}
# Words that need what follows them: "a conference aimed [at ending the conflict]".
_NEEDS_COMPLEMENT = frozenset(
    "aimed based focused designed intended committed related due able used linked tied "
    "compared referred prior subject".split()
)
# "of", "than", "as" and "like" are never phrase edges: they hang on the word before them
# ("the sidelines of a summit", "sooner rather than later", "as a follow-on to").
_NOT_EDGES = frozenset({"of", "than", "as", "like"})

# The grammar rules. Without a parser they are conservative: a gap (words dropped between
# two kept words) is a lone adverb or a whole phrase, and the sentence keeps its subject.
#
# No gap right after these: "the [very large] number" would be fine, but nothing here can
# tell an adjective from a noun ("the [militants] are").
NO_GAP_AFTER = DETERMINERS | PREPOSITIONS | _NEEDS_COMPLEMENT
# No gap ending with these: the next kept word would lose its article, preposition,
# auxiliary or subject ("summit [in] Brunei", "that [they] might not").
NO_GAP_ENDING_WITH = (
    DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | _SUBJECTS | SUBORDINATORS
    | _NEEDS_COMPLEMENT | {"how", "what", "why", "whether"}
)
# A phrase gap starts with one of these. Not "to": what follows it is mostly a complement
# ("an ability [to make a difference]", "a desire [to resolve]").
GAP_OPENERS = (
    (PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS) - _NOT_EDGES - {"to"}
)
# Unless it ends with a comma, a phrase gap must be followed by a clause-level word. Not a
# preposition or "to": it may hang on a noun inside the gap ("haven't been [on the same
# page] with Syria", "interests [with respect] to Syria"). Not a conjunction: "They agreed
# [to be inclusive] and protect". Not a verb: "In addition, [several groups] say" drops a
# subject.
GAP_FOLLOWERS = SUBORDINATORS | AUXILIARIES | {"that"}
# A phrase gap may not hold a clause of its own: "forward [on the basis of what has already]
# been agreed" cuts one in half, "called [for the next round of talks to be held ...,]" takes
# the verb's complement.
CLAUSE_MARKERS = SUBORDINATORS | AUXILIARIES | {"that", "what", "how", "why", "whether"}
# Single words that can go on their own ("has [already] shown"), besides "-ly" adverbs.
DROPPABLE_ADVERBS = frozenset(
    "already also very just even really quite still currently recently too further again".split()
)
# The output may not end on these ("... the use of.", "... a conference aimed.").
DANGLING = (
    DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | SUBORDINATORS | _NEEDS_COMPLEMENT
)
# A dropped tail starts a phrase of its own: "[in Brunei on Tuesday]", "[, although ...]";
# a tail opening with a conjunction goes only after a comma ("both the regime [and the
# opposition]" loses a participant).
TAIL_OPENERS = GAP_OPENERS
# Words whose presence shows a clause has a verb (the post-check's cheap stand-in for POS).
VERB_HINTS = AUXILIARIES
# A word that makes the next one protected too: "according to" must stay whole.
BINDS_NEXT = frozenset({"according"})

EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?…—–-"
# "‘’" are left out: "’" is also the apostrophe of "Syria’s".
CLOSERS = {'"': '"', "“": "”", "«": "»", "(": ")", "[": "]"}
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*$")

DEFAULT_PROMPT = (
    "Shorten the sentence below by deleting the words that are least important. "
    "Do not add, change or reorder words. The result must still be a grammatical "
    "sentence with the same meaning.\n\nSentence: {sentence}"
)
