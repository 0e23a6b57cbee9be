"""The README stays true: its commands exist, its queries exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
from click.testing import CliRunner

from kg.cli import cli
from kg.queries import load_queries

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_first_screen_has_the_two_commands():
    first = README[:2500]
    assert "pip install -e '.[model,test]'" in first and "kg extract kg/examples/" in first
    assert "scripts/test" in first
    assert (Path(__file__).parent.parent / "kg/examples/example-readout.txt").is_file()


def test_every_kg_command_in_the_readme_parses():
    blocks = "\n".join(re.findall(r"```bash\n(.*?)```", README, flags=re.S))
    commands = re.findall(r"^(kg [^\n#]+?)\s*(?:#.*)?$", blocks, flags=re.M)
    commands += re.findall(r"&& (kg extract [^&\n]+)", README)
    assert len(commands) >= 8
    for line in commands:
        args = shlex.split(line)[1:]
        # ask for --help on the subcommand: parses the name without running it
        sub = cli.commands[args[0]]
        name = args[:2] if isinstance(sub, click.Group) and args[1:2] and \
            args[1] in sub.commands else args[:1]
        res = CliRunner().invoke(cli, [*name, "--help"])
        assert res.exit_code == 0, line
        opts = {o for o in args if o.startswith("-")}
        for opt in opts:
            assert opt.split("=")[0] in res.output, (line, opt)


def test_every_query_is_in_the_readme():
    for name in load_queries():
        assert f"`{name}`" in README, name
