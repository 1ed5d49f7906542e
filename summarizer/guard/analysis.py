"""What the guard's rules read from a sentence: tokens with clause marks, names, cues."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from summarizer.guard.vocabulary import (
    ATTRIBUTION,
    CLAUSE_SPLIT,
    CUE_CLASS,
    FREE_WORDS,
    IRREGULAR,
    NUMBER_VALUES,
    ORDINAL_DIGITS,
    ORDINAL_VALUES,
)
from summarizer.text import SENTENCE_OPENERS, is_number, normalize_number, stem, stop_words
from summarizer.text import tokens as text_tokens
from summarizer.text.tokens import Token


@dataclass(frozen=True)
class Verdict:
    """The guard's answer: accepted or not, and a short human-readable why when not."""

    accepted: bool
    reason: str | None = None

    def __bool__(self) -> bool:
        return self.accepted


ACCEPT = Verdict(True)


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
        return [t for t in self.tokens if not is_free(t)]


def is_free(token: Token) -> bool:
    """A closed-class word (``FREE_WORDS``) that no rule needs vouched for; not an acronym."""
    return token.lower in FREE_WORDS and not is_acronym(token.text)


def is_acronym(word: str) -> bool:
    """'US', 'U.S', 'NSA': two or more capitals (dots allowed) and no lower-case letter."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def number_value(word: str) -> str | None:
    """The comparable value of a number token, a number word or an ordinal, else None."""
    lower = word.lower()
    if is_number(lower):
        return normalize_number(lower)
    if lower in NUMBER_VALUES:
        return NUMBER_VALUES[lower]
    if lower in ORDINAL_VALUES:
        return ORDINAL_VALUES[lower]
    match = ORDINAL_DIGITS.match(lower)
    return f"{match.group(1)}th" if match else None


def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` (``summarizer.text.tokens.tokenize``) keyed by ``token_stem``, with
    clause marks: clauses are cut at commas, semicolons, colons, brackets, quotes and dashes
    (``CLAUSE_SPLIT``), and a cue's scope and a role never reach across them."""
    return text_tokens.tokenize(text, token_stem, CLAUSE_SPLIT)


def token_stem(word: str) -> str:
    """The shared stem, except: numbers by value, "n't" as "not", irregular verbs by base."""
    value = number_value(word)
    if value is not None:
        return value
    lower = word.lower()
    if lower.endswith("n't"):
        return "not"
    return stem(IRREGULAR.get(lower, lower))


def analyse(text: str, known_names: frozenset[str] = frozenset(),
            known_lower: frozenset[str] = frozenset()) -> Analysis:
    """Tokens plus which of them are names.

    A capitalised word is a name, except a closed-class word ("The", "We") and, opening a
    sentence or a quotation (``Token.opens``), an ordinary word: a cue, an attribution verb,
    a common sentence opener, an "-ly" adverb, or a word the texts also write in lower case
    ("Earlier" / "earlier").
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
        elif not is_free(t) and not (t.opens and _ordinary_opener(t, lower_words)):
            analysis.names.add(t.index)
    return analysis


def _ordinary_opener(token: Token, lower_words: frozenset[str]) -> bool:
    lower = token.lower
    return (
        lower in lower_words or lower in CUE_CLASS or lower in ATTRIBUTION
        or lower in SENTENCE_OPENERS or lower.endswith("ly") or lower in stop_words()
    )
