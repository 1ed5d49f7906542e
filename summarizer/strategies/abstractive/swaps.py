"""``abstractive``'s last round: a sentence that merges reports in place of one that does not.

The extractive selection maximises concept weight (``ilp``) without asking whether a
sentence can take another report's detail. Among the sentences it passed over, many state
as much the brief needs and can. So, for each unfused brief sentence (least valuable first),
the candidates the base strategy's policy allows that the rest of the brief does not say
already are tried, most valuable first: the first whose best accepted fusion
(``fusing.fuse_reports``: the model ranks, the guard checks) fits in the sentence's place and
leaves the brief at least ``1 - tolerance`` of the concept weight it had takes its place.
A tolerance of 0 trades no weight: the brief covers as much of what the reports share, and
more of it is told with two reports' details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.brief import BriefSentence, sources_of
from summarizer.corpus import Corpus
from summarizer.selection.candidates import usable
from summarizer.strategies.abstractive.outcome import FUSED, KEPT, operation_of, set_operation
from summarizer.strategies.base import redundant, trusted

if TYPE_CHECKING:
    from summarizer.strategies.abstractive.deletion import Abstractive, Compressing
    from summarizer.strategies.abstractive.refill import Refill

#: A candidate is worth fusing when its own words give at least this share of the weight
#: the swap must keep: a fusion adds a detail, rarely much weight.
NEAR = 0.85


def swap_for_fusions(strategy: "Abstractive", corpus: Corpus, context: "Compressing", refill: "Refill",
                     tolerance: float, tries: int) -> None:
    """Replace unfused brief sentences by fusions of other candidates where one fits and
    keeps the brief's concept weight within ``tolerance`` (``refill.sentences`` updated)."""
    if refill.budget.unit == "sentences":
        return
    order = sorted((s for s in refill.sentences if s.sentence_id is not None and operation_of(s) != FUSED),
                   key=lambda s: (refill.value(s), s.sentence_id))
    for sentence in order:
        floor = (1 - tolerance) * refill.weight([s.text for s in refill.sentences])
        fused = _replacement(strategy, corpus, context, refill, sentence, floor, tries)
        if fused is not None:
            refill.replace(sentence, fused)


def _replacement(strategy: "Abstractive", corpus: Corpus, context: "Compressing", refill: "Refill",
                 replaced: BriefSentence, floor: float, tries: int) -> BriefSentence | None:
    """The first candidate's accepted fusion that fits in place of ``replaced``, weighs
    ``floor`` and tells something the replaced sentence does not (``_tells_more``)."""
    from summarizer.strategies.abstractive.fusing import donors_of, fuse_reports

    assert replaced.sentence_id is not None
    others = [s for s in refill.sentences if s is not replaced]
    texts = [s.text for s in others]
    for candidate in _candidates(strategy, corpus, refill, others, floor, tries):
        base = BriefSentence(strategy.wording(corpus, candidate), sources_of(corpus, candidate), candidate)
        set_operation(base, KEPT)
        fused = fuse_reports(strategy, corpus, context, base, *donors_of(corpus, context, base),
                             lambda text: refill.budget.fits(texts + [text]), texts)
        if fused is not base and refill.weight(texts + [fused.text]) >= floor and \
                _tells_more(fused.text, replaced.text):
            return fused
    return None


def _candidates(strategy: "Abstractive", corpus: Corpus, refill: "Refill", others: list[BriefSentence],
                floor: float, tries: int) -> list[int]:
    """Candidates the policy allows, not in the brief nor said by ``others``, whose own
    words (unfused) come near ``floor``, the ``tries`` most valuable."""
    texts = [s.text for s in others]
    taken = {s.sentence_id for s in refill.sentences}
    rest = [s.sentence_id for s in others if s.sentence_id is not None]
    told = {corpus.group_of[i] for i in rest}
    scored, seen = [], set()
    for sentence in corpus.sentences:  # near-duplicates of the replaced one too: they may take a detail it cannot
        if sentence.id in taken or corpus.group_of[sentence.id] in told or sentence.text in seen or \
                not usable(sentence, refill.rules):
            continue
        seen.add(sentence.text)
        wording = strategy.wording(corpus, sentence.id)
        if not refill.budget.fits(texts + [wording]):
            continue
        weight = refill.weight(texts + [wording])
        if weight >= floor * NEAR:
            scored.append((-weight, sentence.id))
    chosen: list[int] = []
    for _, sentence_id in sorted(scored):
        if len(chosen) == tries:
            break
        if not redundant(corpus, sentence_id, rest) and trusted(corpus, sentence_id, refill.rules):
            chosen.append(sentence_id)
    return chosen


def _tells_more(fused: str, replaced: str) -> bool:
    """The fusion names something (a noun, a name, a number, an adjective) the replaced
    sentence does not: a candidate given the replaced sentence's own detail may be that
    sentence reworded ("Bin Laden[, a Saudi exile,] is believed to be living in
    Afghanistan" for "Bin Laden, a Saudi exile, is thought to be living in Afghanistan"),
    which merges nothing the brief lacked."""
    from summarizer.nlp.load import parse
    from summarizer.text import content_stems, stem

    told = content_stems(replaced)
    return any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and not t.is_stop and (t.is_alpha or t.like_num)
               and stem(t.text.lower()) not in told for t in parse(fused))
