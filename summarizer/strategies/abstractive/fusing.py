"""``abstractive``'s fusion step: each brief sentence whose fact other reports state too
(``align.py``) may take details from other reports' versions (``summarizer.generation.fusion``).

The candidates that fit the length budget (those adding fewest words first, so that several
donors reach the model) are ranked by the model in one batched pass (with the sentence
itself, so a fusion the model finds much less fluent is not taken), and the best one the
guard accepts against every report sentence it draws on replaces the sentence, which then
cites those reports. The fused sentence is the base of the next round, with the donors of
the reports it does not draw on yet. Scoring is charged to the brief's counted budget.

A brief whose budget the extractive selection already filled leaves a fusion, which adds
words, no room: after the refill a second round (``fuse_displacing``) lets a fusion that
found no room take the place of the sentence of least value (a refill sentence first), and
the refill spends what is left over."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Callable, Sequence

from summarizer.brief import BriefSentence, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.strategies.abstractive.outcome import COMPRESSED, FUSED, KEPT, operation_of, set_operation

if TYPE_CHECKING:
    from spacy.tokens import Token

    from summarizer.generation.fusion import Fusion
    from summarizer.strategies.abstractive.deletion import Abstractive, Compressing
    from summarizer.strategies.abstractive.refill import Refill
    from summarizer.trust.align import Alignment

#: Prefix of ``BriefSentence.guard`` when every fusion of a kept or compressed sentence was refused.
FUSION_REFUSED = "fusion: "


def fuse_all(strategy: "Abstractive", corpus: Corpus, context: "Compressing", budget: Budget,
             sentences: list[BriefSentence], only: Sequence[BriefSentence] | None = None) -> list[BriefSentence]:
    """The sentences, each fused with other reports' details where they are accepted
    (``only``: just these of them, the others as they stand)."""
    if budget.unit == "sentences" and not sentences:
        return sentences
    out = list(sentences)
    for i, sentence in enumerate(out):
        if sentence.sentence_id is None or only is not None and not any(s is sentence for s in only):
            continue
        others = [s.text for k, s in enumerate(out) if k != i]
        out[i] = fuse_reports(strategy, corpus, context, sentence, *donors_of(corpus, context, sentence),
                              lambda text: budget.fits(others + [text]), others)
    return out


def fuse_displacing(strategy: "Abstractive", corpus: Corpus, context: "Compressing", refill: "Refill",
                    spare: list[int]) -> list[int]:
    """A second fusion round once the refill has spent the words compression freed, on the
    refill's state (``refill.sentences`` is updated); returns the ids of dropped sentences.

    Every unfused sentence is tried again, one whose first-round fusions were refused too:
    that round ranked only the candidates that fit the budget then, and a refusal judges a
    candidate, not the sentence (the longer ones never reached the model or the guard, and
    each is judged on its own here). Its fusion may take the place of another
    unfused sentence: the last refill sentence still in the brief (``spare``: the refill's
    ids in the order it chose them, best first), else the one whose own concepts weigh
    least per word (``Refill.value``). A fusion that fits as the brief stands is sought
    first (refill sentences get their first try here); the victim is dropped only when no
    such fusion was found and one fits without it. A detail the victim gives counts as told
    in both tries: the fusion found without it may fit beside it, and the victim then stays."""
    budget, dropped = refill.budget, []
    if budget.unit == "sentences" or not refill.sentences:
        return dropped
    for sentence in list(refill.sentences):
        out = refill.sentences
        if not any(s is sentence for s in out) or sentence.sentence_id is None or \
                operation_of(sentence) == FUSED:
            continue
        victim = _victim(refill, spare, sentence)
        others = [s.text for s in out if s is not sentence]
        roomier = [s.text for s in out if s is not sentence and s is not victim]
        found = donors_of(corpus, context, sentence)
        fused = fuse_reports(strategy, corpus, context, sentence, *found,
                             lambda text: budget.fits(others + [text]), others)
        if fused is sentence and victim is not None:
            fused = fuse_reports(strategy, corpus, context, sentence, *found,
                                 lambda text: budget.fits(roomier + [text]), others)
        if fused is sentence:
            continue
        refill.sentences = [fused if s is sentence else s for s in out]
        if victim is not None and not budget.fits(others + [fused.text]):
            refill.sentences = [s for s in refill.sentences if s is not victim]
            assert victim.sentence_id is not None
            dropped.append(victim.sentence_id)
    return dropped


def donors_of(corpus: Corpus, context: "Compressing",
              sentence: BriefSentence) -> tuple[list[int], frozenset[int]]:
    """The sentences a brief sentence may take a detail from (other reports' versions of its
    fact and similar sentences, ``fusion.donors``, then ``fusion.name_donors``), and those
    of them that may give only who a name it mentions bare is."""
    from summarizer.generation.fusion import donors, name_donors
    from summarizer.nlp.load import parse

    assert sentence.sentence_id is not None
    facts = donors(corpus, alignment_of(corpus, context), sentence.sentence_id)
    names = name_donors(corpus, sentence.sentence_id, parse(sentence.text), facts)
    return facts + names, frozenset(names)


def alignment_of(corpus: Corpus, context: "Compressing") -> "Alignment":
    """The corpus's facts, aligned once per brief (both fusion rounds read them)."""
    from summarizer.trust.align import align

    if context.alignment is None:
        context.alignment = align(corpus)
    return context.alignment


