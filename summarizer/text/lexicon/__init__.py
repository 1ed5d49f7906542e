"""Every word list of the engine, once.

Each list names one kind of word; modules that need a narrower or wider set derive it here or
in their own code from these (``NEGATIONS | NEGATING_FORMS``), with the reason written next
to the derivation, so a difference between two modules is visible instead of hidden in two
literals that drift apart. All entries are lower-case single words (phrases are tuples of
words). Nothing here depends on another module of the package; the tables of other
languages are in ``languages.py`` and imported here.
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
#: Courtesy titles: before a surname ("Ms. Lauten") they refer back to a person the report
#: introduced by full name (``trust.introductions``).
COURTESY_TITLES = _words("mr mrs ms dr")
#: Abbreviated titles and the words they stand for ("Rep. Tim Ryan" is "Representative Tim
#: Ryan"): two descriptions of a person compare by the full word.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "rep": "representative", "reps": "representatives", "sen": "senator", "sens": "senators",
    "gov": "governor", "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
    "adm": "admiral", "capt": "captain", "cmdr": "commander", "maj": "major", "pres": "president",
    "sec": "secretary", "atty": "attorney", "supt": "superintendent", "rev": "reverend"}
#: US state abbreviations in AP style ("Wash. Gov. Jay Inslee", "R-Ky.", "Washington, D.C."): before a
#: title their period does not end the sentence; closing a place after its comma, before a name it does.
STATE_ABBREVIATIONS = _words(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn vt va wash wis wyo d.c n.y n.j n.c s.c n.h n.m n.d s.d r.i w.va")
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
CALENDAR_WORDS = frozenset(WEEKDAYS) | MONTH_WORDS  # days and months, "[Thursday] Primakov" no name or title
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
    "instead thus therefore still indeed separately then"
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
#: Third-person pronouns that need an antecedent.
PRONOUNS = _words("he she it they him her them his its their hers theirs")
#: Offices and institutions a news story fixes without an earlier mention ("The president
#: said", "The governor defended", "The police say"): a definite description of one stands
#: alone.
INSTITUTIONS = _words("president governor mayor government administration police military")
#: Nouns for a person or group whose name the report gave before ("the congressman").
PEOPLE_NOUNS = _words(
    "congressman congresswoman lawmaker senator candidate nominee official spokesman spokeswoman "
    "spokesperson aide lawyer attorney judge suspect gunman shooter man woman men "
    "women boy girl group")
#: People who speak as a group of no one person ("Doctors said his condition ...", "Police
#: said he was shot"): a "he" in what they report is someone named before.
GROUP_SPEAKERS = PEOPLE_NOUNS | _words(
    "doctor physician police prosecutor investigator authority witness officer agent source expert "
    "analyst relative neighbor friend colleague")
#: Heads of a partitive over a set named before ("two of the people", "most of them").
PARTITIVES = _words("one some many most all none each several both few half either neither any")
#: Heads that mean the rest of, or a member of, a set named before ("the other", "the latter").
SET_WORDS = _words("other others latter former rest remainder")
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
#: More pairs of names for one thing that the two sides of a debate choose between, from
#: documented sources rather than from any data set (side 0 is the term one camp adopted,
#: side 1 the other camp's or the wire services' neutral term; a term matches with a plural
#: or past ending). Kept apart from ``LOADED_PAIRS`` because ``LOADED_TERMS`` reads every
#: word of those pairs' first terms as loaded, and "personal" or "account" is not.
#:
#: * Gentzkow & Shapiro, "What Drives Media Slant?" (Econometrica 2010), the phrases that
#:   most tell Republican from Democratic speech in the Congressional Record: "death tax" /
#:   "estate tax" (above), "personal accounts" / "private accounts", "tax relief" / "tax
#:   breaks", "illegal aliens" / "undocumented workers".
#: * The AP Stylebook: "illegal immigrant" and "illegals" dropped in 2013 for wording about
#:   the person ("undocumented" is the advocates' term); "anti-abortion" and "abortion
#:   rights", not "pro-life", "pro-choice" or "pro-abortion"; "partial-birth abortion" only
#:   as what opponents call it; "Democratic Party", not the epithet "Democrat Party".
#: * Frank Luntz's memos and "Words That Work" (2007), the framing advice both camps cite:
#:   "climate change" for "global warming", "energy exploration" for "oil drilling",
#:   "opportunity scholarships" for "vouchers", "government takeover" of health care.
#: * Debates where each camp's term is on the record in the coverage itself: Medicare
#:   "vouchers" / "premium support" (the 2011-12 Ryan budget), "chain migration" /
#:   "family-based immigration", "amnesty" / "path to citizenship", "enhanced
#:   interrogation" / "torture", "entitlements" / "earned benefits".
#: * Headline verbs of attack against the reporting verb ("slammed" above; "assailed",
#:   "lambasted", "excoriated", "castigated", "bashed", "berated" / "criticized"): the
#:   verbs annotators mark as loaded most often in three-outlet coverage (BASIL, Fan et al.
#:   2019) when another outlet reports the same criticism plainly.
PARTISAN_PAIRS: tuple[tuple[str, str], ...] = (
    ("personal account", "private account"), ("tax relief", "tax break"),
    ("illegal alien", "undocumented worker"), ("illegal worker", "undocumented worker"),
    ("illegals", "undocumented immigrant"), ("pro-abortion", "abortion rights"),
    ("partial-birth abortion", "late-term abortion"), ("democrat party", "democratic party"),
    ("climate change", "global warming"), ("energy exploration", "oil drilling"),
    ("opportunity scholarship", "voucher"), ("government takeover", "health care overhaul"),
    ("premium support", "voucher"), ("chain migration", "family-based immigration"),
    ("chain migration", "family reunification"), ("amnesty", "path to citizenship"),
    ("amnesty", "pathway to citizenship"), ("enhanced interrogation", "torture"),
    ("entitlement", "earned benefit"), ("regime", "administration"),
    ("assail", "criticize"), ("lambaste", "criticize"), ("excoriate", "criticize"),
    ("castigate", "criticize"), ("bash", "criticize"), ("berate", "criticize"),
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
#: Joints to the sentence before: none may open one ("[At the end of last month,] though,").
JOINING_ADVERBS = CONNECTIVES | _words("though")
#: Dashes that set off a parenthetical in pairs (em, en, horizontal bar, ASCII double hyphen).
DASHES = frozenset({"—", "–", "―", "--"})
#: Entity types (spaCy) whose differences make two versions of a fact conflict.
NAME_ENTITIES = frozenset({"PERSON"})

# --------------------------------------------------------------------------- other languages
# Tables keyed by ISO 639-1 code live in ``lexicon/languages.py``; imported here so every
# list is read from ``summarizer.text.lexicon``.
from summarizer.text.lexicon.languages import (  # noqa: E402,F401
    NUMBER_WORDS_BY_LANGUAGE,
    SCALES_BY_LANGUAGE,
    QUALIFIERS_BY_LANGUAGE,
    QUALIFIERS_AFTER_BY_LANGUAGE,
    MONTHS_BY_LANGUAGE,
    ORDINAL_DETERMINERS_BY_LANGUAGE,
    TIME_WORDS_BY_LANGUAGE,
    DATE_WORDS_BY_LANGUAGE,
)
from summarizer.text.lexicon.compression import (  # noqa: E402,F401
    ADDING_OPENERS, APPROXIMATORS, ASPECT_ADVERBS, COMPLEMENT_PREPOSITIONS, CONDITION_WORDS, FOCUS_ADVERBS, OPEN_UNITS,
    FREQUENCY_ADVERBS, PERSON_PRONOUNS, QUALIFYING_PHRASES, REASON_PREPOSITIONS, SOURCE_NOUNS, SETTLEMENT_NOUNS,
    EXCHANGE_NOUNS, TIME_PREPOSITIONS, WHEN_OPENERS, RESTRICTIVE_RELATIVES, ABSOLUTE_PREPOSITIONS, MANNER_QUESTIONS)
from summarizer.text.lexicon.fusion import BIRTH_PARTICIPLES, LIFE_STAGES, LONG_AGO_UNITS, NAMING_VERBS, SUMMING_NOUNS  # noqa: E402,F401
from summarizer.text.lexicon.dependence import (BACK_VERBS, BARE_ELLIPTICAL_VERBS,  # noqa: E402,F401
                                                EVEN_PHRASE_OPENERS, OWN_POSSESSIVES, POINTING_OPENERS,
                                                PRO_VERB_COMPLEMENTS, RELATIVE_TIME_ENDS, RELATIVE_TIME_STARTS,
                                                REPLY_NOUNS, REPLY_VERBS, SENTENCE_RELATIVES)
from summarizer.text.lexicon.disputes import CHAMBERS, HEADING_VERBS, LEGISLATURES, OF_SOMEONE, PLACING_PREPOSITIONS  # noqa: E402,F401,E501
from summarizer.text.lexicon.evaluative import DATA_SOURCES, EVALUATIVE_WORDS, HEARSAY_WORDS, LABELLING_VERBS, VOICING_NOUNS  # noqa: E402,F401,E501
from summarizer.text.lexicon.framing import (  # noqa: E402,F401
    ANONYMOUS_GROUPS, COMMENT_VERBS, COMPARATIVE_PREFIXES, DOUBT_NOUNS, DOUBTING_LABELS, ESTIMATE_WORDS, EVIDENCE_NOUNS,
    JUDGING_POLARITY, JUDGING_SUBJECTIVITY, LEANING_POLARITY, LEANING_SUBJECTIVITY, MANNER_HEADS, MOTIVE_NOUNS, MOTIVE_OPENERS, MOTIVE_QUALIFIERS,
    NEWS_SENSE, OPINION_KINDS, REGARD_PARTICIPLES, SCHEMING_NOUNS, SIGNIFICANCE_NOUNS, SIGNIFICANCE_VERBS, SPECULATION_ADVERBS, SUPERLATIVE_ADVERBS,
    QUESTIONING_VERBS, SEEMING_VERBS, SPECULATION_DEGREE, VIEW_VERBS, ZEAL_ADJECTIVES,
)

# --------------------------------------------------------------------------- trust: dependence (summarizer.nlp.references)

#: Nouns after "this"/"that"/"these"/"those" (or "another") that place the sentence in time,
#: not point back at something said before ("this week", "that day", "another term").
DEICTIC_NOUNS = _words(
    "year years week weeks month months day days morning afternoon evening night weekend "
    "time times moment point season summer fall autumn spring winter decade century era "
    "hour hours minute minutes quarter round stage term direction way")
#: Place nouns a demonstrative may use for a place the sentence named before it ("Officials
#: in Hawaii said Obama was born in that state").
PLACE_NOUNS = _words("state city country nation town county region area province island place")
#: Nouns that name a person by their relation to another ("his U.S. counterpart John Kerry"):
#: lent to a sentence that does not name the other, such a title says nothing true.
RELATIONAL_NOUNS = _words("counterpart colleague predecessor successor rival opponent ally boss deputy "
                          "aide partner friend wife husband son daughter brother sister father mother lawyer")
#: Focus particles that presuppose an earlier item of their kind ("X also opposes ...", "Malia
#: even declined"); "as well" (not "as well as") is read as a pair (``EVEN_PHRASE_OPENERS``).
ADDITIVE_PARTICLES = _words("also too again even")
#: Prepositions whose phrase places a thing in time or at an occasion without saying which
#: thing it is ("the statements at a news conference"): they leave a description pointing back.
OCCASION_PREPOSITIONS = _words("at during after before since until amid")
#: Nouns after "the other" that make an idiom, not a second item ("on the other hand").
OTHER_IDIOM_NOUNS = _words("hand side way")

# --------------------------------------------------------------------------- trust: opposite stances (summarizer.text.antonyms)
#: Opposite predicates (spaCy lemmas; side 0, side 1): a lemma of one side and one of the other,
#: both affirmed or both negated by two reports about one thing, give incompatible accounts
#: (``text.antonyms``; curated, no WordNet is installed). One happening told from two sides
#: ("won" / "defeated") is left out, as in ``OUTCOME_OPPOSITES``.
ANTONYM_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (_words(a), _words(b)) for a, b in (
        ("accept", "reject refuse decline"),
        ("support back endorse favor", "oppose"),
        ("allow permit", "ban forbid prohibit bar block"),
        ("admit", "deny"),
        ("agree", "disagree"),
        ("include", "exclude"),
        ("increase raise expand", "decrease reduce cut lower"),
        ("rise grow", "fall shrink decline"),
        ("open", "close"),
        ("win", "lose"),
        ("succeed", "fail"),
        ("strengthen", "weaken"),
        ("lift", "impose"),
        ("praise welcome", "criticize condemn"),
        ("survive", "die"),
        ("arrive", "depart leave"),
        ("start begin", "end stop"),
        ("legal lawful", "illegal unlawful"),
        ("guilty", "innocent"),
        ("true accurate", "false inaccurate"),
        ("alive", "dead"),
        ("possible", "impossible"),
        ("likely", "unlikely"),
        ("willing", "unwilling reluctant"),
        ("safe", "unsafe dangerous"),
        ("constitutional", "unconstitutional"),
        ("present", "absent"),
    ))
#: Past forms of the irregular verbs above, which their stem does not reach.
IRREGULAR_FORMS = frozenset("won lost rose fell grew shrank began left forbade forbidden".split())
