"""The README and docs/CLI.md tell the command line as it is: every command the program has, with every option,
and no option it does not have (the lists are read from the program's own parser)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from protocol_app.cli.main import build_parser

ROOT = Path(__file__).parent.parent
# Options written as their short form in the documents.
SHORT = {"--output": "-o"}


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """Every command of ``parser`` (``"export attendees"``) with its options (``--help`` aside)."""
    found: dict[str, set[str]] = {}
    subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for action in subcommands:
        for name, sub in action.choices.items():
            found.update(commands(sub, (*path, name)))
    if path and not subcommands:
        found[" ".join(path)] = {
            SHORT.get(o, o) if o in SHORT else o
            for a in parser._actions
            for o in a.option_strings
            if o.startswith("--") and o != "--help"
        }
    return found


def documented(text: str, names: list[str]) -> dict[str, set[str]]:
    """The options each command is documented with in the code blocks of ``text``: a line indented by two to
    four spaces that starts with the command (``import attendees|agreements`` stands for both, ``(no command) |
    gui`` for gui), and the lines indented further under it."""
    longest_first = sorted(names, key=len, reverse=True)
    entries: dict[str, set[str]] = {}
    for block in re.findall(r"```\n(.*?)```", text, flags=re.S):
        current: list[str] = []
        for line in block.splitlines():
            stripped = line.strip()
            indent = len(line) - len(line.lstrip())
            if 0 < indent <= 4:
                stripped = stripped.removeprefix("(no command) | ")
                both = re.match(r"([a-z-]+) ([a-z-]+)\|([a-z-]+)(.*)", stripped)
                heads = (
                    [f"{both[1]} {both[2]}{both[4]}", f"{both[1]} {both[3]}{both[4]}"] if both else [stripped]
                )
                current = [n for head in heads if (n := _command_of(head, longest_first))]
            for name in current:
                entries.setdefault(name, set()).update(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)\b", line))
    return entries


def _command_of(head: str, names: list[str]) -> str | None:
    return next((n for n in names if re.match(re.escape(n) + r"(\s|$)", head)), None)


@pytest.mark.parametrize("document", ["README.md", "docs/CLI.md"])
def test_every_command_and_option_is_documented_and_none_that_is_not(document):
    have = commands(build_parser())
    told = documented((ROOT / document).read_text(encoding="utf-8"), list(have))
    missing = {name: sorted(opts - told.get(name, set())) for name, opts in have.items()}
    assert not [name for name in have if name not in told], f"{document} lacks these commands"
    assert not {name: opts for name, opts in missing.items() if opts}, f"{document} lacks these options"
    unknown = {name: sorted(opts - have[name]) for name, opts in told.items() if opts - have[name]}
    assert not unknown, f"{document} names options the program does not have"


def test_the_reader_of_the_documents_finds_a_missing_option_and_an_unknown_one():
    """The check above can fail: a command written without one of its options, or with one it lacks."""
    text = "```\n  seating --event EVENT --layout L\n          [--bogus]\n  gui\n```\n"
    told = documented(text, ["seating", "gui", "import attendees", "import agreements"])
    assert told == {"seating": {"--event", "--layout", "--bogus"}, "gui": set()}
    both = documented(
        "```\n  import attendees|agreements ... [--sheet S]\n```\n", ["import attendees", "import agreements"]
    )
    assert both == {"import attendees": {"--sheet"}, "import agreements": {"--sheet"}}
