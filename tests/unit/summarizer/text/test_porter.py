"""The vendored Porter stemmer gives NLTK's stems (NLTK_EXTENSIONS mode) without importing NLTK."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.stem.porter import PorterStemmer as NltkPorter

from summarizer.text import porter

ROOT = Path(__file__).resolve().parents[4]
DUC_DOCS = ROOT.parent / "shared" / "data" / "duc2004" / "clusters"
NLTK = NltkPorter()

#: Words that take each special path of the NLTK mode (irregular forms, "ies"/"ied" of four
#: letters, "alli", "logi", "fulli", two-letter cvc) and the classic Porter examples.
TRICKY = ("skies sky dying lying tying news innings outings cannings howe proceed exceed "
          "succeed ties pies died tied ied generalli analogi hopefulli feed agreed plastered "
          "motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing "
          "filing happy sky relational conditional rational valenci hesitanci digitizer "
          "conformabli radicalli differentli vileli analogousli vietnamization predication "
          "operator feudalism decisiveness hopefulness callousness formaliti sensitiviti "
          "sensibiliti triplicate formative formalize electriciti electrical hopeful goodness "
          "revival allowance inference airliner gyroscopic adjustable defensible irritant "
          "replacement adjustment dependent adoption homologou communism activate angulariti "
          "homologous effective bowdlerize probate rate cease controll roll memorably bubbly "
          "is as ox oxen y yy says said children generously").split()


def _vocabulary(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z][A-Za-z'-]*", text))


def test_tricky_words_stem_as_nltk() -> None:
    for word in TRICKY:
        assert porter.stem(word) == NLTK.stem(word), word


def test_seed_reports_stem_as_nltk() -> None:
    words = set().union(*(_vocabulary(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").glob("*.txt")))
    assert len(words) > 300
    assert [w for w in sorted(words) if porter.stem(w) != NLTK.stem(w)] == []


@pytest.mark.skipif(not DUC_DOCS.is_dir(), reason="DUC 2004 not in ../shared/data")
def test_duc2004_vocabulary_stems_as_nltk() -> None:
    words: set[str] = set()
    for path in sorted(DUC_DOCS.glob("*/docs/*")):
        words |= _vocabulary(path.read_text(encoding="utf-8", errors="replace"))
    assert len(words) > 10_000
    assert [w for w in sorted(words) if porter.stem(w) != NLTK.stem(w)] == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzy", min_size=1, max_size=14))
def test_any_lowercase_word_stems_as_nltk(word: str) -> None:
    assert porter.stem(word) == NLTK.stem(word)


def test_importing_it_does_not_import_nltk() -> None:
    code = "import sys, summarizer.text.porter as p; p.stem('running'); print('nltk' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "False"
