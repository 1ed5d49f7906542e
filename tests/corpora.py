"""Small handmade reports the strategy, API and CLI tests share, and the corpus they make.

Imported as ``from corpora import ...`` (pytest puts tests/ on the path).
"""

from __future__ import annotations

from summarizer.corpus import Corpus
from summarizer.ingest import Document

from conftest import ROOT

#: One fact all four EARTHQUAKE reports tell (each in its own words); the rest is unrelated.
SHARED_FACT = ("A powerful earthquake struck the coastal city of Tarvos on Monday, "
               "killing at least forty people and destroying the harbour.")
EARTHQUAKE = [
    [SHARED_FACT,
     "Local bakeries reported a shortage of flour after deliveries from the north stopped.",
     "The mayor's cousin owns a vineyard in the hills above the river valley.",
     "Rescue teams searched collapsed buildings near the harbour for survivors on Monday."],
    ["Rescue teams in Tarvos searched for survivors after the powerful earthquake struck "
     "the coastal city on Monday and killed at least forty people.",
     "A football match between two regional clubs was postponed until next spring.",
     "Ticket holders will be offered a refund or seats at a later game this season."],
    ["The powerful earthquake that struck the coastal city of Tarvos destroyed the harbour "
     "and killed at least forty people, officials said on Monday.",
     "A violinist from the city orchestra gave a free concert in the central square.",
     "Schools in the province will stay closed for the rest of the week."],
    ["Officials said at least forty people were killed when the powerful earthquake struck "
     "Tarvos, a coastal city, on Monday.",
     "The national airline added two extra flights to the capital on Tuesday.",
     "Engineers will inspect the old bridge over the river before it reopens."],
]

#: Three reports, two sentences each, on different parts of one earthquake (sentence ids
#: in the comments): what a vector strategy must cover rather than repeat.
EARTHQUAKE_PARTS = [
    ["A powerful earthquake struck the coastal city of Tarvos on Monday, killing at least forty people.",  # 0
     "Schools in the province will stay closed for the rest of the week after the earthquake."],  # 1
    ["Rescue teams searched for survivors in Tarvos after the powerful earthquake killed forty people "
     "on Monday.",  # 2: says much of what 0 says, in other words, though not a near-duplicate of it
     "The national airline added two extra flights to the capital on Tuesday."],  # 3
    ["The harbour of Tarvos was destroyed and fishing boats sank during the earthquake on Monday.",  # 4
     "Engineers will inspect the old bridge over the river before it reopens."],  # 5
]

#: Three plain-text reports of one warehouse fire, as a user passes them to the API or the CLI.
#: Three reports of one fire; the first two open with different facts (the engine tells a fact
#: once, so two openings of one fact would make a two-sentence lead brief one sentence).
WAREHOUSE_FIRE = [
    "A fire destroyed a warehouse in Arlen on Tuesday night. Firefighters fought the blaze for "
    "six hours. No one was hurt, the fire chief of Arlen said. The cause is not yet known.",
    "The Arlen warehouse held paper and furniture, its owner said. Fire crews battled the blaze "
    "for six hours on Tuesday. Nobody was injured. Investigators are looking into it.",
    "The warehouse fire in Arlen is under investigation. It burned for six hours before crews put "
    "it out. No injuries were reported. The owner said he would rebuild the warehouse.",
]

#: The German sample reports (tests that need them skip when there are none).
GERMAN = sorted((ROOT / "tests" / "data" / "languages" / "de").glob("*.txt"))


def make_corpus(reports: list[list[str]]) -> Corpus:
    """A corpus of one document per report (ids r0, r1, ...), one paragraph per sentence."""
    return Corpus([Document(id=f"r{k}", path=None, paragraphs=tuple(sentences))
                   for k, sentences in enumerate(reports)])
