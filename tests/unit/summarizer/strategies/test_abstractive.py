"""The abstractive strategies on the sample reports, through the real loading and generation
code: tiny random models (tests/tiny_models.py) for the promises that must hold whatever a
model writes, and the shipped SmolLM2 once (slow).

The promises: a brief within its budget; every sentence either a rewrite the guard accepted
or, word for word, the source sentence it falls back to; provenance that points at real
sentences of the reports; the same brief for the same input and settings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.api import summarize_corpus
from summarizer.brief import Brief, BriefSentence, build_brief, sources_of
from summarizer.budget import Budget
from summarizer.generation.compress import Compression, build_plan, render
from summarizer.corpus import Corpus
from summarizer.guard import Guard
from summarizer.errors import InputError
from summarizer.ingest import load_documents
from summarizer.generation.models import GenerationSettings, TextModel
from summarizer.strategies import get_strategy
from summarizer.strategies import abstractive
from summarizer.strategies.abstractive import deletion
from summarizer.strategies.abstractive import Abstractive, AbstractiveFull, shared_stems
from summarizer.strategies.base import redundant

try:
    from conftest import SEEDS, is_deletion
    from tiny_models import build_tiny_bart, build_tiny_llama
except ImportError:  # pytest run with --import-mode=importlib
    from tests.conftest import SEEDS, is_deletion
    from tests.tiny_models import build_tiny_bart, build_tiny_llama

TOML = Path(__file__).resolve().parents[4] / "configs" / "generation.toml"
BUDGET = "100w"


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus(load_documents([SEEDS]))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("tiny_abstractive")
    return {"llama": str(build_tiny_llama(root / "llama")), "bart": str(build_tiny_bart(root / "bart"))}


def run(corpus: Corpus, strategy: str, model: str | None, length: str = BUDGET, **options: Any) -> Brief:
    """The API path a user takes (select, finish, trust annotation), one torch thread."""
    chosen = get_strategy(strategy, model=model, threads=1, **options)
    return summarize_corpus(corpus, chosen, length, embeddings=False)


def assert_provenance(corpus: Corpus, brief: Brief) -> None:
    """Every source names a real sentence, and a sentence's own corpus sentence is cited."""
    real = {(d.id, s.index) for s in corpus.sentences for d in [corpus.documents[s.doc]]}
    for sentence in brief.sentences:
        assert sentence.sources, sentence.text
        assert {(s.document, s.sentence) for s in sentence.sources} <= real
        if sentence.sentence_id is not None:
            own = corpus.sentences[sentence.sentence_id]
            assert (corpus.documents[own.doc].id, own.index) in {(s.document, s.sentence)
                                                                 for s in sentence.sources}


def assert_faithful_compressions(corpus: Corpus, brief: Brief, base: str | None = None) -> None:
    """Rewrites are guarded deletions of the source: the ``base`` strategy's wording of the
    report's sentence (the default ``ilp`` trims relative days and connectives), itself a
    deletion of the report's text."""
    guard = Guard()
    wording = get_strategy(base).wording
    for sentence in brief.sentences:
        source = wording(corpus, sentence.sentence_id)
        assert is_deletion(corpus.sentences[sentence.sentence_id].text, source)
        if sentence.rewritten:
            assert sentence.guard is None
            assert guard.check([source], sentence.text).accepted, sentence.text
            assert is_deletion(source, sentence.text), (source, sentence.text)
            assert sentence.text != source
        else:
            # the exact source sentence, not a near copy; a name the brief put in place of a
            # surname it never introduced is recorded (``trust.introductions``)
            for rewrite in sentence.rewrites:
                source = source.replace(rewrite.before, rewrite.after, 1)
            assert sentence.text == source


# --------------------------------------------------------------------------- abstractive


@pytest.mark.parametrize("which", ["llama", "bart"])
def test_abstractive_brief_is_within_budget_and_faithful(seeds: Corpus, tiny: dict[str, str],
                                                         which: str) -> None:
    brief = run(seeds, "abstractive", tiny[which])
    assert brief.strategy == "abstractive" and brief.sentences
    assert Budget.parse(BUDGET).fits(s.text for s in brief.sentences)
    assert_faithful_compressions(seeds, brief)
    assert_provenance(seeds, brief)
    ids = [s.sentence_id for s in brief.sentences]
    assert len(set(ids)) == len(ids)
    assert all(not redundant(seeds, i, [j for j in ids if j != i]) for i in ids)


