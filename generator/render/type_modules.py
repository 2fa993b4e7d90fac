"""`types/<module>.py`: the pydantic models and TypedDict params of the definitions laid out in it."""

from __future__ import annotations

import collections
import dataclasses
import json
from typing import Any

from generator.annotations import Annotator
from generator.naming import field_identifier, is_plain_key, unique
from generator.parser.kinds import Definition, Nullable
from generator.render.context import RenderContext
from generator.render.type_order import in_import_order


@dataclasses.dataclass
class RenderedField:
    name: str
    wire_name: str
    annotation: str
    default: str = ""
    description: str = ""


class TypeModules:
    """Renders the type modules of one API."""

    def __init__(self, context: RenderContext) -> None:
        self.context = context
        self.layout = context.layout

    def files(self) -> dict[str, str]:
        context = self.context
        files: dict[str, str] = {}
        template = context.env.get_template("types_module.py.jinja")
        for module, keys in self.layout.modules.items():
            annotator = Annotator(self.layout)
            items: list[dict[str, Any]] = []
            for key in keys:
                items.extend(self._items(key, annotator))
            imports = context.imports(annotator.used, module)
            mixins: dict[str, set[str]] = collections.defaultdict(set)
            for item in items:
                for lib_module, mixin in item.get("mixins", ()):
                    mixins[lib_module].add(mixin)
            files[f"{context.prefix}types/{module}.py"] = template.render(
                header=context.header,
                lib=context.lib,
                imports=imports,
                mixin_imports=[(m, sorted(names)) for m, names in sorted(mixins.items())],
                items=in_import_order(items),
            )
        return files

    def _items(self, key: str, annotator: Annotator) -> list[dict[str, Any]]:
        definition = self.layout.api.definitions[key]
        name = self.layout.class_names[key]
        items = []
        before = set(annotator.used)
        if definition.fields is not None:
            # A field SDKs compute is a property of a runtime mixin, where the runtime has one for it.
            computed = {f.wire_name for f in definition.fields if f.computed and f.wire_name in self.context.computed}
            mixins = sorted({self.context.computed[field] for field in computed})
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
                    "deps": self.context.names(annotator.used - before),
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
                        "deps": set() if plain else self.context.names(annotator.used - before),
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
                        "deps": self.context.names(annotator.used - before),
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
