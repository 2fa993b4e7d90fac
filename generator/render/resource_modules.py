"""`resources/<group>.py`: the resource classes of one top-level path segment and their methods."""

from __future__ import annotations

import collections
import json
from typing import Any
from urllib.parse import urlsplit

from generator.annotations import Annotator
from generator.layout import ResourceNode
from generator.naming import operation_constant
from generator.parser.operations import Operation, Response
from generator.render.answer_overloads import answer_cast, answer_overloads
from generator.render.context import RenderContext
from generator.render.signature import COMMON_PARAMETERS, Signature
from generator.render.wrapping_helpers import helper_imports, wrapping_methods
from generator.runtime_source import helper_types


class ResourceModules:
    """Renders the resource modules of one API."""

    def __init__(self, context: RenderContext) -> None:
        self.context = context
        self.layout = context.layout

    def files(self) -> dict[str, str]:
        files: dict[str, str] = {}
        template = self.context.env.get_template("resource_module.py.jinja")
        for attribute, top in self.layout.resources.children.items():
            # Annotations are strings at run time (PEP 563), so the module imports its types for type
            # checkers alone; each method imports the models its answer is parsed into when first
            # called, so loading a resource loads no model and a call loads only its own.
            annotator = Annotator(self.layout)
            nodes = list(top.walk())
            operations: list[dict[str, Any]] = []
            resources: list[dict[str, Any]] = []
            for node in nodes:
                methods = [self._method(op, annotator, Annotator(self.layout)) for op in node.operations]
                operations.extend(m["op"] for m in methods)
                helpers = self.context.helpers.get(".".join(node.path))
                wrappers = wrapping_methods(".".join(node.path), helpers.wrappers, methods) if helpers else []
                resources.append(
                    {
                        "class_name": node.class_name,
                        "mixins": (helpers.sync_class, helpers.async_class) if helpers else None,
                        "description": "",
                        "children": [{"attribute": a, "class_name": c.class_name} for a, c in node.children.items()],
                        "methods": methods,
                        "helpers": wrappers,
                    }
                )
            module = self.layout.top_module_of[attribute]
            files[f"{self.context.prefix}resources/{module}.py"] = template.render(
                header=self.context.header,
                lib=self.context.lib,
                types_package="..types",
                typing_imports=self.context.imports(
                    annotator.used | {u for r in resources for m in r["methods"] for u in m["used"]}, None
                ),
                operations=operations,
                resources=resources,
                mixin_imports=self._mixin_imports(nodes),
                helper_imports=helper_imports(
                    [w for r in resources for w in r["helpers"]], helper_types(), self.context.lib
                ),
            )
        files[f"{self.context.prefix}resources/__init__.py"] = f"# {self.context.header}\n"
        return files

    def _mixin_imports(self, nodes: list[ResourceNode]) -> list[tuple[str, list[str]]]:
        """(module inside lib/, [class names]) of the helper mixins the module's resources inherit."""
        grouped: dict[str, set[str]] = collections.defaultdict(set)
        for node in nodes:
            helpers = self.context.helpers.get(".".join(node.path))
            if helpers is not None:
                grouped[helpers.module].update((helpers.sync_class, helpers.async_class))
        return [(module, sorted(names)) for module, names in sorted(grouped.items())]

    def _method(self, op: Operation, annotator: Annotator, runtime: Annotator) -> dict[str, Any]:
        """One method; `annotator` renders annotations, `runtime` the type expressions the call needs at run time."""
        constant = operation_constant(op.operation_id, op.variant)
        signature = Signature(op, annotator)
        response = op.response
        returns, cast_to = self._returns(op, annotator, runtime)
        method: dict[str, Any] = {
            "name": op.name,
            "constant": constant,
            "arguments": signature.arguments(),
            "overloads": [],
            "view_signature": None,  # the signature the views read, where it is not the first overload's
            "stream_switch": "",
            "paginated": False,
            "docstring": _method_docstring(op, signature.doc_args),
        }
        head = [*signature.positional, "*"]
        keywords = signature.keywords
        common = COMMON_PARAMETERS
        stream_used: set[str] = set()
        answered = signature.argument_of.get(op.answer_by.parameter, "") if op.answer_by else ""
        cast_to = answer_cast(op, answered, cast_to, runtime)

        def by_answer(*flag: str) -> list[dict[str, Any]]:
            return answer_overloads(op, answered, [*head, *keywords], [*flag, *common], annotator)

        page_item = response.page_item or response.single_page_item
        if page_item is not None:
            # A list answer is a page (parser/pages.py): iterating it yields the items (of every page, for a
            # cursor list). The async method returns an `AsyncPaginator`: awaited it is the page, `async for`
            # walks the items.
            item = annotator.render(page_item, "model", open_values=False, annotated=False)
            item_type = runtime.render(page_item, "model", open_values=False)
            page, cursor = (_PAGE_CLASSES[op.pagination["page"]], '"after"') if op.pagination else ("Page", "None")
            method.update(
                call="call_page",
                params=[*head, *keywords, *common],
                returns={"sync": f"Sync{page}[{item}]", "async": f"AsyncPaginator[{item}, Async{page}[{item}]]"},
                call_extra=[("cast_to", cast_to), ("item_type", item_type), ("cursor_param", cursor)],
                paginated=True,
            )
        elif response.stream is not None and (signature.stream_field or response.kind == "none"):
            chunk = annotator.render(response.stream, "model", open_values=False, annotated=False)
            # The chunk model is imported in the streaming branch alone: a plain call never loads it.
            stream_runtime = runtime if response.kind == "none" else Annotator(self.layout)
            chunk_type = stream_runtime.render(response.stream, "model", open_values=False)
            stream_used = stream_runtime.used
            streamed = {"sync": f"Stream[{chunk}]", "async": f"AsyncStream[{chunk}]"}
            if response.kind == "none":
                method.update(
                    call="call_stream",
                    params=[*head, *keywords, *common],
                    returns=streamed,
                    call_extra=[("chunk_type", chunk_type)],
                )
            else:
                flag = signature.stream_field
                plain = {"sync": returns, "async": returns}
                either = {v: f"{returns} | {streamed[v]}" for v in ("sync", "async")}
                not_streamed = f"{flag}: Literal[False] | NotGiven | None = NOT_GIVEN"
                method["overloads"] = [
                    *by_answer(not_streamed),
                    {"params": [*head, *keywords, not_streamed, *common], "returns": plain},
                    {"params": [*head, *keywords, f"{flag}: Literal[True]", *common], "returns": streamed},
                    {"params": [*head, *keywords, f"{flag}: bool", *common], "returns": either},
                ]
                method.update(
                    call="call",
                    params=[*head, *keywords, f"{flag}: bool | NotGiven | None = NOT_GIVEN", *common],
                    returns=either,
                    stream_switch=flag,
                    stream_returns=streamed,
                    stream_imports=self.context.imports(stream_runtime.used - runtime.used, None),
                    chunk_type=chunk_type,
                    call_extra=[("cast_to", cast_to)],
                )
        else:
            method.update(
                call="call",
                params=[*head, *keywords, *common],
                returns={"sync": returns, "async": returns},
                call_extra=[("cast_to", cast_to)],
            )
            if op.answer_by is not None:  # the overloads by answer, then the whole union's
                method["overloads"] = [*by_answer(), {"params": method["params"], "returns": method["returns"]}]
        if op.answer_by is not None and method["overloads"]:
            # The views' signature (mypy reads an overloaded method's first): the whole union, not the default's.
            method["view_signature"] = method["overloads"][len(op.answer_by.groups)]
        # what a helper wrapping this method (`wrapping_helpers.py`) takes from its signature
        method["wrappable"] = {
            "positional": signature.positional,
            "keywords": keywords,
            "stream_field": signature.stream_field,
            "returns": returns,
            "paginated": method["paginated"],
        }
        method["used"] = runtime.used | stream_used
        method["local_imports"] = self.context.imports(runtime.used, None)
        method["op"] = {
            "constant": constant,
            "api": op.api,
            "operation_id": op.operation_id,
            "method": op.method,
            "path": op.path,
            "request_kind": op.body.media if op.body else "none",
            "response_kind": response.kind,
            "accept": _accept(response),
            "server_path": self._server_path(op),
            "client_params": json.dumps(signature.client_params) if signature.client_params else "",
            "checks": repr(signature.checks) if signature.checks else "",
            "facts": _facts(op),
        }
        return method

    def _server_path(self, op: Operation) -> str:
        """The path of the spec's server (`/openai/v1`), for a namespace the runtime does not route itself."""
        if op.api in ("openai", "azure"):
            return ""
        return urlsplit(self.layout.api.base_url).path.rstrip("/")

    def _returns(self, op: Operation, annotator: Annotator, runtime: Annotator) -> tuple[str, str]:
        response = op.response
        if response.kind in ("json", "json_or_text") and response.json is not None:
            annotation = annotator.render(response.json, "model", open_values=False, annotated=False)
            cast_to = runtime.render(response.json, "model", open_values=False)
            return (f"{annotation} | str" if response.kind == "json_or_text" else annotation), cast_to
        if response.kind == "text":
            return "str", "str"
        if response.kind == "binary":
            return "BinaryResponse", "BinaryResponse"
        return "None", "NoneType"


