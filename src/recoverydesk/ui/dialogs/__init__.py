"""Dialogs and panels opened over the pages."""
