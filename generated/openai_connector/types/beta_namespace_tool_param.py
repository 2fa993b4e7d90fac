# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_custom_tool_param import BetaCustomTool, BetaCustomToolParam
from .beta_function_tool_param import BetaFunctionToolParam, BetaFunctionToolParamModel


class BetaNamespaceTool(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"] = Field(default_factory=_missing)
    """The type of the tool. Always `namespace`."""

    name: str = Field(default_factory=_missing)
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str = Field(default_factory=_missing)
    """A description of the namespace shown to the model."""

    tools: 'list[Open[Annotated[Annotated[BetaFunctionToolParamModel, Tag("function")] | Annotated[BetaCustomTool, Tag("custom")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """The function/custom tools available inside this namespace."""


class BetaNamespaceToolParam(TypedDict, total=False):
    """Groups function/custom tools under a shared namespace."""

    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""

    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""

    description: Required[str]
    """A description of the namespace shown to the model."""

    tools: Required[Sequence[BetaFunctionToolParam | BetaCustomToolParam]]
    """The function/custom tools available inside this namespace."""
