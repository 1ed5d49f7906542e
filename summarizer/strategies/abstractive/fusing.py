"""``abstractive``'s fusion step: each brief sentence whose fact other reports state too
(``align.py``) may take one detail from another report's version (``summarizer.generation.fusion``).

The candidates that fit the length budget are ranked by the model in one batched pass
(with the sentence itself, so a fusion the model finds much less fluent is not taken), and
the best one the guard accepts against both report sentences replaces the sentence, which
then cites both reports. Scoring is charged to the brief's counted budget.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from summarizer.brief import BriefSentence, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.strategies.abstractive.outcome import FUSED, KEPT, operation_of, set_operation

if TYPE_CHECKING:
    from summarizer.generation.fusion import Fusion
    from summarizer.strategies.abstractive.deletion import Abstractive, Compressing

#: Prefix of ``BriefSentence.guard`` when every fusion of a kept sentence was refused.
FUSION_REFUSED = "fusion: "


def fuse_all(strategy: "Abstractive", corpus: Corpus, context: "Compressing", budget: Budget,
             sentences: list[BriefSentence]) -> list[BriefSentence]:
    """The sentences, each fused with another report's detail where one is accepted."""
    from summarizer.trust.align import align

    if budget.unit == "sentences" and not sentences:
        return sentences
    alignment = align(corpus)
    out = list(sentences)
    for i, sentence in enumerate(out):
        if sentence.sentence_id is None:
            continue
        others = [s.text for k, s in enumerate(out) if k != i]
        fused = _fuse(strategy, corpus, context, alignment, sentence,
                      lambda text: budget.fits(others + [text]))
        if fused is not None:
            out[i] = fused
    return out


def _fuse(strategy: "Abstractive", corpus: Corpus, context: "Compressing", alignment: object,
          sentence: BriefSentence, fits: object) -> BriefSentence | None:
    from summarizer.generation.compress import rank
    from summarizer.generation.fusion import MAX_FUSIONS, donors, fusions
    from summarizer.nlp.load import parse

    assert sentence.sentence_id is not None
    found = []
    base = parse(sentence.text)
    for donor in donors(corpus, alignment, sentence.sentence_id):  # type: ignore[arg-type]
        found += fusions(base, parse(corpus.sentences[donor].text), donor)
    source = strategy.wording(corpus, sentence.sentence_id)
    found = [f for f in found if fits(f.text) and _adds(f, source)][:MAX_FUSIONS]  # type: ignore[operator]
    if not found:
        return None
    texts = [sentence.text] + [f.text for f in found]
    if not context.charge(rank.cost(context.model, texts), strategy.max_tokens, strategy.max_calls):
        return None
    scored = rank.scores(context.model, texts)
    if scored is None:
        return None
    refusal = None
    for k in sorted(range(1, len(texts)), key=lambda k: (-scored[k], k)):
        if scored[k] < scored[0] - strategy.margin:
            refusal = refusal or "the model ranks the fused sentence below the sentence"
            break
        fusion = found[k - 1]
        verdict = strategy.guard.check([source, corpus.sentences[fusion.donor].text], fusion.text)
        if verdict.accepted:
            sources = list(dict.fromkeys(sentence.sources + sources_of(corpus, fusion.donor)))
            fused = dataclasses.replace(sentence, text=fusion.text, sources=sources,
                                        rewritten=True, guard=None)
            set_operation(fused, FUSED)
            return fused
        refusal = refusal or verdict.reason or "refused"
    if operation_of(sentence) == KEPT and refusal:
        sentence.guard = FUSION_REFUSED + refusal
    return None


def _adds(fusion: "Fusion", source: str) -> bool:
    """The insertion adds something the brief may carry: not words the sentence's own
    wording already has (a detail compression deleted, put back from another report), and
    not a relative time ("on Sunday") that the extractive wording trims because a brief of
    several reports has no date to anchor it (``summarizer.selection.trim``)."""
    from summarizer.selection.trim import trim

    own = {w.lower().strip(".,;:") for w in source.split()}
    if all(w.lower().strip(".,;:") in own for w in fusion.inserted.split()):
        return False
    return " ".join(trim(fusion.text).split()) == " ".join(fusion.text.split())
