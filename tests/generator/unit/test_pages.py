"""generator/parser/pages.py: which list answers are pages, and which kind, decided from the spec."""

from __future__ import annotations

from typing import Any

from generator.parser.kinds import Primitive
from generator.parser.pages import declared_page, pagination
from generator.render import PackageRenderer, environment

from ._spec import answer, laid_out, parsed

_ITEMS = {"type": "array", "items": {"type": "string"}}
SCHEMAS: dict[str, Any] = {
    "Cursor": {"type": "object", "properties": {"data": _ITEMS, "has_more": {"type": "boolean"}}},
    "Whole": {"type": "object", "properties": {"object": {"type": "string"}, "data": _ITEMS}},
    "Paged": {"type": "object", "properties": {"data": _ITEMS, "has_more": {}, "next_page": {"type": "string"}}},
    "Embedded": {"type": "object", "properties": {"data": _ITEMS, "usage": {"type": "object"}}},
}
AFTER = {"name": "after", "in": "query", "schema": {"type": "string"}}
PAGE = {"name": "page", "in": "query", "schema": {"type": "string"}}
VERSION = {"name": "api-version", "in": "query", "schema": {"type": "string"}, "x-connector-client-setting": "v"}


def _ops(**operations: tuple[str, str, list[dict[str, Any]], str | None]) -> dict[str, tuple[Any, Any]]:
    """operation id -> (cursor page item, single page item) of `(method, answer, parameters, x-connector-page)`."""
    paths: dict[str, Any] = {}
    for operation_id, (method, schema, parameters, declared) in operations.items():
        spec: dict[str, Any] = {"operationId": operation_id, "parameters": parameters, "responses": answer(schema)}
        if declared is not None:
            spec["x-connector-page"] = declared
        paths[f"/{operation_id}"] = {method: spec}
    api = parsed(paths, SCHEMAS)
    return {op.operation_id: (op.response.page_item, op.response.single_page_item) for op in api.operations}


CURSOR, SINGLE, MODEL = (Primitive("str"), None), (None, Primitive("str")), (None, None)


def test_a_get_with_after_and_has_more_is_a_cursor_page() -> None:
    assert _ops(listed=("get", "Cursor", [AFTER], None))["listed"] == CURSOR


def test_a_get_that_cannot_be_continued_is_a_single_page() -> None:
    found = _ops(
        whole=("get", "Whole", [], None),  # no has_more
        paged_without_cursor=("get", "Paged", [VERSION], None),  # has_more, but nothing to carry a cursor
    )
    assert found == {"whole": SINGLE, "paged_without_cursor": SINGLE}


def test_a_get_continued_by_another_cursor_than_after_keeps_its_model() -> None:
    assert _ops(usage=("get", "Paged", [PAGE], None))["usage"] == MODEL  # `page` in, `next_page` out


def test_any_other_method_answering_only_a_list_is_a_single_page_never_a_cursor_page() -> None:
    found = _ops(
        activate=("post", "Whole", [], None),
        search=("post", "Cursor", [AFTER], None),  # a cursor page would need the cursor in the body
        embed=("post", "Embedded", [], None),  # more than a list: its model
    )
    assert found == {"activate": SINGLE, "search": SINGLE, "embed": MODEL}


def test_an_overlay_makes_an_answer_a_single_page_or_its_model() -> None:
    found = _ops(
        search=("post", "Embedded", [], "single"),
        add_items=("post", "Whole", [], "none"),
        listed=("get", "Cursor", [AFTER], "none"),
    )
    assert found == {"search": SINGLE, "add_items": MODEL, "listed": MODEL}


def test_a_post_list_answer_renders_as_a_single_page_without_a_cursor() -> None:
    operation = {"operationId": "activateThings", "responses": answer("Whole")}
    layout = laid_out({"/things/activate": {"post": operation}}, SCHEMAS)
    text = PackageRenderer(layout, environment(), "generated for a test", "", {}).resource_files()
    resource = text["resources/things.py"]
    assert ") -> SyncPage[str]:" in resource
    assert ") -> AsyncPaginator[str, AsyncPage[str]]:" in resource
    assert "self._client.call_page(" in resource and "cursor_param=None," in resource


def test_the_page_class_comes_from_the_cursor_field_or_the_overlay() -> None:
    assert pagination(["data", "has_more", "next"])["page"] == "next"
    assert pagination(["data", "has_more", "next"], "conversation")["page"] == "next"  # the spec's cursor wins
    assert pagination(["data", "has_more", "last_id"], "conversation") == {
        "cursor_param": "after",
        "has_more": "has_more",
        "next_cursor": "last_id",
        "page": "conversation",
    }
    assert pagination(["data", "has_more"], "bogus")["page"] == "cursor"


def test_the_overlay_declares_a_page_through_one_reader() -> None:
    assert declared_page({"x-connector-page": "single"}) == "single"
    assert declared_page({"operationId": "listThings"}) is None
    assert declared_page({"x-connector-page": ["single"]}) is None  # not a page's name
