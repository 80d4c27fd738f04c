"""The therapist report's sections, in order: a small module, so the command line can offer
them without loading the report's code (reports/documents.py builds them)."""

from __future__ import annotations

from recoverydesk.i18n import N_

SECTIONS = {  # key → heading (English: gettext gives it in the current language), in order
    "summary": N_("Summary"),
    "charts": N_("Charts"),
    "diary-cards": N_("Diary cards"),
    "goals": N_("Goals and reviews"),
    "safety-plan": N_("Safety plan"),
    "journal": N_("Journal entries"),
}
