"""Many stories at once: ``summarize batch`` and ``summarize_many``, locally or on Ray.

``inputs`` reads stories (story folders, a DUC-layout dataset, JSON Lines), ``work`` is
what a worker does with one story, ``local`` and ``ray_engine`` run workers, ``index`` and
``fingerprint`` keep the output folder resumable, ``api`` puts them together.
"""

from summarizer.batch.api import StoryError, run_batch, summarize_many
from summarizer.batch.inputs import Record, Story, read_stories

__all__ = ["Record", "Story", "StoryError", "read_stories", "run_batch", "summarize_many"]
