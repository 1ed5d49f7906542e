"""What a brief prints for a report sentence: furniture stripped, and an opening reference
replaced by the name its report gives when that is unambiguous (a guarded rewrite that the
brief records: ``Rewrite``, ``rewrites_in``)."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.corpus import Corpus, Sentence
from summarizer.nlp import dependence, naming, references
from summarizer.selection.rules import stripped


def report_sentences(corpus: Corpus, sentence: Sentence, start: int, stop: int) -> list[Sentence]:
    """Sentences ``start:stop`` (indices within the report) of the sentence's report: a
    report's sentences are contiguous in the corpus, so no scan of the corpus is needed."""
    first = sentence.id - sentence.index
    span = corpus.sentences[first + max(0, start):first + max(0, stop)]
    return [s for s in span if s.doc == sentence.doc]


def _report_people(corpus: Corpus, sentence: Sentence) -> list[str]:
    """People the report names in its lead and just before the sentence (parsed)."""
    from summarizer.nlp.load import parse_all

    nearby = (report_sentences(corpus, sentence, 0, 5)
              + report_sentences(corpus, sentence, sentence.index - references.LOOKBACK, sentence.index))
    return [e.text for doc in parse_all(stripped(s.text) for s in nearby)
            for e in doc.ents if e.label_ == "PERSON"]


def resolved_name(corpus: Corpus, sentence_id: int, pronoun: str = "he") -> str | None:
    """The name that replaces the sentence's opening ``pronoun`` ("he", "she", "his",
    "her"), when its report leaves no doubt whom it means (``references.antecedent``, and
    nothing there to doubt it: ``naming.doubtful``)."""
    from summarizer.nlp.load import parse_all

    sentence = corpus.sentences[sentence_id]
    before = report_sentences(corpus, sentence, sentence.index - references.LOOKBACK, sentence.index)
    if not before:
        return None
    docs = parse_all(stripped(s.text) for s in before)
    name = references.antecedent(docs, _report_people(corpus, sentence))
    return None if name is None or naming.doubtful(docs, name, pronoun) else name


@dataclass(frozen=True)
class Rewrite:
    """A change the brief made to a report's words, as the JSON records it: ``kind``
    "reference" when a reference pointing outside the sentence ("He", "The other") was
    replaced by the name the report gives (``before`` -> ``after``)."""

    kind: str
    before: str
    after: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "from": self.before, "to": self.after}


@dataclass(frozen=True)
class Printed:
    """The text a brief prints for a sentence and the rewrites that made it."""

    text: str
    rewrites: tuple[Rewrite, ...] = ()


def printed(corpus: Corpus, sentence_id: int, text: str | None = None) -> Printed:
    """The text a brief prints for a sentence: furniture stripped, and an opening reference
    replaced by the name its report gives when that is unambiguous: a personal pronoun by
    the one person the report names just before (``resolved_name``), a description by the
    name it carries in apposition ("The other, Ofer Biton, ...") or, for a person, by the
    name the report gave with that description before ("The 49-year-old" -> "Dave Brat",
    ``_described``). The rewrite stands only
    when its parse passes ``naming.sound``; it is recorded in ``rewrites``. ``text`` is
    the sentence as a strategy words it (trimmed), by default the report's."""
    from summarizer.nlp.load import parse

    cleaned = stripped(corpus.sentences[sentence_id].text if text is None else text)
    if not dependence.might_open_with_reference(cleaned):
        return Printed(cleaned)
    doc = parse(cleaned)
    if not dependence.opens_with_reference(doc):
        return Printed(cleaned)
    pronoun = naming.nameable_pronoun(doc)
    name = resolved_name(corpus, sentence_id, pronoun) if pronoun else None
    change = naming.replacement(cleaned, doc, name) or _described(corpus, sentence_id, cleaned, doc)
    if change is None:
        return Printed(cleaned)
    rewritten = change.applied(cleaned)
    if not naming.sound(doc, parse(rewritten)):
        return Printed(cleaned)
    return Printed(rewritten, (Rewrite("reference", change.reference, change.name),))


def _described(corpus: Corpus, sentence_id: int, text: str, doc) -> "naming.Replacement | None":
    """An opening description of a person ("The 49-year-old") replaced by the name its
    report gave with that description before (``naming.described_replacement``); only the
    report's earlier sentences that use a word of the description are parsed, and only for
    a sentence that opens with one."""
    from summarizer.nlp.load import parse_all

    head = references.definite_reference(doc)
    keys = naming.description_keys(head) if head is not None else set()
    if not keys:
        return None
    sentence = corpus.sentences[sentence_id]
    earlier = [stripped(s.text) for s in report_sentences(corpus, sentence, 0, sentence.index)]
    before = parse_all(t for t in earlier if any(k in t.lower() for k in keys))  # where it is said of someone
    return naming.described_replacement(text, doc, before)


def printed_text(corpus: Corpus, sentence_id: int, text: str | None = None) -> str:
    """``printed(...).text``: what a brief prints for the sentence."""
    return printed(corpus, sentence_id, text).text


def rewrites_in(corpus: Corpus, sentence_id: int, text: str) -> tuple[Rewrite, ...]:
    """The rewrites behind ``text``, the words a strategy prints for the sentence: those of
    ``printed`` when it is what the strategy printed, none when the strategy words the
    sentence otherwise (the report's own words, or trimmed)."""
    if text == stripped(corpus.sentences[sentence_id].text):
        return ()
    result = printed(corpus, sentence_id)
    return result.rewrites if result.text == text else ()
