"""Rendering a Brief: plain text, Markdown with citations, and JSON.

Markdown and JSON carry the same evidence: each sentence's supporting reports, the events
(shown as sections only when there are several), where the reports differ, and the sources
with their headline, outlet and date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, NamedTuple, Sequence

from summarizer.ingest import Document
from summarizer.text import jaccard, words

if TYPE_CHECKING:  # brief.py renders through this module: no import back at run time
    from summarizer.brief import Brief, BriefSentence, Source
    from summarizer.trust.differences import Difference, Variant


def document_to_dict(document: Document, number: int, event: int | None = None) -> dict[str, Any]:
    """One report in the JSON: its metadata; ``truncated`` (it ended mid-sentence),
    ``unfinished_kept`` (that unfinished sentence was all it had, so it was kept, ending in
    "..."), ``sentences`` (how many it gave the corpus) and ``duplicates`` (ids of exact
    copies of it that were read once, as this report)."""
    return {
        "number": number, "id": document.id, "path": document.path, "title": document.title,
        "outlet": document.outlet, "date": document.date, "place": document.place,
        "language": document.language, "truncated": document.truncated, "unfinished_kept": document.unfinished_kept,
        "sentences": document.sentence_count, "duplicates": list(document.duplicates),
        "event": event,
    }


def _event_of_document(brief: Brief) -> dict[str, int]:
    return {doc: event.id for event in brief.events for doc in event.documents}


def sentence_to_dict(sentence: BriefSentence) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "sources": [source.to_dict() for source in sentence.sources],
        "support": len(sentence.support),
        "rewritten": sentence.rewritten,
        "guard": sentence.guard,
        "event": sentence.event,
        "differences": list(sentence.differences),
        "disputed": sentence.disputed,
        "operation": sentence.operation,
        "rewrites": [rewrite.to_dict() for rewrite in sentence.rewrites],
    }


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The JSON contract: strategy, length, summary, sentences (text, sources, support,
    ``disputed`` and its ``note``, ``rewrites``: each change made to the report's words,
    ``{"kind": "reference", "from": "He", "to": "Michael Flynn"}``), documents, differences
    (variants with text and sources)
    events and warnings (every report left out, with why; parts skipped for the language).
    The summary gives a disputed sentence as its note, never as fact."""
    events = _event_of_document(brief)
    sentences = []
    for sentence in brief.sentences:
        data = sentence_to_dict(sentence)
        data["note"] = dispute_note(brief, sentence) if sentence.disputed is not None else None
        sentences.append(data)
    return {
        "strategy": brief.strategy,
        "length": str(brief.length),
        "headline": brief.headline,
        "summary": " ".join(d["note"] or d["text"] for d in sentences),
        "sentences": sentences,
        "documents": [document_to_dict(d, n, events.get(d.id))
                      for n, d in enumerate(brief.documents, start=1)],
        "differences": [d.to_dict() for d in brief.differences],
        "events": [e.to_dict() for e in brief.events],
        "warnings": list(brief.warnings),  # reports left out and why, parts skipped
    }


def dispute_note(brief: Brief, sentence: BriefSentence,
                 who: Callable[[list[str]], str] = ", ".join) -> str:
    """'Reports differ: [1][2] say "Three workers were killed in the blast."; [3] says "…a
    fourth victim has died…".' for a sentence whose claim other reports dispute; ``who``
    names the reports of an account (citation marks in Markdown, file names by default)."""
    told = []
    for account in accounts(brief, sentence):
        documents = list(dict.fromkeys(s.document for s in account.sources))
        verb = "says" if len(documents) == 1 else "say"
        told.append(f"{who(documents)} {verb} \"{account.words}\"")
        if account.also:
            told[-1] += f" ({who(list(dict.fromkeys(s.document for s in account.also)))} {ALSO})"
    return "Reports differ: " + "; ".join(told) + "."


#: Said after the reports that tell an account in other words than the ones quoted.
ALSO = "too, in other words"


class Account(NamedTuple):
    """One account of a disputed claim: the reports that print ``words`` (quoted as they
    print them) and ``also``, the reports the brief cites for it that tell it in other words."""

    sources: list["Source"]
    words: str
    also: list["Source"] = []


