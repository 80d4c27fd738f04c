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
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recoverydesk.storage.errors import DamagedVaultError, WrongPassphraseError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from recoverydesk.storage.files import write_private_file

MAGIC = "RecoveryDesk key header"
FORMAT = 1
KEY_BYTES = 32
NONCE_BYTES = 12
_KEY_CHECK_TEXT = b"RecoveryDesk data key check v1"

# OWASP's Argon2id guidance starts lower; the project's floor is 64 MiB and 3 passes.
MIN_TIME_COST = 3
MIN_MEMORY_KIB = 64 * 1024
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
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise DamagedVaultError(path, f"the file could not be read ({e.strerror}).") from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("magic") != MAGIC:
                raise DamagedVaultError(path, "it is not a RecoveryDesk key file.")
            if data.get("format") != FORMAT:
                raise DamagedVaultError(
                    path, f"it uses key file format {data.get('format')!r}, which this "
                    "version does not know. A newer RecoveryDesk may open it.")
            kdf = data["kdf"]
            params = KdfParams(
                time_cost=int(kdf["time_cost"]),
                memory_cost_kib=int(kdf["memory_cost_kib"]),
                parallelism=int(kdf["parallelism"]),
                algorithm=str(kdf["algorithm"]),
            )
            if params.algorithm != "argon2id":
                raise DamagedVaultError(path, "it names a key derivation this app does not use.")
            return cls(
                vault_id=str(data["vault_id"]),
                kdf=params,
                salt=_unb64(kdf["salt"]),
                wrap_nonce=_unb64(data["passphrase_wrap"]["nonce"]),
                wrapped_key=_unb64(data["passphrase_wrap"]["ciphertext"]),
                check_nonce=_unb64(data["key_check"]["nonce"]),
                key_check=_unb64(data["key_check"]["ciphertext"]),
            )
        except DamagedVaultError:
            raise
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
            raise DamagedVaultError(path, "it is not a RecoveryDesk key file, or it is "
                                    "damaged.") from None


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
    for _ in range(runs):
        start = time.perf_counter()
        derive_key("calibration", b"\0" * 16, kdf)
        best = min(best, time.perf_counter() - start)
    return best


def calibrate(measure: Callable[[KdfParams], float] = time_kdf,
              target: tuple[float, float] = TARGET_SECONDS) -> KdfParams:
    """Pick KDF settings that take about ``target`` seconds here, never below the floor.

    Memory may grow first, up to ``MAX_CALIBRATED_MEMORY_KIB``; then passes are added. A
    machine too slow for the target keeps the floor: the floor wins over speed.
    """
    low, high = target
    params = KdfParams(parallelism=max(1, min(4, os.cpu_count() or 1)))
    seconds = measure(params)
    while seconds < low and params.memory_cost_kib * 2 <= MAX_CALIBRATED_MEMORY_KIB:
        bigger = KdfParams(params.time_cost, params.memory_cost_kib * 2, params.parallelism)
        if seconds * 2 > high:
            break
        params, seconds = bigger, measure(bigger)
    while seconds < low:
        per_pass = seconds / params.time_cost
        if seconds + per_pass > high:
            break
        params = KdfParams(params.time_cost + 1, params.memory_cost_kib, params.parallelism)
        seconds = measure(params)
    return params


def _aesgcm(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(bytes(key))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
