"""A Hugging Face BERT-like encoder run with onnxruntime, so briefs never import torch.

The first time a model folder is used, it is exported to ONNX with ``torch.onnx.export``
(the only step that imports torch and transformers) and stored in ``onnx/`` of the engine's
cache folder (``~/.cache/summarizer`` unless ``$SUMMARIZER_CACHE`` or ``$XDG_CACHE_HOME``
says otherwise), written atomically and named after the SHA-256 of the model's weights file,
so a changed model is exported again and two processes exporting at once never see a
half-written file. Every later run
loads the ONNX file with onnxruntime and tokenizes with the ``tokenizers`` package (the
folder's ``tokenizer.json``, the same tokenizer ``AutoTokenizer`` loads).

The graph returns the token vectors; pooling (mean over the attention mask, then L2 norm)
is done here in numpy, as the torch path of ``embeddings.py`` does it. onnxruntime runs
with a fixed number of threads and sequential execution so the same input gives the same
vectors in every process. A text's vector does not depend on the batch it is encoded in
(padding is masked out, and the kernels compute each row alike: tests/unit/summarizer/generation/test_embeddings.py
checks it), so ``encode_all`` groups texts of similar token length into a batch, which
keeps the work spent on padding small, without changing a vector.
"""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

#: ONNX operator set of the export; onnxruntime 1.2x runs it natively.
OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
#: The fixed cost of one run of the encoder, counted in tokens' worth of work: batching
#: weighs it against the padding a longer batch adds. A round figure: the total work of
#: encoding a cluster changes by a few percent when it is halved or doubled.
RUN_COST_TOKENS = 25


def cache_root() -> Path:
    """The engine's one cache folder (``models.gguf.cache_root``: ``$SUMMARIZER_CACHE``, else
    ``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``)."""
    from summarizer.generation.models.gguf import cache_root as engine_cache_root

    return engine_cache_root()


def _weights_file(model_dir: Path) -> Path:
    for name in _WEIGHT_FILES:
        if (model_dir / name).is_file():
            return model_dir / name
    raise FileNotFoundError(f"no model weights in {model_dir} (expected one of {', '.join(_WEIGHT_FILES)})")


def _atomic_write(path: Path, write) -> None:
    """Call ``write(temporary_path)`` and move the result to ``path`` in one rename
    (``output.replacing``, the engine's one way to replace a file)."""
    from summarizer.output import replacing

    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as temporary:
        write(temporary)


def weights_digest(model_dir: Path) -> str:
    """SHA-256 of the model's weights file (``digest.file_digest``, remembered in the cache)."""
    from summarizer.generation.digest import file_digest

    return file_digest(_weights_file(model_dir), cache_root() / "digests")


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
        # idle threads sleep instead of spinning: a spinning thread takes a core from the
        # spaCy parse or the other processes of a batch run (results are the same)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.no_padding()  # the file may pad every text to a fixed length: ``_run`` pads
        self.pad_id = self.tokenizer.token_to_id("[PAD]") or 0
        self.dimension = int(self.session.get_outputs()[0].shape[-1] or 0) or self._probe_dimension()

    def _probe_dimension(self) -> int:
        return int(self.encode(["a"]).shape[1])

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text, in one run (``encode_all`` splits long lists)."""
        return self._run(self.tokenizer.encode_batch(texts))

    def encode_all(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        """One row per text, in order, in runs of at most ``batch_size`` texts of similar
        token length (``length_batches``)."""
        encodings = self.tokenizer.encode_batch(list(texts))
        rows = np.zeros((len(encodings), self.dimension), dtype=np.float32)
        for batch in length_batches([len(e.ids) for e in encodings], batch_size):
            rows[batch] = self._run([encodings[i] for i in batch])
        return rows

    def _run(self, encodings: list) -> np.ndarray:
        """Pooled vectors of tokenized texts, padded on the right to the longest."""
        width = max(len(e.ids) for e in encodings)
        feed = {name: np.zeros((len(encodings), width), dtype=np.int64) for name in _INPUTS}
        feed["input_ids"][:] = self.pad_id
        for row, encoding in enumerate(encodings):
            size = len(encoding.ids)
            feed["input_ids"][row, :size] = encoding.ids
            feed["attention_mask"][row, :size] = encoding.attention_mask
            feed["token_type_ids"][row, :size] = encoding.type_ids
        hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        return pool(hidden, feed["attention_mask"])


def length_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices of ``lengths`` in batches of at most ``batch_size``, each run costing
    ``RUN_COST_TOKENS`` plus its size times its longest length: the cheapest split of the
    texts sorted by length (ties: input order), by dynamic programming over batch ends."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    best = [0.0] + [float("inf")] * len(order)  # best[k]: cost of the first k texts
    start = [0] * (len(order) + 1)
    for end in range(1, len(order) + 1):
        longest = lengths[order[end - 1]]
        for first in range(max(0, end - batch_size), end):
            cost = best[first] + RUN_COST_TOKENS + (end - first) * longest
            if cost < best[end]:
                best[end], start[end] = cost, first
    batches, end = [], len(order)
    while end:
        batches.append(order[start[end]:end])
        end = start[end]
    return batches[::-1]


def pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean of the token vectors under ``mask``, L2-normalised (sentence-transformers' rule)."""
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
    return (pooled / norms).astype(np.float32)
