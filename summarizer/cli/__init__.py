"""The command line: ``summarize REPORTS...`` and its subcommands, one module per command.

Heavy modules (torch, transformers, the harness) are imported inside the commands that need
them, so ``summarize --help`` starts fast. Each command module is thin over a library call.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from summarizer.cli import batch as batch_cli
from summarizer.cli import eval as eval_cli
from summarizer.cli import run as run_cli
from summarizer.cli import strategies as strategies_cli


class _DefaultToRun(TyperGroup):
    """``summarize seeds/`` means ``summarize run seeds/``: anything that is not a
    sub-command name or one of the group's own options (shell completion) goes to the main
    command (``--help`` and ``-h`` too, which show every option and list the commands).
    A usage error (unknown option, bad ``-f``, ``-l`` without a value) is one ``error:``
    line with exit code 2, like every other bad input."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        own = {name for param in self.params for name in param.opts}
        if not args or (args[0] not in self.commands and args[0].split("=")[0] not in own):
            args = ["run", *args]
        return super().parse_args(ctx, args)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except typer.TyperException as error:  # UsageError, BadParameter, NoSuchOption, ...
            message = error.format_message().strip().splitlines() or [type(error).__name__]
            typer.echo(f"error: {message[0]}", err=True)
            sys.exit(getattr(error, "exit_code", 2))
        except typer.Abort:
            typer.echo("error: interrupted", err=True)
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)


class _MainCommand(TyperCommand):
    """The main command's help reads ``Usage: summarize [OPTIONS] REPORTS...`` (how the
    README calls it, not ``summarize run``) and ends with the other commands."""

    def format_usage(self, ctx: typer.Context, formatter: Any) -> None:
        formatter.write_usage(ctx.find_root().info_name or "summarize", "[OPTIONS] REPORTS...")

    def format_epilog(self, ctx: typer.Context, formatter: Any) -> None:
        group = ctx.parent.command if ctx.parent else None
        commands = getattr(group, "commands", {})
        rows = [(name, command.get_short_help_str(limit=70)) for name, command in commands.items()
                if name != "run"]
        if rows:
            with formatter.section("Commands (summarize COMMAND --help for their options)"):
                formatter.write_dl(rows)
        super().format_epilog(ctx, formatter)


app = typer.Typer(cls=_DefaultToRun, add_completion=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, no_args_is_help=False,
                  context_settings={"help_option_names": ["-h", "--help"]})
app.command("run", cls=_MainCommand, help=run_cli.HELP)(run_cli.run)
app.command("strategies", help=strategies_cli.HELP)(strategies_cli.strategies)
app.command("eval", help=eval_cli.HELP)(eval_cli.eval_command)
app.command("batch", help=batch_cli.HELP)(batch_cli.batch)


def main() -> None:
    app(prog_name="summarize")
