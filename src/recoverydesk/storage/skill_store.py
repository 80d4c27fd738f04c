"""Skill sessions, favourites and hidden skills in the vault."""

from __future__ import annotations

import json
from datetime import datetime

from recoverydesk.skills.engine import Ratings, SkillSession
from recoverydesk.storage.database import Connection, Row


class SkillSessionStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, session: SkillSession) -> SkillSession:
        """Insert the session, or update it: called as it goes, so quitting keeps it."""
        values = (session.exercise_id, session.started_at.isoformat(),
                  session.ended_at.isoformat() if session.ended_at else None,
                  int(session.completed), session.before.urge, session.after.urge,
                  session.before.distress, session.after.distress,
                  json.dumps({str(k): v for k, v in session.answers.items()},
                             ensure_ascii=False))
        if session.id is None:
            cursor = self._conn.execute(
                "INSERT INTO skill_sessions (exercise_id, started_at, ended_at, completed, "
                "urge_before, urge_after, distress_before, distress_after, answers) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
            session.id = cursor.lastrowid
        else:
            self._conn.execute(
                "UPDATE skill_sessions SET exercise_id = ?, started_at = ?, ended_at = ?, "
                "completed = ?, urge_before = ?, urge_after = ?, distress_before = ?, "
                "distress_after = ?, answers = ? WHERE id = ?", (*values, session.id))
        return session

    def all(self, exercise_id: str | None = None) -> list[SkillSession]:
        query = ("SELECT id, exercise_id, started_at, ended_at, completed, urge_before, "
                 "urge_after, distress_before, distress_after, answers FROM skill_sessions")
        args: tuple[object, ...] = ()
        if exercise_id is not None:
            query += " WHERE exercise_id = ?"
            args = (exercise_id,)
        return [_session(row) for row in self._conn.execute(query + " ORDER BY started_at",
                                                           args)]


class SkillPrefs:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def favourites(self) -> set[str]:
        return {r[0] for r in self._conn.execute(
            "SELECT exercise_id FROM skill_prefs WHERE favourite = 1")}

    def hidden(self) -> set[str]:
        return {r[0] for r in self._conn.execute(
            "SELECT exercise_id FROM skill_prefs WHERE hidden = 1")}

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        self._set(exercise_id, "favourite", on)

    def set_hidden(self, exercise_id: str, on: bool) -> None:
        self._set(exercise_id, "hidden", on)

    def _set(self, exercise_id: str, column: str, on: bool) -> None:
        self._conn.execute(
            f"INSERT INTO skill_prefs (exercise_id, {column}) VALUES (?, ?) "  # noqa: S608
            f"ON CONFLICT(exercise_id) DO UPDATE SET {column} = excluded.{column}",
            (exercise_id, int(on)))


def _session(row: Row) -> SkillSession:
    return SkillSession(
        id=row[0], exercise_id=row[1], started_at=datetime.fromisoformat(row[2]),
        ended_at=datetime.fromisoformat(row[3]) if row[3] else None, completed=bool(row[4]),
        before=Ratings(row[5], row[7]), after=Ratings(row[6], row[8]),
        answers={int(k): v for k, v in json.loads(row[9]).items()})