def _victim(refill: "Refill", spare: list[int], keep: BriefSentence) -> BriefSentence | None:
    """The sentence a fusion of ``keep`` may displace: the refill sentence of least value
    still in the brief, else the unfused sentence of least value (neither ``keep``)."""
    rank = {sentence_id: k for k, sentence_id in enumerate(spare)}
    found = [s for s in refill.sentences if s is not keep and s.sentence_id is not None
             and operation_of(s) != FUSED]
    refilled = [s for s in found if s.sentence_id in rank]
    if refilled:
        return max(refilled, key=lambda s: rank[s.sentence_id])
    return min(found, key=lambda s: (refill.value(s), s.sentence_id), default=None)


def fuse_reports(strategy: "Abstractive", corpus: Corpus, context: "Compressing",
                 sentence: BriefSentence, candidates: list[int], names: frozenset[int],
                 fits: Callable[[str], bool], elsewhere: Sequence[str] = ()) -> BriefSentence:
    """The sentence fused with one donor, then the fusion with a donor of a report not drawn
    on yet, and so on while one is accepted: a sentence may draw on several reports.
    ``names``: donors that may give only an appositive of a name (``fusion.name_donors``).
    ``elsewhere``: the brief's other sentences; a detail one of them gives is not added again
    ("Weiner, 46," once per brief).
    When the first fusion is refused, why is noted on a kept or compressed sentence."""
    assert sentence.sentence_id is not None
    source = strategy.wording(corpus, sentence.sentence_id)
    current, used, remaining = sentence, [source], list(candidates)
    while True:
        fused, refusal = _fuse(strategy, corpus, context, current, remaining, used, fits, names, elsewhere)
        if fused is None:
            break
        current, donor = fused
        used.append(corpus.sentences[donor].text)
        remaining = [d for d in remaining if corpus.sentences[d].doc != corpus.sentences[donor].doc]
    if current is sentence and refusal and operation_of(sentence) in (KEPT, COMPRESSED):
        sentence.guard = FUSION_REFUSED + refusal
    return current


def _fuse(strategy: "Abstractive", corpus: Corpus, context: "Compressing", sentence: BriefSentence,
          candidates: list[int], sources: list[str],
          fits: Callable[[str], bool], names: frozenset[int] = frozenset(),
          elsewhere: Sequence[str] = ()) -> tuple[tuple[BriefSentence, int] | None, str | None]:
    """The best fusion of the sentence with one of the donors that the model ranks near the
    sentence and the guard accepts against every source sentence (with the donor it used,
    and every report sentence the fusion would cite),
    else ``None`` and why the best ranked candidate was refused (``None``: none to rank)."""
    from summarizer.generation.compress import rank
    from summarizer.generation.fusion import MAX_FUSIONS, NAME_DETAILS, fusions
    from summarizer.nlp.load import parse

    found: list[Fusion] = []
    base = parse(sentence.text)
    for donor in candidates:
        found += fusions(base, parse(corpus.sentences[donor].text), donor,
                         NAME_DETAILS if donor in names else None)
    again = operation_of(sentence) == FUSED  # keep the earlier reports' details it cites
    told = " ".join(elsewhere).lower()
    found = [f for f in found if fits(f.text) and len(f.text.split()) <= strategy.max_words and
             _adds(f, sources[0]) and not _told(f.inserted, told) and not _described_elsewhere(f, elsewhere) and
             (not again or _keeps(f.text, sentence.text)) and not _aged_otherwise(corpus, sentence.sentence_id, f) and
             not _styled_otherwise(corpus, sentence, f)]
    found = sorted(found, key=lambda f: (_added(f, sentence.text), candidates.index(f.donor)))[:MAX_FUSIONS]
    if not found:
        return None, None
    texts = [sentence.text] + [f.text for f in found]
    if not context.charge(rank.cost(context.model, texts), strategy.max_tokens, strategy.max_calls):
        return None, None
    scored = rank.scores(context.model, texts)
    if scored is None:
        return None, None
    refusal = None
    for k in sorted(range(1, len(texts)), key=lambda k: (-scored[k], k)):
        if scored[k] < scored[0] - strategy.margin:
            return None, refusal or "the model ranks the fused sentence below the sentence"
        fusion = found[k - 1]
        cited = list(dict.fromkeys(sentence.sources + sources_of(corpus, fusion.donor)))
        verdict = strategy.guard.check(sources + [corpus.sentences[fusion.donor].text] +
                                       _cited_texts(corpus, cited, sentence.sentence_id), fusion.text)
        if verdict.accepted:
            fused = dataclasses.replace(sentence, text=fusion.text, sources=cited,
                                        rewritten=True, guard=None)
            set_operation(fused, FUSED)
            return (fused, fusion.donor), None
        refusal = refusal or verdict.reason or "refused"
    return None, refusal


