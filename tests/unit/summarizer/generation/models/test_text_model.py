"""summarizer.generation.models.text_model: TextModel's prompts, windows and (constrained)
generation, on tiny random models built offline (tests/tiny_models.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("torch")

from tiny_models import build_tiny_bart, build_tiny_llama  # noqa: E402

from summarizer.generation.models.settings import GenerationSettings  # noqa: E402
from summarizer.generation.models.text_model import Loaded, PromptTooLongError, TextModel  # noqa: E402

TINY = GenerationSettings(threads=1, max_new_tokens=8)
PROMPT = "Kerry said the talks in Geneva would not start before August."


def _loaded(folder: Path, seq2seq: bool) -> Loaded:
    from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    cls = AutoModelForSeq2SeqLM if seq2seq else AutoModelForCausalLM
    return Loaded(cls.from_pretrained(folder).eval(), AutoTokenizer.from_pretrained(folder), "folder")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tiny")


@pytest.fixture(scope="module")
def llama(folder: Path) -> TextModel:
    return TextModel(_loaded(build_tiny_llama(folder / "llama"), False), name="tiny-llama", settings=TINY)


@pytest.fixture(scope="module")
def plain_llama(folder: Path) -> TextModel:
    return TextModel(_loaded(build_tiny_llama(folder / "plain", chat=False), False), name="plain", settings=TINY)


@pytest.fixture(scope="module")
def bart(folder: Path) -> TextModel:
    return TextModel(_loaded(build_tiny_bart(folder / "bart"), True), name="tiny-bart", settings=TINY)


def _ids(model: TextModel, text: str) -> list[int]:
    return model.tokenizer(text, add_special_tokens=False)["input_ids"]


def test_properties_of_a_causal_model(llama: TextModel) -> None:
    assert (llama.name, llama.origin, llama.is_seq2seq, llama.has_chat_template) == ("tiny-llama", "folder",
                                                                                     False, True)
    assert llama.context_tokens == 1024 - 8  # the answer needs room in the same window
    assert llama.eos_token_ids == (llama.tokenizer.convert_tokens_to_ids("<|im_end|>"),)


def test_properties_of_a_seq2seq_model(bart: TextModel) -> None:
    assert bart.is_seq2seq and not bart.has_chat_template
    assert bart.context_tokens == 512  # the encoder's whole window
    assert bart.eos_token_ids == (bart.tokenizer.convert_tokens_to_ids("</s>"),)


def test_with_settings_keeps_the_weights(llama: TextModel) -> None:
    other = llama.with_settings(TINY.replace(max_new_tokens=100))
    assert other.model is llama.model and other.name == llama.name
    assert other.context_tokens == 1024 - 100


def test_count_tokens_counts_the_text_alone(llama: TextModel, bart: TextModel) -> None:
    for model in (llama, bart):
        assert model.count_tokens("Kerry said") == len(_ids(model, "Kerry said"))
        assert model.count_tokens("") == 0


def test_a_chat_model_gets_its_template(llama: TextModel) -> None:
    text = llama.tokenizer.decode(llama.prompt_ids("Shorten this."))
    assert text == "<|im_start|>user\nShorten this.<|im_end|>\n<|im_start|>assistant\n"


def test_a_model_without_a_template_gets_the_raw_prompt(plain_llama: TextModel) -> None:
    assert not plain_llama.has_chat_template
    assert plain_llama.tokenizer.decode(plain_llama.prompt_ids("Shorten this.")) == "Shorten this."


def test_a_causal_prompt_that_leaves_no_room_is_refused(llama: TextModel) -> None:
    ids = llama.prompt_ids(PROMPT)
    room = 1024 - len(ids)
    assert llama.prompt_ids(PROMPT, reserve=room) == ids  # exactly fits
    with pytest.raises(PromptTooLongError, match=f"^prompt has {len(ids)} tokens; tiny-llama takes at most "
                                                 f"{len(ids) - 1}$"):
        llama.prompt_ids(PROMPT, reserve=room + 1)


def test_a_seq2seq_prompt_is_cut_to_the_window(bart: TextModel) -> None:
    ids = bart.prompt_ids(PROMPT * 60)
    assert len(ids) == 512 and ids[-1] == bart.eos_token_ids[0]  # cut, then closed


@pytest.mark.parametrize("which", ["llama", "bart"])
def test_allowed_tokens_decide_every_step(which: str, request: pytest.FixtureRequest) -> None:
    model: TextModel = request.getfixturevalue(which)
    wanted = _ids(model, " Geneva talks")
    eos = model.eos_token_ids[0]

    def allowed(done):
        return [wanted[len(done)]] if len(done) < len(wanted) else [eos]

    ids = model.generate_ids(PROMPT, allowed=allowed)
    assert ids == wanted  # the end token is not returned
    assert model.generate(PROMPT, allowed=allowed) == "Geneva talks"


def test_max_new_tokens_caps_the_output(llama: TextModel) -> None:
    never_end = _ids(llama, " Geneva")[:1]
    assert llama.generate_ids(PROMPT, allowed=lambda done: never_end, max_new_tokens=3) == never_end * 3


def test_the_seq2seq_output_is_capped_by_the_decoder_window(bart: TextModel) -> None:
    never_end = _ids(bart, " Geneva")[:1]
    ids = bart.generate_ids(PROMPT, allowed=lambda done: never_end, max_new_tokens=5000)
    assert len(ids) == 512 - 2  # the decoder start and BART's forced <s> take two positions


def test_same_seed_same_sample(llama: TextModel) -> None:
    sampling = llama.with_settings(TINY.replace(do_sample=True, temperature=1.5, max_new_tokens=10, seed=5))
    first = sampling.generate_ids(PROMPT)
    assert sampling.generate_ids(PROMPT) == first  # the seed is set before every call
    assert len({tuple(sampling.generate_ids(PROMPT, seed=s)) for s in range(5)}) > 1


def test_greedy_decoding_ignores_the_seed(bart: TextModel) -> None:
    assert bart.generate_ids(PROMPT, seed=1) == bart.generate_ids(PROMPT, seed=2)