def _facts(op: Operation) -> list[tuple[str, str]]:
    """The runtime facts of `op` that differ from `Operation`'s defaults, as (keyword, Python literal)."""
    values: list[tuple[str, object]] = [
        ("deprecated", op.deprecated),
        ("deprecation", op.deprecation),
        ("security", op.security),
        ("deployment_scoped", op.deployment_scoped),
        ("version_param", op.version_param),
        ("stream_done", op.stream_done),
        ("stream_enveloped", op.stream_enveloped),
        ("genai_operation", op.genai_operation),
        ("upload_formats", op.upload_formats),
        ("pagination", op.pagination),
        ("query_styles", op.query_styles),
    ]
    return [(name, repr(value)) for name, value in values if value]


def _accept(response: Response) -> str:
    """The Accept header of a non-streamed call when it is not the runtime's default (JSON)."""
    accept = ", ".join(response.accept)
    return accept if accept and accept != "application/json" else ""


# `Operation.pagination["page"]` -> the page class (less `Sync`/`Async`) its list method answers with
_PAGE_CLASSES = {"cursor": "CursorPage", "conversation": "ConversationCursorPage", "next": "NextCursorPage"}


def _method_docstring(op: Operation, args: list[tuple[str, str]]) -> str:
    parts = [p for p in (op.summary.strip(), op.description.strip()) if p]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    text = "\n\n".join(parts) or f"{op.method} {op.path}"
    if op.deprecated:
        text = (f"Deprecated: {op.deprecation}" if op.deprecation else "Deprecated.") + "\n\n" + text
    described = [(name, " ".join(desc.split())) for name, desc in args if desc.strip()]
    if described:
        text += "\n\nArgs:\n" + "\n".join(f"  {name}: {desc}" for name, desc in described)
    return text
