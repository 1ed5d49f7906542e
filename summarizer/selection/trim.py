"""Deletions that let a report's sentence stand in a brief made of several reports.

A sentence is written for its own report: "said on Tuesday" is anchored to that report's
date, and "But" or "Meanwhile," link it to the sentence printed before it there. In a
brief that consolidates reports from several days, next to sentences from other reports,
both mislead: the Tuesday of one report is not the Tuesday of another, and the sentence
before is not the one the connective points at. ``trim`` deletes them and nothing else:

* relative dates: day names ("Monday" ... "Sunday", "today", "yesterday", "tonight") after a
  preposition or time word ("on Monday", "late Friday night", "early today"), straight
  after a reporting verb ("said Tuesday" -> "said"), or bare before a past-tense verb or
  "that" ("the league Tuesday canceled"); and periods counted from the report's date
  ("last week", "earlier this month", "next weekend", "last night"), also when they open
  the sentence ("Last week, ...");
* a connective opening the sentence ("But", "However,", "Meanwhile,", "Earlier," ...), set
  off by commas after its first words ("Progressives[, however,] are already eyeing",
  "Asked[, for instance,] whether ..."), or closing it ("was part of the assault
  [nonetheless]"): it contrasts with, or gives an instance of, what the sentence before said.

A time phrase at the end of a clause stays where it is part of the claim: it restricts a
count ("the third Republican this week"), the clause denies something ("would not withdraw
troops on Friday"), or an "as" phrase says what set the day (", as stipulated by the
accord"). Days go all or none: a day the rules leave in the sentence ("Monday night") is
read against the others, so then none is deleted.

Every rule is a deletion of words the reader can do without: the sentence's claim, its
source and its attribution stay as written (the brief still cites the original sentence,
and the trust layer reads the original's date). Day names that are the subject or object
of a sentence ("Monday's vote", "Black Monday") are not touched.

Like ``candidates.py`` this is a newswire policy on whole sentences, not part of the shared
text layer: what a sentence, a word or a stem is stays decided in ``text.py``, whose tokens
``trimmed_sentence`` recomputes for the shortened text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from summarizer.text.lexicon import (CONNECTIVES, NEGATIONS, ORDINALS, PARTS_OF_DAY, RELATIVE_DAYS, REPORTING_VERBS,
                                     WEEKDAYS)

if TYPE_CHECKING:
    from summarizer.corpus import Sentence


def _one_of(words: Iterable[str]) -> str:
    """A regex alternation of the words, in a fixed order (none is a prefix of another)."""
    return "|".join(re.escape(w) for w in sorted(words))


_WEEKDAY = _one_of(day.capitalize() for day in WEEKDAYS)
#: "tomorrow" is left alone: a brief's reader can place a forecast without the report's date.
_DAY = rf"(?:{_WEEKDAY}|{_one_of(RELATIVE_DAYS - {'tomorrow'})})"
_PART_OF_DAY = rf"(?:\s+(?:{_one_of(PARTS_OF_DAY)}))?"
#: "on Monday", "late Friday night", "early today", "last Sunday", "this Wednesday".
_DAY_PHRASE = rf"(?:(?:on|late|early|last|this|late on|early on)\s+){_DAY}{_PART_OF_DAY}"
#: "last week", "earlier this month", "next weekend", "last night", "this morning".
_PERIOD = (r"(?:(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|weekend|month)|"
           rf"last\s+night|this\s+(?:{_one_of(PARTS_OF_DAY - {'night'})}))")
#: What may follow a deleted phrase: the lookahead keeps possessives ("on Monday's vote")
#: and longer names intact.
_END = r"(?=[\s,.;:!?\")]|$)"
#: A preposition that governs a day phrase or a period goes with it ("[By late Sunday,] the
#: winds had dropped", "unchanged [since last Tuesday]"): alone it would dangle ("By, the
#: winds"). A bare day after one ("By Friday, ...", "from Monday to Friday") stays whole.
_GOVERNED = r"(?:(?i:by|until|till|since|before|after|from|through)\s+)?"
#: ", on Sunday," or ", last week," between commas goes with one of them.
_BETWEEN_COMMAS_RE = re.compile(rf",\s+(?:{_GOVERNED}(?:{_DAY_PHRASE}|{_PERIOD})|{_DAY}{_PART_OF_DAY}),")
#: An attribution after such a phrase (", on Sunday, said the paper"): one comma stays, the
#: one that closes what comes before it ("his counterpart, Farouk al-Sharaa[, on Sunday], said").
_ATTRIBUTION_NEXT_RE = re.compile(r"\s+(?:said|says|added|told|according)\b")
#: "On Tuesday, ...", "Last week, ...", "Earlier this week, ..." opening the sentence.
_OPENING_RE = re.compile(rf"^(?:{_GOVERNED}(?:{_DAY_PHRASE}|{_PERIOD})|{_DAY}{_PART_OF_DAY}),\s*(?=\S)", re.I)
#: "... the talks on Monday", "... said last week he ...". Not the object of a preposition
#: ``_GOVERNED`` does not take along ("At the end of [last month]" would leave "of" dangling).
_TIME_PHRASE_RE = re.compile(
    rf"(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bfor)(?<!\bduring)(?<!\bwithin)(?<!\bover)(?<!\bto)"
    rf"\s+{_GOVERNED}(?:{_DAY_PHRASE}|{_PERIOD}){_END}")
#: A count the period restricts ("the third Republican this week", "the only vote this
#: month", "the most votes last week"): without the period the claim is false, so the
#: phrase stays. Read in the clause's last three words before the phrase.
_COUNTED_RE = re.compile(
    rf"\b(?:{_one_of(ORDINALS)}|\d+(?:st|nd|rd|th)|only|most|least)\b(?:\s+[\w'-]+){{0,2}}$", re.I)
#: A day that is what the clause denies ("he would not withdraw troops ... on Friday", which
#: the Wye accord set: without the day he refuses to withdraw at all) or what an agreement,
#: a plan or a forecast set (", as stipulated by the accord", ", as scheduled"): the phrase
#: stays when its clause holds a negation or it is followed by such an "as" phrase.
_NEGATED_RE = re.compile(rf"\b(?:{_one_of(NEGATIONS)})\b|n't\b", re.I)
_AS_SET_RE = re.compile(r"^,?\s+as\s+[a-z]+ed\b")
#: The reporting verbs news prints straight before a day ("said Tuesday"): the third-person
#: and past forms of ``lexicon.REPORTING_VERBS`` that end a clause's attribution.
_SAID_FORMS = REPORTING_VERBS & {"said", "says", "announced", "reported", "declared", "confirmed",
                                 "denied"}
#: "said Tuesday" -> "said": the day right after a reporting verb.
_AFTER_VERB_RE = re.compile(
    rf"\b({_one_of(_SAID_FORMS)}|told reporters)"
    rf"\s+(?:late\s+|early\s+)?{_DAY}{_PART_OF_DAY}{_END}")
#: "the league Tuesday canceled", "argued in court Monday that": a bare day name before a
#: past-tense verb or "that" (not in names such as "Black Monday" or "Good Friday").
_BEFORE_VERB_RE = re.compile(
    r"(?<!Black)(?<!Bloody)(?<!Good)(?<!Easter)(?<!Holy)(?<!Super)(?<!Cyber)(?<!Ash)"
    rf"\s+(?:{_WEEKDAY})(?=\s+(?:that\b|[a-z]+ed\b))")
#: Connectives that point at the report's previous sentence. Words that are also adverbs of
#: the clause ("Still photos", "Yet another") count only when a comma follows them, and so
#: does "In addition": "In addition to attacks in Benghazi, ..." opens with a preposition.
_COMMA_ONLY = (CONNECTIVES & {"also", "still", "yet", "instead", "separately", "indeed"}) | {
    "besides", "in fact", "earlier", "later", "in addition"}
#: "So", "Thus" and "Therefore" stay: they mark a conclusion the sentence draws, and the
#: sentence without them would state it as a plain fact.
_ANY_WAY = CONNECTIVES - _COMMA_ONLY - {"so", "thus", "therefore"}
_CONNECTIVE_RE = re.compile(
    rf"^(?:(?:{_one_of(w.capitalize() for w in _ANY_WAY)})(?:,\s*|\s+)|"
    rf"(?:{_one_of(w.capitalize() for w in _COMMA_ONLY)}),\s*)(?=\S)")

#: The same pointing, set off by commas inside the sentence ("The visit[, though,] has
#: further challenged ..."); "too" and "also" stay (an additive particle keeps the sentence
#: out of a brief that lacks the other item: ``nlp.dependence``).
_INNER_CONNECTIVE_RE = re.compile(
    r",\s+(?:however|though|meanwhile|nonetheless|nevertheless|moreover|furthermore|in turn|"
    r"for instance|for example|instead),(?=\s)", re.I)

#: The same pointing closing the sentence ("... was part of the assault[ nonetheless]."),
#: outside a quotation (a closing quotation mark ends the text, which this does not match).
_FINAL_CONNECTIVE_RE = re.compile(r",?\s+(?:however|though|nonetheless|nevertheless)(?=[.!?]$)", re.I)

#: A present participle opening a phrase ("saying", "adding"): a comma before it stays.
_PARTICIPLE_RE = re.compile(r"[a-z]{2,}ing$")
#: First words of an opening phrase or clause, after which a comma stays.
_PHRASE_OPENERS = frozenset({"at", "in", "on", "after", "before", "when", "while", "since", "during", "by",
                             "for", "with", "despite", "as", "although", "though", "if", "once", "until",
                             "following", "amid", "under", "from", "to"})


#: A day name anywhere: when a trim would leave one in the sentence, it deletes none ("leave
#: South Korea [early Monday] and return to Washington Monday night" reads as leaving at night).
_DAY_RE = re.compile(rf"\b{_DAY}\b", re.I)
#: Every date deletion above holds one of these words (``_DAY``, ``_PERIOD``, any case): a
#: text with none of them and no opening connective (most sentences) is returned at once.
_DATE_WORDS = tuple(sorted({day.lower() for day in WEEKDAYS} | {day.lower() for day in RELATIVE_DAYS}
                           | {part.lower() for part in PARTS_OF_DAY} | {"week", "month", "night"}))


def _capitalised(text: str) -> str:
    """The first letter in upper case, past any opening quotation mark or bracket ('"Birthers"
    have demanded ...' once "But" is cut)."""
    match = re.match(r"""["'“‘(\[]*""", text)
    at = match.end() if match else 0
    return text[:at] + text[at:at + 1].upper() + text[at + 1:]


def trim(text: str) -> str:
    """``text`` without relative dates and without an opening connective (see the
    module's docstring); unchanged when no rule applies."""
    lower = text.lower()
    if not any(word in lower for word in _DATE_WORDS) and not _CONNECTIVE_RE.match(text) and \
            not _INNER_CONNECTIVE_RE.search(text) and not _FINAL_CONNECTIVE_RE.search(text):
        return text
    trimmed = _without_inner_connective(text)
    trimmed = _BETWEEN_COMMAS_RE.sub(lambda m: "," if _ATTRIBUTION_NEXT_RE.match(m.string, m.end()) else "", trimmed)
    for opening in (_CONNECTIVE_RE, _OPENING_RE, _CONNECTIVE_RE):  # "But on Monday, ..."
        shorter = opening.sub("", trimmed)
        if shorter != trimmed and len(shorter.split()) >= 3:
            trimmed = _capitalised(shorter)
    trimmed = _TIME_PHRASE_RE.sub(lambda m: _unless_counted(m, trimmed), trimmed)
    trimmed = _AFTER_VERB_RE.sub(r"\1", trimmed)
    trimmed = _BEFORE_VERB_RE.sub("", trimmed)
    if trimmed == text:
        return text
    if 0 < len(_DAY_RE.findall(trimmed)) < len(_DAY_RE.findall(text)):
        trimmed = _without_connective(text)  # a day left anchors the others: all or none go
        if trimmed == text:
            return text
    trimmed = re.sub(r"\s+([,.;:!?])", r"\1", trimmed)  # "said , that" -> "said, that"
    return re.sub(r",(?=[,.;:])", "", trimmed)  # "said,, that" -> "said, that"


def _without_connective(text: str) -> str:
    """``text`` without its connectives only."""
    shorter = _CONNECTIVE_RE.sub("", _without_inner_connective(text))
    return _capitalised(shorter) if shorter != text and len(shorter.split()) >= 3 else text


def _without_inner_connective(text: str) -> str:
    """``text`` without a connective set off by commas (``_INNER_CONNECTIVE_RE``) or closing
    it (``_FINAL_CONNECTIVE_RE``); after an
    opening phrase one comma stays ("At the end of last month[, though], Trump signed"), and
    before a participle, which without it would seem to tell of the noun before ("with North
    Korea[, though], saying that there were hopeful signs"); after a subject or a lone
    participle none ("Progressives[, however,] are", "Asked[, for instance,] whether")."""
    def comma(match: "re.Match[str]") -> str:
        before, after = text[:match.start()].split(), text[match.end():].split()
        if len(before) > 1 and (before[0].lower() in _PHRASE_OPENERS or after and _PARTICIPLE_RE.match(after[0])):
            return ","
        return ""

    return _INNER_CONNECTIVE_RE.sub(comma, _FINAL_CONNECTIVE_RE.sub("", text))


def _unless_counted(match: "re.Match[str]", text: str) -> str:
    """"" for a time phrase that may go; the phrase itself when it restricts a count in its
    clause (``_COUNTED_RE``), when the clause denies something (``_NEGATED_RE``) or when an
    "as" phrase says what set the day (``_AS_SET_RE``)."""
    clause = re.split(r"[,;:]", text[:match.start()])[-1]
    kept = _COUNTED_RE.search(clause) or _NEGATED_RE.search(clause) or _AS_SET_RE.match(text[match.end():])
    return match.group(0) if kept else ""


def trimmed_sentence(sentence: "Sentence") -> "Sentence":
    """The sentence as ``trim`` words it, its tokens recomputed (the same object when no
    rule applies). Its id, report and position stay: it is still that report's sentence."""
    from dataclasses import replace

    from summarizer.text import content_stems, stem, words

    text = trim(sentence.text)
    if text == sentence.text:
        return sentence
    tokens = tuple(words(text))
    return replace(sentence, text=text, words=tokens, stems=tuple(stem(w) for w in tokens),
                   content=frozenset(content_stems(text)))
