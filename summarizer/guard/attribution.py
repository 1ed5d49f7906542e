"""Rule 4, attribution: reported content stays reported, by one of the sources' speakers."""

from __future__ import annotations

from summarizer.guard.analysis import Analysis
from summarizer.text.tokens import Token
from summarizer.text import is_number
from summarizer.text.lexicon import WEEKDAYS
from summarizer.guard.support import Support, is_demonym_pair, name_runs
from summarizer.guard.vocabulary import (
    AFTER_SPEECH,
    APPOSITIVE_WORDS,
    ATTRIBUTION,
    FINITE_AUX,
    FIRST_PERSON,
    HEARSAY_PARTICIPLES,
    MONTH_NAMES,
    PASSIVE_BE,
    PLAIN_ATTRIBUTION,
    SEGMENT_BREAKS,
    SPEAKER_CLAUSE_WORDS,
    SPEAKER_WORDS,
    SUBJECT_SKIP,
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
        if t.lower not in ATTRIBUTION or (t.text != t.lower and not t.opens):
            continue
        j = subject_position(analysis, i)
        if j is not None and tokens[j].lower in FIRST_PERSON:
            continue
        if t.lower in PLAIN_ATTRIBUTION or _next_to_speaker(analysis, i) or \
                (t.lower in HEARSAY_PARTICIPLES and _passive(analysis, i)):
            out.append(i)
    return out



def _next_to_speaker(analysis: Analysis, i: int) -> bool:
    """A speaker is the verb's subject (the word before it, past auxiliaries and adverbs:
    "Russia has long accused") or a name right after it ("added Lavrov"); "that" after the
    verb also marks reported speech ("warned that")."""
    tokens = analysis.tokens
    clause = tokens[i].clause
    j = subject_position(analysis, i)
    subject = tokens[j] if j is not None else None
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].clause == clause else None

    def speaker(u: Token | None) -> bool:
        return u is not None and (u.index in analysis.names or u.lower in SPEAKER_WORDS)

    return speaker(subject) or speaker(after) or (after is not None and after.lower == "that")



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
    if _passive(analysis, i):  # "Bin Laden is believed to be": who believes it is not said
        by = i + 1 < len(tokens) and tokens[i + 1].lower == "by" and tokens[i + 1].clause == clause
        return _name_run_after(analysis, i + 1) if by else []
    j = subject_position(analysis, i)
    if j is not None and j in analysis.names:
        return _run_at(analysis, j)
    if j is not None and tokens[j].lower in ("but", "and"):
        first = next((t for t in tokens[:j] if t.clause == clause and t.index in analysis.names), None)
        return _run_at(analysis, first.index) if first else []
    if j is None:
        named = _name_before_appositive(analysis, i)
        if named is not None:
            return _run_at(analysis, named)
    return _name_run_after(analysis, i) or []


def _passive(analysis: Analysis, i: int) -> bool:
    """The verb is a participle after a form of "be" ("is believed", "was widely thought",
    "were told"): its subject is what is said or who is told, never the speaker."""
    tokens = analysis.tokens
    j = i - 1
    while j >= 0 and tokens[j].clause == tokens[i].clause and (
            tokens[j].lower in SUBJECT_SKIP or tokens[j].lower.endswith("ly") or tokens[j].lower == "not"):
        j -= 1
    return j >= 0 and tokens[j].clause == tokens[i].clause and tokens[j].lower in PASSIVE_BE


def _name_before_appositive(analysis: Analysis, i: int) -> int | None:
    """The speaker of a verb that opens its clause right after an appositive set off by
    commas ("Conway, an adviser to the president, said") or a relative clause of who the
    speaker is ("Maskhadov, who has been unable to ..., said"): the name ending the clause
    before it, when it holds no attribution verb of its own."""
    tokens = analysis.tokens
    clause = tokens[i].clause
    inner = [t for t in tokens[:i] if t.clause == clause - 1]
    outer = [t for t in tokens[:i] if t.clause == clause - 2]
    longest = SPEAKER_CLAUSE_WORDS if inner and inner[0].lower in ("who", "whose") else APPOSITIVE_WORDS
    if i == 0 or tokens[i - 1].clause == clause or not inner or not outer or len(inner) > longest:
        return None
    if any(t.lower in ATTRIBUTION for t in inner) or outer[-1].index not in analysis.names:
        return None
    return outer[-1].index


