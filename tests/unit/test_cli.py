"""The command line, run as a person or a script would: a real process, real files."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess

import pytest

from recoverydesk import __version__
from tests.support.subprocess_env import PYTHON, child_env

PASSPHRASE = "a calm and steady phrase"


@contextlib.contextmanager
def passphrase_pipe(passphrase):
    """A file descriptor a child can read the passphrase from (``--passphrase-fd``)."""
    read_end, write_end = os.pipe()
    os.write(write_end, (passphrase + "\n").encode())
    os.close(write_end)
    try:
        yield read_end
    finally:
        os.close(read_end)


def run_cli(*args, passphrase=None, stdin=subprocess.DEVNULL, input_text=None, env=None):
    """Run ``recoverydesk ARGS``; ``passphrase`` goes in through ``--passphrase-fd``."""
    cmd = [PYTHON, "-m", "recoverydesk", *args]
    if input_text is not None:
        stdin = None
    with contextlib.ExitStack() as stack:
        pass_fds = ()
        if passphrase is not None:
            fd = stack.enter_context(passphrase_pipe(passphrase))
            pass_fds = (fd,)
            cmd += ["--passphrase-fd", str(fd)]
        return subprocess.run(cmd, capture_output=True, text=True, env=child_env(**(env or {})),
                              pass_fds=pass_fds, stdin=stdin, input=input_text, timeout=120)


@pytest.fixture(scope="module")
def initialised(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "vault"
    result = run_cli("init", "--data-dir", str(folder), passphrase=PASSPHRASE)
    return folder, result


@pytest.fixture
def vault_copy(initialised, tmp_path):
    folder, _ = initialised
    copy = tmp_path / "vault"
    shutil.copytree(folder, copy)
    return copy


def test_init_creates_a_vault_and_prints_the_recovery_key(initialised):
    folder, result = initialised
    assert result.returncode == 0, result.stderr
    assert re.search(r"([0-9A-F]{9}-){7}[0-9A-F]{9}", result.stdout)
    assert "shown only now" in result.stdout
    assert (folder / "recoverydesk.db").exists()
    assert PASSPHRASE not in result.stdout + result.stderr


def test_check_opens_and_finds_the_vault_sound(vault_copy):
    result = run_cli("check", "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "opened and is sound" in result.stdout


def test_data_dir_may_come_before_the_command(vault_copy):
    result = run_cli("--data-dir", str(vault_copy), "check", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr


def test_wrong_passphrase_exits_3_with_a_kind_message(vault_copy):
    result = run_cli("check", "--data-dir", str(vault_copy), passphrase="not the phrase")
    assert result.returncode == 3
    assert "didn't open your vault" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_vault_exits_4(tmp_path):
    result = run_cli("check", "--data-dir", str(tmp_path / "none"), passphrase=PASSPHRASE)
    assert result.returncode == 4
    assert "no RecoveryDesk vault" in result.stderr
    assert not (tmp_path / "none").exists()


def test_damaged_vault_exits_5_naming_the_file(vault_copy):
    db = vault_copy / "recoverydesk.db"
    db.write_bytes(db.read_bytes()[:1000])
    result = run_cli("check", "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
    assert result.returncode == 5
    assert str(db) in result.stderr


def test_init_over_an_existing_vault_exits_6_and_changes_nothing(vault_copy):
    before = (vault_copy / "recoverydesk.db").read_bytes()
    result = run_cli("init", "--data-dir", str(vault_copy), passphrase="another phrase here")
    assert result.returncode == 6
    assert (vault_copy / "recoverydesk.db").read_bytes() == before


def test_without_a_terminal_or_fd_it_says_how_to_script_it(vault_copy):
    result = run_cli("check", "--data-dir", str(vault_copy))
    assert result.returncode == 1
    assert "--passphrase-fd" in result.stderr


def test_too_short_passphrase_is_refused_at_init(tmp_path):
    result = run_cli("init", "--data-dir", str(tmp_path / "v"), passphrase="short")
    assert result.returncode == 2  # the answer was not usable: argparse's usage code
    assert "at least 8 characters" in result.stderr
    assert not (tmp_path / "v" / "recoverydesk.db").exists()


def test_version_and_no_passphrase_on_the_command_line():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"RecoveryDesk {__version__}"
    refused = run_cli("check", "--passphrase", "x")
    assert refused.returncode == 2


def test_safety_plan_command_writes_the_pdf_without_excluded_sections(vault_copy, tmp_path):
    from pypdf import PdfReader

    from recoverydesk.safety_plan import PlanItem, SafetyPlan
    from recoverydesk.storage.safety_plan_store import SafetyPlanStore
    from recoverydesk.storage.vault import Vault

    vault = Vault(vault_copy)
    vault.unlock(PASSPHRASE)
    plan = SafetyPlan().with_items("coping", [PlanItem("Listen to the rain")]).with_items(
        "reasons", [PlanItem("My niece")])
    SafetyPlanStore(vault.connection).save(plan)
    vault.lock()
    out = tmp_path / "plan.pdf"
    result = run_cli("safety-plan", "--data-dir", str(vault_copy), "--out", str(out),
                     "--exclude", "reasons", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "will not be encrypted" in result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "Listen to the rain" in text
    assert "My niece" not in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_safety_plan_command_prints_the_countrys_lines_but_not_hidden_ones(vault_copy,
                                                                          tmp_path):
    from pypdf import PdfReader

    from recoverydesk import settings
    from recoverydesk.crisis import load_directory
    from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
    from recoverydesk.storage.settings_store import DeviceSettings
    from recoverydesk.storage.vault import Vault

    DeviceSettings(vault_copy / "device.json").set(settings.COUNTRY, "ZA")
    vault = Vault(vault_copy)
    vault.unlock(PASSPHRASE)
    support = next(line for line in load_directory().lines_for("ZA") if line.kind == "support")
    CrisisLinePrefs(vault.connection).hide(support)
    vault.lock()
    out = tmp_path / "plan.pdf"
    result = run_cli("safety-plan", "--data-dir", str(vault_copy), "--out", str(out),
                     passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "call 112" in text
    assert "call 10177" in text
    assert "SADAG Suicide Crisis" in text
    assert support.phone not in text
    assert "Checked on" in text


def test_checkin_command_records_everything(vault_copy):
    from recoverydesk.storage.checkin_store import CheckInStore
    from recoverydesk.storage.vault import Vault

    result = run_cli("checkin", "--data-dir", str(vault_copy), "--mood", "3", "--urge",
                     "self-harm=2", "--acted", "drugs or alcohol", "--emotion", "shame=4",
                     "--distress", "6", "--skill", "TIPP", "--sleep", "6.5", "--medication",
                     "yes", "--note", "long day", "--at", "2026-11-20T21:30",
                     passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    vault = Vault(vault_copy)
    vault.unlock(PASSPHRASE)
    [saved] = CheckInStore(vault.connection)._load("", ())
    vault.lock()
    assert (saved.mood, saved.distress, saved.sleep_hours, saved.medication, saved.note) == (
        3, 6, 6.5, True, "long day")
    assert [(u.target, u.level, u.acted) for u in saved.urges] == [
        ("self-harm", 2, False), ("drugs or alcohol", None, True)]
    assert saved.emotions == {"shame": 4}
    assert saved.skills == {"TIPP"}
    assert saved.at.strftime("%Y-%m-%d %H:%M") == "2026-11-20 21:30"


@pytest.mark.parametrize("bad, message", [
    (["--mood", "9"], "--mood goes from 0 to 5"),
    (["--urge", "self-harm"], "--urge takes NAME=NUMBER"),
    (["--at", "yesterday"], "isn't a time"),
])
def test_checkin_mistakes_are_explained(vault_copy, bad, message):
    result = run_cli("checkin", "--data-dir", str(vault_copy), *bad, passphrase=PASSPHRASE)
    assert result.returncode == 2
    assert message in result.stderr


def test_journal_add_from_argument_stdin_and_editor_then_search_and_list(vault_copy, tmp_path):
    data = ["--data-dir", str(vault_copy)]
    first = run_cli("journal", "add", "The heron was back at the pond", "--title", "Heron",
                    "--tag", "outside", *data, passphrase=PASSPHRASE)
    assert first.returncode == 0, first.stderr
    piped = run_cli("journal", "add", *data, passphrase=PASSPHRASE,
                    input_text="Rain all day. Stayed in with a book.\n")
    assert piped.returncode == 0, piped.stderr
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\necho 'Written in my editor about the pond' > \"$1\"\n")
    editor.chmod(0o700)
    script = tmp_path / "tty_add.py"
    script.write_text(
        "import os, pty, sys\n"
        "pid, fd = pty.fork()\n"
        "if pid == 0:\n"
        "    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)\n"
        "out = b''\n"
        "while True:\n"
        "    try:\n"
        "        chunk = os.read(fd, 1024)\n"
        "    except OSError:\n"
        "        break\n"
        "    if not chunk:\n"
        "        break\n"
        "    out += chunk\n"
        "_, status = os.waitpid(pid, 0)\n"
        "sys.stdout.write(out.decode())\n"
        "sys.exit(os.waitstatus_to_exitcode(status))\n")
    with passphrase_pipe(PASSPHRASE) as fd:
        via_editor = subprocess.run(
            [PYTHON, str(script), PYTHON, "-m", "recoverydesk", "journal", "add", *data,
             "--passphrase-fd", str(fd)], capture_output=True, text=True,
            env=child_env(EDITOR=str(editor)), pass_fds=(fd,), timeout=120)
    assert via_editor.returncode == 0, via_editor.stdout + via_editor.stderr

    found = run_cli("journal", "search", "pond", *data, passphrase=PASSPHRASE)
    assert found.returncode == 0, found.stderr
    assert "Heron" in found.stdout
    assert "[pond]" in found.stdout
    assert "Written in my editor about the [pond]" in found.stdout
    assert "Rain" not in found.stdout
    listed = run_cli("journal", "list", *data, passphrase=PASSPHRASE)
    assert listed.stdout.count("\n    ") == 3
    nothing = run_cli("journal", "search", "volcano", *data, passphrase=PASSPHRASE)
    assert "Nothing found." in nothing.stdout


def test_journal_with_the_wrong_passphrase_or_no_vault(vault_copy, tmp_path):
    wrong = run_cli("journal", "list", "--data-dir", str(vault_copy), passphrase="nope nope")
    assert wrong.returncode == 3
    missing = run_cli("journal", "search", "x", "--data-dir", str(tmp_path / "none"),
                      passphrase=PASSPHRASE)
    assert missing.returncode == 4


def test_cli_commands_import_no_qt(vault_copy):
    code = ("import sys\n"
            "sys.argv = ['recoverydesk', 'journal', 'list', '--data-dir', sys.argv[1], "
            "'--passphrase-fd', sys.argv[2]]\n"
            "from recoverydesk.__main__ import main\n"
            "rc = main(sys.argv[1:])\n"
            "print('QT', any(m.startswith('PySide6') for m in sys.modules))\n")
    with passphrase_pipe(PASSPHRASE) as fd:
        result = subprocess.run([PYTHON, "-c", code, str(vault_copy), str(fd)],
                                capture_output=True, text=True, env=child_env(),
                                pass_fds=(fd,), timeout=120)
    assert "QT False" in result.stdout, result.stderr


def test_goals_list_and_review(vault_copy):
    from datetime import date, datetime, timedelta

    from recoverydesk.goals import Goal, GoalState, Measure, MeasureKind, Step
    from recoverydesk.storage.goal_store import GoalStore
    from recoverydesk.storage.vault import Vault

    vault = Vault(vault_copy)
    vault.unlock(PASSPHRASE)
    store = GoalStore(vault.connection)
    now = datetime.now().astimezone()
    walking = store.save(Goal(title="Walk after lunch", steps=(Step("Find shoes"),),
                              review_date=date.today() - timedelta(days=1),
                              measure=Measure(MeasureKind.MANUAL, 10, False, "walks", 3)), now)
    done = store.save(Goal(title="Finish my plan"), now)
    store.set_state(done.id, GoalState.ACHIEVED, now)
    vault.lock()
    data = ["--data-dir", str(vault_copy)]

    listed = run_cli("goals", "list", *data, passphrase=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert f"{walking.id}  Walk after lunch (active)" in listed.stdout
    assert "So far: 3 of 10 walks." in listed.stdout
    assert "Next step: Find shoes" in listed.stdout
    assert "Time to look at this goal?" in listed.stdout
    assert "Finish my plan" not in listed.stdout
    everything = run_cli("goals", "list", "--all", *data, passphrase=PASSPHRASE)
    assert "Finish my plan (achieved)" in everything.stdout

    reviewed = run_cli("goals", "review", str(walking.id), "--note", "Two walks in the rain",
                       "--next-step", "Ask Sam to come along", *data, passphrase=PASSPHRASE)
    assert reviewed.returncode == 0, reviewed.stderr
    assert "Review kept for “Walk after lunch”" in reviewed.stdout
    vault.unlock(PASSPHRASE)
    goal = GoalStore(vault.connection).get(walking.id)
    vault.lock()
    [review] = goal.reviews
    assert (review.note, review.next_step) == ("Two walks in the rain", "Ask Sam to come along")
    assert goal.review_date == date.today() + timedelta(weeks=2)
    assert [s.text for s in goal.steps] == ["Find shoes", "Ask Sam to come along"]
    after = run_cli("goals", "list", *data, passphrase=PASSPHRASE)
    assert "Time to look at this goal?" not in after.stdout


@pytest.mark.parametrize("args, code, message", [
    (["review", "999", "--note", "hello"], 2, "There's no goal number 999"),
    (["review", "1"], 2, "The review is empty"),
    (["review", "1", "--note", "x", "--look-again", "soon"], 2, "isn't a date"),
    (["review", "one", "--note", "x"], 2, "'one' isn't a whole number"),
])
def test_goals_mistakes_are_explained(vault_copy, args, code, message):
    result = run_cli("goals", *args, "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_goals_with_the_wrong_passphrase_or_no_goals(vault_copy):
    wrong = run_cli("goals", "list", "--data-dir", str(vault_copy), passphrase="nope nope")
    assert wrong.returncode == 3
    empty = run_cli("goals", "list", "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
    assert empty.returncode == 0
    assert "No goals yet" in empty.stdout
