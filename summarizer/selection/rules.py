"""The cheap candidate rules: predicates on one sentence's text and words, no parse.

Each rule is a small predicate with the reason it exists; ``candidates.passes`` applies the
ones a ``CandidateRules`` switches on (the parse-based trust rules live in ``candidates``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.corpus import Sentence
from summarizer.nlp import furniture
from summarizer.text.lexicon import ANAPHORS

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
_QUESTION_RE = re.compile(r"\?[\"')\]]*$")
_QUOTE_TOKEN_RE = re.compile(r'"|[^\s"]+')
#: Words that, opening a sentence, point at something said before it: out of its report
#: the sentence has no referent ("He said the talks failed" - who?).
PRONOUNS = ANAPHORS  # the lexicon's back-pointing pronouns and determiners


@lru_cache(maxsize=20_000)
def stripped(text: str) -> str:
    """``furniture.strip(text)``, remembered: the cheap rules, the trust rules and the
    batch parse each need it for the same sentences (``candidates.forget_judgements``
    empties it, so benchmarks time it cold)."""
    return furniture.strip(text)


def too_short(sentence: Sentence, min_words: int) -> bool:
    """Under ``min_words`` words a newswire sentence is rarely a complete fact ("Hun Sen,
    however, rejected that."), and short sentences are the ones most often out of context."""
    return sentence.word_count < min_words


#: Two sentences run together where the report lost a period: a lower-case word, then a
#: capitalised subject pronoun and a lower-case word ("a retired neurosurgeon They join").
_RUN_ON_RE = re.compile(r"[a-z,] (?:They|He|She|We) [a-z]")


def incomplete(sentence: Sentence, endings: tuple[str, ...] = (":", ",", ";")) -> bool:
    """Ends with a colon, comma or semicolon (``endings``): the rest of it was a list or a
    quotation block; or it runs two sentences together (``_RUN_ON_RE``)."""
    return sentence.text.rstrip()[-1:] in endings or bool(_RUN_ON_RE.search(sentence.text))


def is_question(sentence: Sentence) -> bool:
    """Questions in news are rhetorical or quoted; a brief states what happened."""
    return bool(_QUESTION_RE.search(sentence.text.rstrip()))


def quote_fraction(text: str) -> float:
    """Share of the words that stand inside double quotes."""
    inside, total, quoted = 0, 0, False
    for token in _QUOTE_TOKEN_RE.findall(text):
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
    return '"' in text and quote_fraction(text) > max_quoted  # no quote: nothing is quoted


def is_wire_furniture(sentence: Sentence) -> bool:
    """A credit line (``_CREDIT_RE``), or a dateline (``_DATELINE_RE``) that
    ``furniture.strip`` cannot take off (datelines it removes leave the sentence usable)."""
    text = stripped(sentence.text)
    return bool(_DATELINE_RE.match(text) or _CREDIT_RE.search(text))


def opens_with_pronoun(sentence: Sentence) -> bool:
    """Opens with a pronoun or demonstrative whose referent lies in an earlier sentence."""
    return bool(sentence.words) and sentence.words[0].lower() in PRONOUNS
