"""The spec's `webhooks` (OpenAPI 3.1): what the API sends to its users' endpoints, as one union of events.

Each webhook's request body is an event (a component such as `WebhookBatchCancelled`, or a schema
written in place); their union is one definition (in `types/webhooks.py`) the client's
`webhooks.unwrap` parses into, dispatching on the tag that tells the events apart (`type`) like
every other union.
"""

from __future__ import annotations

from typing import Any

from generator.naming import hints
from generator.parser.kinds import Definition, Kind
from generator.parser.schemas import SchemaParser
from generator.spec.document import HTTP_METHODS
from generator.spec.loader import as_mapping, pointer_join

KEY = "/webhooks"  # the key of the union's definition: the section it comes from


def webhook_events(schemas: SchemaParser) -> str | None:
    """Add the union of the webhooks' payloads to `schemas.definitions`; its key, or None without webhooks."""
    section = schemas.document.get("webhooks")
    if not isinstance(section, dict) or not section:
        return None
    variants: list[Kind] = []
    for name, item in section.items():
        for kind in _payloads(schemas, str(name), item):
            if kind not in variants:
                variants.append(kind)
    if not variants:
        schemas.diagnostics.warn(schemas.file, KEY, "no webhook has a JSON payload", "no webhook event type generated")
        return None
    definition = Definition(
        key=KEY,
        name_hint=hints.webhook_events(),
        owner=hints.WEBHOOKS_GROUP,
        description=(
            "An event the API sends to a webhook endpoint (the spec's `webhooks`), told apart by its type.\n\n"
            "An event of a type this client does not know yet is kept as its decoded JSON."
        ),
        alias=schemas.union_of(variants),
    )
    schemas.definitions[KEY] = definition
    return KEY


def _payloads(schemas: SchemaParser, name: str, item: Any) -> list[Kind]:
    """The JSON payload of each operation of one webhook (usually one POST)."""
    pointer = pointer_join("/webhooks", name)
    if isinstance(item, dict) and isinstance(item.get("$ref"), str):
        item, _ = schemas.resolve(item["$ref"], pointer)
    found: list[Kind] = []
    for method in HTTP_METHODS:
        operation = as_mapping(as_mapping(item).get(method))
        if not operation:
            continue
        here = pointer_join(pointer, method, "requestBody")
        body = operation.get("requestBody")
        if isinstance(body, dict) and isinstance(body.get("$ref"), str):
            body, _ = schemas.resolve(body["$ref"], here)
        content = as_mapping(as_mapping(body).get("content"))
        media = next((m for m in content if "json" in m.lower()), None)
        if media is None:
            schemas.diagnostics.warn(schemas.file, here, "webhook without a JSON payload", "left out of the events")
            continue
        schema = as_mapping(content[media]).get("schema") or {}
        schema_pointer = pointer_join(here, "content", media, "schema")
        found.append(schemas.kind(schema, schema_pointer, hints.webhook_payload(name), hints.WEBHOOKS_GROUP))
    return found
