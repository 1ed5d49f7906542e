"""The guard against invented facts: is a generated sentence supported by its sources?

Every abstractive strategy passes each generated sentence through :func:`check` (or a
:class:`Guard`) together with the source sentence(s) it was generated from; a sentence that
fails is replaced by its source sentence(s) (:meth:`Guard.apply`). A small model paraphrases
freely, so the guard is deliberately conservative: refusing a faithful rewrite only costs a
little compression, while accepting an unfaithful one puts a false claim in the brief.

The rules are pure text rules on top of :mod:`summarizer.text` (no model, no data files):

1. **Support** - every number (``93,000`` = ``93000``; ``two`` = ``2``), every name and every
   other content word of the rewrite occurs in the sources, compared by stem (so inflection
   changes pass; irregular verbs too: "met" = "meeting"). Names also match through acronyms
   (``U.S.`` = ``United States``) and demonyms (``Russian`` ~ ``Russia``), and a name is not
   used more often than the sources use it. Only closed-class words (articles, pronouns,
   auxiliaries, prepositions, conjunctions) may be added freely: sumy's stop-word list is
   too broad here, it holds "new", "never", "believe", "likely", "first"...
2. **Quantities** - the qualifier in front of a number survives: "more than 93,000" is not
   "93,000", and "about 70" is not "70".
3. **Polarity and modality** - a negation ("not", "never", "failed to"), a hedge ("may",
   "reportedly", "seems"), an obligation ("should"), a future/conditional ("will", "would")
   or an intention ("tried to", "agreed to", "urged") that governs words the rewrite keeps
   must be kept (with a cue of the same class), and the rewrite may not add one the sources
   do not have around the same words.
4. **Attribution** - when the rewrite repeats what an attributed source reports ("..., Kerry
   said"), it keeps an attribution, and the speaker it names is one of the sources' speakers.
5. **Roles** - for two names and a content word between them in one clause of the rewrite
   ("Russia accused the West"), no source may have them the other way round ("the West
   accused Russia"); a passive that no source uses ("was accused by") is refused.
6. **Order** - two content words next to each other in a clause of the rewrite stand in one
   source sentence in the same order (or a few words apart), so facts are not wired to the
   wrong partner ("met Lavrov in Moscow" from "met Lavrov in Brunei" + "visit to Moscow"),
   and an "A of B" phrase keeps its head and its complement ("prohibit [any use of]
   chemical weapons" is refused).
7. **Form** - the rewrite is a complete sentence (no cut-off generation).

A rewrite that only deletes words from one source passes rules 1, 2 and 7 and most of 6
by construction; rules 3-6 still catch deletions that change the meaning (a dropped "not",
a dropped "said", a dropped head noun).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from summarizer.text import (
    SENTENCE_OPENERS,
    ends_sentence,
    is_number,
    normalize,
    normalize_number,
    split_sentences,
    stem,
    stop_words,
    words,
)

# --------------------------------------------------------------------------- vocabularies

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
    one's it's he's she's that's there's they're we're you're i'm they've we've i've
    said says say saying told tell tells""".split()
)

#: Cue classes for rule 3. A cue governs the content words after it in its clause.
NEGATION = "negation"
HEDGE = "hedge"
OBLIGATION = "obligation"
FUTURE = "future"
INTENT = "intent"

_CUES: dict[str, frozenset[str]] = {
    NEGATION: frozenset(
        "not no never none nobody nothing neither nor without cannot nowhere "
        "fail failed fails failing refuse refused refuses refusing unable deny denied denies "
        "denying reject rejected rejects rejecting lack lacked lacks lacking".split()
    ),
    HEDGE: frozenset(
        "may might could can possibly perhaps probably likely unlikely apparently reportedly "
        "allegedly seem seems seemed seeming appear appears appeared appearing suggest suggests "
        "suggested maybe if whether unless believe believes believed belief think thinks "
        "thought expect expects expected expecting presumably "
        # an accusation is not a finding: "alleged plots" must not become "plots"
        "alleged allegation allegations suspected".split()
    ),
    OBLIGATION: frozenset("should must need needs needed ought".split()),
    FUTURE: frozenset("will would shall".split()),
    INTENT: frozenset(
        "try tries tried trying attempt attempts attempted attempting seek seeks sought "
        "seeking aim aims aimed aiming want wants wanted wanting plan plans planned planning "
        "intend intends intended intending propose proposes proposed proposing pledge pledges "
        "pledged pledging promise promises promised promising urge urges urged urging "
        "encourage encourages encouraged encouraging wish wishes wished hope hopes hoped "
        "hoping ask asks asked asking demand demands demanded offer offers offered threaten "
        "threatens threatened vow vows vowed agree agrees agreed agreeing decide decides "
        "decided commit commits committed prepare prepares prepared preparing call calls "
        "called calling push pushes pushed pushing press pressed".split()
    ),
}
_CUE_CLASS: dict[str, str] = {w: cls for cls, ws in _CUES.items() for w in ws}
#: Grammatical cues: the cue rule alone judges them (a kept "might" may become "may"), so
#: they need no support of their own. Lexical cues ("urged", "failed") still do.
_FUNCTION_CUES = frozenset(
    "not no never none nobody nothing neither nor without cannot may might could can "
    "should must ought will would shall if whether unless".split()
)

#: Cues whose complement starts after a following "to"/"for" ("failed to agree", "called for").
_COMPLEMENT_CUES = _CUES[INTENT] | frozenset(
    "fail failed fails failing refuse refused refuses refusing unable seem seems seemed "
    "appear appears appeared need needs needed ought".split()
)

