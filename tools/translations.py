"""The window's translations: extract, pseudo-translate, compile.

    python tools/translations.py update    # every tr() text of src/recoverydesk/ui into the .ts
    python tools/translations.py pseudo    # recoverydesk_pseudo.ts made from the Spanish .ts
    python tools/translations.py compile   # every .ts into its .qm (the bundle needs them)
    python tools/translations.py all       # the three, in that order
    python tools/translations.py check     # exit 1 if `update` would change a committed .ts

lupdate and lrelease ship in the PySide6 wheel. The Spanish file is written by hand (Qt
Linguist or any editor); ``update`` keeps what is written and marks new texts unfinished.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from recoverydesk import i18n
from recoverydesk.ui import translation

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "recoverydesk" / "ui"
TOOLS = Path(PySide6.__file__).parent
WRITTEN = ("es",)  # languages written by people; pseudo is made from the source texts
# English is the source text; its file holds only the plural forms ("%n minute(s)" →
# "%n minute" / "%n minutes"), filled here from the "(s)" of the source.
ENGLISH = "en"

# What a text must keep, and the pseudo-translation: the core's, shared with its catalogue.
PLACEHOLDER = i18n.PLACEHOLDER
placeholders = i18n.placeholders
pseudo = i18n.pseudo


def update(folder: Path = translation.TRANSLATIONS) -> None:
    """lupdate every tr() text into the .ts files in ``folder`` (the committed ones unless
    told). Idempotent: run twice, or on the committed files, it changes nothing."""
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    for language in (*WRITTEN, ENGLISH):
        path = folder / translation.ts_file(language).name
        kept = plural_forms(path) if path.exists() else {}
        done = subprocess.run([str(TOOLS / "lupdate"), "-silent", "-no-obsolete", "-locations",
                               "none", "-target-language", language, *sources, "-ts", str(path)],
                              check=True, capture_output=True, text=True)
        for line in done.stderr.splitlines():  # lupdate's word on the plurals it folds: mended
            if "plural forms" not in line and "target language is not set" not in line:
                print(line, file=sys.stderr)
        mark_plurals(path, kept, only_plurals=language == ENGLISH)
    english_plurals(folder / translation.ts_file(ENGLISH).name)


def stale() -> list[str]:
    """The committed .ts files ``update`` would change (a copy is updated, not them)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for language in (*WRITTEN, ENGLISH):
            shutil.copy(translation.ts_file(language), folder)
        update(folder)
        return [translation.ts_file(language).name for language in (*WRITTEN, ENGLISH)
                if (folder / translation.ts_file(language).name).read_bytes()
                != translation.ts_file(language).read_bytes()]


def plural_forms(path: Path) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """The plural forms written so far, and whether they were marked unfinished, by (context,
    source)."""
    forms = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            written = [f.text or "" for f in message.iter("numerusform")]
            if any(written):
                unfinished = message.find("translation").get("type") == "unfinished"
                forms[context.findtext("name"), message.findtext("source")] = (written,
                                                                               unfinished)
    return forms


def mark_plurals(path: Path, kept: dict, only_plurals: bool) -> None:
    """Every text with %n is a plural, two forms in English and Spanish; forms written before
    are kept, finished or not as they were. ``only_plurals`` drops the rest.

    lupdate sees the count only in tr(text, "", n): a ``translate(context, text, None, n)``
    call reaches it as a plain text, so it folds the plural translation written before into
    one form and marks it unfinished ("Removed plural forms as the target language has less
    forms"). Here the forms and their state come back from the file as it was."""
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if "%n" not in source:
                if only_plurals:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            target = message.find("translation")
            forms, unfinished = kept.get((name, source)) or (
                [f.text or "" for f in target] or [""], True)
            for child in list(target):
                target.remove(child)
            target.text = None
            forms = (forms + forms[-1:])[:2]
            for form in forms:
                ET.SubElement(target, "numerusform").text = form
            if unfinished or not all(forms):
                target.set("type", "unfinished")
            else:
                target.attrib.pop("type", None)
    for context in list(tree.getroot().iter("context")):
        if only_plurals and context.find("message") is None:
            tree.getroot().remove(context)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def english_plurals(path: Path) -> None:
    """Fill the English plural forms from the source: "(s)" → "" and "s"."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        target.attrib.pop("type", None)
        for child in list(target):
            target.remove(child)
        target.text = None
        for ending in ("", "s"):
            ET.SubElement(target, "numerusform").text = source.replace("(s)", ending)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def make_pseudo() -> None:
    tree = ET.parse(translation.ts_file(WRITTEN[0]))
    root = tree.getroot()
    root.set("language", "en")  # two plural forms
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        target.attrib.pop("type", None)
        for child in list(target):
            target.remove(child)
        if message.get("numerus") == "yes":
            target.text = None
            for ending in ("", "s"):  # the English forms, each made pseudo
                ET.SubElement(target, "numerusform").text = pseudo(source.replace("(s)", ending))
        else:
            target.text = pseudo(source)
    ET.indent(tree)
    tree.write(translation.ts_file(translation.PSEUDO), encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    for language in (*WRITTEN, ENGLISH, translation.PSEUDO):
        if not translation.compile_ts(language):
            raise SystemExit(f"lrelease failed for {language}")
        print(translation.qm_file(language).relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("update", "pseudo", "compile", "all", "check"))
    what = parser.parse_args().what
    if what == "check":
        changed = stale()
        for name in changed:
            print(f"{name}: `update` would change it (run it, and look at the difference)")
        return 1 if changed else 0
    if what in ("update", "all"):
        update()
    if what in ("pseudo", "all"):
        make_pseudo()
    if what in ("compile", "all"):
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
