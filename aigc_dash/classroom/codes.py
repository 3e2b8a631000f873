"""Join codes, teacher keys and anonymous student ids: random from ``secrets``, compared in
constant time, stored only as hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# No 0/O, 1/I/L, 5/S or 2/Z pairs: a code read off a projector is typed without guessing.
ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 6
KEY_BYTES = 18  # 144 random bits: a hash of it needs no salt or slow KDF to resist guessing


def new_code() -> str:
    """A fresh 6-character join code from :data:`ALPHABET`."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(raw: object) -> str | None:
    """The join code in ``raw`` (spaces, dashes and case forgiven), or ``None`` if it is not one."""
    if isinstance(raw, (list, tuple)):
        raw = raw[0] if raw else None
    if not isinstance(raw, str):
        return None
    code = "".join(ch for ch in raw[:32].upper() if ch not in " -_\t")
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return code


def new_teacher_key() -> str:
    """A random teacher key (URL-safe text), shown to the teacher once."""
    return secrets.token_urlsafe(KEY_BYTES)


def hash_key(key: str) -> str:
    """What the database stores instead of the key."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def key_matches(key: str, stored_hash: str) -> bool:
    """Whether ``key`` hashes to ``stored_hash`` (constant-time comparison)."""
    if not isinstance(key, str) or not key or len(key) > 200:
        return False
    return hmac.compare_digest(hash_key(key.strip()), stored_hash)


def new_student_id() -> str:
    """An anonymous random id for one browser session (no name, no address)."""
    return secrets.token_hex(16)


def owner_hash(identity: str) -> str:
    """A signed-in teacher's identity (OIDC subject or e-mail) as stored: hashed, never raw."""
    return hashlib.sha256(("owner:" + identity).encode("utf-8", "replace")).hexdigest()
