"""One name spelled two ways by two reports ("Vicente Fox" / "Vincente Fox", "Reince
Priebus" / "Reince Preibus", "in Norfolk" / "in Norwalk") where they state one claim.

Candidates are found in the words, with no parse: a capitalised word of one report that
the other report never writes, a few letter edits (``max_edits``) from a word the other
writes and the first never does, and no other form of it ("Obama" / "Obamas", "Democrats" /
"Democratic": one stem, or one begins the other, ``variants.related``). Only the sentences
holding such a pair are parsed, and the pair is listed (kind "name") where spaCy reads both
words as part of a name (``stances.NAME_LABELS``) and the two names are one party's:

* both names have other words, and they share one ("Vicente Fox" / "Vincente Fox"); names
  whose other words differ are two people ("Mark Emmert" / "Marc Benioff");
* otherwise the sentences state one claim: one fact, or about one thing
  (``claims.about_one_thing``: shared content words besides the names).

A person's or an organisation's name spelled two ways is one party named by both, so the
difference is listed, not disputed. Two places spelled alike are as often two places
("Norfolk" / "Norwalk", "Iran" / "Iraq") as one misspelt: a report that gives one is not
cited for a sentence that gives the other (``Difference.conflicting``), unless one spelling
is the other with one letter more ("Kazakhstan" / "Kazakstan": one place).

``one_per_name`` lists a name once when two differences mark its words side by side
("Muammar) al-Qaddafi" / "Moammar) Gadhafi": the surname substituted, the first name spelled).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from summarizer.corpus import Corpus
from summarizer.text import is_stop_word, stem
from summarizer.trust.align import Alignment
from summarizer.trust.places import PLACE_LABELS
from summarizer.trust.stances import NAME_LABELS
from summarizer.trust.variants import Difference, Variant, distinct_reports, related, variants_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Shortest word compared: shorter names differ by one letter from too many others.
MIN_LETTERS = 4
#: Words this long may differ by two edits ("Norfolk" / "Norwalk"); shorter ones by one
#: ("Iran" / "Iraq", "Vicente" / "Vincente").
TWO_EDIT_LETTERS = 6
#: Dependencies of a name that modifies a noun ("the Norwalk event").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Words on each side of a name's word where its other words stand ("Former Mexican
#: President Vicente Fox").
NEAR_WORDS = 2


def edits(a: str, b: str) -> int:
    """Letters changed, added, dropped or swapped with a neighbour between two words (the
    optimal string alignment distance: "Priebus" / "Preibus" is one swap)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _fold(word: str) -> str:
    """Lower case without accents: "Calderón" and "Calderon" are one spelling, the accent
    dropped as English copy often drops it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def max_edits(word: str) -> int:
    return 2 if len(word) >= TWO_EDIT_LETTERS else 1


def spelling_variants(a: str, b: str) -> bool:
    """Two words that may be one name spelled two ways: both capitalised, long enough, a
    few edits apart, and not two forms of one word ("Democrats" / "Democratic")."""
    if not (a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha()):
        return False
    low_a, low_b = _fold(a), _fold(b)
    if min(len(a), len(b)) < MIN_LETTERS or low_a == low_b or related(low_a, low_b):
        return False
    if stem(low_a) == stem(low_b):
        return False
    return edits(low_a, low_b) <= max_edits(min(low_a, low_b, key=len))


def _words(words: Iterable[str]) -> set[str]:
    """The words, and the name after a hyphenated prefix ("al-Qaddafi" -> "Qaddafi")."""
    return {part for w in words for part in {w, w.rsplit("-", 1)[-1]}}


def _capitalised(corpus: Corpus, doc: int) -> tuple[set[str], set[str]]:
    """(capitalised words, every word lower case) of one report."""
    words = _words(w for s in corpus.sentences_of(doc) for w in s.words)
    return {w for w in words if w[:1].isupper() and w.isalpha()}, {_fold(w) for w in words}


def _deletions(word: str, depth: int) -> set[str]:
    """The word with up to ``depth`` letters dropped: two words within ``depth`` edits of
    each other share one (the index that finds look-alikes without comparing every pair)."""
    found, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _candidates(corpus: Corpus, documents: Iterable[int]) -> list[tuple[str, str, int, int]]:
    """(word of report A, word of report B, A, B) for every pair of spellings that each
    report writes and the other never does. Words are paired through the index of their
    ``_deletions``, never all pairs."""
    docs = sorted(documents)
    words = {doc: _capitalised(corpus, doc) for doc in docs}
    index: dict[str, set[str]] = defaultdict(set)
    for word in sorted({w for doc in docs for w in words[doc][0] if len(w) >= MIN_LETTERS}):
        for key in _deletions(_fold(word), max_edits(word)):
            index[key].add(word)
    pairs = {(x, y) for group in index.values() if len(group) > 1 for x in group for y in group
             if x < y and spelling_variants(x, y)}
    found = []
    for x, y in sorted(pairs):
        for a in docs:
            for b in docs:
                if (a != b and x in words[a][0] and y in words[b][0] and _fold(y) not in words[a][1]
                        and _fold(x) not in words[b][1]):
                    found.append((x, y, a, b))
    return found


def _entity(doc: "Doc", word: str) -> "Span | None":
    """The name (``NAME_LABELS``) the word is part of, if spaCy reads one."""
    return next((e for e in doc.ents if e.label_ in NAME_LABELS and any(t.text == word for t in e)), None)


def _modifying_name(doc: "Doc", word: str, label: str) -> "Span | None":
    """The word as a name of the look-alike's kind (``label``) where it is a proper noun
    modifying a noun and spaCy reads no entity there: the small model often leaves a name
    used as a modifier unlabelled ("during the Norwalk event" / "at a 2008 event in
    Norfolk")."""
    from spacy.tokens import Span

    token = next((t for t in doc if t.text == word and t.tag_ == "NNP" and not t.ent_type_
                  and t.dep_ in MODIFIER_DEPS and t.head.pos_ == "NOUN"), None)
    return None if token is None else Span(doc, token.i, token.i + 1, label=label)


def _other_words(entity: "Span", word: str) -> set[str]:
    """The name's other words, lower case, without titles' dots ("Vicente Fox" -> {"fox"})."""
    return {t.text.lower().strip(".") for t in entity if t.text != word and t.is_alpha and t.pos_ == "PROPN"}


def one_party(first: "Span", second: "Span", a: str, b: str) -> bool | None:
    """Whether the two names name one party by their other words: True when they share
    one, however spelt ("Muammar Qaddafi" / "Moammar Gadhafi"), and one has no word the
    other lacks ("Suleiman Tahayneh" / "Suleiman Musa Dahayneh"); False when both have
    others and each has a word of its own ("Kim Jong Il" / "Kim Dae Jung", "Mark Emmert" /
    "Marc Benioff"); None when that cannot tell (a name of one word)."""
    left, right = _other_words(first, a), _other_words(second, b)
    if not (left and right):
        return None

    def alike(x: str, y: str) -> bool:
        return x == y or edits(x, y) <= max_edits(min(x, y, key=len))

    own = ({x for x in left if not any(alike(x, y) for y in right)},
           {y for y in right if not any(alike(x, y) for x in left)})
    return len(own[0]) < len(left) and not (own[0] and own[1])


def _near(corpus: Corpus, sentence: int, word: str) -> set[str]:
    """The words, lower case, within ``NEAR_WORDS`` of the name's word: a name's other words
    lie there, so sentences whose names can share one share such a word (checked before
    anything is parsed)."""
    words = corpus.sentences[sentence].words
    near: set[str] = set()
    for n, found in enumerate(words):
        if word in _words([found]):
            near |= {w.lower() for w in words[max(0, n - NEAR_WORDS):n] + words[n + 1:n + 1 + NEAR_WORDS]}
    return {w for w in near if not is_stop_word(w)} - {word.lower()}


def spelling_differences(corpus: Corpus, alignment: Alignment, documents: Iterable[int],
                         event: int | None = None) -> list[Difference]:
    """Names spelled two ways by reports of one event, where they state one claim."""
    from summarizer.nlp.load import parse_all
    from summarizer.trust.claims import about_one_thing

    holding: dict[tuple[int, str], list[int]] = {}
    pairs = []  # (x, y, sentence of x, sentence of y, about one thing) worth parsing
    for x, y, a, b in _candidates(corpus, documents):
        for doc, word in ((a, x), (b, y)):
            if (doc, word) not in holding:
                holding[(doc, word)] = [s.id for s in corpus.sentences_of(doc) if word in _words(s.words)]
        for left in holding[(a, x)]:
            for right in holding[(b, y)]:
                about = about_one_thing(corpus, alignment, left, right, {stem(x.lower()), stem(y.lower())})
                if about or _near(corpus, left, x) & _near(corpus, right, y):
                    pairs.append((x, y, left, right, about))
    ids = sorted({i for pair in pairs for i in pair[2:4]})
    parsed = dict(zip(ids, parse_all(corpus.sentences[i].text for i in ids)))
    readings: dict[tuple[str, str], dict[Any, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
    places: dict[tuple[str, str], bool] = {}
    for x, y, left, right, about in pairs:
        first, second = _entity(parsed[left], x), _entity(parsed[right], y)
        if first is None and second is not None:
            first = _modifying_name(parsed[left], x, second.label_)
        elif second is None and first is not None:
            second = _modifying_name(parsed[right], y, first.label_)
        if first is None or second is None:
            continue
        same = one_party(first, second, x, y)
        if not (about if same is None else same):
            continue
        key = tuple(sorted((_fold(x), _fold(y))))
        for sentence, entity, word in ((left, first, x), (right, second, y)):
            start = next(t.idx for t in entity if t.text == word)
            spans = readings[key][word.lower()]
            if all(s != sentence for s, _, _ in spans):
                spans.append((sentence, start, start + len(word)))
        places[key] = places.get(key, True) and first.label_ in PLACE_LABELS and second.label_ in PLACE_LABELS
    found = []
    for key in sorted(readings):
        conflicting = places[key] and not _one_letter_more(*key)
        difference = Difference("name", variants_of(corpus, readings[key]), event, conflicting=conflicting)
        if len(difference.variants) == 2 and distinct_reports(difference):
            found.append(difference)
    return found


def _one_letter_more(a: str, b: str) -> bool:
    """One spelling is the other with one letter more ("Kazakhstan" / "Kazakstan"): one
    place's two spellings; a letter changed ("Norfolk" / "Norwalk", "Iran" / "Iraq") may be
    two places."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and short in _deletions(long, 1)


def one_per_name(found: Sequence[Difference]) -> list[Difference]:
    """Two name differences between the same sentences whose changed words stand side by
    side are one name spelled two ways ("Muammar) al-Qaddafi" / "Moammar) Gadhafi", found
    once as a substituted name and once as a spelling): listed once, the words of both marked."""
    out: list[Difference] = []
    for difference in found:
        merged = next(((n, m) for n, earlier in enumerate(out)
                       if (m := _adjacent_names(earlier, difference)) is not None), None)
        if merged is None:
            out.append(difference)
        else:
            out[merged[0]] = merged[1]
    return out


def _adjacent_names(a: Difference, b: Difference) -> Difference | None:
    """``a`` and ``b`` as one difference when both are names, their variants quote the same
    sentences in the same order, and in each the two changed spans are separated by
    punctuation and spaces only; else None."""
    if a.kind != "name" or b.kind != "name" or len(a.variants) != len(b.variants):
        return None
    variants = []
    for x, y in zip(a.variants, b.variants):
        if x.sources != y.sources or x.sentence != y.sentence:
            return None
        first, second = _span(x), _span(y)
        if first is None or second is None:
            return None
        first, second = sorted([first, second])
        if any(ch.isalnum() for ch in x.sentence[first[1]:second[0]]):
            return None
        opens, closes = min(first[2], second[2]), max(first[3], second[3])
        variants.append(replace(x, text=x.sentence[opens:closes], changed=x.sentence[first[0]:second[1]],
                                offset=first[0] - opens))
    return replace(a, variants=tuple(variants))


def _span(variant: Variant) -> tuple[int, int, int, int] | None:
    """(start, end) of the variant's changed words in its sentence and of its passage."""
    at = variant.sentence.find(variant.text)
    if at < 0 or not variant.changed:
        return None
    start = at + variant.offset
    return start, start + len(variant.changed), at, at + len(variant.text)
