"""Where and when a report says its event happens: scenes, datelines and dates.

Places: a capitalised name after a preposition of place ("in Brunei", "at the Kremlin") or
of travel ("visit to Moscow"), and the dateline's place. In a report's lead sentences, the
ones that decide where its event happens, such a name counts only when spaCy's entity
recogniser calls it a place (GPE, LOC or FAC): "at the Internal Revenue Service" or "in U.S.
history" name no scene. A dateline says where the report was filed, not where its event
happened: it labels an event but is never the evidence that keeps two clusters apart.
Dates come from datelines and document metadata ("July 2", "2013-07-02").

One happening placed in two places by two reports is ``trust.place_claims``'s to find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from typing import Sequence

from summarizer.corpus import Corpus
from summarizer.text.lexicon import MONTH_WORDS

#: Scenes named in a report's first sentences (and its dateline) say where its event
#: happens; later ones are often background ("talks held last week in Geneva").
LEAD_SENTENCES = 3

#: Month number by the month name's first three letters.
MONTH_NUMBERS = {name: n for n, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WORD = r"[A-Z](?:[\w'\-]|\.(?=\w))*"
_NAME = rf"{_WORD}(?:(?:\s+(?:of|de|la|al|el|the))?\s+{_WORD})*"
_SCENE_RE = re.compile(
    rf"""\b(?i:in|at|(?:visit(?:s|ed|ing)?|trip|travel(?:l?ed|l?ing)?|flew|arriv(?:e|ed|ing|al)
          |came|went|headed|returned|journey)\s+(?:to|in))\s+(?:the\s+)?(?P<name>{_NAME})""",
    re.X,
)
_DATE_RE = re.compile(
    r"""(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?
        |(?P<iso>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))""",
    re.X,
)


@dataclass(frozen=True)
class EventDate:
    """A dateline date; the year is often missing ("July 2"), then only month and day order."""

    month: int
    day: int
    year: int | None = None

    def key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month, self.day)

    def days_from(self, other: "EventDate") -> int:
        year = self.year or other.year or 2000
        other_year = other.year or self.year or 2000
        return abs((Date(year, self.month, self.day) - Date(other_year, other.month, other.day)).days)

    def __str__(self) -> str:
        text = f"{Date(2000, self.month, 1):%B} {self.day}"
        return f"{text}, {self.year}" if self.year else text


def _clean_place(name: str) -> str | None:
    """A scene's name without trailing day or month words ("Seoul Wednesday" -> "Seoul");
    None for a month ("in March"), a weekday or a possessive ("in Assad's regime")."""
    kept: list[str] = []
    for token in name.split():
        lower = token.lower().rstrip(".")
        if lower in _WEEKDAYS or lower in MONTH_WORDS:
            break
        kept.append(token)
    if not kept or any("'s" in token for token in kept):
        return None
    return " ".join(kept)


def dateline_places(place: str | None) -> list[str]:
    """The places of a dateline, split at commas and cleaned of the dash or credit that
    ends it ("Washington -", "WASHINGTON ―" -> "Washington")."""
    found = []
    for part in (place or "").split(","):
        name = re.sub(r"[\s\-\u2010-\u2015(:]+$", "", re.split(r"\s[\-\u2010-\u2015]|\(", part)[0]).strip()
        if name:
            found.append(name.title() if name.isupper() and len(name) > 3 else name)
    return found


#: spaCy entity labels that name a place where something can happen.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _entity_places(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The places spaCy finds at the scene names at ``spans`` (start, end) in ``text`` (one
    parsed sentence), with a place set off after them by a comma ("Bandar Seri Begawan,
    Brunei"); a name no GPE/LOC/FAC entity covers whole is dropped ("Chick-fil-A", whose
    "Chick" alone is tagged a place)."""
    from summarizer.nlp.load import parse

    entities = [e for e in parse(text).ents if e.label_ in PLACE_LABELS]
    found: list[str] = []
    for start, end in spans:
        for n, entity in enumerate(entities):
            if entity.start_char <= start and end <= entity.end_char:
                found.append(entity.text)
                after = entities[n + 1] if n + 1 < len(entities) else None
                if after is not None and text[entity.end_char:after.start_char].strip() == ",":
                    found.append(after.text)
    names = (re.sub(r"^(?:[Tt]he)\s+|'s$|\.$", "", name).strip() for name in found)
    return [p for p in (_clean_place(name) for name in names) if p]


def _span(match: re.Match[str]) -> tuple[int, int]:
    """Where a scene name stands, without the day or month words ``_clean_place`` drops."""
    start = match.start("name")
    return start, start + len(_clean_place(match.group("name")) or "")


def scenes(corpus: Corpus, doc: int, parsed: int = LEAD_SENTENCES) -> list[tuple[int, str]]:
    """(sentence index, place) for every place the report names as where something happens,
    in order; the dateline's places come first with index -1, split at commas
    ("Bandar Seri Begawan, Brunei" names both). In the first ``parsed`` sentences a name
    counts only when spaCy calls it a place (only those sentences are parsed)."""
    found = [(-1, place) for place in dateline_places(corpus.documents[doc].place)]
    for sentence in corpus.sentences_of(doc):
        matches = list(_SCENE_RE.finditer(sentence.text))
        if matches and sentence.index < parsed:
            places = _entity_places(sentence.text, [_span(m) for m in matches])
        else:
            places = [p for p in (_clean_place(m.group("name")) for m in matches) if p]
        found.extend((sentence.index, place) for place in places)
    return found


def parse_date(text: str | None) -> EventDate | None:
    """'July 2', 'Jul. 2, 2013', '2013-07-02' -> EventDate; anything else -> None."""
    if not text:
        return None
    for match in _DATE_RE.finditer(text):
        if match.group("iso"):
            month, day, year = int(match.group("m")), int(match.group("d")), int(match.group("y"))
        else:
            name = match.group("month").lower()
            month = MONTH_NUMBERS.get(name[:3], 0) if name in MONTH_WORDS else 0
            day, year = int(match.group("day")), int(match.group("year") or 0) or None
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:
                Date(year or 2000, month, day)
            except ValueError:
                continue
            return EventDate(month, day, year)
    return None


def parse_leads(corpus: Corpus) -> None:
    """Parse, in one batch, the lead sentences that name a scene (the only ones parsed)."""
    from summarizer.nlp.load import warm

    warm([s.text for s in corpus.sentences if s.index < LEAD_SENTENCES and _SCENE_RE.search(s.text)])
