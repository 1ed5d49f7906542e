"""The guard's vocabularies, derived from :mod:`summarizer.text.lexicon`.

Where the guard reads a word class more narrowly or widely than the lexicon's list, the
derivation says so next to it.
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import (
    ALLEGATION_WORDS,
    BE_FORMS,
    BELIEF_VERBS,
    CONDITIONALS,
    FUTURE_MODALS,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    INTENT_VERBS,
    MONTHS,
    NEGATING_FORMS,
    NEGATING_VERBS,
    NEGATIONS,
    NUMBER_WORDS,
    OBLIGATION_WORDS,
    ORDINALS,
    POSSIBILITY_MODALS,
    QUANTITY_QUALIFIERS,
    REPORTING_VERBS,
    SAY_VERBS,
    SCALES,
)


#: Closed-class words a rewrite may add without support: they carry grammar, not facts.
#: Words with meaning of their own (before/after, only, all, because, new...) are NOT here,
#: nor deictic or linking words that can move a fact in time or add one ("this month" for
#: "last month", "then", "so", "other").
FREE_WORDS = frozenset(
    """a an the that those such
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs himself herself itself themselves ourselves who whom whose which what whatever
    be am is are was were been being has have had having do does did doing done
    of in on at to for with by from into onto upon about as through across between among
    during within via toward towards per like including
    and or but than also both either each own there here
    one's it's he's she's that's there's they're we're you're i'm they've we've i've""".split()
) | SAY_VERBS

#: Cue classes for rule 3. A cue governs the content words after it in its clause.
NEGATION = "negation"
HEDGE = "hedge"
OBLIGATION = "obligation"
FUTURE = "future"
INTENT = "intent"

#: "seemingly" and "purportedly" are hedges in the lexicon but were never guard cues; adding
#: them changes verdicts, so that waits for a labeled check.
_GUARD_HEDGE_ADVERBS = HEDGE_ADVERBS - {"seemingly", "purportedly"}

CUES: dict[str, frozenset[str]] = {
    NEGATION: NEGATIONS | NEGATING_FORMS | NEGATING_VERBS,
    HEDGE: POSSIBILITY_MODALS | _GUARD_HEDGE_ADVERBS | HEDGE_VERBS | CONDITIONALS
    | ALLEGATION_WORDS,
    OBLIGATION: OBLIGATION_WORDS,
    FUTURE: FUTURE_MODALS,
    INTENT: INTENT_VERBS,
}
CUE_CLASS: dict[str, str] = {w: cls for cls, ws in CUES.items() for w in ws}
#: Grammatical cues: the cue rule alone judges them (a kept "might" may become "may"), so
#: they need no support of their own. Lexical cues ("urged", "failed") still do.
FUNCTION_CUES = (NEGATIONS | {"cannot"} | POSSIBILITY_MODALS | FUTURE_MODALS | CONDITIONALS
                 | OBLIGATION_WORDS - {"need", "needs", "needed"})

#: Words after which a cue is an elliptical comparison that governs nothing: "took hours
#: longer than planned and gave the six astronauts ...", "as expected, the Senate passed".
COMPARISONS = frozenset({"than", "as"})

#: Cues whose complement starts after a following "to"/"for" ("failed to agree", "called for").
COMPLEMENT_CUES = INTENT_VERBS | frozenset(
    "fail failed fails failing refuse refused refuses refusing unable seem seems seemed "
    "appear appears appeared need needs needed ought".split()
)


#: Verbs that attribute a statement to a speaker (rule 4). Belief verbs count: '"We
#: believe ...," said Kerry' reports a belief. Not "denied", "denies" (negation cues here),
#: and not the reporting verbs the guard never listed (a change waits for a labeled check).
ATTRIBUTION = (REPORTING_VERBS | BELIEF_VERBS) - frozenset(
    "denied denies confirmed asserted declared remarked commented observed continued affirmed "
    "indicated".split()
)


#: Attribution verbs that have no other common sense in news text.
PLAIN_ATTRIBUTION = SAY_VERBS | {"according"}
#: Participles that attribute in the passive whatever their subject ("Ocalan, the rebel
#: leader, is believed held"): someone unnamed holds it so; other verbs' passives
#: ("were added to the list") attribute nothing.
HEARSAY_PARTICIPLES = frozenset("believed thought claimed reported".split())

