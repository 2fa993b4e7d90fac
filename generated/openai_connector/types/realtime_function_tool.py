# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class RealtimeFunctionTool(BaseModel):
    """Function tool"""

    type: Literal["function"] | None = None
    """The type of the tool, i.e. `function`."""

    name: str | None = None
    """The name of the function."""

    description: str | None = None
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: dict[str, builtins.object] | None = None
    """Parameters of the function in JSON Schema."""


class RealtimeFunctionToolParam(TypedDict, total=False):
    """Function tool"""

    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: Mapping[str, Any]
    """Parameters of the function in JSON Schema."""
