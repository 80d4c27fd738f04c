"""The stores of the vault a test's window has open, to set up records and check what was
written (the app's views reach them only through their presenters)."""

from __future__ import annotations

from recoverydesk.storage.chain_store import ChainAnalysisStore
from recoverydesk.storage.checkin_store import CheckInStore, OwnLists
from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
from recoverydesk.storage.skill_store import SkillPrefs, SkillSessionStore


def _open(store):
    return lambda controller: store(controller.vault.connection)


plan_store = _open(SafetyPlanStore)
contact_store = _open(ContactStore)
crisis_prefs = _open(CrisisLinePrefs)
skill_sessions = _open(SkillSessionStore)
skill_prefs = _open(SkillPrefs)
chain_analyses = _open(ChainAnalysisStore)
journal = _open(JournalStore)
checkin_store = _open(CheckInStore)
goal_store = _open(GoalStore)
own_lists = _open(OwnLists)