def accounts(brief: Brief, sentence: BriefSentence) -> list[Account]:
    """The accounts a disputed sentence is told as: the sentence itself, whole, as the
    reports it cites give it (so the note keeps what it reports, attributed, not as fact),
    then each account of the difference that none of those reports gives, as its whole
    sentence (a passage cut out of it read as a fragment of someone's words). A fused
    sentence's words come from several reports, none of which says all of them: its own
    account is each of its reports' sentence, as that report gives it. Quotation marks
    inside an account become single ones, so the note's stay balanced."""
    difference = brief.differences[sentence.disputed]  # type: ignore[index]
    own = {s.document for s in sentence.sources}
    others = [v for v in difference.variants if not own & {s.document for s in v.sources}]
    if not others or not sentence.sources:  # no account apart from the sentence's own
        return [Account(list(v.sources), _quoted(v)) for v in difference.variants]
    told = [_printing(brief, v.sources, v.sentence.strip()) for v in others]
    if sentence.operation == "fused":  # its words come from several reports: each its own
        mine = [v for v in difference.variants if own & {s.document for s in v.sources}]
        return [_printing(brief, v.sources, v.sentence.strip()) for v in mine] + told
    return [_as_reported(brief, sentence)] + told


def _report_words(brief: Brief, sources: Sequence[Source]) -> list[tuple[Source, str]]:
    """Each source with its sentence as its report prints it (sources whose report is not at
    hand are left out)."""
    by_id = {d.id: d for d in brief.documents}
    printed = []
    for source in sources:
        found = by_id[source.document].sentences() if source.document in by_id else []
        if 0 <= source.sentence < len(found):
            printed.append((source, found[source.sentence].strip()))
    return printed


def _printing(brief: Brief, sources: Sequence[Source], quoted: str) -> Account:
    """``quoted`` as the account of the sources that print it word for word; the others (one
    fact, other words) named apart, never made to say it."""
    printed = _report_words(brief, sources)
    if not any(w == quoted for _, w in printed):  # the reports are not at hand
        return Account(list(sources), _inner(quoted))
    return Account([s for s, w in printed if w == quoted], _inner(quoted),
                   [s for s, w in printed if w != quoted])


def _as_reported(brief: Brief, sentence: BriefSentence) -> Account:
    """The sentence's own account in its report's words. Printing may have changed them (a
    name introduced, a reference resolved, a day trimmed, a clause compressed), and a
    quotation must be what a report wrote: the report sentence closest to the brief's words
    is quoted whole."""
    printed = _report_words(brief, sentence.sources)
    if not printed:  # the reports are not at hand: the brief's own words
        return Account(list(sentence.sources), _inner(sentence.text.strip()))
    mine = set(words(sentence.text.lower()))
    quoted = max((w for _, w in printed), key=lambda w: jaccard(mine, set(words(w.lower()))))
    return _printing(brief, sentence.sources, quoted)


def _inner(words: str) -> str:
    """Double quotation marks inside a quoted account as single ones."""
    return words.replace('"', "'").replace("“", "‘").replace("”", "’")


def ellipses(variant: "Variant") -> tuple[str, str]:
    """"…" before and after the variant's passage where its sentence goes on."""
    start = variant.sentence.find(variant.text)
    before = variant.sentence[:start] if start >= 0 else "…"
    after = variant.sentence[start + len(variant.text):] if start >= 0 else "…"
    return ("…" if any(ch.isalnum() for ch in before) else "",
            "…" if any(ch.isalnum() for ch in after) else "")


def _quoted(variant: "Variant") -> str:
    """The variant's passage, with "…" where its sentence goes on."""
    lead, tail = ellipses(variant)
    return _inner(f"{lead}{variant.text.strip()}{tail}")


def to_text(brief: Brief) -> str:
    """The brief as prose; a disputed sentence is given as its note."""
    return " ".join(dispute_note(brief, s) if s.disputed is not None else s.text
                    for s in brief.sentences) + "\n"


# --- Markdown -----------------------------------------------------------------------------


def _source_label(document: Document) -> str:
    """'"Headline", Outlet, date (file)'; a report without a headline is named by its file."""
    details = ", ".join(p for p in (document.outlet, document.date) if p)
    if document.title:
        return f"\"{document.title}\"" + (f", {details}" if details else "") + f" ({document.id})"
    return document.id + (f", {details}" if details else "")


def _marks(number: dict[str, int], documents: list[str]) -> str:
    ordered = sorted({number[d] for d in documents if d in number})
    return "".join(f"[{n}]" for n in ordered)


_KIND_NAMES = {"number": "numbers", "claim": "accounts", "name": "names", "negation": "negation", "wording": "wording"}


