"""Whether a detail lent from another report holds at the moment the base speaks of: a
clause of what someone did at one moment, a present-tense clause lent to a sentence about a
dated past, a figure of another year, a title or an age lent into a clause about another time. Read by ``fusion.fusions`` on every candidate."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Fusion kinds that lend a clause with a verb of its own.
CLAUSES = frozenset({"relative clause", "participial phrase"})


def of_a_moment(kind: str, inserted: str) -> bool:
    """A clause a name donor gives that tells what the person did or underwent at one moment
    ("who was accompanied by parents of victims", past tense): true of that moment, not of
    the base's ("signed a spending package"). A present or perfect one ("who represents",
    "who has represented ... since 1997") describes the person and may go anywhere."""
    from summarizer.nlp.load import parse

    return kind in CLAUSES and any(t.tag_ == "VBD" for t in parse(inserted))


def present_in_a_dated_past(base: "Doc", kind: str, inserted: str) -> bool:
    """A present-tense clause ("where Microsoft is locked in a legal battle with Sun") lent to
    a sentence whose main verb is past and that a year dates ("In the summer of 1995, a whiff
    of revolution was in the air in Silicon Valley"): it was true when the donor was written,
    and reads as true of the base's year."""
    from summarizer.nlp.load import parse
    from summarizer.text import is_year

    root = next((t for t in base if t.dep_ == "ROOT"), None)
    return kind in CLAUSES and root is not None and root.tag_ == "VBD" and any(is_year(t.text) for t in base) and \
        any(t.tag_ in ("VBZ", "VBP") for t in parse(inserted))


def figure_of_another_year(base: "Doc", donor: "Doc", inserted: str) -> bool:
    """The lent words hold a figure, and the donor dates its sentence by a year that neither
    the base nor the lent words state ("In 1994, nearly 1 million refugees engulfed Goma, [a
    town of 30,000]"; "installed him in May 1997 after [an eight-month] rebellion"): the
    figure was true then, which need not be the moment the base speaks of. An age alone
    ("Yeltsin, [67], ...") is the report's own day's: whether the base's clause speaks of
    another is ``described_in_another_time``'s to say."""
    from summarizer.nlp.load import parse
    from summarizer.text import is_year

    lent = parse(inserted)
    figures = [t for t in lent if t.like_num and not is_year(t.text)]
    if not figures or len([t for t in lent if not t.is_punct]) == 1:
        return False
    return bool(years_stated(donor) - {t.text for t in [*base, *lent]})


def years_stated(doc: "Doc") -> frozenset[str]:
    """The years a sentence states ("1994", "2007")."""
    from summarizer.text import is_year

    return frozenset(t.text for t in doc if is_year(t.text))


#: Fusion kinds that lend who or what someone is: a title, an age, a role.
DESCRIPTIONS = frozenset({"appositive", "title", "modifier"})


def described_in_another_time(fused: str, kind: str, inserted: str, donor_years: frozenset[str] = frozenset()) -> bool:
    """A description lent into a clause about another time: a past clause that "years ago"
    dates ("Just four years ago, it was a good bet that [Speaker] Newt Gingrich would be"),
    a past "when" clause ("When Anwar[, 51,] was deputy prime minister"), a past clause about
    someone's youth ("As a boy, Voinovich[, 61,] once delivered newspapers"), an age in a clause
    about a birth ("Saramago[, 75,] was born into a poor family"), or, for a title or
    an age, a past clause a year dates that the donor (``donor_years``) does not state ("In
    2007 Mr. Huckabee[, 59,] was quoted as saying"). A title or an age is the donor's day's;
    then the person may have had another, or been younger."""
    from summarizer.nlp.load import parse
    from summarizer.text.lexicon import BIRTH_PARTICIPLES, WHEN_OPENERS

    if kind not in DESCRIPTIONS or inserted not in fused:
        return False
    doc = parse(fused)
    token = next((t for t in doc if t.idx >= fused.index(inserted)), None)
    timed = kind == "title" or inserted.strip(", ").isdigit()  # a title or an age, not who someone is
    while token is not None:
        if _past(token) and timed and _dated_by_a_year(token) - donor_years:
            return True  # "In 2007 Mr. Huckabee[, 59,] was quoted"
        if _past(token) and _in_a_stage_of_life(token):
            return True  # "As a boy, Voinovich[, 61,]" / "[, a Republican who is barred from ...,]"
        if _past(token) and inserted.strip(", ").isdigit() and token.lower_ in BIRTH_PARTICIPLES:
            return True  # "Saramago[, 75,] was born into a poor, illiterate family"
        if token.tag_ == "VBD" and (_years_ago(token) or token.dep_ != "ROOT" and
                                    token.left_edge.lower_ in WHEN_OPENERS and _a_state(token)):
            return True  # the clause opens with "when" ...
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ == "VBD" and _a_state(token.head) and \
                token.left_edge.lower_ in WHEN_OPENERS:
            return True  # ... or its subject does (the parser's reading of "when Anwar was")
        token = None if token.head.i == token.i else token.head
    return False


def _past(verb: "Token") -> bool:
    """A verb in the past: "quoted" (VBD), or a participle whose auxiliary is ("was quoted")."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _dated_by_a_year(verb: "Token") -> set[str]:
    """The years of the verb's own time phrases ("In 2007", "in May 1997"), and of what a
    "to be" says its subject was ("was a leader of student demonstrations in 1989")."""
    from summarizer.text import is_year

    deps = ("prep", "npadvmod", "attr", "acomp") if verb.lemma_ == "be" else ("prep", "npadvmod")
    return {t.text for c in verb.children if c.dep_ in deps for t in c.subtree if is_year(t.text)}


def _in_a_stage_of_life(verb: "Token") -> bool:
    """The verb's "as a boy" (``lexicon.LIFE_STAGES``): the clause speaks of the person's
    youth, when neither the donor's age nor who the donor says the person is held."""
    from summarizer.text.lexicon import LIFE_STAGES

    return any(c.dep_ == "prep" and c.lower_ == "as" and
               any(t.dep_ == "pobj" and t.lemma_.lower() in LIFE_STAGES for t in c.children) for c in verb.children)


def _a_state(verb: "Token") -> bool:
    """A past "be" with a role or a quality ("was deputy prime minister"): a period, not the
    event the report tells ("when police arrested him", the donor's day too)."""
    return verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _years_ago(verb: "Token") -> bool:
    """The verb has a "... years ago" (or "a year ago") among its dependents."""
    from summarizer.text.lexicon import LONG_AGO_UNITS

    return any(t.lower_ == "ago" and any(w.lower_ in LONG_AGO_UNITS for w in t.subtree) for t in verb.children)
