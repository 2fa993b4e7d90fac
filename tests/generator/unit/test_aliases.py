"""generator/parser/aliases.py: `x-connector-aliases` gives an operation's method second, deprecated names."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.parser import Api, parse_api
from generator.render import PackageRenderer, environment
from generator.spec import normalize

from ._spec import answer, document, laid_out

FILE_ID = {"name": "file_id", "in": "path", "required": True, "schema": {"type": "string"}}
AFTER = {"name": "after", "in": "query", "schema": {"type": "string"}}
SCHEMAS = {
    "Item": {"type": "object", "properties": {"id": {"type": "string"}}},
    "ItemList": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "has_more": {"type": "boolean"},
        },
    },
}
BYTES = {"200": {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def _paths(content_aliases: Any, list_aliases: Any = ()) -> dict[str, Any]:
    return {
        "/files/{file_id}/content": {
            "get": {
                "operationId": "downloadFile",
                "x-connector-resource": "files",
                "x-connector-method": "content",
                "parameters": [FILE_ID],
                "responses": BYTES,
                "x-connector-aliases": content_aliases,
            }
        },
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [AFTER],
                "responses": answer("ItemList"),
                "x-connector-aliases": list(list_aliases),
            }
        },
    }


def _parsed(paths: dict[str, Any]) -> tuple[Api, Diagnostics]:
    diagnostics = Diagnostics()
    spec = normalize(document(paths, SCHEMAS), "spec.yaml", diagnostics)
    return parse_api(spec, "spec.yaml", "", diagnostics), diagnostics


def test_an_alias_is_the_same_operation_under_another_deprecated_method() -> None:
    content = [{"name": "retrieve_content", "deprecated": "Use content", "answer": "text"}]
    listed = [{"name": "retrieve", "deprecated": "Use list", "answer": "model"}]
    api, diagnostics = _parsed(_paths(content, listed))
    by_name = {(op.resource, op.name): op for op in api.operations}
    plain, alias = by_name[(("files",), "content")], by_name[(("files",), "retrieve_content")]
    assert (alias.operation_id, alias.path, alias.variant) == (plain.operation_id, plain.path, "retrieve_content")
    assert (plain.deprecated, plain.response.kind) == (False, "binary")
    assert (alias.deprecated, alias.deprecation, alias.response.kind) == (True, "Use content", "text")
    pages, retrieve = by_name[(("items",), "list")], by_name[(("items",), "retrieve")]
    assert pages.response.page_item is not None and pages.pagination
    assert (retrieve.response.page_item, retrieve.response.single_page_item, retrieve.pagination) == (None, None, {})
    assert not diagnostics.items


def test_a_malformed_alias_is_reported_and_skipped() -> None:
    bad = [{"deprecated": "no name"}, {"name": "Not Snake"}, {"name": "text_it", "answer": "xml"}, "retrieve"]
    api, diagnostics = _parsed(_paths(bad))
    assert sorted(op.name for op in api.operations) == ["content", "list"]
    assert [d.pointer.rsplit("/", 1)[-1] for d in diagnostics.items] == ["0", "1", "2", "3"]


def test_an_alias_renders_as_a_method_and_on_both_views_warning_with_its_message() -> None:
    content = [{"name": "retrieve_content", "deprecated": "Use content", "answer": "text"}]
    text = PackageRenderer(laid_out(_paths(content), SCHEMAS), environment(), "test", "", {}).resource_files()
    files = text["resources/files.py"]
    assert "    def retrieve_content(\n" in files and "    async def retrieve_content(\n" in files
    assert ") -> str:" in files and "cast_to=str," in files
    assert f"deprecation={'Use content'!r}," in files and '"""Deprecated: Use content' in files
    assert "retrieve_content = raw_method(Files.retrieve_content)" in files
    assert "retrieve_content = async_streamed_method(AsyncFiles.retrieve_content)" in files
