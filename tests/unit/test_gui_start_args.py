"""Starting the app with no command reads its few options without building the command
line's tree of commands, and reads them as the whole parser would."""

from __future__ import annotations

import subprocess

import pytest

from recoverydesk import cli
from recoverydesk.__main__ import gui_args
from tests.support.subprocess_env import PYTHON, child_env

APP_STARTS = [
    [],
    ["--data-dir", "/tmp/some vault"],
    ["--data-dir=/tmp/v"],
    ["--data-dir="],
    ["--quit-after-start", "--data-dir", "a", "--data-dir", "b"],
    ["--data-dir", ""],
    ["--pseudo", "--data-dir", "v"],
]


@pytest.mark.parametrize("argv", APP_STARTS)
def test_the_app_start_reads_as_the_whole_parser_does(argv):
    assert vars(gui_args(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["--help"], ["--version"], ["check"], ["journal", "list"], ["--data-dir"],
    ["--data-dir", "-x"], ["--", "check"], ["--quit"], ["--data-dir", "v", "init"],
])
def test_anything_else_goes_to_the_whole_parser(argv):
    assert gui_args(argv) is None


def test_the_window_opens_without_the_command_line_module(tmp_path):
    code = ("import sys\n"
            "from recoverydesk.__main__ import main\n"
            "rc = main(['--data-dir', sys.argv[1], '--quit-after-start'])\n"
            "print('CLI', 'recoverydesk.cli' in sys.modules, 'RC', rc)\n")
    result = subprocess.run([PYTHON, "-c", code, str(tmp_path / "vault")], capture_output=True,
                            text=True, env=child_env(), timeout=120)
    assert "first-window-shown" in result.stdout, result.stderr
    assert "CLI False RC 0" in result.stdout, result.stderr
