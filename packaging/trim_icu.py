"""Replace a bundle's ICU data library (libicudata.so.NN, 32 MB) with one holding only what Qt
asks ICU for (about 9 MB): `python packaging/trim_icu.py BUNDLE_DIR`.

Qt Core links ICU unconditionally (DT_NEEDED libicui18n, libicuuc, libicudata), so the library
must stay; but Qt only calls ICU's converters (ucnv_*), case mapping (u_strTo*, built into
libicuuc), calendars and time-zone names (ucal_*) and collation (ucol_*): `objdump -T
libQt6Core.so.6 | grep _NN`. Everything else in the data (break-iterator dictionaries,
transliterators, unit, currency, language and region names, spelled-out numbers, StringPrep
profiles, character names, multi-byte legacy converters) is never read. A missing item is a
plain ICU error (U_MISSING_RESOURCE_ERROR), never a crash.

The data is ICU's "common data" package (a DataHeader, then a table of contents of
name/offset pairs, sorted by name, then each item 16-byte aligned): the same file `icupkg`
writes, rebuilt here without icupkg. The new library exports the same unversioned symbol
(icudtNN_dat) and soname, built with binutils' `as` and `ld` (no compiler needed).
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Folders of the data tree nothing Qt calls reads.
DROPPED_TREES = ("brkitr/", "translit/", "unit/", "curr/", "lang/", "region/", "rbnf/")
DROPPED_SUFFIXES = (".spp", ".cfu")  # StringPrep profiles, spoof-checker confusables
DROPPED_FILES = ("unames.icu", "uemoji.icu", "ulayout.icu")  # u_charName, emoji and layout props
# Time-zone display names: the root formats ("GMT+02:00") and the app's own languages only.
ZONE_KEPT = ("zone/root.res", "zone/pool.res", "zone/res_index.res", "zone/en.res", "zone/es.res")
# Converters: the single-byte tables (Windows, ISO-8859, DOS, EBCDIC code pages) are a few KB
# each and stay; the multi-byte East Asian tables and their extensions (5 MB) are left out.
PAD = b"\xaa"  # what icupkg pads with


def single_byte(converter: bytes) -> bool:
    """A .cnv item's maxBytesPerChar is 1 (UConverterStaticData, after the item's DataHeader:
    structSize, name[60], codepage, platform, conversionType, minBytesPerChar, maxBytesPerChar)."""
    header_size = struct.unpack_from("<H", converter, 0)[0]
    return converter[header_size + 71] == 1


def kept(name: str, item: bytes) -> bool:
    """Whether an item (``icudtNNl/...``, with its bytes) stays in the data."""
    path = name.split("/", 1)[1]
    if path.startswith(DROPPED_TREES) or path.endswith(DROPPED_SUFFIXES) or path in DROPPED_FILES:
        return False
    if path.startswith("zone/"):
        return path in ZONE_KEPT
    if path.endswith(".cnv"):
        return single_byte(item)
    return True


def items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, item) pairs, in table order."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in toc[1:]] + [len(data) - header_size]
    result = []
    for (name_offset, offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        result.append((name, data[header_size + offset:header_size + end]))
    return data[:header_size], result


def package(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ``entries`` (already in name order)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _item in entries)
    toc_size = 4 + 8 * len(entries)
    names_end = toc_size + len(names)
    first = names_end + (-(len(header) + names_end) % 16)  # items 16-byte aligned in the file
    toc, body, name_offset, offset = [struct.pack("<I", len(entries))], [], toc_size, first
    for name, item in entries:
        toc.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = item + PAD * (-len(item) % 16)
        body.append(padded)
        offset += len(padded)
    return header + b"".join(toc) + names + PAD * (first - names_end) + b"".join(body)


def symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (icudtNN_dat, in .rodata)."""
    dynsym = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True,
                            check=True).stdout
    match = re.search(r"^([0-9a-f]+)\s.*\s([0-9a-f]+)\s+(icudt\d+_dat)$", dynsym, re.M)
    if match is None:
        raise ValueError(f"no icudt*_dat symbol in {library}")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True,
                              check=True).stdout
    for line in sections.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[1] == ".rodata":
            vma, file_offset = int(parts[3], 16), int(parts[5], 16)
            return name, address - vma + file_offset, size
    raise ValueError(f"no .rodata in {library}")


def build_library(data: bytes, symbol_name: str, soname: str, out: Path) -> None:
    """A shared library exporting ``data`` as ``symbol_name``, like ICU's own data library."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "data.bin").write_bytes(data)
        (work / "data.s").write_text(
            '.section .note.GNU-stack,"",@progbits\n'
            '.section .rodata\n'
            f".globl {symbol_name}\n.type {symbol_name}, @object\n.balign 16\n"
            f'{symbol_name}:\n.incbin "data.bin"\n.size {symbol_name}, . - {symbol_name}\n')
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=work, check=True)
        subprocess.run(["ld", "-shared", "-z", "noexecstack", "--hash-style=both", "-soname",
                        soname, "-o", str(out), "data.o"], cwd=work, check=True)


def trim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` in place; its size before and after."""
    before = library.stat().st_size
    name, offset, size = symbol(library)
    header, entries = items(library.read_bytes()[offset:offset + size])
    data = package(header, [(n, item) for n, item in entries if kept(n, item)])
    rebuilt = library.with_name(library.name + ".new")
    build_library(data, name, library.name, rebuilt)
    rebuilt.replace(library)
    return before, library.stat().st_size


def main(bundle: str) -> None:
    libraries = [p for p in Path(bundle).rglob("libicudata.so.*") if not p.is_symlink()]
    for library in libraries:
        before, after = trim(library)
        print(f"{library.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1])
