#!/usr/bin/env bash
# Remove debug symbols from a built bundle's shared libraries (libpython 23 → 6 MB, the
# SQLCipher module 21 → 8 MB, Pillow's core 3.5 → 0.8 MB). The libraries auditwheel copied into
# a wheel's `*.libs` folder (numpy's OpenBLAS, Pillow's codecs) are left alone: patchelf rewrote
# their layout and strip (binutils' and LLVM's alike) breaks it ("ELF load command
# address/offset not page-aligned"). The modules that load them, with an RPATH into `*.libs`,
# strip fine.
set -euo pipefail
bundle="${1:?usage: strip_bundle.sh BUNDLE_DIR}"
find "$bundle" -type f -name '*.so*' -not -path '*.libs/*' -print0 |
while IFS= read -r -d '' lib; do
    file -b "$lib" | grep -q 'not stripped' || continue
    strip --strip-unneeded "$lib"
done