#: Verbs that attribute a statement to a speaker (rule 4).
ATTRIBUTION = frozenset(
    "say says said saying tell tells told according add adds added state states stated "
    "announce announces announced report reports reported claim claims claimed insist "
    "insists insisted note notes noted acknowledge acknowledges acknowledged argue argues "
    "argued warn warns warned explain explains explained describe describes described "
    "describing hail hails hailed reaffirm reaffirms reaffirmed cite cites cited stress "
    "stresses stressed accuse accuses accused accusing quoted quote quotes believe believes "
    "believed think thinks thought hope hopes hoped".split()
)

#: Words before a number that change the quantity it states (rule 2), by meaning.
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("more", "than"): ">", ("over",): ">", ("above",): ">", ("exceeding",): ">",
    ("at", "least"): ">", ("upwards", "of"): ">",
    ("less", "than"): "<", ("fewer", "than"): "<", ("under",): "<", ("below",): "<",
    ("nearly",): "~<", ("almost",): "~<", ("close", "to"): "~<", ("just", "under"): "~<",
    ("about",): "~", ("around",): "~", ("approximately",): "~", ("roughly",): "~",
    ("some",): "~", ("estimated",): "~", ("an", "estimated"): "~",
    ("up", "to"): "<=", ("as", "many", "as"): "<=", ("only",): "only", ("just",): "only",
}

_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
     "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000",
     "million": "1000000", "billion": "1000000000", "dozen": "12"}
_ORDINALS = {
    w: f"{i + 1}th"
    for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())
}
#: Irregular verb forms the Porter stemmer cannot join to their base ("met" / "meeting").
_IRREGULAR = {
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
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_DEMONYM_SUFFIXES = ("ian", "an", "n", "ese", "i", "ish", "ic")
_PASSIVE_BE = frozenset("is are was were be been being".split())
_CLAUSE_SPLIT = re.compile(r'(?<!\d),|,(?!\d)|[;:()"\[\]]|\s--?\s')
_SCOPE = 3  # content words after a cue that it governs


# --------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class Verdict:
    """The guard's answer: accepted or not, and a short human-readable why when not."""

    accepted: bool
    reason: str | None = None

    def __bool__(self) -> bool:
        return self.accepted


ACCEPT = Verdict(True)


@dataclass(frozen=True)
class Token:
    """One word of a sentence, with what the rules need to know about it."""

    text: str
    lower: str
    stem: str
    index: int
    clause: int
    initial: bool  # first word of a sentence: its capital says nothing about being a name

    @property
    def is_free(self) -> bool:
        return self.lower in FREE_WORDS and not is_acronym(self.text)


@dataclass(frozen=True)
class Cue:
    """A polarity/modality cue and the content words it governs."""

    cls: str
    word: str
    index: int
    scope: tuple[Token, ...]
    triggers: tuple[Token, ...]  # kept in a rewrite, these make the cue compulsory


@dataclass
class Analysis:
    """Everything the rules read from one sentence (a source or the rewrite)."""

    text: str
    tokens: list[Token]
    names: set[int] = field(default_factory=set)  # indexes of name tokens
    memo: dict[str, object] = field(default_factory=dict, repr=False)  # derived views

    @property
    def stems(self) -> set[str]:
        return {t.stem for t in self.tokens}

    def content(self) -> list[Token]:
        return [t for t in self.tokens if not t.is_free]


# --------------------------------------------------------------------------- tokens


def is_acronym(word: str) -> bool:
    """'US', 'U.S', 'NSA': two or more capitals (dots allowed) and no lower-case letter."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def number_value(word: str) -> str | None:
    """The comparable value of a number token, a number word or an ordinal, else None."""
    lower = word.lower()
    if is_number(lower):
        return normalize_number(lower)
    if lower in _NUMBER_WORDS:
        return _NUMBER_WORDS[lower]
    if lower in _ORDINALS:
        return _ORDINALS[lower]
    match = _ORDINAL_DIGITS.match(lower)
    return f"{match.group(1)}th" if match else None


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` (via :func:`summarizer.text.words`) with clause and sentence marks.

    Clauses are cut at commas, semicolons, colons, brackets, quotes and dashes: a cue's
    scope and a role never reach across them.
    """
    out: list[Token] = []
    clause = 0
    for sentence in split_sentences(text) or [normalize(text)]:
        first = True
        for chunk in _CLAUSE_SPLIT.split(sentence):
            for word in words(chunk):
                out.append(Token(word, word.lower(), _stem(word), len(out), clause, first))
                first = False
            clause += 1
    return tuple(out)


def _stem(word: str) -> str:
    """The shared stem, except: numbers by value, "n't" as "not", irregular verbs by base."""
    value = number_value(word)
    if value is not None:
        return value
    lower = word.lower()
    if lower.endswith("n't"):
        return "not"
    return stem(_IRREGULAR.get(lower, lower))


def analyse(text: str, known_names: frozenset[str] = frozenset(),
            known_lower: frozenset[str] = frozenset()) -> Analysis:
    """Tokens plus which of them are names.

    A capitalised word is a name, except a closed-class word ("The", "We") and, at the start
    of a sentence, an ordinary word: a cue, an attribution verb, a common sentence opener,
    an "-ly" adverb, or a word the texts also write in lower case ("Earlier" / "earlier").
    ``known_names`` (lower case) are words the sources use as names: they always count.
    """
    tokens = list(tokenize(text))
    analysis = Analysis(text, tokens)
    lower_words = known_lower | {t.lower for t in tokens if t.text == t.lower}
    for t in tokens:
        if not t.text[:1].isupper():
            continue
        if is_acronym(t.text) or t.lower in known_names:
            analysis.names.add(t.index)
        elif not t.is_free and not (t.initial and _ordinary_opener(t, lower_words)):
            analysis.names.add(t.index)
    return analysis


def _ordinary_opener(token: Token, lower_words: frozenset[str]) -> bool:
    lower = token.lower
    return (
        lower in lower_words or lower in _CUE_CLASS or lower in ATTRIBUTION
        or lower in SENTENCE_OPENERS or lower.endswith("ly") or lower in stop_words()
    )


# --------------------------------------------------------------------------- support


@dataclass
class Support:
    """What one source sentence can vouch for, and where: stem -> token positions."""

    analysis: Analysis
    positions: dict[str, list[int]]
    name_words: dict[str, list[int]]
    acronyms: dict[str, list[int]]
    initials: dict[str, list[int]]

    @classmethod
    def of(cls, analysis: Analysis) -> Support:
        positions: dict[str, list[int]] = {}
        name_words: dict[str, list[int]] = {}
        acronyms: dict[str, list[int]] = {}
        for t in analysis.tokens:
            for key in {t.stem} | {_stem(p) for p in t.text.split("-") if p}:
                positions.setdefault(key, []).append(t.index)
            if t.index in analysis.names:
                name_words.setdefault(_plain(t.text), []).append(t.index)
                if is_acronym(t.text):
                    acronyms.setdefault(t.text.replace(".", "").upper(), []).append(t.index)
        return cls(analysis, positions, name_words, acronyms, _run_initials(analysis))

    def where(self, token: Token, rewrite: Analysis) -> list[int]:
        """Positions of the source words that support ``token`` of the rewrite (may be [])."""
        if token.stem in self.positions:
            return self.positions[token.stem]
        parts = [_stem(p) for p in token.text.split("-") if p]
        if len(parts) > 1 and all(p in self.positions for p in parts):
            return self.positions[parts[0]]
        if token.index in rewrite.names or is_acronym(token.text):
            return self._where_name(token, rewrite)
        return []

    def vouches(self, token: Token, rewrite: Analysis) -> bool:
        return bool(self.where(token, rewrite))

    def _where_name(self, token: Token, rewrite: Analysis) -> list[int]:
        """Aliases: an acronym of a source name ("U.S." = "United States"), the other way
        round, or a demonym ("Russian" ~ "Russia")."""
        if is_acronym(token.text):
            hits = self.initials.get(token.text.replace(".", "").upper())
            if hits:
                return hits
        plain = _plain(token.text)
        hits = [i for name, idx in self.name_words.items() if _is_demonym_pair(plain, name) for i in idx]
        if hits:
            return hits
        for initials in _initials_around(token, rewrite):
            if initials in self.acronyms:
                return self.acronyms[initials]
        return []


def _plain(word: str) -> str:
    """Lower case without a possessive: "Russia's" -> "russia"."""
    lower = word.lower()
    return lower[:-2] if lower.endswith("'s") else lower.rstrip("'")


def _is_demonym_pair(a: str, b: str) -> bool:
    """'russian'/'russia', 'israeli'/'israel', 'iranian'/'iran': one is the other's demonym."""
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= 4 and long.startswith(short[:-1])
        and any(long == short + s or long == short[:-1] + s for s in _DEMONYM_SUFFIXES)
    )


