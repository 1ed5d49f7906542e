"""The sentence encoder's default path: onnxruntime on a cached ONNX export, no torch.

The ONNX path must give the torch reference's vectors (same alignment decisions), be
deterministic, never import torch once its export is cached, and load once per process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from summarizer.trust.align import PARAPHRASE_COSINE

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "data" / "aligned_pairs.jsonl"


def _pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cosines(embedder, pairs: list[dict]) -> np.ndarray:
    first = embedder.embed([p["a"] for p in pairs])
    second = embedder.embed([p["b"] for p in pairs])
    return (first * second).sum(axis=1)


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def test_unknown_backend_is_refused() -> None:
    from summarizer.generation.embeddings import Embedder

    with pytest.raises(ValueError, match="backend"):
        Embedder(backend="tensorflow")


def test_the_pairs_set_is_balanced_and_handmade() -> None:
    pairs = _pairs()
    assert len(pairs) >= 30 and sum(p["same"] for p in pairs) == len(pairs) // 2
    assert len({(p["a"], p["b"]) for p in pairs}) == len(pairs)


@pytest.mark.slow
def test_onnx_vectors_match_the_torch_reference_on_the_pairs() -> None:
    from summarizer.generation.embeddings import Embedder

    pairs = _pairs()
    onnx, torch = _cosines(Embedder(backend="onnx"), pairs), _cosines(Embedder(backend="torch"), pairs)
    assert np.abs(onnx - torch).max() < 1e-4
    assert np.array_equal(onnx >= PARAPHRASE_COSINE, torch >= PARAPHRASE_COSINE)
    same = np.array([p["same"] for p in pairs])
    # the encoder separates same-fact pairs from different-fact ones far better than chance
    assert ((onnx >= PARAPHRASE_COSINE) == same).mean() >= 0.75
    assert onnx[same].mean() > onnx[~same].mean() + 0.2


@pytest.mark.slow
def test_onnx_vectors_are_deterministic_across_encoders() -> None:
    from summarizer.generation.embeddings import Embedder

    texts = [p["a"] for p in _pairs()] + [p["b"] for p in _pairs()]
    first, second = Embedder(backend="onnx").embed(texts), Embedder(backend="onnx").embed(texts[::-1])
    assert np.array_equal(first, second[::-1])
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_aligning_the_sample_does_not_import_torch_once_the_export_is_cached() -> None:
    warm = _python("from summarizer.generation.embeddings import embed; embed(['Warm the ONNX cache.'])")
    assert warm.returncode == 0, warm.stderr
    result = _python("""
        import sys
        from summarizer.trust.align import align
        from summarizer.corpus import Corpus
        from summarizer.ingest import load_documents
        alignment = align(Corpus(load_documents('seeds/')))
        print(alignment.embedded, 'torch' in sys.modules, 'transformers' in sys.modules)
    """)
    assert result.returncode == 0, result.stderr
    embedded, torch, transformers = result.stdout.split()
    assert int(embedded) > 0 and torch == "False" and transformers == "False"
    assert result.stderr == ""


@pytest.mark.slow
def test_a_second_brief_in_one_process_reuses_the_loaded_models() -> None:
    """Ratio, not absolute timing: the second brief pays no model loading."""
    result = _python("""
        import time
        from summarizer.api import summarize
        from summarizer.generation.embeddings import get_embedder
        start = time.perf_counter(); first = summarize('seeds/')
        middle = time.perf_counter(); second = summarize('seeds/')
        end = time.perf_counter()
        assert first == second
        print(middle - start, end - middle, len(get_embedder().cache))
    """)
    assert result.returncode == 0, result.stderr
    first, second, cached = result.stdout.split()
    assert int(cached) > 0
    assert float(second) < 0.5 * float(first)
