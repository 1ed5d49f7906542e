"""The local engine: stories in a pool of worker processes.

Each worker builds its runner once (``initializer``: models loaded once per process) and
then takes stories one at a time. At most two stories per worker are queued, so an
interrupted batch has little in flight and a story's result comes back as soon as it is done.
Results come in completion order; the caller puts them in story order where it matters.

Workers are started fresh (``spawn``) with the environment the caller gives (the batch pins
``PYTHONHASHSEED``, see ``work.WORKER_ENV``), so every worker, in this engine or in Ray,
iterates sets in the same order. A forkserver would be faster to start, but it is shared
by the whole process and keeps the environment of whoever started it first.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterator, Sequence, TypeVar

from summarizer.quiet import environment

T = TypeVar("T")
R = TypeVar("R")

#: Stories queued per worker: one running, one ready, so a worker never waits for the driver.
QUEUED_PER_WORKER = 2
_RUNNER: Callable[[Any], Any] | None = None


def cores() -> int:
    """The cores this process may run on (a container may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(make_runner: Callable[[], Callable[[Any], Any]]) -> None:
    """Pool initializer. Ctrl-C is the driver's to handle (it stops the pool); a worker
    that took it too would print a traceback in the middle of the progress bar."""
    global _RUNNER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _RUNNER = make_runner()
    except Exception as error:  # noqa: BLE001 - each item fails with the reason, no crash loop
        _RUNNER = functools.partial(_cannot_start, f"{type(error).__name__}: {error}".splitlines()[0])


def _cannot_start(reason: str, item: Any) -> Any:
    raise RuntimeError(f"the worker could not start: {reason}")


def _run_one(item: Any) -> Any:
    assert _RUNNER is not None, "pool worker was not initialised"
    return _RUNNER(item)


def run_in_pool(make_runner: Callable[[], Callable[[T], R]], items: Sequence[T], workers: int,
                on_error: Callable[[T, BaseException], R],
                env: dict[str, str] | None = None) -> Iterator[R]:
    """Results as items finish. A worker that dies (a crash in native code, a kill) breaks
    the pool, and the pool cannot say which item killed it: the items it held are run again
    one at a time in a pool of one, where an item that breaks it again is the culprit and
    fails through ``on_error``. The rest of the batch goes on in a new pool."""
    queue: deque[tuple[int, T]] = deque(enumerate(items))
    suspects: deque[tuple[int, T]] = deque()
    while queue or suspects:
        alone = bool(suspects)
        lost: list[tuple[int, T]] = []
        yield from _one_pool(make_runner, suspects if alone else queue, 1 if alone else workers,
                             1 if alone else QUEUED_PER_WORKER, on_error, env or {}, lost)
        if alone:
            for position, item in lost[:1]:  # the one running alone when its worker died
                yield on_error(item, RuntimeError("its worker process died"))
            suspects.extendleft(reversed(lost[1:]))
        else:
            suspects.extend(lost)


def _one_pool(make_runner: Callable[[], Callable[[T], R]], queue: deque, workers: int,
              depth: int, on_error: Callable[[T, BaseException], R], env: dict[str, str],
              lost: list) -> Iterator[R]:
    """Run items from ``queue`` until it is empty or the pool breaks; ``lost`` gets the
    items the broken pool still held."""
    running: dict[Future, tuple[int, T]] = {}
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(make_runner,))
    finished = False
    try:
        with environment(env):  # every worker starts during the first round
            _submit(pool, queue, running, workers * depth)
        if not running:  # the pool broke before it took anything: give up on the rest
            while queue:
                yield on_error(queue.popleft()[1], RuntimeError("the process pool stopped"))
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: running[f][0]):
                position, item = running.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    lost.append((position, item))
                    continue
                except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be pickled
                    result = on_error(item, error)
                yield result
            if lost:
                lost.extend(running.values())
                lost.sort(key=lambda entry: entry[0])
                running.clear()
                return
            _submit(pool, queue, running, workers * depth - len(running))
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted or broken: what is in flight is lost anyway, do not wait for it
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            _stop_workers(processes)


def _submit(pool: ProcessPoolExecutor, queue: deque, running: dict[Future, tuple[int, T]],
            count: int) -> None:
    for _ in range(max(0, count)):
        if not queue:
            return
        entry = queue.popleft()
        try:
            running[pool.submit(_run_one, entry[1])] = entry
        except BrokenProcessPool:
            queue.appendleft(entry)
            return


def _stop_workers(processes: list) -> None:
    """Terminate the workers (Python 3.14 has ``terminate_workers``; older ones do not)."""
    for process in processes:
        if process.is_alive():
            process.terminate()


