"""Encrypted exchange files: AES-256-GCM with a key from the passphrase by scrypt (``cryptography``).

Layout (docs/exchange.md, "Krypterad fil")::

    magic     8 bytes  b"SAMVENC1"
    log2 n    1 byte   scrypt cost (15: n = 32768), r = 8, p = 1
    salt     16 bytes  random
    nonce    12 bytes  random
    sealed    rest     AES-GCM(key, nonce, the SQLite exchange file, aad = the 37 bytes above)

The header is authenticated as associated data, so a changed byte anywhere — header, ciphertext or
tag — fails the same way as a wrong passphrase: one line, nothing written. The plain file is
decrypted into memory only (receive.read_received); it never touches the disk.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import HostileFile, ValidationError
from ..i18n import _

MAGIC = b"SAMVENC1"
LOG2_N, R, P = 15, 8, 1
_SALT, _NONCE = 16, 12
HEADER = len(MAGIC) + 1 + _SALT + _NONCE


def _key(passphrase: str, salt: bytes, log2_n: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=R, p=P).derive(passphrase.encode("utf-8"))


def encrypt(data: bytes, passphrase: str) -> bytes:
    """The encrypted file for ``data`` (a complete exchange file)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise ValidationError(_("Lösenordet är tomt."))
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    header = MAGIC + bytes([LOG2_N]) + salt + nonce
    return header + AESGCM(_key(passphrase, salt, LOG2_N)).encrypt(nonce, data, header)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def decrypt(blob: bytes, passphrase: str | None, name: str = "filen") -> bytes:
    """The plain exchange file inside ``blob``; a wrong passphrase or a changed byte is one line."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if passphrase is None:
        raise HostileFile(_("{name} är krypterad: ange lösenordet (--password-file).").format(name=name))
    if len(blob) < HEADER + 16 or not 10 <= blob[len(MAGIC)] <= 20:
        raise HostileFile(_("{name} är en krypterad fil som är avkortad eller skadad.").format(name=name))
    header = blob[:HEADER]
    salt = header[len(MAGIC) + 1:len(MAGIC) + 1 + _SALT]
    nonce = header[-_NONCE:]
    try:
        return AESGCM(_key(passphrase, salt, blob[len(MAGIC)])).decrypt(nonce, blob[HEADER:], header)
    except InvalidTag:
        raise HostileFile(_("{name} kunde inte öppnas: fel lösenord, eller så har filen ändrats.").format(name=name)) from None


def read_password_file(path: str | Path) -> str:
    """The passphrase in ``path`` (its first line, without the line break)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(_("Lösenordsfilen kan inte läsas: {path} ({strerror}).").format(path=path, strerror=exc.strerror)) from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise ValidationError(_("Lösenordsfilen är tom: {path}").format(path=path))
    return passphrase
