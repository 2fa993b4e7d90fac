"""The one place names are made: identifiers, class names, reserved names, collisions.

- `hints.py`: the parts the parser records for each definition (where it sits in the spec);
- `classes.py`: hints to class names (models, TypedDicts, resources), the rules listed there;
- `identifiers.py`: snake_case and PascalCase spellings, arguments, fields, modules, constants;
- `reserved.py`: names generated code must not take (the runtime's come from `lib/_reserved.py`).
"""

from generator.naming.classes import ClassNames, name_definitions, resource_class
from generator.naming.identifiers import (
    argument_identifier,
    field_identifier,
    is_plain_key,
    isort_key,
    module_name,
    module_names,
    namespace_class,
    namespace_identifier,
    operation_constant,
    operation_method,
    pascal,
    resource_attribute,
    snake_identifier,
    unique,
    words,
)
from generator.naming.reserved import METHOD_RESERVED, MODEL_ATTRIBUTES

__all__ = [
    "METHOD_RESERVED",
    "MODEL_ATTRIBUTES",
    "ClassNames",
    "argument_identifier",
    "field_identifier",
    "is_plain_key",
    "isort_key",
    "module_name",
    "module_names",
    "name_definitions",
    "namespace_class",
    "namespace_identifier",
    "operation_constant",
    "operation_method",
    "pascal",
    "resource_attribute",
    "resource_class",
    "snake_identifier",
    "unique",
    "words",
]
