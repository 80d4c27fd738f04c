"""The person's own crisis lines and the shipped lines they chose to hide (in the vault)."""

from __future__ import annotations

from recoverydesk.crisis import OWN_KIND, CrisisLine
from recoverydesk.storage.database import Connection, inserted_id


def line_key(line: CrisisLine) -> str:
    """A stable name for a shipped line, to remember that it is hidden."""
    return "|".join((line.country, line.name, line.phone or "", line.sms or ""))


class CrisisLinePrefs:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def own_lines(self, country: str) -> list[CrisisLine]:
        rows = self._conn.execute(
            "SELECT id, country, name, phone, sms, hours, notes FROM own_crisis_lines "
            "WHERE country = ? ORDER BY id", (country,))
        return [CrisisLine(country=r[1], name=r[2], kind=OWN_KIND, hours=r[5], audience=r[6],
                           source_url="", source_date="", phone=r[3] or None, sms=r[4] or None,
                           own_id=r[0]) for r in rows]

    def add_line(self, country: str, name: str, phone: str = "", sms: str = "",
                 hours: str = "", notes: str = "") -> int:
        if not name.strip() or not (phone.strip() or sms.strip()):
            raise ValueError("a line needs a name and a number")
        cursor = self._conn.execute(
            "INSERT INTO own_crisis_lines (country, name, phone, sms, hours, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (country, name.strip(), phone.strip(), sms.strip(), hours.strip(), notes.strip()))
        return inserted_id(cursor)

    def remove_line(self, line_id: int) -> None:
        self._conn.execute("DELETE FROM own_crisis_lines WHERE id = ?", (line_id,))

    def hidden(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT line_key FROM hidden_crisis_lines")}

    def hide(self, line: CrisisLine) -> None:
        self._conn.execute("INSERT OR IGNORE INTO hidden_crisis_lines VALUES (?)",
                           (line_key(line),))

    def unhide_all(self) -> None:
        self._conn.execute("DELETE FROM hidden_crisis_lines")
