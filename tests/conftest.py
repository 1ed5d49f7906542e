"""Shared test fixtures: paths to the sample reports, to the (optional) DUC 2004 data and to
tiny random models (tests/tiny_models.py), built once per test module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DUC2004 = ROOT.parent / "shared" / "data" / "duc2004"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def duc2004() -> Path:
    if not (DUC2004 / "clusters").is_dir():
        pytest.skip("DUC 2004 data is not at ../shared/data/duc2004")
    return DUC2004


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tiny_models")


@pytest.fixture(scope="module")
def bart_path(tiny_dir: Path) -> Path:
    from tiny_models import build_tiny_bart

    return build_tiny_bart(tiny_dir / "bart")


@pytest.fixture(scope="module")
def llama_path(tiny_dir: Path) -> Path:
    from tiny_models import build_tiny_llama

    return build_tiny_llama(tiny_dir / "llama")


def run_summarize(*args: str, stdin: str | None = None, cwd: Path | None = None,
                  env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the real console entry point in a subprocess (exit codes and stderr as a user
    sees them); ``env`` is added to this process's environment."""
    return subprocess.run([sys.executable, "-m", "summarizer.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=cwd or ROOT, timeout=300,
                          env={**os.environ, **(env or {})})


def is_deletion(source: str, text: str) -> bool:
    """``text``'s words are ``source``'s words, in order (case of the first letter aside)."""
    from summarizer.text import words

    remaining = iter(w.lower() for w in words(source))
    return all(any(w.lower() == s for s in remaining) for w in words(text))
