# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamParam
from .beta_function_call_item_status import BetaFunctionCallItemStatus
from .beta_input_file_content_param import BetaInputFileContentParam, BetaInputFileContentParamParam
from .beta_input_image_content_param_auto_param import (
    BetaInputImageContentParamAutoParam,
    BetaInputImageContentParamAutoParamParam,
)
from .beta_input_text_content_param import BetaInputTextContentParam, BetaInputTextContentParamParam
from .beta_tool_call_caller_param import BetaToolCallCallerParam, BetaToolCallCallerParamParam


class BetaFunctionCallOutputItemParam(BaseModel):
    """The output of a function tool call."""

    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str | None = None

    type: Literal["function_call_output"] = Field(default_factory=_missing)
    """The type of the function tool call output. Always `function_call_output`."""

    output: Open[
        str
        | list[
            Annotated[
                Annotated[BetaInputTextContentParam, Tag("input_text")]
                | Annotated[BetaInputImageContentParamAutoParam, Tag("input_image")]
                | Annotated[BetaInputFileContentParam, Tag("input_file")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """Text, image, or file output of the function tool call."""

    name: str | None = None

    namespace: str | None = None

    caller: BetaToolCallCallerParam | None = None

    status: BetaFunctionCallItemStatus | None = None


class BetaFunctionCallOutputItemParamParam(TypedDict, total=False):
    """The output of a function tool call."""

    agent: BetaAgentTagParamParam | None

    id: str | None

    call_id: str | None

    type: Required[Literal["function_call_output"]]
    """The type of the function tool call output. Always `function_call_output`."""

    output: Required[
        str
        | Sequence[
            BetaInputTextContentParamParam | BetaInputImageContentParamAutoParamParam | BetaInputFileContentParamParam
        ]
    ]
    """Text, image, or file output of the function tool call."""

    name: str | None

    namespace: str | None

    caller: BetaToolCallCallerParamParam | None

    status: BetaFunctionCallItemStatus | None
