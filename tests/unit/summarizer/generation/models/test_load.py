"""summarizer.generation.models.load: load_model, the one from_pretrained path, and its errors,
on tiny random models built offline (tests/tiny_models.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("torch")

from tiny_models import build_tiny_gguf  # noqa: E402

from summarizer.errors import ModelLoadError  # noqa: E402
from summarizer.generation.models.gguf import cache_entry, is_complete  # noqa: E402
from summarizer.generation.models.load import forget_loaded_models, load_model  # noqa: E402
from summarizer.generation.models.settings import GenerationSettings  # noqa: E402

TINY = GenerationSettings(threads=1, max_new_tokens=4)


@pytest.fixture(autouse=True)
def _fresh_process_cache():
    forget_loaded_models()
    yield
    forget_loaded_models()


def _copy(source: Path, target: Path, names: tuple[str, ...]) -> Path:
    target.mkdir(parents=True)
    for name in names:
        shutil.copy(source / name, target / name)
    return target


def test_a_causal_folder(llama_path: Path) -> None:
    model = load_model(str(llama_path), TINY)
    assert (model.name, model.origin, model.is_seq2seq, model.settings) == \
        (str(llama_path), "folder", False, TINY)
    assert not model.model.training  # ready for inference


def test_a_seq2seq_folder(bart_path: Path) -> None:
    model = load_model(bart_path, TINY)
    assert model.is_seq2seq and type(model.model).__name__ == "BartForConditionalGeneration"


def test_a_model_is_loaded_once_per_process_until_forgotten(llama_path: Path) -> None:
    first = load_model(str(llama_path), TINY)
    again = load_model(str(llama_path), TINY.replace(seed=9))
    assert again.model is first.model and again.settings.seed == 9
    forget_loaded_models()
    assert load_model(str(llama_path), TINY).model is not first.model


def test_loading_quietly_restores_transformers_logging(llama_path: Path) -> None:
    from transformers.utils import logging as hf_logging

    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_info()
    hf_logging.enable_progress_bar()
    try:
        load_model(str(llama_path), TINY, quiet=True)
        assert hf_logging.get_verbosity() == hf_logging.INFO
        assert hf_logging.is_progress_bar_enabled()
    finally:
        hf_logging.set_verbosity(verbosity)
        if not bars:
            hf_logging.disable_progress_bar()


@pytest.mark.parametrize("kept, message", [
    (("config.json", "model.safetensors"), "no usable tokenizer: "),
    (("config.json", "tokenizer.json", "tokenizer_config.json"), "weights could not be loaded: "),
])
def test_a_folder_missing_a_part_is_one_line_error(llama_path: Path, tmp_path: Path, kept: tuple[str, ...],
                                                   message: str) -> None:
    folder = _copy(llama_path, tmp_path / "partial", kept)
    with pytest.raises(ModelLoadError) as error:
        load_model(str(folder), TINY)
    assert str(error.value).startswith(f"{folder}: {message}")
    assert "\n" not in str(error.value)


def test_an_unreadable_config_is_cut_to_one_short_line(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "x" * 300}))
    with pytest.raises(ModelLoadError) as error:
        load_model(str(tmp_path), TINY)
    text = str(error.value)
    prefix = f"{tmp_path}: not a model (its config could not be read): "
    assert text.startswith(prefix) and text.endswith("...")
    assert len(text) == len(prefix) + 200 and "\n" not in text


def test_an_encoder_is_refused(tmp_path: Path) -> None:
    from transformers import BertConfig, BertForMaskedLM

    config = BertConfig(vocab_size=40, hidden_size=8, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=16)
    BertForMaskedLM(config).save_pretrained(tmp_path)
    with pytest.raises(ModelLoadError) as error:
        load_model(str(tmp_path), TINY)
    assert str(error.value) == (f"{tmp_path}: unsupported architecture BertForMaskedLM "
                                "(needs a seq2seq model or a causal language model)")


@pytest.fixture
def hub_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from huggingface_hub import constants

    root = tmp_path / "hub"
    root.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(root))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return root


def test_a_hub_id_in_the_local_cache_loads_offline(llama_path: Path, hub_cache: Path) -> None:
    repo = hub_cache / "models--tiny-org--tiny-llama"
    commit = "0" * 40
    shutil.copytree(llama_path, repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    model = load_model("tiny-org/tiny-llama", TINY)
    assert (model.name, model.origin, model.has_chat_template) == ("tiny-org/tiny-llama", "hub", True)


def test_a_hub_id_not_in_the_cache_offline_is_one_line_error(hub_cache: Path) -> None:
    with pytest.raises(ModelLoadError) as error:
        load_model("tiny-org/absent", TINY)
    assert str(error.value) == ("tiny-org/absent: not a local file or folder, and offline (HF_HUB_OFFLINE) "
                                "and not in the local Hugging Face cache")


def test_a_gguf_is_dequantized_once_then_read_from_its_copy(tiny_dir: Path, tmp_path: Path) -> None:
    import transformers

    gguf = build_tiny_gguf(tiny_dir / "gguf")
    first = load_model(str(gguf), TINY, cache_dir=tmp_path)
    entry = cache_entry(gguf, tmp_path, transformers.__version__)
    assert (first.name, first.origin, is_complete(entry)) == ("tiny-llama.gguf", "gguf", True)
    forget_loaded_models()
    second = load_model(str(gguf), TINY, cache_dir=tmp_path)
    assert second.origin == "gguf-cache"
    prompt = "Kerry said the talks in Geneva would not start."
    assert second.generate_ids(prompt) == first.generate_ids(prompt)

    (entry / "config.json").write_text("{ broken")  # an unusable copy is rebuilt
    forget_loaded_models()
    assert load_model(str(gguf), TINY, cache_dir=tmp_path).origin == "gguf"
    assert json.loads((entry / "config.json").read_text())["model_type"] == "llama"
