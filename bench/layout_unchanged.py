"""Summaries of DUC 2004 compared across commits: is every brief byte-identical, and the table?

    python bench/layout_unchanged.py                        # 10e314b (before issue 12's layout) vs 0552eec
    python bench/layout_unchanged.py 0552eec HEAD           # what changed since
    python bench/layout_unchanged.py 10e314b 0552eec HEAD --strategies ilp lead lexrank
    python bench/layout_unchanged.py 10e314b 0552eec --no-run     # score what WORK already holds

Each commit's tree is taken with ``git archive <commit> | tar -x`` into a temporary folder
(git is only read: no checkout, no worktree), and a fresh process of this venv's python
runs that tree's own harness (``summarizer.eval.harness.run_cluster``: the calls
``summarize eval`` makes) on every cluster with each strategy at 100 words. In that process
the editable install of this repository is taken off the import path, so every
``summarizer`` module, ``summarizer.eval`` and ``summarizer.configs`` included, comes from the
extracted tree; the process checks it and names any module that did not. ``--jobs N``
deals the clusters out to N such processes per commit (each cluster is still summarized whole
by one process, the strategies in the same order).

Summaries are written to WORK/<commit sha>/<strategy>/<topic>.txt (one sentence a line,
what ROUGE reads) and reused when a later run asks for the same commit and strategies.
Consecutive commits are compared file by file; both sides are scored here by this
working tree's ROUGE-1.5.5 scorer (``summarizer.eval.rouge``), so a difference in the table
can only come from a difference in the summaries. The data is read in place, never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC2004 = ROOT.parent / "shared" / "data" / "duc2004"
STRATEGIES = ["ilp", "lead", "lexrank", "lsa", "textrank", "luhn", "kl", "sumbasic",
              "edmundson", "reduction", "random"]
METRICS = ("rouge-1", "rouge-2", "rouge-su4")
LENGTH = "100w"

#: Runs inside the extracted tree: argv = tree, data, out, strategies and topics (comma-joined), length.
DRIVER = r'''
import importlib.util, json, logging, sys, time
from pathlib import Path

tree, data, out = (Path(a).resolve() for a in sys.argv[1:4])
strategies, topics, length = tuple(sys.argv[4].split(",")), sys.argv[5].split(","), sys.argv[6]
# The editable install maps summarizer.eval and summarizer.configs to the working tree:
# take its finder away so that nothing of the working tree can be imported here.
sys.meta_path[:] = [f for f in sys.meta_path if "Editable" not in getattr(f, "__name__", "")]
import summarizer


def mount(name, folder):
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    setattr(summarizer, name.rsplit(".", 1)[1], module)


mount("summarizer.eval", tree / "eval")
mount("summarizer.configs", tree / "configs")
from summarizer.eval.harness import Task, run_cluster

logging.getLogger("summarizer").setLevel(logging.ERROR)
failures, seconds = {}, {}
start = time.perf_counter()
for topic in topics:
    result = run_cluster(Task(topic, data / "clusters" / topic / "docs", strategies, length))
    for name, lines in result.summaries.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{topic}.txt").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        seconds[name] = seconds.get(name, 0.0) + result.seconds[name]
    for name, error in result.failures.items():
        failures.setdefault(name, {})[topic] = error
outside = sorted(n for n, m in sys.modules.items() if n.split(".")[0] == "summarizer"
                 and getattr(m, "__file__", None) and not Path(m.__file__).resolve().is_relative_to(tree))
print(json.dumps({"summarizer": summarizer.__file__, "outside_tree": outside, "failures": failures,
                  "strategy_seconds": seconds, "seconds": time.perf_counter() - start}))
'''


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def topics(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "clusters").iterdir() if (p / "docs").is_dir())


def extract(sha: str, into: Path) -> None:
    """The commit's tree, as committed (no git state is touched)."""
    archive = subprocess.Popen(["git", "-C", str(ROOT), "archive", sha], stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", str(into)], stdin=archive.stdout, check=True)
    if archive.wait() != 0:
        raise SystemExit(f"error: git archive {sha} failed")


def start_summaries(sha: str, out: Path, strategies: list[str], names: list[str], data: Path,
                    tree: Path, jobs: int) -> list[subprocess.Popen]:
    """Start ``jobs`` processes of the extracted tree (clusters dealt out in turn) that write
    every summary under ``out``."""
    extract(sha, tree)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(tree)
    chunks = [names[i::jobs] for i in range(jobs) if names[i::jobs]]
    return [subprocess.Popen([sys.executable, "-c", DRIVER, str(tree), str(data), str(out),
                              ",".join(strategies), ",".join(chunk), LENGTH],
                             cwd=tree, env=env, stdout=subprocess.PIPE, text=True)
            for chunk in chunks]


def finish_summaries(processes: list[subprocess.Popen], sha: str, out: Path) -> dict:
    """Wait for a commit's processes; keep their failures and times in out/run.json."""
    infos = []
    for process in processes:
        stdout, _ = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"error: the summaries of {sha[:7]} failed (exit {process.returncode})")
        infos.append(json.loads(stdout.strip().splitlines()[-1]))
    outside = sorted({name for info in infos for name in info["outside_tree"]})
    if outside:
        raise SystemExit(f"error: {sha[:7]} imported modules from outside its tree: {outside}")
    failures: dict[str, dict[str, str]] = {}
    seconds: dict[str, float] = {}
    for info in infos:
        for strategy, topics_failed in info["failures"].items():
            failures.setdefault(strategy, {}).update(topics_failed)
        for strategy, value in info["strategy_seconds"].items():
            seconds[strategy] = seconds.get(strategy, 0.0) + value
    merged = {"summarizer": infos[0]["summarizer"], "outside_tree": [], "failures": failures,
              "strategy_seconds": seconds, "seconds": max(info["seconds"] for info in infos)}
    (out / "run.json").write_text(json.dumps(merged, indent=1), encoding="utf-8")
    return merged


