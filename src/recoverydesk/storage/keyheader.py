"""The key header: the vault's data key, wrapped by the passphrase.

The database is encrypted by SQLCipher with a random 256-bit *data key* used as a raw key.
That key never touches the disk in the clear. It is stored in a small JSON file beside the
database, wrapped with AES-256-GCM under a key derived from the passphrase with Argon2id.
The KDF parameters, the salt and the vault id are bound to the wrapped key as associated
data, so they cannot be lowered or swapped without the unwrap failing.

A *key check* (the data key encrypting a fixed text under itself) lets a recovery key be
checked before the database is opened, so a mistyped recovery key gets the same kind
message as a mistyped passphrase.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recoverydesk.storage.errors import DamagedVaultError, WrongPassphraseError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from recoverydesk.i18n import N_
from recoverydesk.i18n import gettext as _
from recoverydesk.storage.files import write_private_file

MAGIC = "RecoveryDesk key header"
FORMAT = 1
KEY_BYTES = 32
NONCE_BYTES = 12
_KEY_CHECK_TEXT = b"RecoveryDesk data key check v1"

# OWASP's Argon2id guidance starts lower; the project's floor is 64 MiB and 3 passes.
MIN_TIME_COST = 3
MIN_MEMORY_KIB = 64 * 1024
# What a key file may ask for at all. Below today's floor (fewer passes, from an older build
# or an edited file) still opens, and the unlock rewraps at the floor; outside these bounds the
# file is refused before any work: a header asking for 4 GiB or a million passes is not ours.
ACCEPTED_TIME_COST = (1, 64)
ACCEPTED_MEMORY_KIB = (MIN_MEMORY_KIB, 1024 * 1024)
ACCEPTED_PARALLELISM = (1, 16)
# Memory times passes, in KiB-passes: each bound alone still allows 1 GiB for 64 passes,
# minutes of work for a header someone edited. Calibration keeps memory at the floor and
# never asks for more than 64 passes, so this is every setting it can choose, and no more.
ACCEPTED_WORK_KIB_PASSES = MIN_MEMORY_KIB * ACCEPTED_TIME_COST[1]
MAX_HEADER_BYTES = 64 * 1024
SALT_BYTES = 16
TAG_BYTES = 16
# Memory stays at the floor and passes rise to meet the time target: unlocking then fits
# small machines, and a command-line call stays within its memory budget (see bench/).
MAX_CALIBRATED_MEMORY_KIB = MIN_MEMORY_KIB
TARGET_SECONDS = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = MIN_TIME_COST
    memory_cost_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2
    algorithm: str = "argon2id"

    def at_or_above_floor(self) -> bool:
        return (
            self.algorithm == "argon2id"
            and self.time_cost >= MIN_TIME_COST
            and self.memory_cost_kib >= MIN_MEMORY_KIB
        )

    def within_accepted_bounds(self) -> bool:
        return (
            self.algorithm == "argon2id"
            and _between(self.time_cost, ACCEPTED_TIME_COST)
            and _between(self.memory_cost_kib, ACCEPTED_MEMORY_KIB)
            and _between(self.parallelism, ACCEPTED_PARALLELISM)
            and self.memory_cost_kib * self.time_cost <= ACCEPTED_WORK_KIB_PASSES
        )

    def raised_to_floor(self) -> KdfParams:
        """These settings, with anything below today's floor brought up to it."""
        return KdfParams(max(self.time_cost, MIN_TIME_COST),
                         max(self.memory_cost_kib, MIN_MEMORY_KIB), self.parallelism)


