"""The Ray engine: the same runners as the local engine, in Ray actors.

One actor per worker (one CPU each) builds its runner once, so models are loaded once per
actor; the driver keeps two items queued per actor and hands the next item to whichever
actor finishes (``ray.wait``), so a slow story does not hold up the others. Results come
back to the driver, which alone writes files: on a cluster, workers need the input (a
shared folder, or JSON Lines with the text inline) but not the output folder.

``address`` connects to a running cluster (``"auto"``, ``"ray://host:10001"``, ...);
without it a local Ray instance is started with ``num_cpus=workers`` and shut down at the
end. When Ray is already initialised in this process (a notebook, the tests), that
instance is used and left running.

Ray is an optional extra (``pip install -e ".[ray]"``): without it ``--engine ray`` is one
``error:`` line.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Iterator, Sequence, TypeVar

from summarizer.batch.local import cores
from summarizer.errors import InputError

T = TypeVar("T")
R = TypeVar("R")

QUEUED_PER_ACTOR = 2
INSTALL_HINT = 'pip install -e ".[ray]"'


def require_ray() -> Any:
    """The ``ray`` module, or an InputError saying how to install it."""
    try:
        import ray
    except ImportError:
        raise InputError(f"--engine ray needs Ray, which is not installed ({INSTALL_HINT})") from None
    return ray


class _Worker:
    """The actor: one runner, made once."""

    def __init__(self, make_runner: Callable[[], Callable[[Any], Any]]) -> None:
        self.runner = make_runner()

    def run(self, item: Any) -> Any:
        return self.runner(item)


def _connect(ray: Any, address: str | None, workers: int | None) -> bool:
    """Start or join Ray; True when this call started it (and so must shut it down)."""
    if ray.is_initialized():
        return False
    quiet = {"log_to_driver": False, "logging_level": logging.ERROR}
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=workers or cores(), include_dashboard=False, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as error:
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise InputError(f"cannot start or reach {where}: {str(error).splitlines()[0]}") from None
    return True


def _actor_count(ray: Any, workers: int | None, items: int) -> int:
    count = workers or int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(count, items))


def run_on_ray(make_runner: Callable[[], Callable[[T], R]], items: Sequence[T], *,
               on_error: Callable[[T, BaseException], R], workers: int | None = None,
               address: str | None = None, env: dict[str, str] | None = None) -> Iterator[R]:
    """Results as items finish (completion order). An actor that dies fails its item
    through ``on_error`` (Ray restarts it once for the items after). ``env``: environment
    variables of the actors' processes (set before Python starts, like the local pool's)."""
    if not items:
        return
    ray = require_ray()
    started = _connect(ray, address, workers)
    actors: list[Any] = []
    try:
        actor_class = ray.remote(num_cpus=1, max_restarts=1,
                                 runtime_env={"env_vars": dict(env or {})})(_Worker)
        actors = [actor_class.remote(make_runner)
                  for _ in range(_actor_count(ray, workers, len(items)))]
        pending = iter(items)
        running: dict[Any, tuple[T, Any]] = {}
        for actor in actors:
            _feed(actor, pending, running, QUEUED_PER_ACTOR)
        while running:
            (ref,), _ = ray.wait(list(running), num_returns=1)
            item, actor = running.pop(ref)
            try:
                result = ray.get(ref)
            except ray.exceptions.RayError as error:
                result = on_error(item, error)
            _feed(actor, pending, running, 1)
            yield result
    finally:
        for actor in actors:
            ray.kill(actor)
        if started:
            ray.shutdown()


def _feed(actor: Any, pending: Iterator[T], running: dict[Any, tuple[T, Any]], count: int) -> None:
    for _ in range(count):
        item = next(pending, None)
        if item is None:
            return
        running[actor.run.remote(item)] = (item, actor)