def _runs(analysis: Analysis) -> list[list[Token]]:
    """Maximal runs of consecutive name tokens in one clause ("Secretary of State" joins)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    tokens = analysis.tokens
    for t in tokens:
        joins_of = (
            t.lower == "of" and current and t.index + 1 < len(tokens)
            and t.index + 1 in analysis.names
        )
        if t.index in analysis.names or joins_of:
            if current and (current[-1].index != t.index - 1 or current[-1].clause != t.clause):
                runs.append(current)
                current = []
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _run_initials(analysis: Analysis) -> dict[str, list[int]]:
    """Initials of every contiguous part of every name run ("United States" -> "US"),
    with the positions of the words they abbreviate."""
    out: dict[str, list[int]] = {}
    for run in _runs(analysis):
        caps = [t for t in run if t.lower != "of"]
        for i in range(len(caps)):
            for j in range(i + 2, min(len(caps), i + 6) + 1):
                key = "".join(t.text[0].upper() for t in caps[i:j])
                out.setdefault(key, []).extend(t.index for t in caps[i:j])
    return out


def _initials_around(token: Token, rewrite: Analysis) -> set[str]:
    """Initials of the parts of the token's name run that contain it."""
    for run in _runs(rewrite):
        caps = [t for t in run if t.lower != "of"]
        positions = [t.index for t in caps]
        if token.index in positions:
            k = positions.index(token.index)
            return {
                "".join(t.text[0].upper() for t in caps[i:j])
                for i in range(0, k + 1) for j in range(k + 1, len(caps) + 1) if j - i >= 2
            }
    return set()


# --------------------------------------------------------------------------- the guard


Strictness = Literal["strict", "lenient"]
#: A rule reads the analysed sources, their support tables and the rewrite; it returns why
#: the rewrite fails, or None.
Rule = Callable[[list[Analysis], list[Support], Analysis], "str | None"]


