# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .custom_grammar_format_param import CustomGrammarFormat, CustomGrammarFormatParam
from .custom_text_format_param import CustomTextFormat, CustomTextFormatParam


class CustomTool(BaseModel):
    """A custom tool that processes input using a specified format. Learn more about   [custom tools](/docs/guides/function-calling#custom-tools)"""

    type: Literal["custom"] = Field(default_factory=_missing)
    """The type of the custom tool. Always `custom`."""

    name: str = Field(default_factory=_missing)
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: 'Open[Annotated[Annotated[CustomTextFormat, Tag("text")] | Annotated[CustomGrammarFormat, Tag("grammar")], Discriminator(tag_of("type"))]] | None' = None
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool | None = None
    """Whether this tool should be deferred and discovered via tool search."""

    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class CustomToolParam(TypedDict, total=False):
    """A custom tool that processes input using a specified format. Learn more about   [custom tools](/docs/guides/function-calling#custom-tools)"""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomTextFormatParam | CustomGrammarFormatParam
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool
    """Whether this tool should be deferred and discovered via tool search."""

    allowed_callers: Sequence[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
