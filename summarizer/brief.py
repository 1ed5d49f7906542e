"""The Brief: the chosen sentences in reading order, each with the reports that carry it,
plus what a reader needs to trust it (support, events, differences; see ``trust.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import Document

if TYPE_CHECKING:
    from summarizer.selection.printing import Rewrite
    from summarizer.trust.differences import Difference


@dataclass(frozen=True)
class Source:
    """A sentence of a report: the report's id (its file name) and the sentence's number."""

    document: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "sentence": self.sentence}


@dataclass
class BriefSentence:
    text: str
    sources: list[Source]
    sentence_id: int | None = None  # the corpus sentence it was selected as
    rewritten: bool = False  # abstractive strategies: the text is a model's rewrite
    guard: str | None = None  # why a rewrite or a fusion was refused
    event: int | None = None  # index into Brief.events
    fact: int | None = None  # the aligned fact (see align.py) it states
    differences: list[int] = field(default_factory=list)  # indices into Brief.differences
    disputed: int | None = None  # index into Brief.differences: reports give other accounts
    operation: str = "kept"  # abstractive strategies: kept | compressed | fused
    # what printing changed in the report's words (a reference replaced by its name)
    rewrites: list["Rewrite"] = field(default_factory=list)

    @property
    def support(self) -> list[str]:
        """The reports that carry this sentence (or a version of it), in input order."""
        seen: dict[str, None] = {}
        for source in self.sources:
            seen.setdefault(source.document, None)
        return list(seen)


@dataclass
class BriefEvent:
    """One event the reports describe, and the brief's sentences about it."""

    id: int
    label: str  # "Brunei, July 2"
    place: str | None
    date: str | None
    documents: list[str]  # report ids
    sentences: list[int] = field(default_factory=list)  # indices into Brief.sentences

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "place": self.place, "date": self.date,
                "documents": list(self.documents), "sentences": list(self.sentences)}


@dataclass
class Brief:
    strategy: str
    length: Budget
    sentences: list[BriefSentence]
    documents: list[Document]
    differences: list["Difference"] = field(default_factory=list)
    events: list[BriefEvent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    headline: str | None = None  # a report's headline that fits the brief best
    headline_source: str | None = None  # the id of that report

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        from summarizer.render import brief_to_dict

        return brief_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from summarizer.render import to_markdown

        return to_markdown(self)

    def __str__(self) -> str:
        return self.text


def reading_order(corpus: Corpus, sentence_ids: Sequence[int]) -> list[int]:
    """Order sentences as one report would: by their average relative position in the
    reports that carry them (leads first), ties by report and sentence number."""
    return sorted(sentence_ids, key=lambda i: (corpus.mean_position(i), corpus.sentences[i].doc,
                                               corpus.sentences[i].index))


def source_of(corpus: Corpus, sentence_id: int) -> Source:
    sentence = corpus.sentences[sentence_id]
    return Source(corpus.documents[sentence.doc].id, sentence.index)


def sources_of(corpus: Corpus, sentence_id: int) -> list[Source]:
    return [source_of(corpus, s.id) for s in corpus.members(sentence_id)]


def brief_sentence(corpus: Corpus, sentence_id: int, text: str) -> BriefSentence:
    """The corpus sentence as a brief prints it (``text``): its sources, and the rewrites
    of the report's words behind the text (``printing.rewrites_in``)."""
    from summarizer.selection.printing import rewrites_in

    return BriefSentence(text, sources_of(corpus, sentence_id), sentence_id=sentence_id,
                         rewrites=list(rewrites_in(corpus, sentence_id, text)))


def build_brief(corpus: Corpus, selected: Sequence[int], strategy: str, budget: Budget,
                wording: Callable[[int], str] | None = None) -> Brief:
    """Turn a strategy's selection into a Brief, checking the two promises every strategy
    makes (within budget, one sentence per near-duplicate group). ``wording`` (the
    strategy's, see ``Strategy.wording``) gives the text printed for a sentence id; by
    default the report's own sentence."""
    text_of = wording or (lambda i: corpus.sentences[i].text)
    groups = [corpus.group_of[i] for i in selected]
    if len(set(groups)) != len(groups):
        raise AssertionError(f"strategy {strategy} selected two near-duplicate sentences")
    if not budget.fits(text_of(i) for i in selected):
        raise AssertionError(f"strategy {strategy} exceeded the budget {budget}")
    if not selected:
        raise InputError(f"the length budget {budget} is smaller than any sentence of the reports")
    ordered = reading_order(corpus, selected)
    sentences = [brief_sentence(corpus, i, text_of(i)) for i in ordered]
    return Brief(strategy=strategy, length=budget, sentences=sentences, documents=corpus.documents)
