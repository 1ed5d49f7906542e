"""Embedding and parsing ahead (``selection.prefetch``) fills caches only: the ILP's
candidates, support and brief are those of a run without it, and the support step then finds
every sentence and main-claim clause it compares already embedded."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]

RUN = """
import json, sys, threading, traceback
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.generation import embeddings
from summarizer.ingest import load_documents
from summarizer.selection import prefetch
from summarizer.strategies.ilp import ConceptILP
from summarizer.trust import prepare, repeats

if sys.argv[1] == "without":  # the same run with the warm-up switched off
    prefetch.start = lambda *args, **kwargs: None
    prefetch.settle = lambda *args, **kwargs: None
encoded, settled, restating = [], threading.Event(), []
encode = embeddings.Embedder._encode
def recording(self, texts):
    encoded.extend((t, threading.current_thread() is threading.main_thread(), settled.is_set()) for t in texts)
    restating.extend(t for t in texts if any(f.name == "_restating" for f in traceback.extract_stack()))
    return encode(self, texts)
embeddings.Embedder._encode = recording
settle = prefetch.settle
def settling(*args):
    settle(*args)
    settled.set()
prefetch.settle = settling if sys.argv[1] == "with" else prefetch.settle

corpus = Corpus(load_documents("seeds/"))
prepare(corpus, embeddings=sys.argv[2] == "on")
strategy = ConceptILP()
problem = strategy.problem(corpus, Budget.parse("100w"))
chosen = strategy.select(corpus, Budget.parse("100w"))
found = repeats(corpus)
sentences = {s.text for s in corpus.sentences}
print(json.dumps({
    "candidates": problem.candidates, "chosen": chosen,
    "support": {j: found.support(corpus, j) for j in problem.candidates},
    "sentences_encoded_after_settle": sorted({t for t, main, after in encoded if after and t in sentences}),
    "ahead": sum(1 for t, main, after in encoded if not main),
    "restating": len(restating),
    "encoded": len(encoded)}))
"""


def _run(mode: str, embeddings: str = "on") -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(RUN), mode, embeddings], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.slow
def test_the_warm_up_changes_no_candidate_support_or_choice() -> None:
    warm, cold = _run("with"), _run("without")
    assert warm["candidates"] == cold["candidates"] and warm["chosen"] == cold["chosen"]
    assert warm["support"] == cold["support"]
    assert any(count > 1 for count in warm["support"].values())  # claims were compared at all
    # every sentence the support step compared was embedded before it, most of them ahead
    assert warm["sentences_encoded_after_settle"] == []
    assert warm["ahead"] > 0 and cold["ahead"] < warm["ahead"]
    # the clauses the main-claim test of the support compares were embedded at settle
    assert warm["restating"] == 0 < cold["restating"]


@pytest.mark.slow
def test_nothing_is_embedded_ahead_without_the_encoder() -> None:
    lexical = _run("with", embeddings="off")
    assert lexical["encoded"] == 0 and lexical["ahead"] == 0


def test_compared_sentences_share_words_with_the_claim_and_come_from_other_reports() -> None:
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents
    from summarizer.selection.prefetch import compared
    from summarizer.trust.align import CLAIM_MIN_SHARED, numbers_agree, numbers_of

    corpus = Corpus(load_documents([str(ROOT / "seeds")]))
    ids = [s.id for s in corpus.sentences]
    found = compared(corpus, ids)
    assert any(found.values())
    for sentence_id, others in found.items():
        own = corpus.sentences[sentence_id]
        expected = [o.id for o in corpus.sentences
                    if o.doc != own.doc and len(own.content & o.content) >= CLAIM_MIN_SHARED
                    and numbers_agree(numbers_of(own), numbers_of(o))]
        assert others == expected
