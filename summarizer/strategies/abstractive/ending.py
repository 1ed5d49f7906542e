"""Whether a shortened sentence ends where a sentence can end, as a causal model judges it.

Deletion rules without a parser can cut a verb from its particle or object ("Mark Langston
took [over]."); the guard sees nothing wrong (no word was added), but the model finds such a
final stop unlikely. The threshold was read off the DUC 2004 rewrites: bench/bench_abstractive.py
prints the endings' scores.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.generation.models import TextModel

#: A compressed sentence whose final stop the model finds less likely than this (in nats)
#: and less likely than the source's own ending is cut off mid-phrase: "Mark Langston
#: took.", "a case dealing.", "enter the country only.".
ENDING_FLOOR = -6.0
#: What the model reads before a sentence whose ending it scores.
_ENDING_CONTEXT = "Here is a sentence from a news report:"
_FINAL_STOP = re.compile(r"""[.!?…]+["'”’)\]]*$""")


def ending_logprob(model: "TextModel", text: str) -> float | None:
    """log P(the text's final stop | the words before it) under a causal model, in nats;
    None when the text has no final stop."""
    import torch

    match = _FINAL_STOP.search(text)
    if not match or not match.start():
        return None
    def encode(part: str) -> list[int]:
        return list(model.tokenizer(f"{_ENDING_CONTEXT} {part}", add_special_tokens=False)["input_ids"])

    body, ids = encode(text[:match.start()]), encode(text)
    # The stop's own tokens; the last token alone when BPE merged it with the word before.
    start = len(body) if ids[:len(body)] == body and len(body) < len(ids) else len(ids) - 1
    with torch.inference_mode():
        logits = model.model(torch.tensor([ids], dtype=torch.long)).logits[0].float()
    scores = torch.log_softmax(logits[start - 1:-1], dim=-1)
    return float(sum(scores[k, ids[start + k]] for k in range(len(ids) - start)))
