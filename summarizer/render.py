"""Rendering a Brief: plain text, Markdown with citations, and JSON."""

from __future__ import annotations

from typing import Any

from summarizer.brief import Brief
from summarizer.ingest import Document


def document_to_dict(document: Document, number: int) -> dict[str, Any]:
    return {
        "number": number, "id": document.id, "path": document.path, "title": document.title,
        "outlet": document.outlet, "date": document.date, "place": document.place,
        "truncated": document.truncated,
    }


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The JSON contract: strategy, length, summary, sentences (text + sources), documents."""
    return {
        "strategy": brief.strategy,
        "length": str(brief.length),
        "summary": brief.text,
        "sentences": [
            {
                "text": s.text,
                "sources": [source.to_dict() for source in s.sources],
                "support": len(s.support),
                "rewritten": s.rewritten,
                "guard": s.guard,
                "event": s.event,
            }
            for s in brief.sentences
        ],
        "documents": [document_to_dict(d, n) for n, d in enumerate(brief.documents, start=1)],
        "differences": brief.differences,
        "events": brief.events,
    }


def to_text(brief: Brief) -> str:
    return brief.text + "\n"


def _source_label(document: Document) -> str:
    parts = [document.title or document.id]
    parts += [p for p in (document.outlet, document.date) if p]
    label = ", ".join(parts)
    return label if not document.title else f"{label} ({document.id})"


def to_markdown(brief: Brief) -> str:
    """Sentences with citation marks [1][2] and the numbered source list."""
    number = {d.id: n for n, d in enumerate(brief.documents, start=1)}
    total = len(brief.documents)
    lines = []
    for sentence in brief.sentences:
        marks = "".join(f"[{number[d]}]" for d in sentence.support)
        lines.append(f"{sentence.text} {marks} ({len(sentence.support)} of {total} reports)")
    out = ["## Brief", "", *[f"- {line}" for line in lines], "", "## Sources", ""]
    out += [f"{n}. {_source_label(d)}" for n, d in enumerate(brief.documents, start=1)]
    return "\n".join(out) + "\n"
