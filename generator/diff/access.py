"""How a client reaches the API: servers, security schemes and security requirements.

API-wide changes are placed under `API`; an operation whose own `security` changes what it
accepts gets its change under the operation (see `OperationComparer`).
"""

from __future__ import annotations

from typing import Any

from generator.diff.model import Change
from generator.diff.resolve import Document

API = "API"
# The parts of a security scheme a client's credentials depend on (descriptions do not count).
_SCHEME_KEYS = ("type", "in", "name", "scheme", "bearerFormat", "openIdConnectUrl", "flows")

Alternative = frozenset[tuple[str, tuple[str, ...]]]


def api_changes(old: Document, new: Document) -> list[Change]:
    """Changes to the servers, the security schemes and the document-wide security requirement."""
    return [
        *_servers(old.spec, new.spec),
        *_schemes(old.components, new.components),
        *[c.at(API, "security") for c in security_changes(old.spec.get("security"), new.spec.get("security"))],
    ]


def _server_urls(spec: dict[str, Any]) -> list[str]:
    servers = spec.get("servers")
    return (
        [s["url"] for s in servers if isinstance(s, dict) and isinstance(s.get("url"), str)]
        if isinstance(servers, list)
        else []
    )


def _servers(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    old, new = _server_urls(old_spec), _server_urls(new_spec)
    changes: list[Change] = []
    if old[:1] != new[:1]:
        before, after = (urls[0] if urls else "none" for urls in (old, new))
        changes.append(
            Change(
                API,
                "servers",
                "",
                "default-server-changed",
                False,
                f"default server {before} -> {after} (the generated client's default base URL follows it)",
                "base URL",
            )
        )
    for url in sorted(set(old) - set(new) - set(old[:1])):
        changes.append(Change(API, "servers", "", "server-removed", False, f"server {url} no longer listed"))
    for url in sorted(set(new) - set(old) - set(new[:1])):
        changes.append(Change(API, "servers", "", "server-added", False, f"server {url} now listed"))
    return changes


def _security_schemes(components: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemes = components.get("securitySchemes")
    return {k: v for k, v in schemes.items() if isinstance(v, dict)} if isinstance(schemes, dict) else {}


def _schemes(old_components: dict[str, Any], new_components: dict[str, Any]) -> list[Change]:
    old, new = _security_schemes(old_components), _security_schemes(new_components)
    changes: list[Change] = []
    for name in sorted(old.keys() - new.keys()):
        changes.append(
            Change(API, f"security scheme {name}", "", "security-scheme-removed", True, "security scheme removed")
        )
    for name in sorted(new.keys() - old.keys()):
        changes.append(
            Change(API, f"security scheme {name}", "", "security-scheme-added", False, "new security scheme")
        )
    for name in sorted(old.keys() & new.keys()):
        for key in _SCHEME_KEYS:
            was, now = old[name].get(key), new[name].get(key)
            if was != now:
                shown = "changed" if key == "flows" else f"{_text(was)} -> {_text(now)}"
                changes.append(
                    Change(
                        API,
                        f"security scheme {name}",
                        key,
                        "security-scheme-changed",
                        True,
                        f"{shown} (credentials sent the old way may be refused)",
                    )
                )
    return changes


def _text(value: Any) -> str:
    return "none" if value is None else str(value)


def _alternatives(requirement: Any) -> set[Alternative] | None:
    """A security requirement as its set of alternatives (None: no requirement stated)."""
    if not isinstance(requirement, list):
        return None
    found: set[Alternative] = set()
    for alternative in requirement:
        if isinstance(alternative, dict):
            found.add(
                frozenset(
                    (str(name), tuple(sorted(map(str, scopes))) if isinstance(scopes, list) else ())
                    for name, scopes in alternative.items()
                )
            )
    return found


def _describe(alternative: Alternative) -> str:
    if not alternative:
        return "no authentication"
    return " + ".join(f"{name} ({', '.join(scopes)})" if scopes else name for name, scopes in sorted(alternative))


def security_changes(old_requirement: Any, new_requirement: Any) -> list[Change]:
    """What a change of a security requirement means for a client: removed alternatives break it."""
    old, new = _alternatives(old_requirement), _alternatives(new_requirement)
    if old == new:
        return []
    old_set = old if old else {frozenset()}  # none stated (or an empty list): anyone may call
    new_set = new if new else {frozenset()}
    changes: list[Change] = []
    anonymous = frozenset() in new_set
    for alternative in sorted(old_set - new_set, key=_describe):
        changes.append(
            Change(
                "",
                "",
                "",
                "security-alternative-removed",
                not anonymous,
                f"no longer accepted: {_describe(alternative)}",
            )
        )
    for alternative in sorted(new_set - old_set, key=_describe):
        changes.append(
            Change("", "", "", "security-alternative-added", False, f"now accepted: {_describe(alternative)}")
        )
    return changes
