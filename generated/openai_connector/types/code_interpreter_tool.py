# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .auto_code_interpreter_tool_param import AutoCodeInterpreterTool, AutoCodeInterpreterToolParam
from .callable_tool_allowed_caller import CallableToolAllowedCaller


class CodeInterpreterTool(BaseModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Literal["code_interpreter"] = Field(default_factory=_missing)
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: Open[
        Annotated[
            Annotated[str, Tag("<str>")] | Annotated[AutoCodeInterpreterTool, Tag("<dict>")],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting.
    """

    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class CodeInterpreterToolParam(TypedDict, total=False):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Required[Literal["code_interpreter"]]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: Required[str | AutoCodeInterpreterToolParam]
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting.
    """

    allowed_callers: Sequence[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
