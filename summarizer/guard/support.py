"""Rule 1, support: what a source sentence vouches for, by stem, name, acronym or demonym."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.guard.analysis import Analysis, is_acronym, number_value, token_stem
from summarizer.text.tokens import Token
from summarizer.guard.vocabulary import CUE_CLASS, DEMONYM_SUFFIXES, FUNCTION_CUES, ISH_PLACE_ENDINGS


@dataclass
class Support:
    """What one source sentence can vouch for, and where: stem -> token positions."""

    analysis: Analysis
    positions: dict[str, list[int]]
    name_words: dict[str, list[int]]
    acronyms: dict[str, list[int]]
    initials: dict[str, list[int]]

    @classmethod
    def of(cls, analysis: Analysis) -> Support:
        positions: dict[str, list[int]] = {}
        name_words: dict[str, list[int]] = {}
        acronyms: dict[str, list[int]] = {}
        for t in analysis.tokens:
            for key in {t.stem} | {token_stem(p) for p in t.text.split("-") if p}:
                positions.setdefault(key, []).append(t.index)
            if t.index in analysis.names:
                name_words.setdefault(plain_name(t.text), []).append(t.index)
                if is_acronym(t.text):
                    acronyms.setdefault(t.text.replace(".", "").upper(), []).append(t.index)
        return cls(analysis, positions, name_words, acronyms, _run_initials(analysis))

    def where(self, token: Token, rewrite: Analysis) -> list[int]:
        """Positions of the source words that support ``token`` of the rewrite (may be [])."""
        if token.stem in self.positions:
            return self.positions[token.stem]
        parts = [token_stem(p) for p in token.text.split("-") if p]
        if len(parts) > 1 and all(p in self.positions for p in parts):
            return self.positions[parts[0]]
        if token.index in rewrite.names or is_acronym(token.text):
            return self._where_name(token, rewrite)
        return []

    def vouches(self, token: Token, rewrite: Analysis) -> bool:
        return bool(self.where(token, rewrite))

    def _where_name(self, token: Token, rewrite: Analysis) -> list[int]:
        """Aliases: an acronym of a source name ("U.S." = "United States"), the other way
        round, or a demonym ("Russian" ~ "Russia")."""
        if is_acronym(token.text):
            hits = self.initials.get(token.text.replace(".", "").upper())
            if hits:
                return hits
        plain = plain_name(token.text)
        hits = [i for name, idx in self.name_words.items() if is_demonym_pair(plain, name) for i in idx]
        if hits:
            return hits
        for initials in _initials_around(token, rewrite):
            if initials in self.acronyms:
                return self.acronyms[initials]
        return []


def plain_name(word: str) -> str:
    """Lower case without a possessive: "Russia's" -> "russia"."""
    lower = word.lower()
    return lower[:-2] if lower.endswith("'s") else lower.rstrip("'")


def is_demonym_pair(a: str, b: str) -> bool:
    """'russian'/'russia', 'israeli'/'israel', 'iranian'/'iran': one is the other's demonym;
    and 'swedish'/'sweden', 'scottish'/'scotland' (``ISH_PLACE_ENDINGS``)."""
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short[:-1]) and \
            any(long == short + s or long == short[:-1] + s for s in DEMONYM_SUFFIXES):
        return True
    adjective, place = (a, b) if a.endswith("ish") else (b, a)
    return adjective.endswith("ish") and len(adjective) >= 6 and len(place) >= 5 and \
        place[:3] == adjective[:3] and place.endswith(ISH_PLACE_ENDINGS)


def name_runs(analysis: Analysis) -> list[list[Token]]:
    """Maximal runs of consecutive name tokens in one clause ("Secretary of State" joins)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    tokens = analysis.tokens
    for t in tokens:
        joins_of = (
            t.lower == "of" and current and t.index + 1 < len(tokens)
            and t.index + 1 in analysis.names
        )
        if t.index in analysis.names or joins_of:
            if current and (current[-1].index != t.index - 1 or current[-1].clause != t.clause):
                runs.append(current)
                current = []
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _run_initials(analysis: Analysis) -> dict[str, list[int]]:
    """Initials of every contiguous part of every name run ("United States" -> "US"),
    with the positions of the words they abbreviate."""
    out: dict[str, list[int]] = {}
    for run in name_runs(analysis):
        caps = [t for t in run if t.lower != "of"]
        for i in range(len(caps)):
            for j in range(i + 2, min(len(caps), i + 6) + 1):
                key = "".join(t.text[0].upper() for t in caps[i:j])
                out.setdefault(key, []).extend(t.index for t in caps[i:j])
    return out


def _initials_around(token: Token, rewrite: Analysis) -> set[str]:
    """Initials of the parts of the token's name run that contain it."""
    for run in name_runs(rewrite):
        caps = [t for t in run if t.lower != "of"]
        positions = [t.index for t in caps]
        if token.index in positions:
            k = positions.index(token.index)
            return {
                "".join(t.text[0].upper() for t in caps[i:j])
                for i in range(0, k + 1) for j in range(k + 1, len(caps) + 1) if j - i >= 2
            }
    return set()


def rule_support(supports: list[Support], rw: Analysis, budget: int = 0) -> str | None:
    """Every content word is vouched for (up to ``budget`` plain words may not be); a name
    is not used more often than the sources use it (a repeated name usually stands where the
    source had another actor or a pronoun: "the Kremlin backing ... and the Kremlin
    pledging")."""
    for token in rw.content():
        if token.lower in FUNCTION_CUES or any(s.vouches(token, rw) for s in supports):
            continue
        kind = _kind(token, rw)
        if kind != "word" or token.lower in CUE_CLASS or budget <= 0:
            return f"unsupported {kind}: {token.text}"
        budget -= 1
    return _repeated_name(supports, rw)


def _repeated_name(supports: list[Support], rw: Analysis) -> str | None:
    """A name (by its plain form) mentioned more often than the sources mention it."""
    mentions: dict[str, list[Token]] = {}
    for t in rw.tokens:
        if t.index in rw.names:
            mentions.setdefault(plain_name(t.text), []).append(t)
    for plain, tokens in mentions.items():
        backing = {(k, p) for k, s in enumerate(supports) for p in s.where(tokens[0], rw)}
        if len(tokens) > len(backing):
            return f"repeated name: {tokens[0].text} ({len(tokens)} mentions, sources have {len(backing)})"
    return None


def _kind(token: Token, rw: Analysis) -> str:
    if number_value(token.text) is not None:
        return "number"
    return "name" if token.index in rw.names or is_acronym(token.text) else "word"
