# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .function_call_item_status import FunctionCallItemStatus
from .input_file_content_param import InputFileContentParam, InputFileContentParamParam
from .input_image_content_param_auto_param import InputImageContentParamAutoParam, InputImageContentParamAutoParamParam
from .input_text_content_param import InputTextContentParam, InputTextContentParamParam
from .tool_call_caller_param import ToolCallCallerParam, ToolCallCallerParamParam


class FunctionCallOutputItemParam(BaseModel):
    """The output of a function tool call."""

    id: str | None = None

    call_id: str | None = None

    type: Literal["function_call_output"] = Field(default_factory=_missing)
    """The type of the function tool call output. Always `function_call_output`."""

    output: Open[
        str
        | list[
            Annotated[
                Annotated[InputTextContentParam, Tag("input_text")]
                | Annotated[InputImageContentParamAutoParam, Tag("input_image")]
                | Annotated[InputFileContentParam, Tag("input_file")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """Text, image, or file output of the function tool call."""

    name: str | None = None

    namespace: str | None = None

    caller: ToolCallCallerParam | None = None

    status: FunctionCallItemStatus | None = None


class FunctionCallOutputItemParamParam(TypedDict, total=False):
    """The output of a function tool call."""

    id: str | None

    call_id: str | None

    type: Required[Literal["function_call_output"]]
    """The type of the function tool call output. Always `function_call_output`."""

    output: Required[
        str | Sequence[InputTextContentParamParam | InputImageContentParamAutoParamParam | InputFileContentParamParam]
    ]
    """Text, image, or file output of the function tool call."""

    name: str | None

    namespace: str | None

    caller: ToolCallCallerParamParam | None

    status: FunctionCallItemStatus | None
