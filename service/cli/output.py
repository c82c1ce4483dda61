"""What the `containr` command prints: its consoles, messages, failures, raw text and tables."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

console = Console()
errors = Console(stderr=True)


def say(text: str, *, style: str | None = None, stderr: bool = False) -> None:
    # Messages carry names, paths and server text: never read them as markup, never wrap them mid-path.
    (errors if stderr else console).print(text, style=style, highlight=False, markup=False, soft_wrap=True)


def fail(message: str) -> typer.Exit:
    say(message, style="red", stderr=True)
    return typer.Exit(1)


def out(text: str) -> None:
    # Log text goes out as is: no markup, no highlighting, no wrapping of long lines at the console width.
    if text:
        console.out(text, highlight=False, end="" if text.endswith("\n") else "\n")


def print_table(columns: list[tuple[str, bool]], rows: list[list[str]]) -> None:
    """A table on a terminal (columns marked True never wrap); elsewhere tab-separated lines at full length,
    one row a line (a cell's lines joined by commas), which `cut` and `awk` read and nothing squeezes to 80."""
    if not console.is_terminal:
        for row in [[name for name, _ in columns], *rows]:
            cells = (" ".join(cell.replace("\n", ",").replace("\t", " ").split()) for cell in row)
            sys.stdout.write("\t".join(cells) + "\n")  # not through rich: it would expand the tabs
        return
    table = Table()
    for name, whole in columns:
        table.add_column(name, no_wrap=whole, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
