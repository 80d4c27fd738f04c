"""Tokens and components every page composes: the one place the look is defined."""
