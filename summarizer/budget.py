"""Length budgets: "100w" (words), "5s" (sentences), "600c" (characters).

The one rule: a brief never exceeds its budget; a sentence that does not fit is left out
whole, never cut. Words are whitespace-separated fields (what ROUGE's ``-l`` counts too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from summarizer.errors import InputError
from summarizer.text import word_count

UNITS = {"w": "words", "s": "sentences", "c": "characters"}
_SPEC_RE = re.compile(r"^\s*(\d+)\s*([wsc]?)\s*$", re.I)


@dataclass(frozen=True)
class Budget:
    size: int
    unit: str  # "words" | "sentences" | "characters"

    @classmethod
    def parse(cls, spec: "str | Budget") -> "Budget":
        """'100w' -> 100 words; a bare number (100 or "100") means words."""
        if isinstance(spec, Budget):
            return spec
        match = None if isinstance(spec, bool) else _SPEC_RE.match(str(spec))
        if not match or int(match.group(1)) <= 0:
            raise InputError(
                f"malformed length {spec!r}: use a positive number with w (words), s (sentences) "
                "or c (characters), e.g. 100w, 5s, 600c")
        return cls(int(match.group(1)), UNITS[(match.group(2) or "w").lower()])

    def __str__(self) -> str:
        return f"{self.size}{self.unit[0]}"

    def cost(self, text: str) -> int:
        if self.unit == "words":
            return word_count(text)
        if self.unit == "sentences":
            return 1
        return len(text)

    def used(self, texts: Iterable[str]) -> int:
        """What a brief made of ``texts`` uses (characters count the joining spaces)."""
        texts = list(texts)
        if self.unit == "characters":
            return len(" ".join(texts))
        return sum(self.cost(t) for t in texts)

    def fits(self, texts: Iterable[str]) -> bool:
        return self.used(texts) <= self.size