@dataclass(frozen=True)
class KeyHeader:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    check_nonce: bytes
    key_check: bytes

    # -- building -------------------------------------------------------------------------

    @classmethod
    def create(cls, data_key: bytes, passphrase: str, kdf: KdfParams,
               vault_id: str | None = None) -> KeyHeader:
        """A header for ``data_key``; a new vault gets a new id, a new key keeps its vault's."""
        if not kdf.at_or_above_floor():
            raise ValueError("KDF parameters below the floor")
        vault_id = vault_id or uuid.uuid4().hex
        salt = os.urandom(16)
        check_nonce = os.urandom(NONCE_BYTES)
        key_check = _aesgcm(data_key).encrypt(check_nonce, _KEY_CHECK_TEXT, vault_id.encode())
        blank = cls(vault_id, kdf, salt, b"", b"", check_nonce, key_check)
        return blank.rewrapped(data_key, passphrase)

    def rewrapped(self, data_key: bytes, passphrase: str, kdf: KdfParams | None = None,
                  ) -> KeyHeader:
        """The same data key under a new passphrase (and, optionally, new KDF settings)."""
        kdf = kdf or self.kdf
        salt = os.urandom(16)
        header = KeyHeader(self.vault_id, kdf, salt, b"", b"", self.check_nonce, self.key_check)
        nonce = os.urandom(NONCE_BYTES)
        wrapping_key = derive_key(passphrase, salt, kdf)
        wrapped = _aesgcm(wrapping_key).encrypt(nonce, data_key, header._associated_data())
        return KeyHeader(self.vault_id, kdf, salt, nonce, wrapped, self.check_nonce,
                         self.key_check)

    # -- opening --------------------------------------------------------------------------

    def unwrap(self, passphrase: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        wrapping_key = derive_key(passphrase, self.salt, self.kdf)
        try:
            return bytes(_aesgcm(wrapping_key).decrypt(
                self.wrap_nonce, self.wrapped_key, self._associated_data()
            ))
        except InvalidTag:
            raise WrongPassphraseError() from None

    def is_data_key(self, candidate: bytes) -> bool:
        from cryptography.exceptions import InvalidTag

        if len(candidate) != KEY_BYTES:
            return False
        try:
            _aesgcm(candidate).decrypt(self.check_nonce, self.key_check, self.vault_id.encode())
        except InvalidTag:
            return False
        return True

    def _associated_data(self) -> bytes:
        bound = {"magic": MAGIC, "format": FORMAT, "vault_id": self.vault_id,
                 "kdf": asdict(self.kdf), "salt": _b64(self.salt)}
        return json.dumps(bound, sort_keys=True).encode()

    # -- the file -------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(
            {
                "magic": MAGIC,
                "format": FORMAT,
                "vault_id": self.vault_id,
                "kdf": {**asdict(self.kdf), "salt": _b64(self.salt)},
                "passphrase_wrap": {"nonce": _b64(self.wrap_nonce),
                                    "ciphertext": _b64(self.wrapped_key)},
                "key_check": {"nonce": _b64(self.check_nonce), "ciphertext": _b64(self.key_check)},
            },
            indent=1,
        )

    def save(self, path: Path) -> None:
        write_private_file(path, self.to_json().encode())

    @classmethod
    def load(cls, path: Path) -> KeyHeader:
        """Read and validate the key file: every field's type, size and range. A file that
        fails is refused with a clear message and never written over."""
        try:
            with path.open("rb") as f:
                raw = f.read(MAX_HEADER_BYTES + 1)
        except OSError as e:
            raise DamagedVaultError(path, _("the file could not be read ({reason}).").format(
                reason=e.strerror)) from None
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> KeyHeader:
        """A header from its JSON (the key file, or a backup's copy); ``path`` names it."""
        if len(raw) > MAX_HEADER_BYTES:
            raise DamagedVaultError(path, _("it is far larger than a RecoveryDesk key file."))
        try:
            return cls.from_json(raw)
        except HeaderFormatError as e:
            raise DamagedVaultError(path, str(e)) from None

    @classmethod
    def from_json(cls, raw: bytes) -> KeyHeader:
        """The header in ``raw``, or :class:`HeaderFormatError` saying what is wrong."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise HeaderFormatError(_(_NOT_OURS)) from None
        top = _fields(data, {"magic", "format", "vault_id", "kdf", "passphrase_wrap",
                             "key_check"})
        if top["magic"] != MAGIC:
            raise HeaderFormatError(_("it is not a RecoveryDesk key file."))
        if type(top["format"]) is not int or top["format"] != FORMAT:
            raise HeaderFormatError(
                _("it uses key file format {format}, which this version does not know. A newer "
                  "RecoveryDesk may open it.").format(format=repr(str(top["format"])[:20])))
        vault_id = top["vault_id"]
        if not isinstance(vault_id, str) or not re.fullmatch(r"[0-9a-f]{32}", vault_id):
            raise HeaderFormatError(_(_NOT_OURS))
        kdf = _fields(top["kdf"], {"time_cost", "memory_cost_kib", "parallelism", "algorithm",
                                   "salt"})
        if kdf["algorithm"] != "argon2id":
            raise HeaderFormatError(_("it names a key derivation this app does not use."))
        params = KdfParams(time_cost=_int(kdf["time_cost"]),
                           memory_cost_kib=_int(kdf["memory_cost_kib"]),
                           parallelism=_int(kdf["parallelism"]))
        if not params.within_accepted_bounds():
            raise HeaderFormatError(_("it asks for key settings outside what RecoveryDesk "
                                      "uses (it may have been edited)."))
        wrap = _fields(top["passphrase_wrap"], {"nonce", "ciphertext"})
        check = _fields(top["key_check"], {"nonce", "ciphertext"})
        return cls(
            vault_id=vault_id,
            kdf=params,
            salt=_unb64(kdf["salt"], SALT_BYTES),
            wrap_nonce=_unb64(wrap["nonce"], NONCE_BYTES),
            wrapped_key=_unb64(wrap["ciphertext"], KEY_BYTES + TAG_BYTES),
            check_nonce=_unb64(check["nonce"], NONCE_BYTES),
            key_check=_unb64(check["ciphertext"], len(_KEY_CHECK_TEXT) + TAG_BYTES),
        )


class HeaderFormatError(ValueError):
    """The key file's text is not a header this version writes. Its message is the reason,
    already in the current language (it is shown inside a sentence of storage's errors)."""


_NOT_OURS = N_("it is not a RecoveryDesk key file, or it is damaged.")


def _fields(value: object, names: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != names:
        raise HeaderFormatError(_(_NOT_OURS))
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise HeaderFormatError(_(_NOT_OURS))
    return value


def _between(value: int, bounds: tuple[int, int]) -> bool:
    return type(value) is int and bounds[0] <= value <= bounds[1]


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost_kib,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def time_kdf(kdf: KdfParams, runs: int = 2) -> float:
    """The fastest of ``runs`` derivations: the first pays for fresh memory pages."""
    best = float("inf")
    for _run in range(runs):
        start = time.perf_counter()
        derive_key("calibration", b"\0" * 16, kdf)
        best = min(best, time.perf_counter() - start)
    return best


def one_derivation(kdf: KdfParams) -> float:
    """One derivation's time, fresh memory pages included, as an unlock pays them."""
    return time_kdf(kdf, runs=1)


def calibrate(measure: Callable[[KdfParams], float] = one_derivation,
              target: tuple[float, float] = TARGET_SECONDS) -> KdfParams:
    """Pick KDF settings that take about ``target`` seconds here, never below the floor.

    Quick (under 2 s on a machine that lands in the target): the floor is measured once, the
    passes that fill the middle of the target are worked out from it (Argon2's time grows
    with passes), then checked with one derivation and, if that lands outside the target,
    scaled once more. Memory stays at the floor (see docs/ARCHITECTURE.md, Keys). A machine
    too slow for the target keeps the floor: the floor wins over speed.
    """
    low, high = target
    floor = KdfParams(parallelism=max(1, min(4, os.cpu_count() or 1)))
    seconds = measure(floor)
    params = floor
    for _try in range(2):  # extrapolate, then correct once from the check
        per_pass = seconds / params.time_cost
        # Never past what a key file may ask for: a very fast machine gets the most passes
        # accepted (quicker than the target, still far above the floor) rather than a key
        # file its own next unlock would refuse.
        passes = min(ACCEPTED_TIME_COST[1],
                     max(MIN_TIME_COST, round((low + high) / 2 / per_pass)))
        if passes == params.time_cost:
            break
        params = KdfParams(passes, floor.memory_cost_kib, floor.parallelism)
        seconds = measure(params)
        if low <= seconds <= high:
            break
    return params


def _aesgcm(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(bytes(key))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int) -> bytes:
    if not isinstance(text, str) or not text.isascii():
        raise HeaderFormatError(_(_NOT_OURS))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError:
        raise HeaderFormatError(_(_NOT_OURS)) from None
    if len(data) != size:
        raise HeaderFormatError(_(_NOT_OURS))
    return data
