"""Which sentences of newswire reports may stand alone in a brief.

Multi-document extractors choose sentences by what they cover; none of them can see that a
sentence is a fragment of a quotation, a rhetorical question or a credit line. These rules
remove such sentences *before* selection. Each rule is a small predicate with the reason it
exists; ``candidate_ids`` applies the ones a ``CandidateRules`` switches on.

Rules on the text itself (what a sentence, a word or a stem is) belong to ``text.py``; the
rules here only judge whole sentences that the shared text layer produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.corpus import Corpus, Sentence

# --- the rules ---------------------------------------------------------------------------

#: A dateline the ingest step missed: "WASHINGTON (AP) --", "MOSCOW, Oct. 3 (Reuters) -",
#: "NAIROBI, Kenya _". Printed in the middle of a brief it reads as clutter, and the
#: sentence cannot be trimmed (strategies choose sentences, never cut them).
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Za-z0-9.]+)?)?\s*(?:\([A-Za-z ]+\))?\s*(?:--|_|-)\s")
#: Credit lines and wire furniture: bylines, "Associated Press Writer", copyright notices,
#: "X contributed to this report". They carry no facts about the event.
_CREDIT_RE = re.compile(
    r"^By [A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3}$|Associated Press Writer|"
    r"\bcontributed to this report\b|^Copyright\b|^\(?(?:AP|AFP|Reuters|UPI)\)?$|"
    r"\b(?:Staff|Special) (?:Writer|Correspondent)\b", re.I)
#: Words that, opening a sentence, point at something said before it: out of its report
#: the sentence has no referent ("He said the talks failed" - who?).
PRONOUNS = frozenset("he she it they his her its their them him this these those".split())


def too_short(sentence: Sentence, min_words: int) -> bool:
    """Under ``min_words`` words a newswire sentence is rarely a complete fact ("Hun Sen,
    however, rejected that."), and short sentences are the ones most often out of context."""
    return sentence.word_count < min_words


def incomplete(sentence: Sentence) -> bool:
    """Ends with a colon or comma: the rest of it was a list or a quotation block."""
    return sentence.text.rstrip()[-1:] in (":", ",", ";")


def is_question(sentence: Sentence) -> bool:
    """Questions in news are rhetorical or quoted; a brief states what happened."""
    return bool(re.search(r"\?[\"')\]]*$", sentence.text.rstrip()))


def quote_fraction(text: str) -> float:
    """Share of the words that stand inside double quotes."""
    inside, total, quoted = 0, 0, False
    for token in re.findall(r'"|[^\s"]+', text):
        if token == '"':
            quoted = not quoted
            continue
        total += 1
        inside += quoted
    return inside / total if total else 0.0


def is_quotation(sentence: Sentence, max_quoted: float = 0.5) -> bool:
    """A quotation, not a report of fact: the sentence opens with a quote mark, or has an
    odd number of them (a fragment of a quotation that spans sentences: 'It is detrimental
    to the sovereignty of Cambodia," he said.'), or most of its words are quoted. Reporters'
    own sentences state the facts; quotes are colour, opinion, and often need context."""
    text = sentence.text.lstrip("(")
    if text.startswith(('"', "'")):
        return True
    if text.count('"') % 2 == 1:
        return True
    return quote_fraction(text) > max_quoted


def is_wire_furniture(sentence: Sentence) -> bool:
    """A dateline or a credit line (see ``_DATELINE_RE`` and ``_CREDIT_RE``)."""
    return bool(_DATELINE_RE.match(sentence.text) or _CREDIT_RE.search(sentence.text))


def opens_with_pronoun(sentence: Sentence) -> bool:
    """Opens with a pronoun or demonstrative whose referent lies in an earlier sentence."""
    return bool(sentence.words) and sentence.words[0].lower() in PRONOUNS


# --- applying them -----------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRules:
    """Switches and thresholds of the rules.

    Defaults: ``min_words=8`` because sentences under 8 words in DUC newswire are mostly
    attributions, fragments and quotes (ICSISumm used 10; 8 keeps short factual leads such
    as "The storm killed at least 231 people in Honduras."). Quotations, questions and wire
    furniture are dropped. Pronoun-initial sentences are kept: in newswire the pronoun
    nearly always names the story's protagonist, whom other chosen sentences introduce.
    ``one_per_group`` keeps one sentence per near-duplicate group (the earliest that passes
    the rules), so a wire paragraph reprinted by five reports is one candidate.
    """

    min_words: int = 8
    drop_quotations: bool = True
    drop_questions: bool = True
    drop_wire_furniture: bool = True
    drop_pronoun_initial: bool = False
    one_per_group: bool = True


DEFAULT_RULES = CandidateRules()


def passes(sentence: Sentence, rules: CandidateRules = DEFAULT_RULES) -> bool:
    """True when no switched-on rule rejects the sentence."""
    if too_short(sentence, rules.min_words) or incomplete(sentence):
        return False
    if rules.drop_quotations and is_quotation(sentence):
        return False
    if rules.drop_questions and is_question(sentence):
        return False
    if rules.drop_wire_furniture and is_wire_furniture(sentence):
        return False
    return not (rules.drop_pronoun_initial and opens_with_pronoun(sentence))


def candidate_ids(corpus: Corpus, rules: CandidateRules = DEFAULT_RULES) -> list[int]:
    """Ids of the sentences a brief may use, in corpus order.

    When the rules leave nothing (a tiny input, or one made only of quotes), the length
    floor and the other rules are relaxed step by step rather than returning an empty brief.
    """
    chosen = _apply(corpus, rules)
    if not chosen:
        chosen = _apply(corpus, CandidateRules(min_words=3, one_per_group=rules.one_per_group))
    if not chosen:
        chosen = _apply(corpus, CandidateRules(
            min_words=1, drop_quotations=False, drop_questions=False,
            drop_wire_furniture=False, one_per_group=rules.one_per_group))
    return chosen


def _apply(corpus: Corpus, rules: CandidateRules) -> list[int]:
    kept = [s.id for s in corpus.sentences if passes(s, rules)]
    if not rules.one_per_group:
        return kept
    seen: set[int] = set()
    out = []
    for sentence_id in kept:
        group = corpus.group_of[sentence_id]
        if group not in seen:
            seen.add(group)
            out.append(sentence_id)
    return out
