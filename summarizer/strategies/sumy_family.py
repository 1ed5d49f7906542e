"""sumy's summarizers, applied to the whole set of reports.

sumy was built for one document: asked for k sentences it returns them in document order
and happily returns the same sentence twice when two reports carry it. So we give it every
sentence of every report (as one document whose paragraphs are the reports), record its
full *ranking* (sumy accepts a callable as ``sentences_count``: it receives the sentences
sorted best-first), and let ``greedy_fill`` take that ranking down to the budget while
skipping near-duplicates. sumy tokenizes through ``text.OfflineTokenizer`` and stems with
the engine's stemmer, both in the reports' language (``Document.language``), so it never
needs NLTK data.
"""

from __future__ import annotations

import random
from collections import Counter
from functools import partial

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.selection.candidates import GREEDY_RULES, CandidateRules
from summarizer.strategies.base import Strategy, greedy_fill
from summarizer.language import ENGLISH, of_documents
from summarizer.text import OfflineTokenizer, stem, stop_words, words

#: Generic low-value words for Edmundson's cue method (hedges, filler, web furniture).
STIGMA_WORDS = ("hardly", "impossible", "perhaps", "maybe", "somewhat", "advertisement",
                "click", "subscribe", "photo", "comment", "meanwhile", "also")


def sumy_document(corpus: Corpus, with_titles: bool = False):
    """One sumy document: a paragraph per report, a sumy sentence per corpus sentence
    (and, for Edmundson, each report's headline as a heading)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = OfflineTokenizer(of_documents(corpus.documents))
    paragraphs = []
    for doc_number, document in enumerate(corpus.documents):
        items = []
        if with_titles and document.title:
            items.append(Sentence(document.title, tokenizer, is_heading=True))
        items.extend(Sentence(s.text, tokenizer) for s in corpus.sentences if s.doc == doc_number)
        paragraphs.append(Paragraph(items))
    return ObjectDocumentModel(paragraphs)


class _RankRecorder:
    """Passed to sumy as ``sentences_count``: remembers the order sumy rated the
    sentences in (best first) and lets all of them through."""

    def __init__(self) -> None:
        self.order: list[int] = []

    def __call__(self, infos):
        infos = list(infos)
        # Ratings are compared at 9 significant digits, ties in corpus order: LSA's SVD (and
        # any multithreaded BLAS sum) varies in the last bits from run to run, which would
        # otherwise swap equally rated sentences and make the brief nondeterministic.
        ranked = sorted(infos, key=lambda info: (-float(f"{info.rating:.9g}"), info.order))
        self.order = [info.order for info in ranked]
        return infos


class SumyStrategy(Strategy):
    """Base for the sumy family: subclasses name the sumy class and configure it."""

    sumy_class: str = ""

    def __init__(self, rules: CandidateRules = GREEDY_RULES) -> None:
        self.rules = rules

    def make_summarizer(self, corpus: Corpus):
        module_name, class_name = self.sumy_class.rsplit(".", 1)
        from importlib import import_module

        code = of_documents(corpus.documents)
        stemmer = stem if code == ENGLISH else partial(stem, language=code)
        summarizer = getattr(import_module(module_name), class_name)(stemmer)
        if hasattr(summarizer, "stop_words"):
            summarizer.stop_words = stop_words(code)
        return summarizer

    def document(self, corpus: Corpus):
        return sumy_document(corpus)

    def rank(self, corpus: Corpus) -> list[int]:
        """Corpus sentence ids, best first, in sumy's own rating order."""
        if not corpus.sentences:
            return []
        return self.ranked(self.make_summarizer(corpus), self.document(corpus))

    @staticmethod
    def ranked(summarizer, document) -> list[int]:
        """Run a built sumy ``summarizer`` on ``document``: sentence ids in its rating order."""
        recorder = _RankRecorder()
        summarizer(document, recorder)
        return recorder.order  # sumy's sentence order is the corpus order

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        return greedy_fill(corpus, self.rank(corpus), budget, self.rules)


class LexRank(SumyStrategy):
    sumy_class = "sumy.summarizers.lex_rank.LexRankSummarizer"


class Lsa(SumyStrategy):
    sumy_class = "sumy.summarizers.lsa.LsaSummarizer"


class TextRank(SumyStrategy):
    sumy_class = "sumy.summarizers.text_rank.TextRankSummarizer"


class Luhn(SumyStrategy):
    sumy_class = "sumy.summarizers.luhn.LuhnSummarizer"


class KL(SumyStrategy):
    sumy_class = "sumy.summarizers.kl.KLSummarizer"


class SumBasic(SumyStrategy):
    sumy_class = "sumy.summarizers.sum_basic.SumBasicSummarizer"


class Reduction(SumyStrategy):
    sumy_class = "sumy.summarizers.reduction.ReductionSummarizer"


class Edmundson(SumyStrategy):
    """Edmundson needs word lists: bonus words are the reports' most frequent content
    stems plus their headline words, null words the stop words, stigma words a generic list."""

    sumy_class = "sumy.summarizers.edmundson.EdmundsonSummarizer"

    def make_summarizer(self, corpus: Corpus):
        summarizer = super().make_summarizer(corpus)
        counts = Counter(c for s in corpus.sentences for c in s.content)
        frequent = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]  # ties: not hash order
        code = of_documents(corpus.documents)
        titles = [w for d in corpus.documents if d.title
                  for w in (d.title.split() if code == ENGLISH else words(d.title, code))]
        summarizer.bonus_words = [w for w, _ in frequent] + titles
        summarizer.stigma_words = STIGMA_WORDS  # English: elsewhere they seldom occur
        summarizer.null_words = sorted(stop_words(code))
        return summarizer

    def document(self, corpus: Corpus):
        return sumy_document(corpus, with_titles=True)


class Random(SumyStrategy):
    """sumy's random summarizer with a fixed seed (it shuffles with the global ``random``
    module, so the global state is saved and restored around the call)."""

    sumy_class = "sumy.summarizers.random.RandomSummarizer"

    def __init__(self, seed: int = 0, rules: CandidateRules = GREEDY_RULES) -> None:
        super().__init__(rules)
        self.seed = seed

    def rank(self, corpus: Corpus) -> list[int]:
        if not corpus.sentences:
            return []
        # Built before seeding: the first build imports sumy (and scipy), and an import may
        # draw from ``random``, which made the first brief of a process differ from the rest.
        summarizer, document = self.make_summarizer(corpus), self.document(corpus)
        state = random.getstate()
        random.seed(self.seed)
        try:
            return self.ranked(summarizer, document)
        finally:
            random.setstate(state)
