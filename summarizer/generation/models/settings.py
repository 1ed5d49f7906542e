"""How text is generated (:class:`GenerationSettings`, read from TOML) and the torch thread count
those settings ask for."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class GenerationSettings:
    """How text is generated; the defaults equal ``configs/generation.toml``.

    ``threads = 0`` means every core this process may use; when several processes share the
    cores (a parallel harness) give each ``threads = 1``, since torch threads that outnumber
    the cores slow every process down. ``seed`` is applied with
    ``torch.manual_seed`` before every call, so one call's output never depends on the calls
    made before it.
    """

    num_beams: int = 1
    do_sample: bool = False
    temperature: float = 1.0
    top_p: float = 1.0
    max_new_tokens: int = 160
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    seed: int = 0
    threads: int = 0

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):  # TOML and CLIs write ``temperature = 1``
            value = getattr(self, field.name)
            if field.type == "float" and isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, field.name, float(value))
        _check_types(self)
        problems = [
            msg
            for ok, msg in (
                (self.num_beams >= 1, "num_beams must be >= 1"),
                (self.temperature > 0, "temperature must be > 0"),
                (0 < self.top_p <= 1, "top_p must be in (0, 1]"),
                (self.max_new_tokens >= 1, "max_new_tokens must be >= 1"),
                (self.no_repeat_ngram_size >= 0, "no_repeat_ngram_size must be >= 0"),
                (self.repetition_penalty > 0, "repetition_penalty must be > 0"),
                (self.threads >= 0, "threads must be >= 0 (0 = all cores)"),
            )
            if not ok
        ]
        if problems:
            raise ValueError("invalid generation settings: " + "; ".join(problems))

    @classmethod
    def from_toml(
        cls, path: str | os.PathLike[str], section: str = "generation", **overrides: Any
    ) -> GenerationSettings:
        """Read ``[section]`` of a TOML file; keyword overrides (not None) win over the file."""
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ValueError(f"{path}: [{section}] must be a table")
        unknown = sorted(set(table) - {f.name for f in dataclasses.fields(cls)})
        if unknown:
            raise ValueError(f"{path}: unknown generation setting(s): {', '.join(unknown)}")
        return cls(**table).replace(**overrides)

    def replace(self, **overrides: Any) -> GenerationSettings:
        """A copy with the given fields changed; None means "keep", so CLI options pass through."""
        changes = {key: value for key, value in overrides.items() if value is not None}
        return dataclasses.replace(self, **changes)

    def resolved_threads(self) -> int:
        """The thread count to hand torch: the setting, or the cores this process may use."""
        if self.threads:
            return self.threads
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)


def _check_types(settings: GenerationSettings) -> None:
    """Reject ``num_beams = "4"`` or ``do_sample = 1`` early, with the field's name."""
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        expected = {"int": int, "float": float, "bool": bool}.get(str(field.type), field.type)
        if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
            raise ValueError(
                f"invalid generation settings: {field.name} must be {expected.__name__}, "
                f"not {value!r}"
            )


def set_threads(settings: GenerationSettings) -> None:
    """Give torch the thread count ``settings`` ask for (only when it differs)."""
    import torch

    threads = settings.resolved_threads()
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