@pytest.mark.parametrize("which", ["llama", "bart"])
def test_same_input_and_settings_give_the_same_brief(seeds: Corpus, tiny: dict[str, str],
                                                     which: str) -> None:
    first = run(seeds, "abstractive", tiny[which], "60w").to_dict()
    again = run(seeds, "abstractive", tiny[which], "60w").to_dict()
    assert first == again


def test_guard_refusal_falls_back_and_is_recorded(seeds: Corpus, tiny: dict[str, str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A compressor that invents a number: the guard refuses every rewrite, the brief is the
    extractive selection, and the JSON says why for each sentence."""
    def inventing(self: Abstractive, text: str, context: Any) -> Compression:
        invented = text.rstrip(".") + " in 4,321 places."
        return Compression(text, invented, tuple(range(len(text.split()))), True)

    monkeypatch.setattr(Abstractive, "compress", inventing)
    brief = run(seeds, "abstractive", tiny["llama"], refill=False)
    base = get_strategy()
    extractive = build_brief(seeds, base.select(seeds, Budget.parse(BUDGET)), "x",
                             Budget.parse(BUDGET), lambda i: base.wording(seeds, i))
    assert sorted(s.text for s in brief.sentences) == sorted(s.text for s in extractive.sentences)
    data = json.loads(brief.to_json())
    assert data["sentences"]
    for sentence in data["sentences"]:
        assert sentence["rewritten"] is False
        assert "4,321" in sentence["guard"]


def test_compressor_refusal_is_recorded(seeds: Corpus, tiny: dict[str, str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(self: Abstractive, text: str, context: Any) -> Compression:
        return Compression(text, text, tuple(range(len(text.split()))), False, "no verb left")

    monkeypatch.setattr(Abstractive, "compress", refusing)
    brief = run(seeds, "abstractive", tiny["llama"])
    assert brief.sentences
    # a sentence whose fusion the guard then refused records that later refusal instead
    from summarizer.strategies.abstractive.fusing import FUSION_REFUSED

    assert all(not s.rewritten and (s.guard == "compression: no verb left" or
                                    (s.guard or "").startswith(FUSION_REFUSED)) for s in brief.sentences)
    assert sum(s.guard == "compression: no verb left" for s in brief.sentences) >= len(brief.sentences) - 1


#: A base strategy whose selection on the seeds holds sentences the deletion rules can
#: shorten, by enough words for a refill (4 of them; the default ``ilp`` picks one such
#: sentence, and its own trimming already drops what could go: "However, ...").
COMPRESSIBLE_BASE = "submodular"


def shortest_deletion(self: Abstractive, text: str, context: Any) -> Compression:
    """A stand-in compressor that always takes the shortest deletion the rules allow, so
    that a refill certainly has words to spend (a random model's choice is anyone's)."""
    model = context.model
    plan = build_plan(" ".join(text.split()), model.tokenizer, model.eos_token_ids,
                      context.protected, self.min_ratio, self.max_ratio)
    best: dict[int, list[int]] = {}
    for k in reversed(range(len(plan.words))):
        options = [[k]] if plan.can_end[k] else []
        options += [[k, *best[m]] for m in plan.successors[k + 1] if m in best]
        if options:
            best[k] = min(options, key=len)
    path = min((best[k] for k in plan.successors[0] if k in best), key=len)
    return Compression(text, render(plan.words, path, text), tuple(path), True)


#: The refill takes only what its base strategy's candidate policy allows: on the seeds,
#: lead's greedy rules leave a sentence that fits the words compression frees; the stricter
#: multi-document rules leave none (the one that would fit is a quotation).
REFILL_BASE = "lead"


def test_refill_spends_the_freed_words(seeds: Corpus, tiny: dict[str, str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Abstractive, "compress", shortest_deletion)
    budget = Budget.parse(BUDGET)
    base = set(get_strategy(REFILL_BASE).select(seeds, budget))
    options = {"base": REFILL_BASE, "keep_shared": 0, "ending_floor": None}
    plain = run(seeds, "abstractive", tiny["llama"], refill=False, **options)
    refilled = run(seeds, "abstractive", tiny["llama"], **options)
    assert {s.sentence_id for s in plain.sentences} == base
    added = [s for s in refilled.sentences if s.sentence_id not in base]
    assert added, "the freed words were not spent"
    assert budget.used(s.text for s in refilled.sentences) > budget.used(s.text for s in plain.sentences)
    assert budget.fits(s.text for s in refilled.sentences)
    for sentence in added:  # new sentences carry their own provenance
        assert set(sources_of(seeds, sentence.sentence_id)) <= set(sentence.sources)
    ids = [s.sentence_id for s in refilled.sentences]
    assert all(not redundant(seeds, i, [j for j in ids if j != i]) for i in ids)
    assert any(s.rewritten for s in refilled.sentences)
    assert_faithful_compressions(seeds, refilled, REFILL_BASE)


def test_restore_gives_words_back_within_budget(seeds: Corpus, tiny: dict[str, str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Abstractive, "compress", shortest_deletion)
    budget = Budget.parse(BUDGET)
    options = {"base": COMPRESSIBLE_BASE, "refill": False, "keep_shared": 0, "ending_floor": None, "fuse": False}
    plain = run(seeds, "abstractive", tiny["llama"], **options)
    restored = run(seeds, "abstractive", tiny["llama"], restore=True, **options)
    assert budget.used(s.text for s in restored.sentences) >= budget.used(s.text for s in plain.sentences)
    assert sum(s.rewritten for s in restored.sentences) < sum(s.rewritten for s in plain.sentences)
    assert budget.fits(s.text for s in restored.sentences)
    assert_faithful_compressions(seeds, restored, COMPRESSIBLE_BASE)


def test_cut_off_endings_fall_back_to_the_source(seeds: Corpus, tiny: dict[str, str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A shortened sentence the model finds unlikely to end where it ends is refused."""
    sources = {s.text for s in seeds.sentences}
    monkeypatch.setattr(Abstractive, "compress", shortest_deletion)
    monkeypatch.setattr(deletion, "ending_logprob",  # where Abstractive looks it up
                        lambda model, text: -1.0 if text in sources else -9.0)
    brief = run(seeds, "abstractive", tiny["llama"], base=COMPRESSIBLE_BASE, keep_shared=0, fuse=False)
    assert brief.sentences and not any(s.rewritten for s in brief.sentences)
    assert any(s.guard == "ending: the shortened sentence stops mid-phrase" for s in brief.sentences)
    assert_faithful_compressions(seeds, brief, COMPRESSIBLE_BASE)


def test_ending_logprob_is_a_log_probability(tiny: dict[str, str]) -> None:
    model = AbstractiveFull(model=tiny["llama"], threads=1).text_model()
    score = abstractive.ending_logprob(model, "Kerry said the talks would not start before August.")
    assert score is not None and score < 0
    assert abstractive.ending_logprob(model, "no final stop") is None


def test_shared_words_are_protected(seeds: Corpus) -> None:
    """Content words most reports use may not be deleted; one report protects nothing."""
    shared = shared_stems(seeds, 0.7)
    assert {"kerri", "lavrov", "syria"} <= shared
    assert shared_stems(seeds, 0) == frozenset()
    single = Corpus(load_documents([sorted(SEEDS.iterdir())[0]]))
    assert shared_stems(single, 0.7) == frozenset()


def test_sentence_budget_is_kept(seeds: Corpus, tiny: dict[str, str]) -> None:
    brief = run(seeds, "abstractive", tiny["llama"], "3s")
    assert 1 <= len(brief.sentences) <= 3
    assert_faithful_compressions(seeds, brief)


# --------------------------------------------------------------------------- options


def test_generation_settings_come_from_the_toml_and_yield_to_options(tmp_path: Path) -> None:
    shipped = GenerationSettings.from_toml(TOML)
    assert Abstractive().settings == shipped
    strategy = get_strategy("abstractive", threads=1, max_new_tokens=7, num_beams=2)
    assert (strategy.settings.threads, strategy.settings.max_new_tokens,
            strategy.settings.num_beams) == (1, 7, 2)
    custom = tmp_path / "gen.toml"
    custom.write_text("[generation]\nnum_beams = 3\nseed = 5\n")
    strategy = AbstractiveFull(settings=custom, seed=9)
    assert (strategy.settings.num_beams, strategy.settings.seed) == (3, 9)


@pytest.mark.parametrize("options,message", [
    ({"beams": 2}, "unknown generation option"),
    ({"threads": -1}, "threads must be >= 0"),
    ({"settings": "/nonexistent/gen.toml"}, "not found"),
    ({"min_ratio": 0.9, "max_ratio": 0.5}, "min_ratio"),
    ({"base": "abstractive"}, "must be extractive"),
    ({"max_words": 3}, "max_words"),
    ({"max_calls": -1}, "max_calls"),
    ({"max_tokens": -1}, "max_tokens"),
])
def test_bad_options_fail_before_any_model_loads(options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        get_strategy("abstractive", **options)


def test_brief_generation_budget_caps_scored_tokens(seeds: Corpus, tiny: dict[str, str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-brief budget is a count of the tokens the model scores (and of its calls):
    a ranking that would pass ``max_tokens`` is skipped, its sentence keeps its source
    wording with the reason recorded, and the brief stays within its length."""
    # compression only: a fusion may take the place of the sentence whose ranking was skipped
    options = {"model": tiny["llama"], "threads": 1, "base": COMPRESSIBLE_BASE, "keep_shared": 0, "fuse": False}
    length = "200w"  # room for several rankings on the sample reports
    costs: list[int] = []  # the tokens of each ranking, in the order the brief asks for them
    charge = deletion.Compressing.charge
    monkeypatch.setattr(deletion.Compressing, "charge",
                        lambda self, tokens, *caps: costs.append(tokens) or charge(self, tokens, *caps))
    free = get_strategy("abstractive", **options)
    summarize_corpus(seeds, free, length, embeddings=False)
    assert free.calls_spent >= 2 and free.tokens_spent == sum(costs)
    # a cap below the first ranking skips it (the brief's first sentence keeps its wording)
    # and still lets a smaller later one through
    cap = costs[0] - 1
    assert min(costs[1:]) <= cap, costs
    capped = get_strategy("abstractive", **options, max_tokens=cap)
    brief = summarize_corpus(seeds, capped, length, embeddings=False)
    # a skipped ranking's sentence keeps its wording; a later, smaller ranking may still fit
    assert 0 < capped.tokens_spent <= cap and capped.calls_spent <= free.calls_spent
    assert any(s.guard and "generation budget" in s.guard for s in brief.sentences)
    assert Budget.parse(length).fits(s.text for s in brief.sentences)
    assert_faithful_compressions(seeds, brief, COMPRESSIBLE_BASE)
    one_call = get_strategy("abstractive", **options, max_calls=1)
    summarize_corpus(seeds, one_call, length, embeddings=False)
    assert one_call.calls_spent == 1
    for none in (get_strategy("abstractive", **options, max_tokens=0),
                 get_strategy("abstractive", **options, max_calls=0)):
        brief = summarize_corpus(seeds, none, length, embeddings=False)
        assert none.calls_spent == none.tokens_spent == 0
        assert not any(s.rewritten for s in brief.sentences)
        assert any(s.guard and "generation budget" in s.guard for s in brief.sentences)


def test_long_sentences_are_not_sent_to_the_model(seeds: Corpus, tiny: dict[str, str]) -> None:
    """A sentence longer than ``max_words`` keeps its source wording without a model call."""
    strategy = get_strategy("abstractive", model=tiny["llama"], threads=1, keep_shared=0, max_words=4)
    brief = summarize_corpus(seeds, strategy, BUDGET, embeddings=False)
    assert strategy.calls_spent == 0
    assert all(not s.rewritten for s in brief.sentences)
    assert any(s.guard and "longer than 4 words" in s.guard for s in brief.sentences)


def test_model_option_reaches_the_strategy(seeds: Corpus, tiny: dict[str, str]) -> None:
    strategy = get_strategy("abstractive-full", model=tiny["bart"], threads=1)
    assert strategy.model_name == tiny["bart"]
    assert strategy.text_model().is_seq2seq
    assert get_strategy("abstractive", base="lead").select(seeds, Budget.parse("60w")) == \
        get_strategy("lead").select(seeds, Budget.parse("60w"))


def test_cli_model_option(tiny: dict[str, str]) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    result = CliRunner().invoke(app, [str(SEEDS), "--strategy", "abstractive", "--model",
                                      tiny["llama"], "--length", "50w", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["strategy"] == "abstractive"
    assert all({"rewritten", "guard"} <= set(s) for s in data["sentences"])
    missing = CliRunner().invoke(app, [str(SEEDS), "-s", "abstractive", "--model", "/no/such/model"])
    assert missing.exit_code == 2 and "no such file or folder" in missing.output


# --------------------------------------------------------------------------- abstractive-full


@pytest.mark.parametrize("which", ["llama", "bart"])
def test_full_brief_is_within_budget_and_guarded(seeds: Corpus, tiny: dict[str, str],
                                                 which: str) -> None:
    brief = run(seeds, "abstractive-full", tiny[which], max_new_tokens=48)
    base = get_strategy()
    sources = [base.wording(seeds, i) for i in base.select(seeds, Budget.parse(BUDGET))]
    assert brief.sentences and Budget.parse(BUDGET).fits(s.text for s in brief.sentences)
    for sentence in brief.sentences:
        if sentence.rewritten:
            assert Guard().check(sources, sentence.text).accepted
        else:
            assert sentence.text in sources  # the closest selected sentence, word for word
    assert_provenance(seeds, brief)
    again = run(seeds, "abstractive-full", tiny[which], max_new_tokens=48)
    assert again.to_dict() == brief.to_dict()


def brief_of(corpus: Corpus, ids: list[int], length: str = BUDGET) -> Brief:
    """A brief of chosen sentences, as ``build_brief`` makes it for a strategy's selection."""
    return Brief("abstractive-full", Budget.parse(length),
                 [BriefSentence(corpus.sentences[i].text, sources_of(corpus, i), i) for i in ids],
                 corpus.documents)


def sentence_starting(corpus: Corpus, opening: str) -> int:
    return next(s.id for s in corpus.sentences if s.text.startswith(opening))


def test_full_guards_each_generated_sentence(seeds: Corpus, tiny: dict[str, str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """What the model writes, sentence by sentence: a faithful one is kept as a rewrite
    citing what it used, one with an invented number falls back to the closest selected
    sentence with the guard's reason, one that shares nothing is dropped and counted."""
    kerry = sentence_starting(seeds, "However, Kerry said the United States and Russia")
    russia = sentence_starting(seeds, "Russia is among few allies")
    written = ("Kerry said the United States and Russia agreed they could make a difference. "
               "Russia's civil war has claimed 40 lives. Bananas are yellow.")
    monkeypatch.setattr(TextModel, "generate", lambda self, prompt, *a, **k: written)
    strategy = AbstractiveFull(model=tiny["llama"], threads=1)
    brief = strategy.finish(seeds, brief_of(seeds, [kerry, russia]))
    first, second = brief.sentences
    assert first.rewritten and first.guard is None and first.sentence_id == kerry
    assert set(sources_of(seeds, kerry)) <= set(first.sources)
    assert not second.rewritten and second.text == seeds.sentences[russia].text
    assert "40" in second.guard
    assert any("1 generated sentence(s) shared no content word" in w for w in brief.warnings)


@pytest.fixture(scope="module")
def short_context_llama(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The tiny Llama with a 160-token window (rotary positions: no weights depend on it)."""
    folder = build_tiny_llama(tmp_path_factory.mktemp("short") / "llama")
    config = json.loads((folder / "config.json").read_text())
    config["max_position_embeddings"] = 160
    (folder / "config.json").write_text(json.dumps(config))
    return str(folder)


def test_full_maps_over_chunks_then_reduces_and_names_what_was_left_out(
        seeds: Corpus, short_context_llama: str, monkeypatch: pytest.MonkeyPatch) -> None:
    strategy = AbstractiveFull(model=short_context_llama, threads=1, max_new_tokens=16)
    model = strategy.text_model()
    by_length = sorted(seeds.sentences, key=lambda s: model.count_tokens(s.text))
    short, longest = by_length[1:5], by_length[-1]
    assert model.count_tokens(longest.text) > model.context_tokens  # cannot fit, even alone
    brief = brief_of(seeds, [s.id for s in short] + [longest.id], "400w")
    prompts: list[str] = []
    real_generate = TextModel.generate

    def spy(self: TextModel, prompt: str, *args: Any, **kwargs: Any) -> str:
        prompts.append(prompt)
        return real_generate(self, prompt, *args, **kwargs)

    monkeypatch.setattr(TextModel, "generate", spy)
    brief = strategy.finish(seeds, brief)
    inputs = [p for p in prompts if any(s.text in p for s in short)]
    assert len(inputs) >= 2, "the short sentences should need more than one window"
    assert all(longest.text not in p for p in prompts)  # never cut into a prompt
    assert all(model.prompt_ids(p) for p in prompts)  # every prompt fit its window whole
    covered = [s for s in short if any(s.text in p for p in inputs)]
    assert covered == short  # every sentence that fits went to the model
    assert len(prompts) > len(inputs)  # and the partial summaries were reduced
    document = seeds.documents[longest.doc].id
    warning = next(w for w in brief.warnings if "left out" in w)
    assert f"{document} sentence {longest.index}" in warning
    assert Budget.parse("400w").fits(s.text for s in brief.sentences)


# --------------------------------------------------------------------------- the shipped model


@pytest.mark.slow
def test_shipped_model_on_the_sample_reports(seeds: Corpus) -> None:
    """SmolLM2-135M (the default model): a short brief of guarded rewrites and source
    sentences. About a minute on a busy 2-core machine."""
    brief = run(seeds, "abstractive", None)
    assert brief.sentences and brief.text.strip()
    assert len(brief.text.split()) <= 100
    assert_faithful_compressions(seeds, brief)
    assert_provenance(seeds, brief)
