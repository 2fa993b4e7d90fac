"""The intermediate representation of one API: its operations and its named definitions.

The parser reads a normalised document and never writes Python source.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.diagnostics import Diagnostics
from generator.parser.kinds import Definition
from generator.parser.operations import Operation, OperationParser
from generator.parser.resources import assign_resources
from generator.parser.schemas import SchemaParser
from generator.parser.webhooks import webhook_events
from generator.spec.loader import as_list, as_mapping


@dataclasses.dataclass
class Api:
    namespace: str  # "" for the first spec, whose resources sit on the client itself
    file: str
    title: str
    version: str
    openapi: str
    base_url: str
    operations: list[Operation]
    definitions: dict[str, Definition]
    schemas: SchemaParser
    webhook_events: str | None = None  # key of the union of the `webhooks` payloads (parser/webhooks.py)


def parse_api(document: dict[str, Any], file: str, namespace: str, diagnostics: Diagnostics) -> Api:
    schemas = SchemaParser(document, file, diagnostics)
    schemas.all_components()
    events = webhook_events(schemas)
    # The routing family the runtime serves these operations with: an overlay may name it (every
    # Azure inference version is "azure"); otherwise the namespace, and "openai" for the root spec.
    family = as_mapping(document.get("info")).get("x-connector-api")
    api = str(family) if isinstance(family, str) and family else namespace or "openai"
    operations = OperationParser(schemas, api, diagnostics).all()
    assign_resources(operations, diagnostics, file)
    info = as_mapping(document.get("info"))
    servers = as_list(document.get("servers"))
    return Api(
        namespace=namespace,
        file=file,
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        openapi=str(document.get("openapi", "")),
        base_url=_server_url(servers),
        operations=operations,
        definitions=schemas.definitions,
        schemas=schemas,
        webhook_events=events,
    )


def _server_url(servers: list[Any]) -> str:
    if not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + name + "}", str(variable["default"]))
    if url and "://" not in url:
        url = "https://" + url.lstrip("/")
    return url.rstrip("/")
