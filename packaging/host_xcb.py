"""Point a bundle's Pillow at the computer's own libxcb and drop its private copy (2.2 MiB):
`python packaging/host_xcb.py BUNDLE_DIR`.

Pillow's core module (PIL/_imaging) links a renamed libxcb that its wheel carries in
pillow.libs/ (libxcb-HASH.so.1.1.0, with libXau-HASH.so.6 behind it: 2.2 MiB, most of it
padding patchelf left), only for ImageGrab's X11 screenshots, which nothing in the app calls. Yet
the module cannot load without it. Qt's own X11 platform plugin already needs the computer's
libxcb.so.1 (the .deb depends on libxcb1), so the module is pointed at that one: its NEEDED
entry names the library by a string in .dynstr, which is rewritten in place (the new name is
shorter, so it fits, padded with zero bytes). Nothing else of the module changes.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

HOST_NAME = b"libxcb.so.1"
PRIVATE = re.compile(rb"\0(libxcb-[0-9a-f]{8}\.so\.1[0-9.]*)\0")


def dynstr_span(elf: bytes) -> tuple[int, int]:
    """File offset and size of the .dynstr section of a 64-bit little-endian ELF file."""
    if elf[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", elf, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3A)

    def section(index: int) -> tuple[int, int, int]:  # name, offset, size
        base = shoff + index * shentsize
        name = struct.unpack_from("<I", elf, base)[0]
        offset, size = struct.unpack_from("<QQ", elf, base + 0x18)
        return name, offset, size

    names_offset = section(shstrndx)[1]
    for index in range(shnum):
        name, offset, size = section(index)
        if elf[names_offset + name:names_offset + name + 8] == b".dynstr\0":
            return offset, size
    raise ValueError("no .dynstr section")


def relink(module: Path) -> str:
    """Rename the private libxcb in ``module``'s NEEDED entries; the old name."""
    elf = bytearray(module.read_bytes())
    offset, size = dynstr_span(elf)
    match = PRIVATE.search(elf, offset - 1, offset + size)
    if match is None:
        raise ValueError(f"{module.name} names no private libxcb")
    old = match[1]
    elf[match.start(1):match.end(1)] = HOST_NAME.ljust(len(old), b"\0")
    module.write_bytes(elf)
    return old.decode()


def main(bundle: str) -> None:
    internal = Path(bundle) / "_internal"
    (module,) = internal.glob("PIL/_imaging.*.so")
    old = relink(module)
    for private in (*internal.glob("pillow.libs/libxcb-*"), *internal.glob("pillow.libs/libXau-*")):
        private.unlink()
    print(f"{module.name}: {old} -> {HOST_NAME.decode()} (the computer's)")


if __name__ == "__main__":
    main(sys.argv[1])
