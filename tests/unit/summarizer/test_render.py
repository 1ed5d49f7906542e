"""The JSON's per-document fields: cut off or not, the unfinished sentence kept, how many
sentences each report gave, exact copies read once."""

from __future__ import annotations

import json

from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import read_reports

PROSE = ("Officials from both countries met on Tuesday to discuss the conflict and agreed "
         "that a peace conference should be held soon.")
PROSE2 = "The talks lasted three hours and ended with a joint statement on the next steps."


def test_json_documents_say_what_each_report_gave(tmp_path):
    (tmp_path / "a.txt").write_text(f"{PROSE}\n\n{PROSE2} The minister then added that the", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rescue teams searched the flooded valley on Wednesday for", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"{PROSE}\n\n{PROSE2} The minister then added that the", encoding="utf-8")
    corpus = Corpus(read_reports([tmp_path]).documents)
    brief = summarize_corpus(corpus, "lead", "100w", embeddings=False)
    documents = json.loads(brief.to_json())["documents"]
    fields = [(d["id"], d["truncated"], d["unfinished_kept"], d["sentences"], d["duplicates"]) for d in documents]
    assert fields == [("a.txt", True, False, 2, ["c.txt"]), ("b.txt", True, True, 1, [])]
    assert sum(d["sentences"] for d in documents) == len(corpus.sentences)
