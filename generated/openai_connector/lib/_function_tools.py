# copied from generator/runtime/core/_function_tools.py by the openai-connector generator; edit the source
"""`pydantic_function_tool(Model)`: a strict function tool whose call arguments `parse` reads into `Model`.

The tool is the plain dict the API takes (Chat Completions' shape), which also remembers its model,
so `chat.completions.parse` and `responses.parse` can give each call's `parsed_arguments` as a
`Model`. As openai-python's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pydantic

__all__ = ["PydanticFunctionTool", "pydantic_function_tool"]


class PydanticFunctionTool(dict[str, Any]):
    """A tool definition (a dict, sent as is) with the pydantic model its arguments parse into."""

    model: type[pydantic.BaseModel]

    def __init__(self, definition: dict[str, Any], model: type[pydantic.BaseModel]) -> None:
        super().__init__(definition)
        self.model = model


def pydantic_function_tool(
    model: type[pydantic.BaseModel],
    *,
    name: str | None = None,
    description: str | None = None,
) -> Any:
    """A strict function tool from a pydantic model: its name (else the class name), its description (else
    the class docstring) and its arguments' strict JSON schema. Pass it in `tools=` (Chat Completions'
    shape; `responses.parse` takes it too)."""
    import pydantic

    from ._strict_schema import to_strict_json_schema

    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        raise TypeError(f"pydantic_function_tool() takes a pydantic model class, got {model!r}")
    function: dict[str, Any] = {"name": name or model.__name__, "strict": True}
    function["parameters"] = to_strict_json_schema(model)
    doc = model.__doc__ if description is None else description
    if doc is not None:
        function["description"] = doc
    return {"type": "function", "function": PydanticFunctionTool(function, model)}
