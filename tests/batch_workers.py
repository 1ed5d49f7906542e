"""Runners for batch worker tests. Spawned workers import a runner by its module's name, so
runners live here, importable as a top-level module (pytest's ``pythonpath = ["tests"]``,
which spawned processes inherit), not in a test module imported by path."""

from __future__ import annotations

import os
import signal
from typing import Callable


def runner_that_dies_on_3() -> Callable[[int], int]:
    """A runner whose worker is killed by SIGKILL on item 3, as a crash in native code is."""
    def run(item: int) -> int:
        if item == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        return item * 10
    return run
