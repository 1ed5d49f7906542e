"""The same input and settings give byte-identical output in any process: no dependence on
hash order (``PYTHONHASHSEED``), wall-clock time or machine load (the ILP's solver is
bounded by work, not seconds)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import DUC2004, ROOT, SEEDS
from summarizer.strategies import names

EXTRACTIVE = names("extractive")
BASIL = ROOT.parent / "shared" / "data" / "basil-dev"

#: A small handmade set: shared facts worded differently, near-duplicates, ties.
HANDMADE = [
    "Flood waters rose in Velmora on Sunday. The river burst its banks after three days of rain. "
    "Two hundred families left their homes. The mayor opened the sports hall as a shelter.",
    "Three days of rain made the river burst its banks in Velmora on Sunday. About two hundred "
    "families were evacuated. Schools will stay closed until Wednesday.",
    "The river in Velmora burst its banks on Sunday after heavy rain. The sports hall is a "
    "shelter for the families who left their homes. Officials expect the water to fall.",
    "Flood waters rose in Velmora on Sunday. Rail services to the coast were suspended. "
    "Officials expect the water to fall by Tuesday.",
]

SCRIPT = """
import json, sys
from summarizer import summarize
names, sets = json.loads(sys.argv[1]), json.loads(sys.argv[2])
lengths = json.loads(sys.argv[3]) if len(sys.argv) > 3 else ["60w", "100w"]
out = {}
for label, inputs in sets.items():
    for name in names:
        for length in lengths:
            out[f"{label}/{name}/{length}"] = summarize(inputs, strategy=name, length=length).to_json()
print(json.dumps(out, sort_keys=True))
"""


def briefs_under(hash_seed: str, names: list[str], sets: dict[str, list[str]],
                 lengths: tuple[str, ...] = ("60w", "100w")) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(names), json.dumps(sets), json.dumps(lengths)],
                            capture_output=True, text=True, cwd=ROOT, env=environment, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.slow
def test_every_extractive_strategy_is_identical_under_different_hash_seeds() -> None:
    strike = ROOT / "tests" / "data" / "tiny_dataset" / "clusters" / "t06_strike" / "docs"
    sets = {"seeds": [str(SEEDS)], "handmade": HANDMADE, "strike": [str(strike)]}
    first = briefs_under("1", EXTRACTIVE, sets)
    second = briefs_under("2", EXTRACTIVE, sets)  # 1 and 2 once ordered t06's concepts apart
    assert json.loads(first).keys() == {f"{s}/{n}/{w}" for s in sets for n in EXTRACTIVE
                                        for w in ("60w", "100w")}
    assert first == second


#: ``abstractive``'s steps as the benchmarks run them (select, then finish), printing the brief.
FINISH_SCRIPT = """
import sys
from summarizer.brief import build_brief
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.strategies.abstractive import Abstractive
corpus, budget, strategy = Corpus(load_documents(sys.argv[2:])), Budget.parse(sys.argv[1]), Abstractive()
brief = build_brief(corpus, strategy.select(corpus, budget), strategy.name, budget,
                    lambda i: strategy.wording(corpus, i))
for sentence in strategy.finish(corpus, brief).sentences:
    print(sentence.sentence_id, sentence.sources, sentence.text)
"""


@pytest.mark.slow
def test_abstractive_is_identical_under_different_hash_seeds() -> None:
    """A basil-dev event whose ``abstractive`` brief at 400 words depended on the hash seed:
    the swap round compared concept weights summed over a set of strings, in hash order, so
    the last bits differed and a sentence was swapped for a fusion under one seed and not
    under another (the sums are ``math.fsum`` now, exact in any order)."""
    event = BASIL / "85475456-f38e-4c30-895d-ca2c819c6af1"
    if not event.is_dir():
        pytest.skip("basil-dev is not at ../shared/data/basil-dev")
    reports = [str(p) for p in sorted(event.glob("*.txt"))]

    def brief_under(hash_seed: str) -> str:
        result = subprocess.run([sys.executable, "-c", FINISH_SCRIPT, "400w", *reports], capture_output=True,
                                text=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": hash_seed}, timeout=900)
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    first = brief_under("0")
    assert first.count("\n") > 10 and first == brief_under("1")  # 0 and 1 once swapped apart


def test_the_ilp_limit_is_work_not_time() -> None:
    """No option of the default strategy reads the clock unless a caller asks for it."""
    from summarizer.strategies import get_strategy

    ilp = get_strategy("ilp")
    assert ilp.time_limit is None and ilp.max_nodes > 0


def test_every_duc2004_cluster_solves_to_optimality_far_below_the_node_limit(duc2004) -> None:
    """The work limit is generous: each DUC 2004 cluster is proven optimal using at most a
    tenth of it, so the greedy fallback never decides a DUC brief on any machine."""
    from summarizer.budget import Budget
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents
    from summarizer.strategies.highs import MAX_NODES
    from summarizer.strategies.ilp import ConceptILP

    ilp, worst = ConceptILP(), 0
    for topic in sorted((duc2004 / "clusters").iterdir()):
        ilp.select(Corpus(load_documents([str(topic / "docs")])), Budget.parse("100w"))
        assert ilp.last_status == "optimal", topic.name
        worst = max(worst, ilp.last_nodes)
    print(f"most branch-and-bound nodes on a DUC 2004 cluster: {worst} (limit {MAX_NODES})")
    assert worst <= MAX_NODES // 10


@pytest.mark.slow
def test_the_abstractive_strategy_is_identical_in_two_processes_running_at_once() -> None:
    """The model's ranking and the guard give the same fused sentences in any process: two
    processes with different hash seeds, run side by side so each works under the other's load,
    on the sample reports and a DUC 2004 cluster whose brief fuses two sentences."""
    sets = {"seeds": [str(SEEDS)], "handmade": HANDMADE}
    cluster = DUC2004 / "clusters" / "d30051" / "docs"
    if cluster.is_dir():
        sets["d30051"] = [str(cluster)]
    runs = [subprocess.Popen([sys.executable, "-c", SCRIPT, json.dumps(["abstractive"]), json.dumps(sets)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("3", "4")]
    outputs = [run.communicate(timeout=900) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs[0][1][-2000:] + outputs[1][1][-2000:]
    first, second = (json.loads(out) for out, _ in outputs)
    if cluster.is_dir():  # the model path is exercised: the brief fuses reports
        fused = [s for s in json.loads(first["d30051/abstractive/100w"])["sentences"]
                 if s.get("operation") == "fused"]
        assert fused
    assert first == second
