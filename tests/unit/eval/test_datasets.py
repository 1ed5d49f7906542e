"""eval.datasets: reading the DUC layout (clusters/<topic>/docs and refs, peers/<system>),
with every fixable problem an InputError that names the path."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.eval.datasets import Dataset, load_dataset, read_summary

from conftest import ROOT

TINY = ROOT / "tests" / "data" / "tiny_dataset"
TOPICS = ["t01_bridge", "t02_flood", "t03_election", "t04_vaccine", "t05_museum", "t06_strike"]


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the tiny dataset."""
    return Path(shutil.copytree(TINY, tmp_path / "tiny"))


def test_the_tiny_dataset_layout() -> None:
    dataset = load_dataset(TINY)
    assert isinstance(dataset, Dataset) and dataset.name == "tiny_dataset" and dataset.root == TINY
    assert dataset.topics == TOPICS
    bridge = dataset.clusters[0]
    assert bridge.topic == "t01_bridge" and bridge.docs == TINY / "clusters" / "t01_bridge" / "docs"
    refs = TINY / "clusters" / "t01_bridge" / "refs"
    assert bridge.references == (tuple(lines(refs / "a.txt")), tuple(lines(refs / "b.txt")))
    assert len(bridge.references[0]) == 4 and bridge.references[0][1] == (
        "Four cars fell into the river and two injured drivers were rescued by divers.")


def test_references_in_the_scorer_shape() -> None:
    dataset = load_dataset(TINY)
    references = dataset.references
    assert list(references) == TOPICS
    assert all(isinstance(r, list) and len(r) == 2 and all(isinstance(x, list) for x in r)
               for r in references.values())
    assert references["t02_flood"][1] == lines(TINY / "clusters" / "t02_flood" / "refs" / "b.txt")


def test_peers_hold_every_topic() -> None:
    peers = load_dataset(TINY).peers
    assert sorted(peers) == ["Oracle", "OracleCopy", "Tail"]
    for topic in TOPICS:  # the README: Oracle is reference a, OracleCopy the same files
        assert peers["Oracle"][topic] == lines(TINY / "clusters" / topic / "refs" / "a.txt")
        assert peers["OracleCopy"][topic] == peers["Oracle"][topic]
    assert peers["Tail"]["t01_bridge"] == lines(TINY / "peers" / "Tail" / "t01_bridge.txt")
    assert load_dataset(TINY, with_peers=False).peers == {}


def test_a_missing_peer_summary_is_empty_and_unknown_topics_are_ignored(copy: Path, caplog) -> None:
    (copy / "peers" / "Tail" / "t03_election.txt").unlink()
    (copy / "peers" / "Tail" / "t99_other.txt").write_text("A summary of another topic.\n")
    (copy / "peers" / "Tail" / "notes.md").write_text("not a summary\n")
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        peers = load_dataset(copy).peers
    assert list(peers["Tail"]) == TOPICS and peers["Tail"]["t03_election"] == []
    assert "peer Tail has no summary for 1 of 6 topics (t03_election...)" in caplog.text
    assert "peer Tail: ignoring 1 file(s) for unknown topics (t99_other)" in caplog.text


def test_hidden_files_and_folders_are_left_out(copy: Path) -> None:
    (copy / "clusters" / "t01_bridge" / "refs" / ".a.txt.swp").write_text("editor litter\n")
    (copy / "clusters" / ".DS_Store").mkdir()
    (copy / "peers" / ".cache").mkdir()
    dataset = load_dataset(copy)
    assert dataset.topics == TOPICS and len(dataset.clusters[0].references) == 2
    assert sorted(dataset.peers) == ["Oracle", "OracleCopy", "Tail"]


def test_topics_are_in_sorted_order(tmp_path: Path) -> None:
    for topic in ("b", "a", "10"):
        (tmp_path / "clusters" / topic / "docs").mkdir(parents=True)
        (tmp_path / "clusters" / topic / "docs" / "d.txt").write_text("A report.\n")
        (tmp_path / "clusters" / topic / "refs").mkdir()
        (tmp_path / "clusters" / topic / "refs" / "r.txt").write_text(f"About {topic}.\n")
    dataset = load_dataset(tmp_path)
    assert dataset.topics == ["10", "a", "b"]
    assert dataset.references["a"] == [["About a."]]


def test_summary_lines_are_read_as_rouge_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(b"First line.\n\nThird line \xff.\nNo newline at the end")
    assert read_summary(path) == ["First line.", "", "Third line \udcff.", "No newline at the end"]
    with pytest.raises(InputError, match="cannot read"):
        read_summary(tmp_path)


def _break(copy: Path, how: str) -> Path:
    bridge = copy / "clusters" / "t01_bridge"
    if how == "no docs folder":
        shutil.rmtree(bridge / "docs")
    elif how == "only hidden docs":
        shutil.rmtree(bridge / "docs")
        (bridge / "docs").mkdir()
        (bridge / "docs" / ".hidden.txt").write_text("A report.\n")
    elif how == "no refs folder":
        shutil.rmtree(bridge / "refs")
    elif how == "empty refs":
        shutil.rmtree(bridge / "refs")
        (bridge / "refs").mkdir()
    return bridge


@pytest.mark.parametrize("how, message", [
    ("no docs folder", "has no documents"), ("only hidden docs", "has no documents"),
    ("no refs folder", "has no references"), ("empty refs", "has no references"),
])
def test_a_broken_cluster_is_named(copy: Path, how: str, message: str) -> None:
    bridge = _break(copy, how)
    with pytest.raises(InputError, match=message) as error:
        load_dataset(copy)
    assert str(bridge) in str(error.value)


def test_missing_or_empty_datasets_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such dataset folder"):
        load_dataset(tmp_path / "missing")
    with pytest.raises(InputError, match="is not a dataset"):
        load_dataset(tmp_path)
    (tmp_path / "clusters").mkdir()
    with pytest.raises(InputError, match="has no clusters"):
        load_dataset(tmp_path)
