"""Hypothesis fuzzing: every command's arguments, and every parser of outside input (the key
file, device.json, settings values, recovery keys, a WAL, import files). Nothing may end
in a traceback: a known exit code, or the parser's own refusal."""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoverydesk import cli
from recoverydesk import settings as app_settings
from recoverydesk.storage.errors import KnownError
from recoverydesk.storage.keyheader import HeaderFormatError, KeyHeader
from tests.reliability.support import KNOWN_EXIT_CODES, SOAK, run_cli

EXAMPLES = 400 if SOAK else 25
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not SOAK,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                  max_size=4),
    max_leaves=12)


# -- parsers of outside input ---------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=600) | json_values.map(lambda v: json.dumps(v).encode()))
def test_the_key_file_parser_refuses_cleanly(raw):
    try:
        header = KeyHeader.from_json(raw)
    except HeaderFormatError:
        return
    assert header.kdf.within_accepted_bounds()


@FUZZ
@given(st.dictionaries(st.sampled_from(["magic", "format", "vault_id", "kdf", "x"]),
                       json_values, max_size=5))
def test_the_key_file_parser_refuses_any_shape_but_its_own(data):
    with pytest.raises(HeaderFormatError):
        KeyHeader.from_json(json.dumps(data).encode())


@FUZZ
@given(raw=st.binary(max_size=400) | json_values.map(lambda v: json.dumps(v).encode()))
def test_device_settings_always_give_usable_values(tmp_path, raw):
    from recoverydesk.storage.settings_store import DeviceSettings

    path = tmp_path / "device.json"
    path.write_bytes(raw)
    device = DeviceSettings(path)
    for setting in app_settings.ALL:
        if setting.scope is app_settings.Scope.DEVICE:
            assert isinstance(device.get(setting), type(setting.default))
    assert path.read_bytes() == raw


@FUZZ
@given(json_values)
def test_every_setting_coerces_anything_to_its_own_type(value):
    for setting in app_settings.ALL:
        assert isinstance(setting.coerce(value), type(setting.default))


@FUZZ
@given(st.text(max_size=120))
def test_a_typed_recovery_key_is_a_key_or_a_kind_refusal(text):
    from recoverydesk.storage.recovery_key import parse_recovery_key

    with contextlib.suppress(KnownError):
        assert len(parse_recovery_key(text)) == 32


@FUZZ
@given(st.binary(max_size=5000))
def test_any_wal_file_is_read_without_error(tmp_path, raw):
    from recoverydesk.storage.database import wal_problem

    db = tmp_path / "recoverydesk.db"
    (tmp_path / "recoverydesk.db-wal").write_bytes(raw)
    assert wal_problem(db) is None or "wal" in wal_problem(db).lower()


@FUZZ
@given(source=st.sampled_from(["recoverydesk", "daylio", "jrnl"]),
       raw=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode())
       | st.text(max_size=300).map(str.encode))
def test_import_files_are_planned_or_refused_kindly(unlocked_vault, tmp_path, source, raw):
    from recoverydesk import exchange

    path = tmp_path / "import.file"
    path.write_bytes(raw)
    with contextlib.suppress(KnownError):
        exchange.plan_import(source, unlocked_vault.connection, path)


@FUZZ
@given(header=json_values | st.fixed_dictionaries(
    {"format": st.just(1), "protected_by": st.sampled_from(["vault", "backup passphrase"]),
     "key_header": json_values, "created_at": json_values, "schema_version": json_values,
     "database_bytes": json_values, "mac_salt": json_values}),
    tail=st.binary(max_size=80))
def test_backup_headers_are_read_or_refused_kindly(tmp_path, header, tail):
    import struct

    from recoverydesk.storage import backup

    raw = json.dumps(header).encode()
    path = tmp_path / "fuzzed.rdbackup"
    path.write_bytes(backup.MAGIC + struct.pack(">I", len(raw)) + raw + tail)
    try:
        found = backup.read_backup(path)
    except KnownError:
        return
    assert found.key_header.kdf.within_accepted_bounds()


# -- every command's arguments --------------------------------------------------------------


def _commands(parser: argparse.ArgumentParser, prefix=()):
    """(words, subparser) for every command and action."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = list(_commands(sub, (*prefix, name)))
                yield from inner or [((*prefix, name), sub)]


SKIPPED = {("init",)}  # its own tests: it calibrates the KDF (seconds per run)
COMMANDS = [(words, sub) for words, sub in _commands(cli.build_parser())
            if words not in SKIPPED]
PATH_OPTIONS = {"--out", "path", "--data-dir"}
ODD_TEXT = st.sampled_from(["", " ", "-1", "0", "5", "99999999999999999999", "²", "٣", "1e309",
                            "nan", "2026-02-30", "0001-01-01", "9999-12-31T23:59", "2026-W99",
                            "self-harm=9", "=3", "a=b=c", "--", "-", "\t", "é"]) | st.text(
    max_size=15)


def _argv(draw, words, sub, safe_paths):
    argv = list(words)
    for action in sub._actions:
        names = action.option_strings or [action.dest]
        name = names[0]
        if name in ("-h", "--passphrase-fd", "--data-dir") or not draw(st.booleans()):
            continue
        if name in PATH_OPTIONS or action.dest == "path":
            value = draw(st.sampled_from(safe_paths))
        elif action.choices and draw(st.booleans()):
            value = draw(st.sampled_from(list(action.choices)))
        else:
            value = draw(ODD_TEXT)
        if action.nargs == 0:
            argv.append(name)
        elif action.option_strings:
            argv += [name, value]
        else:
            argv.append(value)
    return argv


@pytest.fixture(scope="module")
def fuzz_vault(template_vault):
    return template_vault[0]


@pytest.mark.parametrize(("words", "sub"), COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_every_command_ends_in_a_known_exit_code(words, sub, fuzz_vault, tmp_path):
    folder = tmp_path / "vault"
    shutil.copytree(fuzz_vault, folder)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "existing.txt").write_text("x")
    safe_paths = ["", str(out_dir), str(out_dir / "new.pdf"), str(out_dir / "existing.txt"),
                  str(out_dir / "missing" / "x.pdf"), str(out_dir / "new-folder")]

    @settings(max_examples=max(5, EXAMPLES // 3), deadline=None, derandomize=not SOAK,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def run(data):
        argv = data.draw(st.composite(lambda draw: _argv(draw, words, sub, safe_paths))())
        result = run_cli([*argv, "--data-dir", str(folder)], stdin=b"piped words\n")
        assert result.code in KNOWN_EXIT_CODES, (argv, result.err)
        assert "Traceback" not in result.err
        for leftover in Path(out_dir).glob(".*.tmp"):
            raise AssertionError(f"temporary file left behind: {leftover}")

    run()