def _cited_texts(corpus: Corpus, cited: Sequence, own: int | None) -> list[str]:
    """The texts of the report sentences a fused sentence would cite (copies of the same
    sentence in other reports included), its own sentence left out (its wording is the
    first source): the guard judges the fusion against every sentence it cites, as a
    reader checking the citations would."""
    docs = {d.id: k for k, d in enumerate(corpus.documents)}
    out = []
    for c in cited:
        found = [s for s in corpus.sentences_of(docs[c.document]) if s.index == c.sentence] \
            if c.document in docs else []
        out += [s.text for s in found if s.id != own]
    return out


def _told(inserted: str, told: str) -> bool:
    """The brief's other sentences (lower case) give the inserted words already, as whole
    words ("col" is not told by "protocol"), the words that open the insertion as a clause
    or a noun phrase left out ("[whose] works have been translated into 20 languages" is
    told by "his works have been translated into 20 languages")."""
    from summarizer.text.lexicon import DETERMINERS, SUBORDINATORS

    words = inserted.lower().split()
    while len(words) > 1 and words[0] in SUBORDINATORS | DETERMINERS:
        words = words[1:]
    return re.search(r"(?<!\w)" + re.escape(" ".join(words)) + r"(?!\w)", told) is not None


#: Words on either side of a name within which another brief sentence describes it.
DESCRIBED_WITHIN = 4

_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _described_elsewhere(fusion: "Fusion", elsewhere: Sequence[str]) -> bool:
    """The fusion describes a name (an appositive, a title, a clause) as another brief
    sentence already does beside that name: with the description's head noun, or with at
    least half its content words (a first name is no description). Who someone is, once
    per brief: "IOC president Juan Antonio Samaranch promised ..." and then "Samaranch,
    president of the International Olympic Committee,"; not "U.S. envoy Richard Holbrooke"
    and "Holbrooke, the U.S. ambassador-designate to the United Nations," (another office).
    Words count by lemma and stem, and a possessive names the person too: "Hunter, [one of
    Trump's earliest supporters]," (a supporter) is told by "because of Hunter's early
    support of Donald Trump"."""
    from summarizer.generation.fusion import NAME_DETAILS
    from summarizer.nlp.load import parse
    from summarizer.text import stem, words
    from summarizer.text.lexicon import TITLE_ABBREVIATIONS

    at = fusion.text.find(fusion.inserted)
    if fusion.kind not in NAME_DETAILS or at < 0:
        return False
    around = words(fusion.text[at + len(fusion.inserted):])[:1] if fusion.kind == "title" else \
        words(fusion.text[:at])[-1:]
    def key(word: str) -> str:  # "Rep." and "Representative" alike
        word = word.lower().rstrip(".")
        return stem(TITLE_ABBREVIATIONS.get(word, word))

    lent = parse(fusion.inserted)
    described = {key(t.lemma_) for t in lent if t.text.rstrip(".").isalpha() and not t.is_stop and t.ent_type_ != "PERSON"}
    head = {key(t.lemma_) for t in map(_head_noun, lent) if t is not None}
    for text in elsewhere:
        tokens = words(text)
        for k, word in enumerate(tokens):
            if around != [_POSSESSIVE_RE.sub("", word)]:
                continue
            near = {key(w) for w in tokens[max(0, k - DESCRIBED_WITHIN):k + DESCRIBED_WITHIN + 1]}
            if head & near or described and 2 * len(described & near) >= len(described):
                return True
    return False


