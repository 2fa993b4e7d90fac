# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class TruncationObject(BaseModel):
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run."""

    type: 'Open[Literal["auto", "last_messages"]]' = Field(default_factory=_missing)
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: int | None = None
    """The number of most recent messages from the thread when constructing the context for the run."""


class TruncationObjectParam(TypedDict, total=False):
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run."""

    type: Required[Literal["auto", "last_messages"]]
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: int | None
    """The number of most recent messages from the thread when constructing the context for the run."""
