"""From spec files to rendered files: load, overlay, normalise, parse, lay out, render."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import __version__
from generator.diagnostics import Diagnostics
from generator.extras import extra_paths
from generator.layout import Layout, plan
from generator.naming import ClassNames, isort_key, namespace_class, namespace_identifier
from generator.naming.reserved import GENERATED_CLIENTS
from generator.parser import Api, parse_api
from generator.parser.facts import link_azure_classic
from generator.parser.kinds import AnyKind
from generator.parser.resources import placed_by_spec
from generator.render import PackageRenderer, check_syntax, environment
from generator.runtime_source import LIB, REPO_ROOT, ResourceHelpers, runtime_names
from generator.spec.loader import as_mapping
from generator.spec.read import read_overlays, read_spec

# Parts of lib/ built on the OpenAI resources (the actions layer, its command line, the resources' helper
# methods and their typed results): copied only into packages that have every resource they use.
HELPER_PARTS = ("helpers",)
OPENAI_PARTS = (*extra_paths("actions", "cli"), *HELPER_PARTS)
OPENAI_RESOURCES = frozenset(
    {
        "chat",
        "completions",
        "embeddings",
        "images",
        "audio",
        "moderations",
        "models",
        "fine_tuning",
        "files",
        "batches",
        "responses",
    }
)


@dataclasses.dataclass
class SpecInput:
    path: Path
    label: str  # how the manifest and diagnostics name the file, e.g. specs/openai/openapi-2026-08-21.yaml
    sha256: str
    document: dict[str, Any]


@dataclasses.dataclass
class Generation:
    files: dict[str, str]  # path inside the package -> text
    apis: list[Api]
    inputs: list[SpecInput]
    diagnostics: Diagnostics

    @property
    def has_openai_surface(self) -> bool:
        """Whether the root API has every resource lib's OpenAI parts (actions, CLI, helpers) are built on."""
        return has_openai_surface(self.apis)

    def report(self) -> dict[str, Any]:
        total = sum(1 for api in self.apis for o in api.operations if not o.variant)
        untyped = [
            {"operation": o.operation_id, "method": o.method, "path": o.path, "file": api.file}
            for api in self.apis
            for o in api.operations
            if (o.response.kind in ("json", "json_or_text") and isinstance(o.response.json, AnyKind))
            or isinstance(o.response.stream, AnyKind)
        ]
        return {
            "generator_version": __version__,
            "operations_total": total,
            "operations_generated": total,
            "skipped": [],
            "extra_methods": [
                f"{'.'.join(o.resource)}.{o.name}" for api in self.apis for o in api.operations if o.variant
            ],
            "untyped_responses": untyped,
            "placed_by_default": self.placed_by_default(),
            "schemas_total": sum(api.schemas.component_count for api in self.apis),
            "models_generated": sum(len(api.definitions) for api in self.apis),
            "diagnostics": [dataclasses.asdict(d) for d in self.diagnostics.items],
        }

    def placed_by_default(self) -> list[dict[str, str]]:
        """The operations no overlay places (`x-connector-resource` and `x-connector-method`), as placed."""
        return [
            {
                "file": api.file,
                "operation": o.operation_id,
                "method": o.method,
                "path": o.path + ("?" + urllib.parse.urlencode(o.fixed_query) if o.fixed_query else ""),
                "client_path": ".".join(("client", *filter(None, (api.namespace,)), *o.resource, o.name)),
            }
            for api in self.apis
            for o in api.operations
            if not o.variant and not placed_by_spec(o)
        ]

    def manifest(self) -> dict[str, Any]:
        return {
            "generator_version": __version__,
            "specs": [
                {
                    "file": spec.label,
                    "title": api.title,
                    "version": api.version,
                    "openapi": api.openapi,
                    "sha256": spec.sha256,
                    "namespace": api.namespace,
                    "operations": sum(1 for o in api.operations if not o.variant),
                    "schemas": api.schemas.component_count,
                }
                for spec, api in zip(self.inputs, self.apis, strict=True)
            ],
        }


def header_line(titles: list[str]) -> str:
    """The first line of every generated file: which APIs, never which files (those go in the manifest)."""
    unique = list(dict.fromkeys(title or "untitled" for title in titles))
    specs = "spec" if len(unique) == 1 else "specs"
    return f"generated from the {', '.join(unique)} {specs} by the openai-connector generator; do not edit"


def label_for(path: Path) -> str:
    """A stable, machine-independent name for a spec file: relative to the repo or cwd when possible."""
    resolved = path.resolve()
    for base in (Path.cwd().resolve(), REPO_ROOT):
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


def load_inputs(spec_paths: list[Path], overlay_paths: list[Path], diagnostics: Diagnostics) -> list[SpecInput]:
    overlays = read_overlays(overlay_paths, label_for)
    inputs = []
    for path in spec_paths:
        label = label_for(path)
        document = read_spec(path, overlays, diagnostics, label)
        inputs.append(SpecInput(path, label, hashlib.sha256(path.read_bytes()).hexdigest(), document))
    return inputs


def namespace_of(document: dict[str, Any], index: int, chosen: str | None = None) -> str:
    if index == 0:
        return ""
    if chosen:
        return chosen
    info = as_mapping(document.get("info"))
    explicit = info.get("x-connector-namespace")
    return namespace_identifier(str(explicit or info.get("title") or f"api_{index}"))


def has_openai_surface(apis: list[Api]) -> bool:
    """Whether the root API has every resource lib's OpenAI parts (actions, CLI, helpers) are built on."""
    root = apis[0] if apis else None
    return root is not None and OPENAI_RESOURCES <= {o.resource[0] for o in root.operations if o.resource}


