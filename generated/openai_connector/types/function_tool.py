# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .callable_tool_allowed_caller import CallableToolAllowedCaller


class FunctionTool(BaseModel):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Literal["function"] = Field(default_factory=_missing)
    """The type of the function tool. Always `function`."""

    name: str = Field(default_factory=_missing)
    """The name of the function to call."""

    description: str | None = None
    """A description of the function. Used by the model to determine whether or not to call the function."""

    parameters: dict[str, builtins.object] | None = None
    """A JSON schema object describing the parameters of the function."""

    output_schema: dict[str, builtins.object] | None = None
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""

    strict: bool | None = None
    """Whether strict parameter validation is enforced for this function tool."""

    defer_loading: bool | None = None
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class FunctionToolRequestParam(TypedDict, total=False):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""

    name: Required[str]
    """The name of the function to call."""

    description: str | None
    """A description of the function. Used by the model to determine whether or not to call the function."""

    parameters: Required[Mapping[str, Any] | None]
    """A JSON schema object describing the parameters of the function."""

    output_schema: Mapping[str, Any] | None
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""

    strict: Required[bool | None]
    """Whether strict parameter validation is enforced for this function tool."""

    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: Sequence[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
