"""Copy the licences of every third-party package the app ships into a folder of the bundle.

Reads the package names from requirements/app.lock (what the app installs) and, for each,
the licence files its installed distribution carries, plus a summary (THIRD-PARTY.txt).
Run with the venv's Python: `python packaging/licences.py OUT_DIR`.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENCE_NAME = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def shipped_packages() -> list[str]:
    lock = (ROOT / "requirements" / "app.lock").read_text(encoding="utf-8")
    return sorted({m.group(1) for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", lock, re.MULTILINE)})


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0] if text else "see the files"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    summary = ["Third-party software in this bundle, with its licence.", ""]
    for name in shipped_packages():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a package for another platform (the lock is universal)
        copied = 0
        for file in dist.files or []:
            if LICENCE_NAME.search(str(file)):
                target = out / f"{dist.metadata['Name']}-{Path(str(file)).name}"
                target.write_bytes(Path(str(file.locate())).read_bytes())
                copied += 1
        summary.append(f"{dist.metadata['Name']} {dist.version}: {licence_of(dist)}"
                       + ("" if copied else " (no licence file in the package)"))
    # PySide6's wheels carry no licence file: Qt and PySide6 are used under the LGPL-3.0
    # (its text, and LICENSE beside the bundle for the GPL-3.0 it builds on).
    lgpl = ROOT / "packaging" / "third-party" / "LGPL-3.0.txt"
    (out / "PySide6-Qt-LGPL-3.0.txt").write_bytes(lgpl.read_bytes())
    summary += ["", "Qt and PySide6 are used under the LGPL-3.0: PySide6-Qt-LGPL-3.0.txt."]
    (out / "THIRD-PARTY.txt").write_text("\n".join(summary) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
