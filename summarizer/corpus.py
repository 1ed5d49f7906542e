"""All reports' sentences in one place, with near-duplicates grouped across reports.

A *group* is a set of sentences that say the same thing (content-stem Jaccard at or above
``text.NEAR_DUPLICATE_JACCARD``, joined transitively). Strategies choose among groups (one
representative each), so no brief can say the same thing twice, and every chosen sentence
knows every report that carries it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Sequence

from summarizer import language
from summarizer.ingest import Document
from summarizer.text import (NEAR_DUPLICATE_JACCARD, content_stems, split_sentences, stem,
                             word_count, words)


@dataclass(frozen=True)
class Sentence:
    """One sentence of one report, with its tokens computed once for every strategy."""

    id: int  # index in Corpus.sentences
    doc: int  # index in Corpus.documents
    index: int  # sentence number within its report (0-based), as cited in the output
    paragraph: int
    text: str
    words: tuple[str, ...]
    stems: tuple[str, ...]  # all words, stemmed
    content: frozenset[str]  # stems of content words (no stop words)
    position: float  # index / number of sentences in the report: 0 = lead

    @property
    def word_count(self) -> int:
        return word_count(self.text)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


#: Slack for the prefix-length arithmetic: a longer prefix only adds candidates (each one is
#: checked exactly), a shorter one would lose pairs to float rounding (0.6 * 5 > 3.0).
_EPSILON = 1e-9


def _prefix_length(size: int, threshold: float) -> int:
    """How many of a set's rarest items two sets with Jaccard >= ``threshold`` must share
    at least one of (prefix filtering: Chaudhuri et al. 2006; Bayardo et al. 2007)."""
    return size - math.ceil(threshold * size - _EPSILON) + 1


def near_duplicate_pairs(sets: Sequence[frozenset[str]],
                         threshold: float = NEAR_DUPLICATE_JACCARD) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, whose Jaccard similarity reaches ``threshold``, in order.

    Exact, and about linear in the number of sets: each set is indexed under its rarest
    items only (its prefix, items ordered by how many sets hold them), which two sets that
    reach the threshold must have in common, so common words never pair everything with
    everything. Candidates are then checked exactly.
    """
    frequency = Counter(item for items in sets for item in items)
    rank = {item: n for n, item in enumerate(sorted(frequency, key=lambda item: (frequency[item], item)))}
    index: dict[int, list[int]] = defaultdict(list)
    for j, items in enumerate(sets):
        if not items:
            continue
        ordered = sorted(rank[item] for item in items)
        smallest = threshold * len(items) - _EPSILON  # size filter: |i| >= threshold * |j|
        candidates = {i for token in ordered[:_prefix_length(len(items), threshold)]
                      for i in index[token] if len(sets[i]) >= smallest}
        for i in sorted(candidates):
            shared = len(items & sets[i])
            union = len(items) + len(sets[i]) - shared
            if union and shared / union >= threshold:
                yield i, j
        for token in ordered[:_prefix_length(len(items), threshold)]:
            index[token].append(j)


def _make_sentences(documents: Sequence[Document]) -> list[Sentence]:
    sentences: list[Sentence] = []
    # a sentence several reports print is tokenized once per language
    tokenized: dict[tuple[str | None, str], tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]] = {}
    for doc_number, document in enumerate(documents):
        code = getattr(document, "language", None)
        with language.use(code):
            texts = [(p, s) for p, paragraph in enumerate(document.paragraphs)
                     for s in split_sentences(paragraph)]
            for index, (paragraph, text) in enumerate(texts):
                if (code, text) not in tokenized:
                    tokens = tuple(words(text))
                    tokenized[(code, text)] = (tokens, tuple(stem(w) for w in tokens),
                                               frozenset(content_stems(text)))
                tokens, stems, content = tokenized[(code, text)]
                sentences.append(Sentence(
                    id=len(sentences), doc=doc_number, index=index, paragraph=paragraph,
                    text=text, words=tokens, stems=stems, content=content,
                    position=index / max(len(texts), 1),
                ))
    return sentences


class Corpus:
    """The reports of one run, their sentences and the near-duplicate groups."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.documents = list(documents)
        self.sentences = _make_sentences(self.documents)
        self.group_of = self._group()

    def _group(self) -> list[int]:
        """Each sentence's group: copies of a sentence are one group at once, and only one
        sentence of each set of copies is paired, so a wire paragraph printed by a hundred
        reports costs one sentence, not a hundred squared pairs (the groups are those of
        pairing every sentence: identical word sets have Jaccard 1)."""
        union_find = _UnionFind(len(self.sentences))
        copies = self.copies
        for members in copies:
            if self.sentences[members[0]].content:  # empty word sets pair with nothing
                for sentence_id in members[1:]:
                    union_find.union(members[0], sentence_id)
        for i, j in near_duplicate_pairs([self.sentences[m[0]].content for m in copies]):
            union_find.union(copies[i][0], copies[j][0])
        return [union_find.find(i) for i in range(len(self.sentences))]

    @cached_property
    def copies(self) -> list[list[int]]:
        """Sentence ids grouped by identical text and content words (the same sentence in
        several reports, or twice in one), each list in corpus order, lists in order of
        their first sentence: whatever compares sentences by their words or text needs to
        compare one of each."""
        found: dict[tuple[str, frozenset[str]], list[int]] = {}
        for sentence in self.sentences:
            found.setdefault((sentence.text, sentence.content), []).append(sentence.id)
        return list(found.values())

    @cached_property
    def groups(self) -> dict[int, list[int]]:
        """Group id (its earliest sentence's id) -> sentence ids, in corpus order."""
        groups: dict[int, list[int]] = defaultdict(list)
        for sentence_id, group in enumerate(self.group_of):
            groups[group].append(sentence_id)
        return dict(groups)

    @cached_property
    def _starts(self) -> list[int]:
        """Where each report's sentences start in ``sentences`` (they are in report order),
        and their end."""
        starts = [0] * (len(self.documents) + 1)
        for sentence in self.sentences:
            starts[sentence.doc + 1] += 1
        for doc in range(len(self.documents)):
            starts[doc + 1] += starts[doc]
        return starts

    @cached_property
    def reports_using(self) -> dict[str, frozenset[int]]:
        """Stem (``Sentence.stems``) -> the reports whose sentences use it, copies counted:
        whether a word is the story's or one report's thread."""
        users: dict[str, set[int]] = defaultdict(set)
        for sentence in self.sentences:
            for word_stem in sentence.stems:
                users[word_stem].add(sentence.doc)
        return {word_stem: frozenset(docs) for word_stem, docs in users.items()}

    def sentences_of(self, doc: int) -> list[Sentence]:
        """The sentences of report ``doc``, in order, without scanning the others."""
        return self.sentences[self._starts[doc]:self._starts[doc + 1]]

    def members(self, sentence_id: int) -> list[Sentence]:
        """The sentence and every near-duplicate of it, in any report."""
        return [self.sentences[i] for i in self.groups[self.group_of[sentence_id]]]

    def support(self, sentence_id: int) -> list[int]:
        """Indices of the reports that carry this sentence or a near-duplicate of it."""
        return sorted({s.doc for s in self.members(sentence_id)})

    def representatives(self) -> list[Sentence]:
        """One sentence per group: the earliest, so a repeated wire paragraph is considered
        once, at its first appearance."""
        return [self.sentences[group] for group in self.groups]

    def mean_position(self, sentence_id: int) -> float:
        members = self.members(sentence_id)
        return sum(s.position for s in members) / len(members)