def cached(out: Path, strategies: list[str], names: list[str]) -> dict | None:
    """The run.json of an earlier run that covered these strategies and topics, if any."""
    try:
        info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    done = all((out / s / f"{t}.txt").exists() or t in info["failures"].get(s, {})
               for s in strategies for t in names)
    return info if done else None


def read_peers(out: Path, strategy: str, names: list[str]) -> dict[str, list[str]]:
    from summarizer.eval.rouge import load_lines

    path = out / strategy
    return {t: load_lines(path / f"{t}.txt") if (path / f"{t}.txt").exists() else [] for t in names}


def read_bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def table_row(scorer, peers: dict[str, list[str]], references) -> str:
    averages = scorer.evaluate(peers, {t: references[t] for t in peers}).averages
    return " ".join(f"{100 * averages[m].recall:6.2f}" for m in METRICS)


def compare(before: tuple[str, Path], after: tuple[str, Path], strategies: list[str],
            names: list[str], references) -> int:
    """Print the per-strategy comparison; return how many strategies differ."""
    from summarizer.eval.rouge import Rouge155

    scorer = Rouge155(word_limit=100)
    (a, a_out), (b, b_out) = before, after
    print(f"\n{a[:7]} (before) vs {b[:7]} (after), {len(names)} clusters, {LENGTH}; "
          f"ROUGE-1.5.5 recall x100 ({', '.join(m.upper() for m in METRICS)})")
    print(f"{'strategy':<10} {'identical':>9}  {'before R-1    R-2  R-SU4':>24}  {'after R-1    R-2  R-SU4':>23}"
          "  differing topics")
    changed = 0
    for strategy in strategies:
        differ = [t for t in names if read_bytes(a_out / strategy / f"{t}.txt")
                  != read_bytes(b_out / strategy / f"{t}.txt")]
        changed += bool(differ)
        row_a = table_row(scorer, read_peers(a_out, strategy, names), references)
        row_b = table_row(scorer, read_peers(b_out, strategy, names), references)
        shown = ", ".join(differ[:6]) + (f" (+{len(differ) - 6})" if len(differ) > 6 else "")
        print(f"{strategy:<10} {len(names) - len(differ):>4}/{len(names):<4}  {row_a:>24}  {row_b:>23}  {shown}")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commits", nargs="*", default=["10e314b", "0552eec"],
                        help="commits compared in order, each with the next (default: 10e314b 0552eec)")
    parser.add_argument("--strategies", nargs="+", default=STRATEGIES)
    parser.add_argument("--clusters", type=int, help="only the first N clusters (sorted)")
    parser.add_argument("--data", type=Path, default=DUC2004)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "layout_unchanged",
                        help="where summaries are kept per commit (and reused)")
    parser.add_argument("--jobs", type=int, default=1, help="processes per commit (clusters dealt out)")
    parser.add_argument("--no-run", action="store_true",
                        help="run nothing: compare the clusters every commit already has in WORK")
    args = parser.parse_args(argv)
    if len(args.commits) < 2:
        parser.error("give at least two commits")
    if not (args.data / "clusters").is_dir():
        print(f"error: no DUC 2004 clusters under {args.data}", file=sys.stderr)
        return 2
    names = topics(args.data)[: args.clusters]
    shas = [git("rev-parse", "--verify", f"{c}^{{commit}}") for c in args.commits]
    if args.no_run:
        names = [t for t in names if all((args.work / sha / s / f"{t}.txt").exists()
                                         for sha in shas for s in args.strategies)]
        print(f"--no-run: the {len(names)} clusters every commit has summaries of")

    from summarizer.eval.datasets import load_dataset

    references = load_dataset(args.data, with_peers=False).references
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="layout_unchanged_") as scratch:
        running = {}
        for sha in dict.fromkeys(shas):  # every commit's processes at once, each on its own
            out = args.work / sha
            if not args.no_run and cached(out, args.strategies, names) is None:
                tree = Path(scratch) / sha
                tree.mkdir()
                running[sha] = start_summaries(sha, out, args.strategies, names, args.data, tree,
                                                max(1, args.jobs))
        for sha, processes in running.items():
            finish_summaries(processes, sha, args.work / sha)
    for sha, commit in zip(shas, args.commits):
        info = cached(args.work / sha, args.strategies, names) or {"failures": {}, "seconds": 0}
        failed = {s: len(t) for s, t in info["failures"].items() if s in args.strategies}
        state = "reused" if sha not in running else f"{info['seconds']:.0f} s"
        print(f"{commit} = {sha[:10]}: summaries in {args.work / sha} ({state})"
              + (f"; failures {failed}" if failed else ""))
    changed = 0
    for before, after in zip(shas, shas[1:]):
        changed += compare((before, args.work / before), (after, args.work / after),
                           args.strategies, names, references)
    print(f"\n{time.perf_counter() - start:.0f} s in all")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
