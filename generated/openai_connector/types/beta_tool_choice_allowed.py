# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class BetaToolChoiceAllowed(BaseModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Literal["allowed_tools"] = Field(default_factory=_missing)
    """Allowed tool configuration type. Always `allowed_tools`."""

    mode: Open[Literal["auto", "required"]] = Field(default_factory=_missing)
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a
    message.

    `required` requires the model to call one or more of the allowed tools.
    """

    tools: list[dict[str, builtins.object]] = Field(default_factory=_missing)
    """A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
    """


class BetaToolChoiceAllowedParam(TypedDict, total=False):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Required[Literal["allowed_tools"]]
    """Allowed tool configuration type. Always `allowed_tools`."""

    mode: Required[Literal["auto", "required"]]
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a
    message.

    `required` requires the model to call one or more of the allowed tools.
    """

    tools: Required[Sequence[Mapping[str, Any]]]
    """A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
    """
