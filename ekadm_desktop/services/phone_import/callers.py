"""Caller numbers as keyed one-way hashes, one at a time or a million at once.

The number is reduced to its digits (and ``+``) and hashed with AES in the Matyas–Meyer–Oseas
construction (ISO/IEC 10118-2): ``h = AES_k(m) ⊕ m`` for a number of up to 16 characters (zero
padded; numbers never contain NUL), chained block by block for longer ones with the previous
result as the next key. ``k`` is derived from the database's secret salt, so hashes cannot be matched
across databases or against a table computed from the program's source. AES is used rather than a
salted SHA-256 because one ECB call hashes a whole chunk of numbers in C: with SHA-256 each number
cost a Python-level call (~0.7 µs), the largest single cost of importing a million calls.
"""

from __future__ import annotations

import hashlib
import re
import threading
from typing import Any

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 16
_NOT_DIGITS = re.compile(r"[^0-9+]")
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


_local = threading.local()


def _encryptor(key: bytes) -> Any:
    """A reusable ECB encryptor for ``key``, one per thread (a cipher context is not thread-safe)."""
    cache: dict[bytes, Any] = _local.__dict__.setdefault("encryptors", {})
    found = cache.get(key)
    if found is None:
        if len(cache) > 64:
            cache.clear()
        found = cache[key] = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return found


def salt_key(salt: bytes) -> bytes:
    """The 256-bit AES key of a salt."""
    return hashlib.sha256(b"ekadm-caller-key:" + salt).digest()


def _mmo(message: bytes, key: bytes) -> bytes:
    digest = key
    for start in range(0, max(len(message), 1), BLOCK):
        block = message[start : start + BLOCK].ljust(BLOCK, b"\0")
        encrypted = _encryptor(digest).update(block)
        digest = bytes(a ^ b for a, b in zip(encrypted, block, strict=True))
    return digest


def normalise(number: str) -> str:
    return _NOT_DIGITS.sub("", number)


def caller_hash(number: str, salt: bytes) -> str | None:
    """The hex hash of one caller number; ``None`` when it has no digits."""
    digits = normalise(number)
    if not digits:
        return None
    return _mmo(digits.encode("ascii"), salt_key(salt)).hex()


def hash_blocks(blocks: np.ndarray, salt: bytes) -> np.ndarray:
    """The hashes of numbers of up to 16 characters, given as an ``(n, 16)`` uint8 array of their
    zero-padded ASCII: an ``(n, 16)`` uint8 array, row by row equal to ``caller_hash``."""
    if not len(blocks):
        return np.zeros((0, BLOCK), dtype=np.uint8)
    data = np.ascontiguousarray(blocks, dtype=np.uint8)
    encrypted = _encryptor(salt_key(salt)).update(data.tobytes())
    return np.frombuffer(encrypted, dtype=np.uint8).reshape(-1, BLOCK) ^ data


def hex_rows(digests: np.ndarray) -> np.ndarray:
    """``(n, 16)`` bytes as an array of 32-character lowercase hex ``bytes`` (dtype ``S32``)."""
    out = np.empty((len(digests), 2 * BLOCK), dtype=np.uint8)
    out[:, 0::2] = _HEX[digests >> 4]
    out[:, 1::2] = _HEX[digests & 15]
    return out.view(f"S{2 * BLOCK}").ravel()
