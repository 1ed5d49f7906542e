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


def test_json_sentences_record_each_rewrite_of_the_reports_words():
    from summarizer.brief import BriefSentence, Source
    from summarizer.render import sentence_to_dict
    from summarizer.selection.printing import Rewrite

    kept = BriefSentence("Two aides were charged with fraud on Tuesday.", [Source("a.txt", 0)])
    named = BriefSentence("Dana Whitfield pleaded guilty to a lesser charge.", [Source("a.txt", 2)],
                          rewrites=[Rewrite("reference", "The other", "Dana Whitfield")])
    assert sentence_to_dict(kept)["rewrites"] == []
    assert sentence_to_dict(named)["rewrites"] == [
        {"kind": "reference", "from": "The other", "to": "Dana Whitfield"}]
    # the keys before it are unchanged: the record is an addition to the contract
    assert list(sentence_to_dict(named)) == ["text", "sources", "support", "rewritten", "guard", "event",
                                             "differences", "disputed", "operation", "rewrites"]


def test_the_text_rendering_prints_a_disputed_sentence_as_its_note():
    """`summarize` prints text by default: a claim the reports give incompatibly must not
    stand there as fact (the march ended peacefully in one report, in clashes in the other)."""
    from pathlib import Path

    from summarizer import summarize
    from summarizer.render import render

    folder = Path(__file__).resolve().parents[2] / "data" / "trust" / "contradiction_outcome"
    brief = summarize([str(folder)], strategy="lead", length="400w")
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert disputed
    text = render(brief, "text")
    assert "Reports differ" in text
    for s in disputed:  # told only as one report's account, never on its own
        assert text.count(s.text) == 1 and f'a.txt says "{s.text}"' in text


def test_a_disputed_sentence_is_quoted_in_its_reports_words_not_the_briefs():
    """Printing may change a sentence's words (a name introduced, a day trimmed); a note that
    says what a report says quotes the report. A cited report that words the claim otherwise
    is named apart, not made to say the quoted words."""
    from dataclasses import replace
    from pathlib import Path

    from summarizer import summarize
    from summarizer.render import render

    folder = Path(__file__).resolve().parents[2] / "data" / "trust" / "contradiction_count"
    brief = summarize([str(folder)], strategy="lead", length="400w", embeddings=False)
    n, disputed = next((n, s) for n, s in enumerate(brief.sentences) if s.disputed is not None)
    reported = disputed.text
    brief.sentences[n] = replace(disputed, text=reported.replace("the county fire chief", "Fire Chief Dana Roe"))
    text = render(brief, "text")
    assert "Dana Roe" not in text
    assert f'a.txt says "{reported}" (b.txt too, in other words)' in text
