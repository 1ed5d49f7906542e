"""The model ranks candidate sentences (compressions, fusions): the mean log-probability of
a candidate's tokens after a fixed context, one batched forward pass for all candidates.

Length-normalising (the mean, not the sum) keeps the ranking from simply preferring the
shortest candidate. Causal models only; a seq2seq model scores nothing (None) and the caller
keeps the source. The cost is counted in scored tokens (:func:`cost`), never in seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from summarizer.generation.models import TextModel

#: What the model reads before each candidate.
CONTEXT = "Here is a sentence from a news report:"


def _ids(model: "TextModel", text: str) -> list[int]:
    return list(model.tokenizer(f"{CONTEXT} {text}", add_special_tokens=False)["input_ids"])


def cost(model: "TextModel", texts: Sequence[str]) -> int:
    """Tokens a call of :func:`scores` on ``texts`` feeds the model."""
    return sum(len(_ids(model, t)) for t in texts)


def scores(model: "TextModel", texts: Sequence[str]) -> list[float] | None:
    """Mean log-probability (nats per token) of each text after ``CONTEXT``; None for a
    seq2seq model."""
    import torch

    if model.is_seq2seq or not texts:
        return None if model.is_seq2seq else []
    context = len(list(model.tokenizer(CONTEXT, add_special_tokens=False)["input_ids"]))
    rows = [_ids(model, t) for t in texts]
    width = max(len(r) for r in rows)
    pad = model.tokenizer.pad_token_id if model.tokenizer.pad_token_id is not None else 0
    ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows], dtype=torch.long)
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows], dtype=torch.long)
    with torch.inference_mode():
        logits = model.model(input_ids=ids, attention_mask=mask).logits.float()
    logprobs = torch.log_softmax(logits[:, :-1], dim=-1)
    out = []
    for k, row in enumerate(rows):
        start = min(context, len(row) - 1)  # BPE may merge the context's last token; rare
        picked = [float(logprobs[k, j - 1, row[j]]) for j in range(start, len(row))]
        out.append(sum(picked) / max(len(picked), 1))
    return out
