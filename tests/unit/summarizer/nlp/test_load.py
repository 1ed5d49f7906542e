"""The spaCy pipeline loads without importing torch, parses as it does with torch loaded,
and leaves a later ``import torch`` working."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
SENTENCES = ["He said the talks in Paris failed on Monday, according to Mr. Smith.",
             '"We will not leave," the mayor of Springfield told reporters.',
             "Three workers were killed when the bridge collapsed in Genoa."]

PARSE = """
import json, sys
if sys.argv[1] == "torch-first":
    import torch
from summarizer.nlp.load import parse_all
docs = parse_all(json.loads(sys.argv[2]))
loaded = "torch" in sys.modules
import torch  # must still work after the pipeline was loaded without it
print(json.dumps({"torch_loaded_by_spacy": loaded, "torch_works": float(torch.ones(2).sum()) == 2.0,
                  "parses": [[(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in d]
                             for d in docs]}))
"""


def _run(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PARSE, mode, json.dumps(SENTENCES)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_spacy_loads_without_torch_and_parses_as_with_it():
    lean, with_torch = _run("lean"), _run("torch-first")
    assert lean["torch_loaded_by_spacy"] is False
    assert lean["torch_works"] and with_torch["torch_works"]
    assert lean["parses"] == with_torch["parses"]
    assert any(ent == "PERSON" for doc in lean["parses"] for *_, ent in doc)


LEAN_IMPORT = """
import importlib.metadata, json, sys
from summarizer.nlp.load import parse
parse("The mayor said the bridge would reopen.")
skipped = [m for m in ("spacy.cli", "weasel", "requests", "httpx", "jinja2") if m in sys.modules]
import catalogue, spacy
every = importlib.metadata.entry_points()
same_points = {g: sorted(e.name for e in catalogue.AVAILABLE_ENTRY_POINTS.get(g, [])) for g in every.groups} == \\
    {g: sorted(e.name for e in every.select(group=g)) for g in every.groups}
import spacy.cli  # the real CLI still imports after the pipeline was loaded without it
report = spacy.info(silent=True)
print(json.dumps({"skipped": skipped, "same_points": same_points, "cli_real": hasattr(spacy.cli, "download"),
                  "info": report.get("spacy_version") == spacy.__version__}))
"""


def test_loading_the_pipeline_skips_spacys_cli_and_leaves_it_importable():
    done = subprocess.run([sys.executable, "-c", LEAN_IMPORT], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    result = json.loads(done.stdout)
    assert result["skipped"] == []
    assert result["same_points"] and result["cli_real"] and result["info"]


def test_the_pipeline_tokenizes_as_the_models_own_tokenizer():
    """``load`` starts the pipeline with an empty tokenizer that the model's saved one
    replaces: the exceptions, affix expressions and tokens are those of a plain ``spacy.load``."""
    import spacy

    from summarizer.nlp.load import pipeline

    ours = pipeline()
    plain = spacy.load(f"{ours.meta['lang']}_{ours.meta['name']}")  # the package ``load`` chose
    assert type(ours.tokenizer) is type(plain.tokenizer)
    assert ours.tokenizer.rules == plain.tokenizer.rules and len(ours.tokenizer.rules) > 1000
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        mine, theirs = getattr(ours.tokenizer, attribute), getattr(plain.tokenizer, attribute)
        assert (mine is None and theirs is None) or mine.__self__.pattern == theirs.__self__.pattern
    assert ours.tokenizer.faster_heuristics == plain.tokenizer.faster_heuristics
    text = ("Mr. O'Neill can't go to N.Y.C. at 5:30 p.m. on Jan. 3rd -- see http://x.com/a?b=1 :-) "
            "or e-mail me@x.org; y'all gonna say \"U.S.-led\" (1990s) $4.5bn 10km!")
    assert [(t.text, t.whitespace_, t.norm_) for t in ours.make_doc(text)] == \
        [(t.text, t.whitespace_, t.norm_) for t in plain.make_doc(text)]
    assert [(t.tag_, t.dep_, t.lemma_, t.ent_type_) for t in ours(text)] == \
        [(t.tag_, t.dep_, t.lemma_, t.ent_type_) for t in plain(text)]
