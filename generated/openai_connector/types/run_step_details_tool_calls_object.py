# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from .run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject


class RunStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call."""

    type: 'Literal["tool_calls"]' = Field(default_factory=_missing)
    """Always `tool_calls`."""

    tool_calls: 'list[Open[Annotated[Annotated[RunStepDetailsToolCallsCodeObject, Tag("code_interpreter")] | Annotated[RunStepDetailsToolCallsFileSearchObject, Tag("file_search")] | Annotated[RunStepDetailsToolCallsFunctionObject, Tag("function")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`."""