def subject_position(analysis: Analysis, i: int) -> int | None:
    """The word before a verb, past auxiliaries and adverbs ("Russia has long accused")."""
    tokens = analysis.tokens
    clause = tokens[i].clause
    j = i - 1
    while j >= 0 and tokens[j].clause == clause and (
        tokens[j].lower in FINITE_AUX or tokens[j].lower in SUBJECT_SKIP
        or tokens[j].lower.endswith("ly") or _a_time(tokens, j)
    ):
        j -= 1
    return j if j >= 0 and tokens[j].clause == clause else None


def _a_time(tokens: list[Token], j: int) -> bool:
    """A day or month between a speaker and the verb ("Trump on Saturday said")."""
    word = tokens[j].lower
    return word in WEEKDAYS or word in MONTH_NAMES or (
        word == "on" and j + 1 < len(tokens) and tokens[j + 1].lower in WEEKDAYS)


def _run_at(analysis: Analysis, j: int) -> list[Token]:
    """The name run that holds position ``j``."""
    for run in name_runs(analysis):
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
        if u.clause != clause or u.lower in WEEKDAYS or u.lower in MONTH_NAMES:
            break  # "announced Tuesday": a time, not a speaker
        if u.index in analysis.names or (run and u.lower == "of"):
            run.append(u)
        elif run or u.lower not in ("to", "the"):
            break
    if not run:
        return []
    end = run[-1].index + 1
    closes = end >= len(tokens) or tokens[end].clause != clause or tokens[end].lower in AFTER_SPEECH
    return [u for u in run if u.lower != "of"] if closes else []



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
    if _postposed(analysis, i):
        return {t.index for t in tokens if t.clause < verb.clause}
    return {t.index for t in tokens[i + 1:]}


def _postposed(analysis: Analysis, i: int) -> bool:
    """The verb's speaker follows what it reports ('The talks were delayed, Kerry said'): not
    when the verb opens its clause after its speaker's appositive ("Saramago, 75, said in an
    interview that"), whose name and appositive are the reporter's narration."""
    tokens = analysis.tokens
    verb = tokens[i]
    head = [t for t in tokens[:i] if t.clause == verb.clause]
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].clause == verb.clause else None
    return (
        verb.clause > tokens[0].clause and len(head) <= 5
        and not any(t.lower in SEGMENT_BREAKS for t in head)
        and (after is None or after.index in analysis.names or after.lower in AFTER_SPEECH)
        and not (not head and _name_before_appositive(analysis, i) is not None)
    )


def reporters_details(analysis: Analysis) -> set[int]:
    """Positions of words that say who a person is, which the reporter wrote though a
    postposed verb reports the clause they stand in ("Col. Gadhafi ... arrived ..., an
    official statement said"; "Yeltsin, 67, has ..., his office said"): a title before a
    name (a name run of two words that opens a clause, or of three or more anywhere:
    "Doctors ordered Russian President Boris Yeltsin to ..."), and an age set off by
    commas right after a name; never inside quotation marks, and never in what a verb before
    them reports ("Holbrooke said he meets President Milosevic": refused as reported)."""
    tokens = analysis.tokens
    region = {t.index for i in attribution_verbs(analysis) if tokens[i].lower != "according"
              and _postposed(analysis, i) for t in tokens if t.clause < tokens[i].clause}
    out: set[int] = set()
    for run in name_runs(analysis):
        first = run[0].index
        opens = first == 0 or tokens[first - 1].clause != run[0].clause or \
            (tokens[first - 1].lower == "the" and (first == 1 or tokens[first - 2].clause != run[0].clause))
        if len(run) >= 3 or len(run) == 2 and opens:  # "ordered Russian President Boris Yeltsin to"
            out |= {t.index for t in run}
        end = run[-1].index + 1
        if end + 1 < len(tokens) and tokens[end].clause != run[-1].clause and \
                tokens[end].text.isdigit() and tokens[end + 1].clause != tokens[end].clause:
            out.add(end)  # ("Yeltsin, 67,")
    out |= _speaker_phrase(analysis)
    return {k for k in out & region if not _in_quotation(analysis, k)}


