# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .empty_model_param import EmptyModelParam


class FunctionToolParamModel(BaseModel):
    name: str = Field(default_factory=_missing)

    description: str | None = None

    parameters: EmptyModelParam | None = None

    strict: bool | None = None
    """Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the schema is compatible, and falls back to non-strict validation otherwise."""

    type: Literal["function"] = Field(default_factory=_missing)

    output_schema: dict[str, builtins.object] | None = None
    """A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe content-array outputs."""

    defer_loading: bool | None = None
    """Whether this function should be deferred and discovered via tool search."""

    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class FunctionToolParam(TypedDict, total=False):
    name: Required[str]

    description: str | None

    parameters: EmptyModelParam | None

    strict: bool | None
    """Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the schema is compatible, and falls back to non-strict validation otherwise."""

    type: Required[Literal["function"]]

    output_schema: Mapping[str, Any] | None
    """A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe content-array outputs."""

    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""

    allowed_callers: Sequence[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
