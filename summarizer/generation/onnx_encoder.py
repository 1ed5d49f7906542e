"""A Hugging Face BERT-like encoder run with onnxruntime, so briefs never import torch.

The first time a model folder is used, it is exported to ONNX with ``torch.onnx.export``
(the only step that imports torch and transformers) and stored in the user's cache folder
(``$XDG_CACHE_HOME/summarizer/onnx`` or ``~/.cache/summarizer/onnx``), written atomically
and named after the SHA-256 of the model's weights file, so a changed model is exported
again and two processes exporting at once never see a half-written file. Every later run
loads the ONNX file with onnxruntime and tokenizes with the ``tokenizers`` package (the
folder's ``tokenizer.json``, the same tokenizer ``AutoTokenizer`` loads).

The graph returns the token vectors; pooling (mean over the attention mask, then L2 norm)
is done here in numpy, as the torch path of ``embeddings.py`` does it. onnxruntime runs
with a fixed number of threads and sequential execution so the same input gives the same
vectors in every process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import warnings
from pathlib import Path
from typing import Iterator

import numpy as np

#: ONNX operator set of the export; onnxruntime 1.2x runs it natively.
OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


def cache_root() -> Path:
    """``$XDG_CACHE_HOME/summarizer`` or ``~/.cache/summarizer``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def _weights_file(model_dir: Path) -> Path:
    for name in _WEIGHT_FILES:
        if (model_dir / name).is_file():
            return model_dir / name
    raise FileNotFoundError(f"no model weights in {model_dir} (expected one of {', '.join(_WEIGHT_FILES)})")


def _atomic_write(path: Path, write) -> None:
    """Call ``write(temporary_path)`` and move the result to ``path`` in one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def weights_digest(model_dir: Path) -> str:
    """SHA-256 of the model's weights file. Hashing 90 MB costs more than a brief, so the
    digest is remembered in the cache per (path, size, modification time)."""
    weights = _weights_file(model_dir)
    stat = weights.stat()
    stamp = hashlib.sha256(f"{weights.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    memo = cache_root() / "digests" / f"{stamp[:32]}.json"
    with contextlib.suppress(OSError, ValueError, KeyError):
        return json.loads(memo.read_text(encoding="utf-8"))["sha256"]
    digest = hashlib.sha256()
    with weights.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    with contextlib.suppress(OSError):
        _atomic_write(memo, lambda p: p.write_text(json.dumps({"sha256": value}), encoding="utf-8"))
    return value


def onnx_path(model_dir: Path) -> Path:
    """Where the ONNX export of ``model_dir`` is cached (it may not exist yet)."""
    return cache_root() / "onnx" / f"{model_dir.name}-{weights_digest(model_dir)[:24]}.onnx"


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """No "Loading weights" progress bar or loading chatter on stderr while transformers
    loads a model: the CLI's stderr is for the user's errors and warnings."""
    from transformers.utils import logging as hf_logging

    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def export(model_dir: Path, target: Path) -> None:
    """Export the encoder of ``model_dir`` to ``target`` (imports torch; run once per model)."""
    import torch
    from transformers import AutoModel

    with quiet_transformers():
        model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class _Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: D401 - torch API
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    example = torch.ones((2, 8), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "hidden")}

    def write(path: Path) -> None:
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            torch.onnx.export(_Hidden(), (example, example, torch.zeros_like(example)), str(path),
                              dynamo=False, input_names=list(_INPUTS), output_names=["hidden"],
                              dynamic_axes=axes, opset_version=OPSET)

    _atomic_write(target, write)


class OnnxEncoder:
    """Mean-pooled, L2-normalised sentence vectors from an ONNX export of ``model_dir``."""

    def __init__(self, model_dir: Path, max_tokens: int, threads: int) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        path = onnx_path(model_dir)
        if not path.is_file():
            export(model_dir, path)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id("[PAD]") or 0)
        self.dimension = int(self.session.get_outputs()[0].shape[-1] or 0) or self._probe_dimension()

    def _probe_dimension(self) -> int:
        return int(self.encode(["a"]).shape[1])

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text (one batch: the caller splits long lists)."""
        encodings = self.tokenizer.encode_batch(texts)
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        wanted = {i.name for i in self.session.get_inputs()}
        hidden = self.session.run(None, {k: v for k, v in feed.items() if k in wanted})[0]
        return pool(hidden, feed["attention_mask"])


def pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean of the token vectors under ``mask``, L2-normalised (sentence-transformers' rule)."""
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
    return (pooled / norms).astype(np.float32)
