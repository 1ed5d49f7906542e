"""Evaluation datasets in the DUC layout.

::

    DATASET/
      clusters/<topic>/docs/*          the reports to summarize (any format ingest reads)
      clusters/<topic>/refs/*          human reference summaries, one sentence a line
      peers/<system>/<topic>.txt       optional: published systems' summaries, one sentence a line

Topic names are folder names; they are scored in sorted order, which is how ROUGE-1.5.5
numbers its eval ids. References and peers are read exactly as ROUGE reads them
(``eval.rouge.load_lines``), so a file scores the same here and in the Perl script.
Every problem a user can fix (missing folder, a cluster without documents or references)
is an ``InputError`` naming the path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import InputError

log = logging.getLogger("summarizer")

CLUSTERS = "clusters"
DOCS = "docs"
REFS = "refs"
PEERS = "peers"
PEER_SUFFIX = ".txt"


@dataclass(frozen=True)
class Cluster:
    """One topic: where its reports are and what the humans wrote about them."""

    topic: str
    docs: Path
    references: tuple[tuple[str, ...], ...]  # one tuple of lines per reference file


@dataclass
class Dataset:
    """All clusters of a dataset, plus the published peers' summaries per topic.

    ``peers[system][topic]`` holds the summary lines. A topic a peer did not summarize is
    an empty list, so it scores zero: every system is averaged over the same topics, which
    keeps the table and the paired significance tests comparable.
    """

    root: Path
    clusters: list[Cluster]
    peers: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def topics(self) -> list[str]:
        return [c.topic for c in self.clusters]

    @property
    def references(self) -> dict[str, list[list[str]]]:
        """topic -> reference line lists, the shape ``Rouge155`` takes."""
        return {c.topic: [list(r) for r in c.references] for c in self.clusters}


def _visible(folder: Path) -> list[Path]:
    """Entries of a folder, sorted, without hidden files (editor and OS litter)."""
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def read_summary(path: Path) -> list[str]:
    """A summary file's lines as ROUGE-1.5.5 reads them (blank lines are skipped later)."""
    from summarizer.eval.rouge import load_lines

    try:
        return load_lines(path)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None


def _load_cluster(folder: Path) -> Cluster:
    docs, refs = folder / DOCS, folder / REFS
    if not docs.is_dir() or not any(p.is_file() for p in _visible(docs)):
        raise InputError(f"cluster {folder} has no documents: expected files in {docs}")
    if not refs.is_dir():
        raise InputError(f"cluster {folder} has no references: expected files in {refs}")
    references = tuple(tuple(read_summary(p)) for p in _visible(refs) if p.is_file())
    if not references:
        raise InputError(f"cluster {folder} has no references: expected files in {refs}")
    return Cluster(topic=folder.name, docs=docs, references=references)


def _load_peer(folder: Path, topics: list[str]) -> dict[str, list[str]]:
    """One published system's summaries; missing topics become empty summaries."""
    files = {p.stem: p for p in _visible(folder) if p.is_file() and p.suffix == PEER_SUFFIX}
    unknown = sorted(set(files) - set(topics))
    if unknown:
        log.warning("peer %s: ignoring %d file(s) for unknown topics (%s)",
                    folder.name, len(unknown), ", ".join(unknown[:3]))
    missing = [t for t in topics if t not in files]
    if missing:
        log.warning("peer %s has no summary for %d of %d topics (%s...): they score zero",
                    folder.name, len(missing), len(topics), ", ".join(missing[:3]))
    return {t: read_summary(files[t]) if t in files else [] for t in topics}


def load_dataset(path: str | Path, with_peers: bool = True) -> Dataset:
    """Read a dataset's layout (not its documents: the harness reads those per cluster,
    in the worker that summarizes them)."""
    root = Path(path).expanduser()
    if not root.is_dir():
        raise InputError(f"no such dataset folder: {root}")
    clusters_dir = root / CLUSTERS
    if not clusters_dir.is_dir():
        raise InputError(f"{root} is not a dataset: expected {clusters_dir}/<topic>/docs and refs")
    clusters = [_load_cluster(p) for p in _visible(clusters_dir) if p.is_dir()]
    if not clusters:
        raise InputError(f"dataset {root} has no clusters in {clusters_dir}")
    topics = [c.topic for c in clusters]
    peers: dict[str, dict[str, list[str]]] = {}
    peers_dir = root / PEERS
    if with_peers and peers_dir.is_dir():
        peers = {p.name: _load_peer(p, topics) for p in _visible(peers_dir) if p.is_dir()}
    return Dataset(root=root, clusters=clusters, peers=peers)
