"""Names generated code must not take: what its modules import, the runtime's, Python's own.

The runtime's names come from the runtime itself (`lib/_reserved.py`, via `runtime_source`); the
names generated modules import come from the templates' import lines, so adding an import to a
template reserves its name.
"""

from __future__ import annotations

import builtins
import functools
import re
from pathlib import Path

from generator.runtime_source import runtime_names

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_IMPORT = re.compile(r"^\s*(?:from\s+.+?\s+)?import\s+(?P<names>[^{}]+?)\s*$", re.MULTILINE)

# Attributes of pydantic's BaseModel that a field must not shadow.
MODEL_ATTRIBUTES = frozenset(
    {
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "update_forward_refs",
        "fields",
        "from_orm",
        "to_dict",  # the runtime BaseModel's (openai-python's names)
        "to_json",
    }
)
# Parameters every generated method has, and names its body uses.
METHOD_RESERVED = frozenset(
    {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "on_request",
        "on_response",
        "on_retry",
        "cast",
        "NoneType",
        "Field",
        "Annotated",
    }
)
# What every generated resource has beside its methods and children: its raw and streaming-response views.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
# The generated client classes, and the package's own folders a namespace must not take.
GENERATED_CLIENTS = frozenset({"Client", "AsyncClient", "OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"})
PACKAGE_FOLDERS = frozenset({"lib", "types", "resources", "pagination"})


def template_imports(folder: Path = TEMPLATES) -> frozenset[str]:
    """Every name a template imports (`from x import a, b as c` gives a and c), placeholders aside."""
    found: set[str] = set()
    for template in sorted(folder.glob("*.jinja")):
        for match in _IMPORT.finditer(template.read_text(encoding="utf-8")):
            for entry in match["names"].strip("()").split(","):
                name = entry.split(" as ")[-1].strip()
                if name.isidentifier():
                    found.add(name)
    return frozenset(found)


@functools.cache
def class_names() -> frozenset[str]:
    """Names no generated class, alias or TypedDict may take."""
    runtime = runtime_names()
    imported = {name for names in runtime.generated_imports.values() for name in names}
    capitalised_builtins = {name for name in dir(builtins) if name[:1].isupper()}
    return frozenset(template_imports() | imported | capitalised_builtins | GENERATED_CLIENTS)


def client_attributes() -> frozenset[str]:
    """Attributes of the runtime client a top-level resource must not shadow."""
    return runtime_names().client_attributes