def _speaker_phrase(analysis: Analysis) -> set[int]:
    """The speaker of a postposed verb that opens its clause, described and named in the
    clauses set off by commas right before it ('"...," the State Department spokesman, James
    Rubin, said'): who speaks, not what is said. Two short clauses, the second a name, the
    first opened by an article, with no attribution word outside a name ("State")."""
    tokens, out = analysis.tokens, set()
    for i in attribution_verbs(analysis):
        clause = tokens[i].clause
        if tokens[i].lower == "according" or not _postposed(analysis, i) or i == 0 or tokens[i - 1].clause == clause:
            continue
        name = [t for t in tokens[:i] if t.clause == clause - 1]
        described = [t for t in tokens[:i] if t.clause == clause - 2]
        if not name or not described or len(described) > APPOSITIVE_WORDS or \
                any(t.index not in analysis.names for t in name) or any(t.lower in ATTRIBUTION and t.index not in analysis.names for t in described) or \
                described[0].lower not in ("the", "a", "an") or _in_quotation(analysis, described[0].index):
            continue
        out |= {t.index for t in name + described}
    return out


def _in_quotation(analysis: Analysis, k: int) -> bool:
    """An odd number of double quotation marks stands before the word."""
    before = analysis.text[:analysis.tokens[k].start]
    return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def rule_attribution(src: list[Analysis], supports: list[Support], rw: Analysis) -> str | None:
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
        if mine and len(src) > 1 and _put_in_the_wrong_mouth(src, theirs, rw, mine):
            return f"changed attribution: {sorted(mine)[0]} (words of another speaker's source)"
    return _unreported_quote(src, theirs, rw)


def _put_in_the_wrong_mouth(src: list[Analysis], theirs: list[set[str] | None], rw: Analysis,
                            mine: set[str]) -> bool:
    """A fusion of several sources reports, in its speaker's words, a content word that only
    sources of other speakers (or of none) have: "Mulvaney said the wall ..." from
    "Mulvaney ... said the shutdown ..." and "Conway ... said the wall ...", a sentence each."""
    theirs_ok = [a for a, who in zip(src, theirs) if who and (who & mine or _aliases(mine, who))]
    allowed = {t.stem for a in theirs_ok for t in a.content()}
    narrated = {t.stem for a in src for t in a.content() if t.index not in reported(a)}
    inside = reported(rw) - {k for k in _asides(rw) if rw.tokens[k].stem in narrated}
    return any(t.stem not in allowed and t.stem not in mine
               for t in rw.content() if t.index in inside)


def _asides(analysis: Analysis) -> set[int]:
    """Positions of the words of an appositive set off by commas right after a name inside
    indirect speech ("Hodler said Samaranch[, president of the IOC,] had ordered him"): who
    someone is, the reporter's aside, not the speaker's words, when a source narrates them.
    Short, closed by a comma before the sentence goes on, no clause or attribution of its
    own, no number (an age is of the donor's moment: "HuffPost reported in 2012 Christie,
    52, turned down ..."), never inside quotation marks."""
    tokens, out = analysis.tokens, set()
    for run in name_runs(analysis):
        end = run[-1].index + 1
        if end >= len(tokens) or tokens[end].clause == run[-1].clause or \
                "," not in analysis.text[run[-1].end:tokens[end].start]:
            continue
        inner = [t for t in tokens[end:] if t.clause == tokens[end].clause]
        after = inner[-1].index + 1
        if len(inner) > APPOSITIVE_WORDS or after >= len(tokens) or \
                "," not in analysis.text[inner[-1].end:tokens[after].start] or \
                any(t.lower in ATTRIBUTION or t.lower in SEGMENT_BREAKS or is_number(t.lower) for t in inner) or \
                _in_quotation(analysis, end):
            continue
        out |= {t.index for t in inner}
    return out


def _unreported_quote(src: list[Analysis], theirs: list[set[str] | None], rw: Analysis) -> str | None:
    """A source's reported words that the rewrite states outside any reported speech."""
    speaker_stems = set().union(*(who for who in theirs if who))
    narrated: set[str] = set()
    for a in src:
        inside = reported(a) - reporters_details(a)
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
    return {m for m in mine if any(is_demonym_pair(m, n) for n in named)}
