"""``summarizer.batch.local``: the process pool gives every item's result once, builds each
worker's runner once, passes the environment, and turns failures into ``on_error`` results."""

from __future__ import annotations

import functools
import operator
import os

from summarizer.batch.local import cores, run_in_pool


def _failed(item, error):
    return ("failed", item, f"{type(error).__name__}: {error}")


# Workers are spawned and cannot import this test module by name, so runners and items are
# made of importable callables: the runner calls the item (operator.call), and each item is
# a partial of a library function.
CALL = functools.partial(functools.partial, operator.call)


def _times_ten(n: int) -> functools.partial:
    return functools.partial(operator.mul, 10, n)


DIE = functools.partial(os._exit, 9)  # a worker gone at once, as a crash in native code


def test_every_item_comes_back_once():
    results = list(run_in_pool(CALL, [_times_ten(n) for n in range(7)], 2, _failed))
    assert sorted(results) == [0, 10, 20, 30, 40, 50, 60]


def test_a_pool_of_two_runs_every_item_in_at_most_two_worker_processes():
    pids = list(run_in_pool(CALL, [os.getpid] * 6, 2, _failed))
    assert len(pids) == 6 and 1 <= len(set(pids)) <= 2 and os.getpid() not in pids


def test_an_item_that_raises_fails_alone():
    results = list(run_in_pool(functools.partial(functools.partial, operator.truediv, 6),
                               [1, 0, 3], 1, _failed))
    assert sorted(results, key=str) == sorted([6.0, ("failed", 0, "ZeroDivisionError: division by zero"), 2.0], key=str)


def test_a_runner_that_cannot_be_built_fails_every_item_with_the_first_line_of_why():
    results = list(run_in_pool(functools.partial(int, "x"), ["a", "b"], 2, _failed))
    reason = ("RuntimeError: the worker could not start: ValueError: invalid literal for int() "
              "with base 10: 'x'")
    assert sorted(results) == [("failed", "a", reason), ("failed", "b", reason)]


def test_the_workers_get_the_environment_and_the_caller_keeps_its_own(monkeypatch):
    monkeypatch.delenv("SUMMARIZER_TEST_POOL", raising=False)
    item = functools.partial(os.getenv, "SUMMARIZER_TEST_POOL")
    assert list(run_in_pool(CALL, [item], 1, _failed,
                            env={"SUMMARIZER_TEST_POOL": "42"})) == ["42"]
    assert "SUMMARIZER_TEST_POOL" not in os.environ


def test_a_worker_that_dies_fails_only_the_item_it_was_running():
    items = [_times_ten(n) for n in range(6)]
    items[3] = DIE
    results = list(run_in_pool(CALL, items, 2, _failed))
    assert [r for r in results if isinstance(r, tuple)] == [
        ("failed", DIE, "RuntimeError: its worker process died")]
    assert sorted(r for r in results if not isinstance(r, tuple)) == [0, 10, 20, 40, 50]


def test_no_items_no_pool_work():
    assert list(run_in_pool(CALL, [], 2, _failed)) == []


def test_cores_are_the_ones_this_process_may_use():
    assert cores() == len(os.sched_getaffinity(0)) >= 1
