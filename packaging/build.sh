#!/usr/bin/env bash
# `make bundle`: the trimmed one-folder PyInstaller bundle in DIST/RecoveryDesk (default dist/),
# from the project's venv, with numpy built without OpenBLAS (packaging/numpy_noblas.sh, cached
# after the first build), debug symbols stripped, Pillow on the computer's libxcb
# (packaging/host_xcb.py), ICU's data cut to what Qt uses (packaging/trim_icu.py) and the
# licences beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="$(realpath -m "${1:-dist}")"
make .venv/.installed-stamp >/dev/null
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/package.lock
# The window's languages: each .ts compiled into the .qm the bundle carries (not in git).
.venv/bin/python tools/translations.py compile
# The small numpy comes first on the path for the analysis and the licences (the venv's own
# numpy, from PyPI, stays as it is for the tests).
numpy_dir="$(packaging/numpy_noblas.sh)"
PYTHONPATH="$numpy_dir" .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath "$dist" \
    --workpath "$dist/.build" packaging/recoverydesk.spec
packaging/strip_bundle.sh "$dist/RecoveryDesk"
.venv/bin/python packaging/host_xcb.py "$dist/RecoveryDesk"
.venv/bin/python packaging/trim_icu.py "$dist/RecoveryDesk"
PYTHONPATH="$numpy_dir" .venv/bin/python packaging/licences.py "$dist/RecoveryDesk/licences"
cp LICENSE "$dist/RecoveryDesk/LICENSE"
rm -rf "$dist/.build"
echo "Built $dist/RecoveryDesk ($(du -sh "$dist/RecoveryDesk" | cut -f1))"
