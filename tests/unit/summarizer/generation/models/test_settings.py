"""summarizer.generation.models.settings: GenerationSettings from TOML, its checks, torch threads."""

from __future__ import annotations

import dataclasses
import importlib.resources
import os
import tomllib
from pathlib import Path

import pytest

from summarizer.generation.models.settings import GenerationSettings, set_threads

SHIPPED = importlib.resources.files("summarizer.configs") / "generation.toml"


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "generation.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_toml_is_package_data_equal_to_the_defaults() -> None:
    with importlib.resources.as_file(SHIPPED) as path:
        with open(path, "rb") as handle:
            table = tomllib.load(handle)["generation"]
        assert GenerationSettings.from_toml(path) == GenerationSettings()
    assert sorted(table) == sorted(f.name for f in dataclasses.fields(GenerationSettings))


def test_a_missing_key_keeps_the_default_and_overrides_win(tmp_path: Path) -> None:
    path = _toml(tmp_path, "[generation]\nnum_beams = 4\nseed = 7\n")
    settings = GenerationSettings.from_toml(path, seed=None, max_new_tokens=20)
    assert settings == GenerationSettings(num_beams=4, seed=7, max_new_tokens=20)


def test_another_section(tmp_path: Path) -> None:
    path = _toml(tmp_path, "[generation]\nseed = 1\n[fast]\nmax_new_tokens = 8\n")
    assert GenerationSettings.from_toml(path, section="fast") == GenerationSettings(max_new_tokens=8)
    assert GenerationSettings.from_toml(path, section="absent") == GenerationSettings()


@pytest.mark.parametrize("text, message", [
    ("[generation]\nnum_beam = 4\nseeds = 1\n", "unknown generation setting(s): num_beam, seeds"),
    ("generation = 3\n", "[generation] must be a table"),
    ('[generation]\nnum_beams = "4"\n', "num_beams must be int, not '4'"),
    ("[generation]\ndo_sample = 1\n", "do_sample must be bool, not 1"),
    ("[generation]\ntop_p = 0\n", "top_p must be in (0, 1]"),
])
def test_bad_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        GenerationSettings.from_toml(_toml(tmp_path, text))
    assert str(error.value).endswith(message)


def test_whole_numbers_are_accepted_for_floats() -> None:
    settings = GenerationSettings(temperature=2, top_p=1, repetition_penalty=1)
    assert (settings.temperature, settings.top_p, settings.repetition_penalty) == (2.0, 1.0, 1.0)
    assert type(settings.temperature) is float


@pytest.mark.parametrize("change, message", [
    ({"temperature": 0.0}, "temperature must be > 0"),
    ({"max_new_tokens": 0}, "max_new_tokens must be >= 1"),
    ({"no_repeat_ngram_size": -1}, "no_repeat_ngram_size must be >= 0"),
    ({"repetition_penalty": 0.0}, "repetition_penalty must be > 0"),
    ({"threads": -1}, "threads must be >= 0 (0 = all cores)"),
    ({"num_beams": 0, "top_p": 2.0}, "num_beams must be >= 1; top_p must be in (0, 1]"),  # all at once
    ({"seed": 1.5}, "seed must be int, not 1.5"),
    ({"threads": True}, "threads must be int, not True"),  # a bool is no count
])
def test_invalid_values_are_refused(change: dict, message: str) -> None:
    with pytest.raises(ValueError, match="^invalid generation settings: ") as error:
        GenerationSettings(**change)
    assert str(error.value).endswith(message)


def test_replace_keeps_fields_given_as_none() -> None:
    base = GenerationSettings(seed=5)
    assert base.replace(seed=None, num_beams=3) == GenerationSettings(seed=5, num_beams=3)
    with pytest.raises(ValueError, match="num_beams must be >= 1"):
        base.replace(num_beams=0)


def test_resolved_threads() -> None:
    assert GenerationSettings(threads=3).resolved_threads() == 3
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert GenerationSettings(threads=0).resolved_threads() == max(1, usable or 1)


def test_set_threads_gives_torch_the_count() -> None:
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    try:
        set_threads(GenerationSettings(threads=1))
        assert torch.get_num_threads() == 1
        set_threads(GenerationSettings(threads=2))
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
