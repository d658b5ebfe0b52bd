"""Every command's ``--help`` shows an example, every example is a valid command line, errors say
what to do, and shell completion works (it is documented in README)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest

from pgsnapdiff.cli import main
from tests.dbkit import run_cli

COMMANDS = sorted(main.commands)
EXE = str(Path(sys.executable).parent / "pgsnapdiff")  # the installed script: completion keys on its name


def example_lines(help_text: str) -> list[str]:
    """The lines under an ``Example:``/``Examples:`` heading that run pgsnapdiff."""
    lines, inside = [], False
    for line in help_text.splitlines():
        if re.match(r"\s*Examples?\b.*:\s*$", line):
            inside = True
        elif inside and line.strip().startswith("pgsnapdiff "):
            lines.append(line.strip())
        elif inside and not line.strip():
            inside = False
    return lines


def check_command_line(line: str) -> None:
    """Parse one shell line's pgsnapdiff invocations with click, as the real CLI would (without
    running them): unknown options, bad choices or missing arguments fail here."""
    words = shlex.split(line, comments=True)
    while words:
        if words[0] == "pgsnapdiff":
            end = next((i for i, w in enumerate(words) if w in ("|", ">", "&&", ";")), len(words))
            args, words = words[1:end], words[end + 1:]
            command = main.commands.get(args[0]) if args else None
            assert command is not None, f"{line}: no such command {args[:1]}"
            with command.make_context(args[0], args[1:], parent=click.Context(main, info_name="pgsnapdiff")):
                pass
        else:
            words = words[1:]


def test_every_command_has_help_with_examples_that_parse() -> None:
    assert {"diff", "apply", "snapshot", "doctor", "demo"} <= set(COMMANDS)
    for name in [None, *COMMANDS]:
        result = run_cli(*([name] if name else []), "--help")
        assert result.exit_code == 0, name
        examples = example_lines(result.stdout)
        assert examples, f"`pgsnapdiff {name or ''} --help` shows no example"
        for line in examples:
            check_command_line(line)


def test_the_checker_rejects_bad_examples() -> None:
    for bad in ["pgsnapdiff diff a b --format xml", "pgsnapdiff diff", "pgsnapdiff frobnicate",
                "pgsnapdiff diff a b --no-such-option"]:
        with pytest.raises((click.UsageError, AssertionError)):
            check_command_line(bad)


@pytest.mark.parametrize("args, hint", [
    (["diff", "ref.sql"], "pass a postgresql:// URL or a target name"),
    (["diff", "ref.sql", "cur.sql", "--apply"], "drop --apply for a dry run"),
    (["diff", "missing.sql", "cur.sql"], "give a .sql file, a snapshot or a postgresql:// URL"),
    (["apply", "missing.json"], "--plan-out missing.json"),
])
def test_errors_are_one_line_and_say_what_to_do(tmp_path, monkeypatch, args, hint) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    (tmp_path / "ref.sql").write_text("-- pgsnapdiff snapshot\nCREATE TABLE public.t (id integer);\n")
    (tmp_path / "cur.sql").write_text("-- PostgreSQL database dump\nCREATE TABLE public.t (id integer);\n")
    result = run_cli(*args)
    assert result.exit_code in (1, 2), result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pgsnapdiff: error: "), result.stderr
    assert hint in lines[0]


def test_contradicting_options_name_the_fix() -> None:
    result = run_cli("diff", "a.sql", "b.sql", "--apply", "--dry-run")
    assert result.exit_code == 2
    assert "give one (a dry run is the default)" in result.stderr


def test_shell_completion_completes_commands_and_choices(tmp_path) -> None:
    def complete(words: str, cword: int) -> list[str]:
        env = {**os.environ, "COMP_WORDS": words, "COMP_CWORD": str(cword),
               "_PGSNAPDIFF_COMPLETE": "bash_complete"}
        done = subprocess.run([EXE], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
        return done.stdout.split()

    assert "plain,diff" in complete("pgsnapdiff di", 1)
    assert "plain,markdown" in complete("pgsnapdiff diff a b --format ", 5)
    env = {**os.environ, "_PGSNAPDIFF_COMPLETE": "bash_source"}
    script = subprocess.run([EXE], env=env, capture_output=True, text=True, timeout=60).stdout
    assert "complete -o nosort -F _pgsnapdiff_completion pgsnapdiff" in script
