"""Identifiers: words, snake_case and PascalCase spellings, arguments, fields, modules."""

from __future__ import annotations

import keyword
import re

from generator.naming.reserved import MODEL_ATTRIBUTES, PACKAGE_FOLDERS, RESOURCE_ATTRIBUTES, client_attributes

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(text: str) -> list[str]:
    """Split any spelling (camelCase, snake_case, kebab-case, spaces, dots) into lowercase words."""
    text = _CAMEL_BOUNDARY.sub(" ", text)
    return [w.lower() for w in re.split(r"[^0-9A-Za-z]+", text) if w]


def snake_identifier(text: str) -> str:
    """A valid snake_case identifier; keywords get a trailing underscore."""
    name = "_".join(words(text)) or "value"
    if name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def pascal(parts: tuple[str, ...] | list[str]) -> str:
    """A PascalCase name from parts; a part starting with the word the previous one ended with does
    not repeat it (`chat` + `chat_completion` -> `ChatCompletion`); words inside one part all stay."""
    out: list[str] = []
    for part in parts:
        for index, word in enumerate(words(part)):
            capitalised = word[:1].upper() + word[1:]
            if index > 0 or not out or out[-1] != capitalised:
                out.append(capitalised)
    name = "".join(out) or "Value"
    if name[0].isdigit():
        name = "N" + name
    return name


def argument_identifier(wire_name: str) -> str:
    """The wire name itself when it is a usable, public identifier; else its snake_case form."""
    if wire_name.isidentifier() and not keyword.iskeyword(wire_name) and not wire_name.startswith("_"):
        return wire_name
    return snake_identifier(wire_name)


def field_identifier(wire_name: str) -> str:
    """A model field identifier for a JSON property name (never a pydantic attribute)."""
    name = argument_identifier(wire_name)
    if name in MODEL_ATTRIBUTES or name.startswith("model_"):
        name += "_"
    return name


def is_plain_key(wire_name: str) -> bool:
    """Whether a TypedDict can use class syntax for this key."""
    return wire_name.isidentifier() and not keyword.iskeyword(wire_name)


def isort_key(name: str) -> tuple[int, str]:
    """The order linters expect in `__all__`: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def module_name(name: str) -> str:
    return snake_identifier(name)


def module_names(groups: list[str]) -> dict[str, str]:
    """A module per group (sorted), unique: a second group spelled the same gets `_schema` appended."""
    taken: dict[str, str] = {}
    for group in sorted(groups):
        name = module_name(group)
        while name in taken:
            name += "_schema"
        taken[name] = group
    return {group: name for name, group in taken.items()}


def unique(name: str, taken: set[str], qualifier: str = "") -> str:
    """`name`, else `<qualifier>_<name>`, else with trailing underscores until free; claims it in `taken`."""
    if name in taken and qualifier:
        name = f"{qualifier}_{name}"
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def operation_method(operation_id: str, variant: str = "") -> str:
    """A method named after its operation (when derived names clash): `create_file_json`."""
    return snake_identifier(operation_id + variant.title())


def operation_constant(operation_id: str, variant: str = "") -> str:
    """The module constant holding an operation's `Operation`: `_CREATE_CHAT_COMPLETION`."""
    return "_" + operation_method(operation_id, variant).upper()


def resource_attribute(segment: str, top_level: bool) -> str:
    """A resource's attribute; one a client (at the top) or every resource has (`config`) gets `_resource` appended."""
    taken = segment in RESOURCE_ATTRIBUTES or (top_level and segment in client_attributes())
    return segment + "_resource" if taken else segment


def namespace_identifier(name: str) -> str:
    """The attribute and subpackage of a further spec (`client.azure`); never one of the package's folders."""
    identifier = snake_identifier(name)
    return identifier + "_api" if identifier in PACKAGE_FOLDERS else identifier


def namespace_class(namespace: str) -> str:
    return pascal((namespace,))
