"""``summarize strategies``: every registered strategy, one line each."""

from __future__ import annotations

import typer

HELP = "List the strategies, one line each."


def strategies() -> None:
    from summarizer.strategies import DEFAULT_STRATEGY, available

    width = max(len(name) for name, _ in available())
    for name, description in available():
        marker = " (default)" if name == DEFAULT_STRATEGY else ""
        typer.echo(f"{name:<{width}}  {description}{marker}")
