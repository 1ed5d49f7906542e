"""Abstractive strategies: a transformer model rewrites what the extractive side selected.

* ``abstractive`` (``deletion.py``): the model may only delete words from each selected
  sentence, every rewrite passes the guard, and the freed words are refilled
  (``refill.py``); a shortened sentence that stops mid-phrase is refused (``ending.py``).
* ``abstractive-full`` (``full.py``): the model writes the brief from the selected
  sentences, for models large enough to write freely; every sentence is guarded.

Both share ``model_strategy.py``: the base extractive strategy, the model (loaded on first
use, once per process), and the generation settings. Making a strategy object, or listing
strategies, never imports torch or transformers.
"""

from summarizer.strategies.abstractive.deletion import (COMPRESSION_REFUSED, ENDING_REFUSED,
                                                        MAX_CALLS, MAX_WORDS, Abstractive,
                                                        shared_stems)
from summarizer.strategies.abstractive.ending import ENDING_FLOOR, ending_logprob
from summarizer.strategies.abstractive.full import AbstractiveFull
from summarizer.strategies.abstractive.model_strategy import (DEFAULT_SETTINGS,
                                                              generation_settings)

__all__ = ["Abstractive", "AbstractiveFull", "COMPRESSION_REFUSED", "DEFAULT_SETTINGS",
           "ENDING_FLOOR", "ENDING_REFUSED", "MAX_CALLS", "MAX_WORDS", "ending_logprob",
           "generation_settings", "shared_stems"]
