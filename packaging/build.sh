#!/usr/bin/env bash
# Build a one-folder bundle in dist/RecoveryDesk with PyInstaller, from the project's venv.
set -euo pipefail
cd "$(dirname "$0")/.."
make .venv/.installed-stamp >/dev/null
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/package.lock
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/recoverydesk.spec
echo "Built dist/RecoveryDesk/recoverydesk"
