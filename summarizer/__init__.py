"""Multi-document summarization: many overlapping news reports in, one consolidated brief out.

    >>> from summarizer import summarize
    >>> brief = summarize(["seeds/"], strategy="lexrank", length="100w")
    >>> print(brief.text)
"""

from summarizer.api import summarize, summarize_corpus
from summarizer.batch import summarize_many
from summarizer.brief import Brief, BriefSentence, Source
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import Document, load_documents
from summarizer.strategies import available as available_strategies

__all__ = [
    "Brief", "BriefSentence", "Budget", "Corpus", "Document", "InputError", "Source",
    "available_strategies", "load_documents", "summarize", "summarize_corpus", "summarize_many",
]
