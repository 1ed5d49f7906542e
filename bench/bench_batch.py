"""Batch throughput: stories per second with 1 worker, 2 workers and Ray, Ray's overhead per
story, and a run killed part-way then resumed.

    python bench/bench_batch.py                     # every part (several minutes on 2 cores)
    python bench/bench_batch.py --part duc          # the 50 DUC 2004 clusters
    python bench/bench_batch.py --part synthetic --stories 1000
    python bench/bench_batch.py --part overhead     # dispatch cost per story, no summarizing
    python bench/bench_batch.py --part resume       # SIGKILL part-way, then run again

Throughput is measured through the library's engines (``summarizer.batch.api.execute``) with
lexical support counting (``--no-embeddings``: CPU-bound, no encoder to load) and reported
two ways: wall time with worker start-up, and the steady rate between the first and the last
result (what a long batch converges to). Ratios are against the single worker of the same
run, so a busy machine shifts all figures together. DUC 2004 is read at run time from
../shared/data/duc2004 (skipped when absent); synthetic stories are generated here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC2004 = ROOT.parent / "shared" / "data" / "duc2004"

# --- synthetic stories ----------------------------------------------------------------------

PLACES = ["Arlen", "Brisk", "Corvale", "Dunmore", "Eastwick", "Fairholt", "Glenrock", "Harwell",
          "Ivers", "Jasper", "Kelton", "Lorne", "Marrow", "Northby", "Oakridge", "Pellham"]
PEOPLE = ["Anna Reyes", "Boris Kell", "Carla Timm", "David Osei", "Elena Marsh", "Farid Nour",
          "Grace Lund", "Hugo Brandt", "Irene Cole", "Jonas Weir"]
EVENTS = [
    ("a fire", "destroyed a warehouse", "firefighters", "the blaze"),
    ("a flood", "swept through the old town", "rescue teams", "the water"),
    ("a strike", "halted the city's buses", "union leaders", "the walkout"),
    ("a storm", "tore roofs off homes", "emergency crews", "the storm"),
    ("an outage", "cut power to the region", "engineers", "the outage"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _facts(rng: random.Random) -> list[list[str]]:
    """Facts of one event, each with wordings that different reports use."""
    event, what, crew, it = rng.choice(EVENTS)
    place, day = rng.choice(PLACES), rng.choice(DAYS)
    person, other = rng.sample(PEOPLE, 2)
    hours, people, cost = rng.randint(2, 12), rng.randint(20, 900), rng.randint(2, 90)
    return [
        [f"{event.capitalize()} {what} in {place} on {day}.",
         f"On {day}, {event} {what} in {place}."],
        [f"{crew.capitalize()} worked for {hours} hours to bring {it} under control.",
         f"It took {crew} {hours} hours to deal with {it}."],
        [f"About {people} residents were affected, officials said.",
         f"Officials said some {people} people were affected."],
        [f"Mayor {person} called it the worst day the town had seen in years.",
         f"{person}, the mayor, said the town had not seen a day like it in years."],
        [f"Damage is estimated at {cost} million dollars.",
         f"Early estimates put the damage at {cost} million dollars."],
        [f"{other}, a local shop owner, said the community would rebuild.",
         f"Shop owner {other} said people in {place} would rebuild together."],
        [f"An inquiry into the causes of {it} will open next week.",
         f"Officials promised an inquiry into {it}, to open next week."],
    ]


def synthetic_story(number: int, seed: int = 2004) -> dict:
    """One JSON Lines story: 3 to 5 short reports of a made-up event (deterministic)."""
    rng = random.Random(seed * 100003 + number)
    facts = _facts(rng)
    reports = []
    for r in range(rng.randint(3, 5)):
        chosen = [facts[0]] + rng.sample(facts[1:], rng.randint(3, len(facts) - 1))
        reports.append({"id": f"r{r + 1}", "text": " ".join(rng.choice(f) for f in chosen)})
    return {"id": f"s{number:04d}", "documents": reports}


def synthetic_stories(count: int) -> list:
    from summarizer.batch.inputs import stories_from_api

    return stories_from_api(synthetic_story(n) for n in range(count))


# --- throughput -------------------------------------------------------------------------------


def measure(stories: list, workers: int, engine: str, strategy: str | None) -> dict:
    """Wall seconds (with start-up) and the steady rate between the first and last result."""
    from summarizer.batch.api import execute, make_job

    job = make_job(strategy, "100w", "text", False, {})
    cpu = _children_cpu()
    start = time.perf_counter()
    arrivals, failed = [], 0
    for outcome in execute(job, stories, workers, engine):
        arrivals.append(time.perf_counter())
        failed += not outcome.ok
    wall = arrivals[-1] - start
    steady = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) if len(arrivals) > 1 else 0.0
    return {"wall": wall, "rate": len(stories) / wall, "steady": steady, "failed": failed,
            "startup": arrivals[0] - start, "cores": (_children_cpu() - cpu) / wall}


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the pool's workers, once joined;
    Ray's actors are not our children, so their row shows 0)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def throughput(name: str, stories: list, strategy: str | None, ray: bool) -> None:
    print(f"\n{name}: {len(stories)} stories, strategy {strategy or 'default'}, no embeddings")
    print(f"{'engine':<18} {'wall s':>8} {'stories/s':>10} {'steady/s':>9} {'first s':>8} "
          f"{'cores used':>10}  x 1 worker")
    runs = [("local, 1 worker", 1, "local"), ("local, 2 workers", 2, "local")]
    runs += [("ray, 2 actors", 2, "ray")] if ray else []
    base = None
    for label, workers, engine in runs:
        result = measure(stories, workers, engine, strategy)
        base = base or result
        print(f"{label:<18} {result['wall']:>8.1f} {result['rate']:>10.2f} {result['steady']:>9.2f} "
              f"{result['startup']:>8.1f} {result['cores']:>10.2f}  {result['steady'] / base['steady']:.2f} steady, "
              f"{result['rate'] / base['rate']:.2f} wall"
              + (f"  ({result['failed']} failed)" if result["failed"] else ""))


# --- overhead -----------------------------------------------------------------------------


def echo_runner():
    """A worker that summarizes nothing: what is left is the engine's own cost per story."""
    from summarizer.batch.work import Outcome

    def run(story):
        return Outcome(story.id, rendered=" ".join(r.text or "" for r in story.records)[:700])
    return run


