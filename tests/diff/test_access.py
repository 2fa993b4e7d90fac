"""Servers, security schemes and security requirements: how a client reaches the API, compared."""

from __future__ import annotations

import copy
from typing import Any

from generator.diff import Change, diff_specs, summary_line, to_json, to_markdown
from tests.diff._spec_pairs import spec

BEARER = {"type": "http", "scheme": "bearer"}
API_KEY = {"type": "apiKey", "in": "header", "name": "api-key"}


def with_access(
    servers: list[str] | None = None,
    schemes: dict[str, Any] | None = None,
    security: list[dict[str, list[str]]] | None = None,
    operation_security: list[dict[str, list[str]]] | None = None,
) -> dict[str, Any]:
    document = spec()
    if servers is not None:
        document["servers"] = [{"url": url} for url in servers]
    if schemes is not None:
        document["components"] = {"securitySchemes": copy.deepcopy(schemes)}
    if security is not None:
        document["security"] = security
    if operation_security is not None:
        document["paths"]["/things"]["post"]["security"] = operation_security
    return document


def api(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return list(diff_specs(old, new).api_changes)


def test_unchanged_access_reports_nothing() -> None:
    document = with_access(["https://a.test/v1"], {"bearer": BEARER}, [{"bearer": []}])
    diff = diff_specs(document, copy.deepcopy(document))
    assert diff.api_changes == ()
    assert diff.is_empty


def test_a_new_default_server_is_flagged_not_breaking() -> None:
    [change] = api(with_access(["https://a.test/v1"]), with_access(["https://b.test/v2", "https://a.test/v1"]))
    assert (change.where, change.kind, change.breaking, change.flag) == (
        "API",
        "default-server-changed",
        False,
        "base URL",
    )
    assert "https://a.test/v1 -> https://b.test/v2" in change.message


def test_other_servers_added_and_removed_are_listed() -> None:
    found = api(
        with_access(["https://a.test", "https://old.test"]), with_access(["https://a.test", "https://new.test"])
    )
    assert [(c.kind, c.breaking) for c in found] == [("server-removed", False), ("server-added", False)]


def test_security_schemes_removed_added_and_changed() -> None:
    old = with_access(schemes={"bearer": BEARER, "apiKey": API_KEY})
    new = with_access(schemes={"apiKey": {**API_KEY, "name": "x-api-key"}, "entra": {"type": "oauth2", "flows": {}}})
    found = {(c.location, c.path, c.kind): c for c in api(old, new)}
    assert found["security scheme bearer", "", "security-scheme-removed"].breaking
    assert not found["security scheme entra", "", "security-scheme-added"].breaking
    renamed = found["security scheme apiKey", "name", "security-scheme-changed"]
    assert renamed.breaking and "api-key -> x-api-key" in renamed.message
    assert len(found) == 3


def test_a_scheme_whose_description_changes_is_not_a_change() -> None:
    old = with_access(schemes={"bearer": {**BEARER, "description": "old words"}})
    new = with_access(schemes={"bearer": {**BEARER, "description": "new words"}})
    assert api(old, new) == []


def test_requiring_authentication_where_none_was_is_breaking() -> None:
    removed, added = api(with_access(), with_access(security=[{"bearer": []}]))
    assert removed.breaking and removed.message == "no longer accepted: no authentication"
    assert not added.breaking and added.message == "now accepted: bearer"


def test_an_added_alternative_is_not_breaking_and_a_removed_one_is() -> None:
    one = with_access(security=[{"bearer": []}])
    two = with_access(security=[{"bearer": []}, {"apiKey": []}])
    [added] = api(one, two)
    assert (added.kind, added.breaking, added.message) == ("security-alternative-added", False, "now accepted: apiKey")
    [removed] = api(two, one)
    assert (removed.kind, removed.breaking) == ("security-alternative-removed", True)


def test_scopes_are_part_of_an_alternative() -> None:
    [removed, added] = api(
        with_access(security=[{"entra": ["api.read"]}]), with_access(security=[{"entra": ["api.write"]}])
    )
    assert removed.breaking and removed.message == "no longer accepted: entra (api.read)"
    assert not added.breaking and added.message == "now accepted: entra (api.write)"


def test_an_operation_opening_to_anonymous_calls_is_not_breaking() -> None:
    old = with_access(security=[{"bearer": []}])
    new = with_access(security=[{"bearer": []}], operation_security=[])
    diff = diff_specs(old, new)
    assert diff.api_changes == ()
    [operation] = diff.operations_changed
    assert [(c.location, c.kind, c.breaking) for c in operation.changes] == [
        ("security", "security-alternative-removed", False),
        ("security", "security-alternative-added", False),
    ]


def test_an_operation_requiring_another_scheme_is_breaking() -> None:
    old = with_access(security=[{"bearer": []}])
    new = with_access(security=[{"bearer": []}], operation_security=[{"admin": []}])
    [operation] = diff_specs(old, new).operations_changed
    assert [c.breaking for c in operation.changes if c.kind == "security-alternative-removed"] == [True]


def test_reports_show_api_wide_changes() -> None:
    diff = diff_specs(with_access(["https://a.test"]), with_access(["https://b.test"], security=[{"bearer": []}]))
    assert "API-wide (servers, authentication): 3 changed; 1 breaking change" in summary_line(diff)
    markdown = to_markdown(diff)
    assert "## API-wide: servers and authentication (3)" in markdown
    assert "- **breaking** `API` security: no longer accepted: no authentication" in markdown
    data = to_json(diff)
    assert data["summary"]["api"] == 3
    assert [c["kind"] for c in data["api"]] == [
        "default-server-changed",
        "security-alternative-removed",
        "security-alternative-added",
    ]
