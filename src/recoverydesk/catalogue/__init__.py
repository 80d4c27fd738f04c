"""The core's translations: one module a language, each with ``TEXTS`` (English → text) and
``PLURALS`` ((English one, English many) → (one, many)). ``recoverydesk.i18n`` picks the
module; the English is the text written in the code (``gettext``, ``ngettext``, ``N_``)."""
