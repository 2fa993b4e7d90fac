# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class AssistantsNamedToolChoiceFunction(BaseModel):
    name: str = Field(default_factory=_missing)
    """The name of the function to call."""


class AssistantsNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type: 'Open[Literal["function", "code_interpreter", "file_search"]]' = Field(default_factory=_missing)
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunction | None = None


class AssistantsNamedToolChoiceFunctionParam(TypedDict, total=False):
    name: Required[str]
    """The name of the function to call."""


class AssistantsNamedToolChoiceParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type: Required[Literal["function", "code_interpreter", "file_search"]]
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunctionParam
