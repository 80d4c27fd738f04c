"""Check-ins in the vault: one transaction per save, so a power cut keeps all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from recoverydesk.checkin import EMOTIONS, SKILL_MODULES, URGE_TARGETS, CheckIn, Urge
from recoverydesk.storage.database import Connection, forget_deleted, transaction


class CheckInStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, checkin: CheckIn) -> CheckIn:
        """Add a new check-in, or replace an existing one (same id) in full."""
        with transaction(self._conn):
            return self.write(checkin)

    def write(self, checkin: CheckIn) -> CheckIn:
        """:meth:`save` inside a transaction the caller holds (imports write many at once)."""
        values = (_utc_text(checkin.at), _offset_minutes(checkin.at), checkin.mood,
                  checkin.distress,
                  checkin.sleep_hours,
                  None if checkin.medication is None else int(checkin.medication),
                  checkin.note)
        if checkin.id is None:
            cursor = self._conn.execute(
                "INSERT INTO checkins (at, utc_offset, mood, distress, sleep_hours, "
                "medication, note) VALUES (?, ?, ?, ?, ?, ?, ?)", values)
            checkin = replace(checkin, id=cursor.lastrowid)
        else:
            self._conn.execute(
                "INSERT OR REPLACE INTO checkins (id, at, utc_offset, mood, distress, "
                "sleep_hours, medication, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (checkin.id, *values))
            for table in ("checkin_urges", "checkin_emotions", "checkin_skills"):
                self._conn.execute(f"DELETE FROM {table} WHERE checkin_id = ?",  # noqa: S608
                                   (checkin.id,))
        self._conn.executemany(
            "INSERT INTO checkin_urges (checkin_id, target, level, acted) VALUES (?, ?, ?, ?)",
            [(checkin.id, u.target, u.level, int(u.acted)) for u in checkin.urges
             if u.level is not None or u.acted])
        self._conn.executemany(
            "INSERT INTO checkin_emotions (checkin_id, emotion, level) VALUES (?, ?, ?)",
            [(checkin.id, name, level) for name, level in checkin.emotions.items()])
        self._conn.executemany(
            "INSERT INTO checkin_skills (checkin_id, skill) VALUES (?, ?)",
            [(checkin.id, skill) for skill in sorted(checkin.skills)])
        return checkin

    def delete(self, checkin_id: int) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
        forget_deleted(self._conn)

    def get(self, checkin_id: int) -> CheckIn:
        found = self._load("WHERE id = ?", (checkin_id,))
        if not found:
            raise KeyError(checkin_id)
        return found[0]

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        return self._load("WHERE at >= ? AND at < ?", (_utc_text(start), _utc_text(end)))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM checkins").fetchone()[0])

    def _load(self, where: str, args: tuple[object, ...]) -> list[CheckIn]:
        sql = ("SELECT id, at, utc_offset, mood, distress, sleep_hours, medication, "  # noqa: S608
               f"note FROM checkins {where} ORDER BY at, id")
        rows = self._conn.execute(sql, args).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        urges: dict[int, list[Urge]] = {}
        for cid, target, level, acted in self._conn.execute(
                f"SELECT checkin_id, target, level, acted FROM checkin_urges "  # noqa: S608
                f"WHERE checkin_id IN ({marks}) ORDER BY rowid", ids):
            urges.setdefault(cid, []).append(Urge(target, level, bool(acted)))
        emotions: dict[int, dict[str, int]] = {}
        for cid, name, level in self._conn.execute(
                f"SELECT checkin_id, emotion, level FROM checkin_emotions "  # noqa: S608
                f"WHERE checkin_id IN ({marks})", ids):
            emotions.setdefault(cid, {})[name] = level
        skills: dict[int, set[str]] = {}
        for cid, skill in self._conn.execute(
                f"SELECT checkin_id, skill FROM checkin_skills "  # noqa: S608
                f"WHERE checkin_id IN ({marks})", ids):
            skills.setdefault(cid, set()).add(skill)
        return [CheckIn(at=_local(at, offset), mood=mood, distress=distress,
                        sleep_hours=sleep, medication=None if med is None else bool(med),
                        note=note, id=cid, urges=tuple(urges.get(cid, [])),
                        emotions=emotions.get(cid, {}),
                        skills=frozenset(skills.get(cid, set())))
                for cid, at, offset, mood, distress, sleep, med, note in rows]


class OwnLists:
    """The default urge targets, emotions and skills, plus what the person added."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, kind: str, name: str, module: str = "") -> None:
        name = name.strip()
        if not name:
            raise ValueError("an empty name")
        self._conn.execute("INSERT OR IGNORE INTO own_list_items (kind, name, module) "
                           "VALUES (?, ?, ?)", (kind, name, module))

    def _own(self, kind: str) -> list[tuple[str, str]]:
        return self._conn.execute("SELECT name, module FROM own_list_items WHERE kind = ? "
                                  "ORDER BY rowid", (kind,)).fetchall()

    def urge_targets(self) -> list[str]:
        return list(URGE_TARGETS) + [n for n, _ in self._own("urge") if n not in URGE_TARGETS]

    def emotions(self) -> list[str]:
        return list(EMOTIONS) + [n for n, _ in self._own("emotion") if n not in EMOTIONS]

    def skills(self) -> dict[str, list[str]]:
        modules = {module: list(names) for module, names in SKILL_MODULES.items()}
        for name, module in self._own("skill"):
            modules.setdefault(module or "My own skills", []).append(name)
        return modules


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("check-in times must carry their time zone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a moment without its offset")
    return int(offset.total_seconds() // 60)


def _local(text: str, offset_minutes: int) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone(timedelta(minutes=offset_minutes)))