def overhead(count: int, ray: bool) -> None:
    from summarizer.batch.local import run_in_pool
    from summarizer.batch.work import WORKER_ENV

    stories = synthetic_stories(count)
    print(f"\nengine overhead: {count} synthetic stories sent to workers that do nothing")
    engines = [("local pool, 2 workers", lambda: run_in_pool(echo_runner, stories, 2, _lost, WORKER_ENV))]
    if ray:
        from summarizer.batch.ray_engine import run_on_ray

        engines.append(("ray, 2 actors", lambda: run_on_ray(echo_runner, stories, on_error=_lost,
                                                          workers=2, env=WORKER_ENV)))
    for label, run in engines:
        start = time.perf_counter()
        arrivals = [time.perf_counter() for _ in run()]
        steady = (arrivals[-1] - arrivals[0]) / max(1, len(arrivals) - 1)
        print(f"{label:<22} start-up {arrivals[0] - start:6.2f} s, then {1000 * steady:6.2f} ms "
              "per story")


def _lost(story, error):
    from summarizer.batch.work import Outcome

    return Outcome(story.id, error=str(error))


# --- kill and resume ------------------------------------------------------------------------


def resume(count: int) -> None:
    """Start ``summarize batch``, SIGKILL it once a third of the stories are done, run it again."""
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "stories.jsonl", Path(folder) / "out"
        source.write_text("".join(json.dumps(synthetic_story(n)) + "\n" for n in range(count)))
        command = [sys.executable, "-m", "summarizer.cli", "batch", str(source), "-o", str(out),
                   "--workers", "2", "--no-embeddings", "-q"]
        process = subprocess.Popen(command, start_new_session=True)
        index = out / "index.jsonl"
        while process.poll() is None and (not index.is_file()
                                          or len(index.read_text().splitlines()) < count // 3):
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        try:
            os.killpg(process.pid, signal.SIGKILL)  # orphaned workers, if any
        except ProcessLookupError:
            pass
        kept = [json.loads(line) for line in index.read_text().splitlines()]
        inodes = {e["id"]: (out / e["output"]).stat().st_ino for e in kept}
        leftovers = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))
        rerun = subprocess.run(command[:-1], capture_output=True, text=True)
        final = [json.loads(line) for line in index.read_text().splitlines()]
        unchanged = all((out / f"{i}.txt").stat().st_ino == n for i, n in inodes.items())
        temporaries = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))
        print(f"\nkill and resume: {count} stories, SIGKILL after {len(kept)} were done")
        print(f"  left by the kill: {len(leftovers)} temporary file(s) {leftovers or ''}")
        print(f"  rerun: exit {rerun.returncode}; {rerun.stderr.strip().splitlines()[-1]}")
        print(f"  finished before the kill and untouched by the rerun: {unchanged} "
              f"({len(inodes)} stories); index now {len(final)} lines, all ok: "
              f"{all(e['status'] == 'ok' for e in final)}; temporary files: {len(temporaries)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["all", "duc", "synthetic", "overhead", "resume"],
                        default="all")
    parser.add_argument("--stories", type=int, default=1000, help="synthetic stories")
    parser.add_argument("--strategy", default=None, help="default: the engine's default")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray engine")
    args = parser.parse_args()
    try:
        import ray  # noqa: F401
        has_ray = not args.no_ray
    except ImportError:
        has_ray = False
        print("ray is not installed: its rows are skipped")
    print(f"cores: {len(os.sched_getaffinity(0))}, load average: "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.part in ("all", "duc"):
        if (DUC2004 / "clusters").is_dir():
            from summarizer.batch import read_stories

            throughput("DUC 2004", read_stories(DUC2004), args.strategy, has_ray)
        else:
            print(f"DUC 2004 is not at {DUC2004}: skipped")
    if args.part in ("all", "synthetic"):
        throughput("synthetic", synthetic_stories(args.stories), args.strategy, has_ray)
    if args.part in ("all", "overhead"):
        overhead(args.stories, has_ray)
    if args.part in ("all", "resume"):
        resume(60)


if __name__ == "__main__":
    main()
