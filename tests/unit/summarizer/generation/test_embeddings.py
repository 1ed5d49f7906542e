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

ROOT = Path(__file__).resolve().parents[4]
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


def _batch_cost(lengths: list[int], batches: list[list[int]]) -> int:
    from summarizer.generation.onnx_encoder import RUN_COST_TOKENS

    return sum(RUN_COST_TOKENS + len(b) * max(lengths[i] for i in b) for b in batches)


def _every_split(items: list[int], batch_size: int):
    """Every split of ``items`` into consecutive batches of at most ``batch_size``."""
    if not items:
        yield []
        return
    for size in range(1, min(batch_size, len(items)) + 1):
        for rest in _every_split(items[size:], batch_size):
            yield [items[:size], *rest]


def test_length_batches_are_the_cheapest_split_of_the_texts_by_length() -> None:
    import random

    from summarizer.generation.onnx_encoder import length_batches

    rng = random.Random(7)
    for _ in range(40):
        lengths = [rng.choice([rng.randint(3, 20), rng.randint(20, 128)]) for _ in range(rng.randint(1, 9))]
        batch_size = rng.randint(1, 5)
        batches = length_batches(lengths, batch_size)
        assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
        assert all(1 <= len(b) <= batch_size for b in batches)
        flat = [i for b in batches for i in b]
        assert flat == sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
        cheapest = min(_batch_cost(lengths, split) for split in _every_split(flat, batch_size))
        assert _batch_cost(lengths, batches) == cheapest
    # texts of very different lengths are not padded to the longest
    assert length_batches([10] * 8 + [120], 32) == [list(range(8)), [8]]


@pytest.mark.slow
def test_a_vector_does_not_depend_on_the_batch_it_is_encoded_in() -> None:
    """What lets the cache mix vectors from different calls and ``encode_all`` regroup
    texts: the same text gets the same bits alone, in a batch of short texts or of long."""
    from summarizer.generation.embeddings import Embedder

    texts = sorted({p[side] for p in _pairs() for side in ("a", "b")})
    embedder = Embedder(backend="onnx")
    embedder.load()
    encoder = embedder._model
    alone = np.concatenate([encoder.encode([t]) for t in texts])
    mixed = encoder.encode_all(texts[::-1], batch_size=7)[::-1]
    padded = np.concatenate([encoder.encode([t, "word " * 100])[:1] for t in texts[:5]])
    assert np.array_equal(alone, mixed)
    assert np.array_equal(alone[:5], padded)
    # texts are not padded to a fixed length (the model's tokenizer.json asks for 128)
    assert len(encoder.tokenizer.encode("Short.").ids) < 10


@pytest.mark.slow
def test_the_alignment_started_in_the_background_is_the_foreground_one() -> None:
    result = _python("""
        import json, sys, threading
        from summarizer.corpus import Corpus
        from summarizer.ingest import load_documents
        from summarizer.trust import _ALIGNING, evidence, prepare
        from summarizer.trust.align import align
        background = Corpus(load_documents('seeds/'))
        prepare(background)
        started = bool(_ALIGNING.get(background))
        early = evidence(background).alignment
        foreground = align(Corpus(load_documents('seeds/')))
        lexical = Corpus(load_documents('seeds/'))
        prepare(lexical, embeddings=False)
        print(json.dumps({"started": started, "same": early == foreground, "embedded": early.embedded,
                          "lexical_started": bool(_ALIGNING.get(lexical)), "torch": "torch" in sys.modules}))
    """)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["started"] and found["same"] and found["embedded"] > 0
    assert not found["lexical_started"] and not found["torch"]


def test_only_an_onnx_encoder_with_its_export_cached_loads_in_the_background(tmp_path, monkeypatch) -> None:
    from summarizer.generation.embeddings import Embedder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    assert not Embedder(backend="torch").loads_in_background()
    assert not Embedder(tmp_path, backend="onnx").loads_in_background()  # no model here
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"not exported yet")
    assert not Embedder(tmp_path, backend="onnx").loads_in_background()
