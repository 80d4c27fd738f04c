#!/usr/bin/env bash
# Print a folder holding numpy built without OpenBLAS, for the bundle (build.sh puts it first
# on the path while PyInstaller collects): `packaging/numpy_noblas.sh`.
#
# PyPI's numpy wheels carry OpenBLAS (24 MiB, and libgfortran beside it) that the app never
# needs: the charts only ask numpy for small arrays and matplotlib's 3×3 transform inverses.
# This builds the locked numpy from its source release (its hash checked against
# requirements/package.lock) with numpy's own small BLAS/LAPACK fallback (lapack_lite), no CPU
# dispatch beyond the baseline, and no SVML or x86-simd-sort kernels: about 30 MiB smaller.
# Built once per numpy version and recipe, then taken from the cache (RECOVERYDESK_BUILD_CACHE,
# else ~/.cache/recoverydesk-build): about 5 minutes of CPU on a fresh machine. Needs a C and
# C++ compiler (gcc, g++) and Python's headers; the build tools are pinned in
# packaging/numpy-build-constraints.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
setup_args=(
    -Dallow-noblas=true -Dblas=none -Dlapack=none
    -Dcpu-dispatch=none -Ddisable-svml=true -Ddisable-intel-sort=true -Ddisable-highway=true
)
constraints=packaging/numpy-build-constraints.txt

requirement="$(mktemp)"
trap 'rm -f "$requirement"' EXIT
# The numpy entries of the lock (one per Python version range), with every file's hash, and
# the build flags on each (pip passes --config-settings from its command line only to
# requirements named there, not to those of a -r file).
settings="$(printf ' --config-settings setup-args=%s' "${setup_args[@]}")"
awk -v settings="$settings" '/^numpy==/ {keep = 1}
    keep && /\\$/ {print; next}
    keep {print $0 settings; keep = 0}' requirements/package.lock > "$requirement"
python_tag=$("$python" -c 'import sys; print(sys.implementation.cache_tag)')
key=$(cat "$requirement" "$constraints" <(printf '%s\n' "$python_tag" "${setup_args[@]}") |
      sha256sum | cut -c1-16)
cache="${RECOVERYDESK_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/recoverydesk-build}"
site="$cache/numpy-noblas-$key"

if [ ! -f "$site/.complete" ]; then
    for tool in cc c++; do
        command -v "$tool" >/dev/null || {
            echo "numpy_noblas.sh: needs a C and C++ compiler (apt-get install g++)" >&2; exit 1; }
    done
    rm -rf "$site"
    mkdir -p "$site/wheel"
    echo "Building numpy without OpenBLAS (once; cached in $site)" >&2
    PIP_CONSTRAINT="$(realpath "$constraints")" "$python" -m pip wheel --quiet \
        --disable-pip-version-check --no-deps --no-binary numpy --require-hashes \
        -r "$requirement" -w "$site/wheel" >&2
    "$python" -m pip install --quiet --disable-pip-version-check --no-deps \
        --target "$site/lib" "$site"/wheel/numpy-*.whl >&2
    touch "$site/.complete"
fi
echo "$site/lib"
