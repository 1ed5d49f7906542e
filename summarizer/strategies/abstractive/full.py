"""``abstractive-full``: the model writes the whole brief from the selected sentences.

For models large enough to write freely. Long input is mapped over chunks that fit the
model's context and then reduced (never cut: what cannot fit is named in
``brief.warnings``), and each generated sentence is guarded against the selected sentences
and replaced by the closest one when it fails. The shipped SmolLM2-135M is too small for
this (README, "Abstractive strategies and the guard").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from summarizer.brief import Brief, BriefSentence, source_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.strategies.abstractive.model_strategy import ModelStrategy, same_text
from summarizer.text import content_stems, is_near_duplicate, jaccard, split_sentences

if TYPE_CHECKING:
    from summarizer.generation.models import TextModel


class AbstractiveFull(ModelStrategy):
    """The model writes the brief from the selected sentences (map over chunks that fit its
    context, then reduce); every generated sentence is guarded.

    Seq2seq models (BART, PEGASUS) are summarizers: they get the sentences alone. Causal
    instruction models get them inside ``PROMPT``.
    """

    PROMPT = ("Summarize the following news sentences in {words} words or fewer. Use only facts "
              "stated in them.\n\n{text}")

    def finish(self, corpus: Corpus, brief: Brief) -> Brief:
        model = self.text_model()
        selected = [s for s in brief.sentences if s.sentence_id is not None]
        target = brief.length.size if brief.length.unit == "words" else 100
        chunks, left_out = _pack(model, [s.text for s in selected], self._prompt_for(model, target))
        if left_out:
            brief.warnings.append(_left_out_warning(corpus, model, [selected[i] for i in left_out]))
        drafts = [self._write(model, " ".join(selected[i].text for i in c), target) for c in chunks]
        draft = self._reduce(model, drafts, target, brief)
        sentences, dropped = self._guarded(selected, split_sentences(draft), brief.length)
        if dropped:
            brief.warnings.append(f"abstractive-full: {dropped} generated sentence(s) shared no "
                                  "content word with the selected sentences and were dropped")
        if not sentences:
            brief.warnings.append("abstractive-full: the model wrote nothing usable; "
                                  "the brief is the extractive selection")
            sentences = selected
        brief.sentences = sentences
        return brief

    def _prompt_for(self, model: "TextModel", target: int) -> Callable[[str], str]:
        if model.is_seq2seq:
            return lambda text: text
        return lambda text: self.PROMPT.format(words=target, text=text)

    def _write(self, model: "TextModel", text: str, target: int) -> str:
        return model.generate(self._prompt_for(model, target)(text))

    def _reduce(self, model: "TextModel", drafts: list[str], target: int, brief: Brief) -> str:
        """Summarize the partial summaries together until one remains. Drafts that cannot
        share a window with another are passed on as they are (and the guard judges them)."""
        prompt = self._prompt_for(model, target)
        while len(drafts) > 1:
            chunks, alone = _pack(model, drafts, prompt)
            if all(len(c) == 1 for c in chunks):
                brief.warnings.append(f"abstractive-full: {len(drafts)} partial summaries did not "
                                      "fit the model's context together; they were joined as written")
                return " ".join(drafts)
            merged = [self._write(model, " ".join(drafts[i] for i in c), target)
                      if len(c) > 1 else drafts[c[0]] for c in chunks]
            drafts = merged + [drafts[i] for i in alone]
        return drafts[0] if drafts else ""

    def _guarded(self, selected: list[BriefSentence], generated: list[str],
                 budget: Budget) -> tuple[list[BriefSentence], int]:
        """Each generated sentence, checked against the selected sentences; a refused one is
        replaced by the selected sentence closest to it (once). Near-duplicates and
        overflow are dropped. Returns the sentences and how many shared nothing."""
        sources = [s.text for s in selected]
        result: list[BriefSentence] = []
        used: set[int] = set()
        unrelated = 0
        for text in generated:
            closest = _closest(selected, text)
            if closest is None:
                unrelated += 1
                continue
            item = self._guarded_one(sources, selected, closest, text)
            if not item.rewritten and closest in used:
                continue
            texts = [s.text for s in result] + [item.text]
            if budget.fits(texts) and not any(is_near_duplicate(item.text, s.text) for s in result):
                result.append(item)
                used.add(closest)
        return result, unrelated

    def _guarded_one(self, sources: list[str], selected: list[BriefSentence], closest: int,
                     text: str) -> BriefSentence:
        base = selected[closest]
        if same_text(text, base.text):  # copied verbatim: not a rewrite
            return BriefSentence(base.text, list(base.sources), base.sentence_id)
        verdict = self.guard.check(sources, text)
        if not verdict.accepted:
            return BriefSentence(base.text, list(base.sources), base.sentence_id,
                                 guard=verdict.reason or "refused")
        return BriefSentence(text, _provenance(selected, closest, text), base.sentence_id,
                             rewritten=True)


def _closest(selected: Sequence[BriefSentence], text: str) -> int | None:
    stems = frozenset(content_stems(text))
    scores = [jaccard(stems, frozenset(content_stems(s.text))) for s in selected]
    if not scores or max(scores) == 0:
        return None
    return max(range(len(scores)), key=scores.__getitem__)


def _provenance(selected: Sequence[BriefSentence], closest: int, text: str) -> list:
    """The closest sentence's sources, then those of every other selected sentence that
    contributes a content word the ones before it do not: a fused sentence cites all it used."""
    needed = set(content_stems(text))
    sources = list(selected[closest].sources)
    needed -= set(content_stems(selected[closest].text))
    for i, sentence in enumerate(selected):
        own = needed & set(content_stems(sentence.text))
        if i != closest and own:
            sources += [s for s in sentence.sources if s not in sources]
            needed -= own
    return sources


def _fits(model: "TextModel", prompt: str) -> bool:
    """Whether the model takes ``prompt`` whole (template included); seq2seq models would
    cut it silently (``prompt_ids``), so their length is checked here first."""
    from summarizer.generation.models import PromptTooLongError

    if model.is_seq2seq:
        return len(model.tokenizer(prompt)["input_ids"]) <= model.context_tokens
    try:
        model.prompt_ids(prompt)
    except PromptTooLongError:
        return False
    return True


def _pack(model: "TextModel", texts: Sequence[str],
          prompt: Callable[[str], str]) -> tuple[list[list[int]], list[int]]:
    """Group consecutive texts into prompts that fit the model's context.

    Returns the chunks (indices into ``texts``) and the indices of texts too long to fit
    even alone: those are left out, never cut, and the caller says so.
    """
    chunks: list[list[int]] = []
    left_out: list[int] = []
    for i, text in enumerate(texts):
        if chunks and _fits(model, prompt(" ".join([texts[j] for j in chunks[-1]] + [text]))):
            chunks[-1].append(i)
        elif _fits(model, prompt(text)):
            chunks.append([i])
        else:
            left_out.append(i)
    return chunks, left_out


def _left_out_warning(corpus: Corpus, model: "TextModel", sentences: Sequence[BriefSentence]) -> str:
    """Names each left-out sentence by where it stands in the reports and its first words."""
    def name(sentence: BriefSentence) -> str:
        if sentence.sentence_id is not None:
            where = source_of(corpus, sentence.sentence_id)
            place = f"{where.document} sentence {where.sentence}"
        else:
            place = "unknown source"
        return f'{place} ("{" ".join(sentence.text.split()[:8])}...")'

    listed = "; ".join(name(s) for s in sentences)
    return (f"abstractive-full: {len(sentences)} selected sentence(s) longer than {model.name}'s "
            f"context ({model.context_tokens} tokens) were left out of the model's input: {listed}")
