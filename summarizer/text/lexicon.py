"""Every word list of the engine, once.

Each list names one kind of word; modules that need a narrower or wider set derive it here or
in their own code from these (``NEGATIONS | NEGATING_FORMS``), with the reason written next
to the derivation, so a difference between two modules is visible instead of hidden in two
literals that drift apart. All entries are lower-case single words (phrases are tuples of
words). Nothing here depends on another module of the package.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------- polarity

#: Words that negate what follows them.
NEGATIONS = _words("not no never none nobody nothing neither nor without")
#: One-word fusions that negate as well: "can" + "not", "no" + "where".
NEGATING_FORMS = _words("cannot nowhere")
#: Adverbs that nearly negate: "barely survived" is not "survived".
NEAR_NEGATIONS = _words("barely hardly scarcely rarely seldom")
#: Verbs whose complement did not happen: "failed to agree", "refused to sign".
NEGATING_VERBS = _words(
    "fail failed fails failing refuse refused refuses refusing unable deny denied denies "
    "denying reject rejected rejects rejecting lack lacked lacks lacking"
)

# --------------------------------------------------------------------------- modality

#: Modal verbs.
MODALS = _words("can could may might must shall should will would")
#: Modals of possibility: what they govern is not stated as a fact.
POSSIBILITY_MODALS = _words("can could may might")
#: Modals and semi-modals of obligation.
OBLIGATION_WORDS = _words("should must need needs needed ought")
#: Modals of the future or of a condition.
FUTURE_MODALS = _words("will would shall")
#: Adverbs that put a statement in doubt.
HEDGE_ADVERBS = _words(
    "possibly perhaps probably likely unlikely apparently reportedly allegedly presumably "
    "maybe seemingly purportedly effectively"
)
#: Verbs (and a noun) that present a statement as an impression, belief or expectation.
HEDGE_VERBS = _words(
    "seem seems seemed seeming appear appears appeared appearing suggest suggests suggested "
    "believe believes believed belief think thinks thought expect expects expected expecting"
)
#: An accusation is not a finding: "alleged plots" must not become "plots".
ALLEGATION_WORDS = _words("alleged allegation allegations suspected")
#: Conjunctions that make what follows a condition or an open question.
CONDITIONALS = _words("if whether unless")
#: Verbs of intention, attempt, request or commitment: "tried to", "urged", "agreed to".
INTENT_VERBS = _words(
    "try tries tried trying attempt attempts attempted attempting seek seeks sought "
    "seeking aim aims aimed aiming want wants wanted wanting plan plans planned planning "
    "intend intends intended intending propose proposes proposed proposing pledge pledges "
    "pledged pledging promise promises promised promising urge urges urged urging "
    "encourage encourages encouraged encouraging wish wishes wished hope hopes hoped "
    "hoping ask asks asked asking demand demands demanded offer offers offered threaten "
    "threatens threatened vow vows vowed agree agrees agreed agreeing decide decides "
    "decided commit commits committed prepare prepares prepared preparing call calls "
    "called calling push pushes pushed pushing press pressed"
)

# --------------------------------------------------------------------------- attribution

#: Verbs that report speech and have no other common sense in news text.
SAY_VERBS = _words("say says said saying tell tells told")
#: Verbs (and "according") that attribute a statement to a speaker: every form any module
#: treats as attribution. Modules that use fewer subtract them by name.
REPORTING_VERBS = SAY_VERBS | _words(
    "according add adds added state states stated announce announces announced report "
    "reports reported claim claims claimed insist insists insisted note notes noted "
    "acknowledge acknowledges acknowledged argue argues argued warn warns warned explain "
    "explains explained describe describes described describing hail hails hailed reaffirm "
    "reaffirms reaffirmed cite cites cited stress stresses stressed accuse accuses accused "
    "accusing quoted quote quotes denied denies confirmed asserted declared remarked "
    "commented observed continued affirmed indicated"
)
#: Verbs of belief that also attribute ("Kerry believes ...").
BELIEF_VERBS = _words("believe believes believed think thinks thought hope hopes hoped")

# --------------------------------------------------------------------------- quantities

#: Spelled-out numbers up to twenty and the tens, with their value.
NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90}
#: Words that multiply the number before them.
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
                          "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
#: Counting nouns and vague plurals, with a representative value.
COUNT_NOUNS: dict[str, int] = {"dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
                               "millions": 2_000_000, "billions": 2_000_000_000}
#: Spelled-out ordinals.
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth").split()

#: Words before a number that change the quantity it states, grouped by meaning.
QUANTITY_QUALIFIERS: dict[tuple[str, ...], str] = {
    **{q: "more than" for q in [("more", "than"), ("in", "excess", "of"), ("over",),
                                ("above",), ("exceeding",), ("upwards", "of")]},
    **{q: "at most" for q in [("no", "more", "than"), ("at", "most"), ("up", "to"),
                              ("as", "many", "as")]},
    **{q: "at least" for q in [("at", "least"), ("no", "fewer", "than"),
                               ("no", "less", "than")]},
    **{q: "about" for q in [("about",), ("around",), ("approximately",), ("roughly",),
                            ("some",), ("an", "estimated"), ("estimated",)]},
    **{q: "nearly" for q in [("nearly",), ("almost",), ("close", "to"), ("just", "under")]},
    **{q: "less than" for q in [("less", "than"), ("fewer", "than"), ("under",), ("below",)]},
    **{q: "only" for q in [("only",), ("just",)]},
}
#: Qualifiers that are as often a verb's particle or a preposition ("hand over two
#: suspects", "under two flags"): a check that reports a difference to readers leaves them
#: out; the guard keeps them (refusing a faithful rewrite only costs compression).
PARTICLE_QUALIFIERS = frozenset({("over",), ("under",), ("above",), ("below",),
                                 ("exceeding",), ("upwards", "of")})

# --------------------------------------------------------------------------- time

MONTHS = ("january february march april may june july august september october november "
          "december").split()
#: Abbreviations of month names ("Sept." too); "may" is its own abbreviation.
MONTH_ABBREVIATIONS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
MONTH_WORDS = frozenset(MONTHS) | MONTH_ABBREVIATIONS
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
#: Days named relative to the day of writing.
RELATIVE_DAYS = _words("today yesterday tonight tomorrow")
PARTS_OF_DAY = _words("morning afternoon evening night")

# --------------------------------------------------------------------------- grammar

BE_FORMS = _words("am is are was were be been being")
HAVE_FORMS = _words("has have had having")
DO_FORMS = _words("do does did")
AUXILIARIES = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
#: Personal pronouns in subject position, and relatives that can open a clause's subject.
SUBJECT_PRONOUNS = _words("i we you he she they it")
#: Pronouns and determiners that point back at something said before.
ANAPHORS = _words("he she it they his her its their them him this these those")
#: Connectives that link a sentence to the one before it.
CONNECTIVES = _words(
    "and but so yet also however meanwhile moreover furthermore nevertheless nonetheless "
    "instead thus therefore still indeed separately"
)

# --------------------------------------------------------------------------- trust (summarizer.nlp)

#: Lemmas of verbs that attribute a statement or post to a speaker, as spaCy lemmatizes
#: them: the reporting verbs plus the ways news introduces a quotation or a post.
ATTRIBUTION_VERBS = frozenset(w for w in REPORTING_VERBS if not w.endswith(("s", "ed", "ing"))) | _words(
    "say tell add state announce report claim insist note acknowledge argue warn explain "
    "describe cite stress accuse quote deny confirm assert declare remark comment observe "
    "continue affirm indicate ask write tweet post reply respond testify recall admit "
    "concede predict contend maintain suggest joke quip complain vow promise retort "
    "exclaim shout tout boast lament scoff chime echo counter"
)
#: Pronouns of the first person: outside quotation marks in a news sentence they are a
#: speaker's words printed without the marks (a post, a statement, a transcript).
FIRST_PERSON = _words("i me my mine myself we us our ours ourselves")
#: Nouns that, after "the", point back at something the report said just before ("the
#: move", "the spot", "the remarks"): with no antecedent they leave the reader guessing.
ANAPHORIC_NOUNS = _words(
    "move decision spot ad ads remarks remark comment comments statement statements letter "
    "video post tweet tweets incident episode measure proposal plan deal effort idea claim "
    "claims allegation allegations accusation accusations report request order announcement "
    "change changes development news same latter former pair duo trio couple two three"
)
#: Determiners that make a noun phrase point back ("this decision", "such claims").
DEMONSTRATIVES = _words("this that these those such both")
#: Opposite outcomes of one happening: two reports of one fact that use words from the two
#: sides of a pair give incompatible accounts ("ended peacefully" / "clashed with police").
#: Pairs whose sides depend on whose view is told ("won" / "defeated", "confirmed" /
#: "denied") are left out: they name one outcome from two sides.
OUTCOME_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_words("peaceful peacefully calm calmly orderly nonviolent"),
     _words("clash clashed clashes violent violently violence riot rioted riots brawl scuffle scuffled")),
    (_words("acquit acquitted acquittal"), _words("convict convicted conviction")),
    (_words("pass passed approve approved adopt adopted"), _words("fail failed reject rejected defeat defeated")),
)
#: Pairs of terms outlets choose between to name the same thing (loaded wording).
LOADED_PAIRS: tuple[tuple[str, str], ...] = (
    ("illegal immigrant", "undocumented immigrant"), ("illegal alien", "undocumented immigrant"),
    ("illegal immigration", "undocumented immigration"), ("illegal alien", "illegal immigrant"),
    ("regime", "government"), ("pro-life", "anti-abortion"), ("pro-choice", "abortion rights"),
    ("death tax", "estate tax"), ("obamacare", "affordable care act"), ("terrorist", "militant"),
    ("riot", "protest"), ("tax relief", "tax cut"), ("gun rights", "gun control"),
    ("amnesty", "legalization"), ("slam", "criticize"),
    ("radical", "progressive"), ("far-right", "conservative"), ("far-left", "liberal"),
)
#: Nouns and verbs that count casualties: "three workers were killed", "a fourth victim has
#: died", "the death toll rose to four" count one quantity.
CASUALTY_WORDS = _words("kill killed die died dead death deaths toll victim victims fatality fatalities")
#: Determiners and articles.
DETERMINERS = _words(
    "a an the this that these those its their our his her my your some any each every no "
    "another such"
)
PREPOSITIONS = _words(
    "of to in on at by for from with into onto over under about as than via per among between "
    "against toward towards through across along around behind beyond near without within "
    "upon amid after before since until during despite like"
)
CONJUNCTIONS = _words("and or but nor so yet")
#: Words that open a subordinate or relative clause.
SUBORDINATORS = _words(
    "who whom whose which where when while because although though if unless whereas "
    "including amid"
)
#: Words that carry a stance about what they name: a word-for-word substitution between two
#: versions of one fact is loaded wording only when one side uses one of these ("regime" /
#: "government", "terrorists" / "rebels"); otherwise it is phrasing ("blast" / "explosion").
LOADED_TERMS = _words(
    "regime regimes terrorist terrorists terror thug thugs radical radicals extremist "
    "extremists alien aliens illegal illegals amnesty slam slams slammed rant ranted tirade "
    "scheme propaganda invasion invaders mob mobs rioters looters massacre butcher puppet "
    "dictator tyrant junta crony cronies hardline hardliners zealot zealots"
) | frozenset(w for pair in LOADED_PAIRS for w in pair[0].split() if w not in ("tax", "gun", "rights"))

# --- Compression and fusion (summarizer/compress/constituents.py, summarizer/generation/fusion.py) ---
#: Prepositions that usually head a verb's complement ("moved to", "went to"), not an
#: optional modifier: a PP they head is never deleted.
COMPLEMENT_PREPOSITIONS = _words("to into onto")
#: Dashes that set off a parenthetical in pairs (em, en, horizontal bar, ASCII double hyphen).
DASHES = frozenset({"—", "–", "―", "--"})
#: Entity types (spaCy) whose differences make two versions of a fact conflict.
NAME_ENTITIES = frozenset({"PERSON"})
