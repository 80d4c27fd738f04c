"""The safety plan and contacts in the vault. Every save keeps the previous version."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from recoverydesk.safety_plan import SECTION_KEYS, Contact, SafetyPlan
from recoverydesk.storage.database import Connection, Row, forget_deleted, inserted_id


@dataclass(frozen=True)
class PlanVersion:
    id: int
    saved_at: datetime
    plan: SafetyPlan


class SafetyPlanStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def current(self) -> SafetyPlan:
        latest = self.latest()
        return latest.plan if latest else SafetyPlan()

    def latest(self) -> PlanVersion | None:
        row = self._conn.execute(
            "SELECT id, saved_at, content FROM safety_plan_versions ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return _version(row) if row else None

    def save(self, plan: SafetyPlan, now: datetime | None = None) -> PlanVersion:
        """Keep ``plan`` as the newest version. Saving an unchanged plan adds nothing."""
        latest = self.latest()
        if latest is not None and latest.plan == plan:
            return latest
        saved_at = now or datetime.now(UTC)
        cursor = self._conn.execute(
            "INSERT INTO safety_plan_versions (saved_at, content) VALUES (?, ?)",
            (saved_at.isoformat(), plan.to_json()))
        return PlanVersion(inserted_id(cursor), saved_at, plan)

    def keep_working(self, plan: SafetyPlan, open_id: int | None,
                     now: datetime | None = None) -> int | None:
        """Keep ``plan`` while it is being edited, without a version per change.

        ``open_id`` is the version this round of editing started (None: none yet). While it
        is still the newest, it is updated in place; otherwise a new version is started, so
        the one before stays in the history. Returns the open version's id, or None when
        nothing changed and no round is open. A round ends when the caller forgets the id
        (the page is left, the app locks).
        """
        saved_at = now or datetime.now(UTC)
        latest = self.latest()
        if open_id is not None and latest is not None and latest.id == open_id:
            self._conn.execute(
                "UPDATE safety_plan_versions SET saved_at = ?, content = ? WHERE id = ?",
                (saved_at.isoformat(), plan.to_json(), open_id))
            return open_id
        if latest is not None and latest.plan == plan:
            return None
        return self.save(plan, saved_at).id

    def history(self) -> list[PlanVersion]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT id, saved_at, content FROM safety_plan_versions ORDER BY id DESC")
        return [_version(row) for row in rows]

    def version(self, version_id: int) -> PlanVersion:
        row = self._conn.execute(
            "SELECT id, saved_at, content FROM safety_plan_versions WHERE id = ?",
            (version_id,)).fetchone()
        if row is None:
            raise KeyError(version_id)
        return _version(row)

    def restore(self, version_id: int, now: datetime | None = None) -> PlanVersion:
        """Bring an earlier version back as the newest; nothing in between is lost."""
        return self.save(self.version(version_id).plan, now)


def review_due(last_saved: datetime | None, now: datetime, weeks: int) -> bool:
    """True when the plan was last saved ``weeks`` or more ago (0 weeks: never remind)."""
    if weeks <= 0 or last_saved is None:
        return False
    return now - last_saved >= timedelta(weeks=weeks)


class ContactStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, contact: Contact) -> Contact:
        _check_section(contact.section)
        position = self._conn.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM contacts").fetchone()[0]
        cursor = self._conn.execute(
            "INSERT INTO contacts (name, phone, sms, notes, section, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (contact.name, contact.phone, contact.sms, contact.notes, contact.section, position))
        return replace(contact, id=cursor.lastrowid)

    def update(self, contact: Contact) -> None:
        _check_section(contact.section)
        self._conn.execute(
            "UPDATE contacts SET name = ?, phone = ?, sms = ?, notes = ?, section = ? "
            "WHERE id = ?",
            (contact.name, contact.phone, contact.sms, contact.notes, contact.section,
             contact.id))

    def delete(self, contact_id: int) -> None:
        self._conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        forget_deleted(self._conn)

    def all(self, section: str | None = None) -> list[Contact]:
        query = "SELECT id, name, phone, sms, notes, section FROM contacts"
        args: tuple[object, ...] = ()
        if section is not None:
            query += " WHERE section = ?"
            args = (section,)
        rows = self._conn.execute(query + " ORDER BY position, id", args)
        return [Contact(id=r[0], name=r[1], phone=r[2], sms=r[3], notes=r[4], section=r[5])
                for r in rows]


def _check_section(key: str) -> None:
    if key not in SECTION_KEYS:
        raise ValueError(f"no plan section {key!r}")


def _version(row: Row) -> PlanVersion:
    return PlanVersion(row[0], datetime.fromisoformat(row[1]), SafetyPlan.from_json(row[2]))
