"""The journal as Markdown, one file per entry, in a new folder. No Qt."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from recoverydesk.exchange import kinds
from recoverydesk.exchange.common import NO_PROGRESS, Progress, private_folder, write_new_file


def export(conn, out: Path, since=None, until=None, progress: Progress = NO_PROGRESS) -> Path:
    entries = kinds.read_all(conn, since, until, progress)["journal_entries"]
    with private_folder(out) as folder:
        used: set[str] = set()
        for number, entry in enumerate(entries):
            if number % 200 == 0:
                progress.step(number, len(entries))
            name = file_name(entry, used)
            write_new_file(folder / name, entry_markdown(entry).encode("utf-8"))
    return out


def entry_markdown(entry: dict) -> str:
    created = datetime.fromisoformat(entry["created_at"]).astimezone()
    lines = [f"# {entry['title'] or 'Untitled'}", "",
             f"*{created:%A %d %B %Y, %H:%M}*" + (" (draft)" if entry["is_draft"] else "")]
    if entry["tags"]:
        lines.append("Tags: " + ", ".join(entry["tags"]))
    return "\n".join([*lines, "", entry["body"].rstrip("\n"), ""])


def file_name(entry: dict, used: set[str]) -> str:
    created = datetime.fromisoformat(entry["created_at"]).astimezone()
    slug = re.sub(r"[^\w]+", "-", entry["title"].lower()).strip("-")[:40] or "entry"
    base = f"{created:%Y-%m-%d-%H%M}-{slug}"
    name, n = f"{base}.md", 1
    while name in used:
        n += 1
        name = f"{base}-{n}.md"
    used.add(name)
    return name
