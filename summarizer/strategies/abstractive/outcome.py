"""What happened to each sentence of an ``abstractive`` brief, and a note when nothing did.

Each brief sentence is ``kept`` (the report's words), ``compressed`` (constituents deleted)
or ``fused`` (a detail of another report inserted). Until ``BriefSentence`` has a field of
its own for it, the operation is an attribute set here (``operation_of`` reads it), and the
existing fields agree with it: ``rewritten`` is true exactly for compressed and fused
sentences, a fused sentence's ``sources`` name every report it draws on, and ``guard``
holds why the last candidate was refused: a compression when the sentence was kept, a fusion
on a kept or compressed sentence.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Sequence

from summarizer.brief import BriefSentence

log = logging.getLogger("summarizer")

KEPT, COMPRESSED, FUSED = "kept", "compressed", "fused"


def set_operation(sentence: BriefSentence, operation: str) -> None:
    sentence.operation = operation


def operation_of(sentence: BriefSentence) -> str:
    """``kept``, ``compressed`` or ``fused``."""
    if sentence.operation == KEPT and sentence.rewritten:  # rewritten before operations were named
        return COMPRESSED
    return sentence.operation


def note_outcome(sentences: Sequence[BriefSentence], strategy: str = "abstractive") -> Counter[str]:
    """Log (stderr) what the strategy did; a warning when it rewrote nothing."""
    done = Counter(operation_of(s) for s in sentences)
    refused = Counter(s.guard.split(":")[0] for s in sentences if s.guard)
    if not done[COMPRESSED] and not done[FUSED]:
        why = ("refused candidates: " + ", ".join(f"{reason} {n}" for reason, n in sorted(refused.items()))
               if refused else "no shorter or fused candidate")
        log.warning("%s rewrote nothing: every sentence keeps the report's words (%s)", strategy, why)
    else:
        log.info("%s: %d compressed, %d fused, %d kept", strategy, done[COMPRESSED], done[FUSED], done[KEPT])
    return done
