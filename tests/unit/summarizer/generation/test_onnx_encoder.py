"""summarizer/generation/onnx_encoder.py: the cached ONNX export of a BERT-like encoder (a
tiny random BERT built here), its pooled vectors, the weights digest and the batching."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from tiny_models import train_tokenizer

from summarizer.generation.onnx_encoder import (RUN_COST_TOKENS, OnnxEncoder, _atomic_write, cache_root,
                                                 length_batches, onnx_path, pool, weights_digest)

TEXTS = ["Kerry said the talks in Geneva would not start before August.", "Police never confirmed it.",
         "Officials met last week."]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SUMMARIZER_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "summarizer"


def tiny_bert(folder: Path) -> Path:
    """A 1-layer BERT with random weights and a BPE tokenizer trained on tiny_models.CORPUS."""
    import torch
    from transformers import BertConfig, BertModel

    raw = train_tokenizer(["[PAD]", "[UNK]", "[CLS]", "[SEP]"])
    torch.manual_seed(0)
    config = BertConfig(vocab_size=raw.get_vocab_size(), hidden_size=16, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=32, max_position_embeddings=64)
    BertModel(config).eval().save_pretrained(str(folder))
    raw.save(str(folder / "tokenizer.json"))
    return folder


def test_the_cache_follows_xdg_cache_home(cache: Path) -> None:
    assert cache_root() == cache


def test_the_export_shares_the_engine_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One cache folder for every model copy: $SUMMARIZER_CACHE moves the ONNX export too."""
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path / "elsewhere"))
    assert cache_root() == tmp_path / "elsewhere"


def test_the_digest_is_the_weights_sha256_remembered_per_file_version(cache: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    with pytest.raises(FileNotFoundError):
        weights_digest(model)
    (model / "pytorch_model.bin").write_bytes(b"weights")
    assert weights_digest(model) == hashlib.sha256(b"weights").hexdigest()
    (memo,) = (cache / "digests").iterdir()
    memo.write_text(json.dumps({"sha256": "remembered"}), encoding="utf-8")
    assert weights_digest(model) == "remembered"  # not hashed again while the file is unchanged
    (model / "model.safetensors").write_bytes(b"other")  # preferred over pytorch_model.bin
    assert weights_digest(model) == hashlib.sha256(b"other").hexdigest()
    assert onnx_path(model) == cache / "onnx" / f"model-{hashlib.sha256(b'other').hexdigest()[:24]}.onnx"


def test_an_atomic_write_that_fails_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"

    def fail(path: Path) -> None:
        path.write_text("half")
        raise RuntimeError("export failed")

    with pytest.raises(RuntimeError):
        _atomic_write(target, fail)
    assert list((tmp_path / "sub").iterdir()) == []
    _atomic_write(target, lambda path: path.write_text("whole"))
    assert target.read_text() == "whole" and [p.name for p in (tmp_path / "sub").iterdir()] == ["out.txt"]


def test_pooling_is_the_masked_mean_normalised() -> None:
    hidden = np.array([[[3.0, 0.0], [1.0, 4.0], [100.0, 100.0]]], dtype=np.float32)
    mask = np.array([[1, 1, 0]])
    assert pool(hidden, mask).tolist() == [[pytest.approx(2 / np.sqrt(8)), pytest.approx(2 / np.sqrt(8))]]
    assert pool(np.zeros((1, 2, 3), dtype=np.float32), np.array([[0, 0]])).tolist() == [[0.0, 0.0, 0.0]]


def test_length_batches_group_similar_lengths() -> None:
    # two runs cost 2 * RUN_COST_TOKENS + 2*5 + 1*100; one run 25 + 3 * 100
    assert length_batches([100, 5, 5], 3) == [[1, 2], [0]]
    assert length_batches([5, 6, 5], 3) == [[0, 2, 1]]  # by length, ties in input order
    assert length_batches([5, 5, 5], 2) == [[0], [1, 2]]  # equal costs: the split found first
    assert RUN_COST_TOKENS == 25 and length_batches([], 4) == []


def test_the_exported_encoder_gives_the_torch_models_pooled_vectors(cache: Path, tmp_path: Path) -> None:
    import torch
    from transformers import BertModel

    folder = tiny_bert(tmp_path / "bert")
    encoder = OnnxEncoder(folder, max_tokens=32, threads=1)
    assert onnx_path(folder).is_file() and encoder.dimension == 16
    vectors = encoder.encode(TEXTS)
    model = BertModel.from_pretrained(str(folder)).eval()
    expected = []
    for text in TEXTS:
        ids = torch.tensor([encoder.tokenizer.encode(text).ids])
        with torch.inference_mode():
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state.numpy()
        expected.append(pool(hidden, np.ones(ids.shape, dtype=np.int64))[0])
    assert np.abs(vectors - np.array(expected)).max() < 1e-4
    # in a batch, padded, or regrouped by length, each text keeps its vector
    assert np.abs(encoder.encode_all(TEXTS, batch_size=2) - vectors).max() < 1e-5
    assert np.abs(OnnxEncoder(folder, max_tokens=32, threads=1).encode(TEXTS[:1]) - vectors[:1]).max() < 1e-5