def _sentence_line(brief: Brief, sentence: BriefSentence, number: dict[str, int]) -> str:
    total = len(brief.documents)
    if sentence.disputed is not None:
        return f"- {dispute_note(brief, sentence, lambda docs: _marks(number, docs))} (see below)"
    support = f"{len(sentence.support)} of {total} report{'s' if total != 1 else ''}"
    kinds = {brief.differences[i].kind for i in sentence.differences}
    if kinds:
        named = [_KIND_NAMES[k] for k in _KIND_NAMES if k in kinds]
        support += f"; reports differ in {' and '.join(named)}, see below"
    return f"- {sentence.text} {_marks(number, sentence.support)} ({support})"


def _headline_lines(brief: Brief, number: dict[str, int]) -> list[str]:
    if brief.headline:
        mark = f" [{number[brief.headline_source]}]" if brief.headline_source in number else ""
        title = f"# {brief.headline}{mark}"
    else:
        title = f"# Brief of {len(brief.documents)} report{'s' if len(brief.documents) != 1 else ''}"
    lines = [title, ""]
    if len(brief.events) > 1:
        covered = "; ".join(f"{e.label} {_marks(number, e.documents)}" for e in brief.events)
        lines += [f"The reports describe {len(brief.events)} events: {covered}.", ""]
    return lines


def _brief_lines(brief: Brief, number: dict[str, int]) -> list[str]:
    if len(brief.events) <= 1:
        return [_sentence_line(brief, s, number) for s in brief.sentences]
    lines: list[str] = []
    for event in brief.events:
        if not event.sentences:
            continue
        lines += [f"### {event.label} {_marks(number, event.documents)}", ""]
        lines += [_sentence_line(brief, brief.sentences[i], number) for i in event.sentences]
        lines.append("")
    untold = [e for e in brief.events if not e.sentences]
    if untold:
        names = "; ".join(f"{e.label} {_marks(number, e.documents)}" for e in untold)
        lines.append(f"Not covered by this brief: {names}.")
    return lines[:-1] if lines and not lines[-1] else lines


def _variant_text(variant: "Variant", number: dict[str, int]) -> str:
    """The passage in quotes, its differing words in bold, "…" where the sentence goes on."""
    text = variant.text
    if variant.changed:
        end = variant.offset + len(variant.changed)
        text = f"{text[:variant.offset]}**{variant.changed}**{text[end:]}"
    lead, tail = ellipses(variant)
    return f"\"{_inner(lead + text + tail)}\" {_marks(number, [s.document for s in variant.sources])}"


def _difference_line(difference: "Difference", brief: Brief, number: dict[str, int]) -> str:
    variants = " vs ".join(_variant_text(v, number) for v in difference.variants)
    where = ""
    if len(brief.events) > 1 and difference.event is not None:
        where = f" ({brief.events[difference.event].label})"
    return f"- {difference.kind.capitalize()}{where}: {variants}"


def _difference_lines(brief: Brief, number: dict[str, int]) -> list[str]:
    if len(brief.documents) < 2:
        return ["There is one report only: nothing to compare."]
    if not brief.differences:
        return ["No differences in numbers, names or wording were found between the reports."]
    return [_difference_line(d, brief, number) for d in brief.differences]


def to_markdown(brief: Brief) -> str:
    """Headline, the brief with citation marks [1][2] and support counts (grouped by event
    when the reports cover several), where the reports differ, and the numbered sources."""
    number = {d.id: n for n, d in enumerate(brief.documents, start=1)}
    out = _headline_lines(brief, number)
    out += ["## Brief", "", *_brief_lines(brief, number), ""]
    out += ["## Where the reports differ", "", *_difference_lines(brief, number), ""]
    out += ["## Sources", ""]
    out += [f"{n}. {_source_label(d)}" for n, d in enumerate(brief.documents, start=1)]
    return "\n".join(out) + "\n"


#: Output formats and the file extension of each (the CLI's -f, the batch's files).
FORMATS = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}


def render(brief: "Brief", output_format: str) -> str:
    """The brief as ``summarize -f FORMAT`` prints it."""
    if output_format == "html":
        from summarizer.render.html import to_html  # the page's code loads only when asked for

        return to_html(brief)
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: to_text(brief), "markdown": brief.to_markdown,
        "json": lambda: brief.to_json() + "\n"}
    return renderers[output_format]()
