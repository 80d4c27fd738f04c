"""A growing pause after repeated wrong passphrases.

The first few tries are free (typos happen); after that each failure doubles the wait, up
to a minute. It slows guessing at the keyboard; the real protection is the KDF's cost.
"""

from __future__ import annotations

from dataclasses import dataclass

FREE_TRIES = 3
MAX_DELAY_SECONDS = 60


@dataclass
class UnlockThrottle:
    failures: int = 0

    def record_failure(self) -> float:
        """Note a failed try; returns how many seconds to wait before the next."""
        self.failures += 1
        return self.delay()

    def record_success(self) -> None:
        self.failures = 0

    def delay(self) -> float:
        extra = self.failures - FREE_TRIES
        if extra < 0:
            return 0.0
        return float(min(MAX_DELAY_SECONDS, 2 ** (extra + 1)))
