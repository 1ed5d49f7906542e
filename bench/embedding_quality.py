"""Sentence-encoder paths compared on handmade sentence pairs (tests/data/aligned_pairs.jsonl).

For each path (onnxruntime on the cached export, the torch reference, optionally model2vec
static vectors distilled from the same model) it prints: pair accuracy at the aligner's
threshold (``align.PARAPHRASE_COSINE``), the best accuracy over thresholds, the ranking AUC
(same-fact pairs above different-fact pairs), its encode time for the pairs, and the
agreement of its cosines with the torch path's (largest absolute difference, correlation).

    python bench/embedding_quality.py [--model2vec]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from summarizer.trust.align import PARAPHRASE_COSINE
from summarizer.generation.embeddings import Embedder

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "aligned_pairs.jsonl"


def load_pairs() -> tuple[list[str], list[str], np.ndarray]:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["a"] for r in rows], [r["b"] for r in rows], np.array([r["same"] for r in rows])


def cosines(encode, first: list[str], second: list[str]) -> np.ndarray:
    a, b = encode(first), encode(second)
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1)


def auc(scores: np.ndarray, same: np.ndarray) -> float:
    positive, negative = scores[same], scores[~same]
    wins = (positive[:, None] > negative[None, :]).sum() + 0.5 * (positive[:, None] == negative[None, :]).sum()
    return float(wins / (len(positive) * len(negative)))


def accuracy(scores: np.ndarray, same: np.ndarray, threshold: float) -> float:
    return float(((scores >= threshold) == same).mean())


def model2vec_encoder():
    from model2vec.distill import distill

    from summarizer.generation.embeddings import default_model_dir

    model = distill(model_name=str(default_model_dir()), pca_dims=256)
    return model.encode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model2vec", action="store_true", help="also distill and score model2vec vectors")
    args = parser.parse_args()
    first, second, same = load_pairs()
    paths = {"onnx": Embedder(backend="onnx").embed, "torch": Embedder(backend="torch").embed}
    if args.model2vec:
        paths["model2vec"] = model2vec_encoder()
    scores, seconds = {}, {}
    for name, encode in paths.items():
        encode(["warm up"])
        start = time.perf_counter()
        scores[name] = cosines(encode, first, second)
        seconds[name] = time.perf_counter() - start
    reference = scores["torch"]
    print(f"{len(same)} pairs ({int(same.sum())} same fact), threshold {PARAPHRASE_COSINE}")
    print(f"{'path':10} {'acc@thr':>8} {'best acc':>9} {'AUC':>6} {'max|d cos|':>11} {'corr':>7} {'seconds':>8}")
    for name, values in scores.items():
        best = max(accuracy(values, same, t) for t in np.unique(values))
        print(f"{name:10} {accuracy(values, same, PARAPHRASE_COSINE):8.3f} {best:9.3f} {auc(values, same):6.3f} "
              f"{np.abs(values - reference).max():11.2e} {np.corrcoef(values, reference)[0, 1]:7.4f} "
              f"{seconds[name]:8.3f}")
    flips = int(((scores["onnx"] >= PARAPHRASE_COSINE) != (reference >= PARAPHRASE_COSINE)).sum())
    print(f"onnx vs torch: {flips} pair decisions differ at the threshold")


if __name__ == "__main__":
    main()
