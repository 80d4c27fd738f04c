"""Guided skills: exercises as data and a pure-Python engine. Imports no Qt."""