def _head_noun(token: "Token") -> "Token | None":
    """The noun a description's root names: the root itself, or what "one of" counts
    ("one of Trump's earliest supporters" is a supporter)."""
    if token.dep_ != "ROOT":
        return None
    if token.lower_ == "one":
        token = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), token)
    return token if token.pos_ == "NOUN" else None


def _aged_otherwise(corpus: Corpus, sentence_id: int | None, fusion: "Fusion") -> bool:
    """The fusion lends a name an age ("Wang, [31],") that the base's own report gives
    otherwise in another sentence ("Wang, 32, ..."): the reports were written at other
    times, or one is wrong, and the brief's sentence is the base report's."""
    age = fusion.inserted.strip(" ,")
    at = fusion.text.find(", " + age + ",")
    if not age.isdigit() or at < 0 or sentence_id is None:
        return False
    name = fusion.text[:at].split()[-1]
    pattern = re.compile(r"\b" + re.escape(name) + r", (\d{1,3}),")
    home = corpus.sentences_of(corpus.sentences[sentence_id].doc)
    return any(m.group(1) != age for s in home for m in pattern.finditer(s.text))


def _styled_otherwise(corpus: Corpus, sentence: BriefSentence, fusion: "Fusion") -> bool:
    """The fusion names someone in another outlet's style than the base's own report
    ("Mr. Hunter, one of [Trump's] earliest supporters": ``generation.styles``)."""
    from summarizer.generation.styles import clashes

    if sentence.sentence_id is None:
        return False
    home = corpus.sentences_of(corpus.sentences[sentence.sentence_id].doc)
    return clashes([s.text for s in home], sentence.text, fusion.text)


def _keeps(fused: str, text: str) -> bool:
    """Every word of ``text`` is a word of ``fused`` (a fusion built on a compression of an
    already fused sentence may drop the detail another report gave, which it still cites)."""
    def vocabulary(words: str) -> set[str]:
        return {w.lower().strip(".,;:!?\"'()") for w in words.split()}

    return vocabulary(text) <= vocabulary(fused)


def _added(fusion: "Fusion", text: str) -> int:
    """Words the fusion adds over the sentence (fewer when built on its compression)."""
    return len(fusion.text.split()) - len(text.split())


def _adds(fusion: "Fusion", source: str) -> bool:
    """The insertion adds something the brief may carry: not words the sentence's own
    wording already has (its function words aside), as written, abbreviated or as the place
    its adjective names (a detail compression deleted, put back from another report:
    "Hope[, Arkansas]" + "[, Ark.]"; "the Scottish town of Lockerbie[, Scotland]";
    "Syrian-Israeli peace talks [between Syria and Israel]"; a number word is no function
    word here: "the [six] astronauts" adds a figure), and not a relative time ("on Sunday") that the extractive wording trims because a brief of
    several reports has no date to anchor it (``summarizer.selection.trim``)."""
    from summarizer.guard.support import is_demonym_pair
    from summarizer.selection.trim import trim
    from summarizer.text import is_stop_word, stem
    from summarizer.text.lexicon import NUMBER_WORDS

    own = {w.lower().strip(".,;:") for w in source.split()}
    own |= {part for w in own if "-" in w for part in w.split("-")}  # "Syrian-Israeli" names both
    stems = {stem(w) for w in own}
    def told(written: str) -> bool:  # as written, abbreviated ("Ark." for "Arkansas"), as a demonym,
        word = written.lower().strip(".,;:")  # or as the head of a hyphenated word ("anti-Serb": "Serbs")
        abbreviated = written.rstrip(",;:").endswith(".") and written[:1].isupper() and len(word) >= 2
        return not word or word in own or abbreviated and any(w.startswith(word) for w in own) or \
            written[:1].isupper() and any(is_demonym_pair(word, w) for w in own) or \
            "-" in word and stem(word.rsplit("-", 1)[1]) in stems

    def content(written: str) -> bool:
        word = written.lower().strip(".,;:")
        return word in NUMBER_WORDS or not is_stop_word(word)

    if all(told(w) for w in fusion.inserted.split() if content(w)):
        return False  # ("[between Syria and Israel]" on "Syrian-Israeli peace talks")
    return " ".join(trim(fusion.text).split()) == " ".join(fusion.text.split())