def generate(
    spec_paths: list[Path],
    overlay_paths: list[Path],
    package: str = "openai_connector",
    namespaces: list[str | None] | None = None,
    select_api: Callable[[Api], Api] | None = None,
    *,
    linked_specs: list[Path] | None = None,
) -> Generation:
    """Everything `generate` writes, in memory; `namespaces` overrides the specs' own, by position.

    `select_api` may narrow each parsed API (to some resources, for `vendor --only`) before layout.
    `linked_specs` are read for the facts they give the others (Azure's: which OpenAI operations its
    classic API serves per deployment), not generated: the configured specs a selection leaves out.
    """
    diagnostics = Diagnostics()
    inputs = load_inputs(spec_paths, overlay_paths, diagnostics)
    names = ClassNames()
    env = environment()
    files: dict[str, str] = {}
    apis: list[Api] = []
    layouts: list[Layout] = []
    for index, spec in enumerate(inputs):
        namespace = namespace_of(spec.document, index, namespaces[index] if namespaces else None)
        apis.append(parse_api(spec.document, spec.label, namespace, diagnostics))
    linked = [
        parse_api(spec.document, spec.label, namespace_of(spec.document, index + 1), Diagnostics())
        for index, spec in enumerate(load_inputs(linked_specs or [], overlay_paths, Diagnostics()))
    ]
    link_azure_classic(apis + linked)  # before a selection may leave Azure's operations out
    if select_api is not None:
        apis = [select_api(api) for api in apis]
    # lib/helpers/ is copied with the OpenAI parts only; None: the runtime's index of them
    helpers: dict[str, ResourceHelpers] | None = None if has_openai_surface(apis) else {}
    computed: dict[str, tuple[str, str]] | None = None if helpers is None else {}
    for index, api in enumerate(apis):
        namespace = api.namespace
        # Each namespace is its own package of types, so names need only be unique within it.
        layout = plan(api, names if index == 0 else namespace_names(namespace))
        layouts.append(layout)
        header = header_line([api.title])
        prefix = f"{namespace}/" if namespace else ""
        renderer = PackageRenderer(layout, env, header, prefix, helpers, computed=computed)
        files.update(renderer.types_files())
        files.update(renderer.resource_files())
    files.update(_root_files(layouts, env, package))
    check_syntax(files)
    return Generation(files, apis, inputs, diagnostics)


def namespace_names(namespace: str) -> ClassNames:
    """Class names for a namespace's package: its own, less the classes its `__init__` defines."""
    names = ClassNames()
    for name in (namespace_class(namespace), "Async" + namespace_class(namespace)):
        names.reserve(name)
    return names


def _root_files(layouts: list[Layout], env: Any, package: str) -> dict[str, str]:
    files: dict[str, str] = {}
    header = header_line([layout.api.title for layout in layouts])
    attributes = []
    for layout in layouts:
        namespace = layout.api.namespace
        if not namespace:
            for attribute, node in layout.resources.children.items():
                attributes.append(
                    {
                        "name": attribute,
                        "class_name": node.class_name,
                        "module": f".resources.{layout.top_module_of[attribute]}",
                    }
                )
            continue
        ns_header = header_line([layout.api.title])
        class_name = namespace_class(namespace)
        ns_attributes = [
            {
                "name": attribute,
                "class_name": node.class_name,
                "module": f".resources.{layout.top_module_of[attribute]}",
            }
            for attribute, node in layout.resources.children.items()
        ]
        files[f"{namespace}/__init__.py"] = env.get_template("namespace_init.py.jinja").render(
            header=ns_header,
            lib="..lib",
            title=layout.api.title,
            version=layout.api.version,
            namespace=namespace,
            class_name=class_name,
            attributes=ns_attributes,
        )
        attributes.append({"name": namespace, "class_name": class_name, "module": f".{namespace}"})
    base_url = layouts[0].api.base_url if layouts else ""
    files["_client.py"] = env.get_template("client.py.jinja").render(
        header=header,
        attributes=attributes,
        base_url=base_url,
        api_versions=api_versions(layouts),
        webhooks=webhook_events(layouts[0]) if layouts else None,
    )
    lookup = [(name, "._client") for name in sorted(GENERATED_CLIENTS)]
    lookup += [(name, f".{LIB}") for name in sorted(runtime_names().exports)]
    lookup.sort(key=lambda item: isort_key(item[0]))
    imports: dict[str, list[str]] = {}
    for name, module in lookup:
        imports.setdefault(module, []).append(name)
    files["__init__.py"] = env.get_template("package_init.py.jinja").render(
        header=header,
        description=f"{package}: a typed client for {', '.join(layout.api.title for layout in layouts)}.",
        imports=sorted(imports.items()),
        lookup=lookup,
    )
    files["pagination.py"] = env.get_template("pagination.py.jinja").render(header=header, lib=f".{LIB}")
    files["_legacy_response.py"] = env.get_template("legacy_response.py.jinja").render(header=header, lib=f".{LIB}")
    files["py.typed"] = ""
    return files


def webhook_events(layout: Layout) -> dict[str, str] | None:
    """The root spec's union of webhook events (`client.webhooks` parses into it), if it has webhooks."""
    key = layout.api.webhook_events
    if key is None or key not in layout.class_names:
        return None
    return {"class_name": layout.class_names[key], "module": f".types.{layout.module_of[key]}"}


def api_versions(layouts: list[Layout]) -> list[str]:
    """The versions of the specs whose operations take the client's `api_version` (Azure's)."""
    versions = {
        layout.api.version
        for layout in layouts
        if any(p.client_setting == "api_version" for o in layout.api.operations for p in o.parameters)
    }
    return sorted(versions)


def manifest_text(generation: Generation) -> str:
    return json.dumps(generation.manifest(), indent=2, sort_keys=True) + "\n"
