# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)


class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition."""

    input: str | None = None
    """The input to the Code Interpreter tool call."""

    outputs: (
        list[
            Open[
                Annotated[
                    Annotated[RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject, Tag("logs")]
                    | Annotated[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject, Tag("image")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None
    """The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type."""


class RunStepDeltaStepDetailsToolCallsCodeObject(BaseModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    index: int = Field(default_factory=_missing)
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call."""

    type: 'Literal["code_interpreter"]' = Field(default_factory=_missing)
    """The type of tool call. This is always going to be `code_interpreter` for this type of tool call."""

    code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | None = None
    """The Code Interpreter tool call definition."""
