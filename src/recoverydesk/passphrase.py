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


# zxcvbn (offline) estimates how guessable a passphrase is, on a 0–4 scale; we word it kindly.
_SCORE_HINTS = (
    "That one is easy to guess. A few ordinary words that only you would put together are "
    "much stronger.",
    "That one is easy to guess. A few ordinary words that only you would put together are "
    "much stronger.",
    "Okay. Longer is safer: try adding a word or two.",
    "Good. A few more words would make it stronger still.",
    "Strong. Make sure it's one you'll remember.",
)
_ESTIMATE_LIMIT = 64  # zxcvbn refuses more than 72 characters; past 64 any phrase is long


def strength_score(passphrase: str) -> int:
    """0 (guessed at once) to 4 (very hard to guess), estimated offline by zxcvbn."""
    if len(passphrase) >= _ESTIMATE_LIMIT:
        return 4
    from zxcvbn import zxcvbn  # its word lists load on first use, not at start-up

    return int(zxcvbn(passphrase)["score"])


def strength_hint(passphrase: str) -> str:
    """A gentle hint about how hard the passphrase would be to guess."""
    if not passphrase:
        return "A few ordinary words that only you would put together make a strong passphrase."
    if len(passphrase) < MIN_LENGTH:
        return f"A little longer, please: at least {MIN_LENGTH} characters."
    return _SCORE_HINTS[strength_score(passphrase)]
