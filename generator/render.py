"""Walk the layout and render every generated file's text through the templates."""

from __future__ import annotations

import ast
import collections
import dataclasses
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from generator.annotations import Annotator
from generator.layout import Layout, ResourceNode
from generator.naming import (
    METHOD_RESERVED,
    argument_identifier,
    field_identifier,
    is_plain_key,
    isort_key,
    operation_constant,
    unique,
)
from generator.parser.kinds import ArrayKind, Definition, FileKind, Kind, Nullable, UnionKind
from generator.parser.operations import Operation, Parameter, Response
from generator.runtime_source import ResourceHelpers, computed_fields, resource_helpers
from generator.type_namespaces import Target, type_namespaces

TEMPLATES = Path(__file__).parent / "templates"


def docstring_body(text: str) -> str:
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = "\n".join(line.rstrip() for line in text.splitlines())
    if text.endswith('"'):
        text += " "
    return text


def docstring(text: str, indent: str = "    ") -> str:
    body = docstring_body(text)
    if "\n" not in body:
        return f'"""{body}"""'
    lines = body.splitlines()
    rest = "\n".join(indent + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{indent}"""'


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = docstring
    env.filters["docstring_body"] = docstring_body
    env.filters["pystr"] = repr
    return env


@dataclasses.dataclass
class RenderedField:
    name: str
    wire_name: str
    annotation: str
    default: str = ""
    description: str = ""


class PackageRenderer:
    """Renders one API (the root one, or a namespace such as `azure`) into files of the package."""

    def __init__(
        self,
        layout: Layout,
        env: jinja2.Environment,
        header: str,
        prefix: str,
        helpers: Mapping[str, ResourceHelpers] | None = None,
        *,
        computed: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.layout = layout
        self.env = env
        self.header = header
        self.prefix = prefix  # "" for the root API, "azure/" for a namespace
        self.lib = "..lib" if not prefix else "..." + "lib"
        self.helpers = resource_helpers() if helpers is None else helpers  # resource path -> its mixins
        self.computed = computed_fields() if computed is None else computed  # field -> (lib module, mixin)

    # -- types ------------------------------------------------------------------------------

    def types_files(self) -> dict[str, str]:
        files: dict[str, str] = {}
        template = self.env.get_template("types_module.py.jinja")
        for module, keys in self.layout.modules.items():
            annotator = Annotator(self.layout)
            items: list[dict[str, Any]] = []
            for key in keys:
                items.extend(self._items(key, annotator))
            imports = self._imports(annotator.used, module)
            mixins: dict[str, set[str]] = collections.defaultdict(set)
            for item in items:
                for lib_module, mixin in item.get("mixins", ()):
                    mixins[lib_module].add(mixin)
            files[f"{self.prefix}types/{module}.py"] = template.render(
                header=self.header,
                lib=self.lib,
                imports=imports,
                mixin_imports=[(m, sorted(names)) for m, names in sorted(mixins.items())],
                items=_evaluable(_hard_order(_with_field_deps(items))),
            )
        lookup = sorted(
            [(self.layout.class_names[k], self.layout.module_of[k]) for k in self.layout.class_names]
            + [(self.layout.param_names[k], self.layout.module_of[k]) for k in self.layout.param_names],
            key=lambda item: isort_key(item[0]),
        )
        by_module: dict[str, list[str]] = collections.defaultdict(list)
        for name, module in lookup:
            by_module[module].append(name)
        spaces = type_namespaces(self.layout, {name for name, _ in lookup})
        aliases = spaces.pop((), {})
        context = {
            "header": self.header,
            "package": "types",
            "lib": self.lib,
            "modules": sorted(by_module.items()),
            "lookup": lookup,
            "aliases": sorted(aliases.items(), key=lambda item: isort_key(item[0])),
            "all_names": sorted([name for name, _ in lookup] + list(aliases), key=isort_key),
            **_stub_imports(aliases, "."),
        }
        files[f"{self.prefix}types/__init__.py"] = self.env.get_template("types_init.py.jinja").render(context)
        files[f"{self.prefix}types/__init__.pyi"] = self.env.get_template("types_init.pyi.jinja").render(context)
        files[f"{self.prefix}types/_index.py"] = self.env.get_template("types_index.py.jinja").render(context)
        files.update(self._namespace_files(spaces))
        return files

    def _namespace_files(self, spaces: dict[tuple[str, ...], dict[str, Target]]) -> dict[str, str]:
        """`types/<a>/<b>/__init__.py(i)`: the type modules laid out as openai-python's."""
        files: dict[str, str] = {}
        code = self.env.get_template("types_namespace.py.jinja")
        for path, exports in spaces.items():
            if path[0] in self.layout.modules:  # a flat module already has the name: no package beside it
                continue
            depth = len(path)
            folder = f"{self.prefix}types/{'/'.join(path)}"
            context = {
                "header": self.header,
                "title": f"`types.{'.'.join(path)}`, laid out as openai-python's",
                "lib": "." * depth + self.lib,
                "depth": depth,
                "exports": list(exports.items()),
                **_stub_imports(exports, "." * (depth + 1)),
            }
            files[f"{folder}/__init__.py"] = code.render(context)  # one file: its imports for type checkers too
        return files

    def _items(self, key: str, annotator: Annotator) -> list[dict[str, Any]]:
        definition = self.layout.api.definitions[key]
        name = self.layout.class_names[key]
        items = []
        before = set(annotator.used)
        if definition.fields is not None:
            # A field SDKs compute is a property of a runtime mixin, where the runtime has one for it.
            computed = {f.wire_name for f in definition.fields if f.computed and f.wire_name in self.computed}
            mixins = sorted({self.computed[field] for field in computed})
            items.append(
                {
                    "form": "model",
                    "name": name,
                    "description": definition.description,
                    "fields": self._model_fields(definition, annotator, leave_out=computed),
                    "deps": set(),
                    "mixins": mixins,
                }
            )
        else:
            assert definition.alias is not None
            annotation = annotator.render(definition.alias, "model")
            items.append(
                {
                    "form": "alias",
                    "name": name,
                    "description": definition.description,
                    "annotation": annotation,
                    "deps": self._names(annotator.used - before),
                }
            )
        param = self.layout.param_names.get(key)
        if param is not None:
            before = set(annotator.used)
            if definition.fields is not None:
                fields = self._param_fields(definition, annotator)
                plain = all(is_plain_key(f.wire_name) for f in fields)
                items.append(
                    {
                        "form": "typeddict" if plain else "functional_typeddict",
                        "name": param,
                        "description": definition.description,
                        "fields": fields,
                        "deps": set() if plain else self._names(annotator.used - before),
                    }
                )
            else:
                assert definition.alias is not None
                annotation = annotator.render(definition.alias, "param")
                items.append(
                    {
                        "form": "alias",
                        "name": param,
                        "description": definition.description,
                        "annotation": annotation,
                        "deps": self._names(annotator.used - before),
                    }
                )
        return items

    def _names(self, used: set[str]) -> set[str]:
        out = set()
        for entry in used:
            key, _, flag = entry.partition("#")
            out.add(self.layout.param_names[key] if flag else self.layout.class_names[key])
        return out

    def _model_fields(
        self, definition: Definition, annotator: Annotator, leave_out: set[str] | frozenset[str] = frozenset()
    ) -> list[RenderedField]:
        fields: list[RenderedField] = []
        taken: set[str] = set()
        assert definition.fields is not None
        for field in definition.fields:
            if field.wire_name in leave_out:
                continue
            name = unique(field_identifier(field.wire_name), taken)
            annotation = annotator.render(field.kind, "model")
            optional = not field.required or isinstance(field.kind, Nullable)
            if optional and annotation != "Any" and not annotation.endswith("| None") and annotation != "None":
                annotation += " | None"
            alias = f", alias={json.dumps(field.wire_name)}" if name != field.wire_name else ""
            if optional:
                default = f" = Field(default=None{alias})" if alias else " = None"
            else:  # a required field the server leaves out reads as None (lib/_models.py)
                default = f" = Field(default_factory=_missing{alias})"
            fields.append(RenderedField(name, field.wire_name, annotation, default, field.description))
        return fields

    def _param_fields(self, definition: Definition, annotator: Annotator) -> list[RenderedField]:
        fields = []
        assert definition.fields is not None
        for field in definition.fields:
            annotation = annotator.render(field.kind, "param")
            if field.required:
                annotation = f"Required[{annotation}]"
            fields.append(RenderedField(field.wire_name, field.wire_name, annotation, "", field.description))
        return fields

    def _imports(self, used: set[str], module: str | None) -> list[tuple[str, list[str]]]:
        grouped: dict[str, set[str]] = collections.defaultdict(set)
        for entry in used:
            key, _, flag = entry.partition("#")
            target = self.layout.module_of[key]
            if target == module:
                continue
            grouped[target].add(self.layout.param_names[key] if flag else self.layout.class_names[key])
        return [(m, sorted(names)) for m, names in sorted(grouped.items())]

    # -- resources --------------------------------------------------------------------------

    def resource_files(self) -> dict[str, str]:
        files: dict[str, str] = {}
        template = self.env.get_template("resource_module.py.jinja")
        for attribute, top in self.layout.resources.children.items():
            # Annotations are strings at run time (PEP 563), so the module imports its types for type
            # checkers alone; each method imports the models its answer is parsed into when first
            # called, so loading a resource loads no model and a call loads only its own.
            annotator = Annotator(self.layout)
            nodes = list(_walk(top))
            operations: list[dict[str, Any]] = []
            resources: list[dict[str, Any]] = []
            for node in nodes:
                methods = [self._method(op, annotator, Annotator(self.layout)) for op in node.operations]
                operations.extend(m["op"] for m in methods)
                helpers = self.helpers.get(".".join(node.path))
                resources.append(
                    {
                        "class_name": node.class_name,
                        "mixins": (helpers.sync_class, helpers.async_class) if helpers else None,
                        "description": "",
                        "children": [{"attribute": a, "class_name": c.class_name} for a, c in node.children.items()],
                        "methods": methods,
                    }
                )
            module = self.layout.top_module_of[attribute]
            files[f"{self.prefix}resources/{module}.py"] = template.render(
                header=self.header,
                lib=self.lib,
                types_package="..types",
                typing_imports=self._imports(
                    annotator.used | {u for r in resources for m in r["methods"] for u in m["used"]}, None
                ),
                operations=operations,
                resources=resources,
                mixin_imports=self._mixin_imports(nodes),
            )
        files[f"{self.prefix}resources/__init__.py"] = f"# {self.header}\n"
        return files

    def _mixin_imports(self, nodes: list[ResourceNode]) -> list[tuple[str, list[str]]]:
        """(module inside lib/, [class names]) of the helper mixins the module's resources inherit."""
        grouped: dict[str, set[str]] = collections.defaultdict(set)
        for node in nodes:
            helpers = self.helpers.get(".".join(node.path))
            if helpers is not None:
                grouped[helpers.module].update((helpers.sync_class, helpers.async_class))
        return [(module, sorted(names)) for module, names in sorted(grouped.items())]

    def _method(self, op: Operation, annotator: Annotator, runtime: Annotator) -> dict[str, Any]:
        """One method; `annotator` renders annotations, `runtime` the type expressions the call needs at run time."""
        constant = operation_constant(op.operation_id, op.variant)
        signature = _Signature(op, annotator)
        response = op.response
        returns, cast_to = self._returns(op, annotator, runtime)
        method: dict[str, Any] = {
            "name": op.name,
            "constant": constant,
            "arguments": signature.arguments(),
            "overloads": [],
            "stream_switch": "",
            "paginated": False,
            "docstring": _method_docstring(op, signature.doc_args),
        }
        head = [*signature.positional, "*"]
        keywords = signature.keywords
        common = COMMON_PARAMETERS
        stream_used: set[str] = set()
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
                method["overloads"] = [
                    {
                        "params": [*head, *keywords, f"{flag}: Literal[False] | NotGiven | None = NOT_GIVEN", *common],
                        "returns": plain,
                    },
                    {"params": [*head, *keywords, f"{flag}: Literal[True]", *common], "returns": streamed},
                    {"params": [*head, *keywords, f"{flag}: bool", *common], "returns": either},
                ]
                method.update(
                    call="call",
                    params=[*head, *keywords, f"{flag}: bool | NotGiven | None = NOT_GIVEN", *common],
                    returns=either,
                    stream_switch=flag,
                    stream_returns=streamed,
                    stream_imports=self._imports(stream_runtime.used - runtime.used, None),
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
        method["used"] = runtime.used | stream_used
        method["local_imports"] = self._imports(runtime.used, None)
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

COMMON_PARAMETERS = (
    "extra_headers: Headers | None = None",
    "extra_query: Query | None = None",
    "extra_body: Body | None = None",
    "timeout: Timeout | NotGiven = NOT_GIVEN",
)
# The keyword arguments every method passes on to the runtime as they are.
COMMON_ARGUMENTS = ("extra_headers", "extra_query", "extra_body", "timeout")


class _Signature:
    """The Python parameters of one operation's method and where each goes in the request."""

    def __init__(self, op: Operation, annotator: Annotator) -> None:
        self.op = op
        self.annotator = annotator
        self.positional: list[str] = []
        self.keywords: list[str] = []
        self.doc_args: list[tuple[str, str]] = []
        self.stream_field = ""
        self.client_params = {p.wire_name: p.client_setting for p in op.parameters if p.client_setting}
        self._taken = set(METHOD_RESERVED)
        self._targets: dict[str, list[str]] = collections.defaultdict(list)
        self.checks: dict[str, dict[str, dict[str, Any]]] = {}
        for parameter in sorted(op.parameters, key=lambda p: ("path", "query", "header").index(p.location)):
            self._parameter(parameter)
        if op.body is not None:
            self._body()

    def _claim(self, wire: str, location: str) -> str:
        return unique(argument_identifier(wire), self._taken, qualifier=location)

    def _parameter(self, parameter: Parameter) -> None:
        name = self._claim(parameter.argument or parameter.wire_name, parameter.location)
        annotation = self.annotator.render(parameter.kind, "param")
        self._targets[parameter.location].append(f"{json.dumps(parameter.wire_name)}: {name}")
        self.doc_args.append((name, parameter.description))
        if parameter.checks:
            self.checks.setdefault(parameter.location, {})[parameter.wire_name] = parameter.checks
        if parameter.location == "path" and not parameter.client_setting:
            self.positional.append(f"{name}: {annotation}")
        elif parameter.location == "query" and self._switches_stream(parameter.wire_name):
            self.stream_field = name  # `GET /responses/{id}?stream=true`: the overloads take it
        elif parameter.required and not parameter.client_setting:
            self.keywords.append(f"{name}: {annotation}")
        else:
            self.keywords.append(f"{name}: {not_given(annotation)} = NOT_GIVEN")

    def _body(self) -> None:
        body = self.op.body
        assert body is not None
        if body.fields is None:
            annotation = "bytes" if body.media == "binary" else self.annotator.render(body.kind, "param")
            self._taken.add("body")
            self._targets["body_value"].append("body")
            self.keywords.append(
                f"body: {annotation}" if body.required else f"body: {not_given(annotation)} = NOT_GIVEN"
            )
            return
        for field in body.fields:
            name = self._claim(field.wire_name, "body")
            annotation = self.annotator.render(field.kind, "param")
            target = "files" if body.media == "multipart" and _is_file(field.kind) else "body"
            self._targets[target].append(f"{json.dumps(field.wire_name)}: {name}")
            self.doc_args.append((name, field.description))
            if field.checks and target == "body":
                self.checks.setdefault("body", {})[field.wire_name] = field.checks
            if self._switches_stream(field.wire_name):
                self.stream_field = name
            elif field.required:
                self.keywords.append(f"{name}: {annotation}")
            else:
                self.keywords.append(f"{name}: {not_given(annotation)} = NOT_GIVEN")

    def _switches_stream(self, wire_name: str) -> bool:
        """Whether this parameter or body field is the `stream` flag of an operation that can answer as a stream."""
        return wire_name == "stream" and self.op.response.stream is not None and not self.stream_field

    def arguments(self) -> list[tuple[str, str]]:
        """Keyword arguments of the runtime call, as (keyword, Python expression)."""
        targets = self._targets
        fixed = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in self.op.fixed_query.items()]
        arguments = []
        for keyword_, items in (
            ("path_params", targets["path"]),
            ("query", fixed + targets["query"]),
            ("headers", targets["header"]),
        ):
            if items:
                arguments.append((keyword_, "{" + ", ".join(items) + "}"))
        if targets["body_value"]:
            arguments.append(("body", "body"))
        elif self.op.body is not None:
            arguments.append(("body", "{" + ", ".join(targets["body"]) + "}"))
        if targets["files"]:
            arguments.append(("files", "{" + ", ".join(targets["files"]) + "}"))
        return arguments + [(k, k) for k in COMMON_ARGUMENTS]


def not_given(annotation: str) -> str:
    """`T | NotGiven`, keeping `None` last as linters expect."""
    if annotation.endswith(" | None"):
        return annotation[: -len(" | None")] + " | NotGiven | None"
    return annotation + " | NotGiven"


def _is_file(kind: Kind) -> bool:
    if isinstance(kind, Nullable):
        return _is_file(kind.inner)
    if isinstance(kind, ArrayKind):
        return _is_file(kind.item)
    if isinstance(kind, UnionKind):
        return any(_is_file(variant) for variant in kind.variants)
    return isinstance(kind, FileKind)


def _stub_imports(exports: dict[str, Target], up: str) -> dict[str, Any]:
    """What a namespace's `.pyi` imports, its unions and its names (`imports`, `unions`, `names`)."""
    imports: set[tuple[str, str, str]] = set()
    unions: list[tuple[str, list[str]]] = []
    for name, target in exports.items():
        if len(target) == 1:
            imports.add((target[0][0], target[0][1], name))
            continue
        for module, attr in target:
            imports.add((module, attr, f"_{attr}"))
        unions.append((name, [f"_{attr}" for _, attr in target]))
    return {
        "up": up,
        "imports": sorted(imports),
        "unions": sorted(unions),
        "names": sorted(exports, key=isort_key),
    }


def _walk(node: ResourceNode) -> list[ResourceNode]:
    out = [node]
    for child in node.children.values():
        out.extend(_walk(child))
    return out


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


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _with_field_deps(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Classes depend on the names of this module their field annotations use (annotations evaluate at import)."""
    local = {item["name"] for item in items}
    for item in items:
        if item["form"] in ("model", "typeddict"):
            used = set().union(*(_IDENTIFIER.findall(f.annotation) for f in item["fields"]))
            item["deps"] = (used & local) - {item["name"]}
    return items


def _evaluable(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote the field annotations Python could not evaluate where they stand.

    Types modules do not use `from __future__ import annotations`: an annotation Python evaluates when
    the class is defined costs pydantic far less than a string it must compile (a fifth of a cold
    start's model cost). Left as strings, for pydantic to resolve on first use: annotations that
    name a class of this module defined later (cycles, self-references), and annotations of a
    model that use one of its own field names (a field's default rebinds that name in the class body).
    """
    defined: set[str] = set()
    local = {item["name"] for item in items}
    for item in items:
        if item["form"] in ("model", "typeddict"):
            pending = local - defined
            shadowing = {f.name for f in item["fields"]} if item["form"] == "model" else set()
            item["fields"] = [
                dataclasses.replace(f, annotation=_quoted(f.annotation))
                if set(_IDENTIFIER.findall(f.annotation)) & (pending | shadowing)
                else f
                for f in item["fields"]
            ]
        defined.add(item["name"])
    return items


def _quoted(annotation: str) -> str:
    return f"'{annotation}'" if '"' in annotation else f'"{annotation}"'


def _hard_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Annotations, aliases and functional TypedDicts evaluate at import: define what they use first."""
    by_name = {item["name"]: item for item in items}
    placed: set[str] = set()
    out: list[dict[str, Any]] = []

    def place(item: dict[str, Any], stack: frozenset[str]) -> None:
        if item["name"] in placed or item["name"] in stack:
            return
        for dep in sorted(item["deps"]):
            if dep in by_name:
                place(by_name[dep], stack | {item["name"]})
        placed.add(item["name"])
        out.append(item)

    for item in items:
        place(item, frozenset())
    return out


def check_syntax(files: dict[str, str]) -> None:
    for path, text in files.items():
        if path.endswith((".py", ".pyi")):
            try:
                ast.parse(text, filename=path)
            except SyntaxError as exc:
                raise RuntimeError(f"generator bug: {path}:{exc.lineno}: {exc.msg}") from exc
