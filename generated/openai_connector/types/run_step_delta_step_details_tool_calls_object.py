# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from .run_step_delta_step_details_tool_calls_file_search_object import RunStepDeltaStepDetailsToolCallsFileSearchObject
from .run_step_delta_step_details_tool_calls_function_object import RunStepDeltaStepDetailsToolCallsFunctionObject


class RunStepDeltaStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call."""

    type: 'Literal["tool_calls"]' = Field(default_factory=_missing)
    """Always `tool_calls`."""

    tool_calls: 'list[Open[Annotated[Annotated[RunStepDeltaStepDetailsToolCallsCodeObject, Tag("code_interpreter")] | Annotated[RunStepDeltaStepDetailsToolCallsFileSearchObject, Tag("file_search")] | Annotated[RunStepDeltaStepDetailsToolCallsFunctionObject, Tag("function")], Discriminator(tag_of("type"))]]] | None' = None
    """An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`."""
