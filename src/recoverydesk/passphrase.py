"""What we say about a new passphrase. Imports no Qt."""

from __future__ import annotations

MIN_LENGTH = 8


def problem(passphrase: str, repeated: str | None = None) -> str | None:
    """Why this passphrase can't be used yet, or None when it can."""
    if len(passphrase) < MIN_LENGTH:
        return f"Your passphrase needs at least {MIN_LENGTH} characters."
    if passphrase.strip() != passphrase:
        return "Your passphrase starts or ends with a space; that's easy to forget."
    if repeated is not None and repeated != passphrase:
        return "The two passphrases don't match yet."
    return None


def strength_hint(passphrase: str) -> str:
    """A gentle, rough hint. Long phrases of ordinary words beat short clever ones."""
    length = len(passphrase)
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if length == 0:
        return "A few ordinary words that only you would put together make a strong passphrase."
    if length < MIN_LENGTH:
        return "A little longer, please: at least 8 characters."
    if length >= 20 or (words >= 4 and length >= 16):
        return "Strong. Make sure it's one you'll remember."
    if length >= 12 and kinds >= 2:
        return "Good. A few more words would make it stronger still."
    return "Okay. Longer is safer: try adding a word or two."