#: Words before a number that change the quantity it states (rule 2), by meaning: the
#: lexicon's classes; "more than" and "at least" are one class here (both a lower bound).
QUALIFIERS: dict[tuple[str, ...], str] = {
    phrase: {"more than": ">", "at least": ">", "less than": "<", "nearly": "~<",
             "about": "~", "at most": "<=", "only": "only"}[meaning]
    for phrase, meaning in QUANTITY_QUALIFIERS.items()
}

NUMBER_VALUES: dict[str, str] = {w: str(n) for w, n in NUMBER_WORDS.items()} | {
    w: str(n) for w, n in SCALES.items() if w != "trillion"} | {"dozen": "12"}
ORDINAL_VALUES = {w: f"{i + 1}th" for i, w in enumerate(ORDINALS)}
MONTH_NAMES = frozenset(MONTHS)
PASSIVE_BE = BE_FORMS - {"am"}
FINITE_AUX = frozenset("is are was were has have had will would".split())

#: Irregular verb forms the Porter stemmer cannot join to their base ("met" / "meeting").
IRREGULAR = {
    form: base
    for base, forms in {
        "meet": "met", "say": "said", "tell": "told", "hold": "held", "take": "took taken",
        "make": "made", "seek": "sought", "begin": "began begun", "lead": "led",
        "leave": "left", "win": "won", "fight": "fought", "bring": "brought",
        "think": "thought", "give": "gave given", "go": "went gone", "come": "came",
        "see": "saw seen", "speak": "spoke spoken", "write": "wrote written",
        "know": "knew known", "find": "found", "keep": "kept", "feel": "felt", "send": "sent",
        "build": "built", "pay": "paid", "lose": "lost", "strike": "struck", "flee": "fled",
        "catch": "caught", "teach": "taught", "buy": "bought", "run": "ran", "shoot": "shot",
        "stand": "stood", "understand": "understood", "fall": "fell fallen", "rise": "rose risen",
        "choose": "chose chosen", "drive": "drove driven", "break": "broke broken",
        "lay": "laid", "sell": "sold", "withdraw": "withdrew withdrawn", "get": "got gotten",
        "hear": "heard", "mean": "meant", "spend": "spent", "be": "was were been",
        "have": "had has", "do": "did done does", "bear": "bore borne", "forbid": "forbade",
        "grow": "grew grown", "show": "shown", "draw": "drew drawn", "throw": "threw thrown",
        "wear": "wore worn", "arise": "arose arisen", "hide": "hid hidden", "stick": "stuck",
    }.items()
    for form in forms.split()
}
ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
DEMONYM_SUFFIXES = ("ian", "an", "n", "ese", "i", "ish", "ic")
#: Endings of a place whose "-ish" adjective shares only its first three letters ("Sweden" /
#: "Swedish", "Scotland" / "Scottish", "Britain" / "British", "Turkey" / "Turkish").
ISH_PLACE_ENDINGS = ("en", "land", "ain", "ey", "stan")
CLAUSE_SPLIT = re.compile(r'(?<!\d),|,(?!\d)|[;:()"\[\]]|\s--?\s')
SCOPE = 3  # content words after a cue that it governs

#: Pronouns and nouns that can be the subject of an attribution verb.
SPEAKER_WORDS = frozenset(
    "he she they we i officials official sources source spokesman spokeswoman ministry "
    "minister diplomats diplomat government".split()
)


FIRST_PERSON = frozenset("i we".split())
SUBJECT_SKIP = frozenset("also long already again then later earlier repeatedly".split())
#: Words that may follow a speech verb that closes a sentence ('..., Kerry said after
#: meeting Lavrov', '..., the minister told reporters'): not the start of what is reported.
AFTER_SPEECH = frozenset(
    "after at on in during before following from with as while when late earlier last this "
    "today yesterday tonight reporters journalists".split()
)


#: Words that start a new segment for the order rule: two facts joined by "and" or
#: "which" may come from different places (or different sources).
SEGMENT_BREAKS = frozenset(
    "and but or nor while whereas which who whom whose where when that because although though "
    "as after before since until so".split()
)

#: The longest appositive (in words) between a speaker's name and the verb it is the subject
#: of ("Conway, an adviser to the president, said"); longer comma segments are clauses.
APPOSITIVE_WORDS = 12
#: The longest relative clause (in words) describing a speaker there ("Maskhadov, who has been
#: unable to restore law and order in Chechnya since being elected last year, said"): a "who"
#: clause tells who speaks, whatever its length.
SPEAKER_CLAUSE_WORDS = 20
