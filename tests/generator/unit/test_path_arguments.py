"""Where a method takes its path arguments: openai-python's rule, `retrieve(run_id, *, thread_id)`.

The path's last argument is positional; those before it are keyword-only, first after `*`, in path order.
A path argument a client setting fills (Azure's deployment) is an optional keyword and counts for neither.
"""

from __future__ import annotations

import ast
from typing import Any

from generator.render import PackageRenderer, environment

from ._spec import answer, laid_out


def _path(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}, **extra}


def _signatures() -> dict[str, tuple[list[str], list[str]]]:
    """Each sync method of the rendered `stores` resources: (positional argument names, keyword-only names)."""
    body = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"type": "object", "required": ["count"], "properties": {"count": {"type": "integer"}}}
            }
        },
    }
    pet = answer("Pet")
    deployment = _path("deployment-id", **{"x-connector-client-setting": "azure_deployment"})
    layout = laid_out(
        {
            "/stores/{store_id}": {
                "get": {"operationId": "getStore", "parameters": [_path("store_id")], "responses": pet}
            },
            # listed in the other order than the path places them: the path decides
            "/stores/{store_id}/shelves/{shelf_id}": {
                "get": {
                    "operationId": "getShelf",
                    "parameters": [_path("shelf_id"), _path("store_id")],
                    "responses": pet,
                }
            },
            "/stores/{store_id}/shelves/{shelf_id}/items/{item_id}": {
                "post": {
                    "operationId": "updateItem",
                    "parameters": [_path("store_id"), _path("shelf_id"), _path("item_id")],
                    "requestBody": body,
                    "responses": pet,
                }
            },
            "/deployments/{deployment-id}/stores/{store_id}/count": {
                "get": {"operationId": "countStore", "parameters": [deployment, _path("store_id")], "responses": pet}
            },
        },
        {"Pet": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )
    files = PackageRenderer(layout, environment(), "generated for a test", "").resource_files()
    found: dict[str, tuple[list[str], list[str]]] = {}
    for text in files.values():
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.ClassDef):
                continue
            for method in node.body:
                if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) and not method.decorator_list:
                    positional = [a.arg for a in method.args.args[1:]]  # after `self`
                    found[f"{node.name}.{method.name}"] = (positional, [a.arg for a in method.args.kwonlyargs])
    return found


def _both(method: str) -> tuple[list[str], list[str]]:
    """The sync method's arguments, checked to be the async twin's too."""
    signatures = _signatures()
    assert signatures[method] == signatures[f"Async{method}"]
    return signatures[method]


def test_a_single_path_argument_stays_positional() -> None:
    assert _both("Stores.retrieve") == (["store_id"], ["extra_headers", "extra_query", "extra_body", "timeout"])


def test_two_path_arguments_the_last_positional_the_first_keyword_only() -> None:
    positional, keywords = _both("StoresShelves.retrieve")  # the spec lists them as (shelf_id, store_id)
    assert positional == ["shelf_id"]
    assert keywords[0] == "store_id"


def test_three_path_arguments_the_earlier_ones_first_after_the_star_in_path_order() -> None:
    positional, keywords = _both("StoresShelvesItems.update")
    assert positional == ["item_id"]
    assert keywords[:3] == ["store_id", "shelf_id", "count"]  # before the body's fields


def test_a_path_argument_a_client_setting_fills_counts_for_neither() -> None:
    positional, keywords = _both("DeploymentsStoresCount.retrieve")
    assert positional == ["store_id"]
    assert keywords[0] == "deployment_id"  # optional: the client's `azure_deployment` fills it
