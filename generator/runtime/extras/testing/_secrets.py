"""Finding secrets in a text (`find_secrets`), and the placeholders the scrubber puts in their place."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

__all__ = [
    "ALLOWED_FAKE_SECRETS",
    "REDACTED",
    "SecretHit",
    "find_secrets",
    "placeholder",
    "placeholder_bytes",
    "placeholder_for",
]

REDACTED = "REDACTED"

# Obviously fake keys that may appear anywhere (test fixtures, docs). Every entry must say it is
# fake (FAKE, REDACTED, test, placeholder, example) or be a trivial run of one or a few characters.
ALLOWED_FAKE_SECRETS = frozenset(
    {
        "sk-test-FAKEKEY0000000000000000000000000000",
        "0123456789abcdef0123456789abcdef",
        "00000000000000000000000000000000",
        "ffffffffffffffffffffffffffffffff",
    }
)

_OPENAI_KEY = r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,}"
_JWT = r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"
_HEX32 = r"(?<![0-9A-Za-z_\-])[0-9a-fA-F]{32}(?![0-9A-Za-z_\-])"  # standalone: `req_<hex>` ids are not keys
_ORGANIZATION = r"(?<![A-Za-z0-9_\-])org-[A-Za-z0-9]{20,}"  # real ones: `org-` and 24 characters
_PROJECT = r"(?<![A-Za-z0-9_\-])proj_[A-Za-z0-9]{20,}"
_BEARER = r"(?<=[Bb]earer )(?!REDACTED)[A-Za-z0-9._~+/\-]{16,}=*"  # any token shape, after `Bearer `
SECRET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("OpenAI key", re.compile(_OPENAI_KEY)),
    ("JWT", re.compile(_JWT)),
    ("32-hex Azure key", re.compile(_HEX32)),
    ("organization id", re.compile(_ORGANIZATION)),
    ("project id", re.compile(_PROJECT)),
    ("bearer token", re.compile(_BEARER)),
)
BINARY_PATTERNS = SECRET_PATTERNS[:2]  # in binary data a 32-hex run or an id-like run is too likely to be data
_PLACEHOLDER_PREFIXES = ("sk-", "org-", "proj_")


@dataclasses.dataclass(frozen=True)
class SecretHit:
    """A key-like value found in a text: what kind, where (1-based line), and a shortened excerpt."""

    kind: str
    line: int
    excerpt: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.kind} {self.excerpt}"


def find_secrets(
    text: str, allowed: Iterable[str] = ALLOWED_FAKE_SECRETS, secrets: Iterable[str] = ()
) -> list[SecretHit]:
    """Secret-looking values in `text` other than the `allowed` fakes: OpenAI keys, JWTs, 32-hex Azure keys,
    organization and project ids, any token after `Bearer `, and each of your own `secrets` (whatever its
    shape: a token provider's opaque token, say). A value is reported once, as the first kind that matches."""
    allow = set(allowed)
    hits = []
    taken: list[tuple[int, int]] = []
    literal = [("given secret", re.compile(re.escape(s))) for s in secrets if s and len(s) >= 4]
    for kind, pattern in (*literal, *SECRET_PATTERNS):
        for match in pattern.finditer(text):
            value = match.group()
            start, end = match.span()
            if value in allow or REDACTED in value or any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            line = text.count("\n", 0, start) + 1
            hits.append(SecretHit(kind, line, value[:10] + "..." if len(value) > 10 else value))
    return sorted(hits, key=lambda h: (h.line, h.kind))


def placeholder_bytes(value: bytes) -> bytes:
    return placeholder(value.decode("ascii", "replace")).encode()


def placeholder_for(match: re.Match[str]) -> str:
    return placeholder(match.group())


def placeholder(value: str) -> str:
    if value in ALLOWED_FAKE_SECRETS or REDACTED in value:
        return value
    for prefix in _PLACEHOLDER_PREFIXES:
        if value.startswith(prefix):
            return f"{prefix}REDACTED"
    return REDACTED