@dataclass(frozen=True)
class Guard:
    """A configured guard; ``guard(sources, rewrite)`` returns a :class:`Verdict`.

    ``strictness="strict"`` (the default) refuses any unsupported content word.
    ``"lenient"`` tolerates ``allowed_unsupported`` plain content words (never a name, a
    number or a cue) and skips the order rule; it exists for experiments, strategies
    should keep the default.
    """

    strictness: Strictness = "strict"
    allowed_unsupported: int = 1
    check_roles: bool = True

    def __post_init__(self) -> None:
        if self.strictness not in ("strict", "lenient"):
            raise ValueError(f"strictness must be 'strict' or 'lenient', not {self.strictness!r}")
        if self.allowed_unsupported < 0:
            raise ValueError("allowed_unsupported must be >= 0")

    def __call__(self, sources: Sequence[str], rewrite: str) -> Verdict:
        return self.check(sources, rewrite)

    def check(self, sources: Sequence[str], rewrite: str) -> Verdict:
        """Run every rule; the first failure is the verdict."""
        sources = [s for s in sources if s and s.strip()]
        if not rewrite or not rewrite.strip():
            return Verdict(False, "empty rewrite")
        if not sources:
            return Verdict(False, "no source sentence")
        if any(normalize(rewrite) == normalize(s) for s in sources):
            return ACCEPT
        src, rw = _analyse_all(sources, rewrite)
        supports = [Support.of(a) for a in src]
        for rule in self._rules():
            reason = rule(src, supports, rw)
            if reason:
                return Verdict(False, reason)
        return ACCEPT

    def apply(self, sources: Sequence[str], rewrite: str) -> tuple[str, Verdict]:
        """The rewrite when accepted, else the source sentences it came from (joined)."""
        verdict = self.check(sources, rewrite)
        return (rewrite.strip() if verdict else " ".join(s.strip() for s in sources)), verdict

    def _rules(self) -> list[Rule]:
        rules = [_rule_form, _rule_quantities, _rule_cues]
        if self.check_roles:
            rules.append(_rule_roles)
        rules += [_rule_attribution, self._rule_support]
        if self.strictness == "strict":
            rules += [_rule_order, _rule_of_phrases]
        return rules

    def _rule_support(self, src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
        """Every content word is vouched for; a name is not used more often than the sources
        use it (a repeated name usually stands where the source had another actor or a
        pronoun: "the Kremlin backing ... and the Kremlin pledging")."""
        budget = self.allowed_unsupported if self.strictness == "lenient" else 0
        for token in rw.content():
            if token.lower in _FUNCTION_CUES or any(s.vouches(token, rw) for s in supports):
                continue
            kind = _kind(token, rw)
            if kind != "word" or token.lower in _CUE_CLASS or budget <= 0:
                return f"unsupported {kind}: {token.text}"
            budget -= 1
        return _repeated_name(supports, rw)


_DEFAULT = Guard()


def _repeated_name(supports: list[Support], rw: Analysis) -> str | None:
    """A name (by its plain form) mentioned more often than the sources mention it."""
    mentions: dict[str, list[Token]] = {}
    for t in rw.tokens:
        if t.index in rw.names:
            mentions.setdefault(_plain(t.text), []).append(t)
    for plain, tokens in mentions.items():
        backing = {(k, p) for k, s in enumerate(supports) for p in s.where(tokens[0], rw)}
        if len(tokens) > len(backing):
            return f"repeated name: {tokens[0].text} ({len(tokens)} mentions, sources have {len(backing)})"
    return None


def check(sources: Sequence[str], rewrite: str) -> Verdict:
    """Check one generated sentence against the source sentence(s) it came from."""
    return _DEFAULT.check(sources, rewrite)


def _analyse_all(sources: Sequence[str], rewrite: str) -> tuple[list[Analysis], Analysis]:
    """Analyse sources first, so a name that opens the rewrite is known to be a name."""
    first = [analyse(s) for s in sources]
    names = frozenset(a.tokens[i].lower for a in first for i in a.names)
    lower = frozenset(t.lower for a in first for t in a.tokens if t.text == t.lower) - names
    return [analyse(s, names, lower) for s in sources], analyse(rewrite, names, lower)


def _kind(token: Token, rw: Analysis) -> str:
    if number_value(token.text) is not None:
        return "number"
    return "name" if token.index in rw.names or is_acronym(token.text) else "word"


# --------------------------------------------------------------------------- rule 7: form


def _rule_form(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """A cut-off generation asserts something other than what it started to say."""
    if not ends_sentence(rw.text):
        return "incomplete sentence"
    if len(rw.tokens) < 3:
        return "too short to state a fact"
    return None


# --------------------------------------------------------------------------- rule 2: quantities


def _qualifier(tokens: Sequence[Token], i: int) -> str:
    """The meaning class of the words right before token ``i`` ('' when plain)."""
    for phrase, meaning in sorted(QUALIFIERS.items(), key=lambda kv: -len(kv[0])):
        n = len(phrase)
        before = tokens[max(0, i - n):i]
        if len(before) == n and tuple(t.lower for t in before) == phrase \
                and all(t.clause == tokens[i].clause for t in before):
            return meaning
    return ""


def _rule_quantities(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Each number keeps the qualifier some source gives it ("more than" 93,000)."""
    for i, token in enumerate(rw.tokens):
        if number_value(token.text) is None or token.lower in _ORDINALS:
            continue
        mine = _qualifier(rw.tokens, i)
        theirs = {
            _qualifier(a.tokens, j)
            for a in src for j, t in enumerate(a.tokens) if t.stem == token.stem
        }
        if theirs and mine not in theirs:
            said = " or ".join(sorted(q or "plain" for q in theirs))
            return f"changed quantity: {token.text} ({mine or 'plain'} vs source {said})"
    return None


# --------------------------------------------------------------------------- rule 3: cues


def cues(analysis: Analysis) -> list[Cue]:
    """Every polarity/modality cue with the content words it governs.

    The scope is the next few content words of the same clause, plus, for a verb that takes
    an infinitive ("failed to agree", "urged Putin to find", "agreed at talks on Tuesday to
    push"), the first words after its "to"/"for". The triggers are the heads of each part
    (see :func:`_heads`): keeping one of them means keeping what the cue qualifies.
    """
    if "cues" in analysis.memo:
        return analysis.memo["cues"]  # type: ignore[return-value]
    tokens = analysis.tokens
    found: list[Cue] = []
    for i, t in enumerate(tokens):
        cls = _cue_class(t)
        if cls is None:
            continue
        if _ends_relative_clause(analysis, i):
            continue
        parts = [_content_after(analysis, i + 1, t.clause)]
        if t.lower in _COMPLEMENT_CUES:
            start = _complement_start(analysis, i)
            if start is not None:
                parts.append(_content_after(analysis, start, t.clause))
        scope = tuple(dict.fromkeys(u for part in parts for u in part))
        triggers = tuple(u for part in parts for u in _heads(part, analysis))
        found.append(Cue(cls, t.lower, i, scope, triggers))
    analysis.memo["cues"] = found
    return found


_FINITE_AUX = frozenset("is are was were has have had will would".split())


def _ends_relative_clause(analysis: Analysis, i: int) -> bool:
    """A cue verb right before a finite auxiliary closes a relative clause and governs
    nothing after it: "the ceasefire for which it also called was never put in place"."""
    tokens = analysis.tokens
    return (
        tokens[i].lower not in _FUNCTION_CUES and i + 1 < len(tokens)
        and tokens[i + 1].lower in _FINITE_AUX and tokens[i + 1].clause == tokens[i].clause
    )


def _heads(part: list[Token], analysis: Analysis) -> list[Token]:
    """The word a cue qualifies: the first content word that is not a name or an "-ly"
    adverb ("not specifically address" -> address), and the next one when it follows
    at once ("not letting extremists" -> letting, extremists)."""
    words = [u for u in part if u.index not in analysis.names and not u.lower.endswith("ly")]
    if not words:
        return []
    heads = [words[0]]
    if len(words) > 1 and words[1].index - words[0].index <= 2:
        heads.append(words[1])
    return heads


def _content_after(analysis: Analysis, start: int, clause: int) -> list[Token]:
    return [u for u in analysis.tokens[start:] if u.clause == clause and not u.is_free][:_SCOPE]


def _complement_start(analysis: Analysis, i: int) -> int | None:
    """Where the infinitive of a verb like "urged" starts: after the first "to"/"for" of
    its clause within eight words ("failed to agree", "called for", "urged Putin to find",
    "agreed at top-level talks on Tuesday to push"), if any."""
    tokens = analysis.tokens
    for j in range(i + 1, min(i + 9, len(tokens))):
        if tokens[j].clause != tokens[i].clause:
            return None
        if tokens[j].lower in ("to", "for"):
            return j + 1
    return None


def _infinitives(rw: Analysis, source: Analysis) -> list[Cue]:
    """Purpose infinitives of the rewrite ("a conference to end the conflict"): they carry
    intent too, so one may stand for a dropped "aimed at ending". Only "to" before a content
    word that is not a name or number counts ("to the regime", "to Assad" do not), and not
    when the source has the same infinitive (then the "to" is the source's own, and the
    verb that governed it was dropped: "push the regime to find" -> "to find")."""
    tokens = rw.tokens
    theirs = {
        source.tokens[i + 1].stem for i, t in enumerate(source.tokens[:-1]) if t.lower == "to"
    }
    out = []
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if t.lower == "to" and nxt.clause == t.clause and not nxt.is_free \
                and nxt.index not in rw.names and number_value(nxt.text) is None \
                and nxt.stem not in theirs:
            out.append(Cue(INTENT, "to", i, tuple(_content_after(rw, i + 1, t.clause)), ()))
    return out


def _cue_class(token: Token) -> str | None:
    """A cue only in lower case (or sentence-initial): "May 7" is a month, not a hedge."""
    if token.text != token.lower and not token.initial:
        return None
    if token.lower.endswith("n't") or token.lower == "cannot":
        return NEGATION
    if token.lower.endswith("'ll"):
        return FUTURE
    return _CUE_CLASS.get(token.lower)


def _rule_cues(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """A kept clause keeps its negation/hedge/modality; none is added or moved elsewhere.

    Within one source, each cue whose triggers the rewrite keeps needs its own cue of the
    same class in the rewrite, qualifying some of the same words: one "committed" cannot
    stand for both "committed" and "seeking" in "committed to a conference seeking a
    resolution". A kept word does not trigger a cue when some source also has it outside
    every cue of that class (a fusion may take "agreed" from the sentence that agreed).
    """
    kept = rw.stems
    mine = cues(rw)
    free_of = _uncovered_stems(src)
    for a in src:
        used: set[int] = set()
        own = cues(a)
        candidates = mine + _infinitives(rw, a)
        for cue in own:
            triggers = _triggered(cue, kept, free_of[cue.cls])
            if not triggers:
                continue
            match = _match(cue, own, candidates, used)
            if match is None:
                return f"dropped {cue.cls}: {cue.word} ({triggers[0]})"
            used.add(match)
    theirs = [c for a in src for c in cues(a)]
    for cue in mine:
        if cue.scope and not any(c.cls == cue.cls and _overlap(c, cue) for c in theirs):
            return f"added {cue.cls}: {cue.word} ({cue.scope[0].text})"
    return None


def _triggered(cue: Cue, kept: set[str], elsewhere: set[str]) -> list[str]:
    """The cue's kept triggers. A head that another part of the sources explains does not
    count, but then the rest of the scope takes its place: "failed to agree on a date" +
    "agreed on Tuesday" -> "agreed on a date" still keeps the failed "date"."""
    hits = [u.stem for u in cue.triggers if u.stem in kept and u.stem not in elsewhere]
    if hits or not any(u.stem in kept for u in cue.triggers):
        return hits
    return [u.stem for u in cue.scope if u.stem in kept and u.stem not in elsewhere
            and u not in cue.triggers and u.text[:1].islower()]


def _overlap(a: Cue, b: Cue) -> bool:
    return bool({u.stem for u in a.scope} & {u.stem for u in b.scope})


def _match(cue: Cue, own: list[Cue], candidates: list[Cue], used: set[int]) -> int | None:
    """Position of an unused rewrite cue of the same class qualifying the same words.

    A rewrite cue that repeats another cue word of the same source stands for that one:
    the kept "agreed" of "agreed to push X to find" cannot also stand for "push".
    """
    others = {_stem(c.word) for c in own if c is not cue}
    for c in candidates:
        if c.index in used or c.cls != cue.cls or not _overlap(c, cue):
            continue
        if _stem(c.word) in others and _stem(c.word) != _stem(cue.word):
            continue
        return c.index
    return None


def _uncovered_stems(src: list[Analysis]) -> dict[str, set[str]]:
    """Per cue class: stems some source uses outside the scope of every cue of that class."""
    out: dict[str, set[str]] = {}
    for cls in _CUES:
        stems: set[str] = set()
        for a in src:
            covered = {u.index for c in cues(a) if c.cls == cls for u in c.scope}
            stems |= {t.stem for t in a.content() if t.index not in covered and _cue_class(t) != cls}
        out[cls] = stems
    return out


# --------------------------------------------------------------------------- rule 4: attribution


#: Attribution verbs that have no other common sense in news text.
_PLAIN_ATTRIBUTION = frozenset("say says said saying tell tells told according".split())
#: Pronouns and nouns that can be the subject of an attribution verb.
_SPEAKER_WORDS = frozenset(
    "he she they we i officials official sources source spokesman spokeswoman ministry "
    "minister diplomats diplomat government".split()
)


def attribution_verbs(analysis: Analysis) -> list[int]:
    """Positions of verbs that attribute a statement.

    "said", "told", "according" always do. A verb with other senses ("claimed ... lives",
    "the state of Syria", "added to") counts only next to a speaker: its subject is a name or
    a speaker word, a name follows it ("added Lavrov"), or "that" follows it. A first-person
    subject never counts: '"We believe ...," said Kerry' without "said Kerry" names nobody.
    """
    tokens = analysis.tokens
    out = []
    for i, t in enumerate(tokens):
        if t.lower not in ATTRIBUTION or (t.text != t.lower and not t.initial):
            continue
        j = _subject_position(analysis, i)
        if j is not None and tokens[j].lower in _FIRST_PERSON:
            continue
        if t.lower in _PLAIN_ATTRIBUTION or _next_to_speaker(analysis, i):
            out.append(i)
    return out


_FIRST_PERSON = frozenset("i we".split())


def _next_to_speaker(analysis: Analysis, i: int) -> bool:
    """A speaker is the verb's subject (the word before it, past auxiliaries and adverbs:
    "Russia has long accused") or a name right after it ("added Lavrov"); "that" after the
    verb also marks reported speech ("warned that")."""
    tokens = analysis.tokens
    clause = tokens[i].clause
    j = _subject_position(analysis, i)
    subject = tokens[j] if j is not None else None
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].clause == clause else None

    def speaker(u: Token | None) -> bool:
        return u is not None and (u.index in analysis.names or u.lower in _SPEAKER_WORDS)

    return speaker(subject) or speaker(after) or (after is not None and after.lower == "that")


_SUBJECT_SKIP = frozenset("also long already again then later earlier repeatedly".split())


def speakers(analysis: Analysis) -> set[str] | None:
    """Stems of the speakers' names; None when nothing is attributed.

    The speaker is the name that is the verb's subject ("Kerry said", "Russia has long
    accused"), the name right after the verb ("said Kerry", "according to Lavrov"), or, for
    a second verb of the same subject ("Putin did not ... but said"), the clause's first
    name. A verb with no named speaker ("he said", "the ministry said") gives an empty set:
    attributed, speaker not named.
    """
    found: set[str] | None = None
    for i in attribution_verbs(analysis):
        found = found if found is not None else set()
        found |= {u.stem for u in _speaker_of(analysis, i)}
    return found


def _speaker_of(analysis: Analysis, i: int) -> list[Token]:
    tokens = analysis.tokens
    clause = tokens[i].clause
    j = _subject_position(analysis, i)
    if j is not None and j in analysis.names:
        return _run_at(analysis, j)
    if j is not None and tokens[j].lower in ("but", "and"):
        first = next((t for t in tokens[:j] if t.clause == clause and t.index in analysis.names), None)
        return _run_at(analysis, first.index) if first else []
    return _name_run_after(analysis, i)


def _subject_position(analysis: Analysis, i: int) -> int | None:
    """The word before a verb, past auxiliaries and adverbs ("Russia has long accused")."""
    tokens = analysis.tokens
    clause = tokens[i].clause
    j = i - 1
    while j >= 0 and tokens[j].clause == clause and (
        tokens[j].lower in _FINITE_AUX or tokens[j].lower in _SUBJECT_SKIP
        or tokens[j].lower.endswith("ly")
    ):
        j -= 1
    return j if j >= 0 and tokens[j].clause == clause else None


def _run_at(analysis: Analysis, j: int) -> list[Token]:
    """The name run that holds position ``j``."""
    for run in _runs(analysis):
        if any(t.index == j for t in run):
            return [t for t in run if t.lower != "of"]
    return [analysis.tokens[j]]


def _name_run_after(analysis: Analysis, i: int) -> list[Token]:
    """The names right after a verb, when they end the clause or are followed by
    circumstances ("said Kerry.", "said Kerry after the talks", "according to Lavrov,");
    not the subject of reported speech ("said the Kremlin was preparing")."""
    tokens = analysis.tokens
    clause = tokens[i].clause
    run: list[Token] = []
    for u in tokens[i + 1:i + 8]:
        if u.clause != clause:
            break
        if u.index in analysis.names or (run and u.lower == "of"):
            run.append(u)
        elif run or u.lower not in ("to", "the"):
            break
    if not run:
        return []
    end = run[-1].index + 1
    closes = end >= len(tokens) or tokens[end].clause != clause or tokens[end].lower in _AFTER_SPEECH
    return [u for u in run if u.lower != "of"] if closes else []


#: Words that may follow a speech verb that closes a sentence ('..., Kerry said after
#: meeting Lavrov', '..., the minister told reporters'): not the start of what is reported.
_AFTER_SPEECH = frozenset(
    "after at on in during before following from with as while when late earlier last this "
    "today yesterday tonight reporters journalists".split()
)


def reported(analysis: Analysis) -> set[int]:
    """Positions of the words that attribution verbs report.

    '"...," Kerry said after meeting Lavrov': the clauses before the speaker's clause (the
    meeting itself is the reporter's narration). 'Kerry said (that) ...' or 'which both sides
    said were ...': the words after the verb. 'According to X, ...': every other clause.
    """
    out: set[int] = set()
    for i in attribution_verbs(analysis):
        out |= _reported_by(analysis, i)
    return out


def _reported_by(analysis: Analysis, i: int) -> set[int]:
    tokens = analysis.tokens
    verb = tokens[i]
    if verb.lower == "according":
        return {t.index for t in tokens if t.clause != verb.clause}
    head = [t for t in tokens[:i] if t.clause == verb.clause]
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].clause == verb.clause else None
    postposed = (
        verb.clause > tokens[0].clause and len(head) <= 5
        and not any(t.lower in _SEGMENT_BREAKS for t in head)
        and (after is None or after.index in analysis.names or after.lower in _AFTER_SPEECH)
    )
    if postposed:
        return {t.index for t in tokens if t.clause < verb.clause}
    return {t.index for t in tokens[i + 1:]}


def _rule_attribution(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Reported content stays reported, by one of the sources' speakers.

    Words that the sources only have inside reported speech (words also in a source's own
    narration do not count) must stand inside the rewrite's reported speech too: one kept
    "Kerry said" does not cover a quote of another sentence placed before it ('We both
    agreed ..., and Kerry said he and Lavrov made progress').
    """
    theirs = [speakers(a) for a in src]
    mine = speakers(rw)
    if mine is not None:
        if all(who is None for who in theirs):
            return "added attribution: " + rw.tokens[attribution_verbs(rw)[0]].text
        named = set().union(*(who for who in theirs if who))
        if mine and not mine & named and not _aliases(mine, named):
            return f"changed attribution: {sorted(mine)[0]}"
    return _unreported_quote(src, theirs, rw)


def _unreported_quote(src: list[Analysis], theirs: list[set[str] | None], rw: Analysis) -> str | None:
    """A source's reported words that the rewrite states outside any reported speech."""
    speaker_stems = set().union(*(who for who in theirs if who))
    narrated: set[str] = set()
    for a in src:
        inside = reported(a)
        narrated |= {t.stem for t in a.content() if t.index not in inside}
    covered = reported(rw) | set(attribution_verbs(rw))
    stated = {t.stem for t in rw.content() if t.index not in covered}
    for a, who in zip(src, theirs):
        if who is None:
            continue
        inside = reported(a)
        quoted = {t.stem for t in a.content() if t.index in inside}
        if stated & quoted - narrated - speaker_stems:
            return f"dropped attribution: {a.tokens[attribution_verbs(a)[0]].text}"
    return None


def _aliases(mine: set[str], named: set[str]) -> set[str]:
    """Speaker stems of the rewrite that are a demonym of a source speaker."""
    return {m for m in mine if any(_is_demonym_pair(m, n) for n in named)}


# --------------------------------------------------------------------------- rule 5: roles


def _entities(analysis: Analysis) -> list[tuple[str, int]]:
    """(key, position) of every name run: its last word's stem; acronyms by their letters."""
    out = []
    for run in _runs(analysis):
        last = run[-1]
        key = last.text.replace(".", "").lower() if is_acronym(last.text) else _plain(last.text)
        out.append((key, last.index))
    return out


def _same_entity(a: str, b: str) -> bool:
    return a == b or _is_demonym_pair(a, b)


def _rule_roles(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """Names keep their side of each shared content word; no new passive voice.

    Only a name, a word and a name of one clause count, on both sides: across clauses the
    order of names says nothing about who did what to whom.
    """
    ents = _entities(rw)
    for ai, (a, pa) in enumerate(ents):
        for b, pb in ents[ai + 1:]:
            if _same_entity(a, b) or rw.tokens[pa].clause != rw.tokens[pb].clause:
                continue
            reversed_around = [
                v.text for v in rw.tokens[pa + 1:pb]
                if not (v.is_free or v.index in rw.names or number_value(v.text) is not None
                        or _cue_class(v) is not None)
                and _source_orders(src, a, b, v.stem) == {"reversed"}
            ]
            if reversed_around:  # the last one is usually the verb: "has long accused"
                return f"role reversed: {a}/{b} around '{reversed_around[-1]}'"
    return _passive_change(src, rw)


def _source_orders(src: list[Analysis], a: str, b: str, verb: str) -> set[str]:
    """How the sources place names ``a`` and ``b`` around ``verb`` within one clause."""
    orders: set[str] = set()
    for analysis in src:
        tokens = analysis.tokens
        ents = _entities(analysis)
        pos_a = [p for k, p in ents if _same_entity(k, a)]
        pos_b = [p for k, p in ents if _same_entity(k, b)]
        for v in (t.index for t in tokens if t.stem == verb):
            clause = tokens[v].clause
            for x in (p for p in pos_a if tokens[p].clause == clause):
                for y in (p for p in pos_b if tokens[p].clause == clause):
                    if x < v < y:
                        orders.add("kept")
                    elif y < v < x:
                        orders.add("reversed")
    return orders


def _passives(analysis: Analysis) -> set[str]:
    """Stems of verbs used in a passive with an agent: "was accused by"."""
    out = set()
    tokens = analysis.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].lower == "by" and tokens[i].lower.endswith(("ed", "en", "wn")) and any(
            u.lower in _PASSIVE_BE for u in tokens[max(0, i - 3):i]
        ):
            out.add(tokens[i].stem)
    return out


def _passive_change(src: list[Analysis], rw: Analysis) -> str | None:
    theirs = set().union(*(_passives(a) for a in src))
    for verb in sorted(_passives(rw) - theirs):
        if any(verb in a.stems for a in src):
            return f"voice changed: passive '{verb}'"
    return None


# --------------------------------------------------------------------------- rule 6: order


#: Words that start a new segment for the order rule: two facts joined by "and" or
#: "which" may come from different places (or different sources).
_SEGMENT_BREAKS = frozenset(
    "and but or nor while whereas which who whom whose where when that because although though "
    "as after before since until so".split()
)
_NEAR = 3  # source words apart within which two words may swap places (local rephrasing)


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)


def _segments(rw: Analysis) -> list[list[Token]]:
    """Content words of the rewrite cut at clause marks, conjunctions, relatives and around
    attribution verbs ('"X," Kerry said' may become 'Kerry said X'). "since", "after",
    "before"... in front of a date are prepositions and do not cut ("since March 2011")."""
    breaks = set(attribution_verbs(rw))
    out: list[list[Token]] = [[]]
    previous: Token | None = None
    for t in rw.tokens:
        if previous is not None and (
            t.clause != previous.clause or (t.lower in _SEGMENT_BREAKS and not _before_date(rw, t))
            or t.index in breaks or previous.index in breaks
        ):
            out.append([])
        previous = t
        if not t.is_free and t.index not in breaks:
            out[-1].append(t)
    return [seg for seg in out if len(seg) > 1]


def _before_date(analysis: Analysis, t: Token) -> bool:
    nxt = analysis.tokens[t.index + 1] if t.index + 1 < len(analysis.tokens) else None
    return nxt is not None and (is_number(nxt.lower) or nxt.lower in _MONTH_NAMES)


def _rule_order(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """The content words of each segment of the rewrite stand in one source, in order.

    Each two neighbouring words of a segment (see :func:`_segments`) must be found in the
    source, the first before the second, or at most ``_NEAR`` words apart (so "the Geneva
    talks" may become "the talks in Geneva"). In a fusion, one source must hold the whole
    segment: pairs that each hold in a different source chain facts that no sentence
    joins ("a conflict that has claimed more than 93,000 lives since March 2011" from a
    70,000-since-March-2011 sentence and a 93,000 sentence). This catches facts wired to the
    wrong partner: "military support to the government" when the source pledged support to
    the rebels and spoke of the government elsewhere, or "met Lavrov in Moscow" from
    "met Lavrov in Brunei" and "visit to Moscow".
    """
    for segment in _segments(rw):
        words = [t for t in segment if any(s.vouches(t, rw) for s in supports)]
        if len(words) < 2:
            continue  # an unsupported word is the support rule's business
        broken = [_first_break(words, s, rw) for s in supports]
        if all(b is not None for b in broken):
            left, right = max(broken, key=lambda b: b[0].index)  # type: ignore[index]
            return f"unsupported combination: {left.text} ... {right.text}"
    return None


def _first_break(words: list[Token], support: Support, rw: Analysis) -> tuple[Token, Token] | None:
    """The first neighbouring pair this source does not hold in order (None: it holds all)."""
    for left, right in zip(words, words[1:]):
        if not _in_order(support.where(left, rw), support.where(right, rw)):
            return left, right
    return None


def _in_order(first: list[int], second: list[int]) -> bool:
    return any(x < y or abs(x - y) <= _NEAR for x in first for y in second)


def _rule_of_phrases(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
    """"A of B" phrases survive intact: the rewrite neither hangs B on another head
    ("a large number of [the militants are] foreign nationals") nor drops the head between
    kept words ("prohibit [any use of] chemical weapons").

    Deleting a noun that an "of" complement depends on changes what the sentence is about,
    though every word left is the source's own and in the source's order.
    """
    for k, t in enumerate(rw.tokens):
        if t.lower == "of" and not _of_supported(src, rw, k):
            head, tail = rw.tokens[k - 1], _after_of(rw, k)[-1]
            return f"changed attachment: {head.text} of {tail.text}"
    return _dropped_head(src, rw)


def _after_of(analysis: Analysis, k: int) -> list[Token]:
    """The words an "of" introduces: a name run and the first other content word."""
    out: list[Token] = []
    for u in analysis.tokens[k + 1:]:
        if u.clause != analysis.tokens[k].clause:
            break
        if u.is_free:
            continue
        out.append(u)
        if u.index not in analysis.names:
            break
    return out


def _of_supported(src: list[Analysis], rw: Analysis, k: int) -> bool:
    """Whether some source has the rewrite's "A of B" (or "B's A")."""
    tokens = rw.tokens
    if k == 0 or tokens[k - 1].is_free or tokens[k - 1].clause != tokens[k].clause:
        return True
    head, tail = tokens[k - 1], _after_of(rw, k)
    if not tail or (head.index in rw.names and tail[0].index in rw.names):
        return True  # "Secretary of State" is one name
    wanted = {u.stem for u in tail}
    for a in src:
        for j, u in enumerate(a.tokens):
            if u.stem != head.stem:
                continue
            nxt = a.tokens[j + 1] if j + 1 < len(a.tokens) else None
            if nxt is not None and nxt.lower == "of" and wanted & {v.stem for v in _after_of(a, j + 1)}:
                return True
            if wanted & {v.stem for v in a.tokens[max(0, j - 3):j]}:
                return True  # "Assad's fate" -> "the fate of Assad"
    return False


def _dropped_head(src: list[Analysis], rw: Analysis) -> str | None:
    """A source "W of N" whose W is gone while the kept words around it now touch."""
    kept = rw.stems
    neighbours = {(l.stem, r.stem) for seg in _segments(rw) for l, r in zip(seg, seg[1:])}
    for a in src:
        for k, t in enumerate(a.tokens):
            if t.lower != "of" or k == 0:
                continue
            head = a.tokens[k - 1]
            if head.is_free or head.index in a.names or head.stem in kept:
                continue
            before = [u for u in a.tokens[:k - 1]
                      if u.clause == head.clause and not u.is_free and u.stem in kept]
            after = _after_of(a, k)
            if before and after and (before[-1].stem, after[0].stem) in neighbours:
                return f"dropped head: {head.text} of {after[0].text}"
    return None
