#!/usr/bin/env bash
# Remove debug symbols from a built bundle's shared libraries (libpython 23 → 6 MB, the
# SQLCipher module 21 → 8 MB). Libraries a wheel's auditwheel patched (an RPATH into a
# `*.libs` folder, or living in one) are left alone: strip breaks their layout ("ELF load
# command address/offset not page-aligned").
set -euo pipefail
bundle="${1:?usage: strip_bundle.sh BUNDLE_DIR}"
find "$bundle" -type f -name '*.so*' -not -path '*.libs/*' -print0 |
while IFS= read -r -d '' lib; do
    file -b "$lib" | grep -q 'not stripped' || continue
    objdump -p "$lib" 2>/dev/null | grep -Eq '(RPATH|RUNPATH).*\.libs' && continue
    strip --strip-unneeded "$lib"
done
