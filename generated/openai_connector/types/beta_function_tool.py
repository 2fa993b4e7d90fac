# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller


class BetaFunctionTool(BaseModel):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Literal["function"] = Field(default_factory=_missing)
    """The type of the function tool. Always `function`."""

    name: str = Field(default_factory=_missing)
    """The name of the function to call."""

    description: str | None = None

    parameters: dict[str, Any] | None = None

    output_schema: dict[str, Any] | None = None

    strict: bool | None = None

    defer_loading: bool | None = None
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None


class BetaFunctionToolRequestParam(TypedDict, total=False):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""

    name: Required[str]
    """The name of the function to call."""

    description: str | None

    parameters: Required[Mapping[str, Any] | None]

    output_schema: Mapping[str, Any] | None

    strict: Required[bool | None]

    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: Sequence[BetaCallableToolAllowedCaller] | None
